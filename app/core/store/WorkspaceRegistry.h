#pragma once

#include "store/WorkspaceInfo.h"

#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class SecretStore;

// The workspaces on this computer: one database file each under <data>/workspaces.
// The files are the registry; each database records its own name and environment.
class WorkspaceRegistry : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceRegistry(const QString &rootDirectory = defaultRoot(), QObject *parent = nullptr);

    static QString defaultRoot();
    const QString &rootDirectory() const { return m_root; }

    QList<WorkspaceInfo> list() const;
    std::optional<WorkspaceInfo> find(const QString &idOrName) const;
    // Workspace files that exist but cannot be opened (read-only, damaged, locked), each as
    // "file: reason", so "no such workspace" can say why instead of hiding them.
    QStringList unopenable() const;

    // Validates a proposed name; returns an empty string when fine, else the problem.
    QString checkName(const QString &name, const QString &ignoreId = QString()) const;

    // A fresh id for a workspace called `name` (used by the setup before the workspace exists,
    // so its keychain entries can be written under their final key).
    QString newWorkspaceId(const QString &name) const;
    // `id` empty: a new one.
    std::optional<WorkspaceInfo> create(const QString &name, const QString &environment,
                                        QString *error = nullptr, const QString &id = QString());
    bool rename(const QString &id, const QString &newName, QString *error = nullptr);

    // Deletes the workspace: first its keychain entries (so no secret is orphaned), then
    // its database files. `done` gets false and a message when something was left behind.
    void remove(const QString &id, SecretStore *secrets, QObject *context,
                std::function<void(bool ok, const QString &error)> done);

Q_SIGNALS:
    void changed();

private:
    QString databasePathFor(const QString &id) const;
    bool removeFiles(const QString &id, QString *error);

    QString m_root;
};
