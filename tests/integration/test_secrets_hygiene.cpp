// Secrets hygiene: syncs with known secrets (the sandbox's Metronome token, a minted Salesforce
// refresh token and the access tokens the org hands out), along the paths that log the most
// (every nomesync debug category on, retries, token refreshes, failed rows), then scans
// everything NomeSync left behind - log files, the workspace database with its WAL, the
// failure CSV, the dry-run export, the --stats file, the terminal output and the process's
// command line - for them. Also: TLS errors are never ignored, and nothing is sent over a
// connection whose certificate does not verify.
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "logging/Logging.h"
#include "net/HttpTransport.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RunRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Sync;

namespace {

struct Leak
{
    QString where;
    QString what;
};

class SecretScanner
{
public:
    void addSecret(const QString &name, const QString &value) { m_secrets.append({name, value.toUtf8()}); }

    QList<Leak> scan(const QString &where, const QByteArray &bytes) const
    {
        QList<Leak> leaks;
        for (const auto &secret : m_secrets) {
            if (bytes.contains(secret.second)) {
                leaks.append({where, secret.first});
            }
        }
        // Salesforce access tokens: the org ID's 15 characters, "!", then the session part.
        static const QRegularExpression access(
            QStringLiteral(R"re(00D[A-Za-z0-9]{12}![A-Za-z0-9._\-]{20,})re"));
        if (access.match(QString::fromLatin1(bytes)).hasMatch()) {
            leaks.append({where, QStringLiteral("a Salesforce access token")});
        }
        return leaks;
    }

    QList<Leak> scanTree(const QString &directory, int *files) const
    {
        QList<Leak> leaks;
        QDirIterator it(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                ++*files;
                leaks += scan(path, file.readAll());
            }
        }
        return leaks;
    }

private:
    QList<QPair<QString, QByteArray>> m_secrets;
};

QString describe(const QList<Leak> &leaks)
{
    QStringList lines;
    for (const Leak &l : leaks) {
        lines.append(QString(l.what + QStringLiteral(" in ") + l.where));
    }
    return lines.join(QLatin1Char('\n'));
}

// Every nomesync category at every level, whatever QT_LOGGING_RULES says.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;
void verboseFilter(QLoggingCategory *category)
{
    if (g_previousFilter) {
        g_previousFilter(category);
    }
    if (qstrncmp(category->categoryName(), "nomesync", 8) == 0) {
        category->setEnabled(QtDebugMsg, true);
        category->setEnabled(QtInfoMsg, true);
    }
}

} // namespace

