#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <optional>

// A Metronome customer (the detail form of GET /v1/customers; create returns a short form
// without customer_config and timestamps, which parses too).
struct MetronomeCustomer
{
    QString id;
    QString name;
    QString externalId;
    QStringList ingestAliases;
    QMap<QString, QString> customFields;
    // customer_config.salesforce_account_id; empty when the customer is not linked.
    QString salesforceAccountId;
    bool hasCustomerConfig = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt; // invalid: active
    QString billableStatus;

    bool isArchived() const { return archivedAt.isValid(); }
    bool isLinked() const { return !salesforceAccountId.isEmpty(); }

    static std::optional<MetronomeCustomer> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                     const QString &path = QString());
};
