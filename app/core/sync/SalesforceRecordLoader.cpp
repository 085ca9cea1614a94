#include "sync/SalesforceRecordLoader.h"

#include "logging/LogCategories.h"
#include "salesforce/SalesforceBulkJob.h"
#include "salesforce/SalesforceClient.h"
#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforcePackageCheck.h"
#include "salesforce/SalesforceSession.h"

#include <QSet>

#include <algorithm>

namespace {

// Labels of the client's requests that write to the org (see SalesforceClient/BulkJob).
const QStringList &writeLabels()
{
    static const QStringList labels = {
        QStringLiteral("salesforce.upsert"),      QStringLiteral("salesforce.collections.upsert"),
        QStringLiteral("salesforce.composite"),   QStringLiteral("salesforce.bulk.create"),
        QStringLiteral("salesforce.bulk.upload"), QStringLiteral("salesforce.bulk.close"),
        QStringLiteral("salesforce.bulk.abort")};
    return labels;
}

} // namespace

SalesforceRecordLoader::SalesforceRecordLoader(SalesforceSession *session, SalesforceClient *client,
                                               const PackageDefinition &package, QObject *parent)
    : RecordLoader(parent)
    , m_session(session)
    , m_client(client)
    , m_package(package)
{
    connect(m_client, &SalesforceClient::apiUsageChanged, this, &RecordLoader::apiUsage);
}

void SalesforceRecordLoader::setConcurrency(int collections, int bulk)
{
    m_collectionsConcurrency = std::max(1, collections);
    m_bulkConcurrency = std::max(1, bulk);
}

void SalesforceRecordLoader::setBulkJobBytes(qsizetype bytes)
{
    m_bulkJobBytes = std::clamp<qsizetype>(bytes, 1000 * 1000, SalesforceBulkJob::DefaultMaxBytesPerJob);
}

bool SalesforceRecordLoader::isFatal(const SalesforceError &error)
{
    // A server error that outlived the transport's retries means Salesforce cannot take
    // writes now: stop and say so, like an unreachable org, instead of failing every row that
    // follows with the same 5xx. Nothing unconfirmed is marked synced, so the next sync sends it.
    if (error.kind() == SalesforceError::Kind::Api && error.httpStatus() >= 500 &&
        error.httpStatus() <= 599) {
        return true;
    }
    return error.stopsFurtherCalls();
}

void SalesforceRecordLoader::prepare(const QList<const PackageObject *> &objects,
                                     std::function<void(bool ok, const QString &error)> done)
{
    m_cancelled = false;
    QSet<QString> wanted;
    for (const PackageObject *object : objects) {
        wanted.insert(object->name);
    }
    m_client->checkApiVersion(
        this, [this, wanted, done](const SalesforceError &error, const QStringList &, const QString &) {
            if (error) {
                done(false, error.userMessage());
                return;
            }
            m_client->checkPackage(m_package, this,
                                   [wanted, done](const SalesforceError &checkError,
                                                  const QList<SalesforcePackageCheck::Line> &lines) {
                                       if (checkError) {
                                           done(false, checkError.userMessage());
                                           return;
                                       }
                                       QStringList problems;
                                       for (const SalesforcePackageCheck::Line &line : lines) {
                                           if (line.status != SalesforcePackageCheck::Line::Status::Ok &&
                                               wanted.contains(line.object)) {
                                               problems.append(line.message);
                                           }
                                       }
                                       if (!problems.isEmpty()) {
                                           done(false,
                                                tr("The Salesforce org is missing what the sync writes: %1")
                                                    .arg(problems.mid(0, 5).join(QStringLiteral("; "))));
                                           return;
                                       }
                                       done(true, QString());
                                   });
        });
}

