#pragma once

#include "package/PackageDefinition.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// The sandbox org's schema: the standard Account object plus the objects of every installed
// package variant (minus fields an admin endpoint chose to leave out). Built once per
// install and then shared read-only between the HTTP thread and the Bulk worker.
class SfSchema
{
public:
    struct Field
    {
        QString name;
        QString label;
        QString type; // id, string, textarea, picklist, reference, double, int, boolean, date, datetime, url,
                      // phone
        int length = 0;
        int precision = 0;
        int scale = 0;
        bool externalId = false;
        bool idLookup = false;
        bool unique = false;
        bool caseSensitive = false;
        bool nillable = true;
        bool defaultedOnCreate = false;
        bool createable = true;
        bool updateable = true;
        bool calculated = false;
        bool autoNumber = false;
        bool nameField = false;
        bool custom = false;
        bool system = false; // Id, audit fields, IsDeleted, OwnerId
        QString formula;
        QString referenceTo;
        QString relationshipName;
        QStringList picklistValues;
        bool restrictedPicklist = false;
        QVariant defaultValue;

        bool isText() const;
        bool isNumber() const;
        bool isReference() const { return type == QLatin1String("reference"); }
        bool stored() const { return !calculated; }
        bool requiredOnCreate() const { return createable && !nillable && !defaultedOnCreate; }
        // Column holding the folded (case-insensitive) key, for external-ID and unique fields.
        bool hasKeyColumn() const { return externalId || unique; }
        QString keyColumn() const { return QStringLiteral("k$") + name; }
        QString foldKey(const QString &value) const { return caseSensitive ? value : value.toLower(); }
    };

    struct Object
    {
        QString name;
        QString label;
        QString labelPlural;
        QString keyPrefix;
        bool custom = false;
        QString package; // variant name, empty for standard objects
        QString externalIdField;
        QList<Field> fields;
        QHash<QString, int> byName;         // lower-case API name -> index
        QHash<QString, int> byRelationship; // lower-case relationship name -> index of its lookup

        const Field *field(const QString &name) const;
        const Field *lookupByRelationship(const QString &relationshipName) const;
        QString autoNumberPrefix() const;
    };

    SfSchema() = default;
    // `omitFields` holds "Object.Field" names to leave out of the install.
    void addPackage(const PackageDefinition &definition, const QStringList &omitFields);
    void addStandardObjects();

    const QList<Object> &objects() const { return m_objects; }
    const Object *object(const QString &name) const;
    const Object *objectForPrefix(const QString &keyPrefix) const;

    QJsonObject describeGlobal(const QString &apiVersion) const;
    QJsonObject describe(const Object &object, const QString &apiVersion) const;
    QJsonObject globalEntry(const Object &object, const QString &apiVersion) const;

private:
    void index(Object &object);

    QList<Object> m_objects;
};
