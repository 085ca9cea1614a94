#pragma once

#include "metronome/MetronomeBook.h"

#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class MetronomeCatalog;
class MetronomeHash;
class MetronomeUsageModel;

// Works out one customer's invoices, commit/credit burn-down and credit-grant burn-down
// from its book, the usage model and the world's "today". The model (documented in
// docs/metronome-sandbox.md):
// - each day before today is billed by the contract or plan that covers it, at the rate
//   card's (or plan's) percentage of the list prices, one invoice line per usage cell;
// - a contract day's spend draws down the commits and credits that are active that day, in
//   priority order, until each is used up (postpaid commits too);
// - a plan day's spend draws down the active credit grants in priority order (Compute
//   Credits at $1 per credit), shown as invoice adjustments;
// - monthly billing periods start on the contract/plan start day; a period that has ended
//   is FINALIZED, the one containing today is the DRAFT; archived customers' invoices and
//   invoices voided by next-day are VOID (voiding does not give balances back).
// All money is in 1/10,000 cent (MetronomeCatalog::PriceScale).
class MetronomeLedger
{
public:
    struct Customer
    {
        qint64 seq = 0;
        qint64 createdDay = 0;
        qint64 archivedDay = 0; // 0 = active
    };
    struct Line
    {
        int metric = 0;
        int cell = 0;
        qint64 quantity = 0;
        qint64 unitPrice = 0;
        qint64 total = 0;
    };
    struct Draw
    {
        int source = 0; // commitment index (contract invoices) or grant index (plan invoices)
        qint64 amount = 0;
    };
    struct Invoice
    {
        QString id;
        QString type;   // USAGE or SCHEDULED
        QString status; // DRAFT, FINALIZED or VOID
        bool isContract = true;
        int arrangement = 0; // contract or plan index in the book
        int period = 0;
        qint64 start = 0;
        qint64 end = 0;
        bool draft = false;
        QList<Line> lines;
        QList<Draw> draws;
        qint64 feeUnits = 0; // plan platform fee
        int commitment = -1; // SCHEDULED: the commitment being bought
        qint64 subtotal = 0;
        qint64 total = 0;
        // Usage invoices are issued when their period ends; SCHEDULED ones on their date.
        qint64 issuedDay() const { return type == QLatin1String("SCHEDULED") ? start : end; }
    };

    MetronomeLedger(const MetronomeCatalog &catalog, const MetronomeUsageModel &usage,
                    const MetronomeHash &hash);

    void compute(const Customer &customer, const MetronomeBook &book, qint64 usageStart, qint64 today,
                 const QSet<QString> &voided);

    const QList<Invoice> &invoices() const { return m_invoices; }
    // Remaining usable amount today, in price units (0 outside the access window).
    qint64 commitmentBalance(int contract, int commitment) const;
    qint64 commitmentDrawn(int contract, int commitment) const;
    // Grant balance in price units of USD cents (Compute Credits: cents-equivalent).
    qint64 grantBalance(int grant, bool includingPending) const;
    qint64 grantDrawn(int grant) const;
    // End of the billing period containing today, if there is one.
    std::optional<qint64> currentPeriodEnd() const { return m_currentPeriodEnd; }

    static QString usageInvoiceId(const MetronomeHash &hash, qint64 seq, bool isContract, int arrangement,
                                  int period);
    static qint64 grantCapacity(const MetronomeBook::Grant &grant);

private:
    const MetronomeCatalog &m_catalog;
    const MetronomeUsageModel &m_usage;
    const MetronomeHash &m_hash;
    const MetronomeBook *m_book = nullptr;
    qint64 m_today = 0;
    QList<Invoice> m_invoices;
    QList<QList<qint64>> m_commitmentDrawn; // [contract][commitment]
    QList<qint64> m_grantDrawn;
    QList<qint64> m_grantDrawnFinalized;
    std::optional<qint64> m_currentPeriodEnd;
};
