#pragma once

#include "store/WorkspaceInfo.h"
#include "sync/SyncController.h"
#include "sync/SyncSettings.h"

#include <QObject>

#include <functional>

// Turns "sync this workspace" into what SyncController::start() needs: the run's settings
// (from the workspace database) and a factory for the Metronome reader and Salesforce
// loader (with the secrets read from the keychain, kept in memory only).
// The app and the CLI use DefaultSyncLauncher; tests use a fake.
class SyncLauncher : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        Sync::Trigger trigger = Sync::Trigger::Manual;
        bool fullSync = false;
        QStringList objects;
        qint64 retryOf = 0;
        bool dryRun = false;     // compare and report, write nothing to Salesforce
        QString exportDirectory; // dry run: where the rows that would be sent go
    };
    using Ready = std::function<void(bool ok, const SyncSettings &settings,
                                     const SyncController::EndpointFactory &factory, const QString &error)>;

    using QObject::QObject;

    // Asynchronous (the keychain is); `ready` runs once unless `context` is gone.
    virtual void prepare(const WorkspaceInfo &workspace, const Request &request, QObject *context,
                         Ready ready) = 0;
};
