#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>

// One field of a package object, as its describe would show it, plus where the sync
// takes its value from.
struct PackageField
{
    QString name; // API name, e.g. NOME__Total__c
    QString label;
    QString type; // string, textarea, picklist, reference, double, datetime, date, boolean
    int length = 0;
    int precision = 0;
    int scale = 0;
    bool externalId = false;
    bool unique = false;
    bool caseSensitive = false;
    bool required = false;   // createable, not nillable, not defaulted
    bool autoNumber = false; // system-filled Name
    bool calculated = false; // formula; never written
    bool nameField = false;
    bool extension = false; // not in the published field list of the package
    QString formula;
    QString referenceTo;      // for reference fields
    QString relationshipName; // e.g. NOME__Customer__r
    QString parentKey;        // external ID field of the parent to match on; empty: a record Id
    QStringList picklistValues;
    bool restrictedPicklist = false;
    QVariant defaultValue;

    // Mapping: the source column of the sync's row ("$environment" = the workspace's
    // environment), value translation for picklists, money conversion and Name shortening.
    QString source;
    QHash<QString, QString> valueMap;
    QString convert;    // "money" or empty
    QString unitSource; // row column naming the credit type of a money value
    bool shorten = false;

    bool isWritable() const { return !autoNumber && !calculated; }
    bool isReference() const { return type == QLatin1String("reference"); }
    bool isNumber() const { return type == QLatin1String("double") || type == QLatin1String("int"); }
    bool isText() const
    {
        return type == QLatin1String("string") || type == QLatin1String("textarea") ||
               type == QLatin1String("picklist");
    }
};
