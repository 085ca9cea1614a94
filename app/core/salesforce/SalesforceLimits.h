#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// The org's API allocation as Salesforce reports it: the Sforce-Limit-Info header on every
// REST answer ("api-usage=25/5000; per-app-api-usage=17/250(appName=x)") and the /limits
// resource ({"DailyApiRequests": {"Max", "Remaining"}, ...}).
class SalesforceLimits
{
public:
    struct Usage
    {
        qint64 used = -1;
        qint64 max = -1;
        qint64 appUsed = -1; // per-app-api-usage, when the org reports it
        qint64 appMax = -1;
        QString appName;
        bool isValid() const { return used >= 0 && max > 0; }
        qint64 remaining() const { return isValid() ? max - used : -1; }
    };
    struct Entry
    {
        qint64 max = 0;
        qint64 remaining = 0;
    };

    // Parses the header value; an invalid Usage when api-usage is missing or malformed.
    static Usage parseHeader(const QByteArray &value);
    // Parses the /limits body; keys without Max/Remaining are skipped.
    static QHash<QString, Entry> parseLimits(const QJsonObject &json);
};
