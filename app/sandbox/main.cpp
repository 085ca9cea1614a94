#include "SandboxApp.h"
#include "metronome/MetronomeSandbox.h"
#include "salesforce/SalesforceSandbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <nomesync/Version.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
// SIGTERM/SIGINT end the event loop cleanly (so a temporary data folder is removed); the
// handler only writes a byte, which is async-signal-safe.
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nomesync-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NOMESYNC_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local Metronome- and Salesforce-compatible servers with generated data, for trying NomeSync "
        "without accounts and for its tests.\n\n"
        "On start it prints one JSON line on stdout:\n"
        "  {\"metronome\": {\"url\", \"token\"}, \"salesforce\": {\"login_url\", \"instance_url\", "
        "\"client_id\"}, \"admin_url\", ...}\n\n"
        "Commands (optional, instead of serving): next-day  -- move the stored world one day on "
        "(needs --data)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("Optional one-shot command."),
                                 QStringLiteral("[command]"));
    SandboxApp::addOptions(parser);
    MetronomeSandbox::addOptions(parser);
    SalesforceSandbox::addOptions(parser);
    // --install-package takes an optional variant name, which QCommandLineParser cannot express.
    parser.process(SalesforceSandbox::normalizeArguments(QCoreApplication::arguments()));

    SandboxApp sandbox;
    QString error;
    if (!sandbox.configure(parser, &error)) {
        std::fprintf(stderr, "nomesync-sandbox: %s\n", qPrintable(error));
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        QString output;
        const int code = sandbox.runCommand(positional.constFirst(), &output);
        std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(output));
        return code;
    }
    if (!sandbox.start(&error)) {
        std::fprintf(stderr, "nomesync-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stdout, "%s\n", sandbox.startupLine().constData());
    std::fflush(stdout);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, []() { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    return app.exec();
}
