#pragma once

#include "net/RetryPolicy.h"
#include "salesforce/SObjectDescribe.h"
#include "salesforce/SalesforceComposite.h"
#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceLimits.h"
#include "salesforce/SalesforcePackageCheck.h"
#include "salesforce/SalesforceRecordResult.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class SalesforceBulkJob;
class SalesforceSession;
struct HttpRequest;
struct HttpResponse;

// The Salesforce REST and Bulk API 2.0 client NomeSync syncs with. Every call is
// asynchronous: it returns at once and calls `done` later on this object's thread, unless
// `context` was destroyed meanwhile (pass the object that owns the callback). Requests go
// through the session (bearer token, 401 -> refresh once -> replay) and its HttpTransport
// (bounded in flight, retries for transport errors, 503 and the concurrency form of
// REQUEST_LIMIT_EXCEEDED). Records are REST JSON: field -> value, null clears a field, and
// lookups by the parent's external ID are nested as {"X__r": {"Ext__c": "value"}}.
//
// Threading: create the session and the client on the thread that will use them (e.g. the
// sync worker); cancelAll() leaves nothing running.
class SalesforceClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DefaultApiVersion = "62.0";
    static constexpr int MaxCollectionRecords = 200;

    using Done = std::function<void(const SalesforceError &)>;
    using ResponseDone = std::function<void(const SalesforceError &, const HttpResponse &)>;
    using VersionsDone =
        std::function<void(const SalesforceError &, const QStringList &versions, const QString &newest)>;
    using GlobalDone = std::function<void(const SalesforceError &, const QList<SObjectDescribe> &)>;
    using DescribeDone = std::function<void(const SalesforceError &, const SObjectDescribe &)>;
    using RecordDone = std::function<void(const SalesforceError &, const SalesforceRecordResult &)>;
    // `results` has one entry per input record, in input order, even when `error` is set
    // (then the rows that were not written carry the request's error).
    using RecordsDone = std::function<void(const SalesforceError &, const QList<SalesforceRecordResult> &)>;
    using CompositeDone =
        std::function<void(const SalesforceError &, const QList<SalesforceComposite::Subresponse> &)>;
    using QueryDone =
        std::function<void(const SalesforceError &, const QList<QJsonObject> &records, qint64 totalSize)>;
    // Return false to stop paging early.
    using QueryPage = std::function<bool(const QList<QJsonObject> &records, qint64 totalSize)>;
    using CheckDone =
        std::function<void(const SalesforceError &, const QList<SalesforcePackageCheck::Line> &)>;
    using LimitsDone =
        std::function<void(const SalesforceError &, const QHash<QString, SalesforceLimits::Entry> &)>;

    explicit SalesforceClient(SalesforceSession *session, QObject *parent = nullptr);
    ~SalesforceClient() override;

    SalesforceSession *session() const { return m_session; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }
    const QString &apiVersion() const { return m_apiVersion; }
    // "/services/data/v62.0"
    QString dataPath() const;

    // Backoff and number of rounds for resubmitting UNABLE_TO_LOCK_ROW rows (Collections and
    // Bulk). The transport's own policy is set on session()->transport().
    void setLockRetryPolicy(const RetryPolicy &policy) { m_lockPolicy = policy; }
    const RetryPolicy &lockRetryPolicy() const { return m_lockPolicy; }
    // Bulk job polling: starts at `initialMs`, grows by `factor` up to `maxMs`.
    void setBulkPolling(int initialMs, int maxMs, double factor = 1.5);
    int bulkPollInitialMs() const { return m_pollInitialMs; }
    int bulkPollMaxMs() const { return m_pollMaxMs; }
    double bulkPollFactor() const { return m_pollFactor; }
    // Label sent as Sforce-Call-Options: client=<name> (shows in the org's usage logs).
    void setClientName(const QString &name) { m_clientName = name; }

    // --- Discovery -----------------------------------------------------------------------
    // GET /services/data: the versions the org offers. Fails with UnsupportedApiVersion when
    // the pinned version is not among them.
    void checkApiVersion(QObject *context, VersionsDone done);
    void describeGlobal(QObject *context, GlobalDone done);
    // Cached for the life of this client (one sync run).
    void describe(const QString &object, QObject *context, DescribeDone done);
    void clearDescribeCache() { m_describeCache.clear(); }
    void limits(QObject *context, LimitsDone done);
    // describeGlobal + describe of each package object, compared with `definition`.
    void checkPackage(const PackageDefinition &definition, QObject *context, CheckDone done);
    // The last Sforce-Limit-Info seen (invalid before the first REST answer).
    SalesforceLimits::Usage apiUsage() const { return m_usage; }

    // --- Writes --------------------------------------------------------------------------
    // PATCH /sobjects/{object}/{extField}/{value}: created (201) or updated (200/204);
    // 300 -> AmbiguousExternalId.
    void upsert(const QString &object, const QString &extField, const QString &extValue,
                const QJsonObject &fields, QObject *context, RecordDone done);
    // sObject Collections upsert, 200 records per request (more are split and sent in
    // parallel; allOrNone needs <= 200). Rows that fail with UNABLE_TO_LOCK_ROW are
    // resubmitted alone, with backoff, up to the lock policy's rounds; every other row error
    // is returned as it is.
    void upsertCollection(const QString &object, const QString &extField, const QList<QJsonObject> &records,
                          bool allOrNone, QObject *context, RecordsDone done);
    // POST /composite (<= 25 subrequests, in order; allOrNone rolls back on any failure).
    void composite(const QList<SalesforceComposite::Subrequest> &requests, bool allOrNone, QObject *context,
                   CompositeDone done);
    // Bulk API 2.0 upsert of any number of records: returns the job (owned by this client,
    // deleted after `done`) for progress signals and abort(). Results come back in input
    // order, matched by external ID.
    SalesforceBulkJob *bulkUpsert(const QString &object, const QString &extField,
                                  const QList<QJsonObject> &records, QObject *context, RecordsDone done);
    // The same job, not started: append() its rows in chunks, then start() it.
    SalesforceBulkJob *prepareBulkUpsert(const QString &object, const QString &extField, QObject *context,
                                         RecordsDone done);

    // --- Reads ---------------------------------------------------------------------------
    // Runs SOQL and follows nextRecordsUrl to the end. Build literals with Soql::quote().
    void query(const QString &soql, QObject *context, QueryDone done);
    // The same, page by page (each page is handed over before the next is requested).
    void queryPages(const QString &soql, QObject *context, QueryPage onPage, QueryDone done);

    // --- Low level -----------------------------------------------------------------------
    // An authorized REST call; `request.url` may be relative to the instance URL. Parses
    // Sforce-Limit-Info; `error` is set for any non-2xx answer.
    void send(const HttpRequest &request, QObject *context, ResponseDone done);
    HttpRequest jsonRequest(const QByteArray &method, const QString &path, const QJsonValue &body,
                            const QString &label) const;

    // Cancels every call and Bulk job of this client; their callbacks get Kind::Cancelled.
    void cancelAll();

