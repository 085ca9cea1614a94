#include "CustomerFilterProxy.h"

#include "CustomerListModel.h"

#include <algorithm>
#include <numeric>

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
    m_customers = qobject_cast<CustomerListModel *>(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this]() {
            beginResetModel();
            resort();
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
    resort();
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
    resort();
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
    // The list model is read directly: 100,000 QVariants per keystroke would cost more than
    // the search itself.
    bool linked = false;
    bool hasError = false;
    if (m_customers) {
        const CustomerEntry &c = m_customers->customerAt(sourceRow);
        linked = c.isLinked();
        hasError = !c.lastErrorCode.isEmpty();
    } else {
        const QModelIndex index = sourceModel()->index(sourceRow, 0);
        linked = index.data(CustomerListModel::LinkedRole).toBool();
        hasError = index.data(CustomerListModel::HasErrorRole).toBool();
    }
    switch (m_status) {
    case Status::All:
        break;
    case Status::Linked:
        if (!linked) {
            return false;
        }
        break;
    case Status::Orphans:
        if (linked) {
            return false;
        }
        break;
    case Status::WithErrors:
        if (!hasError) {
            return false;
        }
        break;
    }
    if (m_terms.isEmpty()) {
        return true;
    }
    const QString text =
        m_customers ? m_customers->searchTextAt(sourceRow)
                    : sourceModel()->index(sourceRow, 0).data(CustomerListModel::SearchTextRole).toString();
    for (const QString &term : m_terms) {
        if (!text.contains(term)) {
            return false;
        }
    }
    return true;
}

void CustomerFilterProxy::resort()
{
    // All source rows in the sort order, computed once per sort or reset; filtering then only
    // walks this order, so a filter change never sorts again.
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_order.resize(rows);
    std::iota(m_order.begin(), m_order.end(), 0);
    if (m_sortColumn < 0 || rows == 0) {
        return;
    }
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    const QVariant probe = sourceModel()->index(0, m_sortColumn).data(CustomerListModel::SortRole);
    const bool numeric =
        probe.metaType().id() == QMetaType::Int || probe.metaType().id() == QMetaType::LongLong ||
        probe.metaType().id() == QMetaType::Double || probe.metaType().id() == QMetaType::Bool;
    if (numeric) {
        QVector<double> keys(rows);
        for (int row = 0; row < rows; ++row) {
            keys[row] = sourceModel()->index(row, m_sortColumn).data(CustomerListModel::SortRole).toDouble();
        }
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            return descending ? keys.at(b) < keys.at(a) : keys.at(a) < keys.at(b);
        });
        return;
    }
    QVector<QString> keys(rows);
    for (int row = 0; row < rows; ++row) {
        keys[row] = sourceModel()->index(row, m_sortColumn).data(CustomerListModel::SortRole).toString();
    }
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return descending ? QString::compare(keys.at(b), keys.at(a)) < 0
                          : QString::compare(keys.at(a), keys.at(b)) < 0;
    });
}

void CustomerFilterProxy::rebuild()
{
    m_proxyToSource.clear();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    m_sourceToProxy.fill(-1, rows);
    if (!sourceModel() || m_order.size() != rows) {
        return;
    }
    m_proxyToSource.reserve(rows);
    for (const int row : std::as_const(m_order)) {
        if (accepts(row)) {
            m_sourceToProxy[row] = static_cast<int>(m_proxyToSource.size());
            m_proxyToSource.append(row);
        }
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
