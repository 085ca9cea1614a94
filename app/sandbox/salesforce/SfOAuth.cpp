#include "salesforce/SfOAuth.h"

#include "logging/LogCategories.h"
#include "salesforce/SalesforcePkce.h"
#include "salesforce/SfStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace {

constexpr qint64 kCodeLifetimeMs = 10 * 60 * 1000;

// application/x-www-form-urlencoded: '+' is a space.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QHash<QString, QString> out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        out.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                   QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return out;
}

QHash<QString, QString> queryOf(const SandboxRequest &request)
{
    return parseForm(request.url.query(QUrl::FullyEncoded).toUtf8());
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

SfOAuth::SfOAuth(SfStore &store, const Identity &identity, const QString &clientId)
    : m_store(store)
    , m_identity(identity)
    , m_clientId(clientId)
{}

void SfOAuth::setSessionLimits(int seconds, int calls)
{
    m_ttlSeconds = std::max(0, seconds);
    m_maxCalls = std::max(0, calls);
}

void SfOAuth::expireAll()
{
    m_sessions.clear();
}

QString SfOAuth::identityUrl() const
{
    return m_baseUrl + QStringLiteral("/id/%1/%2").arg(m_identity.orgId, m_identity.userId);
}

QString SfOAuth::hash(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString SfOAuth::randomToken(int bytes, bool urlSafe)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i) {
        raw[i] = static_cast<char>(QRandomGenerator::system()->bounded(256));
    }
    return QString::fromLatin1(
        urlSafe ? raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
                : raw.toBase64());
}

bool SfOAuth::validRedirect(const QString &uri) const
{
    // Registered callbacks: any loopback port, path /OauthRedirect.
    static const QRegularExpression pattern(
        QStringLiteral("^http://(localhost|127\\.0\\.0\\.1|\\[::1\\]):\\d{1,5}/OauthRedirect$"));
    return pattern.match(uri).hasMatch();
}

bool SfOAuth::handles(const SandboxRequest &request) const
{
    return request.path.startsWith(QLatin1String("/services/oauth2/")) ||
           request.path.startsWith(QLatin1String("/id/"));
}

SandboxResponse SfOAuth::handle(const SandboxRequest &request, const QString &apiVersion)
{
    const QString &p = request.path;
    if (p == QLatin1String("/services/oauth2/authorize")) {
        if (request.method == "GET") {
            return authorizePage(request);
        }
        if (request.method == "POST") {
            return authorizeDecision(request);
        }
    } else if (p == QLatin1String("/services/oauth2/token") && request.method == "POST") {
        return token(request);
    } else if (p == QLatin1String("/services/oauth2/revoke") &&
               (request.method == "POST" || request.method == "GET")) {
        return revoke(request);
    } else if (p == QLatin1String("/services/oauth2/userinfo") && request.method == "GET") {
        return identityResponse(request, apiVersion, true);
    } else if (p.startsWith(QLatin1String("/id/")) && request.method == "GET") {
        return identityResponse(request, apiVersion, false);
    }
    return SandboxResponse::raw(404, QByteArrayLiteral("not found"), QByteArrayLiteral("text/plain"));
}

SandboxResponse SfOAuth::errorPage(int status, const QString &error, const QString &description) const
{
    const QString page =
        QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>OAuth Error</title>"
                       "</head><body><h1>OAuth Error</h1><p id=\"error\">%1</p><p>%2</p></body></html>")
            .arg(html(error), html(description));
    return SandboxResponse::raw(status, page.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"));
}

SandboxResponse SfOAuth::oauthError(int status, const QString &error, const QString &description)
{
    return SandboxResponse::json(
        status, QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                          {QStringLiteral("error_description"), description}}));
}

