#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <optional>

// A contract product (POST /v1/contract-pricing/products/list); the name and keys are
// taken from its current version.
struct MetronomeProduct
{
    QString id;
    QString type; // USAGE, SUBSCRIPTION, COMPOSITE, FIXED, PRO_SERVICE
    QString name;
    QString billableMetricId;
    QStringList tags;
    QStringList pricingGroupKey;
    QStringList presentationGroupKey;
    QDateTime archivedAt;
    QMap<QString, QString> customFields;

    static std::optional<MetronomeProduct> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                    const QString &path = QString());
};
