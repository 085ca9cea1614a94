#include "SalesforceTestSupport.h"
#include "salesforce/SalesforceAuthorizationFlow.h"
#include "salesforce/SalesforcePkce.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretStore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

#include <gtest/gtest.h>

using namespace sftest;

namespace {

QString unescapeHtml(QString s)
{
    s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return s;
}

// What a browser does with the authorize page: read the form, submit it with the chosen
// button, and follow the redirect to the app's loopback listener.
struct BrowserVisit
{
    RawReply page;
    RawReply decision;
    RawReply callback;
    QUrl redirectedTo;
};

BrowserVisit browse(const QUrl &authorizeUrl, const QString &button)
{
    BrowserVisit visit;
    visit.page = raw("GET", authorizeUrl);
    RawReply *redirect = &visit.page;
    if (visit.page.status == 200) {
        const QString html = QString::fromUtf8(visit.page.body);
        static const QRegularExpression action(QStringLiteral("<form method=\"post\" action=\"([^\"]+)\">"));
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
        const QRegularExpressionMatch formMatch = action.match(html);
        EXPECT_TRUE(formMatch.hasMatch()) << "the authorize page has no form";
        EXPECT_TRUE(html.contains(QStringLiteral("value=\"allow\"")) &&
                    html.contains(QStringLiteral("value=\"deny\"")));
        QList<QPair<QString, QString>> fields;
        for (QRegularExpressionMatchIterator it = hidden.globalMatch(html); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            fields.append({m.captured(1), unescapeHtml(m.captured(2))});
        }
        fields.append({QStringLiteral("decision"), button});
        visit.decision = raw("POST", authorizeUrl.resolved(QUrl(unescapeHtml(formMatch.captured(1)))),
                             form(fields), {{"Content-Type", "application/x-www-form-urlencoded"}});
        redirect = &visit.decision;
    }
    EXPECT_EQ(redirect->status, 302);
    visit.redirectedTo = QUrl::fromEncoded(redirect->header("Location"));
    if (visit.redirectedTo.isValid() && !visit.redirectedTo.isEmpty()) {
        visit.callback = raw("GET", visit.redirectedTo);
    }
    return visit;
}

class SalesforceOAuth : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_org = new Org(
            {QStringLiteral("--install-package"), QStringLiteral("--customers"), QStringLiteral("5")});
        QString error;
        ASSERT_TRUE(s_org->start(&error)) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete s_org;
        s_org = nullptr;
    }
    void SetUp() override
    {
        s_org->admin(
            "POST", QStringLiteral("/salesforce/oauth"),
            {{QStringLiteral("auto_approve"), false}, {QStringLiteral("rotate_refresh_tokens"), false}});
        s_org->admin("POST", QStringLiteral("/salesforce/sessions"),
                     {{QStringLiteral("ttl_seconds"), 7200}, {QStringLiteral("max_calls"), 0}});
    }

    // Runs the interactive flow, driving the browser side with `button`.
    static std::pair<SalesforceError, SalesforceTokens> signIn(const QString &button,
                                                               BrowserVisit *visitOut = nullptr)
    {
        SalesforceAuthorizationFlow flow(configFor(s_org->sandbox()));
        QUrl authorizeUrl;
        SalesforceTokens tokens;
        SalesforceError error;
        bool finished = false;
        QObject::connect(&flow, &SalesforceAuthorizationFlow::authorizeUrlReady, &flow,
                         [&](const QUrl &url) { authorizeUrl = url; });
        QObject::connect(&flow, &SalesforceAuthorizationFlow::succeeded, &flow,
                         [&](const SalesforceTokens &t) {
                             tokens = t;
                             finished = true;
                         });
        QObject::connect(&flow, &SalesforceAuthorizationFlow::failed, &flow, [&](const SalesforceError &e) {
            error = e;
            finished = true;
        });
        EXPECT_TRUE(flow.start());
        EXPECT_TRUE(authorizeUrl.isValid());
        const BrowserVisit visit = browse(authorizeUrl, button);
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return finished; }, 30000));
        if (visitOut) {
            *visitOut = visit;
        }
        return {error, tokens};
    }

    static Org *s_org;
};

Org *SalesforceOAuth::s_org = nullptr;

} // namespace

