#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

// One Composite request (§6.1): up to 25 subrequests that may reference earlier answers as
// @{referenceId.field}, executed in order; with allOrNone a failure rolls back all of them.
struct SalesforceComposite
{
    struct Subrequest
    {
        QByteArray method = QByteArrayLiteral("GET"); // GET, POST, PATCH, PUT, DELETE
        QString url;                                  // /services/data/v62.0/...
        QString referenceId;
        QJsonValue body; // Undefined for no body
    };
    struct Subresponse
    {
        QString referenceId;
        int httpStatus = 0;
        QJsonValue body;
        QJsonObject httpHeaders;
        bool ok() const { return httpStatus >= 200 && httpStatus < 300; }
        // The first errorCode of an error body (e.g. PROCESSING_HALTED), or empty.
        QString errorCode() const;
    };

    static constexpr int MaxSubrequests = 25;

    static QJsonObject toJson(const QList<Subrequest> &requests, bool allOrNone);
    static QList<Subresponse> parse(const QJsonObject &json);
};
