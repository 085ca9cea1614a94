#pragma once

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <vector>

class WorkspaceDatabase;

// What Salesforce confirmed, per object and external ID: the hash of the record as sent and
// its Salesforce Id. A row whose mapped hash equals the stored one has not changed and is
// not sent. Hashes are written only after Salesforce confirmed the row.
class RecordStateStore
{
public:
    struct Confirmed
    {
        QString externalId;
        quint64 hash = 0;
        QString recordId;
        QString customerId;
    };

    explicit RecordStateStore(const WorkspaceDatabase &database);
    ~RecordStateStore();

    // 0 when the row was never confirmed. Prepared once per store (hot path).
    quint64 hashOf(const QString &object, const QString &externalId);
    // Loads the confirmed hashes of `objects` into a compact sorted table (16 bytes a row) so
    // hashOf() answers from memory while a sync reads; release it before loading.
    void preload(const QStringList &objects);
    void releasePreloaded();
    QString recordIdOf(const QString &object, const QString &externalId) const;
    bool confirm(const QString &object, qint64 runId, const QList<Confirmed> &rows, QString *error = nullptr);
    // Forgets rows (e.g. after reparenting, so the next sync rewrites them).
    bool forget(const QString &object, const QStringList &externalIds);
    qint64 count(const QString &object = QString()) const;
    // Record Ids of a customer's confirmed rows, per object (for reparenting).
    QHash<QString, QStringList> externalIdsOfCustomer(const QString &customerId) const;

private:
    struct Entry
    {
        quint64 key = 0; // of (object, external ID)
        quint64 hash = 0;
        bool operator<(const Entry &other) const { return key < other.key; }
    };
    static quint64 keyOf(const QString &object, const QString &externalId);

    const WorkspaceDatabase &m_database;
    std::vector<Entry> m_preloaded;
    QStringList m_preloadedObjects;
    std::unique_ptr<QSqlQuery> m_lookup;
};
