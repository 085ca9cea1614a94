#include "FakeSyncEnds.h"
#include "TestEnvironment.h"
#include "package/PackageDefinition.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"
#include "sync/SourceCache.h"
#include "sync/SyncEngine.h"
#include "util/Decimal.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Sync;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kInvoice = QStringLiteral("NOME__Metronome_Invoice__c");
const QString kLine = QStringLiteral("NOME__Metronome_Invoice_Line_Item__c");

QVariantHash customer(int i, bool linked)
{
    return {{QStringLiteral("id"), QStringLiteral("cust-%1").arg(i)},
            {QStringLiteral("customer_id"), QStringLiteral("cust-%1").arg(i)},
            {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)},
            {QStringLiteral("account_id"),
             linked ? QStringLiteral("0015g00000AbCd%1").arg(QChar(u'A' + (i % 26))) : QString()}};
}

QVariantHash invoice(int customerIndex, int n, const char *total = "1000")
{
    return {{QStringLiteral("id"), QStringLiteral("inv-%1-%2").arg(customerIndex).arg(n)},
            {QStringLiteral("customer_id"), QStringLiteral("cust-%1").arg(customerIndex)},
            {QStringLiteral("display_name"),
             QStringLiteral("Customer %1 - 01-%2-2026").arg(customerIndex).arg(n)},
            {QStringLiteral("status"), QStringLiteral("FINALIZED")},
            {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
            {QStringLiteral("total"), QVariant::fromValue(*Decimal::fromString(QString::fromLatin1(total)))}};
}

QVariantHash lineItem(int customerIndex, int n)
{
    return {{QStringLiteral("id"), QStringLiteral("inv-%1-%2/line/1").arg(customerIndex).arg(n)},
            {QStringLiteral("customer_id"), QStringLiteral("cust-%1").arg(customerIndex)},
            {QStringLiteral("invoice_id"), QStringLiteral("inv-%1-%2").arg(customerIndex).arg(n)},
            {QStringLiteral("name"), QStringLiteral("API calls")},
            {QStringLiteral("credit_type_name"), QStringLiteral("USD (cents)")},
            {QStringLiteral("total"), QVariant::fromValue(Decimal::fromInt(1000))}};
}

class SyncEngineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = QDir(m_dir.path()).filePath(QStringLiteral("ws.db"));
        m_package = *PackageDefinition::builtIn(QStringLiteral("nome_v2"));
        for (int i = 0; i < 30; ++i) {
            m_reader.data[QStringLiteral("customers")].append(customer(i, i % 3 != 0));
            for (int n = 1; n <= 2; ++n) {
                m_reader.data[QStringLiteral("invoices")].append(invoice(i, n));
                m_reader.data[QStringLiteral("invoice_line_items")].append(lineItem(i, n));
            }
        }
    }
    void TearDown() override { WorkspaceDatabase::releaseThreadConnections(); }

    struct Outcome
    {
        qint64 runId = 0;
        RunState state = RunState::Failed;
        QString message;
        RunRecord record;
    };

    Outcome run(SyncSettings settings = SyncSettings(), std::function<void(SyncEngine &)> during = {})
    {
        settings.databasePath = m_path;
        settings.environment = QStringLiteral("Production");
        SyncEngine engine(settings, m_package, &m_reader, &m_loader);
        Outcome out;
        bool done = false;
        QObject::connect(&engine, &SyncEngine::finished, &engine,
                         [&](qint64 id, RunState state, const QString &message) {
                             out.runId = id;
                             out.state = state;
                             out.message = message;
                             done = true;
                         });
        engine.start();
        if (during) {
            during(engine);
        }
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }, 30000));
        WorkspaceDatabase db(m_path);
        if (const auto r = RunRepository(db).run(out.runId)) {
            out.record = *r;
        }
        return out;
    }

    static qint64 countFor(const RunRecord &run, const QString &object, qint64 ObjectCounts::*field)
    {
        for (const ObjectCounts &c : run.counts) {
            if (c.object == object) {
                return c.*field;
            }
        }
        return -1;
    }

    QTemporaryDir m_dir;
    QString m_path;
    PackageDefinition m_package = *PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    FakeSourceReader m_reader;
    FakeRecordLoader m_loader;
};

} // namespace

