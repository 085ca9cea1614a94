#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

// A pricing unit: a fiat currency in its minor unit (USD cents) or a custom unit such as
// "Compute Credits". Amounts elsewhere carry their credit type (or default to USD cents).
struct MetronomeCreditType
{
    static const QString UsdCentsId;

    QString id;
    QString name;
    std::optional<bool> isCurrency; // only the credit-types list says

    static MetronomeCreditType usdCents();
    bool isUsdCents() const { return id == UsdCentsId; }
    // Fiat currencies in minor units ("USD (cents)", "EUR (cents)").
    bool isMinorCurrencyUnit() const;

    static std::optional<MetronomeCreditType> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                       const QString &path = QString());
};
