// The setup wizard over the main window's empty state, walked against a real nomesync-sandbox
// up to one page, for the wizard's screenshots (scripts/screenshot.sh). Test-only: never
// installed, never part of the app.
//
//   nomesync_wizard_demo --page 1|2|3|4 [--customers N]
//
// Prints "READY" once the page shows what it should.

#include "MainWindow.h"
#include "WizardDriver.h"
#include "secrets/MemorySecretStore.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "wizard/SetupCoordinator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace WizardTest;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QCoreApplication::setOrganizationName(QStringLiteral("NomeSync-demo"));
    QCoreApplication::setApplicationName(QStringLiteral("NomeSync-demo"));
    QCommandLineParser parser;
    parser.addOption(QCommandLineOption(QStringLiteral("page"), QStringLiteral("Wizard page 1-4"),
                                        QStringLiteral("n"), QStringLiteral("1")));
    parser.addOption(QCommandLineOption(QStringLiteral("customers"), QStringLiteral("Customers in Metronome"),
                                        QStringLiteral("n"), QStringLiteral("1280")));
    parser.process(app);
    const int page = parser.value(QStringLiteral("page")).toInt();

    SandboxProcess sandbox({QStringLiteral("--customers"), parser.value(QStringLiteral("customers")),
                            QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--today"),
                            QStringLiteral("now")});
    QString error;
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }

    QTemporaryDir dir;
    WorkspaceRegistry registry(QDir(dir.path()).filePath(QStringLiteral("workspaces")));
    MemorySecretStore secrets;
    MainWindow window(&registry, &secrets);
    SetupCoordinator coordinator(&window, &registry, &secrets);
    QList<QUrl> opened;
    coordinator.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    coordinator.setSandbox(infoOf(sandbox));
    window.setGeometry(0, 0, 1280, 800);
    window.show();
    click(window.findChild<QAbstractButton *>(QStringLiteral("trySandboxButton")));
    SetupWizard *wizard = coordinator.currentWizard();
    if (!wizard) {
        return 1;
    }
    Driver d(wizard);
    bool ok = true;
    if (page >= 2) {
        // Step 1 as the admin does it: Install Now, Install on the sandbox's page, the box.
        click(wizard->findChild<QAbstractButton *>(QStringLiteral("installNowButton")));
        ok = !opened.isEmpty() && submitInstallPage(opened.first(), QStringLiteral("all")) == 200 &&
             d.passPackagePage();
        // Not typed: QTest types ASCII only.
        wizard->findChild<QLineEdit *>(QStringLiteral("workspaceNameEdit"))
            ->setText(QStringLiteral("Acme Billing — Sandbox"));
        ok = ok && d.verify() == SetupWizardController::TokenState::Stored;
    }
    if (ok && page >= 3) {
        ok = d.next() && d.signIn() == SetupWizardController::SignInState::Checked;
    }
    if (ok && page >= 4) {
        ok = d.next();
    }
    if (!ok) {
        std::fprintf(stderr, "could not reach page %d\n", page);
        return 1;
    }
    TestEnvironment::waitFor([]() { return false; }, 300); // let the layout settle
    std::printf("READY\n");
    std::fflush(stdout);
    const int code = app.exec();
    WorkspaceDatabase::releaseThreadConnections();
    return code;
}
