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
    list.append(Migration{1,
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

    // 2: the sync engine: runs, per-object counts, every row error, the hash of every row
    // Salesforce confirmed (change detection), and the rows staged for the running sync.
    list.append(Migration{
        2,
        "sync runs, row errors, record state and staging",
        {
            QStringLiteral("CREATE TABLE sync_runs ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " trigger TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " full_sync INTEGER NOT NULL DEFAULT 0,"
                           " objects TEXT NOT NULL DEFAULT '',"
                           " scope TEXT NOT NULL DEFAULT 'all',"
                           " retry_of INTEGER REFERENCES sync_runs(id) ON DELETE SET NULL,"
                           " queued_at TEXT NOT NULL,"
                           " started_at TEXT,"
                           " finished_at TEXT,"
                           " owner_pid INTEGER,"
                           " owner_host TEXT,"
                           " heartbeat_at TEXT,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " metronome_calls INTEGER NOT NULL DEFAULT 0,"
                           " salesforce_calls INTEGER NOT NULL DEFAULT 0,"
                           " salesforce_writes INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX sync_runs_state ON sync_runs(state)"),
            QStringLiteral("CREATE TABLE sync_run_objects ("
                           " run_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " object TEXT NOT NULL,"
                           " position INTEGER NOT NULL DEFAULT 0,"
                           " read_rows INTEGER NOT NULL DEFAULT 0,"
                           " attempted INTEGER NOT NULL DEFAULT 0,"
                           " succeeded INTEGER NOT NULL DEFAULT 0,"
                           " failed INTEGER NOT NULL DEFAULT 0,"
                           " skipped INTEGER NOT NULL DEFAULT 0,"
                           " method TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY(run_id, object))"),
            QStringLiteral("CREATE TABLE sync_row_errors ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " run_id INTEGER NOT NULL REFERENCES sync_runs(id) ON DELETE CASCADE,"
                           " object TEXT NOT NULL,"
                           " external_id TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " status_code TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " fields TEXT NOT NULL DEFAULT '',"
                           " record_id TEXT NOT NULL DEFAULT '',"
                           " parent_object TEXT NOT NULL DEFAULT '',"
                           " parent_key TEXT NOT NULL DEFAULT '',"
                           " customer_id TEXT NOT NULL DEFAULT '',"
                           " payload TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "CREATE INDEX sync_row_errors_run ON sync_row_errors(run_id, object, status_code)"),
            QStringLiteral("CREATE INDEX sync_row_errors_customer ON sync_row_errors(customer_id)"),
            QStringLiteral("CREATE TABLE sync_record_state ("
                           " object TEXT NOT NULL,"
                           " external_id TEXT NOT NULL,"
                           " hash INTEGER NOT NULL,"
                           " record_id TEXT NOT NULL DEFAULT '',"
                           " customer_id TEXT NOT NULL DEFAULT '',"
                           " run_id INTEGER NOT NULL DEFAULT 0,"
                           " synced_at TEXT NOT NULL,"
                           " PRIMARY KEY(object, external_id)) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX sync_record_state_customer ON sync_record_state(customer_id)"),
            QStringLiteral("CREATE TABLE sync_staged ("
                           " run_id INTEGER NOT NULL,"
                           " object TEXT NOT NULL,"
                           " external_id TEXT NOT NULL,"
                           " hash INTEGER NOT NULL,"
                           " customer_id TEXT NOT NULL DEFAULT '',"
                           " parents TEXT NOT NULL DEFAULT '',"
                           " payload BLOB NOT NULL,"
                           " PRIMARY KEY(run_id, object, external_id)) WITHOUT ROWID"),
        },
        {}});

    // 3: what the last sync read from Metronome, row by row, so the app can show customers,
    // contracts, invoices and usage offline, exactly as they were mapped for Salesforce.
    list.append(
        Migration{3,
                  "source row cache",
                  {
                      QStringLiteral("CREATE TABLE source_rows ("
                                     " source TEXT NOT NULL,"
                                     " id TEXT NOT NULL,"
                                     " customer_id TEXT NOT NULL DEFAULT '',"
                                     " row_hash INTEGER NOT NULL,"
                                     " object TEXT NOT NULL DEFAULT '',"
                                     " external_id TEXT NOT NULL DEFAULT '',"
                                     " mapped_hash INTEGER NOT NULL DEFAULT 0,"
                                     " payload TEXT NOT NULL,"
                                     " read_run INTEGER NOT NULL DEFAULT 0,"
                                     " PRIMARY KEY(source, id)) WITHOUT ROWID"),
                      QStringLiteral("CREATE INDEX source_rows_customer ON source_rows(customer_id, source)"),
                  },
                  {}});

    // 4: customers at a glance (for the Customers and Orphans pages), the extra Salesforce
    // accounts a customer is linked to besides Metronome's primary link (seed 001), and the
    // names of linked accounts as read from the org.
    list.append(Migration{4,
                          "customer summary, extra account links, account names",
                          {
                              QStringLiteral("CREATE TABLE customer_summary ("
                                             " customer_id TEXT PRIMARY KEY NOT NULL,"
                                             " name TEXT NOT NULL DEFAULT '',"
                                             " aliases TEXT NOT NULL DEFAULT '',"
                                             " account_id TEXT NOT NULL DEFAULT '',"
                                             " archived INTEGER NOT NULL DEFAULT 0,"
                                             " draft_total TEXT NOT NULL DEFAULT '',"
                                             " draft_currency TEXT NOT NULL DEFAULT '',"
                                             " draft_sort REAL NOT NULL DEFAULT 0,"
                                             " updated_run INTEGER NOT NULL DEFAULT 0)"),
                              QStringLiteral("CREATE TABLE customer_links ("
                                             " customer_id TEXT NOT NULL,"
                                             " account_id TEXT NOT NULL,"
                                             " created_at TEXT NOT NULL,"
                                             " created_by TEXT NOT NULL DEFAULT '',"
                                             " PRIMARY KEY(customer_id, account_id))"),
                              QStringLiteral("CREATE TABLE salesforce_accounts ("
                                             " id TEXT PRIMARY KEY NOT NULL,"
                                             " name TEXT NOT NULL DEFAULT '',"
                                             " fetched_at TEXT NOT NULL)"),
                          },
                          {}});

    // 5: how long a run spent reading Metronome and writing Salesforce.
    list.append(
        Migration{5,
                  "run phase timings",
                  {
                      QStringLiteral("ALTER TABLE sync_runs ADD COLUMN read_ms INTEGER NOT NULL DEFAULT 0"),
                      QStringLiteral("ALTER TABLE sync_runs ADD COLUMN load_ms INTEGER NOT NULL DEFAULT 0"),
                  },
                  {}});

    // 6: bytes of CSV a run uploaded per object (the Bulk jobs it needed depend on it).
    list.append(Migration{
        6,
        "bytes sent per object",
        {
            QStringLiteral("ALTER TABLE sync_run_objects ADD COLUMN bytes_sent INTEGER NOT NULL DEFAULT 0"),
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
    if (!query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"))) {
        if (error) {
            *error = query.lastError().text();
        }
        return -1;
    }
    if (!query.next()) {
        return 0;
    }
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next()) {
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
            qCWarning(lcStore) << "migration" << migration.version
                               << "failed:" << (error ? *error : QString());
            return false;
        }
        qCInfo(lcStore) << "migrated workspace schema to" << migration.version << migration.description;
        current = migration.version;
    }
    return true;
}
