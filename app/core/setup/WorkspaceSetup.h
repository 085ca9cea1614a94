#pragma once

#include "salesforce/SalesforceIdentity.h"
#include "salesforce/SalesforceOAuthConfig.h"
#include "salesforce/SalesforcePackageCheck.h"
#include "store/WorkspaceInfo.h"
#include "sync/Schedule.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>

class MetronomeClient;
class SalesforceAuthorizationFlow;
class SalesforceClient;
class SalesforceSession;
class SecretStore;
class WorkspaceRegistry;
struct SalesforceTokens;

// The four setup steps without any UI, shared by the wizard and `nomesync setup`:
//  2. verify the Metronome token (counting customers and metrics) and keep it in the keychain;
//  3. sign in to Salesforce (OAuth PKCE) and check the org: package objects and fields,
//     external IDs, access, API version; the package variant found; who signed in;
//  4. write the workspace with its choices.
// Secrets are written under the workspace's final id as soon as they are verified and are
// removed again by abandon(), so cancelling leaves nothing behind.
class WorkspaceSetup : public QObject
{
    Q_OBJECT

public:
    struct MetronomeFindings
    {
        qint64 customers = 0; // active
        qint64 archivedCustomers = 0;
        qint64 linkedCustomers = 0;
        qint64 billableMetrics = 0;
    };
    struct OrgFindings
    {
        bool ok = false;
        QString variant; // package variant found ("nome_v2", "census_v1"), empty if none
        QList<SalesforcePackageCheck::Line> lines;
        QString apiVersion;
        QString newestApiVersion;
        SalesforceIdentity identity;
        QUrl instanceUrl;
        QString error; // a failure before the checklist could be made
    };
    struct Plan
    {
        QString name;
        QString environment;
        Sync::Scope scope = Sync::Scope::AllCustomers;
        QStringList objects; // empty: all
        Schedule schedule = Schedule::defaultSchedule();
        QString usageUntil; // optional, for sandboxes with a fixed calendar
    };

    WorkspaceSetup(WorkspaceRegistry *registry, SecretStore *secrets, QObject *parent = nullptr);
    ~WorkspaceSetup() override;

    // The id the new workspace will get (keychain entries are written under it).
    QString pendingId() const { return m_id; }
    void setWorkspaceName(const QString &name);

    // Step 2. Counts what the token can see, then stores it in the keychain.
    void verifyMetronome(const QUrl &baseUrl, const QString &token);
    bool isMetronomeVerified() const { return m_metronomeStored; }
    const MetronomeFindings &metronomeFindings() const { return m_metronome; }
    QUrl metronomeUrl() const { return m_metronomeUrl; }

    // Step 3. Emits authorizeUrlReady() for the browser; then orgChecked() or salesforceFailed().
    void signInToSalesforce(const SalesforceOAuthConfig &config);
    void cancelSignIn();
    // Checks the org again with the session already signed in (after installing or upgrading
    // the package); orgChecked() or salesforceFailed() as after signing in.
    void checkOrgAgain();
    bool isSalesforceConnected() const { return m_salesforceStored; }
    const OrgFindings &orgFindings() const { return m_org; }
    const SalesforceOAuthConfig &oauthConfig() const { return m_oauth; }

    // Step 4: creates the workspace. Needs steps 2 and 3 done and the org checked ok.
    bool complete(const Plan &plan, QString *error);
    // Step 4 when the setup is run again on an existing workspace: renames it and writes the
    // plan's choices; a token verified or a sign-in made in this run (kept under pendingId()
    // until now) replaces the workspace's own, so cancelling an edit leaves its secrets as
    // they were. `done` runs once.
    void applyTo(const WorkspaceInfo &workspace, const Plan &plan,
                 std::function<void(bool ok, const QString &error)> done);
    bool isComplete() const { return m_completed; }

    // Whether the last metronomeFailed() or salesforceFailed() came from the keychain (the
    // service said yes, storing its secret failed) rather than from the service.
    bool lastFailureWasKeychain() const { return m_keychainFailed; }

    // Cancel: removes the keychain entries written so far (nothing if complete() succeeded).
    void abandon(std::function<void()> done = {});

    // The package install link for an org kind (step 1).
    static QUrl installUrl(const QUrl &loginUrl, const QString &packageVariant = QStringLiteral("nome_v2"));

Q_SIGNALS:
    void metronomeProgress(qint64 customersCounted);
    void metronomeVerified(const WorkspaceSetup::MetronomeFindings &findings);
    void metronomeFailed(const QString &message);
    void authorizeUrlReady(const QUrl &url);
    void signingIn();
    void orgChecked(const WorkspaceSetup::OrgFindings &findings);
    void salesforceFailed(const QString &message);

private:
    void storeSecret(int kind, const QString &value, std::function<void(bool ok, const QString &error)> done);
    void checkOrg(const SalesforceTokens &tokens);
    void moveSecrets(QList<int> kinds, const QString &toId,
                     std::function<void(bool ok, const QString &error)> done);
    QList<QPair<QString, QString>> metronomeSettings() const;
    QList<QPair<QString, QString>> salesforceSettings() const;
    static QList<QPair<QString, QString>> planSettings(const Plan &plan);

    WorkspaceRegistry *m_registry;
    SecretStore *m_secrets;
    QString m_id;
    QString m_name;
    QUrl m_metronomeUrl;
    MetronomeFindings m_metronome;
    OrgFindings m_org;
    SalesforceOAuthConfig m_oauth;
    QString m_refreshToken;
    bool m_metronomeStored = false;
    bool m_salesforceStored = false;
    bool m_completed = false;
    bool m_keychainFailed = false;
    QPointer<MetronomeClient> m_metronomeClient;
    QPointer<SalesforceAuthorizationFlow> m_flow;
    QPointer<SalesforceSession> m_session;
    QPointer<SalesforceClient> m_client;
};

Q_DECLARE_METATYPE(WorkspaceSetup::MetronomeFindings)
Q_DECLARE_METATYPE(WorkspaceSetup::OrgFindings)