TEST_F(SyncEngineTest, FirstSyncSendsEverythingAndASecondWithNoChangeWritesNothing)
{
    const Outcome first = run();
    ASSERT_EQ(first.state, RunState::Completed) << qPrintable(first.message);
    EXPECT_EQ(m_loader.org.value(kCustomer).size(), 30);
    EXPECT_EQ(m_loader.org.value(kInvoice).size(), 60);
    EXPECT_EQ(countFor(first.record, kInvoice, &ObjectCounts::attempted), 60);
    EXPECT_EQ(countFor(first.record, kInvoice, &ObjectCounts::succeeded), 60);
    EXPECT_EQ(m_loader.methodsUsed.value(kInvoice), QStringLiteral("collections"));
    // 60 invoice rows fit one call of 200.
    EXPECT_EQ(m_loader.writesByObject.value(kInvoice), 1);

    const qint64 writesBefore = m_loader.writes;
    const Outcome second = run();
    ASSERT_EQ(second.state, RunState::Completed);
    EXPECT_EQ(m_loader.writes, writesBefore) << "a sync with no change must not write to Salesforce";
    EXPECT_EQ(second.record.totalAttempted(), 0);
    EXPECT_EQ(countFor(second.record, kInvoice, &ObjectCounts::readRows), 60);
    EXPECT_EQ(second.message, QStringLiteral("Nothing changed since the last sync."));
}

TEST_F(SyncEngineTest, OneCallAtATimeFinishesWhenAnObjectFillsItsLastBatchExactly)
{
    // 30 customers in calls of 10, one call in flight: the emptiness of the staged rows is only
    // found after the last call came back, with nothing else in flight to wake the loader.
    m_loader.collectionsLimit = 10;
    m_loader.concurrency = 1;
    const Outcome out = run();
    ASSERT_EQ(out.state, RunState::Completed) << qPrintable(out.message);
    EXPECT_EQ(m_loader.org.value(kCustomer).size(), 30);
    EXPECT_EQ(m_loader.org.value(kInvoice).size(), 60);
    EXPECT_EQ(m_loader.org.value(kLine).size(), 60);
}

TEST_F(SyncEngineTest, OnlyChangedRowsAreSentAndAFullSyncSendsAll)
{
    ASSERT_EQ(run().state, RunState::Completed);
    m_reader.data[QStringLiteral("invoices")][4] = invoice(2, 1, "1250"); // one draft total moved
    m_reader.data[QStringLiteral("customers")][7][QStringLiteral("name")] = QStringLiteral("Renamed Co");
    const Outcome incremental = run();
    ASSERT_EQ(incremental.state, RunState::Completed);
    EXPECT_EQ(incremental.record.totalAttempted(), 2);
    EXPECT_EQ(countFor(incremental.record, kInvoice, &ObjectCounts::attempted), 1);
    EXPECT_EQ(countFor(incremental.record, kCustomer, &ObjectCounts::attempted), 1);
    EXPECT_EQ(m_loader.org.value(kInvoice)
                  .value(QStringLiteral("inv-2-1"))
                  .value(QStringLiteral("NOME__Total__c"))
                  .toDouble(),
              12.5);

    SyncSettings full;
    full.fullSync = true;
    const Outcome all = run(full);
    EXPECT_EQ(all.record.totalAttempted(), 30 + 60 + 60);
}

