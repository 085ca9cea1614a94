// End to end: the real Metronome reader and Salesforce loader, over loopback sockets, against
// nomesync-sandbox; what lands in Salesforce is checked through the sandbox's admin endpoint.
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"
#include "util/Decimal.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace Sync;

namespace {

const QString kCustomer = QStringLiteral("NOME__Metronome_Customer__c");
const QString kContract = QStringLiteral("NOME__Metronome_Contract__c");
const QString kCommit = QStringLiteral("NOME__Metronome_Commit__c");
const QString kInvoice = QStringLiteral("NOME__Metronome_Invoice__c");
const QString kLine = QStringLiteral("NOME__Metronome_Invoice_Line_Item__c");
const QString kGrant = QStringLiteral("NOME__Metronome_Credit_Grant__c");
const QString kPlan = QStringLiteral("NOME__Metronome_Plan__c");
const QString kCustomerPlan = QStringLiteral("NOME__Metronome_Customer_Plan__c");
const QString kUsage = QStringLiteral("NOME__Metronome_Usage__c");
const QString kLink = QStringLiteral("NOME__Metronome_Customer_Account__c");
const QString kAlias = QStringLiteral("NOME__Metronome_Ingest_Alias__c");

qint64 n(const QJsonObject &o, const char *key)
{
    return static_cast<qint64>(o.value(QLatin1String(key)).toDouble());
}

// Exact: "177480.91" cents -> 1774.81 dollars (half away from zero at two decimals).
double dollars(const QString &cents)
{
    return Decimal::fromString(cents)->shifted(-2).rounded(2).toDouble();
}

class SyncEndToEnd : public ::testing::Test
{
protected:
    void startSandbox(int customers, const QStringList &extra = {})
    {
        m_rig = std::make_unique<SyncHarness>(QStringList{QStringLiteral("--customers"),
                                                          QString::number(customers),
                                                          QStringLiteral("--seed"), QStringLiteral("11")} +
                                              extra);
        QString error;
        ASSERT_TRUE(m_rig->start(&error)) << qPrintable(error);
    }

    QHash<QString, qint64> expectedCounts(bool linkedOnly = false) const
    {
        return m_rig->expectedCounts(linkedOnly);
    }

    void expectSalesforceHolds(const QHash<QString, qint64> &expected)
    {
        const QHash<QString, qint64> counts = m_rig->salesforceCounts();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            EXPECT_EQ(counts.value(it.key()), it.value()) << qPrintable(it.key());
        }
    }

