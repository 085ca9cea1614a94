#include "cli/SyncCommand.h"

#include "cli/HeadlessCli.h"
#include "secrets/KeychainSecretStore.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "sync/DefaultSyncLauncher.h"
#include "sync/RunRepository.h"
#include "sync/Schedule.h"
#include "sync/SyncController.h"
#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Sync;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

QString phaseText(const Progress &p)
{
    switch (p.phase) {
    case Progress::Phase::Preparing:
        return QCoreApplication::translate("SyncCommand", "preparing");
    case Progress::Phase::Reading:
        return QCoreApplication::translate("SyncCommand", "reading Metronome");
    case Progress::Phase::Loading:
        return QCoreApplication::translate("SyncCommand", "writing Salesforce");
    case Progress::Phase::Finishing:
        return QCoreApplication::translate("SyncCommand", "finishing");
    }
    return QString();
}

} // namespace

int SyncCommand::run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one sync of a workspace. Secrets come from the keychain; on a server without one, set %1 "
           "(and %2) in the environment - never on the command line.")
            .arg(QLatin1String(DefaultSyncLauncher::MetronomeTokenVariable),
                 QLatin1String(DefaultSyncLauncher::SalesforceTokenVariable)));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    parser.addOption(help);
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      tr("The workspace (name or id)."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("all"),
         tr("Sync every workspace in turn (with --scheduled: those whose schedule is not off).")});
    parser.addOption({QStringLiteral("data-dir"), tr("Use workspaces in <dir>."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("full"), tr("Send every row, not only what changed.")});
    parser.addOption({QStringLiteral("objects"),
                      tr("Only these Salesforce objects (comma-separated API names)."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("retry-failed"), tr("Send only the rows that failed in run <run>."),
                      QStringLiteral("run")});
    parser.addOption(
        {QStringLiteral("scheduled"), tr("Record the run as scheduled (used by the systemd timer).")});
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Read and compare, but write nothing to Salesforce: report what would be sent.")});
    parser.addOption(
        {QStringLiteral("export"),
         tr("With --dry-run: write the rows that would be sent to <dir> (JSON Lines per object)."),
         QStringLiteral("dir")});
    parser.addOption({QStringLiteral("quiet"), tr("Print only the summary.")});
    parser.addOption(
        {QStringLiteral("stats"),
         tr("Write run statistics as JSON to <file>: wall time, peak memory, the worst stall of the "
            "event loop that drives the sync, call counts (for benchmarks and monitoring)."),
         QStringLiteral("file")});
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

    if (parser.isSet(QStringLiteral("all"))) {
        if (parser.isSet(QStringLiteral("workspace")) || parser.isSet(QStringLiteral("retry-failed"))) {
            err << tr("--all does not go with --workspace or --retry-failed.") << '\n';
            return HeadlessCli::Usage;
        }
        return runAll(args, parser.isSet(QStringLiteral("scheduled")), out, err);
    }

    WorkspaceRegistry registry(AppPaths::workspacesDirectory());
    std::optional<WorkspaceInfo> workspace;
    const QString name = parser.value(QStringLiteral("workspace"));
    if (!name.isEmpty()) {
        workspace = registry.find(name);
    } else if (registry.list().size() == 1) {
        workspace = registry.list().first();
    }
    if (!workspace) {
        err << (name.isEmpty() ? tr("Choose a workspace with --workspace NAME.")
                               : tr("No workspace called \"%1\".").arg(name))
            << '\n';
        HeadlessCli::reportUnopenable(registry, err);
        return HeadlessCli::NotFound;
    }

    SyncLauncher::Request request;
    request.trigger = parser.isSet(QStringLiteral("scheduled")) ? Trigger::Scheduled : Trigger::Manual;
    request.fullSync = parser.isSet(QStringLiteral("full"));
    request.objects = parser.value(QStringLiteral("objects")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.isSet(QStringLiteral("retry-failed"))) {
        bool ok = false;
        request.retryOf = parser.value(QStringLiteral("retry-failed")).toLongLong(&ok);
        if (!ok) {
            err << tr("--retry-failed needs a run number.") << '\n';
            return HeadlessCli::Usage;
        }
        request.trigger = Trigger::Retry;
    }
    request.dryRun = parser.isSet(QStringLiteral("dry-run"));
    request.exportDirectory = parser.value(QStringLiteral("export"));
    if (!request.exportDirectory.isEmpty() && !request.dryRun) {
        err << tr("--export only goes with --dry-run.") << '\n';
        return HeadlessCli::Usage;
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));

    QElapsedTimer wall;
    wall.start();
    // The event loop that drives the sync must stay responsive (in the app it is the GUI's):
    // a 5 ms timer records its worst delay.
    QElapsedTimer tick;
    tick.start();
    qint64 worstStallMs = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &probe,
                     [&]() { worstStallMs = std::max(worstStallMs, tick.restart() - 5); });
    probe.start();

    KeychainSecretStore secrets;
    DefaultSyncLauncher launcher(&secrets);
    launcher.setEnvironmentSecretsAllowed(true);
    SyncController controller;
    QEventLoop loop;
    int exitCode = HeadlessCli::Ok;
    qint64 runId = 0;
    RunState finalState = RunState::Failed;
    QString finalMessage;
    bool interrupted = false;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &loop);
        QObject::connect(notifier, &QSocketNotifier::activated, &loop, [&]() {
            char byte;
            [[maybe_unused]] const auto r = ::read(g_signalPipe[1], &byte, 1);
            if (!interrupted) {
                interrupted = true;
                err << '\n' << tr("Cancelling...") << '\n';
                err.flush();
                controller.cancel();
            }
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }

    QObject::connect(&controller, &SyncController::started, &loop, [&](qint64 id) {
        runId = id;
        if (!quiet) {
            err << tr("Run %1 of workspace \"%2\" started.").arg(id).arg(workspace->name) << '\n';
            err.flush();
        }
    });
    QString lastLine;
    QObject::connect(&controller, &SyncController::progress, &loop, [&](const Progress &p) {
        if (quiet) {
            return;
        }
        const QString line =
            p.total > 0
                ? QStringLiteral("%1: %2/%3 %4").arg(phaseText(p)).arg(p.done).arg(p.total).arg(p.object)
                : QStringLiteral("%1: %2").arg(phaseText(p), p.detail);
        if (line != lastLine) {
            err << line << '\n';
            err.flush();
            lastLine = line;
        }
    });
    QObject::connect(&controller, &SyncController::finished, &loop,
                     [&](qint64 id, RunState state, const QString &message) {
                         runId = id;
                         finalState = state;
                         finalMessage = message;
                         loop.quit();
                     });

    launcher.prepare(*workspace, request, &loop,
                     [&](bool ok, const SyncSettings &settings,
                         const SyncController::EndpointFactory &factory, const QString &error) {
                         QString startError;
                         if (!ok || !controller.start(settings, factory, &startError)) {
                             finalMessage = ok ? startError : error;
                             exitCode = HeadlessCli::Keychain;
                             loop.quit();
                         }
                     });
    loop.exec();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    controller.waitForFinished(10000);

    if (exitCode == HeadlessCli::Keychain) {
        err << finalMessage << '\n';
        return finalMessage.contains(QLatin1String("keychain"), Qt::CaseInsensitive) ? HeadlessCli::Keychain
                                                                                     : HeadlessCli::NotFound;
    }
    if (runId == 0) {
        // The run never started, e.g. another process holds the workspace.
        err << finalMessage << '\n';
        return finalMessage.contains(QLatin1String("already running")) ? HeadlessCli::Busy
                                                                       : HeadlessCli::RowsFailed;
    }

    probe.stop();
    WorkspaceDatabase db(workspace->databasePath);
    db.open();
    const std::optional<RunRecord> run = RunRepository(db).run(runId);
    if (parser.isSet(QStringLiteral("stats"))) {
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        QJsonObject stats{{QStringLiteral("run_id"), runId},
                          {QStringLiteral("state"), toString(finalState)},
                          {QStringLiteral("message"), finalMessage},
                          {QStringLiteral("wall_ms"), wall.elapsed()},
                          {QStringLiteral("peak_rss_kb"), static_cast<qint64>(usage.ru_maxrss)},
                          {QStringLiteral("worst_loop_stall_ms"), worstStallMs}};
        if (run) {
            stats.insert(QStringLiteral("metronome_calls"), run->metronomeCalls);
            stats.insert(QStringLiteral("salesforce_calls"), run->salesforceCalls);
            stats.insert(QStringLiteral("salesforce_writes"), run->salesforceWrites);
            stats.insert(QStringLiteral("read_ms"), run->readMs);
            stats.insert(QStringLiteral("load_ms"), run->loadMs);
            stats.insert(QStringLiteral("attempted"), run->totalAttempted());
            stats.insert(QStringLiteral("succeeded"), run->totalSucceeded());
            stats.insert(QStringLiteral("failed"), run->totalFailed());
            QJsonArray objects;
            for (const ObjectCounts &c : run->counts) {
                objects.append(QJsonObject{{QStringLiteral("object"), c.object},
                                           {QStringLiteral("attempted"), c.attempted},
                                           {QStringLiteral("succeeded"), c.succeeded},
                                           {QStringLiteral("failed"), c.failed},
                                           {QStringLiteral("skipped"), c.skipped},
                                           {QStringLiteral("method"), c.method},
                                           {QStringLiteral("bytes_sent"), c.bytesSent}});
            }
            stats.insert(QStringLiteral("objects"), objects);
        }
        QSaveFile file(parser.value(QStringLiteral("stats")));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(QJsonDocument(stats).toJson(QJsonDocument::Indented));
            file.commit();
        }
    }
    out << tr("Run %1: %2. %3").arg(runId).arg(displayName(finalState), finalMessage) << '\n';
    if (run) {
        const QLocale c = QLocale::c();
        for (const ObjectCounts &counts : run->counts) {
            if (counts.attempted == 0 && counts.skipped == 0) {
                continue;
            }
            out << QStringLiteral("  %1  attempted %2  succeeded %3  failed %4  skipped %5  (%6)")
                       .arg(counts.object, -48)
                       .arg(c.toString(counts.attempted))
                       .arg(c.toString(counts.succeeded))
                       .arg(c.toString(counts.failed))
                       .arg(c.toString(counts.skipped))
                       .arg(counts.method)
                << '\n';
        }
        if (run->totalFailed() + run->totalSkipped() > 0) {
            out << tr("Failed rows: nomesync errors %1 --workspace \"%2\" --csv failures.csv")
                       .arg(runId)
                       .arg(workspace->name)
                << '\n';
        }
    }
    switch (finalState) {
    case RunState::Completed:
        return HeadlessCli::Ok;
    case RunState::Cancelled:
        return HeadlessCli::Cancelled;
    default:
        return HeadlessCli::RowsFailed;
    }
}

