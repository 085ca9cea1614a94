// Workspace database faults, through the headless sync as a server runs it: a disk that fills
// up mid-run and a workspace file that cannot be written give a clear error and leave a
// consistent database that the next sync completes from; two processes on one workspace
// cannot both sync.
#include "SyncHarness.h"
#include "TestEnvironment.h"
#include "store/SettingKeys.h"
#include "store/WorkspaceDatabase.h"
#include "sync/RunRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace Sync;

namespace {

struct Result
{
    int exitCode = -1;
    bool crashed = false;
    QString output;
};

class WorkspaceFaults : public ::testing::Test
{
protected:
    void startRig(const QStringList &extra = {})
    {
        m_rig = std::make_unique<SyncHarness>(QStringList{QStringLiteral("--customers"), QStringLiteral("6"),
                                                          QStringLiteral("--seed"), QStringLiteral("4")} +
                                              extra);
        QString error;
        ASSERT_TRUE(m_rig->start(&error)) << qPrintable(error);
        m_rig->setWorkspaceSetting(SettingKeys::UsageDays, QStringLiteral("7"));
    }

    void prepare(QProcess &process, const std::function<void()> &inChild = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NOMESYNC_METRONOME_TOKEN"), m_rig->metronomeToken());
        env.insert(QStringLiteral("NOMESYNC_SALESFORCE_REFRESH_TOKEN"), m_rig->refreshToken());
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false"));
        process.setProcessEnvironment(env);
        if (inChild) {
            process.setChildProcessModifier(inChild);
        }
        process.setProgram(QStringLiteral(NOMESYNC_APP_PATH));
        process.setArguments({QStringLiteral("sync"), QStringLiteral("--quiet"),
                              QStringLiteral("--workspace"), m_rig->workspace().name,
                              QStringLiteral("--data-dir"), m_rig->dataDir()});
    }

    Result sync(const std::function<void()> &inChild = {}) const
    {
        QProcess process;
        prepare(process, inChild);
        process.start();
        Result r;
        if (!process.waitForFinished(180000)) {
            process.kill();
            process.waitForFinished();
        }
        r.exitCode = process.exitCode();
        r.crashed = process.exitStatus() == QProcess::CrashExit;
        r.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return r;
    }

    // The database is whole, no run is left "running", and one more sync completes with
    // Salesforce equal to Metronome.
    void expectConsistentAndRecoverable()
    {
        {
            WorkspaceDatabase db(m_rig->workspace().databasePath);
            ASSERT_TRUE(db.open());
            QSqlQuery check(db.connection());
            ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
            EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok"));
        }
        const Result again = sync();
        EXPECT_EQ(again.exitCode, 0) << qPrintable(again.output);
        WorkspaceDatabase db(m_rig->workspace().databasePath);
        for (const RunRecord &r : RunRepository(db).runs(RunRepository::Filter::All, 100)) {
            EXPECT_NE(r.state, RunState::Running) << r.id;
        }
        const QHash<QString, qint64> counts = m_rig->salesforceCounts();
        const QHash<QString, qint64> expected = m_rig->expectedCounts();
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            EXPECT_EQ(counts.value(it.key()), it.value()) << qPrintable(it.key());
        }
        WorkspaceDatabase::releaseThreadConnections();
    }

    std::unique_ptr<SyncHarness> m_rig;
};

} // namespace

