#include "metronome/MetronomeProduct.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

std::optional<MetronomeProduct> MetronomeProduct::fromJson(const QJsonValue &json, QString *error,
                                                           const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"product"_s : path);
    MetronomeProduct p;
    p.id = r.requiredString("id");
    p.type = r.string("type");
    // The display name lives in current (fall back to initial for very old products).
    MetronomeJsonReader current = r.object(r.has("current") ? "current" : "initial");
    p.name = current.string("name");
    p.billableMetricId = current.string("billable_metric_id");
    p.tags = current.stringList("tags");
    p.pricingGroupKey = current.stringList("pricing_group_key");
    p.presentationGroupKey = current.stringList("presentation_group_key");
    r.adopt(current);
    p.archivedAt = r.timestamp("archived_at");
    p.customFields = r.stringMap("custom_fields");
    return r.result(std::move(p), error);
}