    // Field by field for a few customers: invoices, commit balances, usage per metric, lookups.
    void expectSampleMatchesGroundTruth(int sample)
    {
        const QList<QJsonObject> customers = m_rig->metronomeCustomers();
        int checked = 0;
        for (const QJsonObject &c : customers) {
            if (checked >= sample) {
                break;
            }
            const QString id = c.value(QStringLiteral("id")).toString();
            const QJsonObject truth = m_rig->metronomeCustomer(id);
            const QList<QJsonObject> sfCustomer =
                m_rig->salesforceRecords(kCustomer, QStringLiteral("NOME__Metronome_Customer_ID__c"), id);
            ASSERT_EQ(sfCustomer.size(), 1) << qPrintable(id);
            const QString customerRecordId = sfCustomer.first().value(QStringLiteral("Id")).toString();
            EXPECT_EQ(sfCustomer.first().value(QStringLiteral("NOME__Name__c")).toString(),
                      truth.value(QStringLiteral("name")).toString());
            const QString account = truth.value(QStringLiteral("salesforce_account_id")).toString();
            EXPECT_EQ(sfCustomer.first().value(QStringLiteral("NOME__Account__c")).toString(), account);

            const QJsonArray invoices = truth.value(QStringLiteral("invoices")).toArray();
            for (const QJsonValue &v : invoices) {
                const QJsonObject inv = v.toObject();
                const QList<QJsonObject> sf =
                    m_rig->salesforceRecords(kInvoice, QStringLiteral("NOME__Metronome_Invoice_ID__c"),
                                             inv.value(QStringLiteral("id")).toString());
                ASSERT_EQ(sf.size(), 1);
                EXPECT_DOUBLE_EQ(sf.first().value(QStringLiteral("NOME__Total__c")).toDouble(),
                                 dollars(inv.value(QStringLiteral("total")).toString()));
                EXPECT_EQ(sf.first().value(QStringLiteral("NOME__Status__c")).toString(),
                          inv.value(QStringLiteral("status")).toString());
                // The lookup resolved to the customer record, by its external ID.
                EXPECT_EQ(sf.first().value(QStringLiteral("NOME__Customer__c")).toString(), customerRecordId);
            }
            const QJsonArray commitments = truth.value(QStringLiteral("commitments")).toArray();
            for (const QJsonValue &v : commitments) {
                const QJsonObject m = v.toObject();
                const QList<QJsonObject> sf =
                    m_rig->salesforceRecords(kCommit, QStringLiteral("NOME__Metronome_Commit_ID__c"),
                                             m.value(QStringLiteral("id")).toString());
                ASSERT_EQ(sf.size(), 1);
                EXPECT_DOUBLE_EQ(sf.first().value(QStringLiteral("NOME__Current_Balance__c")).toDouble(),
                                 dollars(m.value(QStringLiteral("balance")).toString()));
                EXPECT_DOUBLE_EQ(sf.first().value(QStringLiteral("NOME__Total_Amount__c")).toDouble(),
                                 dollars(m.value(QStringLiteral("amount")).toString()));
            }
            // Daily usage: the totals per metric over the window equal Metronome's.
            const QList<QJsonObject> usage =
                m_rig->salesforceRecords(kUsage, QStringLiteral("NOME__Customer__c"), customerRecordId);
            QHash<QString, Decimal> sums;
            QHash<QString, QString> metricOfRecord;
            const QList<QJsonObject> metrics =
                m_rig->salesforceRecords(QStringLiteral("NOME__Metronome_Billable_Metric__c"));
            for (const QJsonObject &m : metrics) {
                metricOfRecord.insert(
                    m.value(QStringLiteral("Id")).toString(),
                    m.value(QStringLiteral("NOME__Metronome_Billable_Metric_ID__c")).toString());
            }
            for (const QJsonObject &u : usage) {
                if (!u.value(QStringLiteral("NOME__Group_Key__c")).toString().isEmpty()) {
                    continue; // per-group rows repeat the total
                }
                const QString metric =
                    metricOfRecord.value(u.value(QStringLiteral("NOME__Billable_Metric__c")).toString());
                sums[metric] += *Decimal::fromDouble(u.value(QStringLiteral("NOME__Value__c")).toDouble());
            }
            const QJsonObject totals = truth.value(QStringLiteral("usage_totals")).toObject();
            for (auto it = totals.begin(); it != totals.end(); ++it) {
                EXPECT_EQ(sums.value(it.key()).toString(),
                          Decimal::fromString(it.value().toString())->toString())
                    << qPrintable(id) << " " << qPrintable(it.key());
            }
            ++checked;
        }
        EXPECT_EQ(checked, sample);
    }

    std::unique_ptr<SyncHarness> m_rig;
};

} // namespace

