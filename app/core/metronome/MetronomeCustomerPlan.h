#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMap>

#include <optional>

// A legacy plan a customer is (or was) on: GET /v1/customers/{id}/plans.
struct MetronomeCustomerPlan
{
    QString id; // the customer-plan id
    QString planId;
    QString planName;
    QString planDescription;
    QDateTime startingOn;
    QDateTime endingBefore; // invalid: open-ended
    std::optional<int> netPaymentTermsDays;
    QMap<QString, QString> customFields;

    static std::optional<MetronomeCustomerPlan> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                         const QString &path = QString());
};
