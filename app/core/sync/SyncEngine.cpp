#include "sync/SyncEngine.h"

#include "logging/LogCategories.h"
#include "store/WorkspaceDatabase.h"
#include "sync/CustomerSummaryBuilder.h"
#include "sync/RecordMapper.h"
#include "sync/RecordStateStore.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"
#include "sync/SourceCache.h"
#include "sync/StagingArea.h"
#include "util/FailPoints.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QTimer>

#include <utility>

using namespace Sync;

namespace {

constexpr int kRowsPerTransaction = 5000;

int methodIndex(RecordLoader::Method method)
{
    return method == RecordLoader::Method::Bulk ? 1 : 0;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

SyncEngine::SyncEngine(const SyncSettings &settings, const PackageDefinition &package, SourceReader *reader,
                       RecordLoader *loader, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_package(package)
    , m_reader(reader)
    , m_loader(loader)
{
    connect(m_reader, &SourceReader::rows, this, &SyncEngine::onRows);
    connect(m_reader, &SourceReader::finished, this, &SyncEngine::onReadFinished);
    connect(m_reader, &SourceReader::progress, this,
            [this](qint64 done, qint64 total, const QString &detail) {
                emitProgress(Progress::Phase::Reading, QString(), done, total, detail);
            });
}

SyncEngine::~SyncEngine()
{
    if (!m_finished && m_runId > 0) {
        // Destroyed mid-run (the app is quitting): record it as cancelled, not as a crash.
        cancel();
    }
}

void SyncEngine::start()
{
    m_runClock.start();
    m_progressClock.start();
    QTimer::singleShot(0, this, &SyncEngine::beginRun);
}

void SyncEngine::beginRun()
{
    m_database = std::make_unique<WorkspaceDatabase>(m_settings.databasePath);
    QString error;
    if (!m_database->open(&error)) {
        m_finished = true;
        emit finished(0, RunState::Failed, error);
        return;
    }
    m_runs = std::make_unique<RunRepository>(*m_database);
    m_state = std::make_unique<RecordStateStore>(*m_database);
    m_errors = std::make_unique<RowErrorStore>(*m_database);
    m_cache = std::make_unique<SourceCache>(*m_database);
    m_summary = std::make_unique<CustomerSummaryBuilder>();

    RunRecord request;
    request.trigger = m_settings.dryRun ? Trigger::DryRun : m_settings.trigger;
    request.fullSync = m_settings.fullSync;
    request.objects = m_settings.objects;
    request.scope = m_settings.scope;
    request.retryOf = m_settings.retryOf;
    const std::optional<RunRecord> run = m_runs->begin(request, &error);
    if (!run) {
        m_finished = true;
        emit finished(0, RunState::Failed, error);
        return;
    }
    m_runId = run->id;
    m_staging = std::make_unique<StagingArea>(*m_database, m_runId);
    m_staging->clearOtherRuns();
    emit started(m_runId);

    m_heartbeat = new QTimer(this);
    connect(m_heartbeat, &QTimer::timeout, this, [this]() { m_runs->heartbeat(m_runId); });
    m_heartbeat->start(m_settings.heartbeatMs);

    // The objects of this run, parents first; a selection keeps that order.
    const QList<const PackageObject *> order = m_package.loadOrder();
    QSet<QString> selected;
    for (const QString &name : std::as_const(m_settings.objects)) {
        const PackageObject *object = m_package.object(name);
        if (!object) {
            finish(RunState::Failed, tr("The package has no object called %1.").arg(name));
            return;
        }
        selected.insert(object->name);
    }
    int position = 0;
    for (const PackageObject *object : order) {
        if (!selected.isEmpty() && !selected.contains(object->name)) {
            continue;
        }
        ObjectPlan plan;
        plan.object = object;
        plan.counts.object = object->name;
        plan.counts.position = position++;
        for (const PackageField *ref : object->parentReferences()) {
            if ((selected.isEmpty() || selected.contains(ref->referenceTo)) &&
                ref->referenceTo != object->name && !plan.parents.contains(ref->referenceTo)) {
                plan.parents.append(ref->referenceTo);
            }
        }
        m_plans.insert(object->name, plan);
        m_order.append(object->name);
        m_mappersBySource.insert(object->source,
                                 std::make_shared<RecordMapper>(*object, m_settings.environment));
        m_objectBySource.insert(object->source, object->name);
    }

    if (m_settings.retryOf > 0) {
        const QHash<QString, QStringList> failed = m_errors->failedKeys(m_settings.retryOf);
        for (auto it = failed.begin(); it != failed.end(); ++it) {
            m_retryKeys.insert(it.key(), QSet<QString>(it.value().begin(), it.value().end()));
        }
        if (m_retryKeys.isEmpty()) {
            finish(RunState::Completed, tr("Run %1 had no failed rows to retry.").arg(m_settings.retryOf));
            return;
        }
    }

    emitProgress(Progress::Phase::Preparing, QString(), 0, 0, tr("Checking the Salesforce org"), true);
    QList<const PackageObject *> objects;
    for (const QString &name : std::as_const(m_order)) {
        objects.append(m_plans.value(name).object);
    }
    m_loader->prepare(objects,
                      [this](bool ok, const QString &prepareError) { onPrepared(ok, prepareError); });
}

void SyncEngine::onPrepared(bool ok, const QString &error)
{
    if (m_finished) {
        return;
    }
    if (!ok) {
        finish(RunState::Failed, error);
        return;
    }
    SourceReader::Options options;
    options.scope = m_settings.scope;
    options.usageDays = m_settings.usageDays;
    options.usageUntil = m_settings.usageUntil;
    for (const QString &name : std::as_const(m_order)) {
        options.sources.insert(m_plans.value(name).object->source);
    }
    if (m_settings.retryOf > 0) {
        // Read only the customers whose rows failed (top-level objects are cheap to re-read).
        RowErrorStore::Query query;
        query.runId = m_settings.retryOf;
        query.limit = 1000000;
        const QList<RowError> failed = m_errors->list(query);
        for (const RowError &e : failed) {
            if (!e.customerId.isEmpty()) {
                options.onlyCustomers.insert(e.customerId);
            }
        }
        if (options.onlyCustomers.isEmpty()) {
            options.onlyCustomers.insert(QStringLiteral("-")); // nothing customer-bound to read
        }
    }
    if (m_settings.retryOf == 0) {
        // Compare in memory while reading: a million unchanged rows cost no queries.
        QStringList objectNames;
        QStringList sources;
        for (const QString &name : std::as_const(m_order)) {
            objectNames.append(name);
            sources.append(m_plans.value(name).object->source);
        }
        if (!m_settings.fullSync) {
            m_state->preload(objectNames);
        }
        m_cache->preload(sources);
    }
    emitProgress(Progress::Phase::Reading, QString(), 0, 0, tr("Reading Metronome"), true);
    m_phaseClock.start();
    m_reader->start(options);
}

void SyncEngine::ensureTransaction()
{
    if (!m_inTransaction) {
        m_inTransaction = m_database->connection().transaction();
        m_rowsInTransaction = 0;
    }
}

bool SyncEngine::commitIfOpen()
{
    if (!m_inTransaction) {
        return true;
    }
    m_inTransaction = false;
    return m_database->connection().commit();
}

void SyncEngine::onRows(const QString &source, const QList<QVariantHash> &rows)
{
    if (m_finished) {
        return;
    }
    const auto mapper = m_mappersBySource.value(source);
    if (!mapper) {
        return; // a source this run does not sync
    }
    const QString objectName = m_objectBySource.value(source);
    ObjectPlan &plan = m_plans[objectName];
    const bool retry = m_settings.retryOf > 0;
    const QSet<QString> retryKeys = m_retryKeys.value(objectName);
    QList<RowError> failures;

    ensureTransaction();
    for (const QVariantHash &row : rows) {
        if (m_settings.scope == Scope::LinkedOnly && source == QLatin1String("customers") &&
            row.value(QStringLiteral("account_id")).toString().isEmpty()) {
            continue;
        }
        const MappedRecord record = mapper->map(row);
        if (!retry) {
            m_cache->put(source, row, record, m_runId);
            m_summary->observe(source, row);
        }
        if (retry && !retryKeys.contains(record.externalId)) {
            continue;
        }
        ++plan.counts.readRows;
        if (!record.ok()) {
            // Nothing Salesforce could accept: a row error now, counted as attempted.
            ++m_mappingFailures[objectName];
            m_failedKeys[objectName].insert(record.externalId);
            RowError e;
            e.runId = m_runId;
            e.object = objectName;
            e.externalId = record.externalId;
            e.statusCode = record.errorCode;
            e.message = record.errorMessage;
            e.fields = record.errorFields;
            e.customerId = record.customerId;
            e.payload = QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
            failures.append(e);
            continue;
        }
        if (!m_settings.fullSync && !retry && m_state->hashOf(objectName, record.externalId) == record.hash) {
            continue; // unchanged since Salesforce last confirmed it
        }
        QString error;
        if (!m_staging->stage(record, &error)) {
            finish(RunState::Failed, tr("Could not stage rows in the workspace database: %1").arg(error));
            return;
        }
    }
    m_errors->add(failures);
    m_rowsInTransaction += rows.size();
    if (m_rowsInTransaction >= kRowsPerTransaction) {
        commitIfOpen();
        FailPoints::hit("stage.commit");
    }
}

void SyncEngine::onReadFinished(bool ok, const QString &error)
{
    if (m_finished) {
        return;
    }
    commitIfOpen();
    m_readMs = m_phaseClock.restart();
    if (!ok) {
        finish(RunState::Failed, error);
        return;
    }
    if (m_settings.retryOf == 0 && m_settings.objects.isEmpty()) {
        // Everything was read: cached rows that did not come back were deleted upstream.
        QStringList sources;
        for (const QString &name : std::as_const(m_order)) {
            sources.append(m_plans.value(name).object->source);
        }
        if (!m_settings.dryRun) {
            m_cache->purgeNotReadIn(sources, m_runId);
        }
        QString summaryError;
        if (!m_summary->save(*m_database, m_runId, &summaryError)) {
            qCWarning(lcSync) << "could not save the customer summary:" << summaryError;
        }
    }
    m_state->releasePreloaded();
    m_cache->releaseIndex();
    if (m_settings.dryRun) {
        exportDryRun();
        return;
    }
    startLoading();
}

void SyncEngine::exportDryRun()
{
    QDir dir(m_settings.exportDirectory);
    if (!m_settings.exportDirectory.isEmpty() && !dir.mkpath(QStringLiteral("."))) {
        finish(RunState::Failed, tr("Cannot create the folder %1.").arg(m_settings.exportDirectory));
        return;
    }
    QJsonArray manifest;
    qint64 total = 0;
    for (const QString &name : std::as_const(m_order)) {
        ObjectPlan &plan = m_plans[name];
        plan.staged = m_staging->count(name);
        plan.counts.attempted = plan.staged + m_mappingFailures.value(name);
        plan.counts.failed = m_mappingFailures.value(name);
        total += plan.staged;
        if (!m_settings.exportDirectory.isEmpty() && plan.staged > 0) {
            // JSON Lines of sObject Collections records, parents' files listed first.
            QSaveFile file(dir.filePath(name + QStringLiteral(".jsonl")));
            if (!file.open(QIODevice::WriteOnly)) {
                finish(RunState::Failed, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
                return;
            }
            QString after;
            for (;;) {
                const QList<MappedRecord> batch = m_staging->batch(name, after, 5000);
                for (const MappedRecord &record : batch) {
                    file.write(QJsonDocument(record.toCollectionsRecord()).toJson(QJsonDocument::Compact) +
                               '\n');
                }
                if (batch.size() < 5000) {
                    break;
                }
                after = batch.constLast().externalId;
            }
            if (!file.commit()) {
                finish(RunState::Failed, tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
                return;
            }
            manifest.append(QJsonObject{{QStringLiteral("object"), name},
                                        {QStringLiteral("external_id"), plan.object->externalIdField},
                                        {QStringLiteral("rows"), plan.staged},
                                        {QStringLiteral("file"), QString(name + QStringLiteral(".jsonl"))}});
        }
        saveCounts(plan);
    }
    if (!m_settings.exportDirectory.isEmpty()) {
        QSaveFile file(dir.filePath(QStringLiteral("manifest.json")));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
            file.commit();
        }
    }
    finish(RunState::Completed,
           tr("Dry run: %1 rows would be sent; nothing was written to Salesforce.").arg(number(total)));
}

void SyncEngine::startLoading()
{
    m_loading = true;
    for (const QString &name : std::as_const(m_order)) {
        ObjectPlan &plan = m_plans[name];
        plan.staged = m_staging->count(name);
        plan.counts.attempted = plan.staged + m_mappingFailures.value(name);
        plan.counts.failed = m_mappingFailures.value(name);
        plan.method = plan.staged > m_settings.bulkThreshold ? RecordLoader::Method::Bulk
                                                             : RecordLoader::Method::Collections;
        if (plan.staged > 0) {
            plan.counts.method = plan.method == RecordLoader::Method::Bulk ? QStringLiteral("bulk")
                                                                           : QStringLiteral("collections");
        }
        plan.exhausted = plan.staged == 0;
        m_totalToLoad += plan.staged;
        saveCounts(plan);
    }
    qCInfo(lcSync) << "run" << m_runId << "loading" << m_totalToLoad << "changed rows";
    emitProgress(Progress::Phase::Loading, QString(), 0, m_totalToLoad, tr("Writing to Salesforce"), true);
    pump();
}

bool SyncEngine::parentsDone(const ObjectPlan &plan) const
{
    for (const QString &parent : plan.parents) {
        if (!m_plans.value(parent).done) {
            return false;
        }
    }
    return true;
}

void SyncEngine::pump()
{
    if (m_finished || m_cancelled) {
        return;
    }
    auto doneCount = [this]() {
        int count = 0;
        for (const QString &name : std::as_const(m_order)) {
            count += m_plans.value(name).done ? 1 : 0;
        }
        return count;
    };
    // An object can finish while dispatching (its last staged batch turns out empty with
    // nothing in flight); then its empty children are done too and theirs may be ready, so
    // go round again rather than wait for a batch that will never come.
    for (int before = -1; before != doneCount();) {
        // Objects with nothing to send are done as soon as their parents are.
        bool changed = true;
        while (changed) {
            changed = false;
            for (const QString &name : std::as_const(m_order)) {
                ObjectPlan &plan = m_plans[name];
                if (!plan.done && plan.exhausted && plan.inFlight == 0 && parentsDone(plan)) {
                    objectDone(plan);
                    changed = true;
                }
            }
        }
        before = doneCount();
        for (RecordLoader::Method method : {RecordLoader::Method::Collections, RecordLoader::Method::Bulk}) {
            while (m_inFlight[methodIndex(method)] < m_loader->maxConcurrentCalls(method) &&
                   dispatchNext(method)) {
            }
        }
        if (m_finished) {
            return;
        }
    }
    bool allDone = true;
    for (const QString &name : std::as_const(m_order)) {
        allDone = allDone && m_plans.value(name).done;
    }
    if (allDone) {
        qint64 failed = 0;
        qint64 skipped = 0;
        qint64 sent = 0;
        for (const QString &name : std::as_const(m_order)) {
            failed += m_plans.value(name).counts.failed;
            skipped += m_plans.value(name).counts.skipped;
            sent += m_plans.value(name).counts.succeeded;
        }
        if (failed + skipped > 0) {
            finish(RunState::CompletedWithErrors,
                   tr("%1 rows written to Salesforce; %2 failed, %3 skipped because their parent failed.")
                       .arg(number(sent), number(failed), number(skipped)));
        } else if (sent == 0) {
            finish(RunState::Completed, tr("Nothing changed since the last sync."));
        } else {
            finish(RunState::Completed, tr("%1 rows written to Salesforce.").arg(number(sent)));
        }
    }
}

bool SyncEngine::dispatchNext(RecordLoader::Method method)
{
    for (const QString &name : std::as_const(m_order)) {
        ObjectPlan &plan = m_plans[name];
        if (plan.done || plan.exhausted || plan.method != method || !parentsDone(plan)) {
            continue;
        }
        if (!plan.started) {
            plan.started = true;
            qCInfo(lcSync) << "loading" << plan.staged << "rows of" << name << "with" << plan.counts.method;
        }
        const int limit = method == RecordLoader::Method::Bulk ? m_settings.bulkChunkRows
                                                               : m_loader->maxRecordsPerCall(method);
        // A Bulk job is fed in chunks it turns into CSV at once; the first chunk is taken
        // here to learn whether there is anything to send at all.
        const bool streamed = method == RecordLoader::Method::Bulk;
        QList<RowError> skipped;
        QList<MappedRecord> batch =
            takeBatch(plan, streamed ? std::min(limit, StreamChunkRows) : limit, &skipped);
        recordSkipped(plan, skipped);
        if (batch.isEmpty()) {
            if (plan.exhausted && plan.inFlight == 0) {
                objectDone(plan);
                return true; // children may have become ready
            }
            continue;
        }
        ++plan.inFlight;
        ++m_inFlight[methodIndex(method)];
        FailPoints::hit("load.send");
        const QString objectName = name;
        auto sent = std::make_shared<QList<SentRow>>();
        auto remember = [sent](const QList<MappedRecord> &records) {
            sent->reserve(sent->size() + records.size());
            for (const MappedRecord &record : records) {
                sent->append({record.externalId, record.hash, record.customerId});
            }
        };
        auto done = [this, objectName, sent, method](const QList<RecordLoader::RowResult> &results,
                                                     const RecordLoader::Fatal &fatal) {
            --m_inFlight[methodIndex(method)];
            onBatchDone(objectName, *sent, results, fatal);
        };
        const PackageObject &object = *plan.object;
        if (!streamed) {
            remember(batch);
            m_loader->upsert(object, std::exchange(batch, {}), method, done);
            return true;
        }
        // Pulled only while upsertStream() runs, so `plan` is still this object's plan.
        int given = 0;
        ObjectPlan *streamPlan = &plan;
        m_loader->upsertStream(
            object,
            [this, streamPlan, &batch, &given, limit, remember]() -> QList<MappedRecord> {
                QList<MappedRecord> chunk;
                if (!batch.isEmpty()) {
                    chunk = std::exchange(batch, {});
                } else if (!streamPlan->exhausted && given < limit) {
                    QList<RowError> moreSkipped;
                    chunk = takeBatch(*streamPlan, std::min(limit - given, StreamChunkRows), &moreSkipped);
                    recordSkipped(*streamPlan, moreSkipped);
                }
                given += static_cast<int>(chunk.size());
                remember(chunk);
                return chunk;
            },
            method, done);
        return true;
    }
    return false;
}

void SyncEngine::recordSkipped(ObjectPlan &plan, const QList<RowError> &skipped)
{
    if (skipped.isEmpty()) {
        return;
    }
    ensureTransaction();
    m_errors->add(skipped);
    QStringList keys;
    for (const RowError &e : skipped) {
        keys.append(e.externalId);
    }
    m_staging->remove(plan.object->name, keys);
    commitIfOpen();
    plan.counts.skipped += skipped.size();
    m_loadedRows += skipped.size();
    saveCounts(plan);
}

QList<MappedRecord> SyncEngine::takeBatch(ObjectPlan &plan, int limit, QList<RowError> *skipped)
{
    QList<MappedRecord> batch;
    while (batch.size() < limit && !plan.exhausted) {
        const QList<MappedRecord> staged =
            m_staging->batch(plan.object->name, plan.cursor, limit - batch.size());
        if (staged.size() < limit - batch.size()) {
            plan.exhausted = true;
        }
        if (staged.isEmpty()) {
            break;
        }
        plan.cursor = staged.constLast().externalId;
        for (const MappedRecord &record : staged) {
            QPair<QString, QString> failedParent;
            for (const auto &parent : record.parents) {
                if (m_failedKeys.value(parent.first).contains(parent.second)) {
                    failedParent = parent;
                    break;
                }
            }
            if (!failedParent.first.isEmpty()) {
                // Its parent did not make it in this run: not sent, recorded as skipped.
                m_failedKeys[plan.object->name].insert(record.externalId);
                RowError e;
                e.runId = m_runId;
                e.object = plan.object->name;
                e.externalId = record.externalId;
                e.kind = RowError::Kind::Skipped;
                e.statusCode = QStringLiteral("PARENT_FAILED");
                e.message = tr("Not sent because its parent %1 %2 failed in this run.")
                                .arg(failedParent.first, failedParent.second);
                e.parentObject = failedParent.first;
                e.parentKey = failedParent.second;
                e.customerId = record.customerId;
                skipped->append(e);
                continue;
            }
            batch.append(record);
        }
    }
    return batch;
}

void SyncEngine::onBatchDone(const QString &objectName, const QList<SentRow> &records,
                             const QList<RecordLoader::RowResult> &results, const RecordLoader::Fatal &fatal)
{
    if (m_finished) {
        return;
    }
    ObjectPlan &plan = m_plans[objectName];
    --plan.inFlight;
    if (fatal.happened) {
        finish(RunState::Failed, fatal.message);
        return;
    }
    QHash<QString, const RecordLoader::RowResult *> byKey;
    const bool caseInsensitive = plan.object->externalId() && !plan.object->externalId()->caseSensitive;
    for (const RecordLoader::RowResult &r : results) {
        byKey.insert(caseInsensitive ? r.externalId.toLower() : r.externalId, &r);
    }
    FailPoints::hit("load.results");
    QList<RecordStateStore::Confirmed> confirmed;
    QList<RowError> failures;
    QStringList done;
    for (const SentRow &record : records) {
        const RecordLoader::RowResult *result =
            byKey.value(caseInsensitive ? record.externalId.toLower() : record.externalId);
        done.append(record.externalId);
        if (result && result->success) {
            confirmed.append({record.externalId, record.hash, result->recordId, record.customerId});
            continue;
        }
        m_failedKeys[objectName].insert(record.externalId);
        RowError e;
        e.runId = m_runId;
        e.object = objectName;
        e.externalId = record.externalId;
        e.customerId = record.customerId;
        e.payload = QString::fromUtf8(m_staging->payloadOf(objectName, record.externalId));
        if (result) {
            e.statusCode = result->statusCode;
            e.message = result->message;
            e.fields = result->fields;
            e.recordId = result->recordId;
        } else {
            e.statusCode = QStringLiteral("NOMESYNC_NO_RESULT");
            e.message = tr("Salesforce returned no result for this row.");
        }
        failures.append(e);
    }
    ensureTransaction();
    QString error;
    const bool confirmedOk = m_state->confirm(objectName, m_runId, confirmed, &error);
    FailPoints::hit("load.midtransaction"); // hashes written, transaction still open
    if (!confirmedOk || !m_errors->add(failures, &error) || !m_staging->remove(objectName, done)) {
        m_database->connection().rollback();
        m_inTransaction = false;
        finish(RunState::Failed, tr("Could not record the results in the workspace database: %1").arg(error));
        return;
    }
    commitIfOpen();
    FailPoints::hit("load.stored");
    plan.counts.succeeded += confirmed.size();
    plan.counts.failed += failures.size();
    m_loadedRows += records.size();
    saveCounts(plan);
    emitProgress(Progress::Phase::Loading, objectName, m_loadedRows, m_totalToLoad,
                 tr("%1 of %2 rows").arg(number(m_loadedRows), number(m_totalToLoad)));
    if (plan.exhausted && plan.inFlight == 0) {
        objectDone(plan);
    }
    pump();
}

void SyncEngine::objectDone(ObjectPlan &plan)
{
    if (plan.done) {
        return;
    }
    plan.done = true;
    saveCounts(plan);
    qCInfo(lcSync).noquote() << "done" << plan.object->name << "attempted" << plan.counts.attempted << "ok"
                             << plan.counts.succeeded << "failed" << plan.counts.failed << "skipped"
                             << plan.counts.skipped;
}

void SyncEngine::saveCounts(ObjectPlan &plan)
{
    plan.counts.bytesSent = m_loader->bytesSent(plan.object->name);
    if (m_runs) {
        m_runs->saveCounts(m_runId, plan.counts);
    }
    emit countsChanged(m_runId, plan.counts);
}

void SyncEngine::emitProgress(Progress::Phase phase, const QString &object, qint64 done, qint64 total,
                              const QString &detail, bool force)
{
    if (!force && m_progressClock.elapsed() < m_settings.progressIntervalMs) {
        return;
    }
    m_progressClock.restart();
    Progress p;
    p.runId = m_runId;
    p.phase = phase;
    p.object = object;
    p.done = done;
    p.total = total;
    p.detail = detail;
    emit progress(p);
}

void SyncEngine::cancel()
{
    if (m_finished || m_cancelled) {
        return;
    }
    m_cancelled = true;
    m_reader->cancel();
    m_loader->cancel();
    finish(RunState::Cancelled,
           tr("Cancelled. Rows already written stay in Salesforce; the next sync sends the rest."));
}

void SyncEngine::finish(RunState state, const QString &message)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    if (m_heartbeat) {
        m_heartbeat->stop();
    }
    if (m_inTransaction) {
        m_database->connection().commit();
        m_inTransaction = false;
    }
    if (state == RunState::Failed || state == RunState::Cancelled) {
        m_reader->cancel();
        m_loader->cancel();
    }
    FailPoints::hit("finish");
    if (m_runs && m_runId > 0) {
        for (const QString &name : std::as_const(m_order)) {
            ObjectPlan &plan = m_plans[name];
            plan.counts.bytesSent = m_loader->bytesSent(name);
            m_runs->saveCounts(m_runId, plan.counts);
        }
        m_runs->saveCallCounts(m_runId, m_reader->callCount(), m_loader->callCount(),
                               m_loader->writeCallCount());
        if (m_readMs == 0 && m_phaseClock.isValid()) {
            m_readMs = m_phaseClock.elapsed(); // ended while reading
        }
        m_runs->saveTimings(m_runId, m_readMs,
                            m_loading && m_phaseClock.isValid() ? m_phaseClock.elapsed() : 0);
        m_runs->finish(m_runId, state, message);
        if (m_staging) {
            m_staging->clear();
        }
        if (m_settings.retentionDays > 0) {
            m_runs->purgeFinishedBefore(QDateTime::currentDateTimeUtc().addDays(-m_settings.retentionDays));
        }
    }
    qCInfo(lcSync).noquote() << "run" << m_runId << toString(state) << "in" << m_runClock.elapsed()
                             << "ms:" << message;
    emitProgress(Progress::Phase::Finishing, QString(), m_loadedRows, m_totalToLoad, message, true);
    emit finished(m_runId, state, message);
}
