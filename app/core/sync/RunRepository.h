#pragma once

#include "sync/SyncTypes.h"

#include <optional>

class WorkspaceDatabase;

// Runs of a workspace in its database. Also the lock that keeps one sync per workspace:
// begin() succeeds only when no live process holds a running run, in any process.
class RunRepository
{
public:
    enum class Filter
    {
        All,
        Completed, // ended: completed (with or without errors), failed, cancelled
        Incomplete // running, queued, interrupted
    };

    explicit RunRepository(const WorkspaceDatabase &database);

    // Seconds without a heartbeat after which a running run is considered dead.
    static constexpr int StaleAfterSeconds = 120;

    // Marks runs left "running" by a process that is gone (or silent for StaleAfterSeconds)
    // as interrupted; returns how many. At start-up `atStartup` also claims runs recorded
    // under this process id: a new process cannot own them, the id was reused.
    int markInterrupted(bool atStartup = false);

    // Starts a run (state running, owned by this process) unless another live run exists.
    // On refusal *error explains who holds the workspace.
    std::optional<Sync::RunRecord> begin(const Sync::RunRecord &request, QString *error = nullptr);
    bool heartbeat(qint64 runId);
    bool finish(qint64 runId, Sync::RunState state, const QString &message = QString());
    bool saveCounts(qint64 runId, const Sync::ObjectCounts &counts);
    bool saveCallCounts(qint64 runId, qint64 metronomeCalls, qint64 salesforceCalls, qint64 salesforceWrites);
    bool saveTimings(qint64 runId, qint64 readMs, qint64 loadMs);

    std::optional<Sync::RunRecord> run(qint64 id) const;
    QList<Sync::RunRecord> runs(Filter filter = Filter::All, int limit = 200) const;
    std::optional<Sync::RunRecord> lastFinished() const;
    std::optional<Sync::RunRecord> current() const;

    // Deletes finished runs (and their row errors) that ended before `cutoff`.
    int purgeFinishedBefore(const QDateTime &cutoff);

    static bool processIsAlive(qint64 pid);

private:
    QList<Sync::RunRecord> select(const QString &where, const QVariantList &binds, int limit) const;
    void loadCounts(Sync::RunRecord &run) const;

    const WorkspaceDatabase &m_database;
};
