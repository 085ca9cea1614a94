#include "metronome/MetronomePlan.h"

#include "metronome/MetronomeJsonReader.h"

using namespace Qt::StringLiterals;

std::optional<MetronomePlan> MetronomePlan::fromJson(const QJsonValue &json, QString *error,
                                                     const QString &path)
{
    MetronomeJsonReader r(json, path.isEmpty() ? u"plan"_s : path);
    MetronomePlan p;
    p.id = r.requiredString("id");
    p.name = r.requiredString("name");
    p.description = r.string("description");
    p.customFields = r.stringMap("custom_fields");
    return r.result(std::move(p), error);
}
