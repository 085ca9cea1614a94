#include "package/PackageDefinition.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

PackageField parseField(const QJsonObject &o)
{
    PackageField f;
    f.name = o.value(QStringLiteral("name")).toString();
    f.label = o.value(QStringLiteral("label")).toString();
    f.type = o.value(QStringLiteral("type")).toString();
    f.length = o.value(QStringLiteral("length")).toInt();
    f.precision = o.value(QStringLiteral("precision")).toInt();
    f.scale = o.value(QStringLiteral("scale")).toInt();
    f.externalId = o.value(QStringLiteral("externalId")).toBool();
    f.unique = o.value(QStringLiteral("unique")).toBool();
    f.caseSensitive = o.value(QStringLiteral("caseSensitive")).toBool();
    f.required = o.value(QStringLiteral("required")).toBool();
    f.autoNumber = o.value(QStringLiteral("autoNumber")).toBool();
    f.calculated = o.value(QStringLiteral("calculated")).toBool();
    f.nameField = o.value(QStringLiteral("nameField")).toBool();
    f.extension = o.value(QStringLiteral("extension")).toBool();
    f.formula = o.value(QStringLiteral("formula")).toString();
    f.referenceTo = o.value(QStringLiteral("referenceTo")).toString();
    f.relationshipName = o.value(QStringLiteral("relationshipName")).toString();
    f.parentKey = o.value(QStringLiteral("parentKey")).toString();
    const QJsonArray values = o.value(QStringLiteral("picklistValues")).toArray();
    for (const QJsonValue &v : values) {
        f.picklistValues.append(v.toString());
    }
    f.restrictedPicklist = o.value(QStringLiteral("restrictedPicklist")).toBool();
    if (o.contains(QStringLiteral("defaultValue"))) {
        f.defaultValue = o.value(QStringLiteral("defaultValue")).toVariant();
    }
    f.source = o.value(QStringLiteral("source")).toString();
    const QJsonObject map = o.value(QStringLiteral("valueMap")).toObject();
    for (auto it = map.begin(); it != map.end(); ++it) {
        f.valueMap.insert(it.key(), it.value().toString());
    }
    f.convert = o.value(QStringLiteral("convert")).toString();
    f.unitSource = o.value(QStringLiteral("unitSource")).toString();
    f.shorten = o.value(QStringLiteral("shorten")).toBool();
    return f;
}

} // namespace

QStringList PackageDefinition::builtInNames()
{
    return {QStringLiteral("nome_v2"), QStringLiteral("census_v1")};
}

std::optional<PackageDefinition> PackageDefinition::builtIn(const QString &name, QString *error)
{
    if (!builtInNames().contains(name)) {
        if (error) {
            *error =
                QCoreApplication::translate("PackageDefinition", "There is no package variant called \"%1\".")
                    .arg(name);
        }
        return std::nullopt;
    }
    return fromFile(QStringLiteral(":/package/%1.json").arg(name), error);
}

std::optional<PackageDefinition> PackageDefinition::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error =
                QCoreApplication::translate("PackageDefinition", "Cannot read the package definition %1: %2")
                    .arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}

std::optional<PackageDefinition> PackageDefinition::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = QCoreApplication::translate("PackageDefinition",
                                                 "The package definition is not valid JSON: %1")
                         .arg(parseError.errorString());
        }
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    PackageDefinition def;
    def.m_name = root.value(QStringLiteral("name")).toString();
    def.m_label = root.value(QStringLiteral("label")).toString();
    def.m_namespace = root.value(QStringLiteral("namespace")).toString();
    def.m_packageVersionId = root.value(QStringLiteral("packageVersionId")).toString();
    def.m_version = root.value(QStringLiteral("version")).toString();
    const QJsonArray objects = root.value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &value : objects) {
        const QJsonObject o = value.toObject();
        PackageObject object;
        object.name = o.value(QStringLiteral("name")).toString();
        object.label = o.value(QStringLiteral("label")).toString();
        object.labelPlural = o.value(QStringLiteral("labelPlural")).toString();
        object.keyPrefix = o.value(QStringLiteral("keyPrefix")).toString();
        object.source = o.value(QStringLiteral("source")).toString();
        object.externalIdField = o.value(QStringLiteral("externalId")).toString();
        object.accountLookup = o.value(QStringLiteral("accountLookup")).toString();
        object.extension = o.value(QStringLiteral("extension")).toBool();
        const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
        for (const QJsonValue &f : fields) {
            object.fields.append(parseField(f.toObject()));
        }
        def.m_objects.append(object);
    }
    if (!def.validate(error)) {
        return std::nullopt;
    }
    return def;
}

