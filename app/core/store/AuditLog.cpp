#include "store/AuditLog.h"

#include "logging/Redactor.h"
#include "store/WorkspaceDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

AuditLog::AuditLog(const WorkspaceDatabase &database)
    : m_database(database)
{}

QString AuditLog::currentActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

bool AuditLog::append(AuditEntry entry, QString *error)
{
    if (!entry.at.isValid()) {
        entry.at = QDateTime::currentDateTimeUtc();
    }
    if (entry.actor.isEmpty()) {
        entry.actor = currentActor();
    }
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("INSERT INTO audit_log(at, actor, action, subject, before_value, after_value, "
                       "detail) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.actor);
    query.addBindValue(entry.action);
    query.addBindValue(entry.subject);
    // The log is shown and exported: never let a secret reach it.
    query.addBindValue(Redactor::redact(entry.before));
    query.addBindValue(Redactor::redact(entry.after));
    query.addBindValue(Redactor::redact(entry.detail));
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        return false;
    }
    return true;
}

QList<AuditEntry> AuditLog::entries(const QString &subject, int limit) const
{
    QSqlQuery query(m_database.connection());
    if (subject.isEmpty()) {
        query.prepare(
            QStringLiteral("SELECT id, at, actor, action, subject, before_value, after_value, detail "
                           "FROM audit_log ORDER BY id DESC LIMIT ?"));
    } else {
        query.prepare(
            QStringLiteral("SELECT id, at, actor, action, subject, before_value, after_value, detail "
                           "FROM audit_log WHERE subject = ? ORDER BY id DESC LIMIT ?"));
        query.addBindValue(subject);
    }
    query.addBindValue(limit);
    QList<AuditEntry> result;
    if (!query.exec()) {
        return result;
    }
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.subject = query.value(4).toString();
        e.before = query.value(5).toString();
        e.after = query.value(6).toString();
        e.detail = query.value(7).toString();
        result.append(e);
    }
    return result;
}
