// Money is decided by evidence (issue 12): an answer moves a bill only when it is provably about
// that bill. Each case is a way a wrong answer, a second bill or a borrowed bill number could
// cost the shop or the customer money, run through the real Engine against the training sandbox.

#include "core/faspay/notification.h"
#include "core/payment/attemptmachine.h"
#include "enginerig.h"

#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(kasir::AttemptState)

using namespace kasir;
using namespace kasir::enginetest;
using S = AttemptState;

namespace {

int countKind(const QList<AttemptEvent> &events, const QString &kind)
{
    return int(std::count_if(events.cbegin(), events.cend(),
                             [&kind](const AttemptEvent &e) { return e.kind == kind; }));
}

// An order for another customer, so that it is another sale.
Order otherSale(Channel channel, const QString &tag)
{
    Order o = sampleOrder(channel, tag);
    o.cart.lines.first().qty += 1;
    o.customer.phone = QStringLiteral("081277770000");
    o.customer.email = QStringLiteral("other.buyer@example.com");
    return o;
}

} // namespace

class TestEngineEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inquiryAboutAnotherBillIsNotPayment_data();
    void inquiryAboutAnotherBillIsNotPayment();
    void foreignRedirectIsNeverShown();
    void cancelIsSettledByAnInquiry();
    void oneBillThatCanBePaidPerSale();
    void unknownWithTrxIdNeedsACancelFirst();
    void notificationNeverLendsAnotherBillsPayment();
    void unreadablePasswordTurnsPaymentsOff();
    void freshDataFolderNeverReusesABillNo();
    void twoPaidBillsOfOneCustomerRaiseAnAlarm();
};

void TestEngineEvidence::inquiryAboutAnotherBillIsNotPayment_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("bill_no missing") << QStringLiteral("echo-no-bill@inquiry*always");
    QTest::newRow("another bill_no") << QStringLiteral("echo-bill@inquiry*always");
    QTest::newRow("another trx_id") << QStringLiteral("echo-trx@inquiry*always");
    QTest::newRow("another merchant_id") << QStringLiteral("echo-merchant@inquiry*always");
}

void TestEngineEvidence::inquiryAboutAnotherBillIsNotPayment()
{
    QFETCH(QString, fault);
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    const qint64 id = started.attemptId;
    QVERIFY(rig.waitForState(id, S::AwaitingPayment));
    const QString billNo = rig.attempt(id)->billNo;

    // The customer really paid, but every answer names someone else's bill.
    QVERIFY(rig.sandbox->addFaultSpec(fault));
    QVERIFY(rig.sandbox->approve(billNo));
    const int before = rig.checksAnswered(id);
    rig.service->checkNow(id);
    QVERIFY(QTest::qWaitFor([&] { return rig.checksAnswered(id) >= before + 2; }, 10000));
    QCOMPARE(rig.attempt(id)->state, S::AwaitingPayment);
    QVERIFY(countKind(rig.journalEvents(id), QStringLiteral("answer-mismatch")) >= 1);
    QVERIFY(std::any_of(rig.alarms.cbegin(), rig.alarms.cend(),
                        [id](const auto &alarm) { return alarm.first == id; }));
    QCOMPARE(rig.originalReceipts(id), 0);

    // The same answer about this bill decides.
    rig.sandbox->clearFaults();
    rig.service->checkNow(id);
    QVERIFY(rig.waitForState(id, S::Paid));
}

void TestEngineEvidence::foreignRedirectIsNeverShown()
{
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("redirect-host@post-data")));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitUntilAnswered(started.attemptId));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(attemptStateKey(a.state), attemptStateKey(S::Unknown));
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::BadRedirect));
    QVERIFY(a.redirectUrl.isEmpty());
    QVERIFY(rig.shown.isEmpty());
    QCOMPARE(rig.alarms.size(), 1);
}

void TestEngineEvidence::cancelIsSettledByAnInquiry()
{
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    const qint64 id = started.attemptId;
    QVERIFY(rig.waitForState(id, S::AwaitingPayment));
    QVERIFY(rig.service->cancel(id, QStringLiteral("customer changed their mind")));
    QVERIFY(rig.waitForState(id, S::Cancelled));

    // Faspay's "00" to the cancel left the bill Cancelling; the inquiry after it said 8.
    const QList<AttemptEvent> events = rig.journalEvents(id);
    const auto answered = std::find_if(events.cbegin(), events.cend(), [](const AttemptEvent &e) {
        return e.kind == QLatin1String("cancel-answered");
    });
    QVERIFY(answered != events.cend());
    QCOMPARE(answered->from, std::optional<S>(S::Cancelling));
    QCOMPARE(answered->to, std::optional<S>(S::Cancelling));
    const AttemptEvent &last = events.constLast();
    QCOMPARE(last.kind, QStringLiteral("status-check"));
    QCOMPARE(last.source, EventSource::Inquiry);
    QCOMPARE(last.to, std::optional<S>(S::Cancelled));
}

