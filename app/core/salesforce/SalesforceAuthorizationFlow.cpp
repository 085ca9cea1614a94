#include "salesforce/SalesforceAuthorizationFlow.h"

#include "logging/LogCategories.h"
#include "logging/Redactor.h"
#include "salesforce/SalesforceRetryRules.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

constexpr qsizetype kMaxRequestBytes = 16 * 1024;

QByteArray formBody(const QList<QPair<QString, QString>> &items)
{
    QByteArray body;
    for (const auto &item : items) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += QUrl::toPercentEncoding(item.first) + '=' + QUrl::toPercentEncoding(item.second);
    }
    return body;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SalesforceAuthorizationFlow::SalesforceAuthorizationFlow(const SalesforceOAuthConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_transport(new HttpTransport(nullptr, this))
{
    m_transport->setClassifier(&SalesforceRetryRules::verdict);
}

SalesforceAuthorizationFlow::~SalesforceAuthorizationFlow()
{
    m_running = false;
    stopListening();
}

bool SalesforceAuthorizationFlow::start()
{
    if (m_running) {
        return true;
    }
    m_codeReceived = false;
    auto *v4 = new QTcpServer(this);
    if (!v4->listen(QHostAddress::LocalHost, m_config.redirectPort)) {
        const QString message = tr("NomeSync could not listen on port %1 for the Salesforce sign-in: %2")
                                    .arg(m_config.redirectPort)
                                    .arg(v4->errorString());
        delete v4;
        SalesforceError error(SalesforceError::Kind::OAuth, message);
        error.setOAuthError(QStringLiteral("listen_failed"));
        QTimer::singleShot(0, this, [this, error]() { emit failed(error); });
        return false;
    }
    m_port = v4->serverPort();
    m_servers.append(v4);
    if (m_config.redirectHost == QLatin1String("localhost")) {
        // A browser may resolve localhost to ::1 first; answer there too when we can.
        auto *v6 = new QTcpServer(this);
        if (v6->listen(QHostAddress::LocalHostIPv6, m_port)) {
            m_servers.append(v6);
        } else {
            delete v6;
        }
    }
    for (QTcpServer *server : std::as_const(m_servers)) {
        connect(server, &QTcpServer::newConnection, this, [this, server]() { onConnection(server); });
    }

    m_pkce = SalesforcePkce::generate();
    m_redirectUri = m_config.redirectUri(m_port);
    QUrl url = m_config.authorizeUrl();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"),
                       QString::fromUtf8(QUrl::toPercentEncoding(m_config.clientId)));
    query.addQueryItem(QStringLiteral("redirect_uri"), QString::fromUtf8(QUrl::toPercentEncoding(
                                                           m_redirectUri.toString(QUrl::FullyEncoded))));
    query.addQueryItem(QStringLiteral("scope"),
                       QString::fromUtf8(QUrl::toPercentEncoding(m_config.scopes.join(QLatin1Char(' ')))));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(m_pkce.state));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(m_pkce.challenge));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    if (!m_config.prompt.isEmpty()) {
        query.addQueryItem(QStringLiteral("prompt"),
                           QString::fromUtf8(QUrl::toPercentEncoding(m_config.prompt)));
    }
    if (!m_config.loginHint.isEmpty()) {
        query.addQueryItem(QStringLiteral("login_hint"),
                           QString::fromUtf8(QUrl::toPercentEncoding(m_config.loginHint)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    m_authorizeUrl = url;
    m_running = true;

    m_timeout = new QTimer(this);
    m_timeout->setSingleShot(true);
    connect(m_timeout, &QTimer::timeout, this, [this]() {
        SalesforceError error(SalesforceError::Kind::OAuth, tr("The sign-in timed out."));
        error.setOAuthError(QStringLiteral("timeout"));
        finish(error);
    });
    m_timeout->start(m_timeoutMs);
    qCInfo(lcSalesforce).noquote() << "waiting for the Salesforce sign-in on" << m_redirectUri.toString();
    emit authorizeUrlReady(m_authorizeUrl);
    return true;
}

void SalesforceAuthorizationFlow::cancel()
{
    if (!m_running) {
        return;
    }
    m_transport->cancelAll();
    if (m_running) {
        finish(SalesforceError(SalesforceError::Kind::Cancelled, tr("Sign-in cancelled.")));
    }
}

void SalesforceAuthorizationFlow::stopListening()
{
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->close();
        server->deleteLater();
    }
    m_servers.clear();
    if (m_timeout) {
        m_timeout->stop();
        m_timeout->deleteLater();
        m_timeout = nullptr;
    }
}

void SalesforceAuthorizationFlow::onConnection(QTcpServer *server)
{
    while (QTcpSocket *socket = server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SalesforceAuthorizationFlow::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("nomesync_buffer").toByteArray() + socket->readAll();
    if (buffer.size() > kMaxRequestBytes) {
        socket->abort();
        return;
    }
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        socket->setProperty("nomesync_buffer", buffer);
        return;
    }
    socket->setProperty("nomesync_buffer", QByteArray());
    const QByteArray requestLine = buffer.left(buffer.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() < 3 || parts.at(0) != "GET") {
        reply(socket, 405, tr("Not supported"),
              tr("This address only accepts the Salesforce sign-in redirect."));
        return;
    }
    const QUrl target = QUrl::fromEncoded(parts.at(1));
    if (target.path() != m_config.redirectPath) {
        reply(socket, 404, tr("Not found"), tr("This address only accepts the Salesforce sign-in redirect."));
        return;
    }
    handleCallback(socket, target);
}

void SalesforceAuthorizationFlow::handleCallback(QTcpSocket *socket, const QUrl &target)
{
    if (!m_running || m_codeReceived) {
        reply(socket, 409, tr("Already handled"),
              tr("This sign-in attempt is already finished. Return to NomeSync."));
        return;
    }
    const QUrlQuery query(target);
    const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
    const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    const QString code = query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (state != QString::fromLatin1(m_pkce.state)) {
        // Not an answer to our request (CSRF, or a stale tab): never exchange it.
        reply(socket, 400, tr("Sign-in not accepted"),
              tr("This answer does not belong to the sign-in NomeSync started. Start again from NomeSync."));
        SalesforceError e(SalesforceError::Kind::OAuth, tr("The state parameter did not match."));
        e.setOAuthError(QStringLiteral("state_mismatch"));
        finish(e);
        return;
    }
    if (!error.isEmpty()) {
        const QString description =
            query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        SalesforceError e(SalesforceError::Kind::OAuth, description.isEmpty() ? error : description);
        e.setOAuthError(error);
        reply(socket, 200, tr("Salesforce not linked"), e.userMessage());
        finish(e);
        return;
    }
    if (code.isEmpty()) {
        reply(socket, 400, tr("Sign-in not accepted"), tr("The answer from Salesforce had no code."));
        SalesforceError e(SalesforceError::Kind::OAuth, tr("The redirect had no authorization code."));
        e.setOAuthError(QStringLiteral("invalid_request"));
        finish(e);
        return;
    }
    m_codeReceived = true;
    Redactor::registerSecret(code);
    for (QTcpServer *server : std::as_const(m_servers)) {
        server->pauseAccepting();
    }
    emit exchangingCode();
    exchange(code, socket);
}

void SalesforceAuthorizationFlow::exchange(const QString &code, QTcpSocket *socket)
{
    QList<QPair<QString, QString>> form = {
        {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
        {QStringLiteral("code"), code},
        {QStringLiteral("client_id"), m_config.clientId},
        {QStringLiteral("redirect_uri"), m_redirectUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("code_verifier"), QString::fromLatin1(m_pkce.verifier)},
    };
    if (!m_config.clientSecret.isEmpty()) {
        form.append({QStringLiteral("client_secret"), m_config.clientSecret});
    }
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_config.tokenUrl();
    request.headers = {
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")},
        {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.body = formBody(form);
    // A code is single-use: never resend it after it may have reached the server.
    request.idempotent = false;
    request.label = QStringLiteral("salesforce.oauth.code");
    const QPointer<QTcpSocket> browser(socket);
    m_transport->send(request, this, [this, browser](const HttpResponse &response) {
        SalesforceError error = SalesforceError::fromOAuthResponse(response);
        SalesforceTokens tokens;
        if (!error) {
            QString problem;
            if (!SalesforceTokens::parse(QJsonDocument::fromJson(response.body).object(), &tokens,
                                         &problem)) {
                error = SalesforceError(SalesforceError::Kind::Protocol, problem, response.status);
            }
        }
        if (browser) {
            if (error) {
                reply(browser, 200, tr("Salesforce not linked"), error.userMessage());
            } else {
                reply(browser, 200, tr("Salesforce linked"),
                      tr("NomeSync is signed in to Salesforce. You can close this tab and return to "
                         "NomeSync."));
            }
        }
        finish(error, tokens);
    });
}

void SalesforceAuthorizationFlow::reply(QTcpSocket *socket, int status, const QString &title,
                                        const QString &text)
{
    const QByteArray html =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "</head><body style=\"font-family:sans-serif;margin:3em\"><h1>%1</h1>"
                       "<p>%2</p></body></html>")
            .arg(htmlEscape(title), htmlEscape(text))
            .toUtf8();
    QByteArray reason = status == 200 ? QByteArrayLiteral("OK") : QByteArrayLiteral("Error");
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
        "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + QByteArray::number(html.size()) +
        "\r\nConnection: close\r\nCache-Control: no-store\r\n\r\n";
    // The page must reach the browser even when the flow is deleted right after finishing (its
    // owner does so on success): the socket lives on by itself until it has sent and closed.
    socket->setParent(nullptr);
    socket->write(head + html);
    socket->disconnectFromHost();
}

void SalesforceAuthorizationFlow::finish(const SalesforceError &error, const SalesforceTokens &tokens)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    stopListening();
    if (error) {
        qCWarning(lcSalesforce).noquote()
            << "Salesforce sign-in failed:" << error.oauthError() << error.message();
        emit failed(error);
    } else {
        Redactor::registerSecret(tokens.accessToken);
        Redactor::registerSecret(tokens.refreshToken);
        qCInfo(lcSalesforce).noquote() << "signed in to Salesforce org" << tokens.orgId;
        emit succeeded(tokens);
    }
}
