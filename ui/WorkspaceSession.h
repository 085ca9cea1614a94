#pragma once

#include "package/PackageDefinition.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceInfo.h"
#include "sync/Schedule.h"
#include "sync/SyncLauncher.h"
#include "sync/SyncTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QTimer;
class RunListModel;
class SyncController;
class SyncScheduler;

// One open workspace on the GUI thread: its database handle (the GUI's own connection), its
// runs, and the sync controller that runs syncs on a worker thread. Pages observe it; they
// never start work themselves. At most one run per workspace: the session refuses a second
// start, and the core refuses one held by another process (its message is passed on).
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Preparing, // the launcher reads settings and secrets
        Running
    };

    struct Reachability
    {
        enum class Status
        {
            Unknown,
            Reachable,
            Unreachable
        };
        Status status = Status::Unknown;
        QString detail;
        QDateTime checkedAt;
    };
    // Checks that Metronome answers (the lead wires the real client); `done` runs once on the
    // GUI thread unless `context` is gone.
    using ReachabilityCheck = std::function<void(const WorkspaceInfo &workspace, QObject *context,
                                                 std::function<void(bool ok, const QString &detail)> done)>;

    // `launcher` may be null (the app before the real clients exist): syncing is then off.
    WorkspaceSession(const WorkspaceInfo &workspace, SyncLauncher *launcher, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    const WorkspaceInfo &workspace() const { return m_workspace; }
    const WorkspaceDatabase &database() const { return m_database; }
    const PackageDefinition *package() const { return m_package ? &*m_package : nullptr; }
    const QHash<QString, QString> &objectLabels() const { return m_labels; }
    QString objectLabel(const QString &apiName) const { return m_labels.value(apiName, apiName); }
    RunListModel *runs() const { return m_runs; }

    bool canSync() const { return m_launcher != nullptr; }
    static QString syncUnavailableReason();
    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    qint64 currentRunId() const { return m_runId; }
    Sync::Trigger currentTrigger() const { return m_trigger; }
    // The latest progress of the current run (phase, overall done/total, detail).
    const Sync::Progress &lastProgress() const { return m_progress; }

    // Starts a run unless one is running or being prepared; refusals and launcher errors
    // come back through startFailed() with a message for the user.
    bool startSync(Sync::Trigger trigger, bool fullSync = false, const QStringList &objects = {},
                   qint64 retryOf = 0);
    // Sends again what failed (or was skipped) in `runId`, for every object or just one.
    bool retryFailed(qint64 runId, const QString &object = QString());
    void cancelSync();

    // From Sforce-Limit-Info, as the last run reported it.
    bool hasApiUsage() const { return m_apiMax > 0; }
    qint64 apiUsed() const { return m_apiUsed; }
    qint64 apiMax() const { return m_apiMax; }
    QDateTime apiUsageAt() const { return m_apiUsageAt; }

    // Registers the workspace with the app's scheduler and starts a Scheduled run when due.
    void attachScheduler(SyncScheduler *scheduler);
    // Reads `sync.schedule` again (after the Settings page changed it).
    void reloadSchedule();
    const Schedule &schedule() const { return m_schedule; }
    QDateTime nextScheduledRun() const;

    void setReachabilityCheck(ReachabilityCheck check);
    bool canCheckReachability() const { return static_cast<bool>(m_reachabilityCheck); }
    void checkReachability();
    const Reachability &reachability() const { return m_reachability; }

    // https://<instance>/<id> for a Salesforce record; empty when the instance is unknown.
    QUrl salesforceRecordUrl(const QString &recordId) const;
    QString setting(const QString &key) const;

    // Looks for runs started elsewhere (the headless command, another window) and reloads.
    void checkForOutsideRuns();

Q_SIGNALS:
    void stateChanged(WorkspaceSession::State state);
    void runStarted(qint64 runId);
    void progress(const Sync::Progress &progress);
    void countsChanged(qint64 runId, const Sync::ObjectCounts &counts);
    void runFinished(qint64 runId, Sync::RunState state, const QString &message, Sync::Trigger trigger);
    void startFailed(const QString &message);
    void runsChanged();
    void apiUsageChanged();
    void reachabilityChanged();
    void scheduleChanged();

private:
    void setState(State state);
    void prepare(quint64 token, const SyncLauncher::Request &request);
    void onStarted(qint64 runId);
    void onFinished(qint64 runId, Sync::RunState state, const QString &message);
    void claimAbandonedRuns();
    void updateSchedulerEntry();

    WorkspaceInfo m_workspace;
    WorkspaceDatabase m_database;
    QPointer<SyncLauncher> m_launcher;
    std::optional<PackageDefinition> m_package;
    QHash<QString, QString> m_labels;
    SyncController *m_controller = nullptr;
    RunListModel *m_runs = nullptr;
    QPointer<SyncScheduler> m_scheduler;
    Schedule m_schedule;
    QTimer *m_outsidePoll = nullptr;
    State m_state = State::Idle;
    Sync::Trigger m_trigger = Sync::Trigger::Manual;
    qint64 m_runId = 0;
    quint64 m_prepareToken = 0;
    bool m_claiming = false;
    std::function<void()> m_afterClaim;
    Sync::Progress m_progress;
    qint64 m_apiUsed = 0;
    qint64 m_apiMax = 0;
    QDateTime m_apiUsageAt;
    ReachabilityCheck m_reachabilityCheck;
    Reachability m_reachability;
};
