#include "wizard/SetupPackagePage.h"

#include "wizard/NoticeBanner.h"
#include "wizard/SetupWizardController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using OrgKind = SalesforceOAuthConfig::OrgKind;

SetupPackagePage::SetupPackagePage(SetupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("packagePage"));
    setTitle(tr("Install the Metronome package"));
    setSubTitle(tr("NomeSync writes into the custom objects of the Metronome package, so the package comes "
                   "first, in the Salesforce org you will link in step 3."));

    m_sandboxNote = new NoticeBanner(this);
    m_sandboxNote->setObjectName(QStringLiteral("sandboxNote"));

    auto *orgBox = new QGroupBox(tr("Your Salesforce org"), this);
    m_production = new QRadioButton(tr("&Production (login.salesforce.com)"), orgBox);
    m_production->setObjectName(QStringLiteral("orgProduction"));
    m_sandbox = new QRadioButton(tr("&Sandbox (test.salesforce.com)"), orgBox);
    m_sandbox->setObjectName(QStringLiteral("orgSandbox"));
    m_myDomain = new QRadioButton(tr("&My Domain:"), orgBox);
    m_myDomain->setObjectName(QStringLiteral("orgMyDomain"));
    m_domainEdit = new QLineEdit(orgBox);
    m_domainEdit->setObjectName(QStringLiteral("myDomainEdit"));
    m_domainEdit->setPlaceholderText(tr("acme or https://acme.my.salesforce.com"));
    m_domainEdit->setClearButtonEnabled(true);
    m_domainProblem = new QLabel(orgBox);
    m_domainProblem->setObjectName(QStringLiteral("myDomainProblem"));
    m_domainProblem->setWordWrap(true);
    m_domainProblem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_production);
    kinds->addButton(m_sandbox);
    kinds->addButton(m_myDomain);
    auto *orgLayout = new QGridLayout(orgBox);
    orgLayout->addWidget(m_production, 0, 0, 1, 2);
    orgLayout->addWidget(m_sandbox, 1, 0, 1, 2);
    orgLayout->addWidget(m_myDomain, 2, 0);
    orgLayout->addWidget(m_domainEdit, 2, 1);
    orgLayout->addWidget(m_domainProblem, 3, 1);
    orgLayout->setColumnStretch(1, 1);

    m_installButton =
        new QPushButton(QIcon(QStringLiteral(":/icons/open-external.svg")), tr("&Install Now"), this);
    m_installButton->setObjectName(QStringLiteral("installNowButton"));
    m_installButton->setMinimumHeight(32);
    m_installHost = new QLabel(this);
    m_installHost->setObjectName(QStringLiteral("installHost"));
    m_installHost->setWordWrap(true);
    m_installHost->setForegroundRole(QPalette::PlaceholderText);
    auto *installRow = new QHBoxLayout;
    installRow->addWidget(m_installButton);
    installRow->addSpacing(8);
    installRow->addWidget(m_installHost, 1);

    auto *access = new QLabel(
        tr("<p style='margin-bottom:4px'>The install page asks who gets the package:</p>"
           "<ul style='margin-top:0'>"
           "<li><b>Admins only</b> — only System Administrators can use its objects.</li>"
           "<li><b>All users</b> — everyone in the org, for example sales teams reading the data.</li>"
           "<li><b>Specific profiles</b> — only the profiles you pick.</li></ul>"
           "<p>Whatever you choose, include the person who signs in at step 3: NomeSync reads and writes "
           "the package's objects as that user. Installing takes a few seconds to a few minutes; "
           "Salesforce sends an email if it takes longer.</p>"),
        this);
    access->setObjectName(QStringLiteral("accessExplanation"));
    access->setWordWrap(true);
    access->setTextFormat(Qt::RichText);

    m_browserNote = new NoticeBanner(this);
    m_browserNote->setObjectName(QStringLiteral("browserNote"));

    m_installed = new QCheckBox(tr("The package is installe&d in this org"), this);
    m_installed->setObjectName(QStringLiteral("packageInstalledCheck"));
    auto *installedHint = new QLabel(tr("NomeSync checks every object and field for real at step 3."), this);
    installedHint->setForegroundRole(QPalette::PlaceholderText);
    installedHint->setContentsMargins(24, 0, 0, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_sandboxNote);
    layout->addWidget(orgBox);
    layout->addLayout(installRow);
    layout->addWidget(m_browserNote);
    layout->addWidget(access);
    layout->addSpacing(4);
    layout->addWidget(m_installed);
    layout->addWidget(installedHint);
    layout->addStretch(1);

    connect(kinds, &QButtonGroup::buttonClicked, this, &SetupPackagePage::applyOrgKind);
    connect(m_domainEdit, &QLineEdit::textEdited, this, [this]() {
        m_myDomain->setChecked(true);
        applyOrgKind();
    });
    connect(m_installButton, &QPushButton::clicked, this, [this]() {
        if (!m_controller->openInstallPage()) {
            m_browserNote->showMessage(
                NoticeBanner::Kind::Warning, tr("No browser opened"),
                tr("Open this address in a browser on this computer, install the package, "
                   "then come back:\n%1")
                    .arg(m_controller->installUrl().toString(QUrl::FullyEncoded)));
        }
    });
    connect(m_installed, &QCheckBox::toggled, m_controller, &SetupWizardController::setPackageConfirmed);
    connect(m_controller, &SetupWizardController::changed, this, &SetupPackagePage::refresh);
}

