#pragma once

#include "store/AuditEntry.h"

#include <QAbstractTableModel>
#include <QList>

// Lines of the audit log, newest first: who changed which customer's links, when, from
// what to what, and what happened in Salesforce.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        WhoColumn,
        ActionColumn,
        SubjectColumn,
        BeforeColumn,
        AfterColumn,
        DetailColumn,
        ColumnCount
    };

    explicit AuditLogModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const AuditEntry &entryAt(int row) const { return m_entries.at(row); }
    static QString actionText(const QString &action);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};
