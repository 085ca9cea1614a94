#include "sync/SourceCache.h"

#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"
#include "util/Decimal.h"
#include "util/StableHash.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>

namespace {
// Marks decimals in the JSON so they come back as Decimal, not as binary doubles.
const QString kDecimalPrefix = QStringLiteral("\u0001dec:");
} // namespace

SourceCache::SourceCache(const WorkspaceDatabase &database)
    : m_database(database)
{}

SourceCache::~SourceCache() = default;

QByteArray SourceCache::encode(const QVariantHash &row)
{
    QJsonObject o;
    for (auto it = row.begin(); it != row.end(); ++it) {
        const QVariant &v = it.value();
        if (v.metaType() == QMetaType::fromType<Decimal>()) {
            o.insert(it.key(), QString(kDecimalPrefix + v.value<Decimal>().toString()));
        } else if (v.metaType().id() == QMetaType::QDateTime) {
            o.insert(it.key(), v.toDateTime().toUTC().toString(Qt::ISODateWithMs));
        } else {
            o.insert(it.key(), QJsonValue::fromVariant(v));
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QVariantHash SourceCache::decode(const QByteArray &json)
{
    QVariantHash row;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString() && v.toString().startsWith(kDecimalPrefix)) {
            row.insert(it.key(),
                       QVariant::fromValue(
                           Decimal::fromString(v.toString().mid(kDecimalPrefix.size())).value_or(Decimal())));
        } else {
            row.insert(it.key(), v.toVariant());
        }
    }
    return row;
}

quint64 SourceCache::hashOf(const QByteArray &encoded)
{
    return StableHash::of(encoded);
}

quint64 SourceCache::rowHashOf(const QVariantHash &row)
{
    thread_local StableHash hash;
    thread_local QStringList keys;
    hash.clear();
    keys = row.keys();
    std::sort(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        hash.addString(key);
        hash.addVariant(row.value(key));
    }
    return hash.result();
}

quint64 SourceCache::keyOf(const QString &source, const QString &id)
{
    return static_cast<quint64>(qHash(id, qHash(source, 0x5eed)));
}

void SourceCache::preload(const QStringList &sources)
{
    m_index.clear();
    m_indexedSources = sources;
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, row_hash, mapped_hash FROM source_rows WHERE source = ?"));
    for (const QString &source : sources) {
        q.bindValue(0, source);
        if (!q.exec()) {
            continue;
        }
        while (q.next()) {
            IndexEntry entry;
            entry.key = keyOf(source, q.value(0).toString());
            entry.rowHash = q.value(1).toLongLong();
            entry.mappedHash = q.value(2).toLongLong();
            m_index.push_back(entry);
        }
    }
    std::sort(m_index.begin(), m_index.end());
    m_index.shrink_to_fit();
    m_indexed = true;
}

void SourceCache::releaseIndex()
{
    std::vector<IndexEntry>().swap(m_index);
    m_indexedSources.clear();
    m_indexed = false;
}

SourceCache::IndexEntry *SourceCache::findEntry(quint64 key)
{
    IndexEntry probe;
    probe.key = key;
    const auto it = std::lower_bound(m_index.begin(), m_index.end(), probe);
    return it != m_index.end() && it->key == key ? &*it : nullptr;
}

bool SourceCache::put(const QString &source, const QVariantHash &row, const MappedRecord &mapped,
                      qint64 runId)
{
    const QString id = row.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        return false;
    }
    const qint64 hash = static_cast<qint64>(rowHashOf(row));
    QSqlDatabase db = m_database.connection();
    if (!m_upsert) {
        m_lookup = std::make_unique<QSqlQuery>(db);
        m_lookup->prepare(
            QStringLiteral("SELECT row_hash, mapped_hash FROM source_rows WHERE source = ? AND id = ?"));
        m_upsert = std::make_unique<QSqlQuery>(db);
        m_upsert->prepare(QStringLiteral("INSERT OR REPLACE INTO source_rows(source, id, customer_id, "
                                         "row_hash, object, external_id, mapped_hash, "
                                         "payload, read_run) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        m_touch = std::make_unique<QSqlQuery>(db);
        m_touch->prepare(QStringLiteral("UPDATE source_rows SET read_run = ? WHERE source = ? AND id = ?"));
    }
    if (m_indexed && m_indexedSources.contains(source)) {
        // The common case of a large account: compared in memory, nothing written.
        if (IndexEntry *entry = findEntry(keyOf(source, id));
            entry && entry->rowHash == hash && entry->mappedHash == static_cast<qint64>(mapped.hash)) {
            entry->seen = true;
            return true;
        }
    } else {
        m_lookup->bindValue(0, source);
        m_lookup->bindValue(1, id);
        if (m_lookup->exec() && m_lookup->next() && m_lookup->value(0).toLongLong() == hash &&
            m_lookup->value(1).toLongLong() == static_cast<qint64>(mapped.hash)) {
            m_lookup->finish();
            m_touch->bindValue(0, runId);
            m_touch->bindValue(1, source);
            m_touch->bindValue(2, id);
            return m_touch->exec();
        }
        m_lookup->finish();
    }
    m_upsert->bindValue(0, source);
    m_upsert->bindValue(1, id);
    m_upsert->bindValue(2, sqlText(row.value(QStringLiteral("customer_id")).toString()));
    m_upsert->bindValue(3, hash);
    m_upsert->bindValue(4, sqlText(mapped.object));
    m_upsert->bindValue(5, sqlText(mapped.externalId));
    m_upsert->bindValue(6, static_cast<qint64>(mapped.hash));
    m_upsert->bindValue(7, QString::fromUtf8(encode(row)));
    m_upsert->bindValue(8, runId);
    return m_upsert->exec();
}

int SourceCache::purgeNotReadIn(const QStringList &sources, qint64 runId)
{
    int removed = 0;
    QSqlQuery remove(m_database.connection());
    if (!m_indexed) {
        remove.prepare(QStringLiteral("DELETE FROM source_rows WHERE source = ? AND read_run <> ?"));
        for (const QString &source : sources) {
            remove.bindValue(0, source);
            remove.bindValue(1, runId);
            if (remove.exec()) {
                removed += remove.numRowsAffected();
            }
        }
        return removed;
    }
    // Rows written by this run carry its number; unchanged ones were marked in the index.
    // Everything else of these sources was not read again: deleted upstream.
    const bool anyUnseen =
        std::any_of(m_index.begin(), m_index.end(), [](const IndexEntry &entry) { return !entry.seen; });
    if (!anyUnseen) {
        return 0;
    }
    remove.prepare(QStringLiteral("DELETE FROM source_rows WHERE source = ? AND id = ?"));
    QSqlQuery scan(m_database.connection());
    scan.setForwardOnly(true);
    scan.prepare(QStringLiteral("SELECT id FROM source_rows WHERE source = ? AND read_run <> ?"));
    for (const QString &source : sources) {
        scan.bindValue(0, source);
        scan.bindValue(1, runId);
        if (!scan.exec()) {
            continue;
        }
        QStringList gone;
        while (scan.next()) {
            const QString id = scan.value(0).toString();
            const IndexEntry *entry =
                m_indexedSources.contains(source) ? findEntry(keyOf(source, id)) : nullptr;
            if (!entry || !entry->seen) {
                gone.append(id);
            }
        }
        scan.finish();
        for (const QString &id : std::as_const(gone)) {
            remove.bindValue(0, source);
            remove.bindValue(1, id);
            if (remove.exec()) {
                removed += remove.numRowsAffected();
            }
        }
    }
    return removed;
}

QList<QVariantHash> SourceCache::rows(const QString &source, const QString &customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    if (customerId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT payload FROM source_rows WHERE source = ?"));
        q.addBindValue(source);
    } else {
        q.prepare(QStringLiteral("SELECT payload FROM source_rows WHERE customer_id = ? AND source = ?"));
        q.addBindValue(customerId);
        q.addBindValue(source);
    }
    QList<QVariantHash> out;
    if (q.exec()) {
        while (q.next()) {
            out.append(decode(q.value(0).toByteArray()));
        }
    }
    return out;
}

QHash<QString, QVariantHash> SourceCache::rowsByExternalId(const QString &source,
                                                           const QString &customerId) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT external_id, payload FROM source_rows WHERE customer_id = ? AND source = ?"));
    q.addBindValue(customerId);
    q.addBindValue(source);
    QHash<QString, QVariantHash> out;
    if (q.exec()) {
        while (q.next()) {
            out.insert(q.value(0).toString(), decode(q.value(1).toByteArray()));
        }
    }
    return out;
}

qint64 SourceCache::count(const QString &source) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM source_rows WHERE source = ?"));
    q.addBindValue(source);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}
