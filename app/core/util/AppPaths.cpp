#include "util/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace {
QString &overrideRoot()
{
    static QString root;
    return root;
}
} // namespace

QString AppPaths::dataRoot()
{
    if (!overrideRoot().isEmpty()) {
        return overrideRoot();
    }
    const QString fromEnvironment = qEnvironmentVariable("NOMESYNC_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return QDir(fromEnvironment).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void AppPaths::setDataRootOverride(const QString &directory)
{
    overrideRoot() = directory.isEmpty() ? QString() : QDir(directory).absolutePath();
}

QString AppPaths::workspacesDirectory()
{
    return QDir(dataRoot()).filePath(QStringLiteral("workspaces"));
}

QString AppPaths::logsDirectory()
{
    return QDir(dataRoot()).filePath(QStringLiteral("logs"));
}
