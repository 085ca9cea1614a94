#include "store/WorkspaceDatabase.h"
#include "sync/RecordStateStore.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"
#include "sync/SourceCache.h"
#include "sync/StagingArea.h"
#include "util/Decimal.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Sync;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    WorkspaceDatabase db{QDir(dir.path()).filePath(QStringLiteral("w.db"))};
    Workspace() { EXPECT_TRUE(db.open()); }
    ~Workspace() { WorkspaceDatabase::releaseThreadConnections(); }
};

RunRecord manualRun()
{
    RunRecord r;
    r.trigger = Trigger::Manual;
    return r;
}

void insertRunningRun(const WorkspaceDatabase &db, qint64 pid, const QDateTime &heartbeat)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO sync_runs(trigger, state, queued_at, started_at, owner_pid, owner_host, "
                       "heartbeat_at) VALUES ('manual', 'running', ?, ?, ?, ?, ?)"));
    const QString at = heartbeat.toString(Qt::ISODateWithMs);
    q.addBindValue(at);
    q.addBindValue(at);
    q.addBindValue(pid);
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(at);
    ASSERT_TRUE(q.exec());
}

} // namespace

TEST(RunRepository, OneRunAtATimeAndFinishedRunsGoToCompleted)
{
    Workspace ws;
    RunRepository runs(ws.db);
    QString error;
    auto first = runs.begin(manualRun(), &error);
    ASSERT_TRUE(first.has_value()) << qPrintable(error);
    EXPECT_EQ(first->state, RunState::Running);

    EXPECT_FALSE(runs.begin(manualRun(), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("already running"))) << qPrintable(error);

    ObjectCounts counts;
    counts.object = QStringLiteral("NOME__Metronome_Customer__c");
    counts.attempted = 3;
    counts.succeeded = 2;
    counts.failed = 1;
    ASSERT_TRUE(runs.saveCounts(first->id, counts));
    ASSERT_TRUE(runs.finish(first->id, RunState::CompletedWithErrors, QStringLiteral("1 row failed")));

    const auto stored = runs.run(first->id);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, RunState::CompletedWithErrors);
    ASSERT_EQ(stored->counts.size(), 1);
    EXPECT_EQ(stored->totalAttempted(), 3);
    EXPECT_EQ(stored->totalFailed(), 1);
    EXPECT_EQ(runs.runs(RunRepository::Filter::Completed).size(), 1);
    EXPECT_TRUE(runs.runs(RunRepository::Filter::Incomplete).isEmpty());

    auto second = runs.begin(manualRun(), &error);
    ASSERT_TRUE(second.has_value()) << qPrintable(error);
}

TEST(RunRepository, ALiveProcessElsewhereHoldsTheWorkspaceUntilItDies)
{
    Workspace ws;
    RunRepository runs(ws.db);
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    ASSERT_TRUE(other.waitForStarted());
    insertRunningRun(ws.db, other.processId(), QDateTime::currentDateTimeUtc());

    QString error;
    EXPECT_FALSE(runs.begin(manualRun(), &error).has_value());
    EXPECT_TRUE(error.contains(QString::number(other.processId()))) << qPrintable(error);

    other.kill();
    other.waitForFinished();
    auto run = runs.begin(manualRun(), &error);
    ASSERT_TRUE(run.has_value()) << qPrintable(error);
    const QList<RunRecord> incomplete = runs.runs(RunRepository::Filter::Incomplete);
    // the dead process's run is interrupted, ours is running
    ASSERT_EQ(incomplete.size(), 2);
    EXPECT_EQ(incomplete.at(1).state, RunState::Interrupted);
    EXPECT_FALSE(incomplete.at(1).message.isEmpty());
}

TEST(RunRepository, ASilentRunIsTreatedAsDeadAndStartUpClaimsOwnPid)
{
    Workspace ws;
    RunRepository runs(ws.db);
    // Our own (live) pid, but no heartbeat for ten minutes.
    insertRunningRun(ws.db, QCoreApplication::applicationPid(),
                     QDateTime::currentDateTimeUtc().addSecs(-600));
    EXPECT_EQ(runs.markInterrupted(), 1);
    // A fresh row under our pid is ours only at start-up.
    insertRunningRun(ws.db, QCoreApplication::applicationPid(), QDateTime::currentDateTimeUtc());
    EXPECT_EQ(runs.markInterrupted(false), 0);
    EXPECT_EQ(runs.markInterrupted(true), 1);
}

