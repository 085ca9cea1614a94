// Fault storms: a sync through both APIs answering 10% 5xx, 5% 429 (half with Retry-After),
// 2% 2-second latency spikes, Salesforce sessions that expire every N calls and 1% of row
// writes losing their lock must complete with every row in place, within a bounded retry
// budget. Faults beyond the budget fail the run with a clear message and lose nothing.
// CI-sized by default; the long run of RELIABILITY.md sets
//   NOMESYNC_STORM_CUSTOMERS (default 30), NOMESYNC_STORM_SESSION_CALLS (default 25; the
//   issue's 500 for the medium dataset) and NOMESYNC_STORM_SEED (default 3).
#include "SyncHarness.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <gtest/gtest.h>

#include <memory>

using namespace Sync;

namespace {

int setting(const char *name, int fallback)
{
    return qEnvironmentVariableIsSet(name) ? qEnvironmentVariableIntValue(name) : fallback;
}

QJsonObject storm(int seed)
{
    return QJsonObject{
        {QStringLiteral("server_error_rate"), 0.10},    {QStringLiteral("rate_limit_rate"), 0.05},
        {QStringLiteral("retry_after_share"), 0.5},     {QStringLiteral("retry_after_seconds"), 1},
        {QStringLiteral("spike_rate"), 0.02},           {QStringLiteral("spike_ms"), 2000},
        {QStringLiteral("seed"), QString::number(seed)}};
}

qint64 number(const QJsonObject &o, const QString &key)
{
    return static_cast<qint64>(o.value(key).toDouble());
}

// Calls the sandbox received and faults it injected, both halves together.
struct CallFigures
{
    qint64 total = 0;
    qint64 tokenCalls = 0;
    QHash<QString, qint64> injected;
    qint64 injectedTotal() const
    {
        return injected.value(QStringLiteral("5xx")) + injected.value(QStringLiteral("429"));
    }
};

CallFigures callFigures(const SyncHarness &rig)
{
    CallFigures f;
    const QJsonObject all =
        const_cast<SyncHarness &>(rig).sandbox().adminGet(QStringLiteral("/calls")).object();
    for (auto half = all.begin(); half != all.end(); ++half) {
        const QJsonObject o = half.value().toObject();
        f.total += number(o, QStringLiteral("total"));
        const QJsonObject injected = o.value(QStringLiteral("injected")).toObject();
        for (auto it = injected.begin(); it != injected.end(); ++it) {
            f.injected[it.key()] += static_cast<qint64>(it.value().toDouble());
        }
        const QJsonArray calls = o.value(QStringLiteral("calls")).toArray();
        for (const QJsonValue &c : calls) {
            if (c.toObject()
                    .value(QStringLiteral("route"))
                    .toString()
                    .endsWith(QLatin1String("/oauth2/token"))) {
                f.tokenCalls += number(c.toObject(), QStringLiteral("count"));
            }
        }
    }
    return f;
}

// The failed rows of a run, for the failure message.
QString rowErrors(const SyncHarness &rig, qint64 runId)
{
    WorkspaceDatabase db(rig.workspace().databasePath);
    RowErrorStore::Query query;
    query.runId = runId;
    query.limit = 20;
    QStringList lines;
    for (const RowError &e : RowErrorStore(db).list(query)) {
        lines.append(QString(e.object + QLatin1Char(' ') + e.externalId + QLatin1Char(' ') + e.statusCode +
                             QLatin1Char(' ') + e.message));
    }
    return lines.join(QLatin1Char('\n'));
}

void expectSalesforceEqualsMetronome(const SyncHarness &rig)
{
    const QHash<QString, qint64> counts = rig.salesforceCounts();
    const QHash<QString, qint64> expected = rig.expectedCounts();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_EQ(counts.value(it.key()), it.value()) << qPrintable(it.key());
    }
}

} // namespace

