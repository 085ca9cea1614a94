#include "wizard/SetupWorkspacePage.h"

#include "wizard/NoticeBanner.h"
#include "wizard/SetupWizardController.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    label->hide();
    return label;
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        edit->setText(text);
    }
}

} // namespace

SetupWorkspacePage::SetupWorkspacePage(SetupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("workspacePage"));
    setTitle(tr("Set up the workspace"));
    setSubTitle(
        tr("A workspace pairs one Metronome environment with one Salesforce org. Repeat the setup for "
           "every environment you sync, such as Staging and Production."));

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("workspaceNameEdit"));
    m_name->setPlaceholderText(tr("for example Acme Billing — Production"));
    m_name->setMaxLength(80);
    m_nameProblem = problemLabel(QStringLiteral("workspaceNameProblem"), this);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environmentCombo"));
    m_environment->setEditable(true);
    m_environment->addItems({tr("Production"), tr("Staging"), tr("Sandbox")});
    m_environment->setInsertPolicy(QComboBox::NoInsert);
    m_environment->setToolTip(tr("The Metronome environment this workspace reads. Type your own name if it "
                                 "is none of these."));

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("metronomeUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("https://api.metronome.com"));
    m_urlProblem = problemLabel(QStringLiteral("metronomeUrlProblem"), this);

    // The token: typed and verified, or stored (and then never shown again).
    m_tokenStack = new QStackedWidget(this);
    m_tokenStack->setObjectName(QStringLiteral("tokenStack"));
    auto *entry = new QWidget(m_tokenStack);
    m_token = new QLineEdit(entry);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste the API token"));
    m_token->setClearButtonEnabled(true);
    m_verify = new QPushButton(tr("&Verify"), entry);
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_keep = new QPushButton(tr("Keep Stored Token"), entry);
    m_keep->setObjectName(QStringLiteral("keepTokenButton"));
    auto *entryLayout = new QHBoxLayout(entry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_token, 1);
    entryLayout->addWidget(m_verify);
    entryLayout->addWidget(m_keep);
    auto *stored = new QWidget(m_tokenStack);
    auto *lock = new QLabel(stored);
    lock->setPixmap(QIcon(QStringLiteral(":/icons/keychain.svg")).pixmap(18, 18));
    m_stored = new QLabel(tr("Stored in the system keychain — it is never shown again."), stored);
    m_stored->setObjectName(QStringLiteral("tokenStoredLabel"));
    m_replace = new QPushButton(tr("&Replace…"), stored);
    m_replace->setObjectName(QStringLiteral("replaceTokenButton"));
    auto *storedLayout = new QHBoxLayout(stored);
    storedLayout->setContentsMargins(0, 0, 0, 0);
    storedLayout->addWidget(lock);
    storedLayout->addWidget(m_stored, 1);
    storedLayout->addWidget(m_replace);
    m_tokenStack->addWidget(entry);
    m_tokenStack->addWidget(stored);
    m_tokenStack->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    auto *tokenHint =
        new QLabel(tr("Create one in Metronome under Connections ▸ API tokens. NomeSync keeps it "
                      "in the system keychain only."),
                   this);
    tokenHint->setWordWrap(true);
    tokenHint->setForegroundRole(QPalette::PlaceholderText);

    m_progressRow = new QWidget(this);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(QStringLiteral("verifyProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(m_progressRow);
    m_progressText->setObjectName(QStringLiteral("verifyProgressText"));
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_progressText, 1);
    m_progressRow->hide();

    m_result = new NoticeBanner(this);
    m_result->setObjectName(QStringLiteral("metronomeResult"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(8);
    form->addRow(tr("Workspace na&me:"), m_name);
    form->addRow(QString(), m_nameProblem);
    form->addRow(tr("&Environment:"), m_environment);
    form->addItem(new QSpacerItem(0, 8));
    form->addRow(tr("Metronome &API URL:"), m_url);
    form->addRow(QString(), m_urlProblem);
    form->addRow(tr("API &token:"), m_tokenStack);
    form->addRow(QString(), tokenHint);
    form->addRow(QString(), m_progressRow);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(6);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textChanged, m_controller, &SetupWizardController::setWorkspaceName);
    connect(m_environment, &QComboBox::currentTextChanged, m_controller,
            &SetupWizardController::setEnvironment);
    connect(m_url, &QLineEdit::textChanged, m_controller, &SetupWizardController::setMetronomeUrl);
    connect(m_token, &QLineEdit::textChanged, this, &SetupWorkspacePage::refresh);
    connect(m_token, &QLineEdit::returnPressed, this, &SetupWorkspacePage::verify);
    connect(m_verify, &QPushButton::clicked, this, &SetupWorkspacePage::verify);
    connect(m_replace, &QPushButton::clicked, this, [this]() {
        m_controller->replaceToken();
        m_token->setFocus();
    });
    connect(m_keep, &QPushButton::clicked, m_controller, &SetupWizardController::keepStoredToken);
    connect(m_controller, &SetupWizardController::changed, this, &SetupWorkspacePage::refresh);
}

void SetupWorkspacePage::initializePage()
{
    setTextKeepingCursor(m_name, m_controller->workspaceName());
    m_environment->setCurrentText(m_controller->environment());
    setTextKeepingCursor(m_url, m_controller->metronomeUrlText());
    if (m_controller->tokenState() != SetupWizardController::TokenState::Stored &&
        m_token->text().isEmpty()) {
        m_token->setText(m_controller->prefilledToken());
    }
    refresh();
}

void SetupWorkspacePage::verify()
{
    if (m_verify->isEnabled()) {
        m_controller->verifyMetronome(m_token->text());
    }
}

void SetupWorkspacePage::refresh()
{
    using TokenState = SetupWizardController::TokenState;
    const TokenState state = m_controller->tokenState();
    const bool verifying = state == TokenState::Verifying;

    // Problems show once there is something to judge, so an empty new form is not all red.
    const QString nameProblem = m_controller->nameProblem();
    m_nameProblem->setText(nameProblem);
    m_nameProblem->setVisible(!nameProblem.isEmpty() && (m_name->isModified() || !m_name->text().isEmpty()));
    const QString urlProblem = m_controller->metronomeUrlProblem();
    m_urlProblem->setText(urlProblem);
    m_urlProblem->setVisible(!urlProblem.isEmpty());

    if (state == TokenState::Stored) {
        // The typed token leaves the widget as soon as it is in the keychain.
        m_token->clear();
        m_tokenStack->setCurrentIndex(1);
    } else {
        m_tokenStack->setCurrentIndex(0);
    }
    m_url->setReadOnly(state == TokenState::Stored || verifying);
    m_token->setEnabled(!verifying);
    m_verify->setEnabled(!verifying && urlProblem.isEmpty() && !m_token->text().trimmed().isEmpty());
    m_keep->setVisible(m_controller->hasStoredToken() && state != TokenState::Stored);
    m_keep->setEnabled(!verifying);
    m_replace->setEnabled(!m_controller->isBusy());

    m_progressRow->setVisible(verifying);
    if (verifying) {
        const qint64 counted = m_controller->customersCounted();
        m_progressText->setText(
            counted > 0
                ? tr("Checking the token… %1 customers counted so far").arg(QLocale().toString(counted))
                : tr("Checking the token with Metronome…"));
    }

    switch (state) {
    case TokenState::Failed:
        if (m_controller->isKeychainFailure()) {
            m_result->showMessage(
                NoticeBanner::Kind::Error,
                tr("Metronome accepted the token, but the keychain could not store it"),
                tr("%1\n\nNomeSync never keeps tokens anywhere else. Then click Verify again.")
                    .arg(m_controller->metronomeError()));
            break;
        }
        m_result->showMessage(
            NoticeBanner::Kind::Error, tr("Metronome did not accept the token"),
            tr("%1\n\nCheck that the API URL is right for this environment and that the token "
               "is current (copy it again from Metronome), then click Verify.")
                .arg(m_controller->metronomeError()));
        break;
    case TokenState::Stored:
        if (m_controller->hasMetronomeFindings()) {
            m_result->showMessage(NoticeBanner::Kind::Success, tr("Connected to Metronome"),
                                  tr("Found %1. The token is now in the system keychain.")
                                      .arg(m_controller->metronomeFindingsText()));
        } else {
            m_result->showMessage(NoticeBanner::Kind::Success, tr("Connected to Metronome"),
                                  tr("The workspace's token is in the system keychain. Click Replace to use "
                                     "another one."));
        }
        break;
    case TokenState::Verifying:
    case TokenState::Empty:
        m_result->clear();
        break;
    }
    emit completeChanged();
}

bool SetupWorkspacePage::isComplete() const
{
    return m_controller->isWorkspaceStepComplete() && !m_controller->isBusy();
}
