#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// A billable metric (GET /v1/billable-metrics). group_keys is a list of keys, each simple
// (["region"]) or compound (["region", "instance_type"]).
struct MetronomeBillableMetric
{
    QString id;
    QString name;
    QString aggregationType;
    QString aggregationKey;
    QList<QStringList> groupKeys;
    QStringList eventTypes;
    QDateTime archivedAt;
    QMap<QString, QString> customFields;

    bool isArchived() const { return archivedAt.isValid(); }
    // The single-property group keys (what /v1/usage group_by accepts).
    QStringList simpleGroupKeys() const;

    static std::optional<MetronomeBillableMetric> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                           const QString &path = QString());
};