TEST_F(SyncEngineTest, AFailedParentSkipsItsChildrenAndRetrySendsOnlyWhatFailed)
{
    m_loader.failKeys.insert(QStringLiteral("inv-5-1"));
    const Outcome first = run();
    ASSERT_EQ(first.state, RunState::CompletedWithErrors) << qPrintable(first.message);
    EXPECT_EQ(countFor(first.record, kInvoice, &ObjectCounts::failed), 1);
    EXPECT_EQ(countFor(first.record, kLine, &ObjectCounts::skipped), 1);
    EXPECT_EQ(countFor(first.record, kLine, &ObjectCounts::succeeded), 59);
    EXPECT_FALSE(m_loader.org.value(kLine).contains(QStringLiteral("inv-5-1/line/1")));

    WorkspaceDatabase db(m_path);
    RowErrorStore::Query q;
    q.runId = first.runId;
    q.object = kLine;
    const QList<RowError> skipped = RowErrorStore(db).list(q);
    ASSERT_EQ(skipped.size(), 1);
    EXPECT_EQ(skipped.first().kind, RowError::Kind::Skipped);
    EXPECT_EQ(skipped.first().parentObject, kInvoice);
    EXPECT_EQ(skipped.first().parentKey, QStringLiteral("inv-5-1"));

    // The cause is removed (the validation rule fixed); retry sends exactly the two rows.
    m_loader.failKeys.clear();
    const qint64 writesBefore = m_loader.writes;
    SyncSettings retry;
    retry.trigger = Trigger::Retry;
    retry.retryOf = first.runId;
    const Outcome retried = run(retry);
    ASSERT_EQ(retried.state, RunState::Completed) << qPrintable(retried.message);
    EXPECT_EQ(retried.record.retryOf, first.runId);
    EXPECT_EQ(retried.record.totalAttempted(), 2);
    EXPECT_EQ(m_loader.writes - writesBefore, 2); // one call for the invoice, one for its line
    EXPECT_TRUE(m_loader.org.value(kLine).contains(QStringLiteral("inv-5-1/line/1")));
    EXPECT_EQ(m_reader.lastOptions.onlyCustomers, QSet<QString>{QStringLiteral("cust-5")});
}

TEST_F(SyncEngineTest, RowsThatCannotBeMappedFailWithoutBeingSentAndSkipTheirChildren)
{
    m_reader.data[QStringLiteral("invoices")][0][QStringLiteral("status")] = QStringLiteral("BOGUS");
    const Outcome out = run();
    ASSERT_EQ(out.state, RunState::CompletedWithErrors);
    EXPECT_EQ(countFor(out.record, kInvoice, &ObjectCounts::attempted), 60);
    EXPECT_EQ(countFor(out.record, kInvoice, &ObjectCounts::failed), 1);
    EXPECT_EQ(countFor(out.record, kLine, &ObjectCounts::skipped), 1);
    EXPECT_FALSE(m_loader.org.value(kInvoice).contains(QStringLiteral("inv-0-1")));
}

TEST_F(SyncEngineTest, UsesBulkAboveTheThresholdAndRunsIndependentObjectsInParallel)
{
    SyncSettings settings;
    settings.bulkThreshold = 40;
    m_loader.delayMs = 20;
    const Outcome out = run(settings);
    ASSERT_EQ(out.state, RunState::Completed);
    EXPECT_EQ(m_loader.methodsUsed.value(kInvoice), QStringLiteral("bulk"));
    EXPECT_EQ(m_loader.methodsUsed.value(kCustomer), QStringLiteral("collections"));
    EXPECT_EQ(m_loader.org.value(kLine).size(), 60);
}

TEST_F(SyncEngineTest, LinkedOnlyScopeSendsNothingOfUnlinkedCustomers)
{
    SyncSettings settings;
    settings.scope = Scope::LinkedOnly;
    const Outcome out = run(settings);
    ASSERT_EQ(out.state, RunState::Completed);
    EXPECT_EQ(m_loader.org.value(kCustomer).size(), 20);
    EXPECT_FALSE(m_loader.org.value(kCustomer).contains(QStringLiteral("cust-0")));
    EXPECT_EQ(m_reader.lastOptions.scope, Scope::LinkedOnly);
}

