#include "logging/Logging.h"

#include "logging/LogFile.h"
#include "logging/Redactor.h"
#include "util/AppPaths.h"

#include <QDateTime>
#include <QDir>

#include <cstdio>
#include <memory>

namespace {

std::unique_ptr<LogFile> g_logFile;
bool g_toStderr = true;
QString g_directory;

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}

void messageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = Logging::formatLine(type, context.category, message);
    if (g_logFile) {
        g_logFile->write(line);
    }
    if (g_toStderr) {
        const QByteArray bytes = Redactor::redact(line).toLocal8Bit();
        std::fprintf(stderr, "%s\n", bytes.constData());
        std::fflush(stderr);
    }
}

} // namespace

QString Logging::formatLine(QtMsgType type, const char *category, const QString &message)
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
           QLatin1String(levelName(type)) + QLatin1Char(' ') +
           QLatin1String(category ? category : "default") + QStringLiteral(": ") + message;
}

QString Logging::logDirectory()
{
    if (!g_directory.isEmpty()) {
        return g_directory;
    }
    return AppPaths::logsDirectory();
}

QString Logging::logFilePath()
{
    return g_logFile ? g_logFile->filePath() : QString();
}

void Logging::install(const QString &directory, bool alsoToStderr)
{
    g_directory = directory;
    g_toStderr = alsoToStderr;
    g_logFile = std::make_unique<LogFile>(logDirectory(), QStringLiteral("nomesync.log"));
    if (!g_logFile->open()) {
        g_logFile.reset();
    }
    qInstallMessageHandler(messageHandler);
}