TEST_F(SalesforceOAuth, AuthorizeUrlCarriesPkceStateAndTheLoopbackCallback)
{
    SalesforceAuthorizationFlow flow(configFor(s_org->sandbox()));
    ASSERT_TRUE(flow.start());
    const QUrlQuery q(flow.authorizeUrl());
    EXPECT_EQ(flow.authorizeUrl().path(), QStringLiteral("/services/oauth2/authorize"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("client_id")), s_org->sandbox().info().salesforceClientId);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    EXPECT_EQ(q.queryItemValue(QStringLiteral("code_challenge")).size(), 43);
    EXPECT_GE(q.queryItemValue(QStringLiteral("state")).size(), 22);
    EXPECT_EQ(q.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded),
              QStringLiteral("api refresh_token"));
    const QUrl redirect(q.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    EXPECT_EQ(redirect.scheme(), QStringLiteral("http"));
    EXPECT_EQ(redirect.host(), QStringLiteral("localhost"));
    EXPECT_EQ(redirect.port(), flow.port());
    EXPECT_EQ(redirect.path(), QStringLiteral("/OauthRedirect"));
    flow.cancel();
    EXPECT_FALSE(flow.isRunning());
}

TEST_F(SalesforceOAuth, FullFlowWithAllowSignsInAndIdentifiesTheUser)
{
    BrowserVisit visit;
    const auto [error, tokens] = signIn(QStringLiteral("allow"), &visit);
    ASSERT_FALSE(error.isError()) << qPrintable(error.userMessage());
    // The browser landed on the app's listener, which told the user it worked.
    EXPECT_EQ(visit.redirectedTo.path(), QStringLiteral("/OauthRedirect"));
    EXPECT_EQ(visit.callback.status, 200);
    EXPECT_TRUE(visit.callback.body.contains("Salesforce linked"));
    EXPECT_FALSE(tokens.accessToken.isEmpty());
    EXPECT_FALSE(tokens.refreshToken.isEmpty());
    EXPECT_EQ(tokens.instanceUrl, s_org->sandbox().info().salesforceInstanceUrl);
    EXPECT_TRUE(tokens.orgId.startsWith(QStringLiteral("00D")));
    EXPECT_TRUE(tokens.userId.startsWith(QStringLiteral("005")));
    EXPECT_TRUE(tokens.issuedAt.isValid());

    MemorySecretStore store;
    SalesforceSession session(configFor(s_org->sandbox()));
    const QString key = SecretStore::keyFor(QStringLiteral("ws1"), SecretStore::Kind::SalesforceRefreshToken);
    session.setSecretStore(&store, key);
    session.setTokens(tokens);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return store.contains(key); }));
    const auto [idError, identity] = await<const SalesforceError &, const SalesforceIdentity &>(
        [&](auto done) { session.fetchIdentity(nullptr, done); });
    ASSERT_FALSE(idError.isError()) << qPrintable(idError.userMessage());
    EXPECT_EQ(identity.username, QStringLiteral("admin@nomesync-sandbox.example"));
    EXPECT_EQ(identity.orgId, tokens.orgId);
    EXPECT_EQ(identity.userId, tokens.userId);

    // A later run restores the session from the keychain alone.
    SalesforceSession restored(configFor(s_org->sandbox()));
    restored.setSecretStore(&store, key);
    const auto [restoreError] =
        await<const SalesforceError &>([&](auto done) { restored.restore(nullptr, done); });
    EXPECT_FALSE(restoreError.isError()) << qPrintable(restoreError.userMessage());
    EXPECT_TRUE(restored.tokens().hasAccessToken());
    EXPECT_EQ(restored.tokens().refreshToken, tokens.refreshToken);
}

TEST_F(SalesforceOAuth, AutoApproveRedirectsWithoutThePage)
{
    s_org->admin("POST", QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), true}});
    BrowserVisit visit;
    const auto [error, tokens] = signIn(QStringLiteral("allow"), &visit);
    ASSERT_FALSE(error.isError()) << qPrintable(error.userMessage());
    EXPECT_EQ(visit.page.status, 302); // straight to the callback
    EXPECT_FALSE(tokens.refreshToken.isEmpty());
}

TEST_F(SalesforceOAuth, DenyEndsTheSignInWithAClearMessage)
{
    BrowserVisit visit;
    const auto [error, tokens] = signIn(QStringLiteral("deny"), &visit);
    ASSERT_TRUE(error.isError());
    EXPECT_EQ(error.kind(), SalesforceError::Kind::OAuth);
    EXPECT_EQ(error.oauthError(), QStringLiteral("access_denied"));
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("denied")));
    EXPECT_TRUE(visit.callback.body.contains("not linked"));
    EXPECT_TRUE(tokens.accessToken.isEmpty());
}

