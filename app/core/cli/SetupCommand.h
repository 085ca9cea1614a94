#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

// `nomesync setup --workspace NAME ...`: the four setup steps without a window, for servers
// and scripts. The Metronome token comes from NOMESYNC_METRONOME_TOKEN (never the command
// line); Salesforce sign-in prints the authorize address and waits for the browser to come
// back to a loopback port, as `sf org login web` does.
class SetupCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetupCommand)

public:
    static int run(const QStringList &args, QTextStream &out, QTextStream &err);
};
