#include "TestEnvironment.h"
#include "secrets/MemorySecretStore.h"
#include "store/AuditLog.h"
#include "store/Migrations.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

namespace {

QString scratchFile(QTemporaryDir &dir, const QString &name)
{
    return QDir(dir.path()).filePath(name);
}

// Fills a database at schema `version` with what that version can hold; checkVersionData()
// verifies it after the upgrade. Each new migration adds its part here.
void fillVersionData(const WorkspaceDatabase &db, int version)
{
    QSqlQuery q(db.connection());
    if (version >= 2) {
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO sync_runs(id, trigger, state, queued_at, message) VALUES "
                                  "(5, 'scheduled', 'completed_with_errors', '2026-11-01T07:00:00Z', 'm')")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO sync_row_errors(run_id, object, external_id, kind, status_code) "
            "VALUES (5, 'NOME__Metronome_Invoice__c', 'inv-1', 'failed', 'STRING_TOO_LONG')")));
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO sync_record_state(object, external_id, hash, synced_at) VALUES "
                           "('NOME__Metronome_Customer__c', 'c-1', 77, '2026-11-01T07:01:00Z')")));
    }
    if (version >= 3) {
        ASSERT_TRUE(q.exec(
            QStringLiteral("INSERT INTO source_rows(source, id, customer_id, row_hash, payload) VALUES "
                           "('customers', 'c-1', 'c-1', 9, '{\"name\":\"Acme\"}')")));
    }
    if (version >= 4) {
        ASSERT_TRUE(
            q.exec(QStringLiteral("INSERT INTO customer_links(customer_id, account_id, created_at) VALUES "
                                  "('c-1', '0015g00000AAAAAAAA', 'now')")));
    }
    if (version >= 5) {
        ASSERT_TRUE(
            q.exec(QStringLiteral("UPDATE sync_runs SET read_ms = 1234, load_ms = 5678 WHERE id = 5")));
    }
}

void checkVersionData(const WorkspaceDatabase &db, int startVersion)
{
    QSqlQuery q(db.connection());
    if (startVersion >= 2) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT state FROM sync_runs WHERE id = 5")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("completed_with_errors"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT status_code FROM sync_row_errors WHERE run_id = 5")) &&
                    q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("STRING_TOO_LONG"));
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT hash FROM sync_record_state WHERE external_id = 'c-1'")) &&
                    q.next());
        EXPECT_EQ(q.value(0).toLongLong(), 77);
    }
    if (startVersion >= 3) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT payload FROM source_rows WHERE id = 'c-1'")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("{\"name\":\"Acme\"}"));
    }
    if (startVersion >= 4) {
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT account_id FROM customer_links")) && q.next());
        EXPECT_EQ(q.value(0).toString(), QStringLiteral("0015g00000AAAAAAAA"));
    }
    if (startVersion >= 2) {
        // Runs from before version 5 get zero timings; from 5 on they keep theirs.
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT read_ms, load_ms FROM sync_runs WHERE id = 5")) &&
                    q.next());
        EXPECT_EQ(q.value(0).toLongLong(), startVersion >= 5 ? 1234 : 0);
        EXPECT_EQ(q.value(1).toLongLong(), startVersion >= 5 ? 5678 : 0);
    }
}

int count(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST(WorkspaceDatabase, CreatesAPrivateWalDatabaseAtTheLatestSchema)
{
    QTemporaryDir dir;
    WorkspaceDatabase db(scratchFile(dir, QStringLiteral("a.db")));
    QString error;
    ASSERT_TRUE(db.open(&error)) << qPrintable(error);
    EXPECT_EQ(db.schemaVersion(), Migrations::latestVersion());

    const QFile::Permissions perms = QFile::permissions(db.filePath());
    EXPECT_TRUE(perms & QFileDevice::ReadOwner);
    EXPECT_FALSE(perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));

    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("wal"));
    ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);

    ASSERT_TRUE(db.setSetting(QStringLiteral("k"), QStringLiteral("v1")));
    ASSERT_TRUE(db.setSetting(QStringLiteral("k"), QStringLiteral("v2")));
    EXPECT_EQ(db.setting(QStringLiteral("k")), QStringLiteral("v2"));
    EXPECT_EQ(db.setting(QStringLiteral("missing"), QStringLiteral("fallback")), QStringLiteral("fallback"));
}