TEST_F(SalesforceOAuth, ACallbackWithAForeignStateIsRejected)
{
    SalesforceAuthorizationFlow flow(configFor(s_org->sandbox()));
    QSignalSpy failed(&flow, &SalesforceAuthorizationFlow::failed);
    QSignalSpy succeeded(&flow, &SalesforceAuthorizationFlow::succeeded);
    ASSERT_TRUE(flow.start());
    QUrl forged = flow.redirectUri();
    forged.setQuery(QStringLiteral("code=stolen%3D%3D&state=not-ours"));
    const RawReply reply = raw("GET", forged);
    EXPECT_EQ(reply.status, 400);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return failed.count() == 1; }));
    EXPECT_EQ(succeeded.count(), 0);
    EXPECT_EQ(failed.at(0).at(0).value<SalesforceError>().oauthError(), QStringLiteral("state_mismatch"));
}

TEST_F(SalesforceOAuth, TokenEndpointEnforcesPkceRedirectUriAndSingleUseCodes)
{
    s_org->admin("POST", QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), true}});
    const QString clientId = s_org->sandbox().info().salesforceClientId;
    const QString redirect = QStringLiteral("http://localhost:7171/OauthRedirect");
    auto codeFor = [&](const SalesforcePkce &pkce) {
        QUrl url = s_org->url(QStringLiteral("/services/oauth2/authorize"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        q.addQueryItem(QStringLiteral("client_id"), clientId);
        q.addQueryItem(QStringLiteral("redirect_uri"), redirect);
        q.addQueryItem(QStringLiteral("state"), QString::fromLatin1(pkce.state));
        q.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(pkce.challenge));
        q.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        url.setQuery(q);
        const RawReply r = raw("GET", url);
        EXPECT_EQ(r.status, 302);
        const QUrlQuery back(QUrl::fromEncoded(r.header("Location")));
        EXPECT_EQ(back.queryItemValue(QStringLiteral("state")), QString::fromLatin1(pkce.state));
        return back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    };
    auto exchange = [&](const QString &code, const QString &verifier, const QString &redirectUri,
                        const QByteArray &contentType = "application/x-www-form-urlencoded") {
        return raw("POST", s_org->url(QStringLiteral("/services/oauth2/token")),
                   form({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("client_id"), clientId},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("code_verifier"), verifier}}),
                   {{"Content-Type", contentType}});
    };
    auto errorOf = [](const RawReply &r) {
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("error")).toString();
    };

    const SalesforcePkce first = SalesforcePkce::generate();
    const QString code = codeFor(first);
    EXPECT_TRUE(code.endsWith(QStringLiteral("=="))); // a real-looking code that must be re-encoded
    const RawReply wrongVerifier =
        exchange(code, QString::fromLatin1(SalesforcePkce::generate().verifier), redirect);
    EXPECT_EQ(wrongVerifier.status, 400);
    EXPECT_EQ(errorOf(wrongVerifier), QStringLiteral("invalid_grant"));
    // Single use: even the right verifier cannot use a code that was presented once.
    EXPECT_EQ(errorOf(exchange(code, QString::fromLatin1(first.verifier), redirect)),
              QStringLiteral("invalid_grant"));

    const SalesforcePkce second = SalesforcePkce::generate();
    const QString code2 = codeFor(second);
    EXPECT_EQ(errorOf(exchange(code2, QString::fromLatin1(second.verifier),
                               QStringLiteral("http://localhost:7172/OauthRedirect"))),
              QStringLiteral("redirect_uri_mismatch"));

    const SalesforcePkce third = SalesforcePkce::generate();
    const QString code3 = codeFor(third);
    const RawReply json = exchange(code3, QString::fromLatin1(third.verifier), redirect, "application/json");
    EXPECT_EQ(json.status, 400); // form bodies only
    const SalesforcePkce fourth = SalesforcePkce::generate();
    const RawReply ok = exchange(codeFor(fourth), QString::fromLatin1(fourth.verifier), redirect);
    EXPECT_EQ(ok.status, 200);
    const QJsonObject tokens = QJsonDocument::fromJson(ok.body).object();
    for (const char *key : {"access_token", "refresh_token", "instance_url", "id", "token_type", "issued_at",
                            "signature", "scope"}) {
        EXPECT_TRUE(tokens.contains(QString::fromLatin1(key))) << key;
    }
}

