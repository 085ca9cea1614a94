#pragma once

#include <QWizard>

class SetupPackagePage;
class SetupSalesforcePage;
class SetupStepList;
class SetupSyncPage;
class SetupWizardController;
class SetupWorkspacePage;

// The four-step setup (seed 000): install the package, set up the workspace, link Salesforce,
// choose what to sync. A thin view over SetupWizardController: Next waits while a check runs,
// Cancel (at any step) removes what the run stored, Finish writes the workspace.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        PackagePageId,
        WorkspacePageId,
        SalesforcePageId,
        SyncPageId
    };

    // Takes ownership of `controller`.
    explicit SetupWizard(SetupWizardController *controller, QWidget *parent = nullptr);
    ~SetupWizard() override;

    SetupWizardController *controller() const { return m_controller; }
    SetupPackagePage *packagePage() const { return m_packagePage; }
    SetupWorkspacePage *workspacePage() const { return m_workspacePage; }
    SetupSalesforcePage *salesforcePage() const { return m_salesforcePage; }
    SetupSyncPage *syncPage() const { return m_syncPage; }

Q_SIGNALS:
    // The wizard closed after Complete setup / Save changes.
    void workspaceReady(const QString &workspaceId);
    // The wizard was cancelled and what it stored is gone.
    void abandoned();

protected:
    void done(int result) override;

private:
    SetupWizardController *m_controller;
    SetupStepList *m_steps = nullptr;
    SetupPackagePage *m_packagePage = nullptr;
    SetupWorkspacePage *m_workspacePage = nullptr;
    SetupSalesforcePage *m_salesforcePage = nullptr;
    SetupSyncPage *m_syncPage = nullptr;
    bool m_closing = false;
};
