#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

SandboxProcess::SandboxProcess(const QStringList &arguments)
    : m_arguments(arguments)
{}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::executable()
{
    const QString fromEnvironment = qEnvironmentVariable("NOMESYNC_SANDBOX_BIN");
    return fromEnvironment.isEmpty() ? QStringLiteral(NOMESYNC_SANDBOX_PATH) : fromEnvironment;
}

bool SandboxProcess::start(QString *error, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(executable());
    m_process->setArguments(m_arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        if (error) {
            *error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process->errorString());
        }
        return false;
    }
    QDeadlineTimer deadline(timeoutMs);
    QByteArray line;
    while (!m_process->canReadLine()) {
        if (deadline.hasExpired() || m_process->state() != QProcess::Running) {
            m_stderr += m_process->readAllStandardError();
            if (error) {
                *error = QStringLiteral("the sandbox did not start: ") + QString::fromUtf8(m_stderr);
            }
            return false;
        }
        m_process->waitForReadyRead(200);
    }
    line = m_process->readLine();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (!doc.isObject()) {
        if (error) {
            *error = QStringLiteral("unexpected start-up line: ") + QString::fromUtf8(line);
        }
        return false;
    }
    m_info.raw = doc.object();
    const QJsonObject metronome = m_info.raw.value(QStringLiteral("metronome")).toObject();
    const QJsonObject salesforce = m_info.raw.value(QStringLiteral("salesforce")).toObject();
    m_info.metronomeUrl = QUrl(metronome.value(QStringLiteral("url")).toString());
    m_info.metronomeToken = metronome.value(QStringLiteral("token")).toString();
    m_info.salesforceLoginUrl = QUrl(salesforce.value(QStringLiteral("login_url")).toString());
    m_info.salesforceInstanceUrl = QUrl(salesforce.value(QStringLiteral("instance_url")).toString());
    m_info.salesforceClientId = salesforce.value(QStringLiteral("client_id")).toString();
    m_info.adminUrl = QUrl(m_info.raw.value(QStringLiteral("admin_url")).toString());
    return true;
}

void SandboxProcess::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

void SandboxProcess::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString SandboxProcess::standardError() const
{
    if (m_process) {
        m_stderr += m_process->readAllStandardError();
    }
    return QString::fromUtf8(m_stderr);
}

QJsonDocument SandboxProcess::admin(const QByteArray &method, const QString &path, const QJsonDocument &body,
                                    int *status) const
{
    QNetworkAccessManager network;
    QUrl url = m_info.adminUrl;
    const int queryAt = path.indexOf(QLatin1Char('?'));
    url.setPath(queryAt < 0 ? path : path.left(queryAt));
    if (queryAt >= 0) {
        url.setQuery(path.mid(queryAt + 1));
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(120000);
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (status) {
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }
    const QByteArray bytes = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(bytes);
}
