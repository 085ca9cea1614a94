#include "sync/SyncController.h"

#include "logging/LogCategories.h"
#include "sync/SyncWorker.h"

#include <QThread>

SyncController::SyncController(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Sync::RunState>();
    qRegisterMetaType<Sync::ObjectCounts>();
    qRegisterMetaType<Sync::Progress>();
}

SyncController::~SyncController()
{
    if (m_thread) {
        cancel();
        waitForFinished(10000);
    }
    // A run that just reported finished leaves its thread winding down (deleted later); it
    // must have ended before it is destroyed with us, or Qt aborts the process.
    const QList<QThread *> threads = findChildren<QThread *>(QString(), Qt::FindDirectChildrenOnly);
    for (QThread *thread : threads) {
        thread->wait(10000);
    }
}

bool SyncController::start(const SyncSettings &settings, EndpointFactory factory, QString *error)
{
    if (m_thread) {
        if (error) {
            *error = tr("A sync is already running in this window.");
        }
        return false;
    }
    m_runId = 0;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("nomesync-sync"));
    auto *worker = new SyncWorker(settings, std::move(factory));
    m_worker = worker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &SyncWorker::run);
    connect(worker, &SyncWorker::started, this, [this](qint64 runId) {
        m_runId = runId;
        emit started(runId);
    });
    connect(worker, &SyncWorker::progress, this, &SyncController::progress);
    connect(worker, &SyncWorker::countsChanged, this, &SyncController::countsChanged);
    connect(worker, &SyncWorker::apiUsage, this, &SyncController::apiUsage);
    connect(worker, &SyncWorker::finished, this, &SyncController::onWorkerFinished);
    // The worker and everything it made are destroyed on their own thread, before it ends.
    connect(worker, &SyncWorker::finished, worker, &QObject::deleteLater);
    connect(worker, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    m_thread->start();
    return true;
}

void SyncController::onWorkerFinished(qint64 runId, Sync::RunState state, const QString &message)
{
    QThread *thread = m_thread;
    m_thread = nullptr;
    if (thread) {
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        if (thread->isFinished()) {
            thread->deleteLater();
        }
    }
    emit finished(runId, state, message);
}

void SyncController::cancel()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &SyncWorker::cancel, Qt::QueuedConnection);
    }
}

bool SyncController::waitForFinished(int timeoutMs)
{
    QThread *thread = m_thread;
    if (!thread) {
        return true;
    }
    // The worker reports through queued signals to this thread; let them arrive.
    const bool ended = thread->wait(timeoutMs);
    return ended;
}
