#pragma once

#include "linking/CustomerEntry.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QVector>

// Every Metronome customer of the workspace, one row each. Sorting and filtering happen in
// CustomerFilterProxy; SortRole gives each column a value that sorts correctly (numbers as
// numbers, dates as dates).
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        AliasesColumn,
        AccountsColumn,
        StatusColumn,
        SpendColumn,
        LastSyncedColumn,
        LastErrorColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        SearchTextRole, // everything search-as-you-type matches against, lower case
        LinkedRole,
        HasErrorRole,
        CustomerIdRole,
        SpendRole // double, for ranking
    };

    explicit CustomerListModel(QObject *parent = nullptr);

    void setCustomers(QVector<CustomerEntry> customers);
    const CustomerEntry &customerAt(int row) const { return m_customers.at(row); }
    // What search-as-you-type matches against (lower case).
    const QString &searchTextAt(int row) const { return m_searchText.at(row); }
    int rowOfCustomer(const QString &customerId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatSpend(const CustomerEntry &customer);

private:
    QVector<CustomerEntry> m_customers;
    QVector<QString> m_searchText;
    QHash<QString, int> m_rowById;
    QIcon m_linkedIcon;
    QIcon m_orphanIcon;
    QIcon m_errorIcon;
};
