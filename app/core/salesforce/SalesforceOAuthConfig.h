#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

// Where and as whom NomeSync signs in to Salesforce: the login host (production, sandbox,
// My Domain, or a local sandbox URL), the connected app's consumer key (and secret, only
// for apps that require one), the scopes and the loopback callback.
struct SalesforceOAuthConfig
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceOAuthConfig)

public:
    enum class OrgKind
    {
        Production, // https://login.salesforce.com
        Sandbox,    // https://test.salesforce.com
        MyDomain    // https://{domain}.my.salesforce.com (or a full URL)
    };

    QUrl loginUrl = productionLoginUrl();
    QString clientId;
    QString clientSecret; // empty for a public client (PKCE only)
    QStringList scopes = {QStringLiteral("api"), QStringLiteral("refresh_token")};
    QString redirectHost = QStringLiteral("localhost");
    quint16 redirectPort = 0; // 0: a free port; otherwise exactly this one
    QString redirectPath = QStringLiteral("/OauthRedirect");
    QString prompt;    // optional: login, consent, select_account
    QString loginHint; // optional username

    static QUrl productionLoginUrl() { return QUrl(QStringLiteral("https://login.salesforce.com")); }
    static QUrl sandboxLoginUrl() { return QUrl(QStringLiteral("https://test.salesforce.com")); }
    // "acme" -> https://acme.my.salesforce.com; a full URL is taken as it is. Invalid URL on
    // nonsense, with *error set.
    static QUrl myDomainLoginUrl(const QString &domainOrUrl, QString *error = nullptr);
    static QUrl loginUrlFor(OrgKind kind, const QString &myDomain = QString(), QString *error = nullptr);

    QUrl authorizeUrl() const { return endpoint(QStringLiteral("/services/oauth2/authorize")); }
    QUrl tokenUrl() const { return endpoint(QStringLiteral("/services/oauth2/token")); }
    QUrl revokeUrl() const { return endpoint(QStringLiteral("/services/oauth2/revoke")); }
    // The package install link on this login host.
    QUrl installPackageUrl(const QString &packageVersionId) const;
    QUrl redirectUri(quint16 port) const;

private:
    QUrl endpoint(const QString &path) const;
};
