#pragma once

#include "sync/SyncTypes.h"

#include <QHash>

class WorkspaceDatabase;

// Every failed or skipped row of every run (not a sample), with filters for the Failures
// view and the CSV exports.
class RowErrorStore
{
public:
    struct Query
    {
        qint64 runId = 0;
        QString object;     // empty: all
        QString statusCode; // empty: all
        int offset = 0;
        int limit = 1000;
        // Keyset paging: only rows with an id above this one. Unlike a large offset, the
        // cost does not grow with how far into a run's failures a view has scrolled.
        qint64 afterId = 0;
    };

    explicit RowErrorStore(const WorkspaceDatabase &database);

    // Appends in one transaction if none is open (the engine batches results).
    bool add(const QList<Sync::RowError> &errors, QString *error = nullptr);
    QList<Sync::RowError> list(const Query &query) const;
    qint64 count(qint64 runId, const QString &object = QString(),
                 const QString &statusCode = QString()) const;
    // status code -> number of rows, for grouping.
    QHash<QString, qint64> countsByCode(qint64 runId, const QString &object = QString()) const;
    // External IDs that failed or were skipped in a run, per object.
    QHash<QString, QStringList> failedKeys(qint64 runId, const QString &object = QString()) const;

private:
    const WorkspaceDatabase &m_database;
};
