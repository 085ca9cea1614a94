#include "models/RunFilterProxyModel.h"

#include "models/RunListModel.h"
#include "sync/SyncTypes.h"

RunFilterProxyModel::RunFilterProxyModel(Kind kind, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_kind(kind)
{
    setSortRole(RunListModel::SortRole);
    setDynamicSortFilter(true);
}

bool RunFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto state = static_cast<Sync::RunState>(index.data(RunListModel::StateRole).toInt());
    // Same split as RunRepository::Filter.
    const bool incomplete = state == Sync::RunState::Running || state == Sync::RunState::Queued ||
                            state == Sync::RunState::Interrupted;
    return m_kind == Kind::Incomplete ? incomplete : !incomplete;
}
