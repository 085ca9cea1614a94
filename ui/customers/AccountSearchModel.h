#pragma once

#include "linking/LinkTypes.h"

#include <QAbstractTableModel>

// Salesforce accounts found by name in the link dialog.
class AccountSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        IdColumn,
        WebsiteColumn,
        ColumnCount
    };

    explicit AccountSearchModel(QObject *parent = nullptr);

    void setAccounts(const QList<Linking::Account> &accounts);
    const Linking::Account &accountAt(int row) const { return m_accounts.at(row); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Linking::Account> m_accounts;
};
