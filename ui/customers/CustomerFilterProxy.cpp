#include "CustomerFilterProxy.h"

#include "CustomerListModel.h"

#include <algorithm>

CustomerFilterProxy::CustomerFilterProxy(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void CustomerFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    beginResetModel();
    if (sourceModel()) {
        disconnect(sourceModel(), nullptr, this, nullptr);
    }
    QAbstractProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this]() {
            beginResetModel();
            rebuild();
            endResetModel();
        });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                        const QModelIndex left = mapFromSource(sourceModel()->index(row, topLeft.column()));
                        const QModelIndex right =
                            mapFromSource(sourceModel()->index(row, bottomRight.column()));
                        if (left.isValid()) {
                            emit dataChanged(left, right, roles);
                        }
                    }
                });
        connect(model, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void CustomerFilterProxy::setSearchText(const QString &text)
{
    const QStringList terms = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms == m_terms) {
        return;
    }
    beginResetModel();
    m_terms = terms;
    rebuild();
    endResetModel();
}

void CustomerFilterProxy::setStatus(Status status)
{
    if (status == m_status) {
        return;
    }
    beginResetModel();
    m_status = status;
    rebuild();
    endResetModel();
}

void CustomerFilterProxy::sort(int column, Qt::SortOrder order)
{
    emit layoutAboutToBeChanged();
    const QModelIndexList persistent = persistentIndexList();
    QList<int> persistentSourceRows;
    for (const QModelIndex &index : persistent) {
        persistentSourceRows.append(index.isValid() ? m_proxyToSource.value(index.row(), -1) : -1);
    }
    m_sortColumn = column;
    m_sortOrder = order;
    rebuild();
    QModelIndexList to;
    for (int i = 0; i < persistent.size(); ++i) {
        const int sourceRow = persistentSourceRows.at(i);
        const int proxyRow = sourceRow >= 0 ? m_sourceToProxy.value(sourceRow, -1) : -1;
        to.append(proxyRow >= 0 ? createIndex(proxyRow, persistent.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(persistent, to);
    emit layoutChanged();
}

bool CustomerFilterProxy::accepts(int sourceRow) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    switch (m_status) {
    case Status::All:
        break;
    case Status::Linked:
        if (!index.data(CustomerListModel::LinkedRole).toBool()) {
            return false;
        }
        break;
    case Status::Orphans:
        if (index.data(CustomerListModel::LinkedRole).toBool()) {
            return false;
        }
        break;
    case Status::WithErrors:
        if (!index.data(CustomerListModel::HasErrorRole).toBool()) {
            return false;
        }
        break;
    }
    if (m_terms.isEmpty()) {
        return true;
    }
    const QString text = index.data(CustomerListModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term)) {
            return false;
        }
    }
    return true;
}

void CustomerFilterProxy::rebuild()
{
    m_proxyToSource.clear();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sourceToProxy.fill(-1, rows);
    if (!sourceModel()) {
        return;
    }
    m_proxyToSource.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        if (accepts(row)) {
            m_proxyToSource.append(row);
        }
    }
    if (m_sortColumn >= 0) {
        // Sort keys read once per row, then compared in memory.
        QVector<QVariant> keys(rows);
        for (int row : std::as_const(m_proxyToSource)) {
            keys[row] = sourceModel()->index(row, m_sortColumn).data(CustomerListModel::SortRole);
        }
        const bool descending = m_sortOrder == Qt::DescendingOrder;
        std::stable_sort(m_proxyToSource.begin(), m_proxyToSource.end(), [&](int a, int b) {
            const QVariant &ka = keys.at(a);
            const QVariant &kb = keys.at(b);
            const QPartialOrdering order = QVariant::compare(ka, kb);
            if (order == QPartialOrdering::Less) {
                return !descending;
            }
            if (order == QPartialOrdering::Greater) {
                return descending;
            }
            return false;
        });
    }
    for (int i = 0; i < m_proxyToSource.size(); ++i) {
        m_sourceToProxy[m_proxyToSource.at(i)] = i;
    }
}

QModelIndex CustomerFilterProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.row() >= m_proxyToSource.size()) {
        return QModelIndex();
    }
    return sourceModel()->index(m_proxyToSource.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex CustomerFilterProxy::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= m_sourceToProxy.size()) {
        return QModelIndex();
    }
    const int row = m_sourceToProxy.at(sourceIndex.row());
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex CustomerFilterProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= m_proxyToSource.size() || column < 0 ||
        column >= columnCount()) {
        return QModelIndex();
    }
    return createIndex(row, column);
}

QModelIndex CustomerFilterProxy::parent(const QModelIndex &) const
{
    return QModelIndex();
}

int CustomerFilterProxy::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int CustomerFilterProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}
