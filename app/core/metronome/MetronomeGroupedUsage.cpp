#include "metronome/MetronomeGroupedUsage.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

QString MetronomeGroupedUsage::dedupeKey() const
{
    QStringList parts{customerId, billableMetricId, startingOn.toString(Qt::ISODate),
                      endingBefore.toString(Qt::ISODate)};
    for (auto it = group.cbegin(); it != group.cend(); ++it) {
        parts.append(it.key() + u'=' + it.value());
    }
    return parts.join(u'|');
}

std::optional<MetronomeGroupedUsage> MetronomeGroupedUsage::fromJson(const QJsonValue &json, QString *error,
                                                                     const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"grouped_usage"_s : path);
    MetronomeGroupedUsage u;
    u.startingOn = r.requiredTimestamp("starting_on");
    u.endingBefore = r.requiredTimestamp("ending_before");
    u.value = r.decimal("value");
    u.group = r.stringMap("group");
    // Older answers only carry the deprecated single-key mirror.
    if (u.group.isEmpty() && r.has("group_key")) {
        u.group.insert(r.string("group_key"), r.string("group_value"));
    }
    return r.result(std::move(u), error);
}
