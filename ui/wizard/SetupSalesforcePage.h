#pragma once

#include <QWizardPage>

class NoticeBanner;
class ChecklistFilterProxy;
class PackageChecklistModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class SetupWizardController;

// Step 3: sign in to Salesforce in the system browser (OAuth with PKCE, back through a
// loopback address), then the checklist of what the org has of the package.
class SetupSalesforcePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupSalesforcePage(SetupWizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    PackageChecklistModel *checklist() const { return m_checklist; }

private:
    void refresh();
    void showChecklist();

    SetupWizardController *m_controller;
    QLineEdit *m_consumerKey = nullptr;
    QPushButton *m_signIn = nullptr;
    QWidget *m_waiting = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_waitingText = nullptr;
    QPushButton *m_cancel = nullptr;
    QWidget *m_addressRow = nullptr;
    QLineEdit *m_address = nullptr;
    QPushButton *m_copy = nullptr;
    QLabel *m_identity = nullptr;
    NoticeBanner *m_result = nullptr;
    QWidget *m_checklistArea = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QListView *m_list = nullptr;
    PackageChecklistModel *m_checklist = nullptr;
    ChecklistFilterProxy *m_filter = nullptr;
    int m_shownState = -1;
};