TEST_F(SalesforceOAuth, RefreshKeepsTheRefreshTokenUnlessANewOneComesBack)
{
    Org &org = *s_org;
    QString error;
    ASSERT_TRUE(org.connectClient(&error));
    const QString original = org.session->tokens().refreshToken;
    QSignalSpy rotated(org.session.get(), &SalesforceSession::refreshTokenChanged);
    auto [e1] = await<const SalesforceError &>([&](auto done) { org.session->refresh(nullptr, done); });
    ASSERT_FALSE(e1.isError()) << qPrintable(e1.userMessage());
    EXPECT_EQ(org.session->tokens().refreshToken, original);
    EXPECT_EQ(rotated.count(), 0);

    org.admin("POST", QStringLiteral("/salesforce/oauth"), {{QStringLiteral("rotate_refresh_tokens"), true}});
    auto [e2] = await<const SalesforceError &>([&](auto done) { org.session->refresh(nullptr, done); });
    ASSERT_FALSE(e2.isError());
    EXPECT_NE(org.session->tokens().refreshToken, original);
    EXPECT_EQ(rotated.count(), 1);
    // The old one is dead now; the session still works with the new one.
    const RawReply old = raw("POST", org.url(QStringLiteral("/services/oauth2/token")),
                             form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                   {QStringLiteral("refresh_token"), original},
                                   {QStringLiteral("client_id"), org.sandbox().info().salesforceClientId}}),
                             {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(old.status, 400);
    auto [e3] = await<const SalesforceError &>([&](auto done) { org.session->refresh(nullptr, done); });
    EXPECT_FALSE(e3.isError());
}

TEST_F(SalesforceOAuth, ABadConsumerKeyGetsAClearMessage)
{
    SalesforceOAuthConfig config = configFor(s_org->sandbox());
    config.clientId = QStringLiteral("not-a-consumer-key");
    SalesforceSession session(config);
    session.setRefreshToken(QStringLiteral("whatever"));
    auto [error] = await<const SalesforceError &>([&](auto done) { session.refresh(nullptr, done); });
    EXPECT_EQ(error.kind(), SalesforceError::Kind::OAuth);
    EXPECT_EQ(error.oauthError(), QStringLiteral("invalid_client_id"));
    EXPECT_TRUE(error.userMessage().contains(QStringLiteral("consumer key")));
}

TEST_F(SalesforceOAuth, RevokeSignsOutEverywhere)
{
    Org &org = *s_org;
    QString error;
    ASSERT_TRUE(org.connectClient(&error));
    auto [e0] = await<const SalesforceError &>([&](auto done) { org.session->refresh(nullptr, done); });
    ASSERT_FALSE(e0.isError());
    const SalesforceTokens before = org.session->tokens();
    // A session signed in interactively mirrors its refresh token to the keychain.
    MemorySecretStore store;
    const QString key =
        SecretStore::keyFor(QStringLiteral("ws-revoke"), SecretStore::Kind::SalesforceRefreshToken);
    org.session = std::make_unique<SalesforceSession>(configFor(org.sandbox()));
    org.client = std::make_unique<SalesforceClient>(org.session.get());
    org.session->setSecretStore(&store, key);
    org.session->setTokens(before);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return store.contains(key); }));

    QSignalSpy signedOut(org.session.get(), &SalesforceSession::signedOut);
    auto [revokeError] =
        await<const SalesforceError &>([&](auto done) { org.session->revoke(nullptr, done); });
    EXPECT_FALSE(revokeError.isError()) << qPrintable(revokeError.userMessage());
    EXPECT_EQ(signedOut.count(), 1);
    EXPECT_FALSE(org.session->isSignedIn());
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return !store.contains(key); }));
    // The revoked refresh token and its access token no longer work.
    const RawReply refresh =
        raw("POST", org.url(QStringLiteral("/services/oauth2/token")),
            form({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), before.refreshToken},
                  {QStringLiteral("client_id"), org.sandbox().info().salesforceClientId}}),
            {{"Content-Type", "application/x-www-form-urlencoded"}});
    EXPECT_EQ(QJsonDocument::fromJson(refresh.body).object().value(QStringLiteral("error")).toString(),
              QStringLiteral("invalid_grant"));
    const RawReply api = raw("GET", org.url(QStringLiteral("/services/data/v62.0/limits")), {},
                             {{"Authorization", "Bearer " + before.accessToken.toUtf8()}});
    EXPECT_EQ(api.status, 401);
    const auto [callError, versions, newest] =
        await<const SalesforceError &, const QStringList &, const QString &>(
            [&](auto done) { org.client->checkApiVersion(nullptr, done); });
    EXPECT_EQ(callError.kind(), SalesforceError::Kind::NotSignedIn);
}
