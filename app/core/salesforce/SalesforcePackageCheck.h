#pragma once

#include "package/PackageDefinition.h"
#include "salesforce/SObjectDescribe.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// Compares what an org's describe says with a package definition: every object and field
// present, external IDs in place, the signed-in user able to create and edit them, types and
// lengths compatible. The wizard shows one line per check; the sync refuses to run on an
// org that fails one.
class SalesforcePackageCheck
{
    Q_DECLARE_TR_FUNCTIONS(SalesforcePackageCheck)

public:
    struct Line
    {
        enum class Status
        {
            Ok,
            Missing, // object or field not in the org (or not visible to the user)
            Wrong    // present, but not usable as the package needs it
        };
        QString object;
        QString field; // empty for an object line
        Status status = Status::Ok;
        QString message;
    };

    // One object line, then one line per field of that object, in definition order.
    static QList<Line> check(const PackageDefinition &definition, const QList<SObjectDescribe> &global,
                             const QHash<QString, SObjectDescribe> &describes);
    static bool allOk(const QList<Line> &lines);
    // The name of the candidate whose objects the org has (all of them), or empty.
    static QString detectVariant(const QList<SObjectDescribe> &global,
                                 const QList<PackageDefinition> &candidates);
};
