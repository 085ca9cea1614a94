#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <memory>

// Starts nomesync-sandbox as a child process on free loopback ports, reads its start-up
// JSON line, and offers blocking helpers for the admin endpoint (tests only).
class SandboxProcess
{
public:
    struct Info
    {
        QUrl metronomeUrl;
        QString metronomeToken;
        QUrl salesforceLoginUrl;
        QUrl salesforceInstanceUrl;
        QString salesforceClientId;
        QUrl adminUrl;
        QJsonObject raw;
    };

    explicit SandboxProcess(const QStringList &arguments = {});
    ~SandboxProcess();

    bool start(QString *error = nullptr, int timeoutMs = 120000);
    void stop();
    // SIGKILL, for crash tests of the sandbox itself.
    void kill();
    bool isRunning() const;
    const Info &info() const { return m_info; }
    QString standardError() const;

    // Blocking admin calls; `status` receives the HTTP status (0 on a network failure).
    QJsonDocument admin(const QByteArray &method, const QString &path, const QJsonDocument &body = {},
                        int *status = nullptr) const;
    QJsonDocument adminGet(const QString &path, int *status = nullptr) const
    {
        return admin(QByteArrayLiteral("GET"), path, {}, status);
    }
    QJsonDocument adminPost(const QString &path, const QJsonObject &body = {}, int *status = nullptr) const
    {
        return admin(QByteArrayLiteral("POST"), path, QJsonDocument(body), status);
    }

    static QString executable();

private:
    QStringList m_arguments;
    std::unique_ptr<QProcess> m_process;
    Info m_info;
    mutable QByteArray m_stderr;
};
