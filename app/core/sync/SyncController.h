#pragma once

#include "sync/RecordLoader.h"
#include "sync/SourceReader.h"
#include "sync/SyncSettings.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;
class SyncWorker;

// Starts a sync on its own worker thread and relays what happens by queued signals, so the
// thread that calls it (the GUI thread, or the CLI's main thread) never waits on the network,
// on SQLite writes or on hashing. One run at a time per controller.
class SyncController : public QObject
{
    Q_OBJECT

public:
    struct Endpoints
    {
        SourceReader *reader = nullptr;
        RecordLoader *loader = nullptr;
    };
    // Called ON THE WORKER THREAD to build the reader and loader (with their own network
    // access), parented to `owner`.
    using EndpointFactory = std::function<Endpoints(QObject *owner)>;

    explicit SyncController(QObject *parent = nullptr);
    ~SyncController() override;

    bool start(const SyncSettings &settings, EndpointFactory factory, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 currentRunId() const { return m_runId; }
    // Blocks until the worker thread ended (shutdown only). Returns false on timeout.
    bool waitForFinished(int timeoutMs = 10000);

Q_SIGNALS:
    void started(qint64 runId);
    void progress(const Sync::Progress &progress);
    void countsChanged(qint64 runId, const Sync::ObjectCounts &counts);
    void finished(qint64 runId, Sync::RunState state, const QString &message);
    void apiUsage(qint64 used, qint64 max);

private:
    void onWorkerFinished(qint64 runId, Sync::RunState state, const QString &message);

    // The thread outlives the run by a moment (the worker is deleted on it first); it is
    // only forgotten once it has really finished, so nothing destroys it while it runs.
    QThread *m_thread = nullptr;
    QPointer<SyncWorker> m_worker;
    bool m_running = false;
    qint64 m_runId = 0;
};
