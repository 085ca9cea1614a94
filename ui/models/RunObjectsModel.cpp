#include "models/RunObjectsModel.h"

#include "DisplayFormat.h"

#include <QColor>

using namespace Sync;

RunObjectsModel::RunObjectsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RunObjectsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RunObjectsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunObjectsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ObjectCounts &c = m_rows.at(index.row());
    const qint64 done = c.succeeded + c.failed + c.skipped;
    switch (role) {
    case ObjectRole:
        return c.object;
    case ProblemRowsRole:
        return c.failed + c.skipped;
    case ProgressRole:
        // A bar while the run works; once it ended, words say more than a row of full bars.
        if (!m_running || c.attempted <= 0) {
            return -1.0;
        }
        return std::min(1.0, static_cast<double>(done) / static_cast<double>(c.attempted));
    case ProgressTextRole:
        if (c.attempted <= 0) {
            return tr("No changes");
        }
        if (m_running) {
            return tr("%1 of %2").arg(DisplayFormat::number(done), DisplayFormat::number(c.attempted));
        }
        if (done < c.attempted) {
            return tr("Stopped after %1 of %2")
                .arg(DisplayFormat::number(done), DisplayFormat::number(c.attempted));
        }
        if (c.failed + c.skipped > 0) {
            return tr("%1 not sent").arg(DisplayFormat::number(c.failed + c.skipped));
        }
        return tr("All sent");
    case Qt::DisplayRole:
        switch (index.column()) {
        case ObjectColumn:
            return m_labels.value(c.object, c.object);
        case ReadColumn:
            return DisplayFormat::number(c.readRows);
        case AttemptedColumn:
            return DisplayFormat::number(c.attempted);
        case SucceededColumn:
            return DisplayFormat::number(c.succeeded);
        case FailedColumn:
            return DisplayFormat::number(c.failed);
        case SkippedColumn:
            return DisplayFormat::number(c.skipped);
        case ProgressColumn:
            return data(index, ProgressTextRole);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case ObjectColumn:
            return c.position;
        case ReadColumn:
            return c.readRows;
        case AttemptedColumn:
            return c.attempted;
        case SucceededColumn:
            return c.succeeded;
        case FailedColumn:
            return c.failed;
        case SkippedColumn:
            return c.skipped;
        case ProgressColumn:
            return data(index, ProgressRole);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ObjectColumn) {
            return c.method.isEmpty()
                       ? c.object
                       : tr("%1\nSent with %2")
                             .arg(c.object, c.method == QLatin1String("bulk") ? tr("Bulk API 2.0")
                                                                              : tr("sObject Collections"));
        }
        if (index.column() == ReadColumn) {
            return tr("Rows read from Metronome; only those that changed are sent");
        }
        break;
    case Qt::ForegroundRole:
        if ((index.column() == FailedColumn && c.failed > 0) ||
            (index.column() == SkippedColumn && c.skipped > 0)) {
            return QColor(0xb9, 0x1c, 0x1c);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() >= ReadColumn && index.column() <= SkippedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant RunObjectsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (section >= ReadColumn && section <= SkippedColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ReadColumn:
            return tr("Rows read from Metronome");
        case AttemptedColumn:
            return tr(
                "Rows that changed since the last sync and were therefore sent (not the object's total)");
        case SkippedColumn:
            return tr("Rows not sent because their parent failed in the same run");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case ObjectColumn:
        return tr("Object");
    case ReadColumn:
        return tr("Read");
    case AttemptedColumn:
        return tr("Attempted");
    case SucceededColumn:
        return tr("Succeeded");
    case FailedColumn:
        return tr("Failed");
    case SkippedColumn:
        return tr("Skipped");
    case ProgressColumn:
        return tr("Progress");
    }
    return {};
}

void RunObjectsModel::setRun(const RunRecord &run)
{
    beginResetModel();
    m_runId = run.id;
    m_running = run.state == RunState::Running;
    m_rows = run.counts;
    std::sort(m_rows.begin(), m_rows.end(),
              [](const ObjectCounts &a, const ObjectCounts &b) { return a.position < b.position; });
    endResetModel();
}

void RunObjectsModel::clear()
{
    beginResetModel();
    m_runId = 0;
    m_running = false;
    m_rows.clear();
    endResetModel();
}

void RunObjectsModel::setRunning(bool running)
{
    if (m_running == running) {
        return;
    }
    m_running = running;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, ProgressColumn), index(rowCount() - 1, ProgressColumn));
    }
}

void RunObjectsModel::applyCounts(qint64 runId, const ObjectCounts &counts)
{
    if (runId != m_runId) {
        return;
    }
    const int row = rowOf(counts.object);
    if (row < 0) {
        int at = 0;
        while (at < m_rows.size() && m_rows.at(at).position <= counts.position) {
            ++at;
        }
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, counts);
        endInsertRows();
        return;
    }
    const ObjectCounts before = m_rows.at(row);
    m_rows[row] = counts;
    // Only the cells that moved: a large run reports many times a second.
    int first = ColumnCount;
    int last = -1;
    auto touch = [&](int column, bool changed) {
        if (changed) {
            first = std::min(first, column);
            last = std::max(last, column);
        }
    };
    touch(ObjectColumn, before.method != counts.method);
    touch(ReadColumn, before.readRows != counts.readRows);
    touch(AttemptedColumn, before.attempted != counts.attempted);
    touch(SucceededColumn, before.succeeded != counts.succeeded);
    touch(FailedColumn, before.failed != counts.failed);
    touch(SkippedColumn, before.skipped != counts.skipped);
    if (last >= 0) {
        touch(ProgressColumn, true);
        emit dataChanged(index(row, first), index(row, last));
    }
}

int RunObjectsModel::rowOf(const QString &object) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).object == object) {
            return row;
        }
    }
    return -1;
}