void TestEngineEvidence::oneBillThatCanBePaidPerSale()
{
    EngineRig rig;
    QVERIFY(rig.start());
    const Order kredivo = sampleOrder(Channel::Kredivo, QStringLiteral("A"));
    const CheckoutService::StartResult first = rig.pay(kredivo);
    QVERIFY(first.ok());
    QVERIFY(rig.waitForState(first.attemptId, S::AwaitingPayment));
    const QString waitingBill = rig.attempt(first.attemptId)->billNo;

    // The parked sale re-entered with another lender, another tenor, or only the same customer:
    // refused, naming the bill that can still be paid; nothing is posted.
    Order akulaku = kredivo;
    akulaku.channel = Channel::Akulaku;
    akulaku.tenor = KredivoTenor::Days30;
    Order otherTenor = kredivo;
    otherTenor.tenor = KredivoTenor::Months6;
    Order sameCustomer = otherSale(Channel::Indodana, QStringLiteral("B"));
    sameCustomer.customer = kredivo.customer;
    Order sameEmail = otherSale(Channel::Indodana, QStringLiteral("C"));
    sameEmail.customer.email = kredivo.customer.email.toUpper();
    for (const Order &again : {akulaku, otherTenor, sameCustomer, sameEmail}) {
        const CheckoutService::StartResult refused = rig.pay(again);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.waitingAttemptId, first.attemptId);
        QVERIFY(refused.refusal.english().contains(waitingBill));
    }
    QCOMPARE(rig.postedRequests(), 1);

    // Another sale for another customer goes through.
    const CheckoutService::StartResult other =
        rig.pay(otherSale(Channel::Akulaku, QStringLiteral("D")));
    QVERIFY(other.ok());
    QVERIFY(rig.waitForState(other.attemptId, S::AwaitingPayment));
    QCOMPARE(rig.postedRequests(), 2);

    // Once the first bill is cancelled (confirmed by an inquiry), the sale can be paid again.
    QVERIFY(rig.service->cancel(first.attemptId, QStringLiteral("another lender")));
    QVERIFY(rig.waitForState(first.attemptId, S::Cancelled));
    QVERIFY(rig.pay(akulaku).ok());
}

void TestEngineEvidence::unknownWithTrxIdNeedsACancelFirst()
{
    EngineRig rig;
    QVERIFY(rig.start());
    // Faspay created the bill (a trx_id is known) but its link was not shown: Unknown.
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("redirect-merchant@post-data")));
    const Order order = sampleOrder();
    const CheckoutService::StartResult lost = rig.pay(order);
    QVERIFY(lost.ok());
    QVERIFY(rig.waitUntilAnswered(lost.attemptId));
    const Attempt old = *rig.attempt(lost.attemptId);
    QCOMPARE(attemptStateKey(old.state), attemptStateKey(S::Unknown));
    QVERIFY(!old.trxId.isEmpty());

    const CheckoutService::StartResult replacement = rig.pay(order, lost.attemptId);
    QVERIFY(!replacement.ok());
    QCOMPARE(replacement.waitingAttemptId, lost.attemptId);
    QVERIFY(replacement.refusal.english().contains(old.billNo));
    QCOMPARE(rig.postedRequests(), 1);
}

void TestEngineEvidence::notificationNeverLendsAnotherBillsPayment()
{
    // Another sale (another counter, an old data folder) was paid under bill number X. This sale
    // posts X too: Faspay answers 14. The genuine "paid" notification of the old bill then
    // arrives; it must never make this sale Paid.
    RigOptions options;
    options.notificationReceiver = true;
    options.pollScale = 0.01;
    EngineRig rig(options);
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("code=14@post-data")));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    const qint64 id = started.attemptId;
    QVERIFY(rig.waitUntilAnswered(id));
    Attempt a = *rig.attempt(id);
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::BillNoTaken));

    Attempt oldBill = a;
    oldBill.trxId = QStringLiteral("3702081255404571");
    const HttpAnswer answer = httpPost(&rig.network, rig.receiver->url(),
                                       notificationFor(rig.credentials(), oldBill, 2, false),
                                       QByteArrayLiteral("application/json"));
    QCOMPARE(answer.status, 200);
    QVERIFY(QTest::qWaitFor(
        [&] { return countKind(rig.journalEvents(id), QStringLiteral("notification")) == 1; },
        10000));
    QVERIFY(rig.quietFor(id, 300));
    a = *rig.attempt(id);
    QCOMPARE(attemptStateKey(a.state), attemptStateKey(S::Unknown));
    QVERIFY(a.trxId.isEmpty());
    QCOMPARE(rig.statusChecks(a.billNo), 0);
    QCOMPARE(rig.originalReceipts(id), 0);
}

