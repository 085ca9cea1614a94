#pragma once

#include "net/HttpTransport.h"
#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceOAuthConfig.h"
#include "salesforce/SalesforcePkce.h"
#include "salesforce/SalesforceTokens.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QTimer;

// The interactive sign-in: OAuth 2.0 authorization code with PKCE (S256) and a loopback
// redirect. start() listens on http://localhost:<port>/OauthRedirect (a free port unless the
// config fixes one) and emits authorizeUrlReady(); core cannot open a browser, so the UI opens
// that URL (the headless CLI prints it). When the browser comes back, the state is checked,
// the code is exchanged (with the verifier) over HttpTransport, and succeeded() or failed()
// is emitted exactly once.
//
// Implemented over HttpTransport and a QTcpServer rather than QOAuth2AuthorizationCodeFlow:
// Qt 6.4's reply handler announces http://127.0.0.1:<port>/ callbacks (Salesforce matches the
// registered localhost URI exactly), it has no PKCE, and its token requests would bypass the
// transport's HTTPS policy, retries and error parsing that every other Salesforce call uses.
class SalesforceAuthorizationFlow : public QObject
{
    Q_OBJECT

public:
    explicit SalesforceAuthorizationFlow(const SalesforceOAuthConfig &config, QObject *parent = nullptr);
    ~SalesforceAuthorizationFlow() override;

    // Gives up if the browser does not come back within this time (default 5 minutes).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    // Listens and emits authorizeUrlReady(); false (and failed()) if no port could be opened.
    bool start();
    void cancel();
    bool isRunning() const { return m_running; }

    QUrl authorizeUrl() const { return m_authorizeUrl; }
    QUrl redirectUri() const { return m_redirectUri; }
    quint16 port() const { return m_port; }

Q_SIGNALS:
    void authorizeUrlReady(const QUrl &url);
    // The browser came back with a code; it is being exchanged.
    void exchangingCode();
    void succeeded(const SalesforceTokens &tokens);
    void failed(const SalesforceError &error);

private:
    void onConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void handleCallback(QTcpSocket *socket, const QUrl &target);
    void exchange(const QString &code, QTcpSocket *socket);
    void reply(QTcpSocket *socket, int status, const QString &title, const QString &text);
    void finish(const SalesforceError &error, const SalesforceTokens &tokens = SalesforceTokens());
    void stopListening();

    SalesforceOAuthConfig m_config;
    HttpTransport *m_transport = nullptr;
    QList<QTcpServer *> m_servers;
    QTimer *m_timeout = nullptr;
    int m_timeoutMs = 5 * 60 * 1000;
    SalesforcePkce m_pkce;
    QUrl m_authorizeUrl;
    QUrl m_redirectUri;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_codeReceived = false;
};
