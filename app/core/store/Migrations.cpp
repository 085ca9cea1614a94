#include "store/Migrations.h"

#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;

    // 1: the workspace itself, its settings and the audit log.
    list.append(Migration{
        1,
        "workspace settings and audit log",
        {
            QStringLiteral("CREATE TABLE workspace_settings ("
                           " key TEXT PRIMARY KEY NOT NULL,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " subject TEXT NOT NULL DEFAULT '',"
                           " before_value TEXT,"
                           " after_value TEXT,"
                           " detail TEXT)"),
            QStringLiteral("CREATE INDEX audit_log_subject ON audit_log(subject, at)"),
        },
        {}});

    return list;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error) {
            *error = query.lastError().text() + QStringLiteral(" [") + sql.left(120) + QLatin1Char(']');
        }
        return false;
    }
    return true;
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int Migrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().constLast().version;
}

int Migrations::currentVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"))) {
        if (error) {
            *error = query.lastError().text();
        }
        return -1;
    }
    if (!query.next()) {
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next()) {
        if (error) {
            *error = query.lastError().text();
        }
        return -1;
    }
    return query.value(0).toInt();
}

bool Migrations::migrate(QSqlDatabase &db, int targetVersion, QString *error)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    int current = currentVersion(db, error);
    if (current < 0) {
        return false;
    }
    if (current > latestVersion()) {
        if (error) {
            *error = QCoreApplication::translate("Migrations",
                                                 "This workspace was saved by a newer NomeSync (schema %1; "
                                                 "this version knows up to %2). Update NomeSync to open it.")
                         .arg(current)
                         .arg(latestVersion());
        }
        return false;
    }
    if (current == 0 && !exec(db,
                              QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                             " version INTEGER PRIMARY KEY NOT NULL,"
                                             " description TEXT NOT NULL,"
                                             " applied_at TEXT NOT NULL)"),
                              error)) {
        return false;
    }
    for (const Migration &migration : all()) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        if (!db.transaction()) {
            if (error) {
                *error = db.lastError().text();
            }
            return false;
        }
        bool ok = true;
        for (const QString &statement : migration.statements) {
            if (!exec(db, statement, error)) {
                ok = false;
                break;
            }
        }
        if (ok && migration.fixup) {
            ok = migration.fixup(db, error);
        }
        if (ok) {
            QSqlQuery record(db);
            record.prepare(QStringLiteral(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(migration.version);
            record.addBindValue(QString::fromUtf8(migration.description));
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            ok = record.exec();
            if (!ok && error) {
                *error = record.lastError().text();
            }
        }
        if (!ok || !db.commit()) {
            db.rollback();
            qCWarning(lcStore) << "migration" << migration.version << "failed:" << (error ? *error : QString());
            return false;
        }
        qCInfo(lcStore) << "migrated workspace schema to" << migration.version << migration.description;
        current = migration.version;
    }
    return true;
}