TEST_F(SyncEndToEnd, FullSyncThenNextDaySendsOnlyChangesThenNoChangeWritesNothing)
{
    startSandbox(24);
    const SyncHarness::Outcome full = m_rig->sync();
    ASSERT_EQ(full.state, RunState::Completed) << qPrintable(full.message);
    expectSalesforceHolds(expectedCounts());
    EXPECT_EQ(m_rig->salesforceCounts().value(kUsage), full.count(kUsage, &ObjectCounts::succeeded));
    EXPECT_GT(full.count(kUsage, &ObjectCounts::succeeded), 2000);
    expectSampleMatchesGroundTruth(4);
    for (const ObjectCounts &c : full.run.counts) {
        if (c.object == kUsage) {
            EXPECT_EQ(c.method, QStringLiteral("bulk")); // more changed rows than the threshold
        }
    }

    // Next day: a new day of usage, drafts grow, balances burn, some customers renamed or new.
    const QJsonObject report = m_rig->sandbox().adminPost(QStringLiteral("/metronome/next-day")).object();
    const QJsonObject counts = report.value(QStringLiteral("counts")).toObject();
    const qint64 writesBefore = m_rig->salesforceWriteCalls();
    const SyncHarness::Outcome incremental = m_rig->sync();
    ASSERT_EQ(incremental.state, RunState::Completed) << qPrintable(incremental.message);
    // Exactly the renamed and the new customers changed.
    EXPECT_EQ(incremental.count(kCustomer, &ObjectCounts::attempted),
              n(counts, "renamed") + n(counts, "created"));
    // Invoices: at least every one next-day named; at most those plus the drafts that grew and
    // the invoices of renamed customers (an invoice's Name carries its customer's name).
    QSet<QString> named;
    for (const char *key : {"finalized_invoices", "new_draft_invoices", "voided_invoices"}) {
        for (const QJsonValue &v : report.value(QLatin1String(key)).toArray()) {
            named.insert(v.toString());
        }
    }
    qint64 renamedInvoices = 0;
    for (const QJsonValue &v : report.value(QStringLiteral("renamed")).toArray()) {
        renamedInvoices += m_rig->metronomeCustomer(v.toObject().value(QStringLiteral("id")).toString())
                               .value(QStringLiteral("invoices"))
                               .toArray()
                               .size();
    }
    const qint64 invoicesSent = incremental.count(kInvoice, &ObjectCounts::attempted);
    EXPECT_GE(invoicesSent, named.size());
    EXPECT_LE(invoicesSent, named.size() + n(counts, "draft_invoices_updated") + n(counts, "new_invoices") +
                                renamedInvoices);
    EXPECT_LT(incremental.run.totalAttempted(), full.run.totalAttempted() / 5);
    EXPECT_GT(m_rig->salesforceWriteCalls(), writesBefore);
    expectSalesforceHolds(expectedCounts());

    // Nothing changed since: not one Salesforce write call.
    const qint64 writesAfter = m_rig->salesforceWriteCalls();
    const SyncHarness::Outcome idle = m_rig->sync();
    ASSERT_EQ(idle.state, RunState::Completed) << qPrintable(idle.message);
    EXPECT_EQ(idle.run.totalAttempted(), 0);
    EXPECT_EQ(m_rig->salesforceWriteCalls(), writesAfter);
    EXPECT_EQ(idle.run.salesforceWrites, 0);
}

TEST_F(SyncEndToEnd, LinkedOnlyScopeSendsNothingOfUnlinkedCustomers)
{
    startSandbox(20);
    m_rig->setWorkspaceSetting(SettingKeys::SyncScope, QStringLiteral("linked"));
    m_rig->setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("10"));
    const SyncHarness::Outcome out = m_rig->sync();
    ASSERT_EQ(out.state, RunState::Completed) << qPrintable(out.message);
    expectSalesforceHolds(expectedCounts(true));
    QSet<QString> linked;
    for (const QJsonObject &c : m_rig->metronomeCustomers()) {
        if (!c.value(QStringLiteral("salesforce_account_id")).toString().isEmpty()) {
            linked.insert(c.value(QStringLiteral("id")).toString());
        }
    }
    ASSERT_LT(linked.size(), 20); // the generated world has orphans
    QSet<QString> customerRecords;
    for (const QJsonObject &c : m_rig->salesforceRecords(kCustomer)) {
        EXPECT_TRUE(linked.contains(c.value(QStringLiteral("NOME__Metronome_Customer_ID__c")).toString()));
        customerRecords.insert(c.value(QStringLiteral("Id")).toString());
    }
    for (const QString &object : {kInvoice, kUsage, kContract}) {
        for (const QJsonObject &r : m_rig->salesforceRecords(object)) {
            EXPECT_TRUE(customerRecords.contains(r.value(QStringLiteral("NOME__Customer__c")).toString()))
                << qPrintable(object);
        }
    }
}