int SyncCommand::runAll(const QStringList &args, bool scheduled, QTextStream &out, QTextStream &err)
{
    QStringList single = args;
    single.removeAll(QStringLiteral("--all"));
    const QList<WorkspaceInfo> all = WorkspaceRegistry(AppPaths::workspacesDirectory()).list();
    if (all.isEmpty()) {
        out << tr("There is no workspace to sync.") << '\n';
        return HeadlessCli::Ok;
    }
    // Every workspace gets its run even when an earlier one failed; the exit code is the
    // first failure's, so the timer's journal shows that something failed.
    int result = HeadlessCli::Ok;
    for (const WorkspaceInfo &workspace : all) {
        if (scheduled) {
            WorkspaceDatabase db(workspace.databasePath);
            const std::optional<Schedule> schedule =
                db.open() ? Schedule::parse(db.setting(SettingKeys::SyncSchedule)) : std::nullopt;
            if (schedule && schedule->kind() == Schedule::Kind::Off) {
                out << tr("Workspace \"%1\": its schedule is off, skipped.").arg(workspace.name) << '\n';
                continue;
            }
        }
        out << tr("Workspace \"%1\":").arg(workspace.name) << '\n';
        out.flush();
        const int code = run(single + QStringList{QStringLiteral("--workspace"), workspace.id}, out, err);
        if (result == HeadlessCli::Ok) {
            result = code;
        }
        if (code == HeadlessCli::Cancelled) {
            break;
        }
    }
    return result;
}
