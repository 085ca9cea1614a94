#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

// What the token endpoint gave NomeSync. The access token stays in memory only; the
// refresh token goes to the keychain.
struct SalesforceTokens
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceTokens)

public:
    QString accessToken;
    QString refreshToken; // empty when the answer had none (refresh grant without rotation)
    QUrl instanceUrl;     // base of every REST/Bulk call
    QUrl idUrl;           // identity URL: {host}/id/{orgId}/{userId}
    QString orgId;        // 18 characters, from the identity URL
    QString userId;
    QDateTime issuedAt;
    QString scope;
    QString tokenType;

    bool hasAccessToken() const { return !accessToken.isEmpty(); }

    // Parses a token endpoint answer (§1.3); false with *error when a required field is
    // missing or unusable.
    static bool parse(const QJsonObject &json, SalesforceTokens *tokens, QString *error);
    // Merges a refresh answer into the current tokens: everything is replaced except the
    // refresh token, which is kept unless a new one came back.
    void mergeRefresh(const SalesforceTokens &refreshed);
};
