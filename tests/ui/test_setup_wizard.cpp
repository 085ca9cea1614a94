// The setup wizard against a real nomesync-sandbox (both halves), with secrets in memory.
// The keychain itself is covered by tests/keychain/gui/test_wizard_keychain.cpp.

#include "EmptyStateWidget.h"
#include "MainWindow.h"
#include "WizardDriver.h"
#include "WorkspaceSession.h"
#include "secrets/MemorySecretStore.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "sync/DefaultSyncLauncher.h"
#include "sync/RunRepository.h"
#include "wizard/NoticeBanner.h"
#include "wizard/PackageChecklistModel.h"
#include "wizard/SetupCoordinator.h"
#include "wizard/SetupSalesforcePage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace WizardTest;
using TokenState = SetupWizardController::TokenState;
using SignInState = SetupWizardController::SignInState;

namespace {

const QString kInvoice = QStringLiteral("NOME__Metronome_Invoice__c");
const QString kInvoiceTotal = QStringLiteral("NOME__Total__c");

class SetupWizardTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_sandbox = new SandboxProcess({QStringLiteral("--customers"), QStringLiteral("40"),
                                        QStringLiteral("--seed"), QStringLiteral("7")});
        QString error;
        ASSERT_TRUE(s_sandbox->start(&error)) << qPrintable(error);
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }

    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_registry =
            std::make_unique<WorkspaceRegistry>(QDir(m_dir.path()).filePath(QStringLiteral("workspaces")));
        installPackage();
        s_sandbox->adminPost(QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), false}});
    }
    void TearDown() override
    {
        delete m_wizard;
        WorkspaceDatabase::releaseThreadConnections();
    }

    static void installPackage(const QStringList &omitFields = {})
    {
        int status = 0;
        s_sandbox->adminPost(QStringLiteral("/salesforce/package"),
                             {{QStringLiteral("variant"), QStringLiteral("nome_v2")},
                              {QStringLiteral("access"), QStringLiteral("all")},
                              {QStringLiteral("omit_fields"), QJsonArray::fromStringList(omitFields)}},
                             &status);
        ASSERT_EQ(status, 200);
    }
    static bool packageInstalled()
    {
        const QJsonArray installed = s_sandbox->adminGet(QStringLiteral("/salesforce/package"))
                                         .object()
                                         .value(QStringLiteral("installed"))
                                         .toArray();
        return !installed.isEmpty();
    }

    // A wizard on its own (no main window), pre-filled for the sandbox.
    Driver open(bool sandbox = true, bool browserOpens = true)
    {
        auto *controller = new SetupWizardController(m_registry.get(), &m_secrets);
        controller->setUrlOpener([this, browserOpens](const QUrl &url) {
            m_opened.append(url);
            return browserOpens;
        });
        if (sandbox) {
            controller->useSandbox(infoOf(*s_sandbox));
        }
        m_wizard = new SetupWizard(controller);
        m_wizard->show();
        return Driver(m_wizard);
    }
    Driver openEdit(const QString &id)
    {
        auto *controller = new SetupWizardController(m_registry.get(), &m_secrets);
        controller->setUrlOpener([this](const QUrl &url) {
            m_opened.append(url);
            return true;
        });
        EXPECT_TRUE(controller->editWorkspace(id));
        delete m_wizard;
        m_wizard = new SetupWizard(controller);
        m_wizard->show();
        return Driver(m_wizard);
    }

    QString readSecret(const QString &key)
    {
        QString value;
        bool done = false;
        m_secrets.read(key, nullptr, [&](const SecretResult &r) {
            value = r.value;
            done = true;
        });
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }));
        return value;
    }

    QStringList workspaceFiles() const { return QDir(m_registry->rootDirectory()).entryList(QDir::Files); }

    // Cancel, as the admin does, and wait for the keychain clean-up.
    void cancel()
    {
        bool abandoned = false;
        QObject::connect(m_wizard, &SetupWizard::abandoned, m_wizard, [&]() { abandoned = true; });
        click(m_wizard->button(QWizard::CancelButton));
        EXPECT_TRUE(TestEnvironment::waitFor([&]() { return abandoned; }));
        EXPECT_FALSE(m_wizard->isVisible());
    }

    static SandboxProcess *s_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<WorkspaceRegistry> m_registry;
    MemorySecretStore m_secrets;
    SetupWizard *m_wizard = nullptr;
    QList<QUrl> m_opened;
};