TEST(RecordStateStore, RemembersConfirmedHashesOnly)
{
    Workspace ws;
    RecordStateStore state(ws.db);
    const QString object = QStringLiteral("NOME__Metronome_Customer__c");
    EXPECT_EQ(state.hashOf(object, QStringLiteral("c1")), 0u);
    ASSERT_TRUE(state.confirm(
        object, 7,
        {{QStringLiteral("c1"), 0x1234567890ULL, QStringLiteral("a0E000000000001AAA"), QStringLiteral("c1")},
         {QStringLiteral("c2"), 42, QString(), QStringLiteral("c2")}}));
    EXPECT_EQ(state.hashOf(object, QStringLiteral("c1")), 0x1234567890ULL);
    EXPECT_EQ(state.hashOf(object, QStringLiteral("c2")), 42u);
    ASSERT_TRUE(state.confirm(object, 8, {{QStringLiteral("c1"), 99, QString(), QStringLiteral("c1")}}));
    EXPECT_EQ(state.hashOf(object, QStringLiteral("c1")), 99u);
    EXPECT_EQ(state.recordIdOf(object, QStringLiteral("c1")), QStringLiteral("a0E000000000001AAA"));
    EXPECT_EQ(state.count(object), 2);
    EXPECT_EQ(state.externalIdsOfCustomer(QStringLiteral("c2")).value(object),
              QStringList{QStringLiteral("c2")});
    ASSERT_TRUE(state.forget(object, {QStringLiteral("c1")}));
    EXPECT_EQ(state.hashOf(object, QStringLiteral("c1")), 0u);
}

TEST(RecordStateStore, PreloadedHashesAnswerLikeTheDatabase)
{
    Workspace ws;
    RecordStateStore state(ws.db);
    const QString customers = QStringLiteral("NOME__Metronome_Customer__c");
    const QString usage = QStringLiteral("NOME__Metronome_Usage__c");
    QList<RecordStateStore::Confirmed> rows;
    for (int i = 1; i <= 2000; ++i) {
        rows.append(
            {QStringLiteral("k%1").arg(i), static_cast<quint64>(i) * 7919, QString(), QStringLiteral("c")});
    }
    ASSERT_TRUE(state.confirm(customers, 1, rows));
    ASSERT_TRUE(state.confirm(usage, 1, {{QStringLiteral("k1"), 5, QString(), QStringLiteral("c")}}));

    state.preload({customers, usage});
    EXPECT_EQ(state.hashOf(customers, QStringLiteral("k1")), 7919u);
    EXPECT_EQ(state.hashOf(customers, QStringLiteral("k2000")), 2000u * 7919u);
    EXPECT_EQ(state.hashOf(usage, QStringLiteral("k1")), 5u) << "the same key under another object";
    EXPECT_EQ(state.hashOf(customers, QStringLiteral("k2001")), 0u) << "never confirmed";
    EXPECT_EQ(state.hashOf(usage, QStringLiteral("k2")), 0u);

    // Released: answers come from the database again, including what was confirmed since.
    ASSERT_TRUE(state.confirm(customers, 2, {{QStringLiteral("k2001"), 11, QString(), QStringLiteral("c")}}));
    state.releasePreloaded();
    EXPECT_EQ(state.hashOf(customers, QStringLiteral("k2001")), 11u);
}

namespace {

QVariantHash sourceRow(const QString &id, const QString &name)
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("customer_id"), QStringLiteral("cust-1")},
        {QStringLiteral("name"), name},
        {QStringLiteral("amount"), QVariant::fromValue(Decimal::fromString(QStringLiteral("12.50")).value())},
        {QStringLiteral("count"), 3}};
}

MappedRecord mappedFor(const QString &id, quint64 hash)
{
    MappedRecord m;
    m.object = QStringLiteral("NOME__Metronome_Commit__c");
    m.externalId = id;
    m.hash = hash;
    return m;
}

qint64 readRunOf(const WorkspaceDatabase &db, const QString &id)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT read_run FROM source_rows WHERE source = 'commits' AND id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

