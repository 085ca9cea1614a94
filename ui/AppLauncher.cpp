#include "AppLauncher.h"

#include "MainWindow.h"
#include "UiLanguage.h"
#include "cli/HeadlessCli.h"
#include "logging/LogCategories.h"
#include "logging/Logging.h"
#include "metronome/MetronomeProbe.h"
#include "secrets/KeychainSecretStore.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "sync/DefaultSyncLauncher.h"
#include "util/AppPaths.h"
#include "wizard/SandboxInfo.h"
#include "wizard/SetupCoordinator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>
#include <cstring>
#include <nomesync/Version.h>

namespace {

void setApplicationMetadata()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NomeSync"));
    QCoreApplication::setApplicationName(QStringLiteral("NomeSync"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOMESYNC_VERSION));
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "AppLauncher", "NomeSync syncs Metronome billing data into the Metronome package objects of a "
                       "Salesforce org.\n\nRun without arguments to open the app."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("AppLauncher", "Keep workspaces and logs in <dir> instead of the default "
                                                   "data folder (also NOMESYNC_DATA_DIR)."),
        QStringLiteral("dir")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("sandbox-info"),
        QCoreApplication::translate("AppLauncher", "Offer the local sandbox described by the JSON file "
                                                   "<file> (written by nomesync-sandbox --info-file)."),
        QStringLiteral("file")));
}

bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0 ||
            std::strcmp(arg, "--help") == 0 || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "-?") == 0 ||
            std::strcmp(arg, "--help-all") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

int AppLauncher::run(int argc, char **argv)
{
    setApplicationMetadata();

    if (argc > 1 && HeadlessCli::isCommand(QString::fromLocal8Bit(argv[1]))) {
        // Headless sub-command: no display, same core and database as the app.
        QCoreApplication app(argc, argv);
        setApplicationMetadata();
        UiLanguage::installTranslators(app);
        return HeadlessCli::run(QCoreApplication::arguments());
    }

    if (wantsTextOnly(argc, argv)) {
        // No display needed to print help or the version.
        QCoreApplication app(argc, argv);
        setApplicationMetadata();
        UiLanguage::installTranslators(app);
        QCommandLineParser parser;
        addCommonOptions(parser);
        parser.setApplicationDescription(parser.applicationDescription() + QStringLiteral("\n\n") +
                                         HeadlessCli::usage());
        parser.process(app); // prints and exits for --help / --version
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationMetadata();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/nomesync.svg")));
    UiLanguage::installTranslators(app);

    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.process(app);
    if (parser.isSet(QStringLiteral("data-dir"))) {
        AppPaths::setDataRootOverride(parser.value(QStringLiteral("data-dir")));
    }
    Logging::install();
    qCInfo(lcApp) << "NomeSync" << NOMESYNC_VERSION << "starting; data in"
                  << QDir::toNativeSeparators(AppPaths::dataRoot());

    WorkspaceRegistry registry(AppPaths::workspacesDirectory());
    KeychainSecretStore secrets;

    // Syncs read their settings from the workspace database and their secrets from the keychain.
    DefaultSyncLauncher syncLauncher(&secrets);
    MainWindow window(&registry, &secrets, &syncLauncher);
    window.setReachabilityCheck([&secrets](const WorkspaceInfo &workspace, QObject *context,
                                           std::function<void(bool ok, const QString &detail)> done) {
        WorkspaceDatabase db(workspace.databasePath);
        db.open();
        MetronomeProbe::check(QUrl(db.setting(SettingKeys::MetronomeBaseUrl)), &secrets, workspace.id,
                              context, std::move(done));
    });
    // --- Setup wizard (issue 6): New Workspace, the empty state and Edit Workspace Setup open it;
    // --sandbox-info pre-fills "Try it with sandbox data" from the local sandbox.
    SetupCoordinator setup(&window, &registry, &secrets);
    std::optional<SandboxInfo> sandbox;
    if (parser.isSet(QStringLiteral("sandbox-info"))) {
        QString sandboxError;
        sandbox = SandboxInfo::fromFile(parser.value(QStringLiteral("sandbox-info")), &sandboxError);
        if (!sandbox) {
            qCWarning(lcApp).noquote() << sandboxError;
        }
    }
    setup.setSandbox(sandbox);
    // --- end setup wizard
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
