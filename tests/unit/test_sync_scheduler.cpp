#include "sync/SyncScheduler.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

TEST(SyncScheduler, FiresOnceForMissedSlotsAndNotAgainUntilTheNext)
{
    SyncScheduler scheduler;
    QSignalSpy due(&scheduler, &SyncScheduler::due);
    const QDateTime lastRun(QDate(2026, 11, 18), QTime(7, 1), Qt::UTC);
    scheduler.setWorkspace(QStringLiteral("prod"), Schedule::defaultSchedule(), lastRun);
    scheduler.setWorkspace(QStringLiteral("manual"), Schedule::off(), lastRun);

    scheduler.check(QDateTime(QDate(2026, 11, 21), QTime(9, 0), Qt::UTC)); // three days asleep
    ASSERT_EQ(due.count(), 1);
    EXPECT_EQ(due.at(0).at(0).toString(), QStringLiteral("prod"));
    scheduler.check(QDateTime(QDate(2026, 11, 21), QTime(20, 0), Qt::UTC));
    EXPECT_EQ(due.count(), 1);
    scheduler.check(QDateTime(QDate(2026, 11, 22), QTime(7, 0), Qt::UTC));
    EXPECT_EQ(due.count(), 2);
}
