#pragma once

#include "package/PackageDefinition.h"
#include "salesforce/SalesforceOAuthConfig.h"
#include "setup/WorkspaceSetup.h"
#include "store/WorkspaceInfo.h"
#include "sync/Schedule.h"
#include "sync/SyncTypes.h"
#include "wizard/SandboxInfo.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class SecretStore;
class WorkspaceRegistry;

// The one owner of the setup wizard's state and of its asynchronous checks (through
// WorkspaceSetup). Pages only show what it holds and pass on what the admin types; they never
// talk to the network or the keychain themselves. The same controller edits an existing
// workspace (the wizard run again on it) and walks the sandbox ("Try it with sandbox data").
class SetupWizardController : public QObject
{
    Q_OBJECT

public:
    enum class Mode
    {
        NewWorkspace,
        EditWorkspace
    };
    // Step 2, the Metronome token.
    enum class TokenState
    {
        Empty,     // nothing verified yet (or being replaced)
        Verifying, // counting customers and metrics
        Stored,    // verified and in the keychain; never shown again
        Failed     // the last try failed (see metronomeError())
    };
    // Step 3, the Salesforce sign-in.
    enum class SignInState
    {
        Idle,
        WaitingForBrowser, // the authorize page is open; the loopback listener waits
        CheckingOrg,       // the browser came back: exchanging the code, then describe
        Checked,           // orgFindings() holds the checklist
        Failed             // see salesforceError()
    };
    using UrlOpener = std::function<bool(const QUrl &url)>;

    SetupWizardController(WorkspaceRegistry *registry, SecretStore *secrets, QObject *parent = nullptr);
    ~SetupWizardController() override;

    // Pre-fills every step for the local sandbox.
    void useSandbox(const SandboxInfo &sandbox);
    // Loads an existing workspace to edit it; false (with *error) if it cannot be read.
    bool editWorkspace(const QString &workspaceId, QString *error = nullptr);

    Mode mode() const { return m_mode; }
    bool isSandbox() const { return m_sandbox.has_value(); }
    const std::optional<SandboxInfo> &sandbox() const { return m_sandbox; }
    const WorkspaceInfo &editedWorkspace() const { return m_edited; }
    // Where this run's keychain entries are written (the new workspace's id, or a staging id
    // while editing).
    QString pendingWorkspaceId() const { return m_setup->pendingId(); }
    // A check or the finish is running: Next and Finish wait.
    bool isBusy() const;

    // How links open (the system browser by default). Returns false when nothing opened them.
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    bool openUrl(const QUrl &url);

    // Step 1: the org kind and the package.
    SalesforceOAuthConfig::OrgKind orgKind() const { return m_orgKind; }
    QString myDomain() const { return m_myDomain; }
    void setOrgKind(SalesforceOAuthConfig::OrgKind kind, const QString &myDomain = QString());
    QUrl loginUrl() const;           // empty while the My Domain text is not usable
    QString loginUrlProblem() const; // why not, in words for the admin
    QUrl installUrl() const;
    bool openInstallPage();
    bool installPageOpened() const { return m_installPageOpened; }
    bool isPackageConfirmed() const { return m_packageConfirmed; }
    void setPackageConfirmed(bool confirmed);
    bool isPackageStepComplete() const;

    // Step 2: the workspace and Metronome.
    QString workspaceName() const { return m_name; }
    void setWorkspaceName(const QString &name);
    QString nameProblem() const;
    QString environment() const { return m_environment; }
    void setEnvironment(const QString &environment);
    QString metronomeUrlText() const { return m_metronomeUrlText; }
    void setMetronomeUrl(const QString &text);
    QUrl metronomeUrl() const;
    QString metronomeUrlProblem() const;
    QString prefilledToken() const; // the sandbox's, so the walk-through needs no typing
    void verifyMetronome(const QString &token);
    TokenState tokenState() const { return m_tokenState; }
    // A token is in the keychain for this workspace (verified now, or the edited one's own).
    bool hasStoredToken() const { return m_hasStoredToken; }
    // "Replace": the admin enters another token; Next waits until it is verified.
    void replaceToken();
    void keepStoredToken();
    qint64 customersCounted() const { return m_customersCounted; }
    bool hasMetronomeFindings() const { return m_hasFindings; }
    const WorkspaceSetup::MetronomeFindings &metronomeFindings() const;
    QString metronomeFindingsText() const;
    QString metronomeError() const { return m_metronomeError; }
    // The last failure was the keychain's (the token itself was fine).
    bool isKeychainFailure() const { return m_setup->lastFailureWasKeychain(); }
    bool isWorkspaceStepComplete() const;

