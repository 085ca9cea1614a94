#pragma once

#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>

#include <optional>

// One row of POST /v1/usage: a customer's value of one billable metric in one window, and,
// when grouped, the value per group value (null: no usage for that value).
struct MetronomeUsage
{
    QString customerId;
    QString billableMetricId;
    QString billableMetricName;
    QDateTime startTimestamp;
    QDateTime endTimestamp;
    std::optional<Decimal> value;
    QMap<QString, std::optional<Decimal>> groups;

    // Customer, metric and window: the identity a re-read must not duplicate (seed 003).
    QString dedupeKey() const;

    static std::optional<MetronomeUsage> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                  const QString &path = QString());
};
