#include "store/WorkspaceDatabase.h"

#include "logging/LogCategories.h"
#include "store/Migrations.h"
#include "store/SqlValue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>
#include <QUuid>

namespace {

// Per-thread set of open connection names, removed when the thread's storage is destroyed.
class ThreadConnections
{
public:
    ~ThreadConnections() { closeAll(); }

    QString nameFor(const QString &path) const { return m_names.value(path); }
    void add(const QString &path, const QString &name) { m_names.insert(path, name); }

    void closeAll()
    {
        for (const QString &name : std::as_const(m_names)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isOpen()) {
                    db.close();
                }
            }
            QSqlDatabase::removeDatabase(name);
        }
        m_names.clear();
    }

private:
    QHash<QString, QString> m_names;
};

QThreadStorage<ThreadConnections *> &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    return storage;
}

bool applyPragmas(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA busy_timeout = 10000"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            if (error) {
                *error = query.lastError().text();
            }
            return false;
        }
    }
    return true;
}

QString describeOpenFailure(const QString &path, const QString &detail)
{
    return QCoreApplication::translate("WorkspaceDatabase", "Could not open the workspace database %1: %2")
        .arg(QDir::toNativeSeparators(path), detail);
}

} // namespace

WorkspaceDatabase::WorkspaceDatabase(const QString &filePath)
    : m_filePath(QFileInfo(filePath).absoluteFilePath())
{}

QSqlDatabase WorkspaceDatabase::connection(QString *error) const
{
    if (!threadConnections().hasLocalData()) {
        threadConnections().setLocalData(new ThreadConnections);
    }
    ThreadConnections *connections = threadConnections().localData();
    const QString existing = connections->nameFor(m_filePath);
    if (!existing.isEmpty()) {
        QSqlDatabase db = QSqlDatabase::database(existing, true);
        if (db.isOpen()) {
            return db;
        }
    }

    const QString name =
        QStringLiteral("nomesync:%1:%2").arg(m_filePath, QUuid::createUuid().toString(QUuid::WithoutBraces));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        if (error) {
            *error = describeOpenFailure(m_filePath, db.lastError().text());
        }
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return QSqlDatabase();
    }
    QString pragmaError;
    if (!applyPragmas(db, &pragmaError)) {
        if (error) {
            *error = describeOpenFailure(m_filePath, pragmaError);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return QSqlDatabase();
    }
    connections->add(m_filePath, name);
    return db;
}

bool WorkspaceDatabase::open(QString *error, int schemaVersion)
{
    const QFileInfo info(m_filePath);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error) {
            *error = describeOpenFailure(
                m_filePath, QCoreApplication::translate("WorkspaceDatabase", "the folder cannot be created"));
        }
        return false;
    }
    if (!info.exists()) {
        // Create the file ourselves so it is private from the first byte; SQLite gives its
        // -wal and -shm files the same mode.
        QFile file(m_filePath);
        if (!file.open(QIODevice::WriteOnly)) {
            if (error) {
                *error = describeOpenFailure(m_filePath, file.errorString());
            }
            return false;
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
    }
    QSqlDatabase db = connection(error);
    if (!db.isValid()) {
        return false;
    }
    QString migrateError;
    if (!Migrations::migrate(db, schemaVersion, &migrateError)) {
        if (error) {
            *error = describeOpenFailure(m_filePath, migrateError);
        }
        return false;
    }
    return true;
}

int WorkspaceDatabase::schemaVersion() const
{
    return Migrations::currentVersion(connection());
}

QString WorkspaceDatabase::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM workspace_settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return fallback;
}

bool WorkspaceDatabase::setSetting(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO workspace_settings(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(sqlText(value));
    if (!query.exec()) {
        if (error) {
            *error = query.lastError().text();
        }
        qCWarning(lcStore) << "could not save setting" << key << query.lastError().text();
        return false;
    }
    return true;
}

bool WorkspaceDatabase::removeSetting(const QString &key)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("DELETE FROM workspace_settings WHERE key = ?"));
    query.addBindValue(key);
    return query.exec();
}

void WorkspaceDatabase::releaseThreadConnections()
{
    if (threadConnections().hasLocalData()) {
        threadConnections().localData()->closeAll();
    }
}