namespace {

// A rig for the storm test; `stormy` false gives the fault-free baseline of the same world.
std::unique_ptr<SyncHarness> stormRig(int customers, int sessionCalls, bool stormy)
{
    QStringList arguments{QStringLiteral("--customers"), QString::number(customers), QStringLiteral("--seed"),
                          QStringLiteral("8")};
    if (stormy) {
        arguments += {QStringLiteral("--salesforce-session-calls"), QString::number(sessionCalls),
                      QStringLiteral("--salesforce-lock-rate"), QStringLiteral("0.01")};
    }
    auto rig = std::make_unique<SyncHarness>(arguments);
    QString error;
    if (!rig->start(&error)) {
        ADD_FAILURE() << qPrintable(error);
        return nullptr;
    }
    rig->setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("14"));
    // Some objects go through Bulk, so its calls (create, upload, close, poll, results) are
    // stormed too.
    rig->setWorkspaceSetting(SettingKeys::BulkThreshold, QStringLiteral("150"));
    return rig;
}

} // namespace

TEST(FaultStorm, ASyncThroughTheStormCompletesWithEveryRowInPlaceWithinTheRetryBudget)
{
    const int customers = setting("NOMESYNC_STORM_CUSTOMERS", 30);
    const int sessionCalls = setting("NOMESYNC_STORM_SESSION_CALLS", 25);
    const int seed = setting("NOMESYNC_STORM_SEED", 3);

    // The calls the same sync makes in calm weather.
    qint64 baselineCalls = 0;
    {
        const auto calm = stormRig(customers, sessionCalls, false);
        ASSERT_TRUE(calm);
        calm->sandbox().admin(QByteArrayLiteral("DELETE"), QStringLiteral("/calls"));
        const SyncHarness::Outcome out = calm->sync();
        ASSERT_EQ(out.state, RunState::Completed) << qPrintable(out.message);
        const CallFigures calls = callFigures(*calm);
        baselineCalls = calls.total - calls.tokenCalls;
    }

    const auto rig = stormRig(customers, sessionCalls, true);
    ASSERT_TRUE(rig);
    for (const QString &half : {QStringLiteral("/metronome/faults"), QStringLiteral("/salesforce/faults")}) {
        rig->sandbox().adminPost(half, storm(seed));
    }
    rig->sandbox().admin(QByteArrayLiteral("DELETE"), QStringLiteral("/calls"));
    QElapsedTimer clock;
    clock.start();
    const SyncHarness::Outcome out = rig->sync();
    const qint64 elapsedMs = clock.elapsed();
    const CallFigures calls = callFigures(*rig);
    const qint64 locks = number(rig->sandbox().adminGet(QStringLiteral("/salesforce/sf-faults")).object(),
                                QStringLiteral("locks_injected"));
    std::printf("[ storm    ] %d customers, %lld ms: %lld calls (%lld in calm weather), %lld 5xx, %lld 429 "
                "(%lld with Retry-After), %lld spikes, %lld lock errors, %lld token calls (sessions expire "
                "every %d calls)\n",
                customers, elapsedMs, calls.total, baselineCalls, calls.injected.value(QStringLiteral("5xx")),
                calls.injected.value(QStringLiteral("429")),
                calls.injected.value(QStringLiteral("retry_after")),
                calls.injected.value(QStringLiteral("spike")), locks, calls.tokenCalls, sessionCalls);

    EXPECT_EQ(out.state, RunState::Completed) << qPrintable(out.message);
    EXPECT_EQ(out.run.totalFailed(), 0) << qPrintable(rowErrors(*rig, out.runId));
    EXPECT_EQ(out.run.totalSkipped(), 0);
    // The storm really blew.
    EXPECT_GE(calls.injected.value(QStringLiteral("5xx")) * 100, calls.total * 4);
    EXPECT_GE(calls.injected.value(QStringLiteral("429")) * 1000, calls.total * 15);
    EXPECT_GT(calls.injected.value(QStringLiteral("retry_after")), 0);
    EXPECT_GT(calls.injected.value(QStringLiteral("spike")), 0);
    EXPECT_GT(locks, 0);
    EXPECT_GE(calls.tokenCalls, 2) << "sessions expired and were renewed during the run";
    // Bounded: a 15% storm costs about 18% more calls; resent locked rows and session renewals
    // add a few. Half as many again means retries feed on themselves (or work is redone).
    EXPECT_LE(calls.total - calls.tokenCalls, baselineCalls * 3 / 2 + locks)
        << "the storm cost more calls than its faults explain";
    expectSalesforceEqualsMetronome(*rig);

    // In place and consistent: with the storm gone, a sync with no change writes nothing.
    for (const QString &half : {QStringLiteral("/metronome/faults"), QStringLiteral("/salesforce/faults"),
                                QStringLiteral("/salesforce/sf-faults")}) {
        rig->sandbox().admin(QByteArrayLiteral("PUT"), half, QJsonDocument(QJsonObject()));
    }
    const qint64 writes = rig->salesforceWriteCalls();
    const SyncHarness::Outcome idle = rig->sync();
    EXPECT_EQ(idle.state, RunState::Completed) << qPrintable(idle.message);
    EXPECT_EQ(idle.run.totalAttempted(), 0);
    EXPECT_EQ(rig->salesforceWriteCalls(), writes);
}

