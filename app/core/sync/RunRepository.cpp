#include "sync/RunRepository.h"

#include "logging/LogCategories.h"
#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Sync;

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime parseTime(const QVariant &value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString hostName()
{
    return QSysInfo::machineHostName();
}

const char *kColumns = "id, trigger, state, full_sync, objects, scope, retry_of, queued_at, started_at, "
                       "finished_at, owner_pid, owner_host, heartbeat_at, message, metronome_calls, "
                       "salesforce_calls, salesforce_writes, read_ms, load_ms";

RunRecord fromQuery(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toLongLong();
    r.trigger = triggerFromString(q.value(1).toString());
    r.state = runStateFromString(q.value(2).toString());
    r.fullSync = q.value(3).toBool();
    r.objects = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.scope = scopeFromString(q.value(5).toString());
    r.retryOf = q.value(6).toLongLong();
    r.queuedAt = parseTime(q.value(7));
    r.startedAt = parseTime(q.value(8));
    r.finishedAt = parseTime(q.value(9));
    r.ownerPid = q.value(10).toLongLong();
    r.ownerHost = q.value(11).toString();
    r.heartbeatAt = parseTime(q.value(12));
    r.message = q.value(13).toString();
    r.metronomeCalls = q.value(14).toLongLong();
    r.salesforceCalls = q.value(15).toLongLong();
    r.salesforceWrites = q.value(16).toLongLong();
    r.readMs = q.value(17).toLongLong();
    r.loadMs = q.value(18).toLongLong();
    return r;
}

} // namespace

RunRepository::RunRepository(const WorkspaceDatabase &database)
    : m_database(database)
{}

bool RunRepository::processIsAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

int RunRepository::markInterrupted(bool atStartup)
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, owner_pid, owner_host, heartbeat_at FROM sync_runs WHERE state = 'running'"));
    if (!q.exec()) {
        return 0;
    }
    QList<qint64> dead;
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(-StaleAfterSeconds);
    while (q.next()) {
        const qint64 pid = q.value(1).toLongLong();
        const bool sameHost = q.value(2).toString() == hostName();
        const QDateTime beat = parseTime(q.value(3));
        const bool reusedPid = atStartup && sameHost && pid == QCoreApplication::applicationPid();
        const bool alive = sameHost ? processIsAlive(pid) : true;
        const bool stale = !beat.isValid() || beat < cutoff;
        if (reusedPid || !alive || stale) {
            dead.append(q.value(0).toLongLong());
        }
    }
    for (qint64 id : std::as_const(dead)) {
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE sync_runs SET state = 'interrupted', finished_at = COALESCE(finished_at, "
                           "heartbeat_at, started_at), message = CASE WHEN message = '' THEN ? ELSE message "
                           "END WHERE id = ? AND state = 'running'"));
        update.addBindValue(QCoreApplication::translate(
            "RunRepository", "The sync stopped unexpectedly (the app was closed or killed). The next sync "
                             "picks up everything that did not reach Salesforce."));
        update.addBindValue(id);
        update.exec();
        qCWarning(lcSync) << "run" << id << "was left running by a process that is gone; marked interrupted";
    }
    return static_cast<int>(dead.size());
}

