#include "sync/SyncTypes.h"

#include <QCoreApplication>

namespace Sync {

QString toString(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return QStringLiteral("queued");
    case RunState::Running:
        return QStringLiteral("running");
    case RunState::Completed:
        return QStringLiteral("completed");
    case RunState::CompletedWithErrors:
        return QStringLiteral("completed_with_errors");
    case RunState::Failed:
        return QStringLiteral("failed");
    case RunState::Cancelled:
        return QStringLiteral("cancelled");
    case RunState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return QStringLiteral("failed");
}

RunState runStateFromString(const QString &text)
{
    for (RunState s :
         {RunState::Queued, RunState::Running, RunState::Completed, RunState::CompletedWithErrors,
          RunState::Failed, RunState::Cancelled, RunState::Interrupted}) {
        if (toString(s) == text) {
            return s;
        }
    }
    return RunState::Failed;
}

QString toString(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Manual:
        return QStringLiteral("manual");
    case Trigger::Scheduled:
        return QStringLiteral("scheduled");
    case Trigger::Setup:
        return QStringLiteral("setup");
    case Trigger::Retry:
        return QStringLiteral("retry");
    case Trigger::DryRun:
        return QStringLiteral("dry_run");
    }
    return QStringLiteral("manual");
}

Trigger triggerFromString(const QString &text)
{
    for (Trigger t : {Trigger::Manual, Trigger::Scheduled, Trigger::Setup, Trigger::Retry, Trigger::DryRun}) {
        if (toString(t) == text) {
            return t;
        }
    }
    return Trigger::Manual;
}

QString toString(Scope scope)
{
    return scope == Scope::LinkedOnly ? QStringLiteral("linked") : QStringLiteral("all");
}

Scope scopeFromString(const QString &text)
{
    return text == QLatin1String("linked") ? Scope::LinkedOnly : Scope::AllCustomers;
}

QString displayName(RunState state)
{
    switch (state) {
    case RunState::Queued:
        return QCoreApplication::translate("Sync", "Queued");
    case RunState::Running:
        return QCoreApplication::translate("Sync", "Running");
    case RunState::Completed:
        return QCoreApplication::translate("Sync", "Completed");
    case RunState::CompletedWithErrors:
        return QCoreApplication::translate("Sync", "Completed with errors");
    case RunState::Failed:
        return QCoreApplication::translate("Sync", "Failed");
    case RunState::Cancelled:
        return QCoreApplication::translate("Sync", "Cancelled");
    case RunState::Interrupted:
        return QCoreApplication::translate("Sync", "Interrupted");
    }
    return QString();
}

QString displayName(Trigger trigger)
{
    switch (trigger) {
    case Trigger::Manual:
        return QCoreApplication::translate("Sync", "Manual");
    case Trigger::Scheduled:
        return QCoreApplication::translate("Sync", "Scheduled");
    case Trigger::Setup:
        return QCoreApplication::translate("Sync", "Setup");
    case Trigger::Retry:
        return QCoreApplication::translate("Sync", "Retry");
    case Trigger::DryRun:
        return QCoreApplication::translate("Sync", "Dry run");
    }
    return QString();
}

bool isFinished(RunState state)
{
    return state != RunState::Queued && state != RunState::Running;
}

namespace {
template<typename Field>
qint64 sum(const QList<ObjectCounts> &counts, Field field)
{
    qint64 total = 0;
    for (const ObjectCounts &c : counts) {
        total += c.*field;
    }
    return total;
}
} // namespace

qint64 RunRecord::totalAttempted() const
{
    return sum(counts, &ObjectCounts::attempted);
}

qint64 RunRecord::totalSucceeded() const
{
    return sum(counts, &ObjectCounts::succeeded);
}

qint64 RunRecord::totalFailed() const
{
    return sum(counts, &ObjectCounts::failed);
}

qint64 RunRecord::totalSkipped() const
{
    return sum(counts, &ObjectCounts::skipped);
}

} // namespace Sync