    // Step 3: Salesforce.
    QString consumerKey() const { return m_consumerKey; }
    void setConsumerKey(const QString &key);
    void signIn();
    void cancelSignIn();
    void checkAgain();
    SignInState signInState() const { return m_signIn; }
    QUrl authorizeUrl() const { return m_authorizeUrl; }
    bool browserOpened() const { return m_browserOpened; }
    const WorkspaceSetup::OrgFindings &orgFindings() const;
    QString salesforceError() const { return m_salesforceError; }
    // Editing: the workspace's existing connection, kept unless the admin signs in again.
    bool keepsExistingConnection() const;
    QString connectedUsername() const;
    QString connectedOrgId() const;
    QString packageVariant() const;
    bool isSalesforceStepComplete() const;

    // Step 4: what to sync and when.
    Sync::Scope scope() const { return m_scope; }
    void setScope(Sync::Scope scope);
    std::optional<PackageDefinition> package() const;
    bool isObjectSelected(const QString &object) const { return !m_deselected.contains(object); }
    void setObjectSelected(const QString &object, bool selected);
    QStringList selectedObjects() const; // in load order; empty when the package has none
    Schedule schedule() const { return m_schedule; }
    void setSchedule(const Schedule &schedule);
    bool isSyncStepComplete() const;

    // Complete setup (or save the edit). finished() or finishFailed() follows.
    void finish();
    bool isFinished() const { return m_finished; }
    QString finishError() const { return m_finishError; }
    QString resultWorkspaceId() const { return m_resultId; }

    // Cancel: removes every keychain entry this run wrote; `done` runs when they are gone.
    void abandon(std::function<void()> done = {});

Q_SIGNALS:
    // Anything a page shows has changed.
    void changed();
    void finished(const QString &workspaceId);
    void finishFailed(const QString &message);

private:
    WorkspaceSetup::Plan plan() const;
    void fetchSandboxToday();
    void setSignInState(SignInState state);

    WorkspaceRegistry *m_registry;
    SecretStore *m_secrets;
    WorkspaceSetup *m_setup;
    UrlOpener m_openUrl;
    Mode m_mode = Mode::NewWorkspace;
    std::optional<SandboxInfo> m_sandbox;
    QDate m_sandboxToday;
    QNetworkAccessManager *m_network = nullptr;
    WorkspaceInfo m_edited;

    SalesforceOAuthConfig::OrgKind m_orgKind = SalesforceOAuthConfig::OrgKind::Production;
    QString m_myDomain;
    bool m_packageConfirmed = false;
    bool m_installPageOpened = false;

    QString m_name;
    QString m_environment;
    QString m_metronomeUrlText;
    QString m_editedMetronomeUrl;
    TokenState m_tokenState = TokenState::Empty;
    bool m_hasStoredToken = false;
    bool m_hasFindings = false;
    qint64 m_customersCounted = 0;
    QString m_metronomeError;

    QString m_consumerKey;
    SignInState m_signIn = SignInState::Idle;
    QUrl m_authorizeUrl;
    bool m_browserOpened = false;
    QString m_salesforceError;
    // Editing: the connection stored in the workspace.
    QUrl m_editedLoginUrl;
    QString m_editedClientId;
    QString m_editedUsername;
    QString m_editedOrgId;
    QString m_editedVariant;

    Sync::Scope m_scope = Sync::Scope::AllCustomers;
    QSet<QString> m_deselected;
    Schedule m_schedule = Schedule::defaultSchedule();

    bool m_finishing = false;
    bool m_finished = false;
    QString m_finishError;
    QString m_resultId;
};
