#pragma once

#include "secrets/WorkspaceSecrets.h"
#include "sync/SyncLauncher.h"

class SecretStore;

// The real launcher: settings from the workspace database, the Metronome API token and the
// Salesforce refresh token from the keychain (or, where allowed, from the environment
// variables NOMESYNC_METRONOME_TOKEN / NOMESYNC_SALESFORCE_REFRESH_TOKEN, for servers without
// a keychain), and a factory that builds the Metronome reader and the Salesforce loader on
// the sync thread, each with its own network access.
class DefaultSyncLauncher : public SyncLauncher
{
    Q_OBJECT

public:
    explicit DefaultSyncLauncher(SecretStore *secrets, QObject *parent = nullptr);

    void setEnvironmentSecretsAllowed(bool allowed) { m_allowEnvironment = allowed; }
    void prepare(const WorkspaceInfo &workspace, const Request &request, QObject *context,
                 Ready ready) override;

    static constexpr const char *MetronomeTokenVariable = WorkspaceSecrets::MetronomeTokenVariable;
    static constexpr const char *SalesforceTokenVariable = WorkspaceSecrets::SalesforceTokenVariable;

private:
    SecretStore *m_secrets;
    bool m_allowEnvironment = false;
};
