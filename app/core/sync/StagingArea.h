#pragma once

#include "sync/MappedRecord.h"

#include <QSqlQuery>

#include <memory>

class WorkspaceDatabase;

// Changed rows of the running sync, kept on disk between reading Metronome and loading
// Salesforce, so a million-row sync needs memory for one batch, not for the whole account.
// Rows leave the area as Salesforce answers for them; what is left after a crash belongs
// to an interrupted run and is simply discarded by the next one.
class StagingArea
{
public:
    StagingArea(const WorkspaceDatabase &database, qint64 runId);
    ~StagingArea();

    // Removes rows of every other run (left over by interrupted runs).
    bool clearOtherRuns();
    bool stage(const MappedRecord &record, QString *error = nullptr);
    qint64 count(const QString &object) const;

    // Reads the next batch of `object` in key order after `afterKey` (keyset paging).
    QList<MappedRecord> batch(const QString &object, const QString &afterKey, int limit) const;
    // The staged body of one row (for the error record of a row Salesforce refused).
    QByteArray payloadOf(const QString &object, const QString &externalId) const;
    bool remove(const QString &object, const QStringList &externalIds);
    bool clear();

private:
    const WorkspaceDatabase &m_database;
    qint64 m_runId;
    std::unique_ptr<QSqlQuery> m_insert;
};
