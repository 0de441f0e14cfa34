// The status tracker and its schedulers on their own: which attempts are followed, that a
// scheduled check fires once and only for a tracked attempt, and that untracking leaves nothing
// armed. The engine's use of it is covered by tst_engineproperty (which drives it through a
// ManualPollScheduler) and the engine integration tests (real timers).

#include "core/payment/statustracker.h"

#include <QTest>

using namespace kasir;

class TestStatusTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manualSchedulerFiresOnlyWhenAsked();
    void rearmingReplacesTheEarlierCheck();
    void untrackedAttemptsNeverRun();
    void timerSchedulerFiresFromTheEventLoop();
    void holdKeepsTheAttemptTracked();
};

void TestStatusTracker::manualSchedulerFiresOnlyWhenAsked()
{
    ManualPollScheduler scheduler;
    QList<qint64> ran;
    StatusTracker tracker(&scheduler, [&](qint64 id) { ran.append(id); });
    tracker.scheduleCheck(7, 5000);
    tracker.scheduleCheck(3, 100);
    QVERIFY(tracker.isTracked(7));
    QCOMPARE(scheduler.armed(), (QList<qint64>{3, 7}));
    QCOMPARE(scheduler.delayMs(3), 100);
    QVERIFY(ran.isEmpty());
    QCOMPARE(scheduler.fireAll(), 2);
    QCOMPARE(ran, (QList<qint64>{3, 7}));
    // A fired check is no longer armed until the tracker schedules the next one.
    QVERIFY(scheduler.armed().isEmpty());
    QCOMPARE(scheduler.fireAll(), 0);
    QCOMPARE(ran.size(), 2);
}

void TestStatusTracker::rearmingReplacesTheEarlierCheck()
{
    ManualPollScheduler scheduler;
    int runs = 0;
    StatusTracker tracker(&scheduler, [&](qint64) { ++runs; });
    tracker.scheduleCheck(1, 1000);
    tracker.scheduleCheck(1, 20);
    QCOMPARE(scheduler.armed(), (QList<qint64>{1}));
    QCOMPARE(scheduler.delayMs(1), 20);
    scheduler.fireAll();
    QCOMPARE(runs, 1);
}

void TestStatusTracker::untrackedAttemptsNeverRun()
{
    ManualPollScheduler scheduler;
    int runs = 0;
    {
        StatusTracker tracker(&scheduler, [&](qint64) { ++runs; });
        tracker.entry(4).unresolved = 2;
        tracker.scheduleCheck(4, 10);
        tracker.scheduleCheck(5, 10);
        tracker.untrack(4);
        QVERIFY(!tracker.isTracked(4));
        QVERIFY(tracker.find(4) == nullptr);
        QCOMPARE(scheduler.armed(), (QList<qint64>{5}));
        // A check armed behind the tracker's back (the scheduler is shared) does not run an
        // attempt the tracker no longer follows.
        scheduler.arm(4, 0);
        QCOMPARE(scheduler.fireAll(), 2);
        QCOMPARE(runs, 1);
        tracker.scheduleCheck(5, 10);
    }
    // The tracker is gone: nothing of it stays armed, and the scheduler calls no one.
    QVERIFY(scheduler.armed().isEmpty());
    scheduler.arm(5, 0);
    scheduler.fireAll();
    QCOMPARE(runs, 1);
}

void TestStatusTracker::timerSchedulerFiresFromTheEventLoop()
{
    QList<qint64> ran;
    StatusTracker tracker(nullptr, [&](qint64 id) { ran.append(id); });
    tracker.scheduleCheck(9, 0);
    QVERIFY(tracker.scheduler()->isArmed(9));
    QVERIFY(ran.isEmpty()); // never from inside scheduleCheck()
    QTRY_COMPARE(ran, (QList<qint64>{9}));
    QVERIFY(!tracker.scheduler()->isArmed(9));
    tracker.scheduleCheck(9, 3'600'000);
    QVERIFY(tracker.scheduler()->isArmed(9));
    tracker.untrack(9);
    QVERIFY(!tracker.scheduler()->isArmed(9));
}

void TestStatusTracker::holdKeepsTheAttemptTracked()
{
    ManualPollScheduler scheduler;
    StatusTracker tracker(&scheduler, [](qint64) {});
    tracker.scheduleCheck(2, 10);
    tracker.entry(2).checkQueued = true;
    tracker.holdCheck(2);
    QVERIFY(tracker.isTracked(2));
    QVERIFY(!scheduler.isArmed(2));
    QVERIFY(tracker.find(2)->checkQueued);
    QCOMPARE(tracker.trackedIds(), (QList<qint64>{2}));
}

QTEST_GUILESS_MAIN(TestStatusTracker)
#include "tst_statustracker.moc"
