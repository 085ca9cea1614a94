#include "wizard/SetupSalesforcePage.h"

#include "wizard/ChecklistDelegate.h"
#include "wizard/ChecklistFilterProxy.h"
#include "wizard/NoticeBanner.h"
#include "wizard/PackageChecklistModel.h"
#include "wizard/SetupWizardController.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using SignInState = SetupWizardController::SignInState;

SetupSalesforcePage::SetupSalesforcePage(SetupWizardController *controller, QWidget *parent)
    : QWizardPage(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("salesforcePage"));
    setTitle(tr("Link Salesforce"));
    setSubTitle(tr("Sign in as the user NomeSync writes as. NomeSync then checks that every object and field "
                   "of the package is in place and that this user can write them."));

    m_consumerKey = new QLineEdit(this);
    m_consumerKey->setObjectName(QStringLiteral("consumerKeyEdit"));
    m_consumerKey->setPlaceholderText(tr("Consumer key of your connected app"));
    m_signIn = new QPushButton(tr("&Sign In with Salesforce…"), this);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setMinimumHeight(32);
    m_signIn->setIcon(QIcon(QStringLiteral(":/icons/open-external.svg")));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Consumer &key:"), m_consumerKey);

    // While the browser has the authorize page.
    m_waiting = new QWidget(this);
    m_waiting->setObjectName(QStringLiteral("waitingForBrowser"));
    m_progress = new QProgressBar(m_waiting);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_waitingText = new QLabel(m_waiting);
    m_waitingText->setObjectName(QStringLiteral("waitingText"));
    m_waitingText->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel Sign-In"), m_waiting);
    m_cancel->setObjectName(QStringLiteral("cancelSignInButton"));
    m_addressRow = new QWidget(m_waiting);
    auto *addressLabel = new QLabel(tr("No browser? Open this address in one:"), m_addressRow);
    m_address = new QLineEdit(m_addressRow);
    m_address->setObjectName(QStringLiteral("authorizeUrlEdit"));
    m_address->setReadOnly(true);
    m_copy = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), tr("&Copy"), m_addressRow);
    m_copy->setObjectName(QStringLiteral("copyAuthorizeUrlButton"));
    auto *addressLayout = new QHBoxLayout(m_addressRow);
    addressLayout->setContentsMargins(0, 0, 0, 0);
    addressLayout->addWidget(addressLabel);
    addressLayout->addWidget(m_address, 1);
    addressLayout->addWidget(m_copy);
    auto *waitingTop = new QHBoxLayout;
    waitingTop->addWidget(m_progress);
    waitingTop->addWidget(m_waitingText, 1);
    waitingTop->addWidget(m_cancel);
    auto *waitingLayout = new QVBoxLayout(m_waiting);
    waitingLayout->setContentsMargins(0, 0, 0, 0);
    waitingLayout->addLayout(waitingTop);
    waitingLayout->addWidget(m_addressRow);

    m_identity = new QLabel(this);
    m_identity->setObjectName(QStringLiteral("identityLabel"));
    m_identity->setWordWrap(true);
    m_identity->setTextFormat(Qt::RichText);
    m_identity->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_result = new NoticeBanner(this);
    m_result->setObjectName(QStringLiteral("salesforceResult"));

    // The checklist: a model and one view, not a widget per line.
    m_checklistArea = new QWidget(this);
    m_checklist = new PackageChecklistModel(this);
    m_filter = new ChecklistFilterProxy(this);
    m_filter->setSourceModel(m_checklist);
    m_list = new QListView(m_checklistArea);
    m_list->setObjectName(QStringLiteral("checklistView"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new ChecklistDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setMinimumHeight(150);
    m_list->setIconSize(QSize(16, 16));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_problemsOnly = new QCheckBox(tr("Show &problems only"), m_checklistArea);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnlyCheck"));
    m_checkAgain =
        new QPushButton(QIcon(QStringLiteral(":/icons/retry.svg")), tr("C&heck Again"), m_checklistArea);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    auto *checklistBar = new QHBoxLayout;
    auto *checklistTitle = new QLabel(tr("What the org has of the package:"), m_checklistArea);
    checklistBar->addWidget(checklistTitle, 1);
    checklistBar->addWidget(m_problemsOnly);
    checklistBar->addWidget(m_checkAgain);
    auto *checklistLayout = new QVBoxLayout(m_checklistArea);
    checklistLayout->setContentsMargins(0, 0, 0, 0);
    checklistLayout->addLayout(checklistBar);
    checklistLayout->addWidget(m_list, 1);

    auto *signInRow = new QHBoxLayout;
    signInRow->addWidget(m_signIn);
    signInRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(signInRow);
    layout->addWidget(m_waiting);
    layout->addWidget(m_identity);
    layout->addWidget(m_result);
    layout->addWidget(m_checklistArea, 1);

    connect(m_consumerKey, &QLineEdit::textChanged, m_controller, &SetupWizardController::setConsumerKey);
    connect(m_signIn, &QPushButton::clicked, m_controller, &SetupWizardController::signIn);
    connect(m_cancel, &QPushButton::clicked, m_controller, &SetupWizardController::cancelSignIn);
    connect(m_checkAgain, &QPushButton::clicked, m_controller, &SetupWizardController::checkAgain);
    connect(m_copy, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(m_address->text());
        m_copy->setText(tr("Copied"));
    });
    connect(m_problemsOnly, &QCheckBox::toggled, m_filter, &ChecklistFilterProxy::setProblemsOnly);
    connect(m_controller, &SetupWizardController::changed, this, &SetupSalesforcePage::refresh);
}