bool PackageDefinition::validate(QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error) {
            *error = message;
        }
        return false;
    };
    if (m_name.isEmpty() || m_objects.isEmpty()) {
        return fail(QCoreApplication::translate("PackageDefinition",
                                                "The package definition has no name or no objects."));
    }
    QSet<QString> names;
    QSet<QString> prefixes;
    for (const PackageObject &object : m_objects) {
        if (object.name.isEmpty() || names.contains(object.name)) {
            return fail(
                QCoreApplication::translate("PackageDefinition", "Object name \"%1\" is empty or repeated.")
                    .arg(object.name));
        }
        names.insert(object.name);
        if (object.keyPrefix.size() != 3 || prefixes.contains(object.keyPrefix)) {
            return fail(QCoreApplication::translate("PackageDefinition",
                                                    "Object %1 needs its own 3-character key prefix.")
                            .arg(object.name));
        }
        prefixes.insert(object.keyPrefix);
        const PackageField *key = object.externalId();
        if (!key || !key->externalId) {
            return fail(QCoreApplication::translate(
                            "PackageDefinition",
                            "Object %1 names %2 as its external ID, but that field is not an external ID.")
                            .arg(object.name, object.externalIdField));
        }
        QSet<QString> fieldNames;
        for (const PackageField &f : object.fields) {
            if (f.name.isEmpty() || fieldNames.contains(f.name.toLower())) {
                return fail(QCoreApplication::translate("PackageDefinition",
                                                        "Field \"%1\" of %2 is empty or repeated.")
                                .arg(f.name, object.name));
            }
            fieldNames.insert(f.name.toLower());
            if (f.isWritable() && f.source.isEmpty()) {
                return fail(QCoreApplication::translate("PackageDefinition",
                                                        "Field %1.%2 is writable but has no source.")
                                .arg(object.name, f.name));
            }
            if (f.isReference() && (f.referenceTo.isEmpty() || f.relationshipName.isEmpty())) {
                return fail(QCoreApplication::translate(
                                "PackageDefinition", "Lookup %1.%2 needs referenceTo and relationshipName.")
                                .arg(object.name, f.name));
            }
        }
    }
    // Every lookup by external ID points at an object of the package, on its key field.
    for (const PackageObject &object : m_objects) {
        for (const PackageField *f : object.parentReferences()) {
            const PackageObject *parent = this->object(f->referenceTo);
            if (!parent) {
                return fail(
                    QCoreApplication::translate("PackageDefinition",
                                                "Lookup %1.%2 points at %3, which is not in the package.")
                        .arg(object.name, f->name, f->referenceTo));
            }
            const PackageField *key = parent->field(f->parentKey);
            if (!key || !key->externalId) {
                return fail(
                    QCoreApplication::translate("PackageDefinition",
                                                "Lookup %1.%2 matches on %3.%4, which is not an external ID.")
                        .arg(object.name, f->name, parent->name, f->parentKey));
            }
        }
    }
    if (loadOrder().size() != m_objects.size()) {
        return fail(
            QCoreApplication::translate("PackageDefinition", "The lookups of the package form a cycle."));
    }
    return true;
}

const PackageObject *PackageDefinition::object(const QString &apiName) const
{
    for (const PackageObject &o : m_objects) {
        if (o.name.compare(apiName, Qt::CaseInsensitive) == 0) {
            return &o;
        }
    }
    return nullptr;
}

const PackageObject *PackageDefinition::objectForSource(const QString &source) const
{
    for (const PackageObject &o : m_objects) {
        if (o.source == source) {
            return &o;
        }
    }
    return nullptr;
}

QList<const PackageObject *> PackageDefinition::loadOrder() const
{
    // Kahn's algorithm, stable in definition order.
    QList<const PackageObject *> order;
    QSet<QString> placed;
    bool progress = true;
    while (progress && order.size() < m_objects.size()) {
        progress = false;
        for (const PackageObject &o : m_objects) {
            if (placed.contains(o.name)) {
                continue;
            }
            bool ready = true;
            for (const PackageField *f : o.parentReferences()) {
                if (f->referenceTo != o.name && !placed.contains(f->referenceTo)) {
                    ready = false;
                    break;
                }
            }
            if (ready) {
                order.append(&o);
                placed.insert(o.name);
                progress = true;
            }
        }
    }
    return order;
}
