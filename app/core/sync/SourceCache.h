#pragma once

#include "sync/MappedRecord.h"

#include <QSqlQuery>
#include <QVariantHash>

#include <memory>
#include <vector>

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

    // Loads a compact index (key hash, row hash, mapped hash) of the cached rows of `sources`,
    // so put() compares in memory and writes nothing for an unchanged row. About 24 bytes a row.
    void preload(const QStringList &sources);
    void releaseIndex();
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
    // Of the row's values with sorted keys, without encoding it.
    static quint64 rowHashOf(const QVariantHash &row);

private:
    struct IndexEntry
    {
        quint64 key = 0; // of (source, id); collisions only cost a rewrite
        qint64 rowHash = 0;
        qint64 mappedHash = 0;
        bool seen = false;
        bool operator<(const IndexEntry &other) const { return key < other.key; }
    };

    static quint64 keyOf(const QString &source, const QString &id);
    IndexEntry *findEntry(quint64 key);

    const WorkspaceDatabase &m_database;
    std::vector<IndexEntry> m_index;
    QStringList m_indexedSources;
    bool m_indexed = false;
    std::unique_ptr<QSqlQuery> m_lookup;
    std::unique_ptr<QSqlQuery> m_upsert;
    std::unique_ptr<QSqlQuery> m_touch;
};
