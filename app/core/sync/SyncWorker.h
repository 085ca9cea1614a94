#pragma once

#include "sync/SyncController.h"

#include <QObject>

class SyncEngine;

// Lives on the sync thread: builds the reader, the loader and the engine there (so their
// network managers and SQLite connection belong to that thread) and runs one sync.
class SyncWorker : public QObject
{
    Q_OBJECT

public:
    SyncWorker(const SyncSettings &settings, SyncController::EndpointFactory factory);
    ~SyncWorker() override;

    void run();
    void cancel();

Q_SIGNALS:
    void started(qint64 runId);
    void progress(const Sync::Progress &progress);
    void countsChanged(qint64 runId, const Sync::ObjectCounts &counts);
    void finished(qint64 runId, Sync::RunState state, const QString &message);
    void apiUsage(qint64 used, qint64 max);

private:
    SyncSettings m_settings;
    SyncController::EndpointFactory m_factory;
    SyncEngine *m_engine = nullptr;
    bool m_cancelRequested = false;
};