SandboxProcess *SetupWizardTest::s_sandbox = nullptr;

} // namespace

TEST_F(SetupWizardTest, PackagePageOpensTheInstallLinkOfTheChosenOrgAndWaitsForTheAdmin)
{
    Driver d = open(false);
    EXPECT_EQ(m_wizard->windowTitle(), QStringLiteral("Set Up a Workspace — NomeSync"));
    auto *next = d.button(QWizard::NextButton);
    auto *install = child<QPushButton>(m_wizard, QStringLiteral("installNowButton"));
    EXPECT_FALSE(next->isEnabled()) << "the admin has not confirmed the install yet";

    // Production by default: the install link is on login.salesforce.com.
    click(install);
    ASSERT_EQ(m_opened.size(), 1);
    EXPECT_EQ(m_opened.last().host(), QStringLiteral("login.salesforce.com"));
    EXPECT_EQ(m_opened.last().path(), QStringLiteral("/packaging/installPackage.apexp"));
    EXPECT_EQ(QUrlQuery(m_opened.last()).queryItemValue(QStringLiteral("p0")),
              QStringLiteral("04t5g000000NoMeAAC"));

    click(child<QRadioButton>(m_wizard, QStringLiteral("orgSandbox")));
    click(install);
    EXPECT_EQ(m_opened.last().host(), QStringLiteral("test.salesforce.com"));

    // My Domain: validated as typed; plain HTTP to a remote host is refused with the core's words.
    auto *domain = child<QLineEdit>(m_wizard, QStringLiteral("myDomainEdit"));
    auto *problem = child<QLabel>(m_wizard, QStringLiteral("myDomainProblem"));
    typeInto(domain, QStringLiteral("http://acme.example.com"));
    EXPECT_TRUE(child<QRadioButton>(m_wizard, QStringLiteral("orgMyDomain"))->isChecked());
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("HTTPS"))) << qPrintable(problem->text());
    EXPECT_FALSE(install->isEnabled());
    typeInto(domain, QStringLiteral("bad name!"));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("not a My Domain"))) << qPrintable(problem->text());
    typeInto(domain, QStringLiteral("acme"));
    EXPECT_FALSE(problem->isVisible());
    click(install);
    EXPECT_EQ(m_opened.last().host(), QStringLiteral("acme.my.salesforce.com"));

    // The explanation of who gets the package, and the person who signs in at step 3.
    const QString access = child<QLabel>(m_wizard, QStringLiteral("accessExplanation"))->text();
    EXPECT_TRUE(
        access.contains(QStringLiteral("Admins only")) && access.contains(QStringLiteral("All users")) &&
        access.contains(QStringLiteral("Specific profiles")) && access.contains(QStringLiteral("step 3")));

    click(child<QCheckBox>(m_wizard, QStringLiteral("packageInstalledCheck")));
    EXPECT_TRUE(next->isEnabled());
    EXPECT_TRUE(d.next());
    EXPECT_EQ(d.page(), SetupWizard::WorkspacePageId);
}

TEST_F(SetupWizardTest, WithoutABrowserTheInstallLinkIsShownToCopy)
{
    open(true, false);
    click(child<QPushButton>(m_wizard, QStringLiteral("installNowButton")));
    auto *note = child<NoticeBanner>(m_wizard, QStringLiteral("browserNote"));
    ASSERT_TRUE(note->isVisible());
    EXPECT_TRUE(note->text().contains(s_sandbox->info().salesforceLoginUrl.host()));
    EXPECT_TRUE(note->text().contains(QStringLiteral("/packaging/installPackage.apexp?p0=")));
}

