#include "linking/Reparenter.h"

#include "logging/LogCategories.h"
#include "salesforce/SalesforceClient.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RecordMapper.h"
#include "sync/RecordStateStore.h"
#include "sync/SourceCache.h"

#include <QJsonObject>
#include <QSqlDatabase>

using namespace Linking;

struct Reparenter::Run
{
    ReparentReport report;
    QList<QPair<const PackageObject *, QStringList>> queue;
    int total = 0;
    int done = 0;
    Done finished;
};

namespace {

// Failures no further row can survive: stop and leave the rest to the next sync.
bool stopsEverything(const SalesforceError &error)
{
    return error.kind() == SalesforceError::Kind::Cancelled || error.stopsFurtherCalls();
}

} // namespace

Reparenter::Reparenter(SalesforceClient *client, const PackageDefinition &package,
                       const WorkspaceDatabase &database, const QString &environment, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_package(package)
    , m_database(database)
    , m_environment(environment)
{}

Reparenter::~Reparenter() = default;

QList<const PackageObject *> Reparenter::followingObjects(const PackageDefinition &package)
{
    QList<const PackageObject *> out;
    for (const PackageObject *object : package.loadOrder()) {
        if (!object->accountLookup.isEmpty() && object->source != QLatin1String("customer_accounts")) {
            out.append(object);
        }
    }
    return out;
}

void Reparenter::reparent(const QString &customerId, const QString &fromAccount, const QString &toAccount,
                          Done done)
{
    m_cancelled = false;
    auto run = std::make_shared<Run>();
    run->report.customerId = customerId;
    run->report.fromAccount = fromAccount;
    run->report.toAccount = toAccount;
    run->finished = std::move(done);
    const QHash<QString, QStringList> confirmed =
        RecordStateStore(m_database).externalIdsOfCustomer(customerId);
    for (const PackageObject *object : followingObjects(m_package)) {
        QStringList ids = confirmed.value(object->name);
        if (ids.isEmpty()) {
            continue;
        }
        ids.sort();
        run->queue.append({object, ids});
        run->total += static_cast<int>(ids.size());
    }
    emit progress(customerId, 0, run->total);
    nextObject(run);
}

void Reparenter::cancel()
{
    m_cancelled = true;
}

void Reparenter::nextObject(const std::shared_ptr<Run> &run)
{
    if (m_cancelled && !run->queue.isEmpty()) {
        giveUp(*run, tr("Cancelled before every record was moved."));
    }
    if (run->queue.isEmpty()) {
        qCInfo(lcLinking).noquote() << "reparented" << run->report.customerId << "moved"
                                    << run->report.moved() << "failed" << run->report.failed();
        const Done finished = std::move(run->finished);
        run->finished = nullptr;
        if (finished) {
            finished(run->report);
        }
        return;
    }
    const QPair<const PackageObject *, QStringList> next = run->queue.takeFirst();
    const PackageObject *object = next.first;
    const QStringList ids = next.second;
    const QJsonValue account =
        run->report.toAccount.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(run->report.toAccount);
    QList<QJsonObject> records;
    records.reserve(ids.size());
    for (const QString &id : ids) {
        records.append(QJsonObject{{object->externalIdField, id}, {object->accountLookup, account}});
    }
    auto settleAndGoOn = [this, run, object, ids](const SalesforceError &error,
                                                  const QList<SalesforceRecordResult> &results) {
        settle(*run, *object, ids, results, error);
        run->done += static_cast<int>(ids.size());
        emit progress(run->report.customerId, run->done, run->total);
        if (error && stopsEverything(error)) {
            giveUp(*run, error.kind() == SalesforceError::Kind::Cancelled
                             ? tr("Cancelled before every record was moved.")
                             : error.userMessage());
        }
        nextObject(run);
    };
    if (records.size() > m_bulkThreshold) {
        run->report.usedBulk = true;
        m_client->bulkUpsert(object->name, object->externalIdField, records, this, settleAndGoOn);
    } else {
        m_client->upsertCollection(object->name, object->externalIdField, records, false, this,
                                   settleAndGoOn);
    }
}

void Reparenter::settle(Run &run, const PackageObject &object, const QStringList &externalIds,
                        const QList<SalesforceRecordResult> &results, const SalesforceError &error)
{
    ReparentObject line;
    line.object = object.name;
    const QString customerId = run.report.customerId;
    const QHash<QString, QVariantHash> cached =
        SourceCache(m_database).rowsByExternalId(object.source, customerId);
    const RecordMapper mapper(object, m_environment);
    RecordStateStore state(m_database);
    QList<RecordStateStore::Confirmed> confirmed;
    QStringList forget;
    for (int i = 0; i < externalIds.size(); ++i) {
        const QString &externalId = externalIds.at(i);
        const SalesforceRecordResult result = i < results.size() ? results.at(i) : SalesforceRecordResult();
        if (!result.success) {
            ++line.failed;
            ReparentFailure failure;
            failure.object = object.name;
            failure.externalId = externalId;
            if (!result.errors.isEmpty()) {
                failure.statusCode = result.errors.first().statusCode;
                failure.message = result.errors.first().message;
            } else {
                failure.statusCode = error.errorCode().isEmpty()
                                         ? SalesforceError::kindName(error.kind()).toUpper()
                                         : error.errorCode();
                failure.message =
                    error ? error.userMessage() : tr("Salesforce gave no answer for this record.");
            }
            run.report.failures.append(failure);
            forget.append(externalId);
            continue;
        }
        ++line.moved;
        // A record created by this upsert was missing in Salesforce: it holds only the lookup,
        // so the next sync must fill it in.
        QVariantHash row = cached.value(externalId);
        if (!result.created && !row.isEmpty()) {
            const MappedRecord before = mapper.map(row);
            if (before.ok() && before.hash == state.hashOf(object.name, externalId)) {
                row.insert(QStringLiteral("account_id"), run.report.toAccount);
                const MappedRecord after = mapper.map(row);
                if (after.ok()) {
                    confirmed.append({externalId, after.hash, result.id, customerId});
                    continue;
                }
            }
        }
        forget.append(externalId);
    }
    QSqlDatabase db = m_database.connection();
    const bool transaction = db.transaction();
    QString storeError;
    if (!state.confirm(object.name, 0, confirmed, &storeError)) {
        qCWarning(lcLinking) << "could not store reparented hashes:" << storeError;
    }
    state.forget(object.name, forget);
    if (transaction) {
        db.commit();
    }
    run.report.objects.append(line);
}

void Reparenter::giveUp(Run &run, const QString &reason)
{
    // Whatever was not attempted keeps its old account in Salesforce: say so, and make sure
    // the next sync sends it again.
    RecordStateStore state(m_database);
    for (const auto &[object, ids] : std::as_const(run.queue)) {
        ReparentObject line;
        line.object = object->name;
        line.failed = static_cast<int>(ids.size());
        run.report.objects.append(line);
        state.forget(object->name, ids);
        run.done += static_cast<int>(ids.size());
    }
    run.queue.clear();
    if (run.report.error.isEmpty()) {
        run.report.error = reason;
    }
}
