#pragma once

#include "common/SandboxExchange.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

class SfStore;

// The sandbox org's OAuth 2.0 side (§1): the authorize page (a real form with Allow/Deny,
// or an immediate redirect with auto-approve), the token endpoint (form bodies only;
// authorization_code with PKCE S256, exact redirect_uri and single-use codes; refresh_token,
// optionally rotating), revoke, identity and userinfo, and the bearer check every API call
// goes through. Access tokens live in memory and expire after a time or a number of calls;
// refresh tokens survive restarts as SHA-256 hashes (never the token itself).
class SfOAuth
{
public:
    struct Identity
    {
        QString orgId;
        QString userId;
        QString username;
        QString displayName;
        QString email;
    };
    enum class Check
    {
        Ok,
        Missing, // no bearer token
        Invalid  // unknown, revoked or expired
    };

    SfOAuth(SfStore &store, const Identity &identity, const QString &clientId);

    void setBaseUrl(const QString &baseUrl) { m_baseUrl = baseUrl; }
    void setAutoApprove(bool on) { m_autoApprove = on; }
    bool autoApprove() const { return m_autoApprove; }
    void setRotateRefreshTokens(bool on) { m_rotate = on; }
    // Access tokens expire after `seconds` (0 = never) or `calls` API calls (0 = unlimited).
    void setSessionLimits(int seconds, int calls);
    int sessionSeconds() const { return m_ttlSeconds; }
    int sessionCalls() const { return m_maxCalls; }
    // Expires every access token now (refresh tokens stay valid).
    void expireAll();
    int activeSessions() const { return static_cast<int>(m_sessions.size()); }

    bool handles(const SandboxRequest &request) const;
    SandboxResponse handle(const SandboxRequest &request, const QString &apiVersion);

    // The bearer check of one API call; counts the call against the session's limit.
    Check authenticate(const SandboxRequest &request);
    // A refresh token for tests and scripts that cannot click through a browser.
    QString mintRefreshToken(const QString &scope = QStringLiteral("api refresh_token"));

    const Identity &identity() const { return m_identity; }
    QString identityUrl() const;

private:
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString method;
        QString scope;
        qint64 expiresMs = 0;
    };
    struct Session
    {
        QString refreshHash;
        qint64 issuedMs = 0;
        int calls = 0;
    };

    SandboxResponse authorizePage(const SandboxRequest &request);
    SandboxResponse authorizeDecision(const SandboxRequest &request);
    SandboxResponse token(const SandboxRequest &request);
    SandboxResponse revoke(const SandboxRequest &request);
    SandboxResponse identityResponse(const SandboxRequest &request, const QString &apiVersion, bool userinfo);
    SandboxResponse tokenResponse(const QString &scope, const QString &refreshHash,
                                  const QString &newRefreshToken);
    SandboxResponse errorPage(int status, const QString &error, const QString &description) const;
    static SandboxResponse oauthError(int status, const QString &error, const QString &description);
    static QString hash(const QString &token);
    static QString randomToken(int bytes, bool urlSafe = true);
    bool validRedirect(const QString &uri) const;
    QString bearer(const SandboxRequest &request) const;
    bool sessionValid(const QString &token, bool count);

    SfStore &m_store;
    Identity m_identity;
    QString m_clientId;
    QString m_baseUrl;
    bool m_autoApprove = false;
    bool m_rotate = false;
    int m_ttlSeconds = 7200;
    int m_maxCalls = 0;
    QHash<QString, Code> m_codes;
    QHash<QString, qint64> m_formTokens; // CSRF tokens of rendered authorize pages
    QHash<QString, Session> m_sessions;  // access token -> session
};
