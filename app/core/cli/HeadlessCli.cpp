#include "cli/HeadlessCli.h"

#include "cli/SetupCommand.h"
#include "cli/SyncCommand.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "sync/FailureExport.h"
#include "sync/RunRepository.h"
#include "sync/Schedule.h"
#include "util/AppPaths.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cstdio>

using namespace Sync;

namespace {

QJsonObject runJson(const RunRecord &r)
{
    QJsonArray objects;
    for (const ObjectCounts &c : r.counts) {
        objects.append(QJsonObject{{QStringLiteral("object"), c.object},
                                   {QStringLiteral("read"), c.readRows},
                                   {QStringLiteral("attempted"), c.attempted},
                                   {QStringLiteral("succeeded"), c.succeeded},
                                   {QStringLiteral("failed"), c.failed},
                                   {QStringLiteral("skipped"), c.skipped},
                                   {QStringLiteral("method"), c.method}});
    }
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("trigger"), toString(r.trigger)},
        {QStringLiteral("state"), toString(r.state)},
        {QStringLiteral("full"), r.fullSync},
        {QStringLiteral("retry_of"), r.retryOf},
        {QStringLiteral("started_at"), r.startedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("finished_at"), r.finishedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("attempted"), r.totalAttempted()},
        {QStringLiteral("succeeded"), r.totalSucceeded()},
        {QStringLiteral("failed"), r.totalFailed()},
        {QStringLiteral("skipped"), r.totalSkipped()},
        {QStringLiteral("message"), r.message},
        {QStringLiteral("metronome_calls"), r.metronomeCalls},
        {QStringLiteral("salesforce_calls"), r.salesforceCalls},
        {QStringLiteral("salesforce_writes"), r.salesforceWrites},
        {QStringLiteral("read_ms"), r.readMs},
        {QStringLiteral("load_ms"), r.loadMs},
        {QStringLiteral("objects"), objects},
    };
}

QString when(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("-");
}

QString duration(const RunRecord &r)
{
    if (!r.startedAt.isValid()) {
        return QStringLiteral("-");
    }
    const QDateTime end = r.finishedAt.isValid() ? r.finishedAt : QDateTime::currentDateTimeUtc();
    const qint64 s = r.startedAt.secsTo(end);
    return s >= 60 ? QStringLiteral("%1m%2s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1s").arg(s);
}

void addWorkspaceOption(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("w"), QStringLiteral("workspace")},
                      QCoreApplication::translate("HeadlessCli", "The workspace (name or id); optional when "
                                                                 "there is only one."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("data-dir"),
         QCoreApplication::translate("HeadlessCli", "Use workspaces in <dir> (also NOMESYNC_DATA_DIR)."),
         QStringLiteral("dir")});
}

// Parses a sub-command's arguments. A value means "stop with this exit code" (bad
// arguments, or --help was answered); nothing means carry on.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &args, QTextStream &out,
                         QTextStream &err)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("HeadlessCli", "Show this help."));
    parser.addOption(help);
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
    return std::nullopt;
}

} // namespace

QStringList HeadlessCli::commands()
{
    return {QStringLiteral("setup"), QStringLiteral("sync"),   QStringLiteral("status"),
            QStringLiteral("runs"),  QStringLiteral("errors"), QStringLiteral("workspaces")};
}

bool HeadlessCli::isCommand(const QString &argument)
{
    return commands().contains(argument);
}

QString HeadlessCli::usage()
{
    return tr("Commands (run without a window):\n"
              "  setup       set up a workspace: --workspace NAME --client-id ID [--metronome-url URL]\n"
              "              [--salesforce-login-url URL] [--environment ENV] [--scope all|linked] "
              "[--schedule SPEC]\n"
              "  sync        run a sync: --workspace NAME [--full] [--objects LIST] [--retry-failed RUN]\n"
              "              [--dry-run [--export DIR]]; --all [--scheduled] syncs every workspace in turn\n"
              "  status      last and next sync of each workspace\n"
              "  runs        the runs of a workspace\n"
              "  errors RUN  export the failed rows of a run: --csv FILE [--object NAME] [--limit N]\n"
              "  workspaces  list the workspaces on this computer\n"
              "Use \"nomesync <command> --help\" for the options of a command.\n"
              "Exit codes: 0 ok, 1 rows or the run failed, 2 bad arguments, 3 not found, 4 another sync is "
              "running, 5 keychain problem, 130 interrupted.");
}

