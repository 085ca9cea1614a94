#include "metronome/MetronomeUsage.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

QString MetronomeUsage::dedupeKey() const
{
    return customerId + u'|' + billableMetricId + u'|' + startTimestamp.toString(Qt::ISODate) + u'|' +
           endTimestamp.toString(Qt::ISODate);
}

std::optional<MetronomeUsage> MetronomeUsage::fromJson(const QJsonValue &json, QString *error,
                                                       const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"usage"_s : path);
    MetronomeUsage u;
    u.customerId = r.requiredString("customer_id");
    u.billableMetricId = r.requiredString("billable_metric_id");
    u.billableMetricName = r.string("billable_metric_name");
    u.startTimestamp = r.requiredTimestamp("start_timestamp");
    u.endTimestamp = r.requiredTimestamp("end_timestamp");
    u.value = r.decimal("value");
    if (r.has("groups")) {
        const QJsonObject groups = json.toObject().value(u"groups"_s).toObject();
        if (!json.toObject().value(u"groups"_s).isObject()) {
            r.fail(u"groups"_s, MetronomeJsonReader::tr("expected an object"));
        }
        for (auto it = groups.begin(); it != groups.end() && r.ok(); ++it) {
            if (it.value().isNull()) {
                u.groups.insert(it.key(), std::nullopt);
            } else if (it.value().isDouble()) {
                u.groups.insert(it.key(), Decimal::fromDouble(it.value().toDouble()));
            } else {
                r.fail(u"groups."_s + it.key(), MetronomeJsonReader::tr("expected a number or null, got %1")
                                                    .arg(MetronomeJsonReader::typeName(it.value())));
            }
        }
    }
    return r.result(std::move(u), error);
}