TEST(SourceCache, AnIndexedReadWritesOnlyChangedRowsAndPurgesWhatDidNotComeBack)
{
    Workspace ws;
    const QString source = QStringLiteral("commits");
    {
        SourceCache cache(ws.db);
        for (int i = 1; i <= 3; ++i) {
            ASSERT_TRUE(cache.put(source,
                                  sourceRow(QStringLiteral("r%1").arg(i), QStringLiteral("Row %1").arg(i)),
                                  mappedFor(QStringLiteral("r%1").arg(i), 100 + i), 1));
        }
    }
    SourceCache cache(ws.db);
    cache.preload({source});
    // r1 unchanged, r2 renamed, r3 mapped differently (package changed), r4 new, r5 gone... r5 never existed;
    // r3 and r1 come back, and nothing of r2's old state survives.
    ASSERT_TRUE(cache.put(source, sourceRow(QStringLiteral("r1"), QStringLiteral("Row 1")),
                          mappedFor(QStringLiteral("r1"), 101), 2));
    ASSERT_TRUE(cache.put(source, sourceRow(QStringLiteral("r2"), QStringLiteral("Row two")),
                          mappedFor(QStringLiteral("r2"), 202), 2));
    ASSERT_TRUE(cache.put(source, sourceRow(QStringLiteral("r4"), QStringLiteral("Row 4")),
                          mappedFor(QStringLiteral("r4"), 104), 2));
    EXPECT_EQ(readRunOf(ws.db, QStringLiteral("r1")), 1) << "an unchanged row is not written again";
    EXPECT_EQ(readRunOf(ws.db, QStringLiteral("r2")), 2);
    EXPECT_EQ(readRunOf(ws.db, QStringLiteral("r4")), 2);

    EXPECT_EQ(cache.purgeNotReadIn({source}, 2), 1) << "r3 was not read again: deleted upstream";
    EXPECT_EQ(readRunOf(ws.db, QStringLiteral("r3")), -1);
    EXPECT_EQ(readRunOf(ws.db, QStringLiteral("r1")), 1) << "seen unchanged, kept";
    EXPECT_EQ(cache.count(source), 3);
    const QList<QVariantHash> rows = cache.rows(source);
    bool sawRename = false;
    for (const QVariantHash &row : rows) {
        if (row.value(QStringLiteral("id")) == QStringLiteral("r2")) {
            sawRename = row.value(QStringLiteral("name")) == QStringLiteral("Row two");
            EXPECT_EQ(row.value(QStringLiteral("amount")).value<Decimal>().toString(),
                      QStringLiteral("12.5"));
        }
    }
    EXPECT_TRUE(sawRename);
}

TEST(SourceCache, RowHashIgnoresKeyOrderButNotValuesOrTypes)
{
    QVariantHash a = sourceRow(QStringLiteral("r1"), QStringLiteral("Row 1"));
    QVariantHash b;
    const QStringList keys = a.keys();
    for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
        b.insert(*it, a.value(*it));
    }
    EXPECT_EQ(SourceCache::rowHashOf(a), SourceCache::rowHashOf(b));
    b.insert(QStringLiteral("count"), QStringLiteral("3"));
    EXPECT_NE(SourceCache::rowHashOf(a), SourceCache::rowHashOf(b)) << "3 and \"3\" are different values";
    QVariantHash c = a;
    c.insert(QStringLiteral("name"), QStringLiteral("Row 1 "));
    EXPECT_NE(SourceCache::rowHashOf(a), SourceCache::rowHashOf(c));
}

TEST(StagingArea, PagesThroughStagedRowsAndDropsOtherRuns)
{
    Workspace ws;
    StagingArea old(ws.db, 1);
    StagingArea current(ws.db, 2);
    MappedRecord leftover;
    leftover.object = QStringLiteral("O__c");
    leftover.externalId = QStringLiteral("zz");
    leftover.hash = 5;
    ASSERT_TRUE(old.stage(leftover));
    for (int i = 0; i < 450; ++i) {
        MappedRecord r;
        r.object = QStringLiteral("O__c");
        r.externalId = QStringLiteral("k%1").arg(i, 4, 10, QLatin1Char('0'));
        r.hash = static_cast<quint64>(i + 1);
        r.fields.insert(QStringLiteral("Name"), QStringLiteral("n%1").arg(i));
        r.parents.append({QStringLiteral("P__c"), QStringLiteral("p%1").arg(i)});
        ASSERT_TRUE(current.stage(r));
    }
    ASSERT_TRUE(current.clearOtherRuns());
    EXPECT_EQ(old.count(QStringLiteral("O__c")), 0);
    EXPECT_EQ(current.count(QStringLiteral("O__c")), 450);

    QString after;
    int seen = 0;
    for (;;) {
        const QList<MappedRecord> batch = current.batch(QStringLiteral("O__c"), after, 200);
        if (batch.isEmpty()) {
            break;
        }
        for (const MappedRecord &r : batch) {
            EXPECT_EQ(r.parents.size(), 1);
            EXPECT_EQ(r.fields.value(QStringLiteral("Name")).toString(), QStringLiteral("n%1").arg(seen));
            ++seen;
        }
        after = batch.constLast().externalId;
    }
    EXPECT_EQ(seen, 450);
    ASSERT_TRUE(current.remove(QStringLiteral("O__c"), {QStringLiteral("k0000"), QStringLiteral("k0001")}));
    EXPECT_EQ(current.count(QStringLiteral("O__c")), 448);
}

