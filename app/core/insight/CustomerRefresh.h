#pragma once

#include "store/WorkspaceInfo.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class CustomerRefreshWorker;
class QThread;
class SecretStore;

// "Refresh from Metronome" for one customer, without a sync: reads that customer's contracts
// with commits and credits, invoices with their line items, legacy plans, credit grants and
// daily usage with the Metronome client on a worker thread, and writes the rows into the
// workspace's source cache (mapped as the sync would map them, so the "as synced" badges stay
// true). Salesforce and the confirmed hashes are never touched. One refresh at a time.
class CustomerRefresh : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString databasePath;
        QString environment;
        QString packageVariant = QStringLiteral("nome_v2");
        QUrl metronomeUrl;
        QString token;
        QString customerId;
        int usageDays = 90;
        QDate usageUntil; // invalid: today (UTC)
        int concurrency = 4;
    };
    using Prepared = std::function<void(bool ok, const Request &request, const QString &error)>;

    explicit CustomerRefresh(QObject *parent = nullptr);
    ~CustomerRefresh() override;

    // Fills a request from the workspace's settings and its Metronome token (keychain, or the
    // environment when allowed). `done` runs once unless `context` is gone.
    static void prepare(const WorkspaceInfo &workspace, const QString &customerId, SecretStore *secrets,
                        bool allowEnvironmentToken, QObject *context, Prepared done);

    bool start(const Request &request, QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    // Blocks until the worker thread ended (shutdown and tests only).
    bool waitForFinished(int timeoutMs = 10000);

Q_SIGNALS:
    // `rows`: rows read and stored; `removed`: rows of the customer Metronome no longer has.
    void finished(bool ok, const QString &message, int rows, int removed);

private:
    QThread *m_thread = nullptr;
    QPointer<CustomerRefreshWorker> m_worker;
    bool m_running = false;
};
