#pragma once

#include "package/PackageDefinition.h"
#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceRecordResult.h"
#include "sync/RecordLoader.h"

#include <QHash>

class SalesforceClient;
class SalesforceSession;
class SalesforceError;

// RecordLoader over the Salesforce client: sObject Collections upsert (allOrNone false) or a
// Bulk API 2.0 upsert job, per-row results matched back by external ID. Failures that no
// row can survive (signed out, daily API limit, org unreachable after retries) are Fatal.
class SalesforceBulkJob;

class SalesforceRecordLoader : public RecordLoader
{
    Q_OBJECT

public:
    SalesforceRecordLoader(SalesforceSession *session, SalesforceClient *client,
                           const PackageDefinition &package, QObject *parent = nullptr);

    void prepare(const QList<const PackageObject *> &objects,
                 std::function<void(bool ok, const QString &error)> done) override;
    void upsert(const PackageObject &object, const QList<MappedRecord> &records, Method method,
                Done done) override;
    void upsertStream(const PackageObject &object, const RecordSource &next, Method method,
                      Done done) override;
    void cancel() override;
    int maxRecordsPerCall(Method method) const override;
    int maxConcurrentCalls(Method method) const override;
    qint64 callCount() const override;
    qint64 writeCallCount() const override;
    qint64 bytesSent(const QString &object) const override { return m_bytesSent.value(object); }

    void setConcurrency(int collections, int bulk);
    // CSV bytes one Bulk job takes (capped at what one upload may carry). A running job holds
    // about three times that (its rows, the upload, the results), two jobs run at once, so
    // 32 MB keeps a sync near 400 MB where 100 MB jobs passed 1 GB on a million rows.
    static constexpr qsizetype DefaultBulkJobBytes = 32 * 1000 * 1000;
    void setBulkJobBytes(qsizetype bytes);
    static bool isFatal(const SalesforceError &error);

private:
    // Turns the client's per-record results into the engine's row results; `keys` name the
    // rows whose result carries no external ID (Collections answers in input order).
    std::function<void(const SalesforceError &, const QList<SalesforceRecordResult> &)>
    finisher(const QStringList &keys, Done done);
    void countUploads(SalesforceBulkJob *job, const QString &object);

    SalesforceSession *m_session;
    SalesforceClient *m_client;
    PackageDefinition m_package;
    int m_collectionsConcurrency = 4;
    int m_bulkConcurrency = 2;
    qsizetype m_bulkJobBytes = DefaultBulkJobBytes;
    bool m_cancelled = false;
    QHash<QString, qint64> m_bytesSent;
};