int HeadlessCli::run(const QStringList &args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString command = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + command} + args.mid(2);
    int code = Usage;
    if (command == QLatin1String("setup")) {
        code = SetupCommand::run(rest, out, err);
    } else if (command == QLatin1String("sync")) {
        code = SyncCommand::run(rest, out, err);
    } else if (command == QLatin1String("status")) {
        code = status(rest, out, err);
    } else if (command == QLatin1String("runs")) {
        code = runs(rest, out, err);
    } else if (command == QLatin1String("errors")) {
        code = errors(rest, out, err);
    } else if (command == QLatin1String("workspaces")) {
        code = workspaces(rest, out, err);
    } else {
        err << usage() << '\n';
    }
    out.flush();
    err.flush();
    WorkspaceDatabase::releaseThreadConnections();
    return code;
}

void HeadlessCli::reportUnopenable(const WorkspaceRegistry &registry, QTextStream &err)
{
    const QStringList problems = registry.unopenable();
    if (problems.isEmpty()) {
        return;
    }
    err << tr("%n workspace file(s) could not be opened (the workspace may be one of them):", "",
              problems.size())
        << '\n';
    for (const QString &problem : problems) {
        err << "  " << problem << '\n';
    }
}

std::optional<WorkspaceInfo> HeadlessCli::resolveWorkspace(const QString &name, QTextStream &err)
{
    WorkspaceRegistry registry(AppPaths::workspacesDirectory());
    if (!name.isEmpty()) {
        const auto ws = registry.find(name);
        if (!ws) {
            err << tr("No workspace called \"%1\". \"nomesync workspaces\" lists them.").arg(name) << '\n';
            reportUnopenable(registry, err);
        }
        return ws;
    }
    const QList<WorkspaceInfo> all = registry.list();
    if (all.size() == 1) {
        return all.first();
    }
    err << (all.isEmpty() ? tr("There is no workspace yet. Set one up in the app or with \"nomesync setup\".")
                          : tr("There are %1 workspaces; choose one with --workspace NAME.").arg(all.size()))
        << '\n';
    return std::nullopt;
}

int HeadlessCli::workspaces(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the workspaces on this computer."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = parse(parser, args, out, err)) {
        return *stop;
    }
    const QList<WorkspaceInfo> all = WorkspaceRegistry(AppPaths::workspacesDirectory()).list();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const WorkspaceInfo &ws : all) {
            list.append(QJsonObject{{QStringLiteral("id"), ws.id},
                                    {QStringLiteral("name"), ws.name},
                                    {QStringLiteral("environment"), ws.environment},
                                    {QStringLiteral("setup_complete"), ws.setupComplete}});
        }
        out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    for (const WorkspaceInfo &ws : all) {
        out << ws.name << '\t' << ws.environment << '\t' << ws.id << '\n';
    }
    return Ok;
}

int HeadlessCli::status(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the last and the next sync of each workspace (or of one)."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = parse(parser, args, out, err)) {
        return *stop;
    }
    QList<WorkspaceInfo> list;
    if (parser.isSet(QStringLiteral("workspace"))) {
        const auto ws = resolveWorkspace(parser.value(QStringLiteral("workspace")), err);
        if (!ws) {
            return NotFound;
        }
        list.append(*ws);
    } else {
        list = WorkspaceRegistry(AppPaths::workspacesDirectory()).list();
    }
    QJsonArray json;
    int code = Ok;
    for (const WorkspaceInfo &ws : std::as_const(list)) {
        WorkspaceDatabase db(ws.databasePath);
        if (!db.open()) {
            continue;
        }
        RunRepository runs(db);
        const auto last = runs.lastFinished();
        const auto current = runs.current();
        const Schedule schedule =
            Schedule::parse(db.setting(SettingKeys::SyncSchedule)).value_or(Schedule::defaultSchedule());
        const QDateTime next = schedule.nextAfter(QDateTime::currentDateTimeUtc());
        if (last && (last->state == RunState::Failed || last->state == RunState::CompletedWithErrors)) {
            code = RowsFailed;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject o{{QStringLiteral("workspace"), ws.name},
                          {QStringLiteral("environment"), ws.environment},
                          {QStringLiteral("schedule"), schedule.toString()},
                          {QStringLiteral("next_run"), next.toString(Qt::ISODate)}};
            if (last) {
                o.insert(QStringLiteral("last_run"), runJson(*last));
            }
            if (current) {
                o.insert(QStringLiteral("running"), runJson(*current));
            }
            json.append(o);
            continue;
        }
        out << ws.name << " (" << ws.environment << ")\n";
        if (current) {
            out << "  " << tr("running: run %1 since %2").arg(current->id).arg(when(current->startedAt))
                << '\n';
        }
        if (last) {
            out << "  "
                << tr("last run: %1 #%2 %3, %4 (%5): %6 sent, %7 failed, %8 skipped")
                       .arg(displayName(last->state))
                       .arg(last->id)
                       .arg(displayName(last->trigger), when(last->startedAt), duration(*last))
                       .arg(last->totalSucceeded())
                       .arg(last->totalFailed())
                       .arg(last->totalSkipped())
                << '\n';
        } else {
            out << "  " << tr("no sync yet") << '\n';
        }
        out << "  " << tr("schedule: %1; next: %2").arg(schedule.describe(), when(next)) << '\n';
    }
    if (parser.isSet(QStringLiteral("json"))) {
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    }
    return code;
}