TEST_F(SetupWizardTest, SandboxFirstRunWalksAllFourStepsAndLandsOnTheFirstSync)
{
    // The first run of the README: no package yet in the sandbox org.
    s_sandbox->admin("DELETE", QStringLiteral("/salesforce/package?variant=nome_v2"));
    ASSERT_FALSE(packageInstalled());

    DefaultSyncLauncher launcher(&m_secrets);
    MainWindow window(m_registry.get(), &m_secrets, &launcher);
    SetupCoordinator coordinator(&window, m_registry.get(), &m_secrets);
    coordinator.setUrlOpener([this](const QUrl &url) {
        m_opened.append(url);
        return true;
    });
    coordinator.setSandbox(infoOf(*s_sandbox));
    window.show();

    click(child<QPushButton>(&window, QStringLiteral("trySandboxButton")));
    SetupWizard *wizard = coordinator.currentWizard();
    ASSERT_NE(wizard, nullptr);
    ASSERT_TRUE(wizard->isVisible());
    EXPECT_EQ(wizard->windowTitle(), QStringLiteral("Try NomeSync with Sandbox Data"));
    Driver d(wizard);

    // Step 1: the sandbox org is chosen; Install Now opens the sandbox's own install page, and
    // the admin installs there (for all users).
    EXPECT_TRUE(child<QRadioButton>(wizard, QStringLiteral("orgSandbox"))->isChecked());
    EXPECT_TRUE(child<NoticeBanner>(wizard, QStringLiteral("sandboxNote"))->isVisible());
    click(child<QPushButton>(wizard, QStringLiteral("installNowButton")));
    ASSERT_EQ(m_opened.size(), 1);
    const QUrl install = m_opened.first();
    EXPECT_EQ(install.host(), s_sandbox->info().salesforceLoginUrl.host());
    EXPECT_EQ(install.port(), s_sandbox->info().salesforceLoginUrl.port());
    EXPECT_EQ(submitInstallPage(install, QStringLiteral("all")), 200);
    EXPECT_TRUE(packageInstalled());
    ASSERT_TRUE(d.passPackagePage());

    // Step 2: name, environment, URL and token come from the sandbox; Verify counts.
    EXPECT_FALSE(child<QLineEdit>(wizard, QStringLiteral("workspaceNameEdit"))->text().isEmpty());
    EXPECT_EQ(child<QComboBox>(wizard, QStringLiteral("environmentCombo"))->currentText(),
              QStringLiteral("Sandbox"));
    EXPECT_EQ(child<QLineEdit>(wizard, QStringLiteral("metronomeUrlEdit"))->text(),
              s_sandbox->info().metronomeUrl.toString());
    auto *token = child<QLineEdit>(wizard, QStringLiteral("tokenEdit"));
    EXPECT_EQ(token->echoMode(), QLineEdit::Password);
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());
    ASSERT_EQ(d.verify(), TokenState::Stored);
    const QJsonObject summary = s_sandbox->adminGet(QStringLiteral("/metronome/summary")).object();
    const QString result = child<NoticeBanner>(wizard, QStringLiteral("metronomeResult"))->text();
    const qint64 active = d.controller()->metronomeFindings().customers;
    EXPECT_GT(active, 0);
    EXPECT_TRUE(result.contains(QStringLiteral("%1 customers (").arg(active))) << qPrintable(result);
    EXPECT_TRUE(result.contains(QStringLiteral("billable metrics"))) << qPrintable(result);
    EXPECT_TRUE(token->text().isEmpty()) << "the token leaves the widget once it is stored";
    EXPECT_TRUE(child<QLabel>(wizard, QStringLiteral("tokenStoredLabel"))->isVisible());
    ASSERT_TRUE(d.next());

    // Step 3: the consumer key is the sandbox's; the Allow page is followed like a browser.
    EXPECT_EQ(child<QLineEdit>(wizard, QStringLiteral("consumerKeyEdit"))->text(),
              s_sandbox->info().salesforceClientId);
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());
    ASSERT_EQ(d.signIn(), SignInState::Checked) << qPrintable(d.controller()->salesforceError());
    EXPECT_EQ(d.lastCallbackStatus(), 200);
    EXPECT_EQ(m_opened.last(), d.controller()->authorizeUrl()) << "the Allow page opened in the browser";
    auto *checklist = wizard->salesforcePage()->checklist();
    EXPECT_EQ(checklist->problemCount(), 0);
    EXPECT_GT(checklist->rowCount(), 100) << "one line per object and field";
    const QString identity = child<QLabel>(wizard, QStringLiteral("identityLabel"))->text();
    EXPECT_TRUE(identity.contains(QStringLiteral("admin@nomesync-sandbox.example"))) << qPrintable(identity);
    EXPECT_TRUE(identity.contains(d.controller()->orgFindings().identity.orgId));
    EXPECT_TRUE(identity.contains(QStringLiteral("nome_v2")));
    ASSERT_TRUE(d.next());

    // Step 4: the counts from step 2, every object checked, daily at 07:00 UTC.
    EXPECT_TRUE(child<QRadioButton>(wizard, QStringLiteral("scopeAllCustomers"))->isChecked());
    EXPECT_TRUE(child<QRadioButton>(wizard, QStringLiteral("scopeAllCustomers"))
                    ->text()
                    .contains(QStringLiteral("(%1)").arg(active)));
    EXPECT_TRUE(
        child<QRadioButton>(wizard, QStringLiteral("scopeLinkedOnly"))
            ->text()
            .contains(QStringLiteral("(%1)").arg(d.controller()->metronomeFindings().linkedCustomers)));
    auto *objects =
        qobject_cast<QStandardItemModel *>(child<QListView>(wizard, QStringLiteral("objectsView"))->model());
    ASSERT_EQ(objects->rowCount(), 15);
    for (int row = 0; row < objects->rowCount(); ++row) {
        EXPECT_EQ(objects->item(row)->checkState(), Qt::Checked);
    }
    EXPECT_TRUE(child<QRadioButton>(wizard, QStringLiteral("scheduleDaily"))->isChecked());
    EXPECT_EQ(d.button(QWizard::FinishButton)->text(), QStringLiteral("&Complete Setup"));
    ASSERT_TRUE(d.next());

    // The workspace exists with its settings, is selected, and its first sync runs.
    const QList<WorkspaceInfo> workspaces = m_registry->list();
    ASSERT_EQ(workspaces.size(), 1);
    const WorkspaceInfo ws = workspaces.first();
    EXPECT_TRUE(ws.setupComplete);
    EXPECT_EQ(ws.environment, QStringLiteral("Sandbox"));
    EXPECT_EQ(window.currentWorkspaceId(), ws.id);
    {
        WorkspaceDatabase db(ws.databasePath);
        ASSERT_TRUE(db.open());
        EXPECT_EQ(db.setting(SettingKeys::MetronomeBaseUrl), s_sandbox->info().metronomeUrl.toString());
        EXPECT_EQ(db.setting(SettingKeys::SalesforceLoginUrl),
                  s_sandbox->info().salesforceLoginUrl.toString());
        EXPECT_EQ(db.setting(SettingKeys::SalesforceClientId), s_sandbox->info().salesforceClientId);
        EXPECT_EQ(db.setting(SettingKeys::SalesforceUsername),
                  QStringLiteral("admin@nomesync-sandbox.example"));
        EXPECT_EQ(db.setting(SettingKeys::PackageVariant), QStringLiteral("nome_v2"));
        EXPECT_EQ(db.setting(SettingKeys::SyncScope), QStringLiteral("all"));
        EXPECT_EQ(db.setting(SettingKeys::SyncSchedule), QStringLiteral("daily@07:00"));
        EXPECT_EQ(db.setting(SettingKeys::SyncObjects), QString());
        // The sandbox's calendar is fixed, so the first sync reads usage up to its "today".
        EXPECT_EQ(db.setting(SettingKeys::UsageUntil), summary.value(QStringLiteral("today")).toString());
    }
    EXPECT_TRUE(m_secrets.contains(SecretStore::keyFor(ws.id, SecretStore::Kind::MetronomeToken)));
    EXPECT_TRUE(m_secrets.contains(SecretStore::keyFor(ws.id, SecretStore::Kind::SalesforceRefreshToken)));
    EXPECT_EQ(m_secrets.keys().size(), 2);

    WorkspaceSession *session = window.session(ws.id);
    ASSERT_NE(session, nullptr);
    EXPECT_TRUE(session->workspace().setupComplete) << "the session was made from the finished workspace";
    auto setupRun = [&]() -> std::optional<Sync::RunRecord> {
        WorkspaceDatabase db(ws.databasePath);
        for (const Sync::RunRecord &run : RunRepository(db).runs()) {
            if (run.trigger == Sync::Trigger::Setup) {
                return run;
            }
        }
        return std::nullopt;
    };
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return setupRun().has_value(); }, 20000))
        << "the first sync did not start";
    EXPECT_EQ(setupRun()->objects, QStringList());
    EXPECT_FALSE(child<EmptyStateWidget>(&window, QStringLiteral("emptyState"))->isVisible());
    session->cancelSync();
    EXPECT_TRUE(TestEnvironment::waitFor([&]() { return !session->isBusy(); }, 30000));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return coordinator.currentWizard() == nullptr; }));

    // A second environment: the same wizard again from File ▸ New Workspace (real endpoints).
    window.findChild<QAction *>(QStringLiteral("actionNewWorkspace"))->trigger();
    ASSERT_NE(coordinator.currentWizard(), nullptr);
    EXPECT_EQ(coordinator.currentWizard()->windowTitle(), QStringLiteral("Set Up a Workspace — NomeSync"));
    EXPECT_TRUE(
        child<QRadioButton>(coordinator.currentWizard(), QStringLiteral("orgProduction"))->isChecked());
    m_wizard = coordinator.currentWizard();
    cancel();
    m_wizard = nullptr;
    EXPECT_EQ(m_registry->list().size(), 1);
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return coordinator.currentWizard() == nullptr; }));

    // File ▸ Edit Workspace Setup runs it on the current workspace; cancelling keeps its secrets.
    auto *edit = window.findChild<QAction *>(QStringLiteral("actionEditWorkspaceSetup"));
    ASSERT_TRUE(edit->isEnabled());
    edit->trigger();
    ASSERT_NE(coordinator.currentWizard(), nullptr);
    EXPECT_EQ(coordinator.currentWizard()->controller()->mode(), SetupWizardController::Mode::EditWorkspace);
    EXPECT_TRUE(coordinator.currentWizard()->windowTitle().contains(ws.name));
    m_wizard = coordinator.currentWizard();
    cancel();
    m_wizard = nullptr;
    EXPECT_EQ(m_secrets.keys().size(), 2);
}

