#include "CopyableTableView.h"
#include "CsvDownloadController.h"
#include "MainWindow.h"
#include "MonitorTestSupport.h"
#include "ObjectPickerDialog.h"
#include "SyncActions.h"
#include "TrayNotifier.h"
#include "WorkspaceView.h"
#include "models/RunFilterProxyModel.h"
#include "models/RunListModel.h"
#include "models/RunObjectsModel.h"
#include "pages/FailuresPage.h"
#include "pages/OverviewPage.h"
#include "pages/SyncsPage.h"
#include "secrets/MemorySecretStore.h"
#include "sync/RunRepository.h"
#include "sync/SyncScheduler.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QSysInfo>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace MonitorTest;
using namespace Sync;

namespace {

// 1,000 customers with two invoices each: enough calls of 200 rows for progress to be seen.
void fillSimpleWorld(FakeSyncLauncher &launcher, int customers, int invoicesPer)
{
    for (int c = 0; c < customers; ++c) {
        const QString id = QStringLiteral("cus-%1").arg(c);
        launcher.data[QStringLiteral("customers")].append(customer(id));
        for (int n = 0; n < invoicesPer; ++n) {
            launcher.data[QStringLiteral("invoices")].append(
                invoice(QStringLiteral("inv-%1-%2").arg(c).arg(n), id));
        }
    }
}

int rowOfObject(const RunObjectsModel *model, const QString &object)
{
    return model->rowOf(object);
}

qint64 countIn(const RunObjectsModel *model, const QString &object, int column)
{
    const int row = model->rowOf(object);
    if (row < 0) {
        return -1;
    }
    return model->index(row, column).data(RunObjectsModel::SortRole).toLongLong();
}

} // namespace

TEST(SyncMonitor, SyncNowShowsARunningRunUnderIncompleteWithMovingProgressThenUnderCompleted)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 1000, 2);
    ws.launcher.loaderDelayMs = 25;
    ws.launcher.concurrency = 1;
    ws.launcher.progressIntervalMs = 20;
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets, &ws.launcher);
    window.resize(1280, 800);
    window.show();
    window.selectWorkspace(ws.info.id);
    WorkspaceSession *session = window.currentSession();
    ASSERT_NE(session, nullptr);
    SyncsPage *page = window.syncsPage();
    RunObjectsModel *objects = page->objectsModel();

    // The per-object progress the detail's delegate paints, sampled whenever it changes.
    QList<double> customerProgress;
    QObject::connect(objects, &QAbstractItemModel::dataChanged, objects, [&](const QModelIndex &from) {
        const int row = rowOfObject(objects, kCustomer);
        if (row == from.row()) {
            customerProgress.append(objects->index(row, RunObjectsModel::ProgressColumn)
                                        .data(RunObjectsModel::ProgressRole)
                                        .toDouble());
        }
    });
    QSignalSpy finished(session, &WorkspaceSession::runFinished);

    QAction *syncNow = window.syncActions()->syncNowAction();
    ASSERT_TRUE(syncNow->isEnabled());
    // F5, from whichever page has focus.
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.syncsPage()->completedView(), Qt::Key_F5);

    // Under Incomplete while it runs, with the Incomplete tab shown and its detail live.
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return page->incompleteRuns()->rowCount() == 1; }));
    const QModelIndex running = page->incompleteRuns()->index(0, RunListModel::StateColumn);
    EXPECT_EQ(running.data().toString(), displayName(RunState::Running));
    EXPECT_EQ(page->completedRuns()->rowCount(), 0);
    EXPECT_EQ(page->tabs()->currentWidget(), page->incompleteView());
    EXPECT_EQ(page->detailRunId(), session->currentRunId());
    EXPECT_FALSE(window.syncActions()->syncNowAction()->isEnabled()) << "one run at a time";
    EXPECT_TRUE(window.syncActions()->cancelAction()->isEnabled());

    const Ended end = waitForRun(*session, finished);
    ASSERT_EQ(end.state, RunState::Completed) << qPrintable(end.message);

    // The progress moved: several distinct values, rising, ending complete.
    ASSERT_GE(customerProgress.size(), 3);
    QList<double> distinct;
    for (double p : std::as_const(customerProgress)) {
        if (p >= 0 && (distinct.isEmpty() || p != distinct.constLast())) {
            distinct.append(p);
        }
    }
    ASSERT_GE(distinct.size(), 3) << "progress observed: " << customerProgress.size() << " updates";
    EXPECT_GT(distinct.at(1), 0.0);
    EXPECT_LT(distinct.at(1), 1.0);
    EXPECT_TRUE(std::is_sorted(distinct.cbegin(), distinct.cend()));
    EXPECT_DOUBLE_EQ(distinct.constLast(), 1.0);

    // It moved from Incomplete to Completed, and the page followed it there.
    EXPECT_EQ(page->incompleteRuns()->rowCount(), 0);
    ASSERT_EQ(page->completedRuns()->rowCount(), 1);
    EXPECT_EQ(page->completedRuns()->index(0, RunListModel::StateColumn).data().toString(),
              displayName(RunState::Completed));
    EXPECT_EQ(page->completedRuns()->index(0, RunListModel::AttemptedColumn).data(RunListModel::SortRole),
              3000);
    EXPECT_EQ(page->tabs()->currentWidget(), page->completedView());
    EXPECT_EQ(page->detailRunId(), end.runId);
    EXPECT_EQ(page->tabs()->tabText(0), QStringLiteral("Completed (1)"));
    EXPECT_EQ(page->tabs()->tabText(1), QStringLiteral("Incomplete (0)"));
    EXPECT_TRUE(window.syncActions()->syncNowAction()->isEnabled());
}

