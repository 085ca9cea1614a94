#pragma once

#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QMap>

#include <optional>

// One row of POST /v1/usage/groups: the value of one group (one value per group key) in one
// window. The response does not repeat customer and metric; the client fills them in.
struct MetronomeGroupedUsage
{
    QString customerId;
    QString billableMetricId;
    QDateTime startingOn;
    QDateTime endingBefore;
    std::optional<Decimal> value;
    QMap<QString, QString> group; // key -> value (null QString when the event lacked it)

    // Customer, metric, window and group: unique per row.
    QString dedupeKey() const;

    static std::optional<MetronomeGroupedUsage> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                         const QString &path = QString());
};
