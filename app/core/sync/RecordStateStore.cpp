#include "sync/RecordStateStore.h"

#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>

RecordStateStore::RecordStateStore(const WorkspaceDatabase &database)
    : m_database(database)
{}

RecordStateStore::~RecordStateStore() = default;

quint64 RecordStateStore::keyOf(const QString &object, const QString &externalId)
{
    return static_cast<quint64>(qHash(externalId, qHash(object, 0x57a7e)));
}

void RecordStateStore::preload(const QStringList &objects)
{
    m_preloaded.clear();
    m_preloadedObjects = objects;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT external_id, hash FROM sync_record_state WHERE object = ?"));
    for (const QString &object : objects) {
        q.bindValue(0, object);
        if (!q.exec()) {
            continue;
        }
        while (q.next()) {
            m_preloaded.push_back(
                {keyOf(object, q.value(0).toString()), static_cast<quint64>(q.value(1).toLongLong())});
        }
    }
    std::sort(m_preloaded.begin(), m_preloaded.end());
    m_preloaded.shrink_to_fit();
}

void RecordStateStore::releasePreloaded()
{
    std::vector<Entry>().swap(m_preloaded);
    m_preloadedObjects.clear();
}

quint64 RecordStateStore::hashOf(const QString &object, const QString &externalId)
{
    if (m_preloadedObjects.contains(object)) {
        const quint64 key = keyOf(object, externalId);
        const auto it = std::lower_bound(m_preloaded.begin(), m_preloaded.end(), Entry{key, 0});
        if (it == m_preloaded.end() || it->key != key) {
            return 0;
        }
        // Two rows whose keys collide: "changed" is the safe answer for both.
        const bool ambiguous = std::next(it) != m_preloaded.end() && std::next(it)->key == key;
        return ambiguous ? 0 : it->hash;
    }
    if (!m_lookup) {
        m_lookup = std::make_unique<QSqlQuery>(m_database.connection());
        m_lookup->prepare(
            QStringLiteral("SELECT hash FROM sync_record_state WHERE object = ? AND external_id = ?"));
    }
    m_lookup->bindValue(0, object);
    m_lookup->bindValue(1, externalId);
    if (!m_lookup->exec() || !m_lookup->next()) {
        return 0;
    }
    const quint64 hash = static_cast<quint64>(m_lookup->value(0).toLongLong());
    m_lookup->finish();
    return hash;
}

QString RecordStateStore::recordIdOf(const QString &object, const QString &externalId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT record_id FROM sync_record_state WHERE object = ? AND external_id = ?"));
    q.addBindValue(object);
    q.addBindValue(externalId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

bool RecordStateStore::confirm(const QString &object, qint64 runId, const QList<Confirmed> &rows,
                               QString *error)
{
    if (rows.isEmpty()) {
        return true;
    }
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO sync_record_state(object, external_id, hash, record_id, customer_id, run_id, synced_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(object, external_id) DO UPDATE SET hash = excluded.hash, "
        "record_id = CASE WHEN excluded.record_id = '' THEN record_id ELSE excluded.record_id END, "
        "customer_id = excluded.customer_id, run_id = excluded.run_id, synced_at = excluded.synced_at"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const Confirmed &row : rows) {
        q.bindValue(0, object);
        q.bindValue(1, row.externalId);
        q.bindValue(2, static_cast<qint64>(row.hash));
        q.bindValue(3, sqlText(row.recordId));
        q.bindValue(4, sqlText(row.customerId));
        q.bindValue(5, runId);
        q.bindValue(6, now);
        if (!q.exec()) {
            if (error) {
                *error = q.lastError().text();
            }
            return false;
        }
    }
    return true;
}

bool RecordStateStore::forget(const QString &object, const QStringList &externalIds)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_record_state WHERE object = ? AND external_id = ?"));
    for (const QString &id : externalIds) {
        q.bindValue(0, object);
        q.bindValue(1, id);
        if (!q.exec()) {
            return false;
        }
    }
    return true;
}

qint64 RecordStateStore::count(const QString &object) const
{
    QSqlQuery q(m_database.connection());
    if (object.isEmpty()) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_record_state"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_record_state WHERE object = ?"));
        q.addBindValue(object);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<QString, QStringList> RecordStateStore::externalIdsOfCustomer(const QString &customerId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT object, external_id FROM sync_record_state WHERE customer_id = ?"));
    q.addBindValue(customerId);
    QHash<QString, QStringList> out;
    if (q.exec()) {
        while (q.next()) {
            out[q.value(0).toString()].append(q.value(1).toString());
        }
    }
    return out;
}
