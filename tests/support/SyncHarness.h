#pragma once

#include "SandboxProcess.h"
#include "secrets/MemorySecretStore.h"
#include "store/WorkspaceInfo.h"
#include "sync/SyncLauncher.h"
#include "sync/SyncTypes.h"

#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

class WorkspaceRegistry;

// An end-to-end rig: a nomesync-sandbox (both halves), a workspace set up against it with
// secrets in memory, and the real DefaultSyncLauncher + SyncController to run syncs.
class SyncHarness
{
public:
    struct Outcome
    {
        qint64 runId = 0;
        Sync::RunState state = Sync::RunState::Failed;
        QString message;
        Sync::RunRecord run;
        qint64 count(const QString &object, qint64 Sync::ObjectCounts::*field) const;
    };

    explicit SyncHarness(const QStringList &sandboxArguments);
    ~SyncHarness();

    bool start(QString *error);
    // Settings applied to the workspace before each run (e.g. sync.usage_days).
    void setWorkspaceSetting(const QString &key, const QString &value);
    Outcome sync(const SyncLauncher::Request &request = SyncLauncher::Request());

    SandboxProcess &sandbox() { return *m_sandbox; }
    const WorkspaceInfo &workspace() const { return m_workspace; }
    QString dataDir() const { return m_data.path(); }
    QString metronomeToken() const { return m_sandbox->info().metronomeToken; }
    QString refreshToken() const { return m_refreshToken; }

    // Admin helpers.
    QJsonObject metronomeSummary() const;
    QHash<QString, qint64> salesforceCounts() const;
    qint64 salesforceWriteCalls() const;
    QList<QJsonObject> salesforceRecords(const QString &object, const QString &field = QString(),
                                         const QString &value = QString()) const;
    QList<QJsonObject> metronomeCustomers() const;
    QJsonObject metronomeCustomer(const QString &id) const;
    // Per package object, how many records Salesforce must hold for the Metronome world the
    // sandbox generated (objects Metronome's ground truth counts directly).
    QHash<QString, qint64> expectedCounts(bool linkedOnly = false) const;
    // Runs the headless `nomesync sync` (secrets from the environment) and returns its exit
    // code; `crashed` tells whether it died from a signal.
    int runCommand(const QStringList &extraArguments, const QByteArray &failPoints = QByteArray(),
                   bool *crashed = nullptr, QString *output = nullptr) const;

private:
    QStringList m_arguments;
    std::unique_ptr<SandboxProcess> m_sandbox;
    QTemporaryDir m_data;
    std::unique_ptr<WorkspaceRegistry> m_registry;
    MemorySecretStore m_secrets;
    WorkspaceInfo m_workspace;
    QString m_refreshToken;
};
