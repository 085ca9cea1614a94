#pragma once

#include <QWizardPage>

class NoticeBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class SetupWizardController;

// Step 1: which Salesforce org, and the Metronome package installed in it (the admin installs
// it in the browser; step 3 checks it for real).
class SetupPackagePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupPackagePage(SetupWizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void applyOrgKind();
    void refresh();

    SetupWizardController *m_controller;
    NoticeBanner *m_sandboxNote = nullptr;
    QRadioButton *m_production = nullptr;
    QRadioButton *m_sandbox = nullptr;
    QRadioButton *m_myDomain = nullptr;
    QLineEdit *m_domainEdit = nullptr;
    QLabel *m_domainProblem = nullptr;
    QPushButton *m_installButton = nullptr;
    QLabel *m_installHost = nullptr;
    NoticeBanner *m_browserNote = nullptr;
    QCheckBox *m_installed = nullptr;
};
