#include "sync/StagingArea.h"

#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"

#include <QJsonDocument>
#include <QSqlError>

StagingArea::StagingArea(const WorkspaceDatabase &database, qint64 runId)
    : m_database(database)
    , m_runId(runId)
{}

StagingArea::~StagingArea() = default;

bool StagingArea::clearOtherRuns()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_staged WHERE run_id <> ?"));
    q.addBindValue(m_runId);
    return q.exec();
}

bool StagingArea::stage(const MappedRecord &record, QString *error)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database.connection());
        m_insert->prepare(
            QStringLiteral("INSERT OR REPLACE INTO sync_staged(run_id, object, external_id, hash, "
                           "customer_id, parents, payload) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    }
    m_insert->bindValue(0, m_runId);
    m_insert->bindValue(1, record.object);
    m_insert->bindValue(2, record.externalId);
    m_insert->bindValue(3, static_cast<qint64>(record.hash));
    m_insert->bindValue(4, sqlText(record.customerId));
    m_insert->bindValue(5, sqlText(record.encodeParents()));
    m_insert->bindValue(6, QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
    if (!m_insert->exec()) {
        if (error) {
            *error = m_insert->lastError().text();
        }
        return false;
    }
    return true;
}

qint64 StagingArea::count(const QString &object) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM sync_staged WHERE run_id = ? AND object = ?"));
    q.addBindValue(m_runId);
    q.addBindValue(object);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QList<MappedRecord> StagingArea::batch(const QString &object, const QString &afterKey, int limit) const
{
    QSqlQuery q(m_database.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT external_id, hash, customer_id, parents, payload FROM sync_staged "
                       "WHERE run_id = ? AND object = ? AND external_id > ? ORDER BY external_id LIMIT ?"));
    q.addBindValue(m_runId);
    q.addBindValue(object);
    q.addBindValue(sqlText(afterKey));
    q.addBindValue(limit);
    QList<MappedRecord> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        MappedRecord r;
        r.object = object;
        r.externalId = q.value(0).toString();
        r.hash = static_cast<quint64>(q.value(1).toLongLong());
        r.customerId = q.value(2).toString();
        r.parents = MappedRecord::decodeParents(q.value(3).toString());
        r.fields = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        out.append(r);
    }
    return out;
}

QByteArray StagingArea::payloadOf(const QString &object, const QString &externalId) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "SELECT payload FROM sync_staged WHERE run_id = ? AND object = ? AND external_id = ?"));
    q.addBindValue(m_runId);
    q.addBindValue(object);
    q.addBindValue(externalId);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

bool StagingArea::remove(const QString &object, const QStringList &externalIds)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_staged WHERE run_id = ? AND object = ? AND external_id = ?"));
    for (const QString &id : externalIds) {
        q.bindValue(0, m_runId);
        q.bindValue(1, object);
        q.bindValue(2, id);
        if (!q.exec()) {
            return false;
        }
    }
    return true;
}

bool StagingArea::clear()
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_staged WHERE run_id = ?"));
    q.addBindValue(m_runId);
    return q.exec();
}
