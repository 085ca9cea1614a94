// Settings ▸ Daily Sync in the Background: the units it writes, the systemctl calls it makes,
// and the errors it reports, against a fake systemctl.
#include "desktop/SystemdUserTimer.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A systemctl that logs its arguments and fails on `failOn` with a message on stderr.
QString fakeSystemctl(const QTemporaryDir &dir, const QString &failOn = QString())
{
    const QString path = dir.filePath(QStringLiteral("systemctl"));
    QFile script(path);
    EXPECT_TRUE(script.open(QIODevice::WriteOnly));
    script.write(QStringLiteral("#!/bin/sh\n"
                                "echo \"$*\" >> \"%1\"\n"
                                "case \"$*\" in *\"%2\"*) [ -n \"%2\" ] && { echo 'Failed to connect to bus' "
                                ">&2; exit 1; };; esac\n"
                                "exit 0\n")
                     .arg(dir.filePath(QStringLiteral("calls.log")), failOn)
                     .toUtf8());
    script.close();
    script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

} // namespace

TEST(SystemdUserTimer, ThePackagedUnitsAreTheOnesTheAppWrites)
{
    EXPECT_EQ(readAll(QStringLiteral(NOMESYNC_SOURCE_DIR "/packaging/systemd/nomesync-sync.timer")),
              SystemdUserTimer::timerUnitText());
    EXPECT_EQ(readAll(QStringLiteral(NOMESYNC_SOURCE_DIR "/packaging/systemd/nomesync-sync.service")),
              SystemdUserTimer::serviceUnitText(QStringLiteral("/usr/bin/nomesync"), QString()));
    EXPECT_TRUE(SystemdUserTimer::timerUnitText().contains(QLatin1String("OnCalendar=*-*-* 07:00:00 UTC")));
}

TEST(SystemdUserTimer, QuotesPathsAndEscapesSpecifiers)
{
    const QString unit = SystemdUserTimer::serviceUnitText(QStringLiteral("/opt/my apps/nomesync"),
                                                           QStringLiteral("/data/100%$x"));
    EXPECT_TRUE(unit.contains(QLatin1String(
        "ExecStart=\"/opt/my apps/nomesync\" sync --all --scheduled --quiet --data-dir \"/data/100%%$$x\"")))
        << qPrintable(unit);
}

TEST(SystemdUserTimer, EnableWritesTheUnitsReloadsAndEnablesTheTimer)
{
    QTemporaryDir dir;
    SystemdUserTimer timer;
    timer.setSystemctlProgram(fakeSystemctl(dir));
    timer.setUserUnitDirectory(dir.filePath(QStringLiteral("units")));
    timer.setPackagedUnitDirectory(dir.filePath(QStringLiteral("none")));
    QSignalSpy finished(&timer, &SystemdUserTimer::finished);
    timer.enable(QStringLiteral("/build/bin/nomesync"), QStringLiteral("/tmp/demo"));
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_TRUE(finished.at(0).at(0).toBool()) << qPrintable(finished.at(0).at(1).toString());
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("calls.log"))),
              QStringLiteral("--user daemon-reload\n--user enable --now nomesync-sync.timer\n"));
    const QString service = readAll(dir.filePath(QStringLiteral("units/nomesync-sync.service")));
    EXPECT_TRUE(service.contains(QLatin1String("ExecStart=/build/bin/nomesync sync --all --scheduled --quiet "
                                               "--data-dir /tmp/demo")))
        << qPrintable(service);
    EXPECT_EQ(readAll(dir.filePath(QStringLiteral("units/nomesync-sync.timer"))),
              SystemdUserTimer::timerUnitText());
}

TEST(SystemdUserTimer, ReportsWhatSystemctlSaidWhenItFails)
{
    QTemporaryDir dir;
    SystemdUserTimer timer;
    timer.setSystemctlProgram(fakeSystemctl(dir, QStringLiteral("enable")));
    timer.setUserUnitDirectory(dir.filePath(QStringLiteral("units")));
    QSignalSpy finished(&timer, &SystemdUserTimer::finished);
    timer.enable(QStringLiteral("/build/bin/nomesync"), QString());
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    const QString message = finished.at(0).at(1).toString();
    EXPECT_TRUE(message.contains(QLatin1String("systemctl --user enable --now nomesync-sync.timer")))
        << qPrintable(message);
    EXPECT_TRUE(message.contains(QLatin1String("Failed to connect to bus"))) << qPrintable(message);
    EXPECT_FALSE(timer.isBusy());
}

TEST(SystemdUserTimer, SaysWhatToDoWithoutSystemd)
{
    QTemporaryDir dir;
    SystemdUserTimer timer;
    timer.setSystemctlProgram(dir.filePath(QStringLiteral("no-such-systemctl")));
    QSignalSpy finished(&timer, &SystemdUserTimer::finished);
    timer.disable();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(finished.at(0).at(0).toBool());
    EXPECT_TRUE(finished.at(0).at(1).toString().contains(QLatin1String("nomesync sync --all --scheduled")));
}
