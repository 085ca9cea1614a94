#include "metronome/MetronomeBillableMetric.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

QStringList MetronomeBillableMetric::simpleGroupKeys() const
{
    QStringList keys;
    for (const QStringList &key : groupKeys) {
        if (key.size() == 1) {
            keys.append(key.constFirst());
        }
    }
    return keys;
}

std::optional<MetronomeBillableMetric> MetronomeBillableMetric::fromJson(const QJsonValue &json,
                                                                         QString *error, const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"billable_metric"_s : path);
    MetronomeBillableMetric m;
    m.id = r.requiredString("id");
    m.name = r.requiredString("name");
    m.aggregationType = r.string("aggregation_type");
    m.aggregationKey = r.string("aggregation_key");
    const QJsonArray keys = r.array("group_keys");
    for (qsizetype i = 0; i < keys.size() && r.ok(); ++i) {
        if (!keys.at(i).isArray()) {
            r.fail(u"group_keys[%1]"_s.arg(i), MetronomeJsonReader::tr("expected an array, got %1")
                                                   .arg(MetronomeJsonReader::typeName(keys.at(i))));
            break;
        }
        QStringList key;
        for (const QJsonValue &part : keys.at(i).toArray()) {
            if (!part.isString()) {
                r.fail(u"group_keys[%1]"_s.arg(i), MetronomeJsonReader::tr("expected strings"));
                break;
            }
            key.append(part.toString());
        }
        m.groupKeys.append(key);
    }
    MetronomeJsonReader filter = r.object("event_type_filter");
    m.eventTypes = filter.stringList("in_values");
    r.adopt(filter);
    m.archivedAt = r.timestamp("archived_at");
    m.customFields = r.stringMap("custom_fields");
    return r.result(std::move(m), error);
}
