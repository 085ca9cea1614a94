#pragma once

#include "sync/SyncTypes.h"

#include <QAbstractTableModel>
#include <QHash>

// The detail of one run: a line per object with read, attempted (changed since the last
// sync, seed 000), succeeded, failed and skipped rows, and the object's progress while the
// run works. Live counts arrive through applyCounts(); only the changed cells are signalled.
class RunObjectsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ObjectColumn,
        ReadColumn,
        AttemptedColumn,
        SucceededColumn,
        FailedColumn,
        SkippedColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role
    {
        ObjectRole = Qt::UserRole + 1, // API name
        // Fraction done in [0, 1], or -1 when there is nothing to show as a bar.
        ProgressRole,
        ProgressTextRole,
        ProblemRowsRole, // failed + skipped
        SortRole,
    };

    explicit RunObjectsModel(QObject *parent = nullptr);

    void setObjectLabels(const QHash<QString, QString> &labels) { m_labels = labels; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRun(const Sync::RunRecord &run);
    void clear();
    qint64 runId() const { return m_runId; }
    bool isRunning() const { return m_running; }
    void setRunning(bool running);
    void applyCounts(qint64 runId, const Sync::ObjectCounts &counts);

    int rowOf(const QString &object) const;
    const Sync::ObjectCounts &countsAt(int row) const { return m_rows.at(row); }

private:
    qint64 m_runId = 0;
    bool m_running = false;
    QList<Sync::ObjectCounts> m_rows;
    QHash<QString, QString> m_labels;
};
