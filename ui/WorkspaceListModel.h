#pragma once

#include "store/WorkspaceInfo.h"

#include <QAbstractListModel>

class WorkspaceRegistry;

// The workspaces for the selector: display name with the environment, id in Qt::UserRole.
class WorkspaceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole,
        EnvironmentRole,
    };

    explicit WorkspaceListModel(WorkspaceRegistry *registry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reload();
    int rowOf(const QString &id) const;
    WorkspaceInfo workspaceAt(int row) const;

private:
    WorkspaceRegistry *m_registry;
    QList<WorkspaceInfo> m_workspaces;
};