TEST_F(SetupWizardTest, OAuthFollowsTheRedirectAndWithoutABrowserTheAddressCanBeCopied)
{
    Driver d = open(true, false);
    ASSERT_TRUE(d.passPackagePage());
    ASSERT_EQ(d.verify(), TokenState::Stored);
    ASSERT_TRUE(d.next());

    // Waiting for the browser: Next waits, the address is there to copy, Cancel stops listening.
    click(child<QPushButton>(m_wizard, QStringLiteral("signInButton")));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return !d.controller()->authorizeUrl().isEmpty(); }));
    EXPECT_EQ(d.controller()->signInState(), SignInState::WaitingForBrowser);
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(child<QLabel>(m_wizard, QStringLiteral("waitingText"))
                    ->text()
                    .startsWith(QStringLiteral("Waiting for the browser")));
    auto *address = child<QLineEdit>(m_wizard, QStringLiteral("authorizeUrlEdit"));
    ASSERT_TRUE(address->isVisible());
    click(child<QPushButton>(m_wizard, QStringLiteral("copyAuthorizeUrlButton")));
    EXPECT_EQ(QApplication::clipboard()->text(), d.controller()->authorizeUrl().toString(QUrl::FullyEncoded));
    const QUrl redirect(QUrlQuery(d.controller()->authorizeUrl())
                            .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    click(child<QPushButton>(m_wizard, QStringLiteral("cancelSignInButton")));
    EXPECT_EQ(d.controller()->signInState(), SignInState::Idle);
    EXPECT_FALSE(address->isVisible());
    EXPECT_EQ(sftest::raw("GET", redirect).status, 0) << "the loopback listener is closed";

    // Back while waiting stops the sign-in, so the earlier page's Next works.
    click(child<QPushButton>(m_wizard, QStringLiteral("signInButton")));
    ASSERT_EQ(d.controller()->signInState(), SignInState::WaitingForBrowser);
    click(d.button(QWizard::BackButton));
    EXPECT_EQ(d.controller()->signInState(), SignInState::Idle);
    ASSERT_TRUE(d.next());

    // Deny in the browser: said inline, with what to do.
    ASSERT_EQ(d.signIn(QStringLiteral("deny")), SignInState::Failed);
    auto *banner = child<NoticeBanner>(m_wizard, QStringLiteral("salesforceResult"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Error);
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());

    // Auto-approve: the authorize URL redirects at once; the redirect is followed to the listener.
    s_sandbox->adminPost(QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), true}});
    ASSERT_EQ(d.signIn(), SignInState::Checked) << qPrintable(d.controller()->salesforceError());
    EXPECT_EQ(d.lastCallbackStatus(), 200);
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Success);
    EXPECT_TRUE(d.button(QWizard::NextButton)->isEnabled());
}

