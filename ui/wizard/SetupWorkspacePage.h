#pragma once

#include <QWizardPage>

class NoticeBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class SetupWizardController;

// Step 2: the workspace's name and environment, and the Metronome API address and token,
// verified by a live call. Once verified the token is in the keychain and never shown again.
class SetupWorkspacePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SetupWorkspacePage(SetupWizardController *controller, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;

private:
    void verify();
    void refresh();

    SetupWizardController *m_controller;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    QStackedWidget *m_tokenStack = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_keep = nullptr;
    QLabel *m_stored = nullptr;
    QPushButton *m_replace = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    NoticeBanner *m_result = nullptr;
};
