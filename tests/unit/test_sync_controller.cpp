#include "FakeSyncEnds.h"
#include "TestEnvironment.h"
#include "sync/SyncController.h"
#include "util/Decimal.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

using namespace Sync;

namespace {

struct Observed
{
    std::atomic<QThread *> readerThread{nullptr};
    std::atomic<QThread *> loaderThread{nullptr};
    std::atomic<QThread *> factoryThread{nullptr};
};

SyncController::EndpointFactory fakes(Observed *observed, int customers, int loaderDelayMs)
{
    return [=](QObject *owner) {
        observed->factoryThread = QThread::currentThread();
        auto *reader = new FakeSourceReader(owner);
        for (int i = 0; i < customers; ++i) {
            reader->data[QStringLiteral("customers")].append(
                {{QStringLiteral("id"), QStringLiteral("c%1").arg(i)},
                 {QStringLiteral("customer_id"), QStringLiteral("c%1").arg(i)},
                 {QStringLiteral("name"), QStringLiteral("Customer %1").arg(i)}});
        }
        auto *loader = new FakeRecordLoader(owner);
        loader->delayMs = loaderDelayMs;
        loader->concurrency = 1;
        QObject::connect(reader, &SourceReader::finished, owner,
                         [=]() { observed->readerThread = reader->startedOn; });
        QObject::connect(owner, &QObject::destroyed, owner,
                         [=]() { observed->loaderThread = loader->writtenOn; });
        return SyncController::Endpoints{reader, loader};
    };
}

} // namespace

TEST(SyncController, RunsTheEngineOffTheCallingThreadAndReportsByQueuedSignals)
{
    QTemporaryDir dir;
    SyncSettings settings;
    settings.databasePath = QDir(dir.path()).filePath(QStringLiteral("ws.db"));
    settings.environment = QStringLiteral("Production");
    Observed observed;
    SyncController controller;
    QSignalSpy started(&controller, &SyncController::started);
    QSignalSpy counts(&controller, &SyncController::countsChanged);
    QSignalSpy finished(&controller, &SyncController::finished);
    QString error;
    ASSERT_TRUE(controller.start(settings, fakes(&observed, 450, 0), &error)) << qPrintable(error);
    EXPECT_TRUE(controller.isRunning());
    EXPECT_FALSE(controller.start(settings, fakes(&observed, 1, 0), &error));

    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return finished.count() == 1; }, 30000));
    EXPECT_EQ(finished.at(0).at(1).value<RunState>(), RunState::Completed)
        << qPrintable(finished.at(0).at(2).toString());
    EXPECT_EQ(started.count(), 1);
    EXPECT_GT(counts.count(), 0);
    EXPECT_FALSE(controller.isRunning());
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return observed.loaderThread.load() != nullptr; }));

    // None of the work happened on this (the GUI's) thread.
    QThread *mine = QThread::currentThread();
    EXPECT_NE(observed.factoryThread.load(), mine);
    EXPECT_NE(observed.readerThread.load(), mine);
    EXPECT_NE(observed.loaderThread.load(), mine);
    EXPECT_EQ(observed.readerThread.load(), observed.loaderThread.load());
}

TEST(SyncController, CancelStopsWithinASecondAndLeavesACancelledRun)
{
    QTemporaryDir dir;
    SyncSettings settings;
    settings.databasePath = QDir(dir.path()).filePath(QStringLiteral("ws.db"));
    Observed observed;
    SyncController controller;
    QSignalSpy started(&controller, &SyncController::started);
    QSignalSpy finished(&controller, &SyncController::finished);
    // 2,000 customers in calls of 200 that each take 300 ms, one at a time: ~3 s of work.
    ASSERT_TRUE(controller.start(settings, fakes(&observed, 2000, 300)));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return started.count() == 1; }));
    QTest::qWait(400);
    QElapsedTimer clock;
    clock.start();
    controller.cancel();
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return finished.count() == 1; }, 5000));
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(finished.at(0).at(1).value<RunState>(), RunState::Cancelled);
}

TEST(SyncController, CanBeDestroyedTheMomentARunHasEnded)
{
    // The window closes as a run ends, while the run's thread still tears down what it built
    // (here: an object that takes 300 ms to go).
    struct SlowToDestroy : QObject
    {
        using QObject::QObject;
        ~SlowToDestroy() override { QThread::msleep(300); }
    };
    QTemporaryDir dir;
    SyncSettings settings;
    settings.databasePath = QDir(dir.path()).filePath(QStringLiteral("ws.db"));
    Observed observed;
    const SyncController::EndpointFactory base = fakes(&observed, 5, 0);
    auto controller = std::make_unique<SyncController>();
    bool ended = false;
    QObject::connect(controller.get(), &SyncController::finished, controller.get(), [&]() { ended = true; });
    ASSERT_TRUE(controller->start(settings, [base](QObject *owner) {
        new SlowToDestroy(owner);
        return base(owner);
    }));
    ASSERT_TRUE(TestEnvironment::waitFor([&]() { return ended; }, 10000));
    controller.reset(); // must neither abort nor leave a running thread behind
}
