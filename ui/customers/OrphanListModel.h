#pragma once

#include "linking/CustomerEntry.h"

#include <QAbstractTableModel>
#include <QVector>

// Customers with no linked account, ranked by current-month spend; the top 10 % (with any
// spend) are marked as lead candidates, as seed 002 suggests.
class OrphanListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        NameColumn,
        IdColumn,
        SpendColumn,
        LeadColumn,
        SuggestionColumn,
        ColumnCount
    };
    enum Role
    {
        CustomerIdRole = Qt::UserRole + 1,
        LeadRole,
        SuggestedAccountRole // the suggested Account ID, if any
    };

    explicit OrphanListModel(QObject *parent = nullptr);

    // Takes every customer and keeps the orphans.
    void setCustomers(const QVector<CustomerEntry> &customers);
    // A suggested account for a customer: "Name (001...)" and how sure (0..1).
    void setSuggestion(const QString &customerId, const QString &accountId, const QString &accountName,
                       double score);
    void clearSuggestions();
    const CustomerEntry &orphanAt(int row) const { return m_orphans.at(row); }
    int rowOf(const QString &customerId) const { return m_rowById.value(customerId, -1); }
    int leadCount() const { return m_leadCount; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static int leadCandidateCount(int orphansWithSpend, int orphans);

private:
    struct Suggestion
    {
        QString accountId;
        QString accountName;
        double score = 0;
    };
    QVector<CustomerEntry> m_orphans;
    QHash<QString, Suggestion> m_suggestions;
    QHash<QString, int> m_rowById;
    int m_leadCount = 0;
};
