// The main window on a workspace synced from nomesync-sandbox (the real clients, over
// loopback), for screenshots of the Customers page, the link dialog, the bulk link preview and
// the Orphans page. Test-only: never installed, never part of the app.
//
//   nomesync_customers_demo --scene customers|link-dialog|bulk-preview|orphans [--customers N]
//
// Prints "READY" once the scene is set.

#include "CopyableTableView.h"
#include "MainWindow.h"
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "WorkspaceView.h"
#include "customers/BulkLinkDialog.h"
#include "customers/CustomerFilterProxy.h"
#include "customers/CustomerListModel.h"
#include "customers/LinkAccountDialog.h"
#include "customers/LinkingPages.h"
#include "customers/OrphanListModel.h"
#include "linking/CompanyNameMatcher.h"
#include "linking/LinkController.h"
#include "linking/LinkTypes.h"
#include "pages/CustomersPage.h"
#include "pages/OrphansPage.h"
#include "salesforce/SalesforceId.h"
#include "secrets/MemorySecretStore.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QVariant>

#include <cstdio>
#include <functional>

namespace {

void ready()
{
    std::printf("READY\n");
    std::fflush(stdout);
}

// Waits (with the event loop running) until `condition` holds, then runs `then`.
void when(QObject *context, std::function<bool()> condition, std::function<void()> then)
{
    if (condition()) {
        then();
        return;
    }
    QTimer::singleShot(100, context, [context, condition, then]() { when(context, condition, then); });
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    TestEnvironment::initialise();
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("scene"),
                      QStringLiteral("customers, link-dialog, bulk-preview or orphans"),
                      QStringLiteral("scene"), QStringLiteral("customers")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("Customers in the sandbox."),
                      QStringLiteral("n"), QStringLiteral("60")});
    parser.process(app);
    const QString scene = parser.value(QStringLiteral("scene"));

    SyncHarness rig({QStringLiteral("--customers"), parser.value(QStringLiteral("customers")),
                     QStringLiteral("--seed"), QStringLiteral("7")});
    QString error;
    if (!rig.start(&error)) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // A month of usage is plenty for the pictures and keeps the first sync short.
    rig.setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("31"));
    const SyncHarness::Outcome synced = rig.sync();
    if (synced.state != Sync::RunState::Completed && synced.state != Sync::RunState::CompletedWithErrors) {
        std::fprintf(stderr, "sync: %s\n", qPrintable(synced.message));
        return 1;
    }
    if (qEnvironmentVariableIsSet("DEMO_ERRORS")) {
        WorkspaceDatabase db(rig.workspace().databasePath);
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral(
            "SELECT object, status_code, message, COUNT(*) FROM sync_row_errors GROUP BY 1, 2, 3"));
        while (q.next()) {
            std::fprintf(stderr, "error: %s %s %s x%s\n", qPrintable(q.value(0).toString()),
                         qPrintable(q.value(1).toString()), qPrintable(q.value(2).toString().left(200)),
                         qPrintable(q.value(3).toString()));
        }
    }
    WorkspaceRegistry registry(QDir(rig.dataDir()).filePath(QStringLiteral("workspaces")));
    registry.rename(rig.workspace().id, QStringLiteral("Acme Billing — Sandbox"));
    MemorySecretStore secrets;
    int written = 0;
    secrets.write(SecretStore::keyFor(rig.workspace().id, SecretStore::Kind::MetronomeToken),
                  rig.metronomeToken(), nullptr, [&written](const SecretResult &) { ++written; });
    secrets.write(SecretStore::keyFor(rig.workspace().id, SecretStore::Kind::SalesforceRefreshToken),
                  rig.refreshToken(), nullptr, [&written](const SecretResult &) { ++written; });
    TestEnvironment::waitFor([&written]() { return written == 2; });

    MainWindow window(&registry, &secrets);
    // Run under a window manager (scripts/screenshot.sh ... -- bash -c 'openbox & ...') the
    // dialogs get their frames while the main window still fills the screen.
    window.setWindowFlag(Qt::FramelessWindowHint);
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    window.selectWorkspace(rig.workspace().id);
    auto *linking = window.findChild<LinkingPages *>(QStringLiteral("linkingPages"));
    auto *view = window.findChild<WorkspaceView *>(QStringLiteral("workspaceView"));
    CustomersPage *customers = linking->customersPage();
    OrphansPage *orphans = linking->orphansPage();
    QTemporaryDir files;

    const int expected = static_cast<int>(rig.metronomeCustomers().size());
    // Every sandbox customer has a look-alike account (SeedWorld): normalised name -> Account ID.
    QHash<QString, QString> lookAlike;
    for (const QJsonObject &a : rig.salesforceRecords(QStringLiteral("Account"))) {
        lookAlike.insert(CompanyNameMatcher::normalise(a.value(QStringLiteral("Name")).toString()),
                         a.value(QStringLiteral("Id")).toString());
    }
    auto loaded = [&]() { return customers->model()->rowCount() == expected; };
    auto firstOrphan = [&]() {
        return orphans->model()->rowCount() > 0 ? orphans->model()->orphanAt(0) : CustomerEntry();
    };

    when(&window, loaded, [&]() {
        if (scene == QLatin1String("customers")) {
            view->showPage(QStringLiteral("customersPage"));
            // Names of the linked accounts arrive from the org a moment later.
            QTimer::singleShot(2500, &window, [&]() {
                customers->view()->setFocus();
                customers->view()->setCurrentIndex(customers->proxy()->index(2, 0));
                ready();
            });
        } else if (scene == QLatin1String("link-dialog")) {
            view->showPage(QStringLiteral("customersPage"));
            // The top orphan and its look-alike account, its ID pasted upper-cased (as a
            // spreadsheet leaves it): the checksum repairs it and the org names the account.
            const CustomerEntry orphan = firstOrphan();
            customers->selectCustomer(orphan.id);
            customers->openLinkDialog();
            auto *dialog = customers->findChild<LinkAccountDialog *>();
            dialog->setAccountId(lookAlike.value(CompanyNameMatcher::normalise(orphan.name)).toUpper());
            when(
                dialog, [dialog]() { return dialog->linkButton()->isEnabled(); }, []() { ready(); });
        } else if (scene == QLatin1String("bulk-preview")) {
            view->showPage(QStringLiteral("customersPage"));
            QSet<QString> used;
            for (const QJsonObject &c : rig.metronomeCustomers()) {
                used.insert(c.value(QStringLiteral("salesforce_account_id")).toString());
            }
            QStringList spare;
            for (const QJsonObject &a : rig.salesforceRecords(QStringLiteral("Account"))) {
                if (!used.contains(a.value(QStringLiteral("Id")).toString())) {
                    spare.append(a.value(QStringLiteral("Id")).toString());
                }
            }
            // The good rows link orphans to their own look-alike accounts.
            QStringList orphanIds;
            QStringList linkedIds;
            QStringList aliases;
            QStringList own;
            for (int row = 0; row < orphans->model()->rowCount(); ++row) {
                const CustomerEntry &c = orphans->model()->orphanAt(row);
                orphanIds.append(c.id);
                aliases.append(c.aliases.section(QStringLiteral(", "), 0, 0));
                own.append(lookAlike.value(CompanyNameMatcher::normalise(c.name)));
            }
            for (int row = 0; row < customers->model()->rowCount(); ++row) {
                const CustomerEntry &c = customers->model()->customerAt(row);
                if (c.isLinked()) {
                    linkedIds.append(c.id);
                }
            }
            QString badChecksum = own.value(3);
            badChecksum[17] = QLatin1Char('9'); // never a suffix character
            const QStringList lines = {
                QStringLiteral("customer,salesforce_account_id"),
                orphanIds.value(0) + QLatin1Char(',') + own.value(0),
                aliases.value(1) + QLatin1Char(',') + own.value(1).left(15),
                orphanIds.value(2) + QLatin1Char(',') + own.value(2),
                orphanIds.value(3) + QLatin1Char(',') + badChecksum,
                orphanIds.value(4) + QLatin1Char(',') + SalesforceId::to18(QStringLiteral("0035g00000AbCdE")),
                orphanIds.value(5) + QLatin1Char(',') + SalesforceId::to18(QStringLiteral("0015g0000ZZZZZZ")),
                QStringLiteral("acme-legacy-prod,") + own.value(7),
                linkedIds.value(0) + QLatin1Char(',') + spare.value(0),
                orphanIds.value(0) + QLatin1Char(',') + own.value(8),
                orphanIds.value(6) + QStringLiteral(",0015g00000"),
            };
            const QString path = QDir(files.path()).filePath(QStringLiteral("q3-self-serve-links.csv"));
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write(lines.join(QStringLiteral("\r\n")).toUtf8());
            file.close();
            customers->openBulkDialog(path);
            auto *dialog = customers->findChild<BulkLinkDialog *>();
            QObject::connect(dialog, &BulkLinkDialog::previewReady, &window, []() { ready(); });
        } else {
            view->showPage(QStringLiteral("orphansPage"));
            QObject::connect(orphans, &OrphansPage::suggestionsReady, &window, [&]() {
                orphans->view()->setFocus();
                orphans->view()->setCurrentIndex(orphans->model()->index(1, 0));
                ready();
            });
        }
    });
    return app.exec();
}
