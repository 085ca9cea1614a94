#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `nomesync sync --workspace NAME [--full] [--objects LIST] [--retry-failed RUN]`:
// runs one sync without a window, prints progress on the terminal and a summary per
// object, and exits non-zero when rows or the run failed. Ctrl+C cancels the run cleanly.
// `nomesync sync --all` syncs every workspace in turn (what the systemd timer runs).
class SyncCommand
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);

private:
    static int runAll(const QStringList &args, bool scheduled, QTextStream &out, QTextStream &err);
};
