#include "core/payment/pollschedule.h"

#include <QTest>

using namespace kasir;

class TestPollSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phases_data();
    void phases();
    void jitterBounds();
    void scaled();
};

void TestPollSchedule::phases_data()
{
    QTest::addColumn<int>("secondsSinceCreated");
    QTest::addColumn<int>("state");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("first seconds") << 1 << int(AttemptState::AwaitingPayment) << qint64(3000);
    QTest::newRow("just under 2 min") << 119 << int(AttemptState::AwaitingPayment) << qint64(3000);
    QTest::newRow("after 2 min") << 121 << int(AttemptState::AwaitingPayment) << qint64(10000);
    QTest::newRow("at expiry") << 3600 << int(AttemptState::AwaitingPayment) << qint64(10000);
    QTest::newRow("expiry + 1 min") << 3660 << int(AttemptState::AwaitingPayment) << qint64(10000);
    QTest::newRow("expiry + 3 min") << 3780 << int(AttemptState::AwaitingPayment) << qint64(60000);
    QTest::newRow("needs attention") << 10 << int(AttemptState::NeedsAttention) << qint64(60000);
}

void TestPollSchedule::phases()
{
    QFETCH(int, secondsSinceCreated);
    QFETCH(int, state);
    QFETCH(qint64, expected);
    const QDateTime created(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
    Attempt a;
    a.state = AttemptState(state);
    a.createdAt = created;
    a.billExpired = created.addSecs(3600);
    const PollPolicy p;
    // random01 = 0.5 is the middle of the jitter band: no jitter.
    QCOMPARE(nextPollDelayMs(p, a, created.addSecs(secondsSinceCreated), 0.5), expected);
}

void TestPollSchedule::jitterBounds()
{
    Attempt a;
    a.state = AttemptState::AwaitingPayment;
    const QDateTime now(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
    a.createdAt = now;
    a.billExpired = now.addSecs(3600);
    const PollPolicy p;
    QCOMPARE(nextPollDelayMs(p, a, now, 0.0), qint64(2400));
    QCOMPARE(nextPollDelayMs(p, a, now, 1.0), qint64(3600));
    for (int i = 0; i <= 100; ++i) {
        const qint64 d = nextPollDelayMs(p, a, now, i / 100.0);
        QVERIFY(d >= 2400 && d <= 3600);
    }
}

void TestPollSchedule::scaled()
{
    const PollPolicy p = PollPolicy().scaled(100);
    QCOMPARE(p.fastIntervalMs, qint64(30));
    QCOMPARE(p.fastPhaseMs, qint64(1200));
    QCOMPARE(p.unresolvedBound, PollPolicy().unresolvedBound);
}

QTEST_GUILESS_MAIN(TestPollSchedule)
#include "tst_pollschedule.moc"
