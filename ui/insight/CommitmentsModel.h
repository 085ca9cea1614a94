#pragma once

#include "insight/CustomerInsight.h"

#include <QAbstractTableModel>

// Commits and credits (prepaid, postpaid, credit) and legacy credit grants: priority, access
// period, total, cost, current balance (draft included), cost basis and the badge.
class CommitmentsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Priority,
        Access,
        Total,
        Cost,
        Balance,
        CostBasis,
        Salesforce,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // exact figures as doubles, for tests and sorting

    using QAbstractTableModel::QAbstractTableModel;

    void setCommitments(const QList<CustomerInsight::Commitment> &commitments, const QDateTime &asOf);
    const CustomerInsight::Commitment &commitment(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerInsight::Commitment> m_items;
    QDateTime m_asOf;
};
