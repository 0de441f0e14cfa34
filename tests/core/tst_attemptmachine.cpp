#include "core/payment/attemptmachine.h"

#include <QTest>

using namespace kasir;
using S = AttemptState;

namespace {
Attempt attemptIn(S state, QString reason = {}, QString trx = QStringLiteral("9999900000000001"))
{
    Attempt a;
    a.id = 1;
    a.billNo = QStringLiteral("K01261123000001");
    a.state = state;
    a.trxId = std::move(trx);
    a.reason = std::move(reason);
    a.total = Money::fromRupiah(1'000'000);
    return a;
}
} // namespace

class TestAttemptMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void submitOnlyFromDraft();
    void postOutcomes();
    void status_data();
    void status();
    void unresolvedEscalates();
    void transportEscalates();
    void cancelOutcomes_data();
    void cancelOutcomes();
    void restart();
    void supervisor();
    void adoptTrxId();
    void decisionsRespectTable();
    void reasonsHaveText();
};

void TestAttemptMachine::submitOnlyFromDraft()
{
    Decision d = machine::submit(attemptIn(S::Draft));
    QVERIFY(d.changesState());
    QCOMPARE(d.to, S::Sending);
    for (S s : allAttemptStates()) {
        if (s != S::Draft)
            QVERIFY(!machine::submit(attemptIn(s)).allowed);
    }
}

void TestAttemptMachine::postOutcomes()
{
    const Attempt sending = attemptIn(S::Sending, {}, {});
    Decision d =
        machine::postAccepted(sending, QStringLiteral("123"), QStringLiteral("https://x/y"), true);
    QCOMPARE(d.to, S::AwaitingPayment);
    QCOMPARE(d.updated.trxId, QStringLiteral("123"));
    QCOMPARE(d.updated.redirectUrl, QStringLiteral("https://x/y"));

    d = machine::postAccepted(sending, QStringLiteral("123"), QStringLiteral("javascript:alert(1)"),
                              false);
    QCOMPARE(d.to, S::Unknown);
    QCOMPARE(d.alarm, Decision::Alarm::Security);
    QVERIFY(d.updated.redirectUrl.isEmpty()); // never stored, never shown
    QCOMPARE(d.updated.reason, QStringLiteral("bad_redirect"));

    d = machine::postRefused(sending, QStringLiteral("55"), QStringLiteral("Incorrect"), true);
    QCOMPARE(d.to, S::Rejected);
    QCOMPARE(d.alarm, Decision::Alarm::Configuration);
    QCOMPARE(d.updated.reason, QStringLiteral("configuration"));

    d = machine::postRefused(sending, QStringLiteral("13"), QStringLiteral("Invalid amount"),
                             false);
    QCOMPARE(d.to, S::Rejected);
    QCOMPARE(d.updated.reason, QStringLiteral("gateway_refused"));

    QCOMPARE(machine::postNotSent(sending, QStringLiteral("refused")).to, S::Rejected);
    QCOMPARE(machine::postAmbiguous(sending, QStringLiteral("reset")).to, S::Unknown);
    // A late answer for an attempt that already moved on changes nothing.
    QVERIFY(!machine::postAccepted(attemptIn(S::Unknown), QStringLiteral("1"), QString(), true)
                 .allowed);
}

void TestAttemptMachine::status_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("amountOk");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("toReason");

    const auto row = [](const char *name, S from, const char *reason, int code, bool ok, S to,
                        const char *toReason) {
        QTest::newRow(name) << int(from) << QString::fromLatin1(reason) << code << ok << int(to)
                            << QString::fromLatin1(toReason);
    };
    row("awaiting 0", S::AwaitingPayment, "", 0, false, S::AwaitingPayment, "");
    row("awaiting 1", S::AwaitingPayment, "", 1, false, S::AwaitingPayment, "");
    row("awaiting paid", S::AwaitingPayment, "", 2, true, S::Paid, "");
    row("awaiting paid wrong amount", S::AwaitingPayment, "", 2, false, S::NeedsAttention,
        "amount_mismatch");
    row("awaiting failed", S::AwaitingPayment, "", 3, false, S::Failed, "");
    row("awaiting reversal", S::AwaitingPayment, "", 4, false, S::NeedsAttention,
        "reversed_unpaid");
    row("awaiting expired", S::AwaitingPayment, "", 7, false, S::Expired, "");
    row("awaiting cancelled", S::AwaitingPayment, "", 8, false, S::Cancelled, "");
    row("unknown paid", S::Unknown, "response_lost", 2, true, S::Paid, "");
    row("unknown 0 stays", S::Unknown, "response_lost", 0, false, S::Unknown, "response_lost");
    row("cancelling paid", S::Cancelling, "", 2, true, S::NeedsAttention, "paid_after_cancel");
    row("cancelling cancelled", S::Cancelling, "", 8, false, S::Cancelled, "");
    row("attention soft paid", S::NeedsAttention, "status_unresolved", 2, true, S::Paid, "");
    row("attention transport paid", S::NeedsAttention, "transport_failing", 2, true, S::Paid, "");
    row("attention hard stays", S::NeedsAttention, "paid_after_cancel", 2, true, S::NeedsAttention,
        "paid_after_cancel");
    row("attention mismatch stays", S::NeedsAttention, "amount_mismatch", 8, false,
        S::NeedsAttention, "amount_mismatch");
    row("paid reversal", S::Paid, "", 4, false, S::Reversed, "");
}

