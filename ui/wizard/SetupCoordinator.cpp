#include "wizard/SetupCoordinator.h"

#include "MainWindow.h"
#include "WorkspaceSession.h"
#include "logging/LogCategories.h"
#include "wizard/SetupWizard.h"

#include <QStatusBar>

SetupCoordinator::SetupCoordinator(MainWindow *window, WorkspaceRegistry *registry, SecretStore *secrets,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_registry(registry)
    , m_secrets(secrets)
{
    connect(m_window, &MainWindow::setupRequested, this, [this](bool useSandbox) { openNew(useSandbox); });
    connect(m_window, &MainWindow::editSetupRequested, this, [this](const QString &id) { openEdit(id); });
}

void SetupCoordinator::setSandbox(const std::optional<SandboxInfo> &sandbox)
{
    m_sandbox = sandbox;
    m_window->setSandboxAvailable(sandbox.has_value());
}

SetupWizard *SetupCoordinator::openNew(bool useSandbox)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto *controller = new SetupWizardController(m_registry, m_secrets);
    if (useSandbox && m_sandbox) {
        controller->useSandbox(*m_sandbox);
    }
    return show(controller);
}

SetupWizard *SetupCoordinator::openEdit(const QString &workspaceId)
{
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    auto *controller = new SetupWizardController(m_registry, m_secrets);
    QString error;
    if (!controller->editWorkspace(workspaceId, &error)) {
        delete controller;
        m_window->statusBar()->showMessage(error, 10000);
        return nullptr;
    }
    return show(controller);
}

SetupWizard *SetupCoordinator::show(SetupWizardController *controller)
{
    if (m_openUrl) {
        controller->setUrlOpener(m_openUrl);
    }
    const bool created = controller->mode() == SetupWizardController::Mode::NewWorkspace;
    auto *wizard = new SetupWizard(controller, m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &SetupWizard::workspaceReady, this,
            [this, created](const QString &id) { land(id, created); });
    m_wizard = wizard;
    wizard->show();
    emit wizardOpened(wizard);
    return wizard;
}

void SetupCoordinator::land(const QString &workspaceId, bool created)
{
    m_window->selectWorkspace(workspaceId);
    WorkspaceSession *session = m_window->session(workspaceId);
    if (!created) {
        if (session) {
            session->reloadSchedule();
        }
        m_window->statusBar()->showMessage(tr("The workspace setup was saved."), 8000);
        emit workspaceEdited(workspaceId);
        return;
    }
    // The first sync runs in the background; the user lands on it.
    if (session) {
        session->startSync(Sync::Trigger::Setup);
    } else {
        qCWarning(lcUi) << "no session for the new workspace" << workspaceId;
    }
    emit workspaceSetUp(workspaceId);
}
