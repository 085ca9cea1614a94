#pragma once

#include "insight/CustomerInsight.h"

#include <QCoreApplication>
#include <QHash>
#include <QVariantHash>

class WorkspaceDatabase;

// Assembles a CustomerInsight from the workspace: the rows the last sync (or a refresh) read
// from Metronome for that customer, each with the hash of the Salesforce record it mapped to,
// joined with the hashes Salesforce confirmed (the "as synced" badges). Reading is one query
// per call and runs on any thread with that thread's own connection.
class CustomerInsightBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CustomerInsightBuilder)

public:
    struct SourceRow
    {
        QString source;
        QVariantHash row;
        InsightBadge badge;
    };

    // What assemble() needs; read() fills it from the workspace, tests may fill it by hand.
    struct Input
    {
        QString customerId;
        QDateTime asOf;
        QList<SourceRow> rows; // the customer's rows of every source
        QList<QVariantHash> rateCards;
        QList<QVariantHash> creditTypes;
        QList<QVariantHash> metrics;
        QDateTime lastSync;
        qint64 lastRunId = 0;
    };

    static Input read(const WorkspaceDatabase &database, const QString &customerId, const QDateTime &asOf);
    static CustomerInsight assemble(const Input &input);
    static CustomerInsight build(const WorkspaceDatabase &database, const QString &customerId,
                                 const QDateTime &asOf = QDateTime());

    // The moment the workspace's balances and drafts describe: the end of the sync's usage
    // window when it is pinned (a sandbox's fixed calendar), otherwise now.
    static QDateTime asOfFor(const WorkspaceDatabase &database);

    // How a commitment's balance went down, from the invoices (see the .cpp).
    static CustomerInsight::BurnDown burnDown(const CustomerInsight::Commitment &commitment,
                                              const QList<CustomerInsight::Invoice> &invoices,
                                              const QDateTime &asOf);
    // A legacy grant's balance over time, from its own balances.
    static CustomerInsight::BurnDown grantBurnDown(const CustomerInsight::Commitment &grant,
                                                   const QList<CustomerInsight::Invoice> &invoices,
                                                   const QDateTime &asOf);
    // Invoice totals per month in the most common unit; void invoices are left out.
    static void computeSpend(CustomerInsight &insight);

    static QString kindName(CustomerInsight::Kind kind);
};
