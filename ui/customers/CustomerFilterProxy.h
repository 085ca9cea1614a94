#pragma once

#include <QAbstractProxyModel>
#include <QPointer>
#include <QVector>

class CustomerListModel;

// Search-as-you-type over name, ID, aliases and accounts, a status filter, and sorting by
// any column. Unlike QSortFilterProxyModel it recomputes the visible rows in one pass and
// resets, which keeps a 100,000-row table fast: a filter that hides 60,000 rows is one reset,
// not thousands of row-removal signals.
class CustomerFilterProxy : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class Status
    {
        All,
        Linked,
        Orphans,
        WithErrors
    };

    explicit CustomerFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    void setSearchText(const QString &text);
    void setStatus(Status status);
    Status status() const { return m_status; }
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;

private:
    void resort();
    void rebuild();
    bool accepts(int sourceRow) const;

    QPointer<CustomerListModel> m_customers; // the source, when it is one (fast path)
    QVector<int> m_order;                    // every source row, in the sort order
    QStringList m_terms;
    Status m_status = Status::All;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<int> m_proxyToSource;
    QVector<int> m_sourceToProxy;
};
