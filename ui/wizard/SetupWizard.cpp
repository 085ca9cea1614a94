#include "wizard/SetupWizard.h"

#include "wizard/SetupPackagePage.h"
#include "wizard/SetupSalesforcePage.h"
#include "wizard/SetupStepList.h"
#include "wizard/SetupSyncPage.h"
#include "wizard/SetupWizardController.h"
#include "wizard/SetupWorkspacePage.h"

#include <QIcon>
#include <QPixmap>
#include <QPointer>

namespace {

QPixmap logo(int size)
{
    return QIcon(QStringLiteral(":/icons/nomesync.svg")).pixmap(size, size);
}

} // namespace

SetupWizard::SetupWizard(SetupWizardController *controller, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    m_controller->setParent(this);
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setWindowIcon(QIcon(QStringLiteral(":/icons/nomesync.svg")));
    const bool editing = m_controller->mode() == SetupWizardController::Mode::EditWorkspace;
    setWindowTitle(editing ? tr("Edit Workspace “%1” — NomeSync").arg(m_controller->workspaceName())
                   : m_controller->isSandbox() ? tr("Try NomeSync with Sandbox Data")
                                               : tr("Set Up a Workspace — NomeSync"));
    setPixmap(QWizard::LogoPixmap, logo(48));

    m_steps = new SetupStepList({tr("Install the package"), tr("Set up the workspace"), tr("Link Salesforce"),
                                 tr("Choose what to sync")},
                                this);
    setSideWidget(m_steps);

    m_packagePage = new SetupPackagePage(m_controller, this);
    m_workspacePage = new SetupWorkspacePage(m_controller, this);
    m_salesforcePage = new SetupSalesforcePage(m_controller, this);
    m_syncPage = new SetupSyncPage(m_controller, this);
    setPage(PackagePageId, m_packagePage);
    setPage(WorkspacePageId, m_workspacePage);
    setPage(SalesforcePageId, m_salesforcePage);
    setPage(SyncPageId, m_syncPage);
    setStartId(PackagePageId);
    setButtonText(QWizard::NextButton, tr("&Next"));
    setButtonText(QWizard::BackButton, tr("&Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));

    connect(this, &QWizard::currentIdChanged, m_steps, &SetupStepList::setCurrentStep);
    // Finish is asynchronous when editing: close once the controller is done.
    connect(
        m_controller, &SetupWizardController::finished, this,
        [this]() {
            if (isVisible() && !m_closing) {
                accept();
            }
        },
        Qt::QueuedConnection);
    resize(940, 660);
    setMinimumSize(820, 600);
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::done(int result)
{
    if (result == QDialog::Accepted) {
        // QWizard::done() asks the last page, which finishes through the controller.
        QWizard::done(result);
        if (m_controller->isFinished() && !m_closing) {
            m_closing = true;
            emit workspaceReady(m_controller->resultWorkspaceId());
        }
        return;
    }
    if (m_closing) {
        return;
    }
    m_closing = true;
    // Cancel at any step: the keychain entries this run wrote go, no workspace was made.
    QPointer<SetupWizard> self(this);
    m_controller->abandon([self]() {
        if (self) {
            emit self->abandoned();
        }
    });
    QWizard::done(result);
}
