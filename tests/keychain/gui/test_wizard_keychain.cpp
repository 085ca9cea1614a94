// Step 2 of the setup wizard against the real Secret Service (a throwaway gnome-keyring in a
// private D-Bus session, tests/support/run-with-keyring.sh) and a real nomesync-sandbox.

#include "WizardDriver.h"
#include "secrets/KeychainSecretStore.h"
#include "store/WorkspaceDatabase.h"
#include "store/WorkspaceRegistry.h"
#include "wizard/NoticeBanner.h"

#include <QDir>
#include <QLabel>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace WizardTest;
using TokenState = SetupWizardController::TokenState;

namespace {

SecretResult readSecret(SecretStore &store, const QString &key)
{
    SecretResult out;
    bool done = false;
    store.read(key, nullptr, [&](const SecretResult &r) {
        out = r;
        done = true;
    });
    EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }, 30000));
    return out;
}

} // namespace

TEST(WizardKeychain, AWrongTokenIsRefusedInlineAndTheRightOneLandsInTheKeychainUntilCancel)
{
    SandboxProcess sandbox({QStringLiteral("--customers"), QStringLiteral("12")});
    QString error;
    ASSERT_TRUE(sandbox.start(&error)) << qPrintable(error);
    QTemporaryDir dir;
    WorkspaceRegistry registry(QDir(dir.path()).filePath(QStringLiteral("workspaces")));
    KeychainSecretStore keychain(QStringLiteral("NomeSyncTests"));

    auto *controller = new SetupWizardController(&registry, &keychain);
    controller->setUrlOpener([](const QUrl &) { return true; });
    controller->useSandbox(infoOf(sandbox));
    SetupWizard wizard(controller);
    wizard.show();
    Driver d(&wizard);
    ASSERT_TRUE(d.passPackagePage());

    // A wrong token: Metronome says no, inline; Next stays disabled; nothing is stored.
    EXPECT_EQ(d.verify(QStringLiteral("not-the-token-0000")), TokenState::Failed);
    auto *banner = child<NoticeBanner>(&wizard, QStringLiteral("metronomeResult"));
    EXPECT_TRUE(banner->isVisible());
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Error);
    EXPECT_TRUE(banner->title().contains(QStringLiteral("did not accept"))) << qPrintable(banner->title());
    EXPECT_TRUE(banner->text().contains(QStringLiteral("rejected"))) << qPrintable(banner->text());
    EXPECT_FALSE(d.button(QWizard::NextButton)->isEnabled());
    EXPECT_FALSE(d.next());
    const QString pendingKey =
        SecretStore::keyFor(d.controller()->pendingWorkspaceId(), SecretStore::Kind::MetronomeToken);
    EXPECT_EQ(readSecret(keychain, pendingKey).status, SecretResult::Status::NotFound);

    // The right one: verified, in the real keychain, and gone from the window.
    EXPECT_EQ(d.verify(sandbox.info().metronomeToken), TokenState::Stored);
    EXPECT_EQ(banner->kind(), NoticeBanner::Kind::Success);
    EXPECT_TRUE(d.button(QWizard::NextButton)->isEnabled());
    EXPECT_TRUE(child<QLineEdit>(&wizard, QStringLiteral("tokenEdit"))->text().isEmpty());
    EXPECT_TRUE(child<QLabel>(&wizard, QStringLiteral("tokenStoredLabel"))->isVisible());
    const SecretResult stored = readSecret(keychain, pendingKey);
    ASSERT_TRUE(stored.ok()) << qPrintable(stored.userMessage());
    EXPECT_EQ(stored.value, sandbox.info().metronomeToken);

    // Cancel: the keychain entry goes with the wizard.
    bool abandoned = false;
    QObject::connect(&wizard, &SetupWizard::abandoned, &wizard, [&]() { abandoned = true; });
    click(wizard.button(QWizard::CancelButton));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return abandoned; }, 30000));
    EXPECT_EQ(readSecret(keychain, pendingKey).status, SecretResult::Status::NotFound);
    EXPECT_TRUE(registry.list().isEmpty());
    WorkspaceDatabase::releaseThreadConnections();
}
