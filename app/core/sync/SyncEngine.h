#pragma once

#include "package/PackageDefinition.h"
#include "sync/RecordLoader.h"
#include "sync/SourceReader.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class QTimer;
class RecordMapper;
class RecordStateStore;
class RowErrorStore;
class RunRepository;
class SourceCache;
class CustomerSummaryBuilder;
class StagingArea;
class WorkspaceDatabase;

// One sync run, from Metronome pages to Salesforce row results:
//   read rows -> map (package definition) -> hash & compare -> stage changed rows on disk
//   -> load objects parents-first (Collections, or Bulk 2.0 above a threshold), with
//      independent objects in parallel -> store hashes of confirmed rows and every row error.
// Runs on the thread that creates it (the sync worker thread), using that thread's SQLite
// connection. Reports by signals.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(const SyncSettings &settings, const PackageDefinition &package, SourceReader *reader,
               RecordLoader *loader, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void cancel();
    qint64 runId() const { return m_runId; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void started(qint64 runId);
    void progress(const Sync::Progress &progress);
    void countsChanged(qint64 runId, const Sync::ObjectCounts &counts);
    void finished(qint64 runId, Sync::RunState state, const QString &message);

private:
    struct ObjectPlan
    {
        const PackageObject *object = nullptr;
        QStringList parents; // package objects it references that are synced in this run
        Sync::ObjectCounts counts;
        RecordLoader::Method method = RecordLoader::Method::Collections;
        qint64 staged = 0;
        QString cursor; // last staged key handed out
        bool exhausted = false;
        int inFlight = 0;
        bool started = false;
        bool done = false;
    };

    void beginRun();
    void onPrepared(bool ok, const QString &error);
    void onRows(const QString &source, const QList<QVariantHash> &rows);
    void onReadFinished(bool ok, const QString &error);
    void startLoading();
    void exportDryRun();
    void pump();
    bool dispatchNext(RecordLoader::Method method);
    // What the engine keeps of a row while Salesforce has it: the record itself goes to the
    // loader and is not held twice (a failed row's body is read back from the staging area).
    struct SentRow
    {
        QString externalId;
        quint64 hash = 0;
        QString customerId;
    };
    void onBatchDone(const QString &object, const QList<SentRow> &rows,
                     const QList<RecordLoader::RowResult> &results, const RecordLoader::Fatal &fatal);
    QList<MappedRecord> takeBatch(ObjectPlan &plan, int limit, QList<Sync::RowError> *skipped);
    // Rows not sent because a parent failed: recorded as row errors and taken off the stage.
    void recordSkipped(ObjectPlan &plan, const QList<Sync::RowError> &skipped);
    // Rows read from the stage at a time while a Bulk job is being filled.
    static constexpr int StreamChunkRows = 5000;
    bool parentsDone(const ObjectPlan &plan) const;
    void objectDone(ObjectPlan &plan);
    void finish(Sync::RunState state, const QString &message);
    void emitProgress(Sync::Progress::Phase phase, const QString &object, qint64 done, qint64 total,
                      const QString &detail, bool force = false);
    void saveCounts(ObjectPlan &plan);
    bool commitIfOpen();
    void ensureTransaction();

    SyncSettings m_settings;
    PackageDefinition m_package;
    SourceReader *m_reader;
    RecordLoader *m_loader;
    std::unique_ptr<WorkspaceDatabase> m_database;
    std::unique_ptr<RunRepository> m_runs;
    std::unique_ptr<RecordStateStore> m_state;
    std::unique_ptr<RowErrorStore> m_errors;
    std::unique_ptr<StagingArea> m_staging;
    std::unique_ptr<SourceCache> m_cache;
    std::unique_ptr<CustomerSummaryBuilder> m_summary;
    QHash<QString, std::shared_ptr<RecordMapper>> m_mappersBySource;
    QHash<QString, QString> m_objectBySource;
    QList<QString> m_order; // object names in load order
    QHash<QString, ObjectPlan> m_plans;
    QHash<QString, QSet<QString>> m_failedKeys; // object -> external IDs that failed this run
    QHash<QString, QSet<QString>> m_retryKeys;  // retry runs: object -> keys to send
    QHash<QString, qint64> m_mappingFailures;
    QTimer *m_heartbeat = nullptr;
    QElapsedTimer m_progressClock;
    QElapsedTimer m_runClock;
    QElapsedTimer m_phaseClock;
    qint64 m_readMs = 0;
    qint64 m_runId = 0;
    qint64 m_rowsInTransaction = 0;
    bool m_inTransaction = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_loading = false;
    bool m_readComplete = false; // a whole read (not a retry or a selection): stale cache rows can go
    int m_inFlight[2] = {0, 0};
    qint64 m_loadedRows = 0;
    qint64 m_totalToLoad = 0;
};
