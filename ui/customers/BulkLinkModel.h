#pragma once

#include "linking/LinkTypes.h"

#include <QAbstractTableModel>
#include <QIcon>

// The rows of a bulk link file with their verdicts (before anything is written) and, once
// applied, what happened to each.
class BulkLinkModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        CustomerColumn,
        CustomerNameColumn,
        AccountColumn,
        AccountNameColumn,
        VerdictColumn,
        ResultColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role
    {
        VerdictRole = Qt::UserRole + 1
    };

    explicit BulkLinkModel(QObject *parent = nullptr);

    void setRows(const QList<Linking::BulkRow> &rows);
    const QList<Linking::BulkRow> &rows() const { return m_rows; }
    int countWithVerdict(Linking::BulkVerdict verdict) const;
    int applicableCount() const { return countWithVerdict(Linking::BulkVerdict::Ok); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Linking::BulkRow> m_rows;
    QIcon m_ok;
    QIcon m_idle;
    QIcon m_problem;
    QIcon m_warning;
};
