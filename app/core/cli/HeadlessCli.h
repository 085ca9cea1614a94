#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <optional>

class QTextStream;
class WorkspaceRegistry;
struct WorkspaceInfo;

// `nomesync <command>` without a window, for servers, scripts and the systemd timer:
//   setup, sync, status, runs, errors, link, workspaces
// Same core, same database, same keychain entries as the app. Exit codes scripts can trust:
class HeadlessCli
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCli)

public:
    enum ExitCode
    {
        Ok = 0,
        RowsFailed = 1, // the run finished, but rows failed (or the run itself failed)
        Usage = 2,      // bad arguments
        NotFound = 3,   // no such workspace / run, or the workspace is not set up
        Busy = 4,       // another sync of the workspace is running
        Keychain = 5,   // secrets could not be read or stored
        Cancelled = 130 // interrupted (Ctrl+C / SIGTERM)
    };

    static QStringList commands();
    static bool isCommand(const QString &argument);
    // Runs the command in args[1] (args[0] is the program). Needs a QCoreApplication.
    static int run(const QStringList &args);

    static QString usage();
    // After "no such workspace": lists the workspace files that exist but cannot be opened.
    static void reportUnopenable(const WorkspaceRegistry &registry, QTextStream &err);

private:
    static int status(const QStringList &args, QTextStream &out, QTextStream &err);
    static int runs(const QStringList &args, QTextStream &out, QTextStream &err);
    static int errors(const QStringList &args, QTextStream &out, QTextStream &err);
    static int workspaces(const QStringList &args, QTextStream &out, QTextStream &err);
    // Resolves --workspace (or the only workspace there is).
    static std::optional<WorkspaceInfo> resolveWorkspace(const QString &name, QTextStream &err);
};