TEST(FaultStorm, FaultsBeyondTheBudgetFailTheRunClearlyAndLoseNothing)
{
    SyncHarness rig(
        {QStringLiteral("--customers"), QStringLiteral("8"), QStringLiteral("--seed"), QStringLiteral("8")});
    QString error;
    ASSERT_TRUE(rig.start(&error)) << qPrintable(error);
    rig.setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("7"));

    // Salesforce answers every write with 503 (beyond any retry budget): the run fails and
    // says why; rows are not marked as synced.
    rig.sandbox().adminPost(QStringLiteral("/salesforce/faults"),
                            {{QStringLiteral("fail_path"), QStringLiteral("/composite/sobjects")},
                             {QStringLiteral("fail_count"), 100000},
                             {QStringLiteral("fail_status"), 503}});
    const SyncHarness::Outcome failed = rig.sync();
    EXPECT_EQ(failed.state, RunState::Failed);
    std::printf("[ beyond   ] %s: %s\n", qPrintable(toString(failed.state)), qPrintable(failed.message));
    EXPECT_TRUE(failed.message.contains(QStringLiteral("Salesforce")) &&
                failed.message.contains(QStringLiteral("503")))
        << qPrintable(failed.message);
    EXPECT_EQ(rig.salesforceCounts().value(QStringLiteral("NOME__Metronome_Customer__c")), 0);
    WorkspaceDatabase db(rig.workspace().databasePath);
    const auto stored = RunRepository(db).run(failed.runId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, RunState::Failed);

    // Metronome answering 503 to everything: a clear run error, nothing written.
    rig.sandbox().admin(QByteArrayLiteral("PUT"), QStringLiteral("/salesforce/faults"),
                        QJsonDocument(QJsonObject()));
    rig.sandbox().adminPost(QStringLiteral("/metronome/faults"),
                            {{QStringLiteral("server_error_rate"), 1.0}});
    const qint64 writesBefore = rig.salesforceWriteCalls();
    const SyncHarness::Outcome down = rig.sync();
    EXPECT_EQ(down.state, RunState::Failed);
    EXPECT_TRUE(down.message.contains(QStringLiteral("Metronome"))) << qPrintable(down.message);
    EXPECT_EQ(rig.salesforceWriteCalls(), writesBefore) << "nothing half-read is written";

    // Once the faults are gone, one sync brings everything over: nothing was lost.
    rig.sandbox().admin(QByteArrayLiteral("PUT"), QStringLiteral("/metronome/faults"),
                        QJsonDocument(QJsonObject()));
    const SyncHarness::Outcome recovered = rig.sync();
    EXPECT_EQ(recovered.state, RunState::Completed) << qPrintable(recovered.message);
    expectSalesforceEqualsMetronome(rig);
}
