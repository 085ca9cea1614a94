#include "TestEnvironment.h"

#include "util/AppPaths.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

namespace {
std::unique_ptr<QTemporaryDir> g_root;
}

void TestEnvironment::initialise()
{
    QCoreApplication::setOrganizationName(QStringLiteral("NomeSyncTests"));
    QCoreApplication::setApplicationName(QStringLiteral("NomeSyncTests"));
    QStandardPaths::setTestModeEnabled(true);
    g_root = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/nomesync-test-XXXXXX"));
    AppPaths::setDataRootOverride(g_root->path());
}

QString TestEnvironment::dataRoot()
{
    return g_root ? g_root->path() : QString();
}

bool TestEnvironment::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired()) {
            return condition();
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(1);
    }
    return true;
}

QString TestEnvironment::sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(NOMESYNC_SOURCE_DIR)).filePath(relative);
}
