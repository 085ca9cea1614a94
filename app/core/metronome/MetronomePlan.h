#pragma once

#include <QJsonValue>
#include <QMap>

#include <optional>

// A legacy plan (GET /v1/plans).
struct MetronomePlan
{
    QString id;
    QString name;
    QString description;
    QMap<QString, QString> customFields;

    static std::optional<MetronomePlan> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                 const QString &path = QString());
};
