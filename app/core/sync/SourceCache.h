#pragma once

#include "sync/MappedRecord.h"

#include <QSqlQuery>
#include <QVariantHash>

#include <memory>

class WorkspaceDatabase;

// The rows the last sync read from Metronome, kept in the workspace: the customer list,
// contracts, commits, invoices and usage the app shows offline. Each row remembers the hash
// of the record it mapped to, so the app can tell whether that figure reached Salesforce.
// Writes happen only for rows that changed since the last read.
class SourceCache
{
public:
    explicit SourceCache(const WorkspaceDatabase &database);
    ~SourceCache();

    // Stores the row if it differs from what is cached.
    bool put(const QString &source, const QVariantHash &row, const MappedRecord &mapped, qint64 runId);
    // Forgets rows of `sources` that the complete read of `runId` did not see (deleted upstream).
    int purgeNotReadIn(const QStringList &sources, qint64 runId);

    QList<QVariantHash> rows(const QString &source, const QString &customerId = QString()) const;
    // A customer's rows of one source by the external ID they were mapped to (reparenting).
    QHash<QString, QVariantHash> rowsByExternalId(const QString &source, const QString &customerId) const;
    qint64 count(const QString &source) const;

    // Row <-> JSON, with exact decimals kept as text.
    static QByteArray encode(const QVariantHash &row);
    static QVariantHash decode(const QByteArray &json);
    static quint64 hashOf(const QByteArray &encoded);

private:
    const WorkspaceDatabase &m_database;
    std::unique_ptr<QSqlQuery> m_lookup;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_touch;
};