int HeadlessCli::runs(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists the runs of a workspace, newest first."));
    addWorkspaceOption(parser);
    parser.addOption({QStringLiteral("limit"), tr("Show at most <n> runs (default 20)."), QStringLiteral("n"),
                      QStringLiteral("20")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (const auto stop = parse(parser, args, out, err)) {
        return *stop;
    }
    const auto ws = resolveWorkspace(parser.value(QStringLiteral("workspace")), err);
    if (!ws) {
        return NotFound;
    }
    WorkspaceDatabase db(ws->databasePath);
    QString error;
    if (!db.open(&error)) {
        err << error << '\n';
        return NotFound;
    }
    const QList<RunRecord> list = RunRepository(db).runs(
        RunRepository::Filter::All, std::max(1, parser.value(QStringLiteral("limit")).toInt()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const RunRecord &r : list) {
            json.append(runJson(r));
        }
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return Ok;
    }
    out << tr("RUN\tSTATE\tTRIGGER\tSTARTED\tDURATION\tATTEMPTED\tSUCCEEDED\tFAILED\tSKIPPED") << '\n';
    for (const RunRecord &r : list) {
        out << r.id << '\t' << toString(r.state) << '\t' << toString(r.trigger) << '\t' << when(r.startedAt)
            << '\t' << duration(r) << '\t' << r.totalAttempted() << '\t' << r.totalSucceeded() << '\t'
            << r.totalFailed() << '\t' << r.totalSkipped() << '\n';
    }
    return Ok;
}

int HeadlessCli::errors(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes the failed and skipped rows of a run to a CSV file."));
    addWorkspaceOption(parser);
    parser.addPositionalArgument(QStringLiteral("run"), tr("The run number (see \"nomesync runs\")."));
    parser.addOption(
        {QStringLiteral("csv"), tr("Write the rows to <file> (RFC 4180, UTF-8)."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("object"), tr("Only rows of this Salesforce object."), QStringLiteral("name")});
    parser.addOption({QStringLiteral("limit"),
                      tr("At most <n> rows (e.g. 100, the sample of seed 000); default: all."),
                      QStringLiteral("n")});
    if (const auto stop = parse(parser, args, out, err)) {
        return *stop;
    }
    bool ok = false;
    const qint64 runId = parser.positionalArguments().value(0).toLongLong(&ok);
    if (!ok || !parser.isSet(QStringLiteral("csv"))) {
        err << tr("Usage: nomesync errors RUN --csv FILE [--workspace NAME] [--object NAME] [--limit N]")
            << '\n';
        return Usage;
    }
    const auto ws = resolveWorkspace(parser.value(QStringLiteral("workspace")), err);
    if (!ws) {
        return NotFound;
    }
    WorkspaceDatabase db(ws->databasePath);
    QString error;
    if (!db.open(&error)) {
        err << error << '\n';
        return NotFound;
    }
    if (!RunRepository(db).run(runId)) {
        err << tr("Workspace \"%1\" has no run %2.").arg(ws->name).arg(runId) << '\n';
        return NotFound;
    }
    const qint64 rows = FailureExport::writeFile(db, runId, parser.value(QStringLiteral("object")),
                                                 parser.value(QStringLiteral("limit")).toInt(),
                                                 parser.value(QStringLiteral("csv")), &error);
    if (rows < 0) {
        err << error << '\n';
        return NotFound;
    }
    out << tr("%1 rows written to %2").arg(rows).arg(parser.value(QStringLiteral("csv"))) << '\n';
    return Ok;
}
