#include "wizard/SandboxInfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

std::optional<SandboxInfo> SandboxInfo::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed(), &parseError);
    const QJsonObject root = doc.object();
    const QJsonObject metronome = root.value(QStringLiteral("metronome")).toObject();
    const QJsonObject salesforce = root.value(QStringLiteral("salesforce")).toObject();
    SandboxInfo info;
    info.metronomeUrl = QUrl(metronome.value(QStringLiteral("url")).toString());
    info.metronomeToken = metronome.value(QStringLiteral("token")).toString();
    info.salesforceLoginUrl = QUrl(salesforce.value(QStringLiteral("login_url")).toString());
    info.salesforceInstanceUrl = QUrl(salesforce.value(QStringLiteral("instance_url")).toString());
    info.salesforceClientId = salesforce.value(QStringLiteral("client_id")).toString();
    info.adminUrl = QUrl(root.value(QStringLiteral("admin_url")).toString());
    if (!doc.isObject() || !info.metronomeUrl.isValid() || info.metronomeUrl.isEmpty() ||
        info.metronomeToken.isEmpty() || !info.salesforceLoginUrl.isValid() ||
        info.salesforceLoginUrl.isEmpty() || info.salesforceClientId.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate(
                "SandboxInfo", "The sandbox description is incomplete (it needs the Metronome "
                               "URL and token and the Salesforce login URL and consumer key).");
        }
        return std::nullopt;
    }
    return info;
}

std::optional<SandboxInfo> SandboxInfo::fromFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QCoreApplication::translate("SandboxInfo", "Cannot read the sandbox description %1: %2")
                         .arg(path, file.errorString());
        }
        return std::nullopt;
    }
    return fromJson(file.readAll(), error);
}