TEST(WorkspaceDatabase, EachThreadGetsItsOwnConnection)
{
    QTemporaryDir dir;
    WorkspaceDatabase db(scratchFile(dir, QStringLiteral("t.db")));
    ASSERT_TRUE(db.open());
    const QString mainName = db.connection().connectionName();
    QString workerName;
    QString workerValue;
    QThread *worker = QThread::create([&]() {
        workerName = db.connection().connectionName();
        db.setSetting(QStringLiteral("written.by"), QStringLiteral("worker"));
        workerValue = db.setting(QStringLiteral("written.by"));
        WorkspaceDatabase::releaseThreadConnections();
    });
    worker->start();
    ASSERT_TRUE(worker->wait(10000));
    delete worker;
    EXPECT_FALSE(workerName.isEmpty());
    EXPECT_NE(workerName, mainName);
    EXPECT_EQ(workerValue, QStringLiteral("worker"));
    EXPECT_EQ(db.setting(QStringLiteral("written.by")), QStringLiteral("worker"));
    EXPECT_FALSE(QSqlDatabase::contains(workerName));
}

TEST(WorkspaceDatabase, RefusesADatabaseFromANewerVersion)
{
    QTemporaryDir dir;
    const QString path = scratchFile(dir, QStringLiteral("future.db"));
    {
        WorkspaceDatabase db(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db.connection());
        ASSERT_TRUE(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (9999, 'future', 'now')")));
        WorkspaceDatabase::releaseThreadConnections();
    }
    WorkspaceDatabase again(path);
    QString error;
    EXPECT_FALSE(again.open(&error));
    EXPECT_TRUE(error.contains(QStringLiteral("newer NomeSync"))) << qPrintable(error);
}

// Opens a database at every earlier schema version, fills it with what that version can
// hold, upgrades it, and checks that nothing was lost.
TEST(Migrations, UpgradeFromEveryEarlierVersionKeepsData)
{
    for (int start = 1; start <= Migrations::latestVersion(); ++start) {
        SCOPED_TRACE(start);
        QTemporaryDir dir;
        const QString path = scratchFile(dir, QStringLiteral("v%1.db").arg(start));
        {
            WorkspaceDatabase db(path);
            QString error;
            ASSERT_TRUE(db.open(&error, start)) << qPrintable(error);
            ASSERT_EQ(db.schemaVersion(), start);
            // Version 1 data: settings and audit entries.
            ASSERT_TRUE(db.setSetting(QString(SettingKeys::WorkspaceName), QStringLiteral("Prod ünïcode")));
            AuditLog log(db);
            AuditEntry entry;
            entry.action = QStringLiteral("link");
            entry.subject = QStringLiteral("customer:42");
            entry.before = QStringLiteral("");
            entry.after = QStringLiteral("0015g00000AbCdEAAX");
            ASSERT_TRUE(log.append(entry));
            fillVersionData(db, start);
            WorkspaceDatabase::releaseThreadConnections();
        }
        WorkspaceDatabase upgraded(path);
        QString error;
        ASSERT_TRUE(upgraded.open(&error)) << qPrintable(error);
        EXPECT_EQ(upgraded.schemaVersion(), Migrations::latestVersion());
        EXPECT_EQ(upgraded.setting(QString(SettingKeys::WorkspaceName)), QStringLiteral("Prod ünïcode"));
        const QList<AuditEntry> entries = AuditLog(upgraded).entries(QStringLiteral("customer:42"));
        ASSERT_EQ(entries.size(), 1);
        EXPECT_EQ(entries.first().after, QStringLiteral("0015g00000AbCdEAAX"));
        EXPECT_EQ(count(upgraded.connection(), QStringLiteral("schema_version")),
                  Migrations::latestVersion());
        checkVersionData(upgraded, start);
        WorkspaceDatabase::releaseThreadConnections();
    }
}

TEST(AuditLog, RecordsWhoWhenBeforeAfterAndNeverASecret)
{
    QTemporaryDir dir;
    WorkspaceDatabase db(scratchFile(dir, QStringLiteral("audit.db")));
    ASSERT_TRUE(db.open());
    AuditLog log(db);
    AuditEntry entry;
    entry.action = QStringLiteral("settings");
    entry.subject = QStringLiteral("workspace");
    entry.detail = QStringLiteral("token replaced; Authorization: Bearer abcdefghijkl");
    ASSERT_TRUE(log.append(entry));
    const QList<AuditEntry> entries = log.entries();
    ASSERT_EQ(entries.size(), 1);
    EXPECT_FALSE(entries.first().actor.isEmpty());
    EXPECT_TRUE(entries.first().at.isValid());
    EXPECT_FALSE(entries.first().detail.contains(QStringLiteral("abcdefghijkl")));
}

TEST(WorkspaceRegistry, CreatesListsRenamesAndValidatesNames)
{
    QTemporaryDir dir;
    WorkspaceRegistry registry(dir.path());
    EXPECT_TRUE(registry.list().isEmpty());
    QString error;
    auto prod = registry.create(QStringLiteral("Production"), QStringLiteral("Production"), &error);
    ASSERT_TRUE(prod.has_value()) << qPrintable(error);
    auto staging = registry.create(QStringLiteral("Staging"), QStringLiteral("Staging"), &error);
    ASSERT_TRUE(staging.has_value()) << qPrintable(error);

    EXPECT_FALSE(registry.create(QStringLiteral("production"), QStringLiteral("x"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("already exists")));
    EXPECT_FALSE(registry.create(QStringLiteral("   "), QStringLiteral("x"), &error).has_value());
    EXPECT_FALSE(registry.create(QStringLiteral("bad\nname"), QStringLiteral("x"), &error).has_value());

    const QList<WorkspaceInfo> all = registry.list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0).name, QStringLiteral("Production"));
    EXPECT_EQ(all.at(1).environment, QStringLiteral("Staging"));

    ASSERT_TRUE(registry.rename(staging->id, QStringLiteral("Staging EU"), &error)) << qPrintable(error);
    EXPECT_FALSE(registry.rename(staging->id, QStringLiteral("PRODUCTION"), &error));
    ASSERT_TRUE(registry.find(QStringLiteral("staging eu")).has_value());
    EXPECT_EQ(registry.find(staging->id)->name, QStringLiteral("Staging EU"));
}