TEST(RowErrorStore, KeepsEveryFailureFilterableAndRedacted)
{
    Workspace ws;
    RunRepository runs(ws.db);
    auto run = runs.begin(manualRun());
    ASSERT_TRUE(run.has_value());
    RowErrorStore errors(ws.db);
    QList<RowError> batch;
    for (int i = 0; i < 250; ++i) {
        RowError e;
        e.runId = run->id;
        e.object = i % 2 ? QStringLiteral("A__c") : QStringLiteral("B__c");
        e.externalId = QString::number(i);
        e.statusCode = i % 5 ? QStringLiteral("STRING_TOO_LONG") : QStringLiteral("UNABLE_TO_LOCK_ROW");
        e.message = QStringLiteral("row %1 Authorization: Bearer secret-token-xyz").arg(i);
        batch.append(e);
    }
    ASSERT_TRUE(errors.add(batch));
    EXPECT_EQ(errors.count(run->id), 250);
    EXPECT_EQ(errors.count(run->id, QStringLiteral("A__c")), 125);
    EXPECT_EQ(errors.countsByCode(run->id).value(QStringLiteral("UNABLE_TO_LOCK_ROW")), 50);
    RowErrorStore::Query q;
    q.runId = run->id;
    q.object = QStringLiteral("B__c");
    q.limit = 100;
    const QList<RowError> page = errors.list(q);
    ASSERT_EQ(page.size(), 100);
    EXPECT_FALSE(page.first().message.contains(QStringLiteral("secret-token-xyz")));
    EXPECT_EQ(errors.failedKeys(run->id).value(QStringLiteral("A__c")).size(), 125);
}

TEST(RowErrorStore, PagesByKeyAfterTheLastRowSeen)
{
    Workspace ws;
    RunRepository runs(ws.db);
    auto run = runs.begin(manualRun());
    ASSERT_TRUE(run.has_value());
    RowErrorStore errors(ws.db);
    QList<RowError> batch;
    for (int i = 0; i < 25; ++i) {
        RowError e;
        e.runId = run->id;
        e.object = QStringLiteral("A__c");
        e.externalId = QString::number(i);
        e.statusCode = i % 2 ? QStringLiteral("STRING_TOO_LONG") : QStringLiteral("DUPLICATE_VALUE");
        batch.append(e);
    }
    ASSERT_TRUE(errors.add(batch));
    RowErrorStore::Query q;
    q.runId = run->id;
    q.statusCode = QStringLiteral("STRING_TOO_LONG");
    q.limit = 5;
    QStringList seen;
    for (;;) {
        const QList<RowError> page = errors.list(q);
        for (const RowError &e : page) {
            seen.append(e.externalId);
        }
        if (page.size() < q.limit) {
            break;
        }
        q.afterId = page.constLast().id;
    }
    // Every odd row once, in insertion order, none of the other code.
    ASSERT_EQ(seen.size(), 12);
    EXPECT_EQ(seen.first(), QStringLiteral("1"));
    EXPECT_EQ(seen.last(), QStringLiteral("23"));
    EXPECT_EQ(seen.removeDuplicates(), 0);

    // Unfiltered, a page after the first starts right after the row given.
    RowErrorStore::Query all;
    all.runId = run->id;
    all.limit = 10;
    const QList<RowError> first = errors.list(all);
    ASSERT_EQ(first.size(), 10);
    all.afterId = first.constLast().id;
    const QList<RowError> second = errors.list(all);
    ASSERT_EQ(second.size(), 10);
    EXPECT_EQ(second.first().externalId, QStringLiteral("10"));
    EXPECT_EQ(second.last().externalId, QStringLiteral("19"));
}
