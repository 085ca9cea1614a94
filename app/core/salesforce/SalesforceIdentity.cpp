#include "salesforce/SalesforceIdentity.h"

SalesforceIdentity SalesforceIdentity::fromJson(const QJsonObject &json)
{
    SalesforceIdentity id;
    id.raw = json;
    id.userId = json.value(QStringLiteral("user_id")).toString();
    id.orgId = json.value(QStringLiteral("organization_id")).toString();
    id.username = json.value(QStringLiteral("username")).toString();
    id.displayName = json.value(QStringLiteral("display_name")).toString();
    id.email = json.value(QStringLiteral("email")).toString();
    id.userType = json.value(QStringLiteral("user_type")).toString();
    id.locale = json.value(QStringLiteral("locale")).toString();
    id.active = json.value(QStringLiteral("active")).toBool(true);
    id.restUrl = QUrl(json.value(QStringLiteral("urls")).toObject().value(QStringLiteral("rest")).toString());
    return id;
}
