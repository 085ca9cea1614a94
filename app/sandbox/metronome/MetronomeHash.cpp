#include "metronome/MetronomeHash.h"

MetronomeHash::MetronomeHash(quint64 seed)
    : m_seed(seed)
{}

quint64 MetronomeHash::splitmix(quint64 value)
{
    quint64 z = value + 0x9E3779B97F4A7C15ULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

quint64 MetronomeHash::mix(quint64 a, quint64 b, quint64 c, quint64 d) const
{
    quint64 h = splitmix(m_seed ^ 0x4D455452ULL);
    h = splitmix(h ^ a);
    h = splitmix(h ^ (b + 0x1000193ULL));
    h = splitmix(h ^ (c + 0x2000387ULL));
    return splitmix(h ^ (d + 0x300051BULL));
}

int MetronomeHash::pick(int n, quint64 a, quint64 b, quint64 c, quint64 d) const
{
    if (n <= 1) {
        return 0;
    }
    return static_cast<int>(mix(a, b, c, d) % static_cast<quint64>(n));
}

QString MetronomeHash::uuid(Kind kind, quint64 a, quint64 b, quint64 c) const
{
    const quint64 high = mix(static_cast<quint64>(kind), a, b, c);
    const quint64 low = splitmix(high ^ 0xA5A5A5A5A5A5A5A5ULL);
    const QString hex =
        QStringLiteral("%1%2")
            .arg(high, 16, 16, QLatin1Char('0'))
            .arg((low & 0x0FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL, 16, 16, QLatin1Char('0'));
    // 8-4-4-4-12 with the version nibble set to 4 and the variant bits to 10.
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QStringLiteral("-4") + hex.mid(13, 3) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}
