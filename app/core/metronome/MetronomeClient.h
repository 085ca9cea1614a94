#pragma once

#include "metronome/MetronomeBillableMetric.h"
#include "metronome/MetronomeContract.h"
#include "metronome/MetronomeCreditGrant.h"
#include "metronome/MetronomeCreditType.h"
#include "metronome/MetronomeCustomer.h"
#include "metronome/MetronomeCustomerPlan.h"
#include "metronome/MetronomeGroupedUsage.h"
#include "metronome/MetronomeInvoice.h"
#include "metronome/MetronomeOperation.h"
#include "metronome/MetronomePlan.h"
#include "metronome/MetronomeProduct.h"
#include "metronome/MetronomeQueries.h"
#include "metronome/MetronomeRateCard.h"
#include "metronome/MetronomeUsage.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

class HttpTransport;

// The Metronome REST API for NomeSync (ref/metronome-api.md), built on HttpTransport:
// asynchronous, a bounded number of calls in flight (default 4) shared by all operations,
// retries with backoff and jitter on connection errors, 408, 429 and 5xx (honouring
// retry-after-ms / Retry-After), never on 401/403.
//
// Every list is read to its end and handed on page by page (`onPage` runs once per page,
// the next page is only asked for after it returns), so memory stays bounded by one page.
// `onDone` runs exactly once per operation: with an ok error on success, with the failure,
// or with Cancelled. Nothing runs after that, and nothing at all once `context` is
// destroyed. Callbacks run on the thread the client lives on, which must run an event loop
// (the sync engine creates its client on its worker thread). Do not delete the client from
// inside one of its callbacks; use deleteLater().
class MetronomeClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using PageHandler = std::function<void(const QList<T> &page)>;
    template<typename T>
    using ItemHandler = std::function<void(const T &item)>;
    using DoneHandler = MetronomeOperation::DoneHandler;

    static const QUrl DefaultBaseUrl;

    // Uses `transport` (not owned) if given; otherwise owns one with the SDK's retry policy.
    explicit MetronomeClient(HttpTransport *transport = nullptr, QObject *parent = nullptr);
    ~MetronomeClient() override;

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Held in memory only and sent as the bearer token; never logged.
    void setToken(const QString &token);
    // Calls in flight at once, across all operations of this client (default 4).
    void setMaxInFlight(int count);
    int maxInFlight() const;
    // Page size asked for where the endpoint takes a limit (1..100, default 100).
    void setPageSize(int size);
    int pageSize() const { return m_pageSize; }
    // Page size for commits and credits lists (1..25, default 25).
    void setCommitPageSize(int size);
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    HttpTransport *transport() const { return m_transport; }

    // Customers, active and/or archived (GET /v1/customers).
    MetronomeOperation *listCustomers(const MetronomeCustomerQuery &query, QObject *context,
                                      PageHandler<MetronomeCustomer> onPage, DoneHandler onDone);
    MetronomeOperation *getCustomer(const QString &customerId, QObject *context,
                                    ItemHandler<MetronomeCustomer> onItem, DoneHandler onDone);
    // v2 contracts of a customer with complete commits and credits (one page).
    MetronomeOperation *listContracts(const QString &customerId, const MetronomeContractQuery &query,
                                      QObject *context, PageHandler<MetronomeContract> onPage,
                                      DoneHandler onDone);
    // All commits / credits of a customer, contract-level included (body-paginated, 25 a page).
    MetronomeOperation *listCommits(const QString &customerId, const MetronomeCommitQuery &query,
                                    QObject *context, PageHandler<MetronomeCommit> onPage,
                                    DoneHandler onDone);
    MetronomeOperation *listCredits(const QString &customerId, const MetronomeCommitQuery &query,
                                    QObject *context, PageHandler<MetronomeCommit> onPage,
                                    DoneHandler onDone);
    MetronomeOperation *listRateCards(QObject *context, PageHandler<MetronomeRateCard> onPage,
                                      DoneHandler onDone);
    // archiveFilter: ALL (default), ARCHIVED or NOT_ARCHIVED.
    MetronomeOperation *listProducts(QObject *context, PageHandler<MetronomeProduct> onPage,
                                     DoneHandler onDone,
                                     const QString &archiveFilter = QStringLiteral("ALL"));
    MetronomeOperation *listCreditTypes(QObject *context, PageHandler<MetronomeCreditType> onPage,
                                        DoneHandler onDone);
    MetronomeOperation *listBillableMetrics(bool includeArchived, QObject *context,
                                            PageHandler<MetronomeBillableMetric> onPage, DoneHandler onDone);
    MetronomeOperation *listPlans(QObject *context, PageHandler<MetronomePlan> onPage, DoneHandler onDone);
    MetronomeOperation *listCustomerPlans(const QString &customerId, QObject *context,
                                          PageHandler<MetronomeCustomerPlan> onPage, DoneHandler onDone);
    // Invoices of a customer, with line items. A list entry without line_items (a summary)
    // is completed with GET one before it is handed on.
    MetronomeOperation *listInvoices(const QString &customerId, const MetronomeInvoiceQuery &query,
                                     QObject *context, PageHandler<MetronomeInvoice> onPage,
                                     DoneHandler onDone);
    MetronomeOperation *getInvoice(const QString &customerId, const QString &invoiceId, QObject *context,
                                   ItemHandler<MetronomeInvoice> onItem, DoneHandler onDone);
    MetronomeOperation *listCreditGrants(const MetronomeCreditGrantQuery &query, QObject *context,
                                         PageHandler<MetronomeCreditGrant> onPage, DoneHandler onDone);
    // Daily usage (POST /v1/usage, DAY windows aligned to midnight UTC).
    MetronomeOperation *listDailyUsage(const MetronomeUsageQuery &query, QObject *context,
                                       PageHandler<MetronomeUsage> onPage, DoneHandler onDone);
    // Usage of one customer and metric per group (POST /v1/usage/groups, DAY windows).
    MetronomeOperation *listGroupedUsage(const MetronomeGroupedUsageQuery &query, QObject *context,
                                         PageHandler<MetronomeGroupedUsage> onPage, DoneHandler onDone);

    // Links a customer to a Salesforce Account (updateConfig); nullopt clears the link.
    MetronomeOperation *setSalesforceAccountId(const QString &customerId,
                                               const std::optional<QString> &accountId, QObject *context,
                                               DoneHandler onDone);
    // Creates a customer (with ingest aliases). Sent with an Idempotency-Key, so a retry
    // after a lost answer cannot create it twice. onItem gets the short form (no config).
    MetronomeOperation *createCustomer(const MetronomeNewCustomer &customer, QObject *context,
                                       ItemHandler<MetronomeCustomer> onItem, DoneHandler onDone);

    // Cancels every running operation (each reports Cancelled once).
    void cancelAll();
    int runningOperations() const;

