#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// One Salesforce record as the sync will send it: fields by API name, lookups to parents as
// nested {"X__r": {"Key__c": value}} (the parent's external ID), plus what the engine needs
// around it. A record that cannot be sent carries the reason instead.
struct MappedRecord
{
    QString object;
    QString externalId;
    QString customerId; // the Metronome customer it belongs to (filters, reparenting)
    QString accountId;  // the Salesforce Account it hangs under, if any
    QJsonObject fields; // what goes into the request body (no "attributes")
    // (parent object, parent external ID) for every lookup, so a failed parent skips it.
    QList<QPair<QString, QString>> parents;
    quint64 hash = 0; // of the fields as sent; never 0 for a mapped record

    // Set when the row fails before it is sent (too long, out of range, missing key...).
    QString errorCode;
    QString errorMessage;
    QStringList errorFields;

    bool ok() const { return errorCode.isEmpty(); }

    // The body of one record in an sObject Collections request.
    QJsonObject toCollectionsRecord() const;
    // Parents encoded for storage: "object\x1fkey" joined by \x1e.
    QString encodeParents() const;
    static QList<QPair<QString, QString>> decodeParents(const QString &text);
};
