#pragma once

#include "metronome/MetronomeBillableMetric.h"
#include "metronome/MetronomeCustomer.h"
#include "sync/SourceReader.h"

#include <QHash>
#include <QPointer>
#include <QQueue>

class MetronomeClient;
class MetronomeError;
class MetronomeOperation;
struct MetronomeContract;
struct MetronomeInvoice;

// SourceReader over the Metronome API: reads the catalog (credit types, rate cards, plans,
// billable metrics), every customer in scope, and per customer its v2 contracts with commits
// and credits (with balances), invoices with line and sub line items, legacy plans; then
// credit grants and daily usage in batches of customers. Rows are handed on page by page;
// at most a window of customers is in flight, so memory stays bounded.
class MetronomeSourceReader : public SourceReader
{
    Q_OBJECT

public:
    // extraAccounts: customer id -> further Salesforce accounts kept in the workspace.
    MetronomeSourceReader(MetronomeClient *client, const QHash<QString, QStringList> &extraAccounts,
                          QObject *parent = nullptr);

    void start(const Options &options) override;
    void cancel() override;
    qint64 callCount() const override;

    void setCustomerWindow(int customers) { m_window = std::max(1, customers); }
    void setToday(const QDate &today) { m_today = today; } // tests and the sandbox's clock

    // External IDs the package uses for rows Metronome gives no id of their own.
    static QString usageId(const QString &customerId, const QString &metricId, const QDateTime &start,
                           const QDateTime &end, const QString &groupKey = QString(),
                           const QString &groupValue = QString());
    static QString lineItemId(const QString &invoiceId, const QString &naturalKey, int occurrence);

private:
    enum class Stage
    {
        Catalog,
        Customers,
        PerCustomer,
        Batched,
        Done
    };

    bool wants(const QString &source) const;
    void emitRows(const QString &source, QList<QVariantHash> &rows);
    void startCatalog();
    void startCustomers();
    void onCustomerPage(const QList<MetronomeCustomer> &page);
    void pumpCustomers();
    void readCustomer(const QString &customerId);
    void customerTaskDone(const QString &customerId);
    void startBatched();
    void readGrants(int from);
    void readUsage(int from);
    void operationDone(const MetronomeError &error);
    void fail(const QString &message);
    void checkDone();
    void addContractRows(const MetronomeContract &contract);
    void addInvoiceRows(const MetronomeInvoice &invoice);
    QString accountOf(const QString &customerId) const { return m_accounts.value(customerId); }

    MetronomeClient *m_client;
    QHash<QString, QStringList> m_extraAccounts;
    Options m_options;
    QDate m_today;
    int m_window = 12;
    int m_lanes = 1;
    bool m_cancelled = false;
    bool m_finished = false;
    Stage m_stage = Stage::Catalog;
    int m_pending = 0;                       // operations of the current stage still running
    QHash<QString, QString> m_accounts;      // customer -> primary account
    QHash<QString, QString> m_customerNames; // customer -> name (invoice names)
    QStringList m_customerOrder;             // customers in scope, in reading order
    QQueue<QString> m_customerQueue;
    QHash<QString, int> m_customerTasks; // customer -> operations still running
    QList<MetronomeBillableMetric> m_metrics;
    bool m_customersListed = false;
    qint64 m_customersDone = 0;
    qint64 m_customersTotal = 0;
};