TEST(SecretsHygiene, ASyncLeavesNoSecretInLogsDatabaseExportsOutputOrCommandLine)
{
    SyncHarness rig({QStringLiteral("--customers"), QStringLiteral("6"), QStringLiteral("--seed"),
                     QStringLiteral("5"), QStringLiteral("--metronome-fault-5xx"), QStringLiteral("0.01"),
                     QStringLiteral("--salesforce-session-calls"), QStringLiteral("15")});
    QString error;
    ASSERT_TRUE(rig.start(&error)) << qPrintable(error);
    rig.setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("5"));
    rig.setWorkspaceSetting(SettingKeys::LockRetryRounds, QStringLiteral("1")); // a locked row fails sooner
    // Two customers whose Salesforce rows never get the lock: failed rows, skipped children,
    // row errors in the database and in the CSV.
    const QList<QJsonObject> customers = rig.metronomeCustomers();
    ASSERT_GE(customers.size(), 2);
    rig.sandbox().adminPost(
        QStringLiteral("/salesforce/sf-faults"),
        {{QStringLiteral("lock_keys"), QJsonArray{customers.at(0).value(QStringLiteral("id")).toString(),
                                                  customers.at(1).value(QStringLiteral("id")).toString()}},
         {QStringLiteral("lock_attempts"), 100}});
    rig.sandbox().adminPost(QStringLiteral("/salesforce/faults"),
                            {{QStringLiteral("server_error_rate"), 0.02}});

    SecretScanner scanner;
    scanner.addSecret(QStringLiteral("the Metronome token"), rig.metronomeToken());
    scanner.addSecret(QStringLiteral("the Salesforce refresh token"), rig.refreshToken());
    QList<Leak> leaks;

    // 1. In process, with the app's own log file.
    QTemporaryDir logs;
    g_previousFilter = QLoggingCategory::installFilter(verboseFilter);
    Logging::install(logs.path(), false);
    const SyncHarness::Outcome inProcess = rig.sync();
    qInstallMessageHandler(nullptr);
    QLoggingCategory::installFilter(g_previousFilter);
    EXPECT_EQ(inProcess.state, RunState::CompletedWithErrors) << qPrintable(inProcess.message); // locked rows
    EXPECT_GT(inProcess.run.totalFailed(), 0);

    // 2. Headless, as the systemd timer runs it: secrets in the environment, never in argv.
    QTemporaryDir work;
    const QString stats = work.filePath(QStringLiteral("stats.json"));
    // Slow answers keep the headless process alive long enough to read its /proc entries.
    rig.sandbox().adminPost(QStringLiteral("/metronome/faults"), {{QStringLiteral("latency_ms"), 100}});
    QProcess sync;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NOMESYNC_METRONOME_TOKEN"), rig.metronomeToken());
    env.insert(QStringLiteral("NOMESYNC_SALESFORCE_REFRESH_TOKEN"), rig.refreshToken());
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("nomesync.*.debug=true"));
    sync.setProcessEnvironment(env);
    sync.start(QStringLiteral(NOMESYNC_APP_PATH),
               {QStringLiteral("sync"), QStringLiteral("--workspace"), rig.workspace().name,
                QStringLiteral("--data-dir"), rig.dataDir(), QStringLiteral("--stats"), stats});
    ASSERT_TRUE(sync.waitForStarted());
    const QString proc = QStringLiteral("/proc/%1/").arg(sync.processId());
    auto readProc = [&proc](const char *entry) {
        QFile file(proc + QLatin1String(entry));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    // Right after the start the child may not have exec'd yet: wait for its own command line.
    QByteArray arguments;
    TestEnvironment::waitFor(
        [&]() {
            arguments = readProc("cmdline");
            return arguments.contains("--workspace") || sync.state() == QProcess::NotRunning;
        },
        10000);
    const QByteArray environment = readProc("environ");
    EXPECT_TRUE(arguments.contains("--workspace")) << "read from the live process";
    ASSERT_TRUE(sync.waitForFinished(180000));
    const QByteArray terminal = sync.readAllStandardOutput() + sync.readAllStandardError();
    EXPECT_EQ(sync.exitCode(), 1) << terminal.constData(); // the locked rows failed again
    EXPECT_TRUE(terminal.contains("debug") || terminal.contains("->")) << "debug logging was on";
    // The scanner finds the tokens where they are meant to be (the environment)...
    EXPECT_EQ(scanner.scan(QStringLiteral("environ"), environment).size(), 2);
    // ... and nowhere else.
    leaks += scanner.scan(QStringLiteral("/proc/<pid>/cmdline"), arguments);
    leaks += scanner.scan(QStringLiteral("the headless sync's stdout/stderr"), terminal);

    // 3. The exports: the failed rows as CSV, a dry run's rows.
    WorkspaceDatabase db(rig.workspace().databasePath);
    const QList<RunRecord> runs = RunRepository(db).runs(RunRepository::Filter::All, 10);
    ASSERT_EQ(runs.size(), 2);
    const QString csv = work.filePath(QStringLiteral("failures.csv"));
    QProcess errors;
    errors.start(QStringLiteral(NOMESYNC_APP_PATH),
                 {QStringLiteral("errors"), QString::number(runs.first().id), QStringLiteral("--csv"), csv,
                  QStringLiteral("--workspace"), rig.workspace().name, QStringLiteral("--data-dir"),
                  rig.dataDir()});
    ASSERT_TRUE(errors.waitForFinished(60000));
    EXPECT_EQ(errors.exitCode(), 0) << errors.readAllStandardError().constData();
    const QString exportDir = work.filePath(QStringLiteral("dry-run"));
    QString dryOutput;
    EXPECT_EQ(rig.runCommand({QStringLiteral("--full"), QStringLiteral("--dry-run"),
                              QStringLiteral("--export"), exportDir},
                             QByteArray(), nullptr, &dryOutput),
              0)
        << qPrintable(dryOutput);
    leaks += scanner.scan(QStringLiteral("the dry run's stdout/stderr"), dryOutput.toUtf8());
    int files = 0;
    leaks += scanner.scanTree(rig.dataDir(), &files); // workspace databases, WAL, anything else
    leaks += scanner.scanTree(logs.path(), &files);
    leaks += scanner.scanTree(work.path(), &files);

    // The scan looked at real content.
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    EXPECT_GT(csvFile.readAll().count('\n'), 2) << "the failure CSV has rows";
    QFile log(QDir(logs.path()).filePath(QStringLiteral("nomesync.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly));
    const QByteArray logText = log.readAll();
    EXPECT_TRUE(logText.contains(" debug nomesync.")) << "the log file has the debug lines";
    EXPECT_TRUE(QFileInfo::exists(exportDir)) << "the dry run exported its rows";
    EXPECT_GE(files, 6);

    EXPECT_TRUE(leaks.isEmpty()) << qPrintable(describe(leaks));
}

namespace {

// A loopback HTTPS server with a self-signed certificate (made with the openssl tool, which
// ca-certificates brings along) that counts the bytes of HTTP it is sent.
class SelfSignedServer
{
public:
    bool start(QString *error)
    {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            *error = QString::fromLocal8Bit(openssl.readAllStandardError());
            return false;
        }
        QFile keyFile(key);
        QFile certFile(cert);
        if (!keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("no key or certificate");
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        m_server.setSslConfiguration(config);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, &m_server, [this]() {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket,
                                 [this, socket]() { m_received += socket->readAll(); });
            }
        });
        if (!m_server.listen(QHostAddress::LocalHost)) {
            *error = m_server.errorString();
            return false;
        }
        return true;
    }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray received() const { return m_received; }

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    QByteArray m_received;
};

} // namespace

TEST(SecretsHygiene, ACertificateThatDoesNotVerifyStopsTheCallBeforeAnyHeaderIsSent)
{
    if (!QSslSocket::supportsSsl()) {
        GTEST_FAIL() << "no TLS backend";
    }
    SelfSignedServer server;
    QString error;
    ASSERT_TRUE(server.start(&error)) << qPrintable(error);
    HttpTransport transport;
    HttpRequest request;
    request.url = QUrl(QStringLiteral("https://127.0.0.1:%1/v1/customers").arg(server.port()));
    request.headers.append(
        {QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer mt_must_not_leave")});
    HttpResponse response;
    bool done = false;
    transport.send(request, nullptr, [&](const HttpResponse &r) {
        response = r;
        done = true;
    });
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return done; }, 30000));
    EXPECT_EQ(response.outcome, HttpResponse::Outcome::Network);
    EXPECT_EQ(response.networkError, QNetworkReply::SslHandshakeFailedError)
        << qPrintable(response.errorString);
    EXPECT_EQ(response.attempts, 1) << "a certificate error is not retried";
    EXPECT_FALSE(server.received().contains("mt_must_not_leave"));
    EXPECT_FALSE(server.received().contains("GET /v1/customers"));
}