TEST(SyncMonitor, InjectedRowFailuresShowTheRightCountsPerObject)
{
    Workspace ws;
    // 40 customers, 3 invoices each, 2 lines per invoice.
    for (int c = 0; c < 40; ++c) {
        const QString id = QStringLiteral("cus-%1").arg(c);
        // Customer 0's name is too long for NOME__Name__c (255): rejected before sending.
        ws.launcher.data[QStringLiteral("customers")].append(
            customer(id, c == 0 ? QString(300, QLatin1Char('N')) : QString()));
        for (int n = 0; n < 3; ++n) {
            const QString inv = QStringLiteral("inv-%1-%2").arg(c).arg(n);
            ws.launcher.data[QStringLiteral("invoices")].append(invoice(inv, id));
            for (int l = 0; l < 2; ++l) {
                ws.launcher.data[QStringLiteral("invoice_line_items")].append(
                    lineItem(QStringLiteral("%1/line/%2").arg(inv).arg(l), inv, id));
            }
        }
    }
    // Salesforce rejects customers 1 and 2, invoice 0 of customers 10..14, and 3 lines of customer 20.
    for (int c : {1, 2}) {
        ws.launcher.failures.insert(
            QStringLiteral("cus-%1").arg(c),
            rejection(QStringLiteral("INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY")));
    }
    for (int c = 10; c < 15; ++c) {
        ws.launcher.failures.insert(QStringLiteral("inv-%1-0").arg(c),
                                    rejection(QStringLiteral("DUPLICATE_VALUE")));
    }
    for (const char *key : {"inv-20-0/line/0", "inv-20-1/line/1", "inv-20-2/line/0"}) {
        ws.launcher.failures.insert(QString::fromLatin1(key),
                                    rejection(QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION")));
    }
    WorkspaceSession session(ws.info, &ws.launcher);
    CsvDownloadController downloads(nullptr);
    SyncsPage page(&downloads);
    page.setSession(&session);
    QSignalSpy finished(&session, &WorkspaceSession::runFinished);
    ASSERT_TRUE(session.startSync(Trigger::Manual));
    const Ended end = waitForRun(session, finished);
    ASSERT_EQ(end.state, RunState::CompletedWithErrors) << qPrintable(end.message);
    page.showRun(end.runId);
    const RunObjectsModel *objects = page.objectsModel();
    ASSERT_EQ(objects->runId(), end.runId);

    // Customers: 40 changed rows; 1 rejected before sending + 2 by Salesforce.
    EXPECT_EQ(countIn(objects, kCustomer, RunObjectsModel::AttemptedColumn), 40);
    EXPECT_EQ(countIn(objects, kCustomer, RunObjectsModel::SucceededColumn), 37);
    EXPECT_EQ(countIn(objects, kCustomer, RunObjectsModel::FailedColumn), 3);
    EXPECT_EQ(countIn(objects, kCustomer, RunObjectsModel::SkippedColumn), 0);
    // Invoices: 120; the 9 of the three failed customers are skipped, 5 rejected.
    EXPECT_EQ(countIn(objects, kInvoice, RunObjectsModel::AttemptedColumn), 120);
    EXPECT_EQ(countIn(objects, kInvoice, RunObjectsModel::SkippedColumn), 9);
    EXPECT_EQ(countIn(objects, kInvoice, RunObjectsModel::FailedColumn), 5);
    EXPECT_EQ(countIn(objects, kInvoice, RunObjectsModel::SucceededColumn), 106);
    // Lines: 240; those of the 14 failed or skipped invoices are skipped (28), 3 rejected.
    EXPECT_EQ(countIn(objects, kLine, RunObjectsModel::AttemptedColumn), 240);
    EXPECT_EQ(countIn(objects, kLine, RunObjectsModel::SkippedColumn), 28);
    EXPECT_EQ(countIn(objects, kLine, RunObjectsModel::FailedColumn), 3);
    EXPECT_EQ(countIn(objects, kLine, RunObjectsModel::SucceededColumn), 209);

    // The run row shows the totals; the model the view shows agrees with the database.
    const RunRecord *run = session.runs()->run(end.runId);
    ASSERT_NE(run, nullptr);
    const std::optional<RunRecord> stored = RunRepository(session.database()).run(end.runId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(run->totalFailed(), 11);
    EXPECT_EQ(run->totalSkipped(), 37);
    EXPECT_EQ(stored->totalFailed(), run->totalFailed());
    EXPECT_EQ(stored->totalSkipped(), run->totalSkipped());
    const int row = session.runs()->rowOf(end.runId);
    EXPECT_EQ(session.runs()->index(row, RunListModel::FailedColumn).data().toString(), QStringLiteral("11"));
    EXPECT_EQ(session.runs()->index(row, RunListModel::SkippedColumn).data().toString(),
              QStringLiteral("37"));
    EXPECT_EQ(session.runs()->index(row, RunListModel::StateColumn).data().toString(),
              displayName(RunState::CompletedWithErrors));
}

TEST(SyncMonitor, CancelLeavesACancelledRun)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 2000, 1);
    ws.launcher.loaderDelayMs = 200; // 20 calls of 200 ms, one at a time: ~4 s of work
    ws.launcher.concurrency = 1;
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets, &ws.launcher);
    window.show();
    window.selectWorkspace(ws.info.id);
    WorkspaceSession *session = window.currentSession();
    QSignalSpy started(session, &WorkspaceSession::runStarted);
    QSignalSpy finished(session, &WorkspaceSession::runFinished);
    window.syncActions()->syncNowAction()->trigger();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return started.count() == 1; }));
    QTest::qWait(300);
    QAction *cancel = window.syncActions()->cancelAction();
    EXPECT_TRUE(cancel->shortcuts().contains(QKeySequence(Qt::Key_Escape)));
    EXPECT_TRUE(cancel->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Period)));
    ASSERT_TRUE(cancel->isEnabled());
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Period, Qt::ControlModifier);

    const Ended end = waitForRun(*session, finished, 5000);
    EXPECT_EQ(end.state, RunState::Cancelled);
    const std::optional<RunRecord> stored = RunRepository(session->database()).run(end.runId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->state, RunState::Cancelled);
    EXPECT_LT(stored->totalSucceeded(), 2000) << "it stopped before the end";
    SyncsPage *page = window.syncsPage();
    EXPECT_EQ(page->incompleteRuns()->rowCount(), 0);
    ASSERT_EQ(page->completedRuns()->rowCount(), 1);
    EXPECT_EQ(page->completedRuns()->index(0, RunListModel::StateColumn).data().toString(),
              displayName(RunState::Cancelled));
    EXPECT_FALSE(cancel->isEnabled());
}

