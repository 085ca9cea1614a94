#pragma once

#include "sync/SyncTypes.h"

#include <QAbstractTableModel>
#include <QHash>

class QTimer;
class WorkspaceDatabase;

// The runs of one workspace, newest first (the Syncs page's two tabs filter it). Reads the
// database only on reload() and refreshRun(); while a run works its totals are updated in
// place from the counts the sync reports, with dataChanged for the cells that moved.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        TriggerColumn,
        StartedColumn,
        DurationColumn,
        StateColumn,
        AttemptedColumn,
        SucceededColumn,
        FailedColumn,
        SkippedColumn,
        RetryOfColumn,
        ColumnCount
    };
    enum Role
    {
        RunIdRole = Qt::UserRole + 1,
        StateRole, // Sync::RunState as int
        SortRole,
        RetryOfRole,
    };

    static constexpr int MaxRuns = 200;

    explicit RunListModel(const WorkspaceDatabase &database, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    // Reads one run again (after it started or ended) and inserts or updates its row.
    void refreshRun(qint64 runId);
    void upsertRun(const Sync::RunRecord &run);
    // Live totals while a run works.
    void applyCounts(qint64 runId, const Sync::ObjectCounts &counts);

    int rowOf(qint64 runId) const;
    const Sync::RunRecord *run(qint64 runId) const;
    const Sync::RunRecord &runAt(int row) const { return m_runs.at(row); }

private:
    void rebuildIndex();
    void tickDurations();

    const WorkspaceDatabase &m_database;
    QList<Sync::RunRecord> m_runs;
    QHash<qint64, int> m_rowById;
    QTimer *m_clock = nullptr;
};
