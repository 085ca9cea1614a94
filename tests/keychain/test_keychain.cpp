#include "TestEnvironment.h"
#include "secrets/KeychainSecretStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>

#include <gtest/gtest.h>

namespace {

SecretResult runAndWait(const std::function<void(SecretStore::Callback)> &operation)
{
    SecretResult out;
    bool done = false;
    operation([&](const SecretResult &r) {
        out = r;
        done = true;
    });
    EXPECT_TRUE(TestEnvironment::waitFor([&]() { return done; }, 30000));
    return out;
}

struct ProbeOutput
{
    QString status;
    QString message;
};

ProbeOutput runProbe(const QStringList &arguments, const QProcessEnvironment &environment,
                     const QString &wrapper = QString())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (wrapper.isEmpty()) {
        process.start(QStringLiteral(NOMESYNC_KEYCHAIN_PROBE), arguments);
    } else {
        process.start(wrapper, QStringList{QStringLiteral(NOMESYNC_KEYCHAIN_PROBE)} + arguments);
    }
    EXPECT_TRUE(process.waitForFinished(90000));
    const QString line = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    const int tab = line.indexOf(QLatin1Char('\t'));
    return ProbeOutput{line.left(tab), line.mid(tab + 1)};
}

} // namespace

// These run inside the private D-Bus session with an unlocked throwaway gnome-keyring
// (tests/support/run-with-keyring.sh), i.e. against the real Secret Service.
TEST(Keychain, StoresReadsOverwritesAndDeletesASecret)
{
    KeychainSecretStore store(QStringLiteral("NomeSyncTests"));
    const QString key =
        QStringLiteral("ws-%1/metronome-api-token").arg(QUuid::createUuid().toString(QUuid::Id128));

    SecretResult missing = runAndWait([&](auto cb) { store.read(key, nullptr, cb); });
    EXPECT_EQ(missing.status, SecretResult::Status::NotFound) << qPrintable(missing.detail);

    SecretResult written =
        runAndWait([&](auto cb) { store.write(key, QStringLiteral("first-value-123"), nullptr, cb); });
    ASSERT_TRUE(written.ok()) << qPrintable(written.userMessage());
    SecretResult read = runAndWait([&](auto cb) { store.read(key, nullptr, cb); });
    ASSERT_TRUE(read.ok()) << qPrintable(read.userMessage());
    EXPECT_EQ(read.value, QStringLiteral("first-value-123"));

    SecretResult overwritten =
        runAndWait([&](auto cb) { store.write(key, QStringLiteral("second-välue-456"), nullptr, cb); });
    ASSERT_TRUE(overwritten.ok());
    read = runAndWait([&](auto cb) { store.read(key, nullptr, cb); });
    EXPECT_EQ(read.value, QStringLiteral("second-välue-456"));

    SecretResult removed = runAndWait([&](auto cb) { store.remove(key, nullptr, cb); });
    EXPECT_TRUE(removed.ok()) << qPrintable(removed.userMessage());
    read = runAndWait([&](auto cb) { store.read(key, nullptr, cb); });
    EXPECT_EQ(read.status, SecretResult::Status::NotFound);
}

TEST(Keychain, KeysOfTwoWorkspacesDoNotCollide)
{
    KeychainSecretStore store(QStringLiteral("NomeSyncTests"));
    const QString a = SecretStore::keyFor(QStringLiteral("prod-aaaaaa"), SecretStore::Kind::MetronomeToken);
    const QString b =
        SecretStore::keyFor(QStringLiteral("staging-bbbbbb"), SecretStore::Kind::MetronomeToken);
    ASSERT_TRUE(
        runAndWait([&](auto cb) { store.write(a, QStringLiteral("token-a-000000"), nullptr, cb); }).ok());
    ASSERT_TRUE(
        runAndWait([&](auto cb) { store.write(b, QStringLiteral("token-b-111111"), nullptr, cb); }).ok());
    EXPECT_EQ(runAndWait([&](auto cb) { store.read(a, nullptr, cb); }).value,
              QStringLiteral("token-a-000000"));
    EXPECT_EQ(runAndWait([&](auto cb) { store.read(b, nullptr, cb); }).value,
              QStringLiteral("token-b-111111"));
}

TEST(Keychain, ReportsNoSecretServiceWhenNoneIsRunning)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent/nomesync-bus"));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    for (const QString &op : {QStringLiteral("write"), QStringLiteral("read")}) {
        const ProbeOutput out = runProbe({op, QStringLiteral("any-key"), QStringLiteral("v")}, environment);
        EXPECT_EQ(out.status, QStringLiteral("no-service"))
            << qPrintable(op) << " " << qPrintable(out.message);
        EXPECT_TRUE(out.message.contains(QStringLiteral("No system keychain is available")))
            << qPrintable(out.message);
    }
}

TEST(Keychain, ReportsALockedKeyringWithTheFix)
{
    // A fresh session bus whose login keyring exists but nobody has unlocked it.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.remove(QStringLiteral("NOMESYNC_IN_LOCKED_SESSION"));
    const ProbeOutput out =
        runProbe({QStringLiteral("write"), QStringLiteral("locked-key"), QStringLiteral("v")}, environment,
                 TestEnvironment::sourcePath(QStringLiteral("tests/support/run-with-locked-keyring.sh")));
    EXPECT_EQ(out.status, QStringLiteral("locked")) << qPrintable(out.message);
    EXPECT_TRUE(out.message.contains(QStringLiteral("Unlock it"))) << qPrintable(out.message);
}