TEST_F(SetupWizardTest, APackageMissingOneFieldShowsThatLineRedAndBlocksNextUntilCheckedAgain)
{
    installPackage({kInvoice + QLatin1Char('.') + kInvoiceTotal});
    s_sandbox->adminPost(QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), true}});
    Driver d = open();
    ASSERT_TRUE(d.passPackagePage());
    ASSERT_EQ(d.verify(), TokenState::Stored);
    ASSERT_TRUE(d.next());
    ASSERT_EQ(d.signIn(), SignInState::Checked) << qPrintable(d.controller()->salesforceError());

    PackageChecklistModel *model = m_wizard->salesforcePage()->checklist();
    EXPECT_EQ(model->problemCount(), 1);
    int red = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const bool ok = index.data(PackageChecklistModel::OkRole).toBool();
        if (index.data(PackageChecklistModel::FieldRole).toString() == kInvoiceTotal &&
            index.data(PackageChecklistModel::ObjectRole).toString() == kInvoice) {
            EXPECT_FALSE(ok);
            EXPECT_TRUE(index.data().toString().contains(kInvoiceTotal));
        }
        red += (!ok && !index.data(PackageChecklistModel::ObjectRole).toString().isEmpty()) ? 1 : 0;
    }
    EXPECT_EQ(red, 1) << "only that field is red";

    // Only the problem (under its object) is listed; the explanation says what to do.
    auto *view = child<QListView>(m_wizard, QStringLiteral("checklistView"));
    EXPECT_TRUE(child<QCheckBox>(m_wizard, QStringLiteral("problemsOnlyCheck"))->isChecked());
    EXPECT_EQ(view->model()->rowCount(), 2);
    EXPECT_EQ(view->model()->index(1, 0).data(PackageChecklistModel::FieldRole).toString(), kInvoiceTotal);
    auto *banner = child<NoticeBanner>(m_wizard, QStringLiteral("salesforceResult"));
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Error);
    EXPECT_TRUE(banner->text().contains(kInvoiceTotal)) << qPrintable(banner->text());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Check Again"))) << qPrintable(banner->text());
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(d.next());

    // The admin upgrades the package, then Check Again: green, and Next opens.
    installPackage();
    click(child<QPushButton>(m_wizard, QStringLiteral("checkAgainButton")));
    ASSERT_TRUE(
        TestEnvironment::waitFor([&]() { return d.controller()->signInState() == SignInState::Checked; }));
    EXPECT_EQ(model->problemCount(), 0);
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Success);
    EXPECT_TRUE(d.next());
}