TEST_F(WorkspaceFaults, ASecondProcessCannotSyncTheSameWorkspaceAndSaysSo)
{
    startRig({QStringLiteral("--latency-ms"), QStringLiteral("40")});
    QProcess first;
    prepare(first);
    first.start();
    ASSERT_TRUE(first.waitForStarted());
    // Wait until the first one holds the workspace (its run is recorded as running).
    ASSERT_TRUE(TestEnvironment::waitFor(
        [&]() {
            WorkspaceDatabase db(m_rig->workspace().databasePath);
            const QList<RunRecord> runs = RunRepository(db).runs(RunRepository::Filter::All, 1);
            return (!runs.isEmpty() && runs.first().state == RunState::Running) ||
                   first.state() == QProcess::NotRunning;
        },
        60000));
    ASSERT_EQ(first.state(), QProcess::Running) << "the first sync ended before the second could try";

    const Result second = sync();
    EXPECT_EQ(second.exitCode, 4) << qPrintable(second.output); // HeadlessCli::Busy
    EXPECT_TRUE(second.output.contains(QStringLiteral("already running"))) << qPrintable(second.output);
    EXPECT_EQ(first.state(), QProcess::Running) << "the refused sync did not disturb the running one";

    ASSERT_TRUE(first.waitForFinished(180000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().constData();
    WorkspaceDatabase db(m_rig->workspace().databasePath);
    const QList<RunRecord> runs = RunRepository(db).runs(RunRepository::Filter::All, 10);
    ASSERT_EQ(runs.size(), 1) << "the refused sync recorded no run";
    EXPECT_EQ(runs.first().state, RunState::Completed);
    WorkspaceDatabase::releaseThreadConnections();
}

TEST_F(WorkspaceFaults, ADiskThatFillsUpMidRunGivesAClearErrorAndAConsistentDatabase)
{
    startRig();
    WorkspaceDatabase::releaseThreadConnections();
    // No file of the process may grow past the database's size plus a few pages: the first
    // rows read fit, then every write fails as on a full disk (SIGXFSZ ignored, so write()
    // returns an error as ENOSPC would).
    const qint64 limit = QFileInfo(m_rig->workspace().databasePath).size() + 48 * 1024;
    const Result full = sync([limit]() {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit r{static_cast<rlim_t>(limit), static_cast<rlim_t>(limit)};
        ::setrlimit(RLIMIT_FSIZE, &r);
    });
    EXPECT_FALSE(full.crashed) << qPrintable(full.output);
    EXPECT_NE(full.exitCode, 0) << qPrintable(full.output);
    std::printf("[ disk full] exit %d: %s\n", full.exitCode, qPrintable(full.output.trimmed()));
    EXPECT_TRUE(full.output.contains(QStringLiteral("workspace database"), Qt::CaseInsensitive) &&
                full.output.contains(QStringLiteral("disk"), Qt::CaseInsensitive))
        << "the message names the cause: " << qPrintable(full.output);
    expectConsistentAndRecoverable();
}

TEST_F(WorkspaceFaults, AReadOnlyWorkspaceFileGivesAClearErrorAndChangesNothing)
{
    startRig();
    WorkspaceDatabase::releaseThreadConnections();
    const QString path = m_rig->workspace().databasePath;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    std::function<void()> asUser;
    if (::geteuid() == 0) {
        // Root writes any file: run the sync as nobody, who may read the workspace but not write it.
        for (QString dir = QFileInfo(path).absolutePath(); dir.startsWith(m_rig->dataDir());
             dir = QFileInfo(dir).absolutePath()) {
            QFile::setPermissions(dir,
                                  QFile::permissions(dir) | QFileDevice::ReadOther | QFileDevice::ExeOther);
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::setPermissions(path + suffix, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        }
        asUser = []() {
            if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
                ::_exit(99);
            }
        };
    }
    const QByteArray before = [&]() {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const qint64 writes = m_rig->salesforceWriteCalls();
    const Result readOnly = sync(asUser);
    ASSERT_NE(readOnly.exitCode, 99) << "could not switch to nobody";
    EXPECT_FALSE(readOnly.crashed) << qPrintable(readOnly.output);
    EXPECT_NE(readOnly.exitCode, 0) << qPrintable(readOnly.output);
    std::printf("[ readonly ] exit %d: %s\n", readOnly.exitCode, qPrintable(readOnly.output.trimmed()));
    // What the command itself says (not a log line) names the file and the cause.
    QStringList said;
    for (const QString &line : readOnly.output.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("nomesync."))) {
            said.append(line);
        }
    }
    const QString message = said.join(QLatin1Char('\n'));
    EXPECT_TRUE(message.contains(QFileInfo(path).fileName()) &&
                (message.contains(QStringLiteral("readonly"), Qt::CaseInsensitive) ||
                 message.contains(QStringLiteral("read-only"), Qt::CaseInsensitive)))
        << "the message names the file and the cause: " << qPrintable(message);
    EXPECT_EQ(m_rig->salesforceWriteCalls(), writes) << "nothing was sent that could not be recorded";
    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), before) << "the workspace file is untouched";

    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    expectConsistentAndRecoverable();
}
