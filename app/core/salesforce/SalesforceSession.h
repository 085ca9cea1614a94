#pragma once

#include "net/HttpTransport.h"
#include "salesforce/SalesforceError.h"
#include "salesforce/SalesforceIdentity.h"
#include "salesforce/SalesforceOAuthConfig.h"
#include "salesforce/SalesforceTokens.h"

#include <QObject>
#include <QPointer>

#include <functional>

class SecretStore;

// One signed-in Salesforce connection: the tokens (access token in memory only, refresh
// token optionally mirrored to the keychain), the authorized request path with
// "401 INVALID_SESSION_ID -> refresh once -> replay", refresh serialisation (one refresh in
// flight, other requests wait for it), identity and revoke.
//
// Lives on the thread that creates it and answers there; the sync worker creates its own.
class SalesforceSession : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const SalesforceError &)>;
    using ResponseCallback = std::function<void(const HttpResponse &)>;
    using IdentityCallback = std::function<void(const SalesforceError &, const SalesforceIdentity &)>;

    explicit SalesforceSession(const SalesforceOAuthConfig &config, QObject *parent = nullptr);
    ~SalesforceSession() override;

    const SalesforceOAuthConfig &config() const { return m_config; }
    HttpTransport *transport() const { return m_transport; }

    // After an interactive sign-in (SalesforceAuthorizationFlow::succeeded).
    void setTokens(const SalesforceTokens &tokens);
    // Restoring from the keychain: the first call refreshes to get an access token.
    void setRefreshToken(const QString &refreshToken);
    const SalesforceTokens &tokens() const { return m_tokens; }
    bool hasRefreshToken() const { return !m_tokens.refreshToken.isEmpty(); }
    bool isSignedIn() const { return m_tokens.hasAccessToken() || hasRefreshToken(); }
    QUrl instanceUrl() const { return m_tokens.instanceUrl; }

    // Mirrors the refresh token to `store` under `key` whenever it changes (sign-in,
    // rotation) and removes it on revoke. Not owned.
    void setSecretStore(SecretStore *store, const QString &key);
    // Reads the refresh token from the store and refreshes: NotSignedIn when there is none.
    void restore(QObject *context, Callback done);

    // Exchanges the refresh token for a new access token. Concurrent calls share one
    // request. AuthenticationRequired when Salesforce no longer accepts it (invalid_grant).
    void refresh(QObject *context, Callback done);
    bool isRefreshing() const { return m_refreshInFlight; }

    // Sends `request` with the bearer token. A relative URL is resolved against the
    // instance URL at each attempt (instance_url may change on refresh). A 401 for an
    // expired session refreshes once and replays; the answer, whatever it is, goes to `done`.
    void send(const HttpRequest &request, QObject *context, ResponseCallback done);

    // GET {id URL}: who is signed in, to which org.
    void fetchIdentity(QObject *context, IdentityCallback done);
    // Revokes the refresh token (or the access token when there is none) and forgets the
    // session, locally and in the keychain, even when Salesforce cannot be reached.
    void revoke(QObject *context, Callback done);

    // Cancels every request of this session (callbacks get Kind::Cancelled).
    void cancelAll();

Q_SIGNALS:
    void tokensChanged();
    void refreshTokenChanged();
    // Salesforce refused the refresh token: the user has to sign in again.
    void authenticationRequired(const SalesforceError &error);
    void secretStoreFailed(const QString &message);
    void signedOut();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    void finishRefresh(const SalesforceError &error);
    void storeRefreshToken();
    void attempt(const HttpRequest &request, const QPointer<QObject> &context, bool hasContext,
                 ResponseCallback done, bool replayed);
    QUrl resolve(const QUrl &url) const;

    SalesforceOAuthConfig m_config;
    HttpTransport *m_transport = nullptr;
    SalesforceTokens m_tokens;
    bool m_refreshInFlight = false;
    QList<Waiter> m_refreshWaiters;
    QPointer<SecretStore> m_store;
    QString m_storeKey;
};
