#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Vocabulary of the sync engine, shared by the engine, the stores, the UI and the CLI.
namespace Sync {

enum class RunState
{
    Queued,
    Running,
    Completed,
    CompletedWithErrors,
    Failed,
    Cancelled,
    Interrupted // found "running" after the process that ran it died
};

enum class Trigger
{
    Manual,
    Scheduled,
    Setup,
    Retry,
    DryRun
};

enum class Scope
{
    AllCustomers,
    LinkedOnly
};

QString toString(RunState state);
QString toString(Trigger trigger);
QString toString(Scope scope);
RunState runStateFromString(const QString &text);
Trigger triggerFromString(const QString &text);
Scope scopeFromString(const QString &text);
// Words for people ("Completed with errors"), translated.
QString displayName(RunState state);
QString displayName(Trigger trigger);
bool isFinished(RunState state);

// Counts of one object in one run. "attempted" is the rows that changed since the last sync
// and were therefore sent (seed 000), not the object's total.
struct ObjectCounts
{
    QString object;
    int position = 0;
    qint64 readRows = 0;
    qint64 attempted = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    QString method;       // "collections", "bulk" or empty when nothing was sent
    qint64 bytesSent = 0; // CSV uploaded by Bulk jobs
};

struct RunRecord
{
    qint64 id = 0;
    Trigger trigger = Trigger::Manual;
    RunState state = RunState::Queued;
    bool fullSync = false;
    QStringList objects; // empty: every object
    Scope scope = Scope::AllCustomers;
    qint64 retryOf = 0;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 ownerPid = 0;
    QString ownerHost;
    QDateTime heartbeatAt;
    QString message;
    qint64 metronomeCalls = 0;
    qint64 salesforceCalls = 0;
    qint64 salesforceWrites = 0;
    qint64 readMs = 0; // reading Metronome (and comparing)
    qint64 loadMs = 0; // writing Salesforce
    QList<ObjectCounts> counts;

    qint64 totalAttempted() const;
    qint64 totalSucceeded() const;
    qint64 totalFailed() const;
    qint64 totalSkipped() const;
};

// A row that did not make it: failed in Salesforce (or before sending), or skipped because
// its parent failed in the same run.
struct RowError
{
    enum class Kind
    {
        Failed,
        Skipped
    };
    qint64 id = 0;
    qint64 runId = 0;
    QString object;
    QString externalId;
    Kind kind = Kind::Failed;
    QString statusCode;
    QString message;
    QStringList fields;
    QString recordId; // the Salesforce Id when the record exists
    QString parentObject;
    QString parentKey;
    QString customerId;
    QString payload; // the record as it was sent (never a secret)
};

// Progress reported while a run works.
struct Progress
{
    enum class Phase
    {
        Preparing,
        Reading,
        Loading,
        Finishing
    };
    qint64 runId = 0;
    Phase phase = Phase::Preparing;
    QString object; // while loading
    qint64 done = 0;
    qint64 total = 0;
    QString detail;
};

} // namespace Sync

Q_DECLARE_METATYPE(Sync::RunState)
Q_DECLARE_METATYPE(Sync::ObjectCounts)
Q_DECLARE_METATYPE(Sync::Progress)
