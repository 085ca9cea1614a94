#include "DemoWorld.h"
#include "MainWindow.h"
#include "MonitorTestSupport.h"
#include "SyncActions.h"
#include "WorkspaceView.h"
#include "models/RunListModel.h"
#include "models/RunObjectsModel.h"
#include "pages/SyncsPage.h"
#include "secrets/MemorySecretStore.h"

#include <QAction>
#include <QElapsedTimer>
#include <QTimer>

#include <gtest/gtest.h>

using namespace MonitorTest;
using namespace Sync;

namespace {

// 200,000 rows: 2,000 customers and 99 days of usage each, sent in calls of 200 (1,000 calls,
// each reporting counts to the GUI) rather than two Bulk jobs: the most chatter a run makes.
void fillLargeWorld(FakeSyncLauncher &launcher)
{
    constexpr int kCustomers = 2000;
    constexpr int kDays = 99;
    launcher.data[QStringLiteral("billable_metrics")].append(
        {{QStringLiteral("id"), QStringLiteral("bm_1")},
         {QStringLiteral("name"), QStringLiteral("API calls")}});
    const QDate first = QDate::currentDate().addDays(-kDays);
    QList<QVariantHash> &usage = launcher.data[QStringLiteral("usage")];
    usage.reserve(kCustomers * kDays);
    for (int c = 0; c < kCustomers; ++c) {
        const QString id = QStringLiteral("cus-%1").arg(c);
        launcher.data[QStringLiteral("customers")].append(customer(id));
        for (int d = 0; d < kDays; ++d) {
            const QDateTime start(first.addDays(d), QTime(0, 0), Qt::UTC);
            usage.append({{QStringLiteral("id"), QStringLiteral("%1/bm_1/%2").arg(id).arg(d)},
                          {QStringLiteral("customer_id"), id},
                          {QStringLiteral("billable_metric_id"), QStringLiteral("bm_1")},
                          {QStringLiteral("billable_metric_name"), QStringLiteral("API calls")},
                          {QStringLiteral("start"), start.toString(Qt::ISODate)},
                          {QStringLiteral("end"), start.addDays(1).toString(Qt::ISODate)},
                          {QStringLiteral("value"), (c * 31 + d * 7) % 5000}});
        }
    }
    launcher.bulkThreshold = 10000000;
    launcher.pageSize = 500;
    launcher.concurrency = 4;
}

} // namespace

TEST(GuiResponsiveness, TheEventLoopNeverStallsOver100MsWhileALargeSyncRuns)
{
    Workspace ws;
    fillLargeWorld(ws.launcher);
    ASSERT_GE(DemoWorld::rowCount(ws.launcher.data), 200000);
    ws.launcher.apiMax = 5000000;
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets, &ws.launcher);
    window.resize(1280, 800);
    window.show();
    window.selectWorkspace(ws.info.id);
    WorkspaceSession *session = window.currentSession();
    ASSERT_NE(session, nullptr);
    // The busiest page: runs table, live detail with a progress bar per object.
    window.findChild<WorkspaceView *>(QStringLiteral("workspaceView"))->showPage(QStringLiteral("syncsPage"));
    QSignalSpy finished(session, &WorkspaceSession::runFinished);
    QSignalSpy counts(session, &WorkspaceSession::countsChanged);
    QSignalSpy progress(session, &WorkspaceSession::progress);

    // A timer on the GUI thread: the longest gap between its ticks is the worst stall.
    QElapsedTimer sinceTick;
    qint64 worstGapMs = 0;
    qint64 ticks = 0;
    QList<qint64> gaps;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe, [&]() {
        const qint64 gap = sinceTick.restart();
        worstGapMs = std::max(worstGapMs, gap);
        gaps.append(gap);
        ++ticks;
    });

    QElapsedTimer runClock;
    runClock.start();
    sinceTick.start();
    probe.start();
    window.syncActions()->syncNowAction()->trigger();
    const Ended end = waitForRun(*session, finished, 120000);
    probe.stop();
    const qint64 runMs = runClock.elapsed();

    ASSERT_EQ(end.state, RunState::Completed) << qPrintable(end.message);
    EXPECT_EQ(session->runs()->run(end.runId)->totalSucceeded(), DemoWorld::rowCount(ws.launcher.data));
    std::sort(gaps.begin(), gaps.end());
    const qint64 p99 = gaps.isEmpty() ? 0 : gaps.at(static_cast<qsizetype>(gaps.size() * 0.99));
    std::printf(
        "[ measure  ] %lld rows in %lld ms (%lld count and %lld progress reports); GUI timer ticks %lld, "
        "worst gap %lld ms, 99th percentile %lld ms\n",
        static_cast<long long>(session->runs()->run(end.runId)->totalSucceeded()),
        static_cast<long long>(runMs), static_cast<long long>(counts.count()),
        static_cast<long long>(progress.count()), static_cast<long long>(ticks),
        static_cast<long long>(worstGapMs), static_cast<long long>(p99));
    EXPECT_GT(counts.count(), 500) << "the detail was fed live counts";
    EXPECT_GT(ticks, runMs / 50) << "the timer must have run throughout";
    EXPECT_LT(worstGapMs, 100) << "the GUI thread stalled for " << worstGapMs << " ms";
}