std::optional<RunRecord> RunRepository::begin(const RunRecord &request, QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isValid()) {
        return std::nullopt;
    }
    // BEGIN IMMEDIATE takes SQLite's write lock at once, so two processes cannot both pass
    // the "nothing is running" check.
    QSqlQuery tx(db);
    if (!tx.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        if (error) {
            *error = QCoreApplication::translate("RunRepository", "The workspace database is busy: %1")
                         .arg(tx.lastError().text());
        }
        return std::nullopt;
    }
    auto rollback = [&db]() { QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); };

    markInterrupted();
    QSqlQuery running(db);
    running.prepare(
        QStringLiteral("SELECT id, owner_pid, started_at, trigger FROM sync_runs WHERE state = 'running'"));
    if (running.exec() && running.next()) {
        if (error) {
            *error = QCoreApplication::translate(
                         "RunRepository", "A sync of this workspace is already running (run %1, started %2 "
                                          "by process %3). Wait for it to finish or cancel it.")
                         .arg(running.value(0).toLongLong())
                         .arg(parseTime(running.value(2)).toLocalTime().toString(Qt::TextDate))
                         .arg(running.value(1).toLongLong());
        }
        rollback();
        return std::nullopt;
    }

    RunRecord run = request;
    run.state = RunState::Running;
    run.queuedAt = run.queuedAt.isValid() ? run.queuedAt : QDateTime::currentDateTimeUtc();
    run.startedAt = QDateTime::currentDateTimeUtc();
    run.heartbeatAt = run.startedAt;
    run.ownerPid = QCoreApplication::applicationPid();
    run.ownerHost = hostName();

    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO sync_runs(trigger, state, full_sync, objects, scope, retry_of, queued_at, started_at, "
        "owner_pid, owner_host, heartbeat_at) VALUES (?, 'running', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(toString(run.trigger));
    insert.addBindValue(run.fullSync ? 1 : 0);
    insert.addBindValue(sqlText(run.objects.join(QLatin1Char(','))));
    insert.addBindValue(toString(run.scope));
    insert.addBindValue(run.retryOf > 0 ? QVariant(run.retryOf) : QVariant());
    insert.addBindValue(run.queuedAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(run.startedAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(run.ownerPid);
    insert.addBindValue(run.ownerHost);
    insert.addBindValue(run.heartbeatAt.toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        if (error) {
            *error = insert.lastError().text();
        }
        rollback();
        return std::nullopt;
    }
    run.id = insert.lastInsertId().toLongLong();
    if (!QSqlQuery(db).exec(QStringLiteral("COMMIT"))) {
        if (error) {
            *error = db.lastError().text();
        }
        rollback();
        return std::nullopt;
    }
    qCInfo(lcSync) << "run" << run.id << "started:" << toString(run.trigger)
                   << (run.fullSync ? "full" : "incremental");
    return run;
}

bool RunRepository::heartbeat(qint64 runId)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sync_runs SET heartbeat_at = ? WHERE id = ? AND state = 'running'"));
    q.addBindValue(now());
    q.addBindValue(runId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool RunRepository::finish(qint64 runId, RunState state, const QString &message)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sync_runs SET state = ?, finished_at = ?, heartbeat_at = ?, message = ? "
                             "WHERE id = ?"));
    const QString at = now();
    q.addBindValue(toString(state));
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(sqlText(message));
    q.addBindValue(runId);
    const bool ok = q.exec();
    if (!ok) {
        qCWarning(lcSync) << "could not finish run" << runId << q.lastError().text();
    }
    return ok;
}

bool RunRepository::saveCounts(qint64 runId, const ObjectCounts &c)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_run_objects(run_id, object, position, read_rows, attempted, succeeded, failed, "
        "skipped, "
        "method, bytes_sent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(run_id, object) DO UPDATE SET "
        "position = excluded.position, read_rows = excluded.read_rows, attempted = excluded.attempted, "
        "succeeded = excluded.succeeded, failed = excluded.failed, skipped = excluded.skipped, "
        "method = excluded.method, bytes_sent = excluded.bytes_sent"));
    q.addBindValue(runId);
    q.addBindValue(sqlText(c.object));
    q.addBindValue(c.position);
    q.addBindValue(c.readRows);
    q.addBindValue(c.attempted);
    q.addBindValue(c.succeeded);
    q.addBindValue(c.failed);
    q.addBindValue(c.skipped);
    q.addBindValue(sqlText(c.method));
    q.addBindValue(c.bytesSent);
    return q.exec();
}

