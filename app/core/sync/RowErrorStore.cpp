#include "sync/RowErrorStore.h"

#include "logging/Redactor.h"
#include "store/SqlValue.h"
#include "store/WorkspaceDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Sync;

RowErrorStore::RowErrorStore(const WorkspaceDatabase &database)
    : m_database(database)
{}

bool RowErrorStore::add(const QList<RowError> &errors, QString *error)
{
    if (errors.isEmpty()) {
        return true;
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO sync_row_errors(run_id, object, external_id, kind, status_code, message, "
                       "fields, record_id, parent_object, parent_key, customer_id, payload) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const RowError &e : errors) {
        q.addBindValue(e.runId);
        q.addBindValue(sqlText(e.object));
        q.addBindValue(sqlText(e.externalId));
        q.addBindValue(e.kind == RowError::Kind::Skipped ? QStringLiteral("skipped")
                                                         : QStringLiteral("failed"));
        q.addBindValue(sqlText(e.statusCode));
        q.addBindValue(sqlText(Redactor::redact(e.message)));
        q.addBindValue(sqlText(e.fields.join(QLatin1Char(','))));
        q.addBindValue(sqlText(e.recordId));
        q.addBindValue(sqlText(e.parentObject));
        q.addBindValue(sqlText(e.parentKey));
        q.addBindValue(sqlText(e.customerId));
        q.addBindValue(sqlText(Redactor::redact(e.payload)));
        if (!q.exec()) {
            if (error) {
                *error = q.lastError().text();
            }
            return false;
        }
    }
    return true;
}

QList<RowError> RowErrorStore::list(const Query &query) const
{
    // Later pages walk the primary key from afterId ("+run_id" keeps the planner off the
    // (run, object, code) index, which would first sort every row of the run by id). With
    // both object and code set, that index is already in id order and stays the better path.
    const bool walkKey = query.afterId > 0 && (query.object.isEmpty() || query.statusCode.isEmpty());
    QString sql =
        QStringLiteral("SELECT id, run_id, object, external_id, kind, status_code, message, fields, "
                       "record_id, parent_object, parent_key, customer_id, payload FROM sync_row_errors "
                       "WHERE %1 = ?")
            .arg(walkKey ? QStringLiteral("+run_id") : QStringLiteral("run_id"));
    QVariantList binds{query.runId};
    if (!query.object.isEmpty()) {
        sql += QStringLiteral(" AND object = ?");
        binds.append(query.object);
    }
    if (!query.statusCode.isEmpty()) {
        sql += QStringLiteral(" AND status_code = ?");
        binds.append(query.statusCode);
    }
    if (query.afterId > 0) {
        sql += QStringLiteral(" AND id > ?");
        binds.append(query.afterId);
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    binds.append(query.limit);
    binds.append(query.offset);

    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    QList<RowError> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        RowError e;
        e.id = q.value(0).toLongLong();
        e.runId = q.value(1).toLongLong();
        e.object = q.value(2).toString();
        e.externalId = q.value(3).toString();
        e.kind = q.value(4).toString() == QLatin1String("skipped") ? RowError::Kind::Skipped
                                                                   : RowError::Kind::Failed;
        e.statusCode = q.value(5).toString();
        e.message = q.value(6).toString();
        e.fields = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.recordId = q.value(8).toString();
        e.parentObject = q.value(9).toString();
        e.parentKey = q.value(10).toString();
        e.customerId = q.value(11).toString();
        e.payload = q.value(12).toString();
        out.append(e);
    }
    return out;
}

qint64 RowErrorStore::count(qint64 runId, const QString &object, const QString &statusCode) const
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM sync_row_errors WHERE run_id = ?");
    QVariantList binds{runId};
    if (!object.isEmpty()) {
        sql += QStringLiteral(" AND object = ?");
        binds.append(object);
    }
    if (!statusCode.isEmpty()) {
        sql += QStringLiteral(" AND status_code = ?");
        binds.append(statusCode);
    }
    QSqlQuery q(m_database.connection());
    q.prepare(sql);
    for (const QVariant &b : std::as_const(binds)) {
        q.addBindValue(b);
    }
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QHash<QString, qint64> RowErrorStore::countsByCode(qint64 runId, const QString &object) const
{
    QSqlQuery q(m_database.connection());
    if (object.isEmpty()) {
        q.prepare(QStringLiteral("SELECT status_code, COUNT(*) FROM sync_row_errors WHERE run_id = ? "
                                 "GROUP BY status_code"));
        q.addBindValue(runId);
    } else {
        q.prepare(QStringLiteral(
            "SELECT status_code, COUNT(*) FROM sync_row_errors WHERE run_id = ? AND object = ? "
            "GROUP BY status_code"));
        q.addBindValue(runId);
        q.addBindValue(object);
    }
    QHash<QString, qint64> out;
    if (q.exec()) {
        while (q.next()) {
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
    }
    return out;
}

QHash<QString, QStringList> RowErrorStore::failedKeys(qint64 runId, const QString &object) const
{
    QSqlQuery q(m_database.connection());
    if (object.isEmpty()) {
        q.prepare(QStringLiteral("SELECT object, external_id FROM sync_row_errors WHERE run_id = ?"));
        q.addBindValue(runId);
    } else {
        q.prepare(QStringLiteral(
            "SELECT object, external_id FROM sync_row_errors WHERE run_id = ? AND object = ?"));
        q.addBindValue(runId);
        q.addBindValue(object);
    }
    QHash<QString, QStringList> out;
    if (q.exec()) {
        while (q.next()) {
            out[q.value(0).toString()].append(q.value(1).toString());
        }
    }
    return out;
}
