#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// An sObject as describe shows it (§3): from describeGlobal only the summary is filled
// (no fields); from /sobjects/{name}/describe also the fields.
class SObjectDescribe
{
public:
    struct Field
    {
        QString name;
        QString label;
        QString type;
        int length = 0;
        int precision = 0;
        int scale = 0;
        int digits = 0;
        bool externalId = false;
        bool idLookup = false;
        bool unique = false;
        bool caseSensitive = false;
        bool nillable = true;
        bool defaultedOnCreate = false;
        bool createable = false;
        bool updateable = false;
        bool calculated = false;
        bool autoNumber = false;
        bool restrictedPicklist = false;
        QStringList referenceTo;
        QString relationshipName;
        QStringList picklistValues; // active values only

        // createable && !nillable && !defaultedOnCreate
        bool requiredOnCreate() const { return createable && !nillable && !defaultedOnCreate; }
    };

    QString name;
    QString label;
    QString labelPlural;
    QString keyPrefix;
    bool custom = false;
    bool createable = false;
    bool updateable = false;
    bool deletable = false;
    bool queryable = false;
    QList<Field> fields;
    QJsonObject raw;

    const Field *field(const QString &apiName) const;

    static SObjectDescribe fromJson(const QJsonObject &json);
    // The "sobjects" array of describeGlobal.
    static QList<SObjectDescribe> fromGlobalJson(const QJsonObject &json);
};