private:
    enum class CursorIn
    {
        Query, // limit and next_page in the query string
        Body,  // limit and next_page in the JSON body
    };
    struct PageSpec
    {
        QByteArray method = QByteArrayLiteral("GET");
        QString path;
        QUrlQuery query;
        std::optional<QJsonObject> body;
        CursorIn cursorIn = CursorIn::Query;
        bool sendsLimit = true;
        int limit = 100;
        QString label;
    };
    using Continue = std::function<void(const QString &error)>;
    using PageStep = std::function<void(const QJsonArray &data, Continue next)>;

    MetronomeOperation *begin(const QString &description, QObject *context, DoneHandler onDone);
    HttpRequest request(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const std::optional<QJsonObject> &body, const QString &label) const;
    void fetchPages(const QPointer<MetronomeOperation> &op, const PageSpec &spec, const PageStep &step,
                    const std::function<void()> &then, const QString &cursor = QString());
    // Reads several lists one after the other into one operation, then finishes it.
    void fetchSequence(const QPointer<MetronomeOperation> &op, const QList<PageSpec> &specs, int index,
                       const PageStep &step);
    // Sends one request whose answer is {"data": ...} and hands `data` on.
    void fetchData(const QPointer<MetronomeOperation> &op, const HttpRequest &request,
                   const std::function<void(const QJsonValue &data)> &onData);
    template<typename T>
    PageStep parse(const QPointer<MetronomeOperation> &op, PageHandler<T> onPage, const QString &path);
    void completeInvoices(const QPointer<MetronomeOperation> &op, const QString &customerId,
                          std::shared_ptr<QList<MetronomeInvoice>> page, int index,
                          const std::function<void()> &then);
    void completeContracts(const QPointer<MetronomeOperation> &op, const QString &customerId,
                           const MetronomeContractQuery &query,
                           std::shared_ptr<QList<MetronomeContract>> contracts,
                           PageHandler<MetronomeContract> onPage);
    MetronomeOperation *listCommitments(bool credits, const QString &customerId,
                                        const MetronomeCommitQuery &query, QObject *context,
                                        PageHandler<MetronomeCommit> onPage, DoneHandler onDone);
    PageSpec commitmentSpec(bool credits, const QString &customerId, bool includeArchived,
                            bool includeBalance, const QDateTime &coveringDate) const;

    std::unique_ptr<HttpTransport> m_ownedTransport;
    HttpTransport *m_transport = nullptr;
    QUrl m_baseUrl = DefaultBaseUrl;
    QByteArray m_authorization;
    int m_pageSize = 100;
    int m_commitPageSize = 25;
    int m_timeoutMs = 60000;
    QSet<MetronomeOperation *> m_running;
};