SandboxResponse SfOAuth::authorizePage(const SandboxRequest &request)
{
    const QHash<QString, QString> q = queryOf(request);
    const QString clientId = q.value(QStringLiteral("client_id"));
    const QString redirectUri = q.value(QStringLiteral("redirect_uri"));
    if (q.value(QStringLiteral("response_type")) != QLatin1String("code")) {
        return errorPage(400, QStringLiteral("unsupported_response_type"),
                         QStringLiteral("response type not supported"));
    }
    if (clientId != m_clientId) {
        return errorPage(400, QStringLiteral("invalid_client_id"),
                         QStringLiteral("client identifier invalid"));
    }
    if (!validRedirect(redirectUri)) {
        return errorPage(400, QStringLiteral("redirect_uri_mismatch"),
                         QStringLiteral("redirect_uri must match configuration"));
    }
    const QString method = q.value(QStringLiteral("code_challenge_method"));
    if (!method.isEmpty() && method != QLatin1String("S256") && method != QLatin1String("plain")) {
        return errorPage(400, QStringLiteral("invalid_request"),
                         QStringLiteral("invalid code_challenge_method"));
    }
    if (m_autoApprove) {
        return authorizeDecision(request);
    }
    const QString formToken = randomToken(16);
    m_formTokens.insert(formToken, nowMs() + kCodeLifetimeMs);
    QString hidden;
    for (const char *key : {"response_type", "client_id", "redirect_uri", "state", "scope", "code_challenge",
                            "code_challenge_method"}) {
        const QString k = QString::fromLatin1(key);
        if (q.contains(k)) {
            hidden +=
                QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">").arg(k, html(q.value(k)));
        }
    }
    hidden += QStringLiteral("<input type=\"hidden\" name=\"form_token\" value=\"%1\">").arg(formToken);
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Allow Access?</title></head>"
            "<body style=\"font-family:sans-serif;margin:3em\"><h1>Allow Access?</h1>"
            "<p><b>NomeSync</b> (consumer key %1) is asking to:</p><ul><li>Access and manage your data "
            "(%2)</li><li>Perform requests on your behalf at any time</li></ul>"
            "<p>Signed in to the NomeSync sandbox org as %3.</p>"
            "<form method=\"post\" action=\"/services/oauth2/authorize\">%4"
            "<button type=\"submit\" name=\"decision\" value=\"deny\">Deny</button> "
            "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button></form></body></html>")
            .arg(html(clientId), html(q.value(QStringLiteral("scope"), QStringLiteral("full"))),
                 html(m_identity.username), hidden);
    return SandboxResponse::raw(200, page.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"));
}

SandboxResponse SfOAuth::authorizeDecision(const SandboxRequest &request)
{
    const bool fromForm = request.method == "POST";
    const QHash<QString, QString> q = fromForm ? parseForm(request.body) : queryOf(request);
    const QString clientId = q.value(QStringLiteral("client_id"));
    const QString redirectUri = q.value(QStringLiteral("redirect_uri"));
    if (clientId != m_clientId) {
        return errorPage(400, QStringLiteral("invalid_client_id"),
                         QStringLiteral("client identifier invalid"));
    }
    if (!validRedirect(redirectUri)) {
        return errorPage(400, QStringLiteral("redirect_uri_mismatch"),
                         QStringLiteral("redirect_uri must match configuration"));
    }
    if (fromForm) {
        const QString formToken = q.value(QStringLiteral("form_token"));
        const qint64 expires = m_formTokens.take(formToken);
        if (formToken.isEmpty() || expires < nowMs()) {
            return errorPage(400, QStringLiteral("invalid_request"),
                             QStringLiteral("The authorization page expired. Start the sign-in again."));
        }
    }
    QUrl target(redirectUri);
    QUrlQuery answer;
    const QString state = q.value(QStringLiteral("state"));
    if (fromForm && q.value(QStringLiteral("decision")) != QLatin1String("allow")) {
        answer.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        answer.addQueryItem(
            QStringLiteral("error_description"),
            QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("end-user denied authorization"))));
    } else {
        // A standard base64 code with '+', '/' and "==", like Salesforce's: clients must
        // decode it once and form-encode it again.
        QString code;
        do {
            code = randomToken(31, false);
        } while (m_codes.contains(code));
        Code c;
        c.clientId = clientId;
        c.redirectUri = redirectUri;
        c.challenge = q.value(QStringLiteral("code_challenge"));
        c.method = q.value(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        c.scope = q.value(QStringLiteral("scope"));
        c.expiresMs = nowMs() + kCodeLifetimeMs;
        m_codes.insert(code, c);
        answer.addQueryItem(QStringLiteral("code"), QString::fromLatin1(QUrl::toPercentEncoding(code)));
    }
    if (q.contains(QStringLiteral("state"))) {
        answer.addQueryItem(QStringLiteral("state"), QString::fromLatin1(QUrl::toPercentEncoding(state)));
    }
    target.setQuery(answer.query(QUrl::FullyEncoded), QUrl::StrictMode);
    SandboxResponse r = SandboxResponse::raw(302, QByteArray(), QByteArrayLiteral("text/html"));
    r.addHeader("Location", target.toEncoded());
    r.addHeader("Cache-Control", "no-store");
    return r;
}