TEST_F(SyncEngineTest, AFatalErrorFailsTheRunAndTheNextRunCompletesIt)
{
    m_loader.fatalOnNextCall = true;
    const Outcome failed = run();
    EXPECT_EQ(failed.state, RunState::Failed);
    EXPECT_TRUE(failed.message.contains(QStringLiteral("REQUEST_LIMIT_EXCEEDED")));
    const Outcome next = run();
    ASSERT_EQ(next.state, RunState::Completed);
    EXPECT_EQ(m_loader.org.value(kInvoice).size(), 60);
    EXPECT_EQ(m_loader.org.value(kLine).size(), 60);
}

TEST_F(SyncEngineTest, CancelLeavesACancelledRunAndNothingStaged)
{
    m_loader.delayMs = 50;
    m_loader.concurrency = 1;
    const Outcome out = run(SyncSettings(), [](SyncEngine &engine) {
        TestEnvironment::waitFor([&]() { return engine.runId() > 0; });
        QTimer::singleShot(60, &engine, [&engine]() { engine.cancel(); });
    });
    EXPECT_EQ(out.state, RunState::Cancelled);
    WorkspaceDatabase db(m_path);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_staged")) && q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
    // Whatever was not confirmed is sent by the next sync.
    m_loader.delayMs = 0;
    m_loader.concurrency = 4;
    ASSERT_EQ(run().state, RunState::Completed);
    EXPECT_EQ(m_loader.org.value(kLine).size(), 60);
}

TEST_F(SyncEngineTest, APackageCheckFailureFailsTheRunWithItsMessage)
{
    m_loader.prepareError = QStringLiteral("NOME__Metronome_Invoice__c.NOME__Total__c is missing in the org");
    const Outcome out = run();
    EXPECT_EQ(out.state, RunState::Failed);
    EXPECT_EQ(out.message, m_loader.prepareError);
    EXPECT_EQ(m_loader.writes, 0);
}

TEST_F(SyncEngineTest, KeepsWhatItReadForTheAppAndForgetsRowsThatDisappeared)
{
    ASSERT_EQ(run().state, RunState::Completed);
    WorkspaceDatabase db(m_path);
    SourceCache cache(db);
    EXPECT_EQ(cache.count(QStringLiteral("customers")), 30);
    const QList<QVariantHash> invoices = cache.rows(QStringLiteral("invoices"), QStringLiteral("cust-3"));
    ASSERT_EQ(invoices.size(), 2);
    // Money comes back exact, as Decimal.
    EXPECT_EQ(invoices.first().value(QStringLiteral("total")).value<Decimal>(), Decimal::fromInt(1000));

    m_reader.data[QStringLiteral("customers")].removeLast();
    ASSERT_EQ(run().state, RunState::Completed);
    EXPECT_EQ(cache.count(QStringLiteral("customers")), 29);
}

TEST_F(SyncEngineTest, ADryRunReportsAndExportsWhatWouldBeSentAndWritesNothing)
{
    QTemporaryDir out;
    SyncSettings settings;
    settings.dryRun = true;
    settings.exportDirectory = out.path();
    const Outcome dry = run(settings);
    ASSERT_EQ(dry.state, RunState::Completed) << qPrintable(dry.message);
    EXPECT_EQ(dry.record.trigger, Trigger::DryRun);
    EXPECT_EQ(m_loader.writes, 0);
    EXPECT_EQ(dry.record.totalAttempted(), 150);
    QFile invoices(QDir(out.path()).filePath(kInvoice + QStringLiteral(".jsonl")));
    ASSERT_TRUE(invoices.open(QIODevice::ReadOnly));
    EXPECT_EQ(invoices.readAll().count('\n'), 60);
    QFile manifest(QDir(out.path()).filePath(QStringLiteral("manifest.json")));
    ASSERT_TRUE(manifest.open(QIODevice::ReadOnly));
    const QJsonArray objects = QJsonDocument::fromJson(manifest.readAll()).array();
    ASSERT_EQ(objects.size(), 3);
    EXPECT_EQ(objects.at(0).toObject().value(QStringLiteral("object")).toString(),
              kCustomer); // parents first
    // Nothing was confirmed, so a real sync still sends everything.
    EXPECT_EQ(run().record.totalAttempted(), 150);
}