TEST(SyncMonitor, RetryFailedRowsMakesALinkedRunThatFixesThemOnceTheFaultIsLifted)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 50, 2);
    for (int c : {3, 7}) {
        ws.launcher.failures.insert(QStringLiteral("cus-%1").arg(c),
                                    rejection(QStringLiteral("UNABLE_TO_LOCK_ROW")));
    }
    ws.launcher.failures.insert(QStringLiteral("inv-20-1"), rejection(QStringLiteral("DUPLICATE_VALUE")));
    WorkspaceSession session(ws.info, &ws.launcher);
    CsvDownloadController downloads(nullptr);
    SyncsPage page(&downloads);
    page.setSession(&session);
    QSignalSpy finished(&session, &WorkspaceSession::runFinished);
    ASSERT_TRUE(session.startSync(Trigger::Manual));
    const Ended first = waitForRun(session, finished);
    ASSERT_EQ(first.state, RunState::CompletedWithErrors);
    const RunRecord before = *session.runs()->run(first.runId);
    EXPECT_EQ(before.totalFailed(), 3);
    EXPECT_EQ(before.totalSkipped(), 4); // the invoices of customers 3 and 7

    // The org is quiet again; retry from the run's detail.
    ws.launcher.failures.clear();
    page.showRun(first.runId);
    auto *retry = page.findChild<QAction *>(QStringLiteral("actionRetryRun"));
    ASSERT_NE(retry, nullptr);
    ASSERT_TRUE(retry->isEnabled());
    retry->trigger();
    const Ended second = waitForRun(session, finished);
    ASSERT_EQ(second.state, RunState::Completed) << qPrintable(second.message);
    EXPECT_EQ(ws.launcher.lastRequest.retryOf, first.runId);
    EXPECT_EQ(ws.launcher.lastRequest.trigger, Trigger::Retry);

    const std::optional<RunRecord> stored = RunRepository(session.database()).run(second.runId);
    ASSERT_TRUE(stored.has_value());
    EXPECT_EQ(stored->retryOf, first.runId);
    // Only what failed or was skipped went again, and all of it made it.
    EXPECT_EQ(stored->totalAttempted(), 7);
    EXPECT_EQ(stored->totalSucceeded(), 7);
    EXPECT_EQ(stored->totalFailed() + stored->totalSkipped(), 0);
    // The Syncs page says which run it retried.
    const int row = session.runs()->rowOf(second.runId);
    EXPECT_EQ(session.runs()->index(row, RunListModel::RetryOfColumn).data().toString(),
              QStringLiteral("retry of #%1").arg(first.runId));
    EXPECT_EQ(session.runs()->index(row, RunListModel::TriggerColumn).data().toString(),
              displayName(Trigger::Retry));
    EXPECT_EQ(page.detailRunId(), second.runId);
}