SandboxResponse SfOAuth::token(const SandboxRequest &request)
{
    if (!request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return oauthError(
            400, QStringLiteral("invalid_request"),
            QStringLiteral("the token endpoint accepts application/x-www-form-urlencoded bodies only"));
    }
    const QHash<QString, QString> form = parseForm(request.body);
    const QString grant = form.value(QStringLiteral("grant_type"));
    const QString clientId = form.value(QStringLiteral("client_id"));
    if (grant == QLatin1String("authorization_code")) {
        const QString code = form.value(QStringLiteral("code"));
        // Codes are single-use: taken out whatever happens next.
        const auto it = m_codes.find(code);
        if (it == m_codes.end()) {
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("invalid authorization code"));
        }
        const Code c = it.value();
        m_codes.erase(it);
        if (c.expiresMs < nowMs()) {
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("expired authorization code"));
        }
        if (clientId != m_clientId) {
            return oauthError(400, QStringLiteral("invalid_client_id"),
                              QStringLiteral("client identifier invalid"));
        }
        if (clientId != c.clientId) {
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("invalid authorization code"));
        }
        if (form.value(QStringLiteral("redirect_uri")) != c.redirectUri) {
            return oauthError(400, QStringLiteral("redirect_uri_mismatch"),
                              QStringLiteral("redirect_uri must match configuration"));
        }
        if (!c.challenge.isEmpty()) {
            const QString verifier = form.value(QStringLiteral("code_verifier"));
            const QString expected =
                c.method == QLatin1String("plain")
                    ? verifier
                    : QString::fromLatin1(SalesforcePkce::challengeFor(verifier.toLatin1()));
            // RFC 7636 says 43-128 characters; Salesforce also accepts jsforce's longer verifiers.
            if (verifier.size() < 43 || expected != c.challenge) {
                return oauthError(400, QStringLiteral("invalid_grant"),
                                  QStringLiteral("invalid code verifier"));
            }
        }
        const QStringList scopes = c.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const bool offline = scopes.isEmpty() || scopes.contains(QStringLiteral("refresh_token")) ||
                             scopes.contains(QStringLiteral("offline_access")) ||
                             scopes.contains(QStringLiteral("full"));
        const QString granted =
            scopes.isEmpty() ? QStringLiteral("refresh_token api full") : scopes.join(QLatin1Char(' '));
        if (!offline) {
            return tokenResponse(granted, QString(), QString());
        }
        const QString refresh = mintRefreshToken(granted);
        return tokenResponse(granted, hash(refresh), refresh);
    }
    if (grant == QLatin1String("refresh_token")) {
        if (clientId != m_clientId) {
            return oauthError(400, QStringLiteral("invalid_client_id"),
                              QStringLiteral("client identifier invalid"));
        }
        const QString refreshHash = hash(form.value(QStringLiteral("refresh_token")));
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT scope FROM refresh_tokens WHERE hash = ? AND client_id = ?"));
        q.addBindValue(refreshHash);
        q.addBindValue(clientId);
        if (!q.exec() || !q.next()) {
            return oauthError(400, QStringLiteral("invalid_grant"),
                              QStringLiteral("expired access/refresh token"));
        }
        const QString scope = q.value(0).toString();
        q.finish();
        if (m_rotate) {
            // Rotation: the old refresh token dies, a new one comes back and must be kept.
            QSqlQuery del(m_store.database());
            del.prepare(QStringLiteral("DELETE FROM refresh_tokens WHERE hash = ?"));
            del.addBindValue(refreshHash);
            del.exec();
            const QString fresh = mintRefreshToken(scope);
            return tokenResponse(scope, hash(fresh), fresh);
        }
        return tokenResponse(scope, refreshHash, QString());
    }
    if (grant.isEmpty() || clientId.isEmpty()) {
        return oauthError(
            400, clientId.isEmpty() ? QStringLiteral("invalid_client_id") : QStringLiteral("invalid_request"),
            clientId.isEmpty() ? QStringLiteral("client identifier invalid")
                               : QStringLiteral("grant_type is missing"));
    }
    return oauthError(400, QStringLiteral("unsupported_grant_type"),
                      QStringLiteral("grant type not supported"));
}