TEST(WorkspaceRegistry, DeleteRemovesKeychainEntriesThenFiles)
{
    QTemporaryDir dir;
    WorkspaceRegistry registry(dir.path());
    MemorySecretStore secrets;
    auto ws = registry.create(QStringLiteral("Doomed"), QStringLiteral("Sandbox"));
    ASSERT_TRUE(ws.has_value());
    bool written = false;
    secrets.write(SecretStore::keyFor(ws->id, SecretStore::Kind::MetronomeToken),
                  QStringLiteral("tok-123456789"), nullptr, [&](const SecretResult &) { written = true; });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return written; }));

    // A keychain failure stops the deletion: no secret may outlive its workspace.
    secrets.setFailure(SecretResult::Status::Locked);
    bool done = false;
    bool ok = true;
    QString message;
    registry.remove(ws->id, &secrets, nullptr, [&](bool success, const QString &error) {
        done = true;
        ok = success;
        message = error;
    });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
    EXPECT_FALSE(ok);
    EXPECT_TRUE(message.contains(QStringLiteral("locked")));
    EXPECT_TRUE(QFile::exists(ws->databasePath));

    secrets.setFailure(SecretResult::Status::Ok);
    done = false;
    registry.remove(ws->id, &secrets, nullptr, [&](bool success, const QString &) {
        done = true;
        ok = success;
    });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
    EXPECT_TRUE(ok);
    EXPECT_TRUE(secrets.keys().isEmpty());
    EXPECT_FALSE(QFile::exists(ws->databasePath));
    EXPECT_TRUE(registry.list().isEmpty());
}