bool RunRepository::saveCallCounts(qint64 runId, qint64 metronomeCalls, qint64 salesforceCalls,
                                   qint64 salesforceWrites)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "UPDATE sync_runs SET metronome_calls = ?, salesforce_calls = ?, salesforce_writes = ? "
        "WHERE id = ?"));
    q.addBindValue(metronomeCalls);
    q.addBindValue(salesforceCalls);
    q.addBindValue(salesforceWrites);
    q.addBindValue(runId);
    return q.exec();
}

bool RunRepository::saveTimings(qint64 runId, qint64 readMs, qint64 loadMs)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE sync_runs SET read_ms = ?, load_ms = ? WHERE id = ?"));
    q.addBindValue(readMs);
    q.addBindValue(loadMs);
    q.addBindValue(runId);
    return q.exec();
}

QList<RunRecord> RunRepository::select(const QString &where, const QVariantList &binds, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM sync_runs %2 ORDER BY id DESC LIMIT %3")
                  .arg(QLatin1String(kColumns), where)
                  .arg(limit));
    for (const QVariant &b : binds) {
        q.addBindValue(b);
    }
    QList<RunRecord> out;
    if (!q.exec()) {
        qCWarning(lcSync) << "run query failed" << q.lastError().text();
        return out;
    }
    while (q.next()) {
        out.append(fromQuery(q));
    }
    for (RunRecord &r : out) {
        loadCounts(r);
    }
    return out;
}

void RunRepository::loadCounts(RunRecord &run) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT object, position, read_rows, attempted, succeeded, failed, skipped, method, "
                       "bytes_sent FROM sync_run_objects WHERE run_id = ? ORDER BY position, object"));
    q.addBindValue(run.id);
    if (!q.exec()) {
        return;
    }
    while (q.next()) {
        ObjectCounts c;
        c.object = q.value(0).toString();
        c.position = q.value(1).toInt();
        c.readRows = q.value(2).toLongLong();
        c.attempted = q.value(3).toLongLong();
        c.succeeded = q.value(4).toLongLong();
        c.failed = q.value(5).toLongLong();
        c.skipped = q.value(6).toLongLong();
        c.method = q.value(7).toString();
        c.bytesSent = q.value(8).toLongLong();
        run.counts.append(c);
    }
}

std::optional<RunRecord> RunRepository::run(qint64 id) const
{
    const QList<RunRecord> list = select(QStringLiteral("WHERE id = ?"), {id}, 1);
    return list.isEmpty() ? std::nullopt : std::optional<RunRecord>(list.first());
}

QList<RunRecord> RunRepository::runs(Filter filter, int limit) const
{
    switch (filter) {
    case Filter::All:
        return select(QString(), {}, limit);
    case Filter::Completed:
        return select(
            QStringLiteral("WHERE state IN ('completed', 'completed_with_errors', 'failed', 'cancelled')"),
            {}, limit);
    case Filter::Incomplete:
        return select(QStringLiteral("WHERE state IN ('running', 'queued', 'interrupted')"), {}, limit);
    }
    return {};
}

std::optional<RunRecord> RunRepository::lastFinished() const
{
    const QList<RunRecord> list = select(QStringLiteral("WHERE state NOT IN ('running', 'queued')"), {}, 1);
    return list.isEmpty() ? std::nullopt : std::optional<RunRecord>(list.first());
}

std::optional<RunRecord> RunRepository::current() const
{
    const QList<RunRecord> list = select(QStringLiteral("WHERE state = 'running'"), {}, 1);
    return list.isEmpty() ? std::nullopt : std::optional<RunRecord>(list.first());
}

int RunRepository::purgeFinishedBefore(const QDateTime &cutoff)
{
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("DELETE FROM sync_runs WHERE state NOT IN ('running', 'queued') AND finished_at < ?"));
    q.addBindValue(cutoff.toUTC().toString(Qt::ISODateWithMs));
    return q.exec() ? q.numRowsAffected() : 0;
}