TEST(SyncMonitor, RetryOfOneObjectSendsOnlyThatObject)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 30, 1);
    ws.launcher.failures.insert(QStringLiteral("cus-4"), rejection(QStringLiteral("UNABLE_TO_LOCK_ROW")));
    ws.launcher.failures.insert(QStringLiteral("inv-9-0"), rejection(QStringLiteral("UNABLE_TO_LOCK_ROW")));
    WorkspaceSession session(ws.info, &ws.launcher);
    QSignalSpy finished(&session, &WorkspaceSession::runFinished);
    ASSERT_TRUE(session.startSync(Trigger::Manual));
    const Ended first = waitForRun(session, finished);
    ASSERT_EQ(first.state, RunState::CompletedWithErrors);
    ws.launcher.failures.clear();
    ASSERT_TRUE(session.retryFailed(first.runId, kInvoice));
    const Ended second = waitForRun(session, finished);
    ASSERT_EQ(second.state, RunState::Completed) << qPrintable(second.message);
    const RunRecord run = *session.runs()->run(second.runId);
    EXPECT_EQ(run.retryOf, first.runId);
    EXPECT_EQ(run.objects, QStringList{kInvoice});
    // inv-9-0 failed; inv-4-0 was skipped because cus-4 failed: both go, and nothing else.
    EXPECT_EQ(run.totalAttempted(), 2);
    EXPECT_EQ(run.totalSucceeded(), 2);
}

