#include "sync/SyncWorker.h"

#include "logging/LogCategories.h"
#include "package/PackageDefinition.h"
#include "store/WorkspaceDatabase.h"
#include "sync/SyncEngine.h"

SyncWorker::SyncWorker(const SyncSettings &settings, SyncController::EndpointFactory factory)
    : m_settings(settings)
    , m_factory(std::move(factory))
{}

SyncWorker::~SyncWorker() = default;

void SyncWorker::run()
{
    QString error;
    const std::optional<PackageDefinition> package =
        PackageDefinition::builtIn(m_settings.packageVariant, &error);
    if (!package) {
        emit finished(0, Sync::RunState::Failed, error);
        return;
    }
    const SyncController::Endpoints endpoints = m_factory(this);
    if (!endpoints.reader || !endpoints.loader) {
        emit finished(0, Sync::RunState::Failed,
                      tr("The sync could not connect its Metronome and Salesforce clients."));
        return;
    }
    connect(endpoints.loader, &RecordLoader::apiUsage, this, &SyncWorker::apiUsage);
    m_engine = new SyncEngine(m_settings, *package, endpoints.reader, endpoints.loader, this);
    connect(m_engine, &SyncEngine::started, this, &SyncWorker::started);
    connect(m_engine, &SyncEngine::progress, this, &SyncWorker::progress);
    connect(m_engine, &SyncEngine::countsChanged, this, &SyncWorker::countsChanged);
    connect(m_engine, &SyncEngine::finished, this,
            [this](qint64 runId, Sync::RunState state, const QString &message) {
                // This thread's SQLite connections close before it ends.
                WorkspaceDatabase::releaseThreadConnections();
                emit finished(runId, state, message);
            });
    m_engine->start();
    if (m_cancelRequested) {
        QMetaObject::invokeMethod(m_engine, &SyncEngine::cancel, Qt::QueuedConnection);
    }
}

void SyncWorker::cancel()
{
    m_cancelRequested = true;
    if (m_engine) {
        m_engine->cancel();
    }
}