TEST_F(SetupWizardTest, AKeychainThatRefusesIsExplainedWithTheFix)
{
    Driver d = open();
    ASSERT_TRUE(d.passPackagePage());
    m_secrets.setFailure(SecretResult::Status::Locked);
    EXPECT_EQ(d.verify(), TokenState::Failed);
    auto *banner = child<NoticeBanner>(m_wizard, QStringLiteral("metronomeResult"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_TRUE(banner->title().contains(QStringLiteral("keychain"))) << qPrintable(banner->title());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("Unlock"))) << qPrintable(banner->text());
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(child<QLineEdit>(m_wizard, QStringLiteral("tokenEdit"))->text().isEmpty())
        << "the token stays typed for the next try";
    m_secrets.setFailure(SecretResult::Status::Ok);
    EXPECT_EQ(d.verify(), TokenState::Stored);
    EXPECT_TRUE(d.button(QWizard::NextButton)->isEnabled());
}

TEST_F(SetupWizardTest, CancelAtEachStepLeavesNoWorkspaceAndNoKeychainEntry)
{
    s_sandbox->adminPost(QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), true}});
    for (int step = SetupWizard::PackagePageId; step <= SetupWizard::SyncPageId; ++step) {
        SCOPED_TRACE(step);
        Driver d = open();
        if (step >= SetupWizard::WorkspacePageId) {
            ASSERT_TRUE(d.passPackagePage());
            ASSERT_EQ(d.verify(), TokenState::Stored);
            EXPECT_EQ(m_secrets.keys().size(), 1) << "verified tokens go to the keychain at once";
        }
        if (step >= SetupWizard::SalesforcePageId) {
            ASSERT_TRUE(d.next());
            ASSERT_EQ(d.signIn(), SignInState::Checked);
            EXPECT_EQ(m_secrets.keys().size(), 2);
        }
        if (step >= SetupWizard::SyncPageId) {
            ASSERT_TRUE(d.next());
        }
        ASSERT_EQ(d.page(), step);
        cancel();
        EXPECT_TRUE(m_secrets.keys().isEmpty()) << qPrintable(m_secrets.keys().join(QLatin1Char(',')));
        EXPECT_TRUE(m_registry->list().isEmpty());
        EXPECT_TRUE(workspaceFiles().isEmpty()) << qPrintable(workspaceFiles().join(QLatin1Char(',')));
        delete m_wizard;
        m_wizard = nullptr;
    }
}