void TestAttemptMachine::status()
{
    QFETCH(int, from);
    QFETCH(QString, reason);
    QFETCH(int, code);
    QFETCH(bool, amountOk);
    QFETCH(int, to);
    QFETCH(QString, toReason);
    const Attempt a = attemptIn(S(from), reason);
    StatusObservation obs;
    obs.statusCode = code;
    obs.amountMatches = amountOk;
    obs.paymentReff = QStringLiteral("REF1");
    const Decision d = machine::statusAnswered(a, obs, 0, 5);
    QVERIFY(d.allowed);
    QCOMPARE(int(d.to), to);
    QCOMPARE(d.updated.state, S(to));
    QCOMPARE(d.updated.reason, toReason);
    QCOMPARE(d.updated.paymentStatusCode, code);
    if (d.to == S::Paid)
        QCOMPARE(d.updated.paymentReff, QStringLiteral("REF1"));
}

void TestAttemptMachine::unresolvedEscalates()
{
    StatusObservation obs;
    obs.statusCode = 5;
    const Attempt a = attemptIn(S::AwaitingPayment);
    QCOMPARE(machine::statusAnswered(a, obs, 3, 5).to, S::AwaitingPayment);
    const Decision d = machine::statusAnswered(a, obs, 4, 5);
    QCOMPARE(d.to, S::NeedsAttention);
    QCOMPARE(d.updated.reason, QStringLiteral("status_unresolved"));
    obs.statusCode = 9;
    QCOMPARE(machine::statusAnswered(
                 attemptIn(S::NeedsAttention, QStringLiteral("status_unresolved")), obs, 10, 5)
                 .to,
             S::NeedsAttention);
}

void TestAttemptMachine::transportEscalates()
{
    const Attempt a = attemptIn(S::AwaitingPayment);
    QCOMPARE(machine::statusCheckFailed(a, 2, 10, QStringLiteral("timeout")).to,
             S::AwaitingPayment);
    const Decision d = machine::statusCheckFailed(a, 10, 10, QStringLiteral("timeout"));
    QCOMPARE(d.to, S::NeedsAttention);
    QCOMPARE(d.updated.reason, QStringLiteral("transport_failing"));
    QVERIFY(!machine::statusCheckFailed(attemptIn(S::Paid), 10, 10, QString()).allowed);
}

void TestAttemptMachine::cancelOutcomes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("to");
    // Only an inquiry settles a cancel (a late approval can land between the two answers).
    QTest::newRow("accepted, status 8") << "00" << 8 << int(S::Cancelling);
    QTest::newRow("accepted, no status") << "00" << -1 << int(S::Cancelling);
    QTest::newRow("already cancelled") << "17" << 8 << int(S::Cancelling);
    QTest::newRow("already paid") << "81" << 2 << int(S::NeedsAttention);
    QTest::newRow("paid status with 00") << "00" << 2 << int(S::NeedsAttention);
    QTest::newRow("expired") << "54" << 7 << int(S::Cancelling);
    QTest::newRow("other refusal") << "66" << -1 << int(S::AwaitingPayment);
}

void TestAttemptMachine::cancelOutcomes()
{
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(int, to);
    const Decision requested = machine::cancelRequested(attemptIn(S::AwaitingPayment));
    QCOMPARE(requested.to, S::Cancelling);
    const Decision d = machine::cancelAnswered(requested.updated, code, status);
    QCOMPARE(int(d.to), to);
    if (d.to == S::Cancelling) {
        // ... and the inquiry that follows decides: 8 cancelled, 2 paid after the cancel.
        StatusObservation cancelled;
        cancelled.statusCode = 8;
        QCOMPARE(machine::statusAnswered(d.updated, cancelled, 0, 3).to, S::Cancelled);
        StatusObservation paid;
        paid.statusCode = 2;
        paid.amountMatches = true;
        const Decision late = machine::statusAnswered(d.updated, paid, 0, 3);
        QCOMPARE(late.to, S::NeedsAttention);
        QCOMPARE(late.updated.reason, attemptReasonKey(AttemptReason::PaidAfterCancel));
    }
    QVERIFY(!machine::cancelRequested(attemptIn(S::Paid)).allowed);
    QVERIFY(
        !machine::cancelRequested(attemptIn(S::Unknown, QStringLiteral("response_lost"), QString()))
             .allowed);
}

