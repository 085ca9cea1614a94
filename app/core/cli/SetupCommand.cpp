#include "cli/SetupCommand.h"

#include "cli/HeadlessCli.h"
#include "salesforce/SalesforceOAuthConfig.h"
#include "secrets/KeychainSecretStore.h"
#include "setup/WorkspaceSetup.h"
#include "store/WorkspaceRegistry.h"
#include "sync/DefaultSyncLauncher.h"
#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

int SetupCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Sets up a workspace without a window. Put the Metronome API token in the environment variable %1 "
           "(never on the command line). Salesforce sign-in prints an address to open in a browser.")
            .arg(QLatin1String(DefaultSyncLauncher::MetronomeTokenVariable)));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOptions({
        {{QStringLiteral("w"), QStringLiteral("workspace")},
         tr("Name of the new workspace."),
         QStringLiteral("name")},
        {QStringLiteral("environment"), tr("Production, Staging, Sandbox or your own (default Production)."),
         QStringLiteral("env"), QStringLiteral("Production")},
        {QStringLiteral("metronome-url"), tr("Metronome API base URL (default https://api.metronome.com)."),
         QStringLiteral("url"), QStringLiteral("https://api.metronome.com")},
        {QStringLiteral("salesforce-login-url"),
         tr("https://login.salesforce.com (production), https://test.salesforce.com (sandbox) or your My "
            "Domain."),
         QStringLiteral("url"), QStringLiteral("https://login.salesforce.com")},
        {QStringLiteral("client-id"), tr("Consumer key of the connected app."), QStringLiteral("id")},
        {QStringLiteral("redirect-port"),
         tr("Fixed loopback port for the sign-in redirect (default: a free one)."), QStringLiteral("port")},
        {QStringLiteral("scope"), tr("all (default) or linked: which customers to sync."),
         QStringLiteral("scope"), QStringLiteral("all")},
        {QStringLiteral("schedule"), tr("daily@07:00 (default), every:6h, or off."), QStringLiteral("spec"),
         QStringLiteral("daily@07:00")},
        {QStringLiteral("objects"), tr("Only these Salesforce objects (comma-separated)."),
         QStringLiteral("list")},
        {QStringLiteral("usage-until"), tr("Last day of usage to read (YYYY-MM-DD; default: today)."),
         QStringLiteral("date")},
        {QStringLiteral("data-dir"), tr("Keep workspaces in <dir>."), QStringLiteral("dir")},
    });
    if (!parser.parse(args)) {
        err << parser.errorText() << '\n';
        return HeadlessCli::Usage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return HeadlessCli::Ok;
    }
    if (parser.isSet(QStringLiteral("data-dir"))) {
        AppPaths::setDataRootOverride(parser.value(QStringLiteral("data-dir")));
    }
    const QString name = parser.value(QStringLiteral("workspace")).trimmed();
    const QString clientId = parser.value(QStringLiteral("client-id"));
    const QString token = qEnvironmentVariable(DefaultSyncLauncher::MetronomeTokenVariable);
    const std::optional<Schedule> schedule = Schedule::parse(parser.value(QStringLiteral("schedule")));
    const QString scope = parser.value(QStringLiteral("scope"));
    if (name.isEmpty() || clientId.isEmpty() || !schedule ||
        (scope != QLatin1String("all") && scope != QLatin1String("linked"))) {
        err << tr("Usage: nomesync setup --workspace NAME --client-id ID [--environment ENV] "
                  "[--metronome-url URL] "
                  "[--salesforce-login-url URL] [--scope all|linked] [--schedule daily@07:00|every:6h|off]")
            << '\n';
        return HeadlessCli::Usage;
    }
    if (token.isEmpty()) {
        err << tr("Set the Metronome API token in the environment variable %1 (it is never read from the "
                  "command line).")
                   .arg(QLatin1String(DefaultSyncLauncher::MetronomeTokenVariable))
            << '\n';
        return HeadlessCli::Usage;
    }
    WorkspaceRegistry registry(AppPaths::workspacesDirectory());
    const QString nameProblem = registry.checkName(name);
    if (!nameProblem.isEmpty()) {
        err << nameProblem << '\n';
        return HeadlessCli::Usage;
    }

    KeychainSecretStore secrets;
    WorkspaceSetup setup(&registry, &secrets);
    setup.setWorkspaceName(name);
    QEventLoop loop;
    int code = HeadlessCli::Ok;
    auto failWith = [&](int exitCode, const QString &message) {
        err << message << '\n';
        code = exitCode;
        setup.abandon([&loop]() { loop.quit(); });
    };

    SalesforceOAuthConfig oauth;
    oauth.loginUrl = QUrl(parser.value(QStringLiteral("salesforce-login-url")));
    oauth.clientId = clientId;
    oauth.redirectPort = static_cast<quint16>(parser.value(QStringLiteral("redirect-port")).toUInt());

    QObject::connect(&setup, &WorkspaceSetup::metronomeFailed, &loop, [&](const QString &message) {
        failWith(HeadlessCli::NotFound, tr("Metronome: %1").arg(message));
    });
    QObject::connect(
        &setup, &WorkspaceSetup::metronomeVerified, &loop, [&](const WorkspaceSetup::MetronomeFindings &f) {
            out << tr("Metronome: token accepted and stored in the keychain: %1 customers (%2 linked "
                      "to Salesforce), %3 billable metrics.")
                       .arg(f.customers)
                       .arg(f.linkedCustomers)
                       .arg(f.billableMetrics)
                << '\n';
            out.flush();
            setup.signInToSalesforce(oauth);
        });
    QObject::connect(&setup, &WorkspaceSetup::authorizeUrlReady, &loop, [&](const QUrl &url) {
        out << tr("Open this address in a browser to sign in to Salesforce:") << '\n'
            << url.toString(QUrl::FullyEncoded) << '\n';
        out.flush();
    });
    QObject::connect(&setup, &WorkspaceSetup::salesforceFailed, &loop, [&](const QString &message) {
        failWith(HeadlessCli::NotFound, tr("Salesforce: %1").arg(message));
    });
    QObject::connect(&setup, &WorkspaceSetup::orgChecked, &loop, [&](const WorkspaceSetup::OrgFindings &org) {
        out << tr("Salesforce: signed in as %1 (org %2), API %3.")
                   .arg(org.identity.username, org.identity.orgId, org.apiVersion)
            << '\n';
        int missing = 0;
        for (const SalesforcePackageCheck::Line &line : org.lines) {
            if (line.status != SalesforcePackageCheck::Line::Status::Ok) {
                ++missing;
                out << "  ! " << line.message << '\n';
            }
        }
        if (!org.ok) {
            failWith(HeadlessCli::NotFound, tr("The org is missing %1 parts of the Metronome package. "
                                               "Install or upgrade it, then run setup "
                                               "again.")
                                                .arg(missing));
            return;
        }
        out << tr("Package %1: every object and field is in place.").arg(org.variant) << '\n';
        WorkspaceSetup::Plan plan;
        plan.name = name;
        plan.environment = parser.value(QStringLiteral("environment"));
        plan.scope = Sync::scopeFromString(scope);
        plan.schedule = *schedule;
        plan.objects = parser.value(QStringLiteral("objects")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        plan.usageUntil = parser.value(QStringLiteral("usage-until"));
        QString error;
        if (!setup.complete(plan, &error)) {
            failWith(HeadlessCli::NotFound, error);
            return;
        }
        out << tr("Workspace \"%1\" is set up. Next: nomesync sync --workspace \"%1\"").arg(name) << '\n';
        loop.quit();
    });

    setup.verifyMetronome(QUrl(parser.value(QStringLiteral("metronome-url"))), token);
    loop.exec();
    return code;
}