TEST(SyncMonitor, AStartRefusedBecauseAnotherProcessSyncsShowsTheCoresMessage)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 5, 1);
    {
        // A live process elsewhere on this machine holds the workspace (pid 1 always lives).
        WorkspaceDatabase db(ws.info.databasePath);
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO sync_runs(trigger, state, queued_at, started_at, owner_pid, owner_host, "
            "heartbeat_at) VALUES ('scheduled', 'running', ?, ?, 1, ?, ?)"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        q.addBindValue(now);
        q.addBindValue(now);
        q.addBindValue(QSysInfo::machineHostName());
        q.addBindValue(now);
        ASSERT_TRUE(q.exec());
    }
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets, &ws.launcher);
    window.show();
    window.selectWorkspace(ws.info.id);
    WorkspaceSession *session = window.currentSession();
    QSignalSpy refused(session, &WorkspaceSession::startFailed);
    // It shows under Incomplete, read from the database.
    EXPECT_EQ(window.syncsPage()->incompleteRuns()->rowCount(), 1);
    window.syncActions()->syncNowAction()->trigger();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return refused.count() == 1; }));
    EXPECT_TRUE(refused.at(0).at(0).toString().contains(QStringLiteral("already running")))
        << qPrintable(refused.at(0).at(0).toString());
    EXPECT_FALSE(session->isBusy());
    auto *notice = window.overviewPage()->findChild<QLabel *>(QStringLiteral("overviewNotice"));
    ASSERT_NE(notice, nullptr);
    EXPECT_FALSE(notice->isHidden());
    EXPECT_EQ(notice->text(), refused.at(0).at(0).toString());
    EXPECT_EQ(window.syncsPage()->incompleteRuns()->rowCount(), 1) << "no second run was created";
}

TEST(SyncMonitor, AScheduledRunThatEndsWithErrorsNotifiesOnceAndManualRunsDoNot)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 20, 1);
    ws.launcher.failures.insert(QStringLiteral("inv-2-0"), rejection(QStringLiteral("DUPLICATE_VALUE")));
    WorkspaceSession session(ws.info, &ws.launcher);
    TrayNotifier tray(nullptr);
    tray.addSession(&session);
    QSignalSpy notified(&tray, &TrayNotifier::notified);
    QSignalSpy finished(&session, &WorkspaceSession::runFinished);
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/state-idle.svg"));

    // A manual run with errors: the admin is watching, no notification.
    ASSERT_TRUE(session.startSync(Trigger::Manual));
    ASSERT_EQ(waitForRun(session, finished).state, RunState::CompletedWithErrors);
    EXPECT_EQ(notified.count(), 0);
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/state-warning.svg"));

    // The schedule comes due: a Scheduled run starts by itself and fails the same row.
    SyncScheduler scheduler;
    session.attachScheduler(&scheduler);
    ws.launcher.failures.insert(QStringLiteral("inv-3-0"), rejection(QStringLiteral("DUPLICATE_VALUE")));
    QSignalSpy started(&session, &WorkspaceSession::runStarted);
    scheduler.check(QDateTime::currentDateTimeUtc().addDays(2));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return started.count() == 1; }));
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/state-running.svg"));
    const Ended scheduled = waitForRun(session, finished);
    ASSERT_EQ(scheduled.state, RunState::CompletedWithErrors);
    EXPECT_EQ(session.runs()->run(scheduled.runId)->trigger, Trigger::Scheduled);
    ASSERT_EQ(notified.count(), 1);
    EXPECT_EQ(notified.at(0).at(1).toLongLong(), scheduled.runId);
    EXPECT_TRUE(notified.at(0).at(2).toString().contains(QStringLiteral("Acme Production")));
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/state-warning.svg"));

    // The same run reported again (e.g. a second window) does not notify twice.
    emit session.runFinished(scheduled.runId, RunState::CompletedWithErrors, QString(), Trigger::Scheduled);
    EXPECT_EQ(notified.count(), 1);
    finished.clear();

    // A scheduled run that fails outright (the org's API limit) notifies too; the tray turns red.
    ws.launcher.failures.clear();
    ws.launcher.fatalOnFirstWrite = true;
    ws.launcher.data[QStringLiteral("invoices")].append(
        invoice(QStringLiteral("inv-new"), QStringLiteral("cus-1")));
    scheduler.check(QDateTime::currentDateTimeUtc().addDays(4));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return started.count() == 2; }));
    const Ended failed = waitForRun(session, finished);
    ASSERT_EQ(failed.state, RunState::Failed);
    ASSERT_EQ(notified.count(), 2);
    EXPECT_EQ(notified.at(1).at(1).toLongLong(), failed.runId);
    EXPECT_TRUE(notified.at(1).at(2).toString().contains(QStringLiteral("failed")));
    EXPECT_TRUE(notified.at(1).at(3).toString().contains(QStringLiteral("REQUEST_LIMIT_EXCEEDED")));
    EXPECT_EQ(tray.iconPath(), QStringLiteral(":/icons/state-failed.svg"));
}