QString SfOAuth::mintRefreshToken(const QString &scope)
{
    const QString refresh = QStringLiteral("5Aep") + randomToken(48);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
        "INSERT INTO refresh_tokens (hash, client_id, scope, created_ms) VALUES (?, ?, ?, ?)"));
    q.addBindValue(hash(refresh));
    q.addBindValue(m_clientId);
    q.addBindValue(scope);
    q.addBindValue(nowMs());
    if (!q.exec()) {
        qCWarning(lcSandbox) << "cannot store a refresh token hash";
    }
    return refresh;
}

SandboxResponse SfOAuth::tokenResponse(const QString &scope, const QString &refreshHash,
                                       const QString &newRefreshToken)
{
    const QString access = m_identity.orgId.left(15) + QLatin1Char('!') + randomToken(40);
    const qint64 issued = nowMs();
    m_sessions.insert(access, Session{refreshHash, issued, 0});
    const QString id = identityUrl();
    const QString issuedText = QString::number(issued);
    const QByteArray signature = QMessageAuthenticationCode::hash(
                                     (id + issuedText).toUtf8(), QByteArrayLiteral("sandbox-consumer-secret"),
                                     QCryptographicHash::Sha256)
                                     .toBase64();
    QJsonObject body{{QStringLiteral("access_token"), access},
                     {QStringLiteral("signature"), QString::fromLatin1(signature)},
                     {QStringLiteral("scope"), scope},
                     {QStringLiteral("instance_url"), m_baseUrl},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("issued_at"), issuedText}};
    if (!newRefreshToken.isEmpty()) {
        body.insert(QStringLiteral("refresh_token"), newRefreshToken);
    }
    SandboxResponse r = SandboxResponse::json(200, QJsonDocument(body));
    r.addHeader("Cache-Control", "no-cache, no-store");
    return r;
}

SandboxResponse SfOAuth::revoke(const SandboxRequest &request)
{
    const QHash<QString, QString> form =
        request.method == "POST" ? parseForm(request.body) : queryOf(request);
    const QString token = form.value(QStringLiteral("token"));
    if (m_sessions.remove(token) > 0) {
        return SandboxResponse::empty(200);
    }
    const QString refreshHash = hash(token);
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("DELETE FROM refresh_tokens WHERE hash = ?"));
    q.addBindValue(refreshHash);
    if (!token.isEmpty() && q.exec() && q.numRowsAffected() > 0) {
        // Revoking a refresh token also kills every access token issued from it.
        for (auto it = m_sessions.begin(); it != m_sessions.end();) {
            it = it->refreshHash == refreshHash ? m_sessions.erase(it) : std::next(it);
        }
        return SandboxResponse::empty(200);
    }
    return oauthError(400, QStringLiteral("invalid_token"), QStringLiteral("invalid token"));
}

QString SfOAuth::bearer(const SandboxRequest &request) const
{
    const QByteArray auth = request.header("Authorization").trimmed();
    for (const char *scheme : {"Bearer ", "OAuth "}) {
        if (auth.startsWith(scheme)) {
            return QString::fromUtf8(auth.mid(static_cast<qsizetype>(qstrlen(scheme)))).trimmed();
        }
    }
    return QString();
}

bool SfOAuth::sessionValid(const QString &token, bool count)
{
    auto it = m_sessions.find(token);
    if (it == m_sessions.end()) {
        return false;
    }
    if (m_ttlSeconds > 0 && nowMs() - it->issuedMs > static_cast<qint64>(m_ttlSeconds) * 1000) {
        m_sessions.erase(it);
        return false;
    }
    if (count) {
        if (m_maxCalls > 0 && it->calls >= m_maxCalls) {
            m_sessions.erase(it);
            return false;
        }
        ++it->calls;
    }
    return true;
}

SfOAuth::Check SfOAuth::authenticate(const SandboxRequest &request)
{
    const QString token = bearer(request);
    if (token.isEmpty()) {
        return Check::Missing;
    }
    return sessionValid(token, true) ? Check::Ok : Check::Invalid;
}