void TestAttemptMachine::restart()
{
    const Decision d = machine::restarted(attemptIn(S::Sending, {}, {}));
    QCOMPARE(d.to, S::Unknown);
    QCOMPARE(d.updated.reason, QStringLiteral("interrupted"));
    QCOMPARE(machine::restarted(attemptIn(S::AwaitingPayment)).to, S::AwaitingPayment);
    QVERIFY(!machine::restarted(attemptIn(S::Paid)).allowed);
}

void TestAttemptMachine::supervisor()
{
    QCOMPARE(machine::supervisorResolve(attemptIn(S::NeedsAttention), S::Paid,
                                        QStringLiteral("checked app"))
                 .to,
             S::Paid);
    QCOMPARE(
        machine::supervisorResolve(attemptIn(S::Paid), S::Reversed, QStringLiteral("refund")).to,
        S::Reversed);
    QVERIFY(!machine::supervisorResolve(attemptIn(S::AwaitingPayment), S::Paid, QString()).allowed);
    QVERIFY(!machine::supervisorResolve(attemptIn(S::Failed), S::Paid, QString()).allowed);
    QVERIFY(!machine::supervisorResolve(attemptIn(S::NeedsAttention), S::AwaitingPayment, QString())
                 .allowed);
}

void TestAttemptMachine::adoptTrxId()
{
    const Attempt lost = attemptIn(S::Unknown, QStringLiteral("response_lost"), QString());
    QVERIFY(!machine::needsTracking(lost));
    const Decision d = machine::adoptTrxId(lost, QStringLiteral("123"));
    QVERIFY(d.allowed);
    QVERIFY(!d.changesState());
    QVERIFY(machine::needsTracking(d.updated));
    QVERIFY(!machine::adoptTrxId(attemptIn(S::AwaitingPayment), QStringLiteral("123")).allowed);
}

void TestAttemptMachine::decisionsRespectTable()
{
    // Every state change any machine function produces is in the table (invariant 4: terminal
    // states never go back, except Paid -> Reversed).
    for (S from : allAttemptStates()) {
        for (const QString &reason :
             {QString(), QStringLiteral("amount_mismatch"), QStringLiteral("status_unresolved")}) {
            const Attempt a = attemptIn(from, reason);
            QList<Decision> ds;
            ds << machine::submit(a)
               << machine::postAccepted(a, QStringLiteral("1"), QStringLiteral("http://x"), true)
               << machine::postAccepted(a, QStringLiteral("1"), QString(), false)
               << machine::postRefused(a, QStringLiteral("55"), QString(), true)
               << machine::postNotSent(a, QString()) << machine::postAmbiguous(a, QString())
               << machine::statusCheckFailed(a, 99, 3, QString()) << machine::unpaidAfterExpiry(a)
               << machine::cancelRequested(a) << machine::restarted(a);
            for (int code : {0, 1, 2, 3, 4, 5, 7, 8, 9, 6}) {
                for (bool ok : {true, false}) {
                    StatusObservation o;
                    o.statusCode = code;
                    o.amountMatches = ok;
                    ds << machine::statusAnswered(a, o, 99, 3);
                }
            }
            for (const char *rc : {"00", "81", "54", "66"})
                ds << machine::cancelAnswered(a, QString::fromLatin1(rc), 8);
            for (const Decision &d : ds) {
                if (d.changesState()) {
                    QVERIFY2(machine::isAllowedTransition(d.from, d.to),
                             qPrintable(attemptStateKey(d.from) + QLatin1String(" -> ") +
                                        attemptStateKey(d.to) + QLatin1String(" by ") + d.kind));
                }
                if (isTerminal(from) && !(from == S::Paid && d.to == S::Reversed))
                    QVERIFY(!d.changesState());
            }
        }
    }
}

void TestAttemptMachine::reasonsHaveText()
{
    for (const char *key :
         {"response_lost", "bad_redirect", "interrupted", "not_sent", "gateway_refused",
          "configuration", "amount_mismatch", "paid_after_cancel", "status_unresolved",
          "transport_failing", "unpaid_after_expiry", "reversed_unpaid", "supervisor"}) {
        const AttemptReason r = attemptReasonFromKey(QString::fromLatin1(key));
        QVERIFY2(r != AttemptReason::None, key);
        QCOMPARE(attemptReasonKey(r), QString::fromLatin1(key));
        QVERIFY(!attemptReasonText(r).english().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestAttemptMachine)
#include "tst_attemptmachine.moc"
