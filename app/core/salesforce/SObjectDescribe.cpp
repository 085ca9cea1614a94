#include "salesforce/SObjectDescribe.h"

#include <QJsonArray>

const SObjectDescribe::Field *SObjectDescribe::field(const QString &apiName) const
{
    for (const Field &f : fields) {
        if (f.name.compare(apiName, Qt::CaseInsensitive) == 0) {
            return &f;
        }
    }
    return nullptr;
}

SObjectDescribe SObjectDescribe::fromJson(const QJsonObject &json)
{
    SObjectDescribe d;
    d.raw = json;
    d.name = json.value(QStringLiteral("name")).toString();
    d.label = json.value(QStringLiteral("label")).toString();
    d.labelPlural = json.value(QStringLiteral("labelPlural")).toString();
    d.keyPrefix = json.value(QStringLiteral("keyPrefix")).toString();
    d.custom = json.value(QStringLiteral("custom")).toBool();
    d.createable = json.value(QStringLiteral("createable")).toBool();
    d.updateable = json.value(QStringLiteral("updateable")).toBool();
    d.deletable = json.value(QStringLiteral("deletable")).toBool();
    d.queryable = json.value(QStringLiteral("queryable")).toBool();
    const QJsonArray fields = json.value(QStringLiteral("fields")).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject o = value.toObject();
        Field f;
        f.name = o.value(QStringLiteral("name")).toString();
        f.label = o.value(QStringLiteral("label")).toString();
        f.type = o.value(QStringLiteral("type")).toString();
        f.length = o.value(QStringLiteral("length")).toInt();
        f.precision = o.value(QStringLiteral("precision")).toInt();
        f.scale = o.value(QStringLiteral("scale")).toInt();
        f.digits = o.value(QStringLiteral("digits")).toInt();
        f.externalId = o.value(QStringLiteral("externalId")).toBool();
        f.idLookup = o.value(QStringLiteral("idLookup")).toBool();
        f.unique = o.value(QStringLiteral("unique")).toBool();
        f.caseSensitive = o.value(QStringLiteral("caseSensitive")).toBool();
        f.nillable = o.value(QStringLiteral("nillable")).toBool(true);
        f.defaultedOnCreate = o.value(QStringLiteral("defaultedOnCreate")).toBool();
        f.createable = o.value(QStringLiteral("createable")).toBool();
        f.updateable = o.value(QStringLiteral("updateable")).toBool();
        f.calculated = o.value(QStringLiteral("calculated")).toBool();
        f.autoNumber = o.value(QStringLiteral("autoNumber")).toBool();
        f.restrictedPicklist = o.value(QStringLiteral("restrictedPicklist")).toBool();
        const QJsonArray references = o.value(QStringLiteral("referenceTo")).toArray();
        for (const QJsonValue &r : references) {
            f.referenceTo.append(r.toString());
        }
        f.relationshipName = o.value(QStringLiteral("relationshipName")).toString();
        const QJsonArray values = o.value(QStringLiteral("picklistValues")).toArray();
        for (const QJsonValue &v : values) {
            const QJsonObject p = v.toObject();
            if (p.value(QStringLiteral("active")).toBool(true)) {
                f.picklistValues.append(p.value(QStringLiteral("value")).toString());
            }
        }
        d.fields.append(f);
    }
    return d;
}

QList<SObjectDescribe> SObjectDescribe::fromGlobalJson(const QJsonObject &json)
{
    QList<SObjectDescribe> out;
    const QJsonArray objects = json.value(QStringLiteral("sobjects")).toArray();
    for (const QJsonValue &value : objects) {
        out.append(fromJson(value.toObject()));
    }
    return out;
}