void SetupSalesforcePage::initializePage()
{
    if (m_consumerKey->text() != m_controller->consumerKey()) {
        m_consumerKey->setText(m_controller->consumerKey());
    }
    m_consumerKey->setReadOnly(m_controller->isSandbox());
    refresh();
}

void SetupSalesforcePage::cleanupPage()
{
    // Back while the browser has the sign-in: stop listening, or the earlier pages would wait
    // for it (Next stays off while a check runs).
    m_controller->cancelSignIn();
    QWizardPage::cleanupPage();
}

void SetupSalesforcePage::showChecklist()
{
    const WorkspaceSetup::OrgFindings &org = m_controller->orgFindings();
    m_checklist->setFindings(org);
    const int problems = m_checklist->problemCount();
    m_problemsOnly->setChecked(problems > 0);
    m_problemsOnly->setEnabled(problems > 0);
    if (problems > 0) {
        m_list->scrollToTop();
        m_list->setCurrentIndex(m_filter->index(0, 0));
    }
}

void SetupSalesforcePage::refresh()
{
    const SignInState state = m_controller->signInState();
    const bool waiting = state == SignInState::WaitingForBrowser;
    const bool checking = state == SignInState::CheckingOrg;

    m_consumerKey->setEnabled(!waiting && !checking);
    m_signIn->setEnabled(!m_controller->isBusy() && !m_controller->consumerKey().trimmed().isEmpty() &&
                         !m_controller->loginUrl().isEmpty());
    m_signIn->setText(state == SignInState::Checked || m_controller->keepsExistingConnection()
                          ? tr("&Sign In Again…")
                          : tr("&Sign In with Salesforce…"));

    m_waiting->setVisible(waiting || checking);
    m_cancel->setVisible(waiting);
    m_addressRow->setVisible(waiting && !m_controller->authorizeUrl().isEmpty());
    if (waiting) {
        m_waitingText->setText(
            m_controller->browserOpened()
                ? tr("Waiting for the browser… Sign in there and click Allow; NomeSync "
                     "continues by itself.")
                : tr("Waiting for the browser… No browser opened, so open the address below "
                     "in one, sign in and click Allow."));
        const QString address = m_controller->authorizeUrl().toString(QUrl::FullyEncoded);
        if (m_address->text() != address) {
            m_address->setText(address);
            m_address->setCursorPosition(0);
            m_copy->setText(tr("&Copy"));
        }
    } else if (checking) {
        m_waitingText->setText(tr("Checking the org: the package's objects, fields and access…"));
    }

    // Who is signed in: the new sign-in, or the edited workspace's connection.
    const bool checked = state == SignInState::Checked;
    const QString user = m_controller->connectedUsername();
    if ((checked || m_controller->keepsExistingConnection()) && !user.isEmpty()) {
        const std::optional<PackageDefinition> def = m_controller->package();
        const WorkspaceSetup::OrgFindings &org = m_controller->orgFindings();
        QString text =
            tr("Signed in as <b>%1</b>%2")
                .arg(user.toHtmlEscaped(), checked && !org.identity.displayName.isEmpty()
                                               ? tr(" (%1)").arg(org.identity.displayName.toHtmlEscaped())
                                               : QString());
        text +=
            QStringLiteral("<br>") + tr("Org <b>%1</b>").arg(m_controller->connectedOrgId().toHtmlEscaped());
        if (checked && !org.apiVersion.isEmpty()) {
            text += tr(" · API version %1").arg(org.apiVersion.toHtmlEscaped());
        }
        if (def) {
            text +=
                QStringLiteral("<br>") +
                (checked && org.ok ? tr("Package found: <b>%1</b> %2 — NomeSync syncs with its profile, %3.")
                                   : tr("Package: <b>%1</b> %2 (profile %3)."))
                    .arg(def->label().toHtmlEscaped(), def->version().toHtmlEscaped(),
                         def->name().toHtmlEscaped());
        }
        m_identity->setText(text);
        m_identity->show();
    } else {
        m_identity->hide();
    }

    if (static_cast<int>(state) != m_shownState) {
        m_shownState = static_cast<int>(state);
        if (checked) {
            showChecklist();
        } else if (state != SignInState::CheckingOrg) {
            m_checklist->clear();
        }
    }
    m_checklistArea->setVisible(checked || (checking && m_checklist->rowCount() > 0));
    m_checkAgain->setEnabled(checked && !m_controller->isBusy());

    switch (state) {
    case SignInState::Checked: {
        const int problems = m_checklist->problemCount();
        if (problems == 0) {
            m_result->showMessage(
                NoticeBanner::Kind::Success, tr("Salesforce is ready"),
                tr("Every object and field of the package is in place, with external IDs, and "
                   "this user can create and edit them. The sign-in is in the system keychain."));
        } else if (m_checklist->packageMissing()) {
            m_result->showMessage(
                NoticeBanner::Kind::Error, tr("The Metronome package is not in this org"),
                tr("This user sees none of the package's objects. Install the package (step 1) "
                   "in this org, for all users or for this user's profile, then click Check "
                   "Again."));
        } else {
            m_result->showMessage(
                NoticeBanner::Kind::Error, tr("The org is missing %n part(s) of the package", "", problems),
                tr("%1\n\nInstall or upgrade the Metronome package (step 1) so it has every field, and give "
                   "this "
                   "user access to it, then click Check Again. NomeSync cannot sync until the list is green.")
                    .arg(m_checklist->problems(3).join(QLatin1Char('\n'))));
        }
        break;
    }
    case SignInState::Failed:
        if (m_controller->isKeychainFailure()) {
            m_result->showMessage(NoticeBanner::Kind::Error,
                                  tr("Signed in, but the keychain could not store the sign-in"),
                                  tr("%1\n\nThen sign in again.").arg(m_controller->salesforceError()));
        } else {
            m_result->showMessage(NoticeBanner::Kind::Error, tr("Signing in to Salesforce did not work"),
                                  tr("%1\n\nCheck the org kind in step 1 and the consumer key, then sign in "
                                     "again.")
                                      .arg(m_controller->salesforceError()));
        }
        break;
    case SignInState::Idle:
        if (m_controller->keepsExistingConnection()) {
            m_result->showMessage(NoticeBanner::Kind::Success, tr("Linked to Salesforce"),
                                  tr("The workspace keeps its sign-in. Sign in again to link another user or "
                                     "org, or to check the package again."));
        } else if (m_controller->mode() == SetupWizardController::Mode::EditWorkspace) {
            m_result->showMessage(NoticeBanner::Kind::Warning, tr("Sign in again"),
                                  tr("The org or consumer key changed, so NomeSync needs a new sign-in."));
        } else {
            m_result->clear();
        }
        break;
    case SignInState::WaitingForBrowser:
    case SignInState::CheckingOrg:
        m_result->clear();
        break;
    }
    emit completeChanged();
}

bool SetupSalesforcePage::isComplete() const
{
    return m_controller->isSalesforceStepComplete() && !m_controller->isBusy();
}
