#include "WorkspaceSession.h"

#include "logging/LogCategories.h"
#include "models/RunListModel.h"
#include "store/SettingKeys.h"
#include "sync/RunRepository.h"
#include "sync/SyncController.h"
#include "sync/SyncScheduler.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

using namespace Sync;

namespace {

constexpr int kOutsidePollMs = 5000;

} // namespace

WorkspaceSession::WorkspaceSession(const WorkspaceInfo &workspace, SyncLauncher *launcher, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_database(workspace.databasePath)
    , m_launcher(launcher)
{
    QString error;
    if (!m_database.open(&error)) {
        qCWarning(lcUi) << "workspace database" << workspace.id << "did not open:" << error;
    }
    const QString variant = m_database.setting(SettingKeys::PackageVariant, QStringLiteral("nome_v2"));
    m_package = PackageDefinition::builtIn(variant, &error);
    if (m_package) {
        for (const PackageObject &object : m_package->objects()) {
            QString label = object.label;
            // Every object is Metronome's; the prefix only costs width.
            if (label.startsWith(QLatin1String("Metronome "))) {
                label = label.mid(10);
            }
            m_labels.insert(object.name, label);
        }
    } else {
        qCWarning(lcUi) << "package" << variant << "unavailable:" << error;
    }

    m_controller = new SyncController(this);
    connect(m_controller, &SyncController::started, this, &WorkspaceSession::onStarted);
    connect(m_controller, &SyncController::finished, this, &WorkspaceSession::onFinished);
    connect(m_controller, &SyncController::progress, this, [this](const Progress &p) {
        m_progress = p;
        emit progress(p);
    });
    connect(m_controller, &SyncController::countsChanged, this,
            [this](qint64 runId, const ObjectCounts &counts) {
                m_runs->applyCounts(runId, counts);
                emit countsChanged(runId, counts);
            });
    connect(m_controller, &SyncController::apiUsage, this, [this](qint64 used, qint64 max) {
        m_apiUsed = used;
        m_apiMax = max;
        m_apiUsageAt = QDateTime::currentDateTimeUtc();
        emit apiUsageChanged();
    });

    m_runs = new RunListModel(m_database, this);
    m_runs->reload();
    m_schedule =
        Schedule::parse(m_database.setting(SettingKeys::SyncSchedule)).value_or(Schedule::defaultSchedule());

    m_outsidePoll = new QTimer(this);
    m_outsidePoll->setInterval(kOutsidePollMs);
    connect(m_outsidePoll, &QTimer::timeout, this, &WorkspaceSession::checkForOutsideRuns);
    m_outsidePoll->start();

    claimAbandonedRuns();
}

WorkspaceSession::~WorkspaceSession() = default;

QString WorkspaceSession::syncUnavailableReason()
{
    return tr("Sync arrives with the Metronome and Salesforce clients");
}

void WorkspaceSession::claimAbandonedRuns()
{
    // Runs this process id owned can only be left over from a process that died (the id was
    // reused). Marking them is a write, so it happens off the GUI thread; a start waits for it.
    m_claiming = true;
    const QString path = m_database.filePath();
    auto *watcher = new QFutureWatcher<int>(this);
    connect(watcher, &QFutureWatcher<int>::finished, this, [this, watcher]() {
        watcher->deleteLater();
        m_claiming = false;
        if (watcher->result() > 0) {
            m_runs->reload();
            emit runsChanged();
        }
        if (m_afterClaim) {
            const std::function<void()> start = std::move(m_afterClaim);
            m_afterClaim = nullptr;
            start();
        }
    });
    watcher->setFuture(QtConcurrent::run([path]() {
        int claimed = 0;
        {
            WorkspaceDatabase db(path);
            claimed = RunRepository(db).markInterrupted(true);
        }
        WorkspaceDatabase::releaseThreadConnections();
        return claimed;
    }));
}

void WorkspaceSession::setState(State state)
{
    if (m_state == state) {
        return;
    }
    m_state = state;
    emit stateChanged(state);
}

bool WorkspaceSession::startSync(Trigger trigger, bool fullSync, const QStringList &objects, qint64 retryOf)
{
    if (!m_launcher) {
        emit startFailed(syncUnavailableReason());
        return false;
    }
    if (m_state != State::Idle) {
        emit startFailed(m_runId > 0
                             ? tr("A sync of %1 is already running (run %2). Wait for it to finish or "
                                  "cancel it.")
                                   .arg(m_workspace.name)
                                   .arg(m_runId)
                             : tr("A sync of %1 is already starting.").arg(m_workspace.name));
        return false;
    }
    m_trigger = trigger;
    m_progress = Progress();
    setState(State::Preparing);
    SyncLauncher::Request request;
    request.trigger = trigger;
    request.fullSync = fullSync;
    request.objects = objects;
    request.retryOf = retryOf;
    const quint64 token = ++m_prepareToken;
    if (m_claiming) {
        m_afterClaim = [this, token, request]() {
            if (token == m_prepareToken && m_state == State::Preparing) {
                prepare(token, request);
            }
        };
        return true;
    }
    prepare(token, request);
    return true;
}

void WorkspaceSession::prepare(quint64 token, const SyncLauncher::Request &request)
{
    if (!m_launcher) {
        setState(State::Idle);
        emit startFailed(syncUnavailableReason());
        return;
    }
    m_launcher->prepare(m_workspace, request, this,
                        [this, token](bool ok, const SyncSettings &settings,
                                      const SyncController::EndpointFactory &factory, const QString &error) {
                            if (token != m_prepareToken || m_state != State::Preparing) {
                                return; // cancelled while the launcher worked
                            }
                            if (!ok) {
                                setState(State::Idle);
                                emit startFailed(error);
                                return;
                            }
                            QString startError;
                            if (!m_controller->start(settings, factory, &startError)) {
                                setState(State::Idle);
                                emit startFailed(startError);
                                return;
                            }
                            setState(State::Running);
                        });
}

bool WorkspaceSession::retryFailed(qint64 runId, const QString &object)
{
    return startSync(Trigger::Retry, false, object.isEmpty() ? QStringList() : QStringList{object}, runId);
}

void WorkspaceSession::cancelSync()
{
    if (m_state == State::Preparing && m_runId == 0 && !m_controller->isRunning()) {
        ++m_prepareToken;
        setState(State::Idle);
        return;
    }
    if (m_state == State::Running) {
        m_controller->cancel();
    }
}

void WorkspaceSession::onStarted(qint64 runId)
{
    m_runId = runId;
    m_progress.runId = runId;
    m_runs->refreshRun(runId);
    if (m_scheduler) {
        m_scheduler->markStarted(m_workspace.id);
    }
    emit runStarted(runId);
    emit runsChanged();
}

void WorkspaceSession::onFinished(qint64 runId, RunState state, const QString &message)
{
    const Trigger trigger = m_trigger;
    m_runId = 0;
    setState(State::Idle);
    if (runId == 0) {
        // No run was created: the core refused (another process holds the workspace) or
        // could not start.
        emit startFailed(message);
        return;
    }
    m_runs->refreshRun(runId);
    if (state == RunState::Completed || state == RunState::CompletedWithErrors) {
        m_reachability.status = Reachability::Status::Reachable;
        m_reachability.detail = tr("Read by the last sync");
        m_reachability.checkedAt = QDateTime::currentDateTimeUtc();
        emit reachabilityChanged();
    }
    emit runFinished(runId, state, message, trigger);
    emit runsChanged();
}

void WorkspaceSession::attachScheduler(SyncScheduler *scheduler)
{
    if (m_scheduler == scheduler) {
        return;
    }
    if (m_scheduler) {
        m_scheduler->removeWorkspace(m_workspace.id);
        disconnect(m_scheduler, nullptr, this, nullptr);
    }
    m_scheduler = scheduler;
    if (!scheduler) {
        return;
    }
    connect(scheduler, &SyncScheduler::due, this, [this](const QString &workspaceId) {
        if (workspaceId != m_workspace.id) {
            return;
        }
        // Read now: the wizard may have completed the setup since this session was made.
        const bool setUp = m_database.setting(SettingKeys::SetupComplete) == QLatin1String("true");
        if (!m_launcher || !setUp) {
            qCInfo(lcUi) << "scheduled sync of" << workspaceId << "skipped: syncing is not available";
            return;
        }
        if (isBusy()) {
            qCInfo(lcUi) << "scheduled sync of" << workspaceId << "skipped: a run is in progress";
            return;
        }
        startSync(Trigger::Scheduled);
    });
    updateSchedulerEntry();
}

void WorkspaceSession::reloadSchedule()
{
    m_schedule =
        Schedule::parse(m_database.setting(SettingKeys::SyncSchedule)).value_or(Schedule::defaultSchedule());
    updateSchedulerEntry();
    emit scheduleChanged();
}

void WorkspaceSession::updateSchedulerEntry()
{
    if (!m_scheduler) {
        return;
    }
    if (m_schedule.kind() == Schedule::Kind::Off) {
        m_scheduler->removeWorkspace(m_workspace.id);
        return;
    }
    QDateTime lastStart = m_runs->rowCount() > 0 ? m_runs->runAt(0).startedAt : QDateTime();
    if (!lastStart.isValid()) {
        lastStart = m_workspace.createdAt.isValid() ? m_workspace.createdAt : QDateTime::currentDateTimeUtc();
    }
    m_scheduler->setWorkspace(m_workspace.id, m_schedule, lastStart);
}

QDateTime WorkspaceSession::nextScheduledRun() const
{
    if (m_schedule.kind() == Schedule::Kind::Off) {
        return QDateTime();
    }
    if (m_scheduler) {
        return m_scheduler->nextRun(m_workspace.id);
    }
    return m_schedule.nextAfter(QDateTime::currentDateTimeUtc());
}

void WorkspaceSession::setReachabilityCheck(ReachabilityCheck check)
{
    m_reachabilityCheck = std::move(check);
    emit reachabilityChanged();
}

void WorkspaceSession::checkReachability()
{
    if (!m_reachabilityCheck) {
        return;
    }
    m_reachabilityCheck(m_workspace, this, [this](bool ok, const QString &detail) {
        m_reachability.status = ok ? Reachability::Status::Reachable : Reachability::Status::Unreachable;
        m_reachability.detail = detail;
        m_reachability.checkedAt = QDateTime::currentDateTimeUtc();
        emit reachabilityChanged();
    });
}

QString WorkspaceSession::setting(const QString &key) const
{
    return m_database.setting(key);
}

QUrl WorkspaceSession::salesforceRecordUrl(const QString &recordId) const
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{15}([A-Za-z0-9]{3})?$"));
    const QString instance = m_database.setting(SettingKeys::SalesforceInstanceUrl).trimmed();
    if (instance.isEmpty() || !idPattern.match(recordId).hasMatch()) {
        return QUrl();
    }
    QUrl url(instance, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
        url.host().isEmpty()) {
        return QUrl();
    }
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    url.setPath(path + QLatin1Char('/') + recordId);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void WorkspaceSession::checkForOutsideRuns()
{
    if (m_state != State::Idle) {
        return; // our own run reports by signals
    }
    // A handful of the newest runs: enough to notice one the headless command started or
    // finished, cheap enough to do every few seconds.
    const QList<RunRecord> latest = RunRepository(m_database).runs(RunRepository::Filter::All, 3);
    bool changed = false;
    for (const RunRecord &run : latest) {
        const RunRecord *known = m_runs->run(run.id);
        if (!known || known->state != run.state || known->finishedAt != run.finishedAt ||
            known->totalAttempted() != run.totalAttempted() ||
            known->totalSucceeded() != run.totalSucceeded() ||
            known->totalFailed() + known->totalSkipped() != run.totalFailed() + run.totalSkipped()) {
            m_runs->upsertRun(run);
            changed = true;
        }
    }
    if (changed) {
        emit runsChanged();
    }
}
