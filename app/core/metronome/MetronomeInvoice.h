#pragma once

#include "metronome/MetronomeCreditType.h"
#include "metronome/MetronomeMoney.h"
#include "util/Decimal.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

// An invoice (draft, finalized or void) with its line items, sub line items (legacy plan
// charges) and adjustments (legacy credit grants). Amounts are in the invoice's credit type.
// The total is the sum of the line items, except postpaid-commit application lines
// (shown, not deducted), plus the adjustments.
struct MetronomeInvoice
{
    struct SubLineItem
    {
        QString name;
        std::optional<Decimal> quantity;
        Decimal subtotal;
        std::optional<Decimal> price;
        QString chargeId;
        QString creditGrantId;
        QMap<QString, QString> customFields;

        static std::optional<SubLineItem> fromJson(const QJsonValue &json, QString *error,
                                                   const QString &path);
    };
    struct LineItem
    {
        QString name;
        QString type; // usage, scheduled, commit_purchase, applied_commit_or_credit, ...
        Decimal total;
        MetronomeCreditType creditType = MetronomeCreditType::usdCents();
        std::optional<Decimal> quantity;
        std::optional<Decimal> unitPrice;
        QString productId;
        QString productType;
        QStringList productTags;
        QString commitId;
        QString commitType;
        QString commitSegmentId;
        QString appliedCommitId;
        QString appliedCommitType; // PREPAID, POSTPAID or CREDIT
        QString postpaidCommitId;
        QString groupKey;
        QString groupValue;
        QMap<QString, QString> pricingGroupValues;
        QMap<QString, QString> presentationGroupValues; // values may be null QStrings
        QDateTime startingAt;
        QDateTime endingBefore;
        QList<SubLineItem> subLineItems;
        QMap<QString, QString> customFields;

        MetronomeMoney totalMoney() const { return MetronomeMoney{total, creditType}; }
        // A postpaid commit's application line is shown but not part of the invoice total.
        bool countsTowardTotal() const;
        // Line items have no id in the API: this identifies a line within its invoice from
        // what it is about (type, product, commit, period and group values), independent of
        // the order the lines come in.
        QString naturalKey() const;

        static std::optional<LineItem> fromJson(const QJsonValue &json, QString *error, const QString &path);
    };
    struct Adjustment
    {
        QString name;
        Decimal total;
        MetronomeCreditType creditType = MetronomeCreditType::usdCents();
        QString creditGrantId;

        static std::optional<Adjustment> fromJson(const QJsonValue &json, QString *error,
                                                  const QString &path);
    };

    QString id;
    QString customerId;
    QString status; // DRAFT, FINALIZED, VOID (kept as sent)
    QString type;   // USAGE, SCHEDULED, ... (kept as sent)
    QDateTime startTimestamp;
    QDateTime endTimestamp;
    QDateTime issuedAt;
    MetronomeCreditType creditType = MetronomeCreditType::usdCents();
    std::optional<Decimal> subtotal;
    Decimal total;
    QString contractId;
    QString planId;
    QString planName;
    std::optional<int> netPaymentTermsDays;
    QString salesforceOpportunityId;
    QMap<QString, QString> customFields;
    QList<LineItem> lineItems;
    QList<Adjustment> adjustments;
    bool hasLineItems = false; // false when the list gave a summary without line_items

    MetronomeMoney totalMoney() const { return MetronomeMoney{total, creditType}; }

    static std::optional<MetronomeInvoice> fromJson(const QJsonValue &json, QString *error = nullptr,
                                                    const QString &path = QString());
};