TEST_F(SyncEndToEnd, AFailedParentSkipsItsChildrenAndRetryFixesThemOnceTheCauseIsGone)
{
    startSandbox(16);
    m_rig->setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("5"));
    m_rig->setWorkspaceSetting(SettingKeys::LockRetryRounds, QStringLiteral("1"));
    // Lock one customer's record for longer than the client's retry rounds.
    QString victim;
    for (const QJsonObject &c : m_rig->metronomeCustomers()) {
        const QJsonObject truth = m_rig->metronomeCustomer(c.value(QStringLiteral("id")).toString());
        if (truth.value(QStringLiteral("invoices")).toArray().size() >= 2) {
            victim = c.value(QStringLiteral("id")).toString();
            break;
        }
    }
    ASSERT_FALSE(victim.isEmpty());
    m_rig->sandbox().adminPost(QStringLiteral("/salesforce/sf-faults"),
                               QJsonObject{{QStringLiteral("lock_keys"), QJsonArray{victim}},
                                           {QStringLiteral("lock_attempts"), 1000}});
    const SyncHarness::Outcome first = m_rig->sync();
    ASSERT_EQ(first.state, RunState::CompletedWithErrors) << qPrintable(first.message);
    EXPECT_EQ(first.count(kCustomer, &ObjectCounts::failed), 1);
    const qint64 victimInvoices =
        m_rig->metronomeCustomer(victim).value(QStringLiteral("invoices")).toArray().size();
    EXPECT_EQ(first.count(kInvoice, &ObjectCounts::skipped), victimInvoices);
    EXPECT_GT(first.count(kLine, &ObjectCounts::skipped), 0); // grandchildren too

    WorkspaceDatabase db(m_rig->workspace().databasePath);
    RowErrorStore::Query query;
    query.runId = first.runId;
    query.object = kCustomer;
    const QList<RowError> failed = RowErrorStore(db).list(query);
    ASSERT_EQ(failed.size(), 1);
    EXPECT_EQ(failed.first().statusCode, QStringLiteral("UNABLE_TO_LOCK_ROW"));
    query.object = kInvoice;
    for (const RowError &e : RowErrorStore(db).list(query)) {
        EXPECT_EQ(e.kind, RowError::Kind::Skipped);
        EXPECT_EQ(e.parentKey, victim);
    }

    m_rig->sandbox().admin("PUT", QStringLiteral("/salesforce/sf-faults"), QJsonDocument(QJsonObject()));
    SyncLauncher::Request retry;
    retry.trigger = Trigger::Retry;
    retry.retryOf = first.runId;
    const SyncHarness::Outcome retried = m_rig->sync(retry);
    ASSERT_EQ(retried.state, RunState::Completed) << qPrintable(retried.message);
    EXPECT_EQ(retried.run.retryOf, first.runId);
    EXPECT_EQ(retried.run.totalAttempted(), first.run.totalFailed() + first.run.totalSkipped());
    EXPECT_EQ(
        m_rig->salesforceRecords(kCustomer, QStringLiteral("NOME__Metronome_Customer_ID__c"), victim).size(),
        1);
    EXPECT_EQ(m_rig->salesforceCounts().value(kInvoice), expectedCounts().value(kInvoice));
}

