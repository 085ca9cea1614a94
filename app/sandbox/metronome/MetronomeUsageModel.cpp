#include "metronome/MetronomeUsageModel.h"

#include "metronome/MetronomeDays.h"

namespace {
constexpr quint64 kProfile = 0x5052;
constexpr quint64 kDaily = 0x4441;
} // namespace

MetronomeUsageModel::MetronomeUsageModel(const MetronomeHash &hash)
    : m_hash(hash)
{}

int MetronomeUsageModel::sizeFactor(qint64 customerSeq) const
{
    static const int sizes[] = {1, 1, 1, 3, 3, 10, 10, 40};
    return sizes[m_hash.pick(8, kProfile, static_cast<quint64>(customerSeq), 1)];
}

bool MetronomeUsageModel::usesRegion(qint64 customerSeq, int region) const
{
    return (profile(customerSeq).regionMask >> region) & 1;
}

MetronomeUsageModel::Profile MetronomeUsageModel::profile(qint64 customerSeq) const
{
    Profile p;
    p.seq = customerSeq;
    p.size = sizeFactor(customerSeq);
    // A non-empty set of the three regions.
    p.regionMask = 1 + m_hash.pick(7, kProfile, static_cast<quint64>(customerSeq), 2);
    p.gpu = usesGpu(customerSeq);
    return p;
}

bool MetronomeUsageModel::usesGpu(qint64 customerSeq) const
{
    return m_hash.pick(10, kProfile, static_cast<quint64>(customerSeq), 3) < 3;
}

qint64 MetronomeUsageModel::quantity(qint64 customerSeq, int metric, int cell, qint64 day) const
{
    return quantity(profile(customerSeq), metric, cell, day);
}

qint64 MetronomeUsageModel::quantity(const Profile &profile, int metric, int cell, qint64 day) const
{
    const quint64 noise = m_hash.mix(kDaily, static_cast<quint64>(profile.seq),
                                     static_cast<quint64>(metric * 16 + cell), static_cast<quint64>(day));
    const qint64 size = profile.size;
    const bool weekend = MetronomeDays::weekday(day) >= 5;
    qint64 value = 0;
    switch (metric) {
    case 0: // API requests per region
        if (!((profile.regionMask >> cell) & 1)) {
            return 0;
        }
        value = size * (800 + static_cast<qint64>(noise % 1200));
        break;
    case 1: { // compute hours per region x instance type
        const int region = cell / 2;
        const bool gpu = cell % 2 == 1;
        if (!((profile.regionMask >> region) & 1) || (gpu && !profile.gpu)) {
            return 0;
        }
        value = gpu ? size * static_cast<qint64>(noise % 4) : size * (4 + static_cast<qint64>(noise % 20));
        break;
    }
    case 2: // storage GB-days: steady
        return size * (60 + static_cast<qint64>(noise % 15));
    case 3: // data transfer GB per region
        if (!((profile.regionMask >> cell) & 1)) {
            return 0;
        }
        value = size * static_cast<qint64>(noise % 12);
        break;
    default:
        return 0;
    }
    return weekend ? value * 3 / 5 : value;
}
