#include "insight/CustomerRefresh.h"

#include "insight/CustomerRefreshWorker.h"
#include "secrets/WorkspaceSecrets.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"

#include <QThread>

CustomerRefresh::CustomerRefresh(QObject *parent)
    : QObject(parent)
{}

CustomerRefresh::~CustomerRefresh()
{
    if (m_worker && m_thread && m_thread->isRunning()) {
        // Stop the read before the thread ends; the worker is then destroyed with the thread.
        QMetaObject::invokeMethod(m_worker, &CustomerRefreshWorker::cancel, Qt::BlockingQueuedConnection);
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void CustomerRefresh::prepare(const WorkspaceInfo &workspace, const QString &customerId, SecretStore *secrets,
                              bool allowEnvironmentToken, QObject *context, Prepared done)
{
    WorkspaceDatabase db(workspace.databasePath);
    QString error;
    if (!db.open(&error)) {
        done(false, Request(), error);
        return;
    }
    Request request;
    request.databasePath = workspace.databasePath;
    request.environment = workspace.environment;
    request.customerId = customerId;
    request.metronomeUrl = QUrl(db.setting(SettingKeys::MetronomeBaseUrl));
    request.packageVariant = db.setting(SettingKeys::PackageVariant, QStringLiteral("nome_v2"));
    request.usageDays = db.setting(SettingKeys::UsageDays, QStringLiteral("90")).toInt();
    request.usageUntil = QDate::fromString(db.setting(SettingKeys::UsageUntil), Qt::ISODate);
    request.concurrency = db.setting(SettingKeys::MetronomeConcurrency, QStringLiteral("4")).toInt();
    if (!request.metronomeUrl.isValid() || request.metronomeUrl.isEmpty()) {
        done(false, request,
             tr("Workspace \"%1\" has no Metronome connection yet: finish the setup wizard first.")
                 .arg(workspace.name));
        return;
    }
    WorkspaceSecrets::readMetronomeToken(
        secrets, workspace.id, allowEnvironmentToken, context,
        [request, done](bool ok, const QString &token, const QString &tokenError) mutable {
            request.token = token;
            done(ok, request, tokenError);
        });
}

bool CustomerRefresh::start(const Request &request, QString *error)
{
    if (m_running) {
        if (error) {
            *error = tr("This customer is already being refreshed.");
        }
        return false;
    }
    if (m_thread) {
        m_thread->wait(5000); // the previous refresh's thread is winding down
        delete m_thread;
        m_thread = nullptr;
    }
    m_running = true;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("nomesync-refresh"));
    auto *worker = new CustomerRefreshWorker(request);
    m_worker = worker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, worker, &CustomerRefreshWorker::run);
    connect(worker, &CustomerRefreshWorker::finished, this,
            [this](bool ok, const QString &message, int rows, int removed) {
                m_running = false;
                emit finished(ok, message, rows, removed);
            });
    // The worker and its client are destroyed on their own thread, before it ends.
    connect(worker, &CustomerRefreshWorker::finished, worker, &QObject::deleteLater);
    connect(worker, &QObject::destroyed, m_thread, &QThread::quit, Qt::DirectConnection);
    QThread *thread = m_thread;
    connect(thread, &QThread::finished, this, [this, thread]() {
        if (m_thread == thread) {
            m_thread = nullptr;
            thread->deleteLater();
        }
    });
    m_thread->start();
    return true;
}

void CustomerRefresh::cancel()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, &CustomerRefreshWorker::cancel, Qt::QueuedConnection);
    }
}

bool CustomerRefresh::waitForFinished(int timeoutMs)
{
    QThread *thread = m_thread;
    return !thread || thread->wait(timeoutMs);
}
