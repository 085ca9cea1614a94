#pragma once

#include <QString>

// Installs the process-wide message handler: redacted lines to a rotating file in the
// app's data location and, for the terminal, to stderr.
class Logging
{
public:
    // directory empty: <AppDataLocation>/logs
    static void install(const QString &directory = QString(), bool alsoToStderr = true);
    static QString logDirectory();
    static QString logFilePath();
    // Formats one message the way the handler writes it (used by tests).
    static QString formatLine(QtMsgType type, const char *category, const QString &message);
};