TEST_F(SetupWizardTest, BackKeepsWhatWasEntered)
{
    Driver d = open();
    ASSERT_TRUE(d.passPackagePage());
    typeInto(child<QLineEdit>(m_wizard, QStringLiteral("workspaceNameEdit")), QStringLiteral("Acme QA"));
    auto *environment = child<QComboBox>(m_wizard, QStringLiteral("environmentCombo"));
    environment->setCurrentText(QStringLiteral("QA"));
    ASSERT_EQ(d.verify(), TokenState::Stored);
    ASSERT_TRUE(d.next());
    click(d.button(QWizard::BackButton));
    ASSERT_EQ(d.page(), SetupWizard::WorkspacePageId);
    EXPECT_EQ(child<QLineEdit>(m_wizard, QStringLiteral("workspaceNameEdit"))->text(),
              QStringLiteral("Acme QA"));
    EXPECT_EQ(environment->currentText(), QStringLiteral("QA"));
    EXPECT_TRUE(child<QLabel>(m_wizard, QStringLiteral("tokenStoredLabel"))->isVisible());
    click(d.button(QWizard::BackButton));
    EXPECT_TRUE(child<QCheckBox>(m_wizard, QStringLiteral("packageInstalledCheck"))->isChecked());
    EXPECT_TRUE(d.next());
    EXPECT_TRUE(d.next()) << "the verified token still counts";
}

