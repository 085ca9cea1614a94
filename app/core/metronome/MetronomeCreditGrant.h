#pragma once

#include "metronome/MetronomeMoney.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// A legacy credit grant (POST /v1/credits/listGrants) with its balance. The balance is in
// the grant amount's credit type (which may be a custom unit); the paid amount may be in
// another (e.g. credits bought with USD).
struct MetronomeCreditGrant
{
    QString id;
    QString customerId;
    QString name;
    QString reason;
    std::optional<double> priority;
    QDateTime effectiveAt;
    QDateTime expiresAt;
    MetronomeMoney grantAmount;
    MetronomeMoney paidAmount;
    QDateTime balanceEffectiveAt;
    Decimal balanceExcludingPending;
    Decimal balanceIncludingPending;
    QStringList productIds;
    QString creditGrantType;
    QString invoiceId;
    QMap<QString, QString> customFields;

    MetronomeMoney balance() const { return MetronomeMoney{balanceIncludingPending, grantAmount.creditType}; }

    static std::optional<MetronomeCreditGrant> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                        const QString &path = QString());
};