std::function<void(const SalesforceError &, const QList<SalesforceRecordResult> &)>
SalesforceRecordLoader::finisher(const QStringList &keys, Done done)
{
    return [this, keys, done](const SalesforceError &error, const QList<SalesforceRecordResult> &results) {
        if (error.kind() == SalesforceError::Kind::Cancelled || m_cancelled) {
            return; // the engine is already finishing
        }
        Fatal fatal;
        if (error && isFatal(error)) {
            fatal.happened = true;
            fatal.message = error.userMessage();
            done({}, fatal);
            return;
        }
        QList<RowResult> rows;
        rows.reserve(results.size());
        for (int i = 0; i < results.size(); ++i) {
            const SalesforceRecordResult &r = results.at(i);
            RowResult row;
            row.externalId = r.externalId.isEmpty() ? keys.value(i) : r.externalId;
            row.success = r.success;
            row.created = r.created;
            row.recordId = r.id;
            if (!r.errors.isEmpty()) {
                row.statusCode = r.errors.first().statusCode;
                row.message = r.errors.first().message;
                row.fields = r.errors.first().fields;
            } else if (!r.success && error) {
                row.statusCode = error.errorCode().isEmpty() ? QStringLiteral("NOMESYNC_REQUEST_FAILED")
                                                             : error.errorCode();
                row.message = error.userMessage();
            }
            rows.append(row);
        }
        done(rows, fatal);
    };
}

void SalesforceRecordLoader::countUploads(SalesforceBulkJob *job, const QString &object)
{
    connect(job, &SalesforceBulkJob::uploaded, this,
            [this, object](qint64 bytes) { m_bytesSent[object] += bytes; });
}

void SalesforceRecordLoader::upsert(const PackageObject &object, const QList<MappedRecord> &records,
                                    Method method, Done done)
{
    QList<QJsonObject> bodies;
    bodies.reserve(records.size());
    QStringList keys;
    keys.reserve(records.size());
    for (const MappedRecord &record : records) {
        bodies.append(record.fields);
        keys.append(record.externalId);
    }
    if (method == Method::Bulk) {
        countUploads(m_client->bulkUpsert(object.name, object.externalIdField, bodies, this,
                                          finisher(keys, std::move(done))),
                     object.name);
    } else {
        m_client->upsertCollection(object.name, object.externalIdField, bodies, false, this,
                                   finisher(keys, std::move(done)));
    }
}

void SalesforceRecordLoader::upsertStream(const PackageObject &object, const RecordSource &next,
                                          Method method, Done done)
{
    if (method != Method::Bulk) {
        RecordLoader::upsertStream(object, next, method, std::move(done));
        return;
    }
    // Every Bulk result names its row by external ID, so no key list is kept.
    SalesforceBulkJob *job =
        m_client->prepareBulkUpsert(object.name, object.externalIdField, this, finisher({}, std::move(done)));
    countUploads(job, object.name);
    // One job per m_bulkJobBytes of CSV. Stop while the next chunk (about as big as the last)
    // still fits, so a job does not spill over into a second upload.
    qsizetype lastChunkBytes = 0;
    while (job->csvBytes() + lastChunkBytes < m_bulkJobBytes) {
        const QList<MappedRecord> chunk = next();
        if (chunk.isEmpty()) {
            break;
        }
        const qsizetype before = job->csvBytes();
        QList<QJsonObject> bodies;
        bodies.reserve(chunk.size());
        for (const MappedRecord &record : chunk) {
            bodies.append(record.fields);
        }
        job->append(bodies);
        lastChunkBytes = job->csvBytes() - before;
    }
    job->start();
}

void SalesforceRecordLoader::cancel()
{
    m_cancelled = true;
    m_client->cancelAll();
    m_session->cancelAll();
}

int SalesforceRecordLoader::maxRecordsPerCall(Method method) const
{
    return method == Method::Bulk ? 100000 : SalesforceClient::MaxCollectionRecords;
}

int SalesforceRecordLoader::maxConcurrentCalls(Method method) const
{
    return method == Method::Bulk ? m_bulkConcurrency : m_collectionsConcurrency;
}

qint64 SalesforceRecordLoader::callCount() const
{
    return static_cast<qint64>(m_session->transport()->stats().sent);
}

qint64 SalesforceRecordLoader::writeCallCount() const
{
    const HttpTransport::Stats stats = m_session->transport()->stats();
    qint64 writes = 0;
    for (const QString &label : writeLabels()) {
        writes += static_cast<qint64>(stats.attemptsByLabel.value(label));
    }
    return writes;
}