TEST_F(SetupWizardTest, EditingAWorkspaceChangesItsSetupAndReplacesSecretsOnlyOnSave)
{
    // A workspace set up by the wizard.
    s_sandbox->adminPost(QStringLiteral("/salesforce/oauth"), {{QStringLiteral("auto_approve"), true}});
    {
        Driver d = open();
        ASSERT_TRUE(d.passPackagePage());
        typeInto(child<QLineEdit>(m_wizard, QStringLiteral("workspaceNameEdit")),
                 QStringLiteral("Acme Staging"));
        ASSERT_EQ(d.verify(), TokenState::Stored);
        ASSERT_TRUE(d.next());
        ASSERT_EQ(d.signIn(), SignInState::Checked);
        ASSERT_TRUE(d.next());
        ASSERT_TRUE(d.next());
    }
    const std::optional<WorkspaceInfo> ws = m_registry->find(QStringLiteral("Acme Staging"));
    ASSERT_TRUE(ws.has_value());
    const QString tokenKey = SecretStore::keyFor(ws->id, SecretStore::Kind::MetronomeToken);
    QStringList keysBefore = m_secrets.keys();
    keysBefore.sort();

    // Replacing the token and cancelling leaves the workspace's secrets as they were.
    {
        Driver d = openEdit(ws->id);
        EXPECT_TRUE(m_wizard->windowTitle().contains(QStringLiteral("Acme Staging")));
        ASSERT_TRUE(d.next()) << "the package step is already confirmed";
        click(child<QPushButton>(m_wizard, QStringLiteral("replaceTokenButton")));
        EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled()) << "a replaced token must be verified";
        ASSERT_EQ(d.verify(s_sandbox->info().metronomeToken), TokenState::Stored);
        EXPECT_EQ(m_secrets.keys().size(), 3) << "the new token waits under its own key";
        cancel();
        QStringList keysAfter = m_secrets.keys();
        keysAfter.sort();
        EXPECT_EQ(keysAfter, keysBefore);
    }

    // Edit: rename, replace the token, keep the Salesforce sign-in, linked only, every 6 hours,
    // one object fewer. Save moves the new token under the workspace's key.
    Driver d = openEdit(ws->id);
    ASSERT_TRUE(d.next());
    typeInto(child<QLineEdit>(m_wizard, QStringLiteral("workspaceNameEdit")),
             QStringLiteral("Acme Staging EU"));
    click(child<QPushButton>(m_wizard, QStringLiteral("replaceTokenButton")));
    ASSERT_EQ(d.verify(s_sandbox->info().metronomeToken), TokenState::Stored);
    ASSERT_TRUE(d.next());
    EXPECT_TRUE(d.controller()->keepsExistingConnection());
    EXPECT_TRUE(child<QLabel>(m_wizard, QStringLiteral("identityLabel"))
                    ->text()
                    .contains(QStringLiteral("admin@nomesync-sandbox.example")));
    EXPECT_TRUE(d.button(QWizard::NextButton)->isEnabled()) << "the existing sign-in is kept";
    // Signing in again replaces the refresh token too, on Save only.
    const QString refreshKey = SecretStore::keyFor(ws->id, SecretStore::Kind::SalesforceRefreshToken);
    const QString oldRefresh = readSecret(refreshKey);
    ASSERT_EQ(d.signIn(), SignInState::Checked);
    EXPECT_FALSE(d.controller()->keepsExistingConnection());
    EXPECT_EQ(readSecret(refreshKey), oldRefresh);
    ASSERT_TRUE(d.next());
    click(child<QRadioButton>(m_wizard, QStringLiteral("scopeLinkedOnly")));
    click(child<QRadioButton>(m_wizard, QStringLiteral("scheduleEvery")));
    child<QSpinBox>(m_wizard, QStringLiteral("everyHoursSpin"))->setValue(6);
    auto *objects = qobject_cast<QStandardItemModel *>(
        child<QListView>(m_wizard, QStringLiteral("objectsView"))->model());
    QStandardItem *usage = nullptr;
    for (int row = 0; row < objects->rowCount(); ++row) {
        if (objects->item(row)->toolTip() == QStringLiteral("NOME__Metronome_Usage__c")) {
            usage = objects->item(row);
        }
    }
    ASSERT_NE(usage, nullptr);
    usage->setCheckState(Qt::Unchecked);
    EXPECT_EQ(d.button(QWizard::FinishButton)->text(), QStringLiteral("&Save Changes"));
    ASSERT_TRUE(d.next());
    EXPECT_FALSE(m_wizard->isVisible());

    const std::optional<WorkspaceInfo> edited = m_registry->find(ws->id);
    ASSERT_TRUE(edited.has_value());
    EXPECT_EQ(edited->name, QStringLiteral("Acme Staging EU"));
    WorkspaceDatabase db(edited->databasePath);
    ASSERT_TRUE(db.open());
    EXPECT_EQ(db.setting(SettingKeys::SyncScope), QStringLiteral("linked"));
    EXPECT_EQ(db.setting(SettingKeys::SyncSchedule), QStringLiteral("every:6h@07:00"));
    const QStringList synced = db.setting(SettingKeys::SyncObjects).split(QLatin1Char(','));
    EXPECT_EQ(synced.size(), 14);
    EXPECT_FALSE(synced.contains(QStringLiteral("NOME__Metronome_Usage__c")));
    EXPECT_EQ(db.setting(SettingKeys::SalesforceUsername), QStringLiteral("admin@nomesync-sandbox.example"));
    EXPECT_EQ(m_secrets.keys().size(), 2) << qPrintable(m_secrets.keys().join(QLatin1Char(',')));
    EXPECT_TRUE(m_secrets.contains(tokenKey));
    EXPECT_FALSE(readSecret(refreshKey).isEmpty());
    EXPECT_NE(readSecret(refreshKey), oldRefresh);
    EXPECT_EQ(m_registry->list().size(), 1);
}