TEST(SyncMonitor, OverviewShowsApiUsageOnlyOnceKnownAndTheLastRun)
{
    Workspace ws;
    fillSimpleWorld(ws.launcher, 300, 1);
    ws.launcher.apiUsedStart = 41000;
    ws.launcher.apiMax = 100000;
    ws.launcher.failures.insert(QStringLiteral("inv-5-0"), rejection(QStringLiteral("DUPLICATE_VALUE")));
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets, &ws.launcher);
    window.show();
    window.selectWorkspace(ws.info.id);
    WorkspaceSession *session = window.currentSession();
    OverviewPage *overview = window.overviewPage();
    auto *bar = overview->findChild<QProgressBar *>(QStringLiteral("apiUsageBar"));
    auto *apiDetail = overview->findChild<QLabel *>(QStringLiteral("apiUsageDetail"));
    auto *lastState = overview->findChild<QLabel *>(QStringLiteral("lastRunState"));
    auto *lastDetail = overview->findChild<QLabel *>(QStringLiteral("lastRunDetail"));
    auto *syncButton = overview->findChild<QToolButton *>(QStringLiteral("syncNowButton"));
    ASSERT_TRUE(bar && apiDetail && lastState && lastDetail && syncButton);
    EXPECT_EQ(bar->format(), QStringLiteral("Not known yet"));
    EXPECT_EQ(lastState->text(), QStringLiteral("Never synced"));
    // Sync now carries the Full sync and Only these objects… menu.
    ASSERT_NE(syncButton->menu(), nullptr);
    EXPECT_EQ(syncButton->menu()->actions().size(), 2);
    EXPECT_EQ(syncButton->defaultAction(), window.syncActions()->syncNowAction());

    QSignalSpy finished(session, &WorkspaceSession::runFinished);
    // "Only these objects…" with the picker answered by the test.
    window.syncActions()->setObjectChooser([](const PackageDefinition &, QWidget *) {
        return std::optional<QStringList>(QStringList{kCustomer, kInvoice});
    });
    window.syncActions()->selectObjectsAction()->trigger();
    const Ended end = waitForRun(*session, finished);
    ASSERT_EQ(end.state, RunState::CompletedWithErrors);
    EXPECT_EQ(ws.launcher.lastRequest.objects, (QStringList{kCustomer, kInvoice}));

    EXPECT_TRUE(session->hasApiUsage());
    EXPECT_EQ(session->apiMax(), 100000);
    EXPECT_GT(session->apiUsed(), 41000);
    EXPECT_EQ(bar->value(), static_cast<int>(session->apiUsed() * 1000 / 100000));
    EXPECT_TRUE(apiDetail->text().contains(QStringLiteral("of 100,000 requests")))
        << qPrintable(apiDetail->text());
    EXPECT_EQ(lastState->text(), displayName(RunState::CompletedWithErrors));
    EXPECT_TRUE(lastDetail->text().contains(QStringLiteral("599 rows sent")))
        << qPrintable(lastDetail->text());
    EXPECT_TRUE(lastDetail->text().contains(QStringLiteral("1 failed or skipped")))
        << qPrintable(lastDetail->text());
    auto *metronome = overview->findChild<QLabel *>(QStringLiteral("metronomeState"));
    ASSERT_NE(metronome, nullptr);
    EXPECT_EQ(metronome->text(), QStringLiteral("Reachable"));
}

TEST(SyncMonitor, WithoutALauncherSyncNowIsOffAndSaysWhy)
{
    Workspace ws;
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets);
    window.show();
    window.selectWorkspace(ws.info.id);
    ASSERT_NE(window.currentSession(), nullptr);
    QAction *syncNow = window.syncActions()->syncNowAction();
    EXPECT_FALSE(syncNow->isEnabled());
    EXPECT_EQ(syncNow->toolTip(), QStringLiteral("Sync arrives with the Metronome and Salesforce clients"));
    EXPECT_FALSE(window.syncActions()->fullSyncAction()->isEnabled());
    EXPECT_FALSE(window.syncActions()->cancelAction()->isEnabled());
    QSignalSpy refused(window.currentSession(), &WorkspaceSession::startFailed);
    EXPECT_FALSE(window.currentSession()->startSync(Trigger::Scheduled));
    EXPECT_EQ(refused.count(), 1);
    EXPECT_TRUE(window.currentSession()->runs()->rowCount() == 0);
}