void SetupPackagePage::initializePage()
{
    switch (m_controller->orgKind()) {
    case OrgKind::Production:
        m_production->setChecked(true);
        break;
    case OrgKind::Sandbox:
        m_sandbox->setChecked(true);
        break;
    case OrgKind::MyDomain:
        m_myDomain->setChecked(true);
        break;
    }
    m_domainEdit->setText(m_controller->myDomain());
    if (const auto &sandbox = m_controller->sandbox()) {
        // The walk-through uses the local org only; real hosts stay one click away next time.
        m_sandbox->setText(tr("&Sandbox — the local NomeSync sandbox org (%1)")
                               .arg(sandbox->salesforceLoginUrl.toString(QUrl::RemoveUserInfo)));
        m_production->setEnabled(false);
        m_myDomain->setEnabled(false);
        m_domainEdit->setEnabled(false);
        m_sandboxNote->showMessage(
            NoticeBanner::Kind::Info, tr("Trying NomeSync with sandbox data"),
            tr("Every step runs against the local Metronome and Salesforce servers that "
               "scripts/dev.sh started, with generated customers. Nothing leaves this "
               "computer, and no account is needed."));
    } else {
        m_sandboxNote->clear();
    }
    m_installed->setChecked(m_controller->isPackageConfirmed());
    refresh();
}

void SetupPackagePage::applyOrgKind()
{
    const OrgKind kind = m_myDomain->isChecked()  ? OrgKind::MyDomain
                         : m_sandbox->isChecked() ? OrgKind::Sandbox
                                                  : OrgKind::Production;
    m_controller->setOrgKind(kind, m_domainEdit->text());
}

void SetupPackagePage::refresh()
{
    const QString problem = m_controller->loginUrlProblem();
    m_domainProblem->setText(m_domainEdit->text().isEmpty() && problem.isEmpty() ? QString() : problem);
    m_domainProblem->setVisible(m_controller->orgKind() == OrgKind::MyDomain && !problem.isEmpty() &&
                                !m_domainEdit->text().trimmed().isEmpty());
    const QUrl install = m_controller->installUrl();
    m_installButton->setEnabled(!install.isEmpty());
    m_installHost->setText(
        install.isEmpty() ? tr("Choose your org first.")
                          : tr("Opens the package's install page on %1 in your browser.")
                                .arg(install.host() +
                                     (install.port() > 0 ? QLatin1Char(':') + QString::number(install.port())
                                                         : QString())));
    if (m_controller->installPageOpened() || install.isEmpty()) {
        m_browserNote->clear();
    }
    emit completeChanged();
}

bool SetupPackagePage::isComplete() const
{
    return m_controller->isPackageStepComplete() && !m_controller->isBusy();
}
