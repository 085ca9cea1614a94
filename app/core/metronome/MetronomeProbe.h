#pragma once

#include <QObject>
#include <QUrl>

#include <functional>

class SecretStore;

// Is Metronome reachable with this workspace's token? One cheap read (the billable metrics),
// for the Overview page's health line.
class MetronomeProbe : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &detail)>;

    // Reads the token from `secrets` under the workspace's key, then probes.
    static void check(const QUrl &baseUrl, SecretStore *secrets, const QString &workspaceId, QObject *context,
                      Done done);
    static void checkWithToken(const QUrl &baseUrl, const QString &token, QObject *context, Done done);
};
