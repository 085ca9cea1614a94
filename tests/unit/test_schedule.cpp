#include "sync/Schedule.h"

#include <QTimeZone>

#include <gtest/gtest.h>

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC);
}
} // namespace

TEST(Schedule, DefaultsToDailyAtSevenUtc)
{
    const Schedule s = Schedule::defaultSchedule();
    EXPECT_EQ(s.toString(), QStringLiteral("daily@07:00"));
    EXPECT_EQ(s.describe(), QStringLiteral("Daily at 07:00 UTC"));
    EXPECT_EQ(s.nextAfter(utc(2026, 11, 21, 6, 59)), utc(2026, 11, 21, 7));
    EXPECT_EQ(s.nextAfter(utc(2026, 11, 21, 7)), utc(2026, 11, 22, 7));
    EXPECT_EQ(s.latestAtOrBefore(utc(2026, 11, 21, 3)), utc(2026, 11, 20, 7));
    // Local time zones never matter: the input is converted to UTC first.
    const QDateTime berlin = QDateTime(QDate(2026, 11, 21), QTime(7, 30), QTimeZone("Europe/Berlin"));
    EXPECT_EQ(s.nextAfter(berlin), utc(2026, 11, 21, 7)); // 07:30 in Berlin is 06:30 UTC in November
}

TEST(Schedule, EveryNHoursFromTheAnchor)
{
    const Schedule s = Schedule::everyHours(6);
    EXPECT_EQ(s.toString(), QStringLiteral("every:6h@07:00"));
    EXPECT_EQ(s.nextAfter(utc(2026, 11, 21, 7, 1)), utc(2026, 11, 21, 13));
    EXPECT_EQ(s.nextAfter(utc(2026, 11, 21, 23)), utc(2026, 11, 22, 1));
    EXPECT_EQ(Schedule::everyHours(1).nextAfter(utc(2026, 11, 21, 10, 30)), utc(2026, 11, 21, 11));
}

TEST(Schedule, ParsesWhatItWritesAndRejectsNonsense)
{
    for (const Schedule &s :
         {Schedule::daily(QTime(22, 15)), Schedule::everyHours(3, QTime(0, 30)), Schedule::off()}) {
        const auto parsed = Schedule::parse(s.toString());
        ASSERT_TRUE(parsed.has_value()) << qPrintable(s.toString());
        EXPECT_TRUE(*parsed == s);
    }
    EXPECT_FALSE(Schedule::parse(QStringLiteral("daily@25:00")).has_value());
    EXPECT_FALSE(Schedule::parse(QStringLiteral("every:0h")).has_value());
    EXPECT_FALSE(Schedule::parse(QStringLiteral("weekly")).has_value());
    EXPECT_FALSE(Schedule::off().nextAfter(utc(2026, 1, 1, 0)).isValid());
}

TEST(Schedule, CatchesUpAMissedRunOnceAfterSleep)
{
    const Schedule s = Schedule::defaultSchedule();
    // Last run yesterday at 07:02; the laptop slept through today's 07:00; it is now 11:00.
    EXPECT_TRUE(s.isDue(utc(2026, 11, 20, 7, 2), utc(2026, 11, 21, 11)));
    // After the catch-up run started at 11:00, nothing is due until tomorrow 07:00.
    EXPECT_FALSE(s.isDue(utc(2026, 11, 21, 11), utc(2026, 11, 21, 18)));
    EXPECT_TRUE(s.isDue(utc(2026, 11, 21, 11), utc(2026, 11, 22, 7)));
    // Three missed days still mean one run.
    EXPECT_TRUE(s.isDue(utc(2026, 11, 17, 7), utc(2026, 11, 21, 9)));
    EXPECT_FALSE(Schedule::off().isDue(QDateTime(), utc(2026, 11, 21, 9)));
}