SandboxResponse SfOAuth::identityResponse(const SandboxRequest &request, const QString &apiVersion,
                                          bool userinfo)
{
    QString token = bearer(request);
    if (token.isEmpty()) {
        token = queryOf(request).value(QStringLiteral("oauth_token"));
    }
    if (!sessionValid(token, false)) {
        // The identity service's own answer for a bad token.
        return SandboxResponse::raw(403, QByteArrayLiteral("Bad_OAuth_Token"),
                                    QByteArrayLiteral("text/plain"));
    }
    if (!userinfo) {
        const QString expected = QStringLiteral("/id/%1/%2").arg(m_identity.orgId, m_identity.userId);
        if (request.path != expected) {
            return SandboxResponse::raw(404, QByteArrayLiteral("Bad_Id"), QByteArrayLiteral("text/plain"));
        }
    }
    const QString rest = m_baseUrl + QStringLiteral("/services/data/v{version}/");
    const QJsonObject urls{
        {QStringLiteral("enterprise"),
         QString(m_baseUrl + QStringLiteral("/services/Soap/c/{version}/") + m_identity.orgId.left(15))},
        {QStringLiteral("partner"),
         QString(m_baseUrl + QStringLiteral("/services/Soap/u/{version}/") + m_identity.orgId.left(15))},
        {QStringLiteral("rest"), rest},
        {QStringLiteral("sobjects"), QString(rest + QStringLiteral("sobjects/"))},
        {QStringLiteral("search"), QString(rest + QStringLiteral("search/"))},
        {QStringLiteral("query"), QString(rest + QStringLiteral("query/"))},
        {QStringLiteral("recent"), QString(rest + QStringLiteral("recent/"))},
        {QStringLiteral("profile"), QString(m_baseUrl + QLatin1Char('/') + m_identity.userId)},
        {QStringLiteral("custom_domain"), m_baseUrl},
    };
    Q_UNUSED(apiVersion);
    const QStringList names = m_identity.displayName.split(QLatin1Char(' '));
    QJsonObject body;
    if (userinfo) {
        body = QJsonObject{
            {QStringLiteral("sub"), identityUrl()},
            {QStringLiteral("user_id"), m_identity.userId},
            {QStringLiteral("organization_id"), m_identity.orgId},
            {QStringLiteral("preferred_username"), m_identity.username},
            {QStringLiteral("nickname"), names.first().toLower()},
            {QStringLiteral("name"), m_identity.displayName},
            {QStringLiteral("email"), m_identity.email},
            {QStringLiteral("email_verified"), true},
            {QStringLiteral("given_name"), names.first()},
            {QStringLiteral("family_name"), names.last()},
            {QStringLiteral("zoneinfo"), QStringLiteral("Etc/UTC")},
            {QStringLiteral("profile"), QString(m_baseUrl + QLatin1Char('/') + m_identity.userId)},
            {QStringLiteral("urls"), urls},
            {QStringLiteral("active"), true},
            {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
            {QStringLiteral("language"), QStringLiteral("en_US")},
            {QStringLiteral("locale"), QStringLiteral("en_US")},
            {QStringLiteral("utcOffset"), 0}};
    } else {
        body = QJsonObject{{QStringLiteral("id"), identityUrl()},
                           {QStringLiteral("asserted_user"), true},
                           {QStringLiteral("user_id"), m_identity.userId},
                           {QStringLiteral("organization_id"), m_identity.orgId},
                           {QStringLiteral("username"), m_identity.username},
                           {QStringLiteral("nick_name"), names.first().toLower()},
                           {QStringLiteral("display_name"), m_identity.displayName},
                           {QStringLiteral("email"), m_identity.email},
                           {QStringLiteral("email_verified"), true},
                           {QStringLiteral("first_name"), names.first()},
                           {QStringLiteral("last_name"), names.last()},
                           {QStringLiteral("timezone"), QStringLiteral("Etc/UTC")},
                           {QStringLiteral("status"),
                            QJsonObject{{QStringLiteral("created_date"), QJsonValue(QJsonValue::Null)},
                                        {QStringLiteral("body"), QJsonValue(QJsonValue::Null)}}},
                           {QStringLiteral("urls"), urls},
                           {QStringLiteral("active"), true},
                           {QStringLiteral("user_type"), QStringLiteral("STANDARD")},
                           {QStringLiteral("language"), QStringLiteral("en_US")},
                           {QStringLiteral("locale"), QStringLiteral("en_US")},
                           {QStringLiteral("utcOffset"), 0},
                           {QStringLiteral("is_app_installed"), true}};
    }
    return SandboxResponse::json(200, QJsonDocument(body));
}
