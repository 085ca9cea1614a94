#include "salesforce/SalesforceOAuthConfig.h"

#include <QRegularExpression>
#include <QUrlQuery>

QUrl SalesforceOAuthConfig::myDomainLoginUrl(const QString &domainOrUrl, QString *error)
{
    const QString text = domainOrUrl.trimmed();
    if (text.contains(QLatin1String("://"))) {
        QUrl url(text, QUrl::StrictMode);
        if (url.isValid() && !url.host().isEmpty()) {
            url.setPath(QString());
            url.setQuery(QString());
            url.setFragment(QString());
            return url;
        }
    } else {
        // "acme", "acme.my.salesforce.com", "acme--uat.sandbox.my.salesforce.com"
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9-]*(\\.[A-Za-z0-9-]+)*$"));
        if (name.match(text).hasMatch()) {
            const QString host =
                text.contains(QLatin1Char('.')) ? text : text + QStringLiteral(".my.salesforce.com");
            QUrl url;
            url.setScheme(QStringLiteral("https"));
            url.setHost(host.toLower());
            return url;
        }
    }
    if (error) {
        *error = tr("\"%1\" is not a My Domain name or URL (e.g. acme or https://acme.my.salesforce.com).")
                     .arg(text);
    }
    return QUrl();
}

QUrl SalesforceOAuthConfig::loginUrlFor(OrgKind kind, const QString &myDomain, QString *error)
{
    switch (kind) {
    case OrgKind::Production:
        return productionLoginUrl();
    case OrgKind::Sandbox:
        return sandboxLoginUrl();
    case OrgKind::MyDomain:
        return myDomainLoginUrl(myDomain, error);
    }
    return productionLoginUrl();
}

QUrl SalesforceOAuthConfig::endpoint(const QString &path) const
{
    QUrl url = loginUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/'))) {
        base.chop(1);
    }
    url.setPath(base + path);
    url.setQuery(QString());
    return url;
}

QUrl SalesforceOAuthConfig::installPackageUrl(const QString &packageVersionId) const
{
    QUrl url = endpoint(QStringLiteral("/packaging/installPackage.apexp"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("p0"), packageVersionId);
    url.setQuery(query);
    return url;
}

QUrl SalesforceOAuthConfig::redirectUri(quint16 port) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(redirectHost);
    url.setPort(port);
    url.setPath(redirectPath);
    return url;
}
