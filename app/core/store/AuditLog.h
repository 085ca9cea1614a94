#pragma once

#include "store/AuditEntry.h"

#include <QList>

class WorkspaceDatabase;

// Append-only record of admin actions on a workspace (links, unlinks, reparenting,
// settings changes). Uses the calling thread's connection.
class AuditLog
{
public:
    explicit AuditLog(const WorkspaceDatabase &database);

    bool append(AuditEntry entry, QString *error = nullptr);
    // Newest first; an empty subject lists everything.
    QList<AuditEntry> entries(const QString &subject = QString(), int limit = 500) const;

    // The operating-system user name, used as the actor of interactive changes.
    static QString currentActor();

private:
    const WorkspaceDatabase &m_database;
};
