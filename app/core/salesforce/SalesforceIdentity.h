#pragma once

#include <QJsonObject>
#include <QString>
#include <QUrl>

// The signed-in user and org, from the identity URL (GET {id}).
struct SalesforceIdentity
{
    QString userId;
    QString orgId;
    QString username;
    QString displayName;
    QString email;
    QString userType;
    QString locale;
    QUrl restUrl; // urls.rest with {version} left in
    bool active = true;
    QJsonObject raw;

    static SalesforceIdentity fromJson(const QJsonObject &json);
};
