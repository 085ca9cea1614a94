#include "wizard/ChecklistFilterProxy.h"

#include "wizard/PackageChecklistModel.h"

void ChecklistFilterProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly) {
        return;
    }
    m_problemsOnly = on;
    invalidateFilter();
}

bool ChecklistFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_problemsOnly) {
        return true;
    }
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    if (!index.data(PackageChecklistModel::OkRole).toBool()) {
        return true;
    }
    // An object line stays when one of its fields is red.
    const QString object = index.data(PackageChecklistModel::ObjectRole).toString();
    if (object.isEmpty() || !index.data(PackageChecklistModel::FieldRole).toString().isEmpty()) {
        return false;
    }
    for (int row = sourceRow + 1; row < model->rowCount(sourceParent); ++row) {
        const QModelIndex field = model->index(row, 0, sourceParent);
        if (field.data(PackageChecklistModel::ObjectRole).toString() != object) {
            break;
        }
        if (!field.data(PackageChecklistModel::OkRole).toBool()) {
            return true;
        }
    }
    return false;
}
