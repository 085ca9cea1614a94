#pragma once

#include "metronome/MetronomeCreditType.h"
#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// A rate card of POST /v1/contract-pricing/rate-cards/list (without its rates).
struct MetronomeRateCard
{
    struct Conversion
    {
        MetronomeCreditType customCreditType;
        Decimal fiatPerCustomCredit; // sent as a decimal string

        static std::optional<Conversion> fromJson(const QJsonValue &json, QString *error,
                                                  const QString &path);
    };

    QString id;
    QString name;
    QString description;
    QDateTime createdAt;
    QString createdBy;
    MetronomeCreditType fiatCreditType = MetronomeCreditType::usdCents();
    QStringList aliases;
    QList<Conversion> creditTypeConversions;
    QMap<QString, QString> customFields;

    static std::optional<MetronomeRateCard> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                     const QString &path = QString());
};
