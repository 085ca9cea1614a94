#include "insight/InvoiceFilterProxy.h"

#include "insight/InvoiceTreeModel.h"

void InvoiceFilterProxy::setStatus(const QString &status)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
    m_status = status;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_status = status;
    invalidateFilter();
#endif
}

bool InvoiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_status.isEmpty()) {
        return true;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(InvoiceTreeModel::StatusRole).toString() == m_status;
}