TEST(SyncMonitor, OnlyTheseObjectsListsThePackageObjectsParentsFirst)
{
    const std::optional<PackageDefinition> package = PackageDefinition::builtIn(QStringLiteral("nome_v2"));
    ASSERT_TRUE(package.has_value());
    ObjectPickerDialog dialog(*package, {kInvoice});
    auto *list = dialog.findChild<QListView *>(QStringLiteral("objectList"));
    ASSERT_NE(list, nullptr);
    const QList<const PackageObject *> order = package->loadOrder();
    ASSERT_EQ(list->model()->rowCount(), order.size());
    for (int row = 0; row < order.size(); ++row) {
        EXPECT_EQ(list->model()->index(row, 0).data(Qt::UserRole).toString(), order.at(row)->name);
    }
    EXPECT_EQ(dialog.selectedObjects(), QStringList{kInvoice});
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    dialog.setChecked({});
    EXPECT_FALSE(ok->isEnabled()) << "nothing to sync";
    dialog.setChecked({kCustomer, kLine});
    // In load order, whatever order they were picked in.
    EXPECT_EQ(dialog.selectedObjects(), (QStringList{kCustomer, kLine}));
}

TEST(SyncMonitor, MonitorPagesComeInOrderAndMorePagesCanGoBetween)
{
    Workspace ws;
    MemorySecretStore secrets;
    MainWindow window(&ws.registry, &secrets, &ws.launcher);
    window.show();
    window.selectWorkspace(ws.info.id);
    auto *view = window.findChild<WorkspaceView *>(QStringLiteral("workspaceView"));
    auto *navigation = view->findChild<QListView *>(QStringLiteral("workspaceNavigation"));
    auto *pages = view->findChild<QStackedWidget *>();
    ASSERT_TRUE(navigation && pages);
    auto names = [&]() {
        QStringList out;
        for (int row = 0; row < navigation->model()->rowCount(); ++row) {
            out.append(navigation->model()->index(row, 0).data(Qt::UserRole).toString());
        }
        return out;
    };
    // Customers and Orphans (linking) sit between Overview and Syncs.
    EXPECT_EQ(names(), (QStringList{QStringLiteral("overviewPage"), QStringLiteral("customersPage"),
                                    QStringLiteral("orphansPage"), QStringLiteral("syncsPage"),
                                    QStringLiteral("failuresPage")}));
    view->showPage(QStringLiteral("syncsPage"));
    auto *extra = new QWidget;
    view->insertPage(QStringLiteral("syncsPage"), QStringLiteral("extraPage"), QIcon(),
                     QStringLiteral("Extra"), extra);
    EXPECT_EQ(names(), (QStringList{QStringLiteral("overviewPage"), QStringLiteral("customersPage"),
                                    QStringLiteral("orphansPage"), QStringLiteral("extraPage"),
                                    QStringLiteral("syncsPage"), QStringLiteral("failuresPage")}));
    EXPECT_EQ(pages->currentWidget(), window.syncsPage()) << "the page shown stays shown";
    view->showPage(QStringLiteral("failuresPage"));
    EXPECT_EQ(pages->currentWidget(), window.failuresPage());
    view->showPage(QStringLiteral("extraPage"));
    EXPECT_EQ(pages->currentWidget(), extra);
}

TEST(SyncMonitor, TheScheduleStartsRunsOnlyOnceSetupIsComplete)
{
    Workspace ws(false);
    fillSimpleWorld(ws.launcher, 5, 1);
    WorkspaceSession session(ws.info, &ws.launcher);
    SyncScheduler scheduler;
    session.attachScheduler(&scheduler);
    EXPECT_TRUE(session.nextScheduledRun().isValid());
    QSignalSpy started(&session, &WorkspaceSession::runStarted);
    scheduler.check(QDateTime::currentDateTimeUtc().addDays(2));
    QTest::qWait(100);
    EXPECT_EQ(started.count(), 0) << "a half-made workspace does not sync on its own";
    EXPECT_EQ(ws.launcher.prepareCount, 0);

    WorkspaceDatabase(ws.info.databasePath).setSetting(SettingKeys::SetupComplete, QStringLiteral("true"));
    QSignalSpy finished(&session, &WorkspaceSession::runFinished);
    scheduler.check(QDateTime::currentDateTimeUtc().addDays(4));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return started.count() == 1; }));
    EXPECT_EQ(waitForRun(session, finished).state, RunState::Completed);
    EXPECT_EQ(ws.launcher.lastRequest.trigger, Trigger::Scheduled);
}
