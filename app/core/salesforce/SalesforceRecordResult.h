#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The outcome of writing one record (single upsert, Collections, Bulk API 2.0), in one
// shape whatever API carried it.
struct SalesforceRecordResult
{
    // A per-record error: `statusCode` as Collections call it (errorCode in REST bodies,
    // the prefix of sf__Error in Bulk results).
    struct Error
    {
        QString statusCode;
        QString message;
        QStringList fields;

        QJsonObject toJson() const;
        static Error fromJson(const QJsonObject &json);
        // Bulk's sf__Error text: "{STATUSCODE}:{message}:{fields comma-separated} --" or
        // "{STATUSCODE}:{message}:--". The message may itself contain ':'.
        static Error fromBulkText(const QString &text);
        bool operator==(const Error &other) const
        {
            return statusCode == other.statusCode && message == other.message && fields == other.fields;
        }
    };

    QString externalId;
    bool success = false;
    bool created = false;
    QString id; // 18-character Salesforce Id (empty when the write failed before one existed)
    QList<Error> errors;

    bool hasStatusCode(const QString &code) const;
    QString firstStatusCode() const { return errors.isEmpty() ? QString() : errors.first().statusCode; }

    // Parses one element of a Collections/upsert answer ({id, success, created, errors}).
    static SalesforceRecordResult fromJson(const QJsonObject &json);
};
