#pragma once

#include "package/PackageObject.h"

#include <QList>
#include <QString>

#include <optional>

// A Salesforce package variant (objects, fields, external IDs, lookups and the Metronome
// source of each field), kept as JSON in resources/package/ and read by the Salesforce
// client, the sync engine and the sandbox alike: one definition, three users.
class PackageDefinition
{
public:
    // Built-in variants: "nome_v2" (default) and "census_v1".
    static QStringList builtInNames();
    static std::optional<PackageDefinition> builtIn(const QString &name, QString *error = nullptr);
    static std::optional<PackageDefinition> fromFile(const QString &path, QString *error = nullptr);
    static std::optional<PackageDefinition> fromJson(const QByteArray &json, QString *error = nullptr);

    const QString &name() const { return m_name; }
    const QString &label() const { return m_label; }
    const QString &namespacePrefix() const { return m_namespace; }
    const QString &packageVersionId() const { return m_packageVersionId; }
    const QString &version() const { return m_version; }
    const QList<PackageObject> &objects() const { return m_objects; }

    const PackageObject *object(const QString &apiName) const;
    const PackageObject *objectForSource(const QString &source) const;
    // Objects with every parent before its children (the order a sync must load them in).
    QList<const PackageObject *> loadOrder() const;

private:
    bool validate(QString *error) const;

    QString m_name;
    QString m_label;
    QString m_namespace;
    QString m_packageVersionId;
    QString m_version;
    QList<PackageObject> m_objects;
};