void TestEngineEvidence::unreadablePasswordTurnsPaymentsOff()
{
    // A production start whose keychain failed: the till opens, sells nothing, asks Faspay
    // nothing (not even about bills left open), and says why.
    const TranslatableText why("kasir::Test", "The keychain is locked.");
    qint64 open = 0;
    QString openBill;
    {
        EngineRig first;
        QVERIFY(first.start());
        const CheckoutService::StartResult started = first.pay(sampleOrder());
        QVERIFY(started.ok());
        open = started.attemptId;
        QVERIFY(first.waitForState(open, S::AwaitingPayment));
        openBill = first.attempt(open)->billNo;

        first.stopApp();
        first.options.paymentsOff = why;
        const int checksBefore = first.statusChecks(openBill);
        QVERIFY(first.engine == nullptr);
        QVERIFY(first.startApp()); // the channel list cached by the first start serves
        QVERIFY(first.service);
        QVERIFY(!first.service->paymentsEnabled());
        QCOMPARE(first.service->paymentsDisabledReason().english(), why.english());
        const CheckoutService::StartResult refused =
            first.pay(otherSale(Channel::Akulaku, QStringLiteral("E")));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.refusal.english(), why.english());
        QVERIFY(first.quietFor(0, 300));
        QCOMPARE(first.statusChecks(openBill), checksBefore);
        QCOMPARE(first.attempt(open)->state, S::AwaitingPayment);
    }
}

void TestEngineEvidence::freshDataFolderNeverReusesABillNo()
{
    // The same counter (terminal K01) sells in one data folder, then in a brand-new one later
    // the same day (a reinstall, a copied set-up): the new folder's first bill comes after every
    // bill of the old one, never one Faspay already has.
    QStringList billNos;
    QDateTime at = QDateTime(QDate(2026, 12, 7), QTime(2, 0), Qt::UTC); // 09:00 WIB
    for (int folder = 0; folder < 2; ++folder) {
        EngineRig rig;
        rig.clock.set(at);
        QVERIFY(rig.start());
        for (int sale = 0; sale < 3; ++sale) {
            const int n = folder * 10 + sale;
            Order order = otherSale(Channel::Akulaku, QString::number(n));
            order.cart.lines.first().qty += n;
            order.customer.phone = QStringLiteral("0812888800%1").arg(n, 2, 10, QLatin1Char('0'));
            order.customer.email = QStringLiteral("buyer%1@example.com").arg(n);
            const CheckoutService::StartResult started = rig.pay(order);
            QVERIFY2(started.ok(), qPrintable(started.refusal.english()));
            billNos << rig.attempt(started.attemptId)->billNo;
            QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
        }
        at = at.addSecs(1);
    }
    QCOMPARE(QSet<QString>(billNos.cbegin(), billNos.cend()).size(), billNos.size());
    QStringList sorted = billNos;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(sorted, billNos); // the new folder numbers after the old one
}

void TestEngineEvidence::twoPaidBillsOfOneCustomerRaiseAnAlarm()
{
    EngineRig rig;
    QVERIFY(rig.start());
    const auto payFully = [&rig](const Order &order) -> qint64 {
        const CheckoutService::StartResult started = rig.pay(order);
        if (!started.ok() || !rig.waitForState(started.attemptId, S::AwaitingPayment) ||
            !rig.sandbox->approve(rig.attempt(started.attemptId)->billNo))
            return 0;
        rig.service->checkNow(started.attemptId);
        return rig.waitForState(started.attemptId, S::Paid) ? started.attemptId : 0;
    };
    const qint64 first = payFully(sampleOrder());
    QVERIFY(first);
    QVERIFY(rig.alarms.isEmpty());
    // Another sale for someone else: no alarm.
    QVERIFY(payFully(otherSale(Channel::Akulaku, QStringLiteral("X"))));
    QVERIFY(rig.alarms.isEmpty());

    // Ten minutes later the first customer pays a second bill: a person must look.
    rig.clock.advanceSecs(600);
    Order again = otherSale(Channel::Indodana, QStringLiteral("Y"));
    again.cart.lines.first().qty += 3;
    again.customer = sampleOrder().customer;
    const qint64 second = payFully(again);
    QVERIFY(second);
    QCOMPARE(rig.alarms.size(), 1);
    QCOMPARE(rig.alarms.constFirst().first, second);
    QVERIFY(rig.alarms.constFirst().second.contains(rig.attempt(first)->billNo));
    QCOMPARE(countKind(rig.journalEvents(second), QStringLiteral("paid-twice")), 1);
}

QTEST_MAIN(TestEngineEvidence)
#include "tst_engineevidence.moc"
