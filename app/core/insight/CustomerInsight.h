#pragma once

#include "insight/InsightBadge.h"
#include "metronome/MetronomeMoney.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// Everything the customer view shows about one Metronome customer, assembled from what the
// last sync (or a refresh) read into the workspace: the six questions of seed 000 — contract
// terms, outstanding commits and credits, how much is used, how it trended, this month's usage
// and spend, and how usage and spend trended. Plain data: no widgets, no database.
struct CustomerInsight
{
    enum class Kind
    {
        Prepaid,
        Postpaid,
        Credit,
        Grant // legacy credit grant (plans era)
    };

    // A contract, or a legacy customer plan (then rateCardName is the plan's name).
    struct Term
    {
        QString id;
        QString name;
        bool legacyPlan = false;
        QString rateCardId;
        QString rateCardName;
        QDateTime start;
        QDateTime end; // invalid: open-ended
        QString usageStatementFrequency;
        std::optional<MetronomeMoney> totalValue;
        bool archived = false;
        bool current = false; // start <= as-of < end
        InsightBadge badge;
    };

    struct Commitment
    {
        QString id;
        QString contractId; // empty for grants
        QString name;
        QString productName;
        QString description;
        Kind kind = Kind::Prepaid;
        std::optional<double> priority;
        QDateTime accessStart;
        QDateTime accessEnd;
        MetronomeMoney total;
        std::optional<MetronomeMoney> cost;
        // Current balance, including the current draft invoice (seed 000); a grant's
        // "including pending" balance.
        std::optional<MetronomeMoney> balance;
        // Grants only: the balance from finalized invoices alone ("excluding pending").
        std::optional<MetronomeMoney> postedBalance;
        // cost / total in major units; for a grant bought in another unit, price per unit.
        std::optional<double> costBasis;
        bool costBasisPerUnit = false;
        InsightBadge badge;

        bool isActive(const QDateTime &at) const
        {
            return (!accessStart.isValid() || accessStart <= at) && (!accessEnd.isValid() || at < accessEnd);
        }
    };

    struct SubLineItem
    {
        QString id;
        QString name;
        std::optional<Decimal> quantity;
        std::optional<Decimal> price;
        MetronomeMoney subtotal;
        InsightBadge badge;
    };

    struct LineItem
    {
        QString id;
        QString name;
        QString type; // usage, commit_purchase, applied_commit_or_credit, fixed, ...
        QString commitId;
        std::optional<Decimal> quantity;
        std::optional<Decimal> unitPrice;
        MetronomeMoney total;
        QDateTime start;
        QDateTime end;
        InsightBadge badge;
        QList<SubLineItem> subLineItems;
    };

    struct Invoice
    {
        QString id;
        QString type;   // USAGE, SCHEDULED, ...
        QString status; // DRAFT, FINALIZED, VOID
        QString contractId;
        QString planId;
        QDateTime start;
        QDateTime end;
        QDateTime issuedAt;
        std::optional<MetronomeMoney> subtotal;
        MetronomeMoney total;
        InsightBadge badge;
        QList<LineItem> lineItems;

        bool isDraft() const { return status.compare(QLatin1String("DRAFT"), Qt::CaseInsensitive) == 0; }
        bool isVoid() const { return status.compare(QLatin1String("VOID"), Qt::CaseInsensitive) == 0; }
    };

    // Daily usage of one billable metric; per group value when the metric has a group key.
    struct Usage
    {
        QString metricId;
        QString metricName;
        QString groupKey;
        QMap<QDate, Decimal> days;
        QMap<QString, QMap<QDate, Decimal>> groups;
        Decimal total;
        int rows = 0;       // usage records behind it (days and group cells)
        int syncedRows = 0; // of those, how many Salesforce holds as they are
    };

    struct BurnDownPoint
    {
        QDateTime at;
        Decimal balance;
    };

    // The remaining balance of one commitment over time; the last point is its current
    // balance (0 once expired).
    struct BurnDown
    {
        QString commitmentId;
        QString name;
        Kind kind = Kind::Prepaid;
        MetronomeCreditType unit;
        QList<BurnDownPoint> points;
        Decimal drawn; // drawn on invoices, as the invoices show it
        // Balance change the invoices do not explain (manual ledger entries, rollovers...),
        // applied at the end so the line still ends at the current balance.
        Decimal unexplained;
    };

    struct SpendMonth
    {
        QDate month;   // first day of the month the billing period starts in
        Decimal usage; // finalized usage invoices
        Decimal other; // finalized invoices of other types (commit purchases, ...)
        Decimal draft; // the current draft
        // Usage invoices' subtotals (draft included): what was consumed before commits and
        // credits paid for it, so a prepaid customer's zero totals still show a trend.
        Decimal usageCharges;
        QStringList invoiceIds;
    };

    QString customerId;
    bool found = false;
    QString name;
    QString salesforceAccountId;
    bool archived = false;
    InsightBadge customerBadge;
    QDateTime asOf;     // the moment balances and drafts describe
    QDateTime lastSync; // when the last completed sync finished (invalid: none)
    qint64 lastRunId = 0;

    QList<Term> terms;
    QList<Commitment> commitments;
    QList<Invoice> invoices; // newest period first
    QList<Usage> usage;      // by metric name
    QList<BurnDown> burnDown;
    MetronomeCreditType spendUnit;
    QList<SpendMonth> spend; // oldest first, every month from the first invoice to the last
    int voidInvoices = 0;
    int otherUnitInvoices = 0; // left out of the spend chart: not in spendUnit

    const Commitment *commitment(const QString &id) const;
    const Invoice *invoice(const QString &id) const;
    const Usage *usageOf(const QString &metricId) const;
    const BurnDown *burnDownOf(const QString &commitmentId) const;
    QList<const Term *> currentTerms() const;
    bool hasContract() const;
};

Q_DECLARE_METATYPE(CustomerInsight)
