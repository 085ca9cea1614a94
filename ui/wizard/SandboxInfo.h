#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// The local sandbox the app was started with (`--sandbox-info FILE`, the JSON line that
// `nomesync-sandbox --info-file` writes): where its Metronome and Salesforce halves listen,
// the Metronome token and the consumer key the wizard pre-fills for "Try it with sandbox data".
struct SandboxInfo
{
    QUrl metronomeUrl;
    QString metronomeToken;
    QUrl salesforceLoginUrl;
    QUrl salesforceInstanceUrl;
    QString salesforceClientId;
    QUrl adminUrl;

    static std::optional<SandboxInfo> fromJson(const QByteArray &json, QString *error = nullptr);
    static std::optional<SandboxInfo> fromFile(const QString &path, QString *error = nullptr);
};
