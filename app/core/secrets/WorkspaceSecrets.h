#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QObject;
class SecretStore;

// The two secrets a workspace needs to talk to its ends: the Metronome API token and the
// Salesforce refresh token. Read from the keychain, or, where the caller allows it (headless
// servers without a keychain), from NOMESYNC_METRONOME_TOKEN / NOMESYNC_SALESFORCE_REFRESH_TOKEN.
// Shared by the sync launcher and the linking service so secrets are read in one place; the
// values are registered with the log redactor and kept in memory only.
class WorkspaceSecrets
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceSecrets)

public:
    QString metronomeToken;
    QString salesforceRefreshToken;

    static constexpr const char *MetronomeTokenVariable = "NOMESYNC_METRONOME_TOKEN";
    static constexpr const char *SalesforceTokenVariable = "NOMESYNC_SALESFORCE_REFRESH_TOKEN";

    using Done = std::function<void(bool ok, const WorkspaceSecrets &secrets, const QString &error)>;
    // Asynchronous (the keychain is): `done` runs once, on the store's thread, unless `context`
    // was destroyed meanwhile.
    static void read(SecretStore *store, const QString &workspaceId, bool allowEnvironment, QObject *context,
                     Done done);

    // Only the Metronome token (a customer refresh does not talk to Salesforce); same sources,
    // same messages. Synchronous when it comes from the environment.
    using TokenDone = std::function<void(bool ok, const QString &token, const QString &error)>;
    static void readMetronomeToken(SecretStore *store, const QString &workspaceId, bool allowEnvironment,
                                   QObject *context, TokenDone done);
};