Q_SIGNALS:
    // From Sforce-Limit-Info on every REST answer.
    void apiUsageChanged(qint64 used, qint64 max);
    // The org's daily allocation is used up: the sync must stop (userMessage() says why).
    void dailyLimitExceeded(const SalesforceError &error);
    // A row-lock resubmission round is about to start.
    void lockRetryScheduled(const QString &object, int rows, int round, int delayMs);

private:
    struct CollectionChunk;
    void runCollectionChunk(const std::shared_ptr<CollectionChunk> &chunk);
    void fetchPage(const QString &path, QObject *context,
                   const std::shared_ptr<QList<QJsonObject>> &collected, QueryPage onPage, QueryDone done);
    void noteResponse(const HttpResponse &response, const SalesforceError &error);
    // Runs `fn` after `ms`, or at once from cancelAll() (fn checks m_generation).
    void later(int ms, std::function<void()> fn);

    SalesforceSession *m_session = nullptr;
    QString m_apiVersion = QString::fromLatin1(DefaultApiVersion);
    QString m_clientName = QStringLiteral("NomeSync");
    RetryPolicy m_lockPolicy;
    int m_pollInitialMs = 2000;
    int m_pollMaxMs = 15000;
    double m_pollFactor = 1.5;
    QHash<QString, SObjectDescribe> m_describeCache;
    SalesforceLimits::Usage m_usage;
    quint64 m_generation = 0; // bumped by cancelAll(); delayed work checks it
    QList<QPointer<SalesforceBulkJob>> m_jobs;
    QHash<quint64, std::function<void()>> m_delayed;
    quint64 m_nextDelayed = 0;
};