TEST_F(SyncEndToEnd, BulkPathMatchesEveryResultRowBackEvenShuffled)
{
    startSandbox(14, {QStringLiteral("--salesforce-shuffle-bulk")});
    m_rig->setWorkspaceSetting(SettingKeys::BulkThreshold, QStringLiteral("40"));
    m_rig->setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("20"));
    const SyncHarness::Outcome out = m_rig->sync();
    ASSERT_EQ(out.state, RunState::Completed) << qPrintable(out.message);
    int bulkObjects = 0;
    for (const ObjectCounts &c : out.run.counts) {
        if (c.method == QLatin1String("bulk")) {
            ++bulkObjects;
            EXPECT_EQ(c.succeeded, c.attempted) << qPrintable(c.object);
        }
    }
    EXPECT_GE(bulkObjects, 3); // invoices, line items, usage at least
    expectSalesforceHolds(expectedCounts());
    EXPECT_EQ(m_rig->salesforceCounts().value(kLine), out.count(kLine, &ObjectCounts::succeeded));
    // Every confirmed row has its Salesforce Id recorded, so results were matched by key.
    WorkspaceDatabase db(m_rig->workspace().databasePath);
    QSqlQuery q(db.connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT COUNT(*) FROM sync_record_state WHERE record_id = ''")) &&
                q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST_F(SyncEndToEnd, KillingTheHeadlessSyncMidRunLosesAndDuplicatesNothing)
{
    startSandbox(30, {QStringLiteral("--latency-ms"), QStringLiteral("15")});
    m_rig->setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("30"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOMESYNC_METRONOME_TOKEN"), m_rig->metronomeToken());
    env.insert(QStringLiteral("NOMESYNC_SALESFORCE_REFRESH_TOKEN"), m_rig->refreshToken());
    const QStringList args{QStringLiteral("sync"), QStringLiteral("--workspace"), QStringLiteral("Sandbox"),
                           QStringLiteral("--data-dir"), m_rig->dataDir()};

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(NOMESYNC_APP_PATH), args);
    ASSERT_TRUE(first.waitForStarted());
    // Kill it once some rows reached Salesforce, in the middle of loading.
    ASSERT_TRUE(TestEnvironment::waitFor(
        [&]() {
            return m_rig->salesforceCounts().value(kInvoice) > 0 || first.state() == QProcess::NotRunning;
        },
        60000));
    ASSERT_EQ(first.state(), QProcess::Running) << "the run ended before it could be killed";
    first.kill();
    first.waitForFinished();

    QProcess second;
    second.setProcessEnvironment(env);
    second.start(QStringLiteral(NOMESYNC_APP_PATH), args);
    ASSERT_TRUE(second.waitForFinished(180000));
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().constData();

    WorkspaceDatabase db(m_rig->workspace().databasePath);
    const QList<RunRecord> runs = RunRepository(db).runs();
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs.at(1).state, RunState::Interrupted);
    EXPECT_EQ(runs.at(0).state, RunState::Completed);
    expectSalesforceHolds(expectedCounts());
    // No duplicates: every external ID appears once.
    for (const QString &object : {kInvoice, kLine, kUsage, kAlias}) {
        const QList<QJsonObject> records = m_rig->salesforceRecords(object);
        QSet<QString> keys;
        for (const QJsonObject &r : records) {
            QString key;
            for (auto it = r.begin(); it != r.end(); ++it) {
                if (it.key().endsWith(QLatin1String("_ID__c")) &&
                    it.key().contains(QLatin1String("Metronome")) &&
                    !it.key().contains(QLatin1String("Invoice_ID"))) {
                    key = it.value().toString();
                }
            }
            if (object == kAlias) {
                key = r.value(QStringLiteral("NOME__Customer_Ingest_Alias_ID__c")).toString();
            }
            if (object == kInvoice) {
                key = r.value(QStringLiteral("NOME__Metronome_Invoice_ID__c")).toString();
            }
            EXPECT_FALSE(keys.contains(key)) << qPrintable(object) << " " << qPrintable(key);
            keys.insert(key);
        }
    }
    // And a further sync finds nothing left to send.
    const qint64 writes = m_rig->salesforceWriteCalls();
    const SyncHarness::Outcome idle = m_rig->sync();
    EXPECT_EQ(idle.state, RunState::Completed);
    EXPECT_EQ(m_rig->salesforceWriteCalls(), writes);
}

// What the systemd timer runs: `nomesync sync --all --scheduled` syncs every workspace whose
// schedule is on, as a scheduled run, and leaves the ones switched off alone.
TEST_F(SyncEndToEnd, TheTimersSyncAllSkipsWorkspacesWithTheScheduleOffAndSyncsTheOthers)
{
    startSandbox(6);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOMESYNC_METRONOME_TOKEN"), m_rig->metronomeToken());
    env.insert(QStringLiteral("NOMESYNC_SALESFORCE_REFRESH_TOKEN"), m_rig->refreshToken());
    const QStringList args{QStringLiteral("sync"), QStringLiteral("--all"), QStringLiteral("--scheduled"),
                           QStringLiteral("--data-dir"), m_rig->dataDir()};
    auto runAll = [&](QString *output) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(NOMESYNC_APP_PATH), args);
        EXPECT_TRUE(cli.waitForFinished(180000));
        *output = QString::fromUtf8(cli.readAllStandardOutput());
        return cli.exitCode();
    };

    m_rig->setWorkspaceSetting(SettingKeys::SyncSchedule, QStringLiteral("off"));
    QString output;
    EXPECT_EQ(runAll(&output), 0);
    EXPECT_TRUE(output.contains(QStringLiteral("skipped"))) << qPrintable(output);
    {
        WorkspaceDatabase db(m_rig->workspace().databasePath);
        EXPECT_TRUE(RunRepository(db).runs().isEmpty());
    }
    EXPECT_EQ(m_rig->salesforceCounts().value(kInvoice), 0);

    m_rig->setWorkspaceSetting(SettingKeys::SyncSchedule, QStringLiteral("daily@07:00"));
    EXPECT_EQ(runAll(&output), 0) << qPrintable(output);
    WorkspaceDatabase db(m_rig->workspace().databasePath);
    const QList<RunRecord> runs = RunRepository(db).runs();
    ASSERT_EQ(runs.size(), 1);
    EXPECT_EQ(runs.at(0).state, RunState::Completed);
    EXPECT_EQ(runs.at(0).trigger, Trigger::Scheduled);
    expectSalesforceHolds(expectedCounts());
}
