#pragma once

#include "wizard/SandboxInfo.h"
#include "wizard/SetupWizard.h"
#include "wizard/SetupWizardController.h"

#include <QObject>
#include <QPointer>

#include <optional>

class MainWindow;
class SecretStore;
class WorkspaceRegistry;

// Opens the setup wizard from the main window (File ▸ New Workspace, the empty state's two
// buttons, Edit Workspace Setup) and lands the user on the result: the new workspace selected
// with its first sync running in the background (Trigger::Setup), or the edited one reloaded.
class SetupCoordinator : public QObject
{
    Q_OBJECT

public:
    SetupCoordinator(MainWindow *window, WorkspaceRegistry *registry, SecretStore *secrets,
                     QObject *parent = nullptr);

    // The local sandbox the app was started with (`--sandbox-info`), if any.
    void setSandbox(const std::optional<SandboxInfo> &sandbox);
    const std::optional<SandboxInfo> &sandbox() const { return m_sandbox; }
    // How the wizards open links (the system browser by default); for tests and headless runs.
    void setUrlOpener(SetupWizardController::UrlOpener opener) { m_openUrl = std::move(opener); }

    // Opens (or raises) the wizard. Null if the workspace to edit cannot be read.
    SetupWizard *openNew(bool useSandbox);
    SetupWizard *openEdit(const QString &workspaceId);
    SetupWizard *currentWizard() const { return m_wizard; }

Q_SIGNALS:
    void wizardOpened(SetupWizard *wizard);
    // After Complete setup: the workspace is selected and its first sync was asked to start.
    void workspaceSetUp(const QString &workspaceId);
    void workspaceEdited(const QString &workspaceId);

private:
    SetupWizard *show(SetupWizardController *controller);
    void land(const QString &workspaceId, bool created);

    MainWindow *m_window;
    WorkspaceRegistry *m_registry;
    SecretStore *m_secrets;
    std::optional<SandboxInfo> m_sandbox;
    SetupWizardController::UrlOpener m_openUrl;
    QPointer<SetupWizard> m_wizard;
};
