#include "models/RunListModel.h"

#include "DisplayFormat.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RunRepository.h"

#include <QTimer>

using namespace Sync;

RunListModel::RunListModel(const WorkspaceDatabase &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_clock(new QTimer(this))
{
    // The duration of a running run moves every second; nothing else needs a timer.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &RunListModel::tickDurations);
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RunRecord &run = m_runs.at(index.row());
    switch (role) {
    case RunIdRole:
        return run.id;
    case StateRole:
        return static_cast<int>(run.state);
    case RetryOfRole:
        return run.retryOf;
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return tr("#%1").arg(run.id);
        case TriggerColumn:
            return DisplayFormat::triggerText(run);
        case StartedColumn:
            return DisplayFormat::localTime(run.startedAt.isValid() ? run.startedAt : run.queuedAt);
        case DurationColumn:
            return DisplayFormat::duration(DisplayFormat::runSeconds(run));
        case StateColumn:
            return displayName(run.state);
        case AttemptedColumn:
            return DisplayFormat::number(run.totalAttempted());
        case SucceededColumn:
            return DisplayFormat::number(run.totalSucceeded());
        case FailedColumn:
            return DisplayFormat::number(run.totalFailed());
        case SkippedColumn:
            return DisplayFormat::number(run.totalSkipped());
        case RetryOfColumn:
            return run.retryOf > 0 ? tr("retry of #%1").arg(run.retryOf) : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
        case StartedColumn:
            return run.id;
        case TriggerColumn:
            return DisplayFormat::triggerText(run);
        case DurationColumn:
            return DisplayFormat::runSeconds(run);
        case StateColumn:
            return displayName(run.state);
        case AttemptedColumn:
            return run.totalAttempted();
        case SucceededColumn:
            return run.totalSucceeded();
        case FailedColumn:
            return run.totalFailed();
        case SkippedColumn:
            return run.totalSkipped();
        case RetryOfColumn:
            return run.retryOf;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == StateColumn) {
            return DisplayFormat::stateIcon(run.state);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn || index.column() == TriggerColumn) {
            return run.message.isEmpty() ? QVariant() : QVariant(run.message);
        }
        if (index.column() == StartedColumn && run.startedAt.isValid()) {
            return QLocale().toString(run.startedAt.toLocalTime(), QLocale::LongFormat);
        }
        if (index.column() == AttemptedColumn) {
            return tr("Rows that changed since the last sync and were therefore sent");
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= AttemptedColumn && index.column() <= SkippedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (section >= AttemptedColumn && section <= SkippedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && section == AttemptedColumn) {
        return tr("Rows that changed since the last sync and were therefore sent (not the object's total)");
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("Run");
    case TriggerColumn:
        return tr("Trigger");
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case StateColumn:
        return tr("State");
    case AttemptedColumn:
        return tr("Attempted");
    case SucceededColumn:
        return tr("Succeeded");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case RetryOfColumn:
        return tr("Linked");
    }
    return {};
}

void RunListModel::reload()
{
    const QList<RunRecord> runs = RunRepository(m_database).runs(RunRepository::Filter::All, MaxRuns);
    beginResetModel();
    m_runs = runs;
    rebuildIndex();
    endResetModel();
    tickDurations();
}

void RunListModel::refreshRun(qint64 runId)
{
    if (const std::optional<RunRecord> run = RunRepository(m_database).run(runId)) {
        upsertRun(*run);
    }
}

void RunListModel::upsertRun(const RunRecord &run)
{
    const int row = rowOf(run.id);
    if (row >= 0) {
        m_runs[row] = run;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else {
        // Newest first: a new run goes above every older one.
        int at = 0;
        while (at < m_runs.size() && m_runs.at(at).id > run.id) {
            ++at;
        }
        beginInsertRows(QModelIndex(), at, at);
        m_runs.insert(at, run);
        rebuildIndex();
        endInsertRows();
    }
    tickDurations();
}

void RunListModel::applyCounts(qint64 runId, const ObjectCounts &counts)
{
    const int row = rowOf(runId);
    if (row < 0) {
        return;
    }
    RunRecord &run = m_runs[row];
    bool found = false;
    for (ObjectCounts &c : run.counts) {
        if (c.object == counts.object) {
            c = counts;
            found = true;
            break;
        }
    }
    if (!found) {
        run.counts.append(counts);
    }
    emit dataChanged(index(row, AttemptedColumn), index(row, SkippedColumn), {Qt::DisplayRole, SortRole});
}

int RunListModel::rowOf(qint64 runId) const
{
    return m_rowById.value(runId, -1);
}

const RunRecord *RunListModel::run(qint64 runId) const
{
    const int row = rowOf(runId);
    return row >= 0 ? &m_runs.at(row) : nullptr;
}

void RunListModel::rebuildIndex()
{
    m_rowById.clear();
    for (int row = 0; row < m_runs.size(); ++row) {
        m_rowById.insert(m_runs.at(row).id, row);
    }
}

void RunListModel::tickDurations()
{
    bool anyRunning = false;
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).state == RunState::Running) {
            anyRunning = true;
            if (m_clock->isActive()) {
                emit dataChanged(index(row, DurationColumn), index(row, DurationColumn), {Qt::DisplayRole});
            }
        }
    }
    if (anyRunning && !m_clock->isActive()) {
        m_clock->start();
    } else if (!anyRunning) {
        m_clock->stop();
    }
}
