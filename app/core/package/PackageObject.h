#pragma once

#include "package/PackageField.h"

#include <QList>

// One custom object of the package.
struct PackageObject
{
    QString name; // API name, e.g. NOME__Metronome_Invoice__c
    QString label;
    QString labelPlural;
    QString keyPrefix;       // the sandbox's prefix; real orgs assign their own (read describe)
    QString source;          // the sync's row stream that fills it, e.g. "invoices"
    QString externalIdField; // upsert key
    QString accountLookup;   // field holding the Account Id, if any (reparenting)
    bool extension = false;
    QList<PackageField> fields;

    const PackageField *field(const QString &apiName) const;
    const PackageField *externalId() const { return field(externalIdField); }
    // Reference fields that point at another object of the package (by external ID).
    QList<const PackageField *> parentReferences() const;
};
