// A window on a workspace served by the fake launcher (the real engine against in-memory
// Metronome and Salesforce with DemoWorld data), for screenshots of the sync monitor.
// Test-only: never installed, never part of the app.
//
//   nomesync_monitor_demo --scene overview|syncs-completed|syncs-running|failures
//
// Prints "READY" once the scene is set.

#include "CopyableTableView.h"
#include "DemoWorld.h"
#include "FakeSyncLauncher.h"
#include "MainWindow.h"
#include "UiLanguage.h"
#include "WorkspaceView.h"
#include "models/FailureGroupModel.h"
#include "models/FailureListModel.h"
#include "models/RunObjectsModel.h"
#include "pages/FailuresPage.h"
#include "pages/OverviewPage.h"
#include "pages/SyncsPage.h"
#include "secrets/MemorySecretStore.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "sync/RowErrorStore.h"
#include "sync/RunRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QListView>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Sync;

namespace {

const QStringList kObjects = {QStringLiteral("NOME__Metronome_Credit_Type__c"),
                              QStringLiteral("NOME__Metronome_Rate_Card__c"),
                              QStringLiteral("NOME__Metronome_Billable_Metric__c"),
                              QStringLiteral("NOME__Metronome_Customer__c"),
                              QStringLiteral("NOME__Metronome_Ingest_Alias__c"),
                              QStringLiteral("NOME__Metronome_Contract__c"),
                              QStringLiteral("NOME__Metronome_Commit__c"),
                              QStringLiteral("NOME__Metronome_Invoice__c"),
                              QStringLiteral("NOME__Metronome_Invoice_Line_Item__c"),
                              QStringLiteral("NOME__Metronome_Usage__c")};

// Daily history before today: scheduled runs at 07:00 UTC with the small deltas a day brings,
// a few with errors (their failed rows stored too, so every number leads somewhere).
void seedHistory(const WorkspaceDatabase &db, int days)
{
    QRandomGenerator random(42);
    QSqlQuery insert(db.connection());
    const QDateTime today(QDate::currentDate(), QTime(7, 0), Qt::UTC);
    const QString host = QSysInfo::machineHostName();
    RunRepository runs(db);
    RowErrorStore errors(db);
    for (int d = days; d >= 1; --d) {
        const QDateTime start = today.addDays(-d).addSecs(random.bounded(40));
        const bool manual = d % 9 == 4;
        const bool bad = d % 6 == 2;
        const qint64 seconds = 140 + random.bounded(320);
        insert.prepare(QStringLiteral("INSERT INTO sync_runs(trigger, state, full_sync, objects, scope, "
                                      "queued_at, started_at, finished_at, "
                                      "owner_pid, owner_host, heartbeat_at, message, metronome_calls, "
                                      "salesforce_calls, salesforce_writes) "
                                      "VALUES (?, ?, 0, '', 'all', ?, ?, ?, 1, ?, ?, '', ?, ?, ?)"));
        insert.addBindValue(manual ? QStringLiteral("manual") : QStringLiteral("scheduled"));
        insert.addBindValue(bad ? QStringLiteral("completed_with_errors") : QStringLiteral("completed"));
        const QDateTime begin = manual ? start.addSecs(3600 * 6) : start;
        insert.addBindValue(begin.toString(Qt::ISODateWithMs));
        insert.addBindValue(begin.toString(Qt::ISODateWithMs));
        insert.addBindValue(begin.addSecs(seconds).toString(Qt::ISODateWithMs));
        insert.addBindValue(host);
        insert.addBindValue(begin.addSecs(seconds).toString(Qt::ISODateWithMs));
        insert.addBindValue(80 + random.bounded(40));
        insert.addBindValue(30 + random.bounded(60));
        insert.addBindValue(20 + random.bounded(50));
        insert.exec();
        const qint64 runId = insert.lastInsertId().toLongLong();
        qint64 failedTotal = 0;
        qint64 sentTotal = 0;
        for (int i = 0; i < kObjects.size(); ++i) {
            ObjectCounts c;
            c.object = kObjects.at(i);
            c.position = i;
            const int scale = i >= 7 ? (i == 9 ? 5200 : 900) : (i == 3 ? 40 : 8);
            c.readRows = scale * 12;
            c.attempted = scale / 2 + random.bounded(scale);
            c.failed = bad && (i == 8 || i == 9 || i == 7) ? 3 + random.bounded(60) : 0;
            c.skipped = bad && i == 8 ? random.bounded(20) : 0;
            c.succeeded = c.attempted - c.failed - c.skipped;
            c.method = c.attempted > 2000 ? QStringLiteral("bulk") : QStringLiteral("collections");
            runs.saveCounts(runId, c);
            failedTotal += c.failed + c.skipped;
            sentTotal += c.succeeded;
            QList<RowError> rows;
            for (qint64 n = 0; n < c.failed + c.skipped; ++n) {
                RowError e;
                e.runId = runId;
                e.object = c.object;
                e.externalId = QStringLiteral("%1-%2-%3")
                                   .arg(i == 9 ? QStringLiteral("usage") : QStringLiteral("inv"))
                                   .arg(d)
                                   .arg(n);
                e.kind = n < c.failed ? RowError::Kind::Failed : RowError::Kind::Skipped;
                e.statusCode = n >= c.failed ? QStringLiteral("PARENT_FAILED")
                               : i == 9      ? QStringLiteral("UNABLE_TO_LOCK_ROW")
                                             : QStringLiteral("FIELD_CUSTOM_VALIDATION_EXCEPTION");
                e.message =
                    e.statusCode == QLatin1String("UNABLE_TO_LOCK_ROW")
                        ? QStringLiteral("unable to obtain exclusive access to this record or 200 records")
                        : QStringLiteral("Unit price must be set for usage lines billed in USD.");
                rows.append(e);
            }
            errors.add(rows);
        }
        QSqlQuery message(db.connection());
        message.prepare(QStringLiteral("UPDATE sync_runs SET message = ? WHERE id = ?"));
        message.addBindValue(failedTotal > 0
                                 ? QStringLiteral("%1 rows written to Salesforce; %2 failed or skipped.")
                                       .arg(sentTotal)
                                       .arg(failedTotal)
                                 : QStringLiteral("%1 rows written to Salesforce.").arg(sentTotal));
        message.addBindValue(runId);
        message.exec();
    }
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("NomeSync-demo"));
    QCoreApplication::setApplicationName(QStringLiteral("NomeSync-demo"));
    // The system language, as in the app (LANG=de_DE.UTF-8 for the German screenshot).
    UiLanguage::installTranslators(app);
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("scene"), QStringLiteral("What to show"),
                                        QStringLiteral("name"), QStringLiteral("overview")));
    parser.addOption(QCommandLineOption(QStringLiteral("customers"), QStringLiteral("Customers in Metronome"),
                                        QStringLiteral("n"), QStringLiteral("700")));
    parser.process(app);
    const QString scene = parser.value(QStringLiteral("scene"));

    QTemporaryDir dir;
    WorkspaceRegistry registry(dir.path());
    const std::optional<WorkspaceInfo> created =
        registry.create(QStringLiteral("Acme Billing — Production"), QStringLiteral("Production"));
    WorkspaceInfo info = *created;
    {
        WorkspaceDatabase db(info.databasePath);
        db.setSetting(SettingKeys::SalesforceInstanceUrl,
                      QStringLiteral("https://acme-billing.my.salesforce.com"));
        db.setSetting(SettingKeys::SetupComplete, QStringLiteral("true"));
        db.setSetting(SettingKeys::SyncSchedule, QStringLiteral("daily@07:00"));
        seedHistory(db, 24);
    }

    FakeSyncLauncher launcher;
    DemoWorld::Options options;
    options.customers = parser.value(QStringLiteral("customers")).toInt();
    launcher.data = DemoWorld::build(options);
    launcher.failures = DemoWorld::failures(launcher.data, 0.012);
    launcher.apiUsedStart = 18420;
    launcher.apiMax = 100000;
    launcher.concurrency = 4;

    MemorySecretStore secrets;
    MainWindow window(&registry, &secrets, &launcher);
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    window.selectWorkspace(info.id);
    WorkspaceSession *session = window.currentSession();
    auto *view = window.findChild<WorkspaceView *>(QStringLiteral("workspaceView"));

    auto ready = [&]() {
        if (qEnvironmentVariableIsSet("DEMO_SIZES")) {
            for (QWidget *w :
                 {static_cast<QWidget *>(window.overviewPage()), static_cast<QWidget *>(window.syncsPage()),
                  static_cast<QWidget *>(window.failuresPage())}) {
                std::printf("%s min %d x %d\n", qPrintable(w->objectName()), w->minimumSizeHint().width(),
                            w->minimumSizeHint().height());
            }
            std::printf("window %d x %d\n", window.width(), window.height());
        }
        std::printf("READY\n");
        std::fflush(stdout);
    };
    int runs = 0;
    std::function<void(qint64)> setScene;
    QObject::connect(session, &WorkspaceSession::runFinished, &window, [&](qint64 runId) {
        ++runs;
        if (runs > 1) {
            return;
        }
        // After every page has seen the run end.
        QTimer::singleShot(0, &window, [&, runId]() { setScene(runId); });
    });
    setScene = [&](qint64 runId) {
        if (scene == QLatin1String("overview")) {
            view->showPage(QStringLiteral("overviewPage"));
            ready();
        } else if (scene == QLatin1String("syncs-completed")) {
            view->showPage(QStringLiteral("syncsPage"));
            SyncsPage *page = window.syncsPage();
            page->showRun(runId);
            const int row = page->objectsModel()->rowOf(QStringLiteral("NOME__Metronome_Invoice__c"));
            page->objectsView()->setCurrentIndex(page->objectsModel()->index(row, 0));
            ready();
        } else if (scene == QLatin1String("failures")) {
            view->showPage(QStringLiteral("failuresPage"));
            FailuresPage *page = window.failuresPage();
            page->showRun(runId);
            page->setCodeFilter(QStringLiteral("DUPLICATE_VALUE"));
            page->rowsView()->setCurrentIndex(page->rowsModel()->index(2, 0));
            page->rowsView()->setFocus();
            ready();
        } else {
            // The next day: usage and this month's invoices moved; Salesforce is slow today.
            QList<QVariantHash> &usage = launcher.data[QStringLiteral("usage")];
            for (qsizetype i = 0; i < usage.size(); i += 7) {
                usage[i][QStringLiteral("value")] = usage[i].value(QStringLiteral("value")).toLongLong() + 17;
            }
            QList<QVariantHash> &lines = launcher.data[QStringLiteral("invoice_line_items")];
            for (qsizetype i = 0; i < lines.size(); i += 6) {
                lines[i][QStringLiteral("quantity")] =
                    lines[i].value(QStringLiteral("quantity")).toLongLong() + 3;
            }
            launcher.loaderDelayMs = 2500;
            launcher.concurrency = 2;
            launcher.bulkThreshold = 100000; // a day's changes go by sObject Collections
            view->showPage(QStringLiteral("syncsPage"));
            QTimer::singleShot(300, &window, [&]() { session->startSync(Trigger::Scheduled); });
            QTimer::singleShot(6000, &window, [&]() { ready(); });
        }
    };
    // Today's run: a full sync the admin started.
    QTimer::singleShot(200, &window, [&]() { session->startSync(Trigger::Manual, true); });
    return app.exec();
}
