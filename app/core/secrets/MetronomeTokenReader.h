#pragma once

#include <QObject>
#include <QString>

#include <functional>

class SecretStore;

// Where a workspace's Metronome API token comes from: the keychain, or, where allowed (servers
// without a keychain), the NOMESYNC_METRONOME_TOKEN environment variable. One way to read it
// for the sync launcher and the customer refresh alike; the token stays in memory only.
class MetronomeTokenReader : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &token, const QString &error)>;

    static constexpr const char *EnvironmentVariable = "NOMESYNC_METRONOME_TOKEN";

    // `done` runs once (synchronously for the environment) unless `context` is gone.
    static void read(SecretStore *secrets, const QString &workspaceId, bool allowEnvironment,
                     QObject *context, Done done);
};
