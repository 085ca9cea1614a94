#include "WorkspaceListModel.h"

#include "store/WorkspaceRegistry.h"

WorkspaceListModel::WorkspaceListModel(WorkspaceRegistry *registry, QObject *parent)
    : QAbstractListModel(parent)
    , m_registry(registry)
{
    connect(m_registry, &WorkspaceRegistry::changed, this, &WorkspaceListModel::reload);
    reload();
}

int WorkspaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_workspaces.size());
}

QVariant WorkspaceListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_workspaces.size()) {
        return {};
    }
    const WorkspaceInfo &ws = m_workspaces.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return ws.environment.isEmpty() ? ws.name : tr("%1 (%2)").arg(ws.name, ws.environment);
    case Qt::ToolTipRole:
        return tr("Workspace \"%1\", environment %2").arg(ws.name, ws.environment);
    case IdRole:
        return ws.id;
    case EnvironmentRole:
        return ws.environment;
    default:
        return {};
    }
}

void WorkspaceListModel::reload()
{
    beginResetModel();
    m_workspaces = m_registry->list();
    endResetModel();
}

int WorkspaceListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_workspaces.size(); ++i) {
        if (m_workspaces.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

WorkspaceInfo WorkspaceListModel::workspaceAt(int row) const
{
    return row >= 0 && row < m_workspaces.size() ? m_workspaces.at(row) : WorkspaceInfo();
}
