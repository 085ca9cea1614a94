// Crash and resume: the headless sync is killed (SIGKILL, from inside, at deterministic fail
// points: while reading, between batches, mid-Bulk job, mid-transaction...) many times in a
// row; afterwards one clean sync must leave Salesforce equal to Metronome: nothing missing,
// nothing duplicated, hashes consistent, every killed run marked interrupted.
//   NOMESYNC_CRASH_SEED (default 20261121) and NOMESYNC_CRASH_KILLS (default 20) vary it.
#include "SyncHarness.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RunRepository.h"
#include "util/FailPoints.h"

#include <QJsonArray>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>

#include <gtest/gtest.h>

using namespace Sync;

namespace {

QList<QByteArray> crashPlan(quint32 seed, int kills)
{
    QList<QByteArray> names;
    for (const char *const *n = FailPoints::names(); *n; ++n) {
        names.append(QByteArray(*n));
    }
    QRandomGenerator random(seed);
    QList<QByteArray> plan;
    for (int i = 0; i < kills; ++i) {
        // Every kind of point first (reads, staging, batches, the hash transaction, Bulk,
        // finishing), then the seed's choice.
        const int pick =
            i < names.size() ? i : static_cast<int>(random.bounded(static_cast<quint32>(names.size())));
        const QByteArray name = names.at(pick);
        // How often a run reaches each point differs: pick an occurrence it is likely to reach.
        int most = 4;
        if (name == "read.page") {
            most = 40;
        } else if (name == "load.send" || name == "load.results" || name == "load.stored" ||
                   name == "load.midtransaction") {
            most = 12;
        } else if (name == "finish" || name == "stage.commit" || name == "bulk.uploaded") {
            most = 1;
        }
        plan.append(name + ':' +
                    QByteArray::number(1 + static_cast<int>(random.bounded(static_cast<quint32>(most)))));
    }
    return plan;
}

} // namespace

TEST(CrashResume, KilledAtManyPointsThenResumedSalesforceEqualsMetronome)
{
    const quint32 seed = qEnvironmentVariableIsSet("NOMESYNC_CRASH_SEED")
                             ? static_cast<quint32>(qEnvironmentVariableIntValue("NOMESYNC_CRASH_SEED"))
                             : 20261121u;
    const int kills = qEnvironmentVariableIsSet("NOMESYNC_CRASH_KILLS")
                          ? qEnvironmentVariableIntValue("NOMESYNC_CRASH_KILLS")
                          : 20;
    SyncHarness rig(
        {QStringLiteral("--customers"), QStringLiteral("18"), QStringLiteral("--seed"), QStringLiteral("3")});
    QString error;
    ASSERT_TRUE(rig.start(&error)) << qPrintable(error);
    rig.setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("30"));
    // A low threshold sends the bigger objects through Bulk, so its fail points are reached.
    rig.setWorkspaceSetting(SettingKeys::BulkThreshold, QStringLiteral("300"));

    int killed = 0;
    QMap<QByteArray, int> killedAt;
    const QList<QByteArray> plan = crashPlan(seed, kills);
    for (int i = 0; i < plan.size(); ++i) {
        if (i > 0 && i % 5 == 0) {
            rig.sandbox().adminPost(QStringLiteral("/metronome/next-day")); // the world moves on meanwhile
        }
        bool crashed = false;
        QString output;
        // --full: every run has rows to send, so loading fail points are reached.
        const int code = rig.runCommand({QStringLiteral("--full")}, plan.at(i), &crashed, &output);
        if (crashed) {
            ++killed;
            ++killedAt[plan.at(i).split(':').first()];
        } else {
            EXPECT_EQ(code, 0) << plan.at(i).constData() << ": " << qPrintable(output);
        }
    }
    QStringList where;
    for (auto it = killedAt.cbegin(); it != killedAt.cend(); ++it) {
        where.append(QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(it.value()));
    }
    std::printf("[ crash    ] seed %u: %d of %d runs killed (%s)\n", seed, killed, kills,
                qPrintable(where.join(QStringLiteral(", "))));
    EXPECT_GE(killed, kills * 3 / 4) << "most planned kills must really happen";
    // Each kind of point was really reached and killed at least once.
    for (const char *const *n = FailPoints::names(); *n; ++n) {
        EXPECT_GE(killedAt.value(QByteArray(*n)), 1) << *n;
    }

    bool crashed = false;
    QString output;
    ASSERT_EQ(rig.runCommand({}, QByteArray(), &crashed, &output), 0) << qPrintable(output);
    ASSERT_FALSE(crashed);

    WorkspaceDatabase db(rig.workspace().databasePath);
    const QList<RunRecord> runs = RunRepository(db).runs(RunRepository::Filter::All, 1000);
    int interrupted = 0;
    for (const RunRecord &r : runs) {
        EXPECT_NE(r.state, RunState::Running);
        interrupted += r.state == RunState::Interrupted ? 1 : 0;
    }
    EXPECT_EQ(interrupted, killed);

    // Salesforce holds what Metronome implies...
    const QHash<QString, qint64> counts = rig.salesforceCounts();
    const QHash<QString, qint64> expected = rig.expectedCounts();
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        EXPECT_EQ(counts.value(it.key()), it.value()) << qPrintable(it.key());
    }
    // ... and a sync with nothing changed writes nothing and finds every row it reads in place:
    // the count of each object equals the rows read, with unique keys.
    const qint64 writesBefore = static_cast<qint64>(rig.sandbox()
                                                        .adminGet(QStringLiteral("/salesforce/stats"))
                                                        .object()
                                                        .value(QStringLiteral("write_calls"))
                                                        .toDouble());
    ASSERT_EQ(rig.runCommand({}), 0);
    const QList<RunRecord> latest = RunRepository(db).runs(RunRepository::Filter::All, 1);
    ASSERT_EQ(latest.size(), 1);
    EXPECT_EQ(latest.first().totalAttempted(), 0);
    EXPECT_EQ(static_cast<qint64>(rig.sandbox()
                                      .adminGet(QStringLiteral("/salesforce/stats"))
                                      .object()
                                      .value(QStringLiteral("write_calls"))
                                      .toDouble()),
              writesBefore);
    for (const ObjectCounts &c : latest.first().counts) {
        EXPECT_EQ(counts.value(c.object), c.readRows) << qPrintable(c.object);
    }
}
