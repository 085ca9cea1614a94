#include "salesforce/SalesforceTokens.h"

bool SalesforceTokens::parse(const QJsonObject &json, SalesforceTokens *tokens, QString *error)
{
    SalesforceTokens t;
    t.accessToken = json.value(QStringLiteral("access_token")).toString();
    t.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    t.instanceUrl = QUrl(json.value(QStringLiteral("instance_url")).toString(), QUrl::StrictMode);
    t.idUrl = QUrl(json.value(QStringLiteral("id")).toString(), QUrl::StrictMode);
    t.scope = json.value(QStringLiteral("scope")).toString();
    t.tokenType = json.value(QStringLiteral("token_type")).toString();
    bool ok = false;
    const qint64 issued = json.value(QStringLiteral("issued_at")).toString().toLongLong(&ok);
    if (ok) {
        t.issuedAt = QDateTime::fromMSecsSinceEpoch(issued, Qt::UTC);
    }
    if (t.accessToken.isEmpty()) {
        *error = tr("The token answer has no access token.");
        return false;
    }
    if (!t.instanceUrl.isValid() || t.instanceUrl.host().isEmpty()) {
        *error = tr("The token answer has no usable instance URL.");
        return false;
    }
    // The last two path segments of the identity URL are the org and the user (as jsforce reads them).
    const QStringList segments = t.idUrl.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (segments.size() >= 2) {
        t.orgId = segments.at(segments.size() - 2);
        t.userId = segments.last();
    }
    *tokens = t;
    return true;
}

void SalesforceTokens::mergeRefresh(const SalesforceTokens &refreshed)
{
    const QString keep = refreshToken;
    *this = refreshed;
    if (refreshToken.isEmpty()) {
        refreshToken = keep;
    }
}
