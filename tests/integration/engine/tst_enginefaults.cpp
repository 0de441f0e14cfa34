// Design §4, row by row, for the payment engine: the real CheckoutService, FaspayClient and
// Journal against the training sandbox (or a TLS server, or nothing) over loopback.

#include "core/faspay/codes.h"
#include "core/journal/instancelock.h"
#include "core/payment/attemptmachine.h"
#include "enginerig.h"
#include "tests/support/loopbackport.h"
#include "tests/support/selfsignedcertificate.h"
#include "tests/support/testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

Q_DECLARE_METATYPE(kasir::AttemptState)
Q_DECLARE_METATYPE(kasir::Channel)
Q_DECLARE_METATYPE(kasir::AttemptReason)

using namespace kasir;
using namespace kasir::enginetest;
using S = AttemptState;

namespace {

bool rawExec(const Journal &journal, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
    return q.exec(sql);
}

qint64 rawNumber(const Journal &journal, const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// A cart of 80 lines: its attempt row (the order is stored with it) is larger than a page, so
// recording it needs new pages whatever room the journal's pages have left.
Order bigOrder()
{
    Order order = sampleOrder();
    order.cart.lines.clear();
    for (int i = 0; i < 80; ++i) {
        order.cart.lines.append(
            LineItem{QStringLiteral("SKU-%1").arg(i, 3, 10, QLatin1Char('0')),
                     QStringLiteral("Barang nomor %1 dengan nama panjang").arg(i), 1,
                     Money::fromRupiah(25'000)});
    }
    return order;
}

int countKind(const QStringList &kinds, const QString &kind)
{
    return int(kinds.count(kind));
}

bool pendingContains(const CheckoutService &service, qint64 id)
{
    for (const Attempt &a : service.pendingAttempts()) {
        if (a.id == id)
            return true;
    }
    return false;
}

} // namespace

class TestEngineFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPathForEveryChannel_data();
    void happyPathForEveryChannel();

    // connection refused / DNS before sending
    void notSentIsRetriedThenRejected_data();
    void notSentIsRetriedThenRejected();
    void notSentRetryIsTheSameBill();
    // TLS certificate invalid
    void untrustedCertificateFailsClosed();
    // timeout or reset after sending, 5xx, HTML, truncated JSON
    void ambiguousAnswerIsUnknown_data();
    void ambiguousAnswerIsUnknown();
    void answerThatMayHaveCreatedTheBillIsUnknown_data();
    void answerThatMayHaveCreatedTheBillIsUnknown();
    void unknownIsReconciledWhenTheTrxIdTurnsUp();
    void notificationTrxIdIsConfirmedFirst();
    // response codes
    void refusedWithCode_data();
    void refusedWithCode();
    // redirect_url
    void badRedirectIsNeverShown_data();
    void badRedirectIsNeverShown();
    // disk full / journal unwritable
    void unwritableJournalSendsNothing_data();
    void unwritableJournalSendsNothing();
    void journalLostMidFlightSendsNothingMore();
    // invalid order
    void invalidOrderIsRefusedLocally_data();
    void invalidOrderIsRefusedLocally();
    // second payment-tracking instance
    void secondInstanceIsRefused();
    // invariant 7
    void oneLiveAttemptPerCart();
    // final answers from the inquiry
    void finalStatuses_data();
    void finalStatuses();
    void cashierCancel();
    void expiresWithTime();
    void amountMismatchNeedsAttention_data();
    void amountMismatchNeedsAttention();
};

void TestEngineFaults::happyPathForEveryChannel_data()
{
    QTest::addColumn<Channel>("channel");
    for (Channel c : allChannels())
        QTest::newRow(qPrintable(channelKey(c))) << c;
}

void TestEngineFaults::happyPathForEveryChannel()
{
    QFETCH(Channel, channel);
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder(channel));
    QVERIFY(started.ok());
    // Invariant 3: the attempt is committed (Sending) before the request leaves: the sandbox has
    // seen nothing yet when startCheckout() returns, and the journal already holds the bill.
    QCOMPARE(rig.postedRequests(), 0);
    const Attempt sending = *rig.journal->attempt(started.attemptId);
    QCOMPARE(sending.state, S::Sending);
    QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
    QCOMPARE(rig.sandbox->bill(a.billNo)->trxId, a.trxId);
    QVERIFY(a.redirectUrl.startsWith(rig.sandbox->baseUrl().toString()));
    // What the window shows (attemptChanged with a link) was committed first.
    QVERIFY(!rig.shown.isEmpty());
    QCOMPARE(rig.shown.constLast().id, a.id);
    QCOMPARE(rig.shown.constLast().state, S::AwaitingPayment);

    QVERIFY(rig.sandbox->approve(a.billNo));
    QVERIFY(rig.waitForState(a.id, S::Paid));
    const Attempt paid = *rig.attempt(a.id);
    QCOMPARE(paid.paymentStatusCode, 2);
    QVERIFY(!paid.paymentReff.isEmpty());
    QCOMPARE(paid.paymentReff, rig.sandbox->bill(a.billNo)->paymentReff);
    QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(a.id) == 1; }, 10000));
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
}

void TestEngineFaults::notSentIsRetriedThenRejected_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("connection refused") << QStringLiteral("refused");
    QTest::newRow("host not found") << QStringLiteral("dns");
    QTest::newRow("TLS handshake cut") << QStringLiteral("handshake");
}

void TestEngineFaults::notSentIsRetriedThenRejected()
{
    QFETCH(QString, how);
    EngineRig rig;
    QVERIFY(rig.start());
    // A server that hangs up as soon as a connection comes: an https client's handshake fails
    // before anything is sent (not a certificate problem).
    kasir::testsupport::TestHttpServer hangUp;
    hangUp.setAcceptAction(kasir::testsupport::TestHttpServer::AcceptAction::CloseImmediately);
    QVERIFY(hangUp.listen());
    if (how == u"refused")
        rig.setGateway(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::closedLoopbackPort())));
    else if (how == u"dns")
        rig.setGateway(QUrl(QStringLiteral("https://kasir-no-such-host.invalid")));
    else
        rig.setGateway(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(hangUp.port())));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, S::Rejected));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::NotSent));
    QVERIFY(a.trxId.isEmpty());
    // Bounded retry of the same request: two more tries, then given up.
    const QStringList kinds = rig.eventKinds(a.id);
    QCOMPARE(countKind(kinds, QStringLiteral("send-retry")), 2);
    QCOMPARE(kinds.constLast(), QStringLiteral("not-sent"));
    QCOMPARE(rig.postedRequests(), 0);
    // A clear message: nothing was sent, nothing charged, what to do.
    const QString message = attemptReasonText(attemptReasonFromKey(a.reason)).english();
    QVERIFY2(message.contains(QStringLiteral("nothing was sent")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Pay again")));
    QVERIFY(rig.alarms.isEmpty()); // a network problem, not a configuration one
    if (how == u"handshake") {
        QCOMPARE(hangUp.requestCount(), 0);
        QCOMPARE(hangUp.connectionCount(), 3); // the same request tried three times
    }
    // Final: nothing more happens, and the cart may be paid again (a new bill).
    QVERIFY(rig.quietFor(a.id, 400));
    QCOMPARE(countKind(rig.eventKinds(a.id), QStringLiteral("send-retry")), 2);
    QVERIFY(!pendingContains(*rig.service, a.id));
    rig.setGateway(rig.sandbox->baseUrl());
    const CheckoutService::StartResult again = rig.pay(sampleOrder());
    QVERIFY(again.ok());
    QVERIFY(rig.waitForState(again.attemptId, S::AwaitingPayment));
    QVERIFY(rig.attempt(again.attemptId)->billNo != a.billNo);
}

void TestEngineFaults::notSentRetryIsTheSameBill()
{
    // Nothing listens at first; the gateway comes up after the first refusal: the retry
    // carries the same bill_no, which Faspay then sees exactly once.
    EngineRig rig;
    QVERIFY(rig.start());
    const quint16 port = test::closedLoopbackPort();
    rig.setGateway(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    SandboxConfig lateConfig;
    lateConfig.port = port;
    std::unique_ptr<TrainingSandbox> late;
    QObject::connect(
        rig.service, &CheckoutService::eventAppended, rig.service, [&](const AttemptEvent &e) {
            if (e.kind == QLatin1String("send-retry") && !late) {
                late =
                    std::make_unique<TrainingSandbox>(lateConfig, &rig.clock, &rig.sandboxNetwork);
                QVERIFY(late->start());
            }
        });
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
    const Attempt a = *rig.attempt(started.attemptId);
    QVERIFY(late);
    QCOMPARE(late->postCount(a.billNo), 1);
    QCOMPARE(late->bills().size(), 1);
    QCOMPARE(late->bill(a.billNo)->trxId, a.trxId);
    QCOMPARE(countKind(rig.eventKinds(a.id), QStringLiteral("send-retry")), 1);
}

void TestEngineFaults::untrustedCertificateFailsClosed()
{
    using namespace kasir::testsupport;
    EngineRig rig;
    QVERIFY(rig.start());
    const SelfSignedCertificate cert = generateSelfSignedCertificate();
    QVERIFY2(cert.isValid(), qPrintable(cert.error));
    TestHttpServer tls;
    tls.setDefaultResponse(ScriptedResponse::json(R"({"response_code":"00"})"));
    QVERIFY(tls.listenTls(cert.certificate, cert.key));
    rig.setGateway(tls.url());

    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, S::Rejected));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::NotSent));
    // Fail closed: the handshake was refused, no request reached the server, never retried.
    QCOMPARE(tls.requestCount(), 0);
    QCOMPARE(tls.tlsHandshakesStarted(), 1);
    QCOMPARE(countKind(rig.eventKinds(a.id), QStringLiteral("send-retry")), 0);
    QVERIFY(rig.quietFor(a.id, 500));
    QCOMPARE(tls.tlsHandshakesStarted(), 1);
    // A configuration alarm: the address or the clock is wrong, every sale would fail.
    QCOMPARE(rig.alarms.size(), 1);
    QCOMPARE(rig.alarms.constFirst().first, a.id);
    QVERIFY(rig.journalEvents(a.id).constLast().detail.contains(QStringLiteral("certificate")));
}

void TestEngineFaults::ambiguousAnswerIsUnknown_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("reset after sending") << QStringLiteral("reset@post-data");
    QTest::newRow("timeout after sending") << QStringLiteral("hang@post-data");
    QTest::newRow("500") << QStringLiteral("http=500@post-data");
    QTest::newRow("502") << QStringLiteral("http=502@post-data");
    QTest::newRow("503") << QStringLiteral("http=503@post-data");
    QTest::newRow("HTML page") << QStringLiteral("html@post-data");
    QTest::newRow("truncated JSON") << QStringLiteral("malformed@post-data");
}

void TestEngineFaults::answerThatMayHaveCreatedTheBillIsUnknown_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<AttemptReason>("reason");
    // Part A §12: "Invalid order" for a bill_no posted once (Faspay already has it), internal
    // error, already paid, system malfunction: the bill may exist, so nothing says "not charged".
    QTest::newRow("14") << QStringLiteral("14") << AttemptReason::BillNoTaken;
    QTest::newRow("66") << QStringLiteral("66") << AttemptReason::GatewayError;
    QTest::newRow("81") << QStringLiteral("81") << AttemptReason::GatewayError;
    QTest::newRow("96") << QStringLiteral("96") << AttemptReason::GatewayError;
}

void TestEngineFaults::answerThatMayHaveCreatedTheBillIsUnknown()
{
    QFETCH(QString, code);
    QFETCH(AttemptReason, reason);
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("code=%1@post-data").arg(code)));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitUntilAnswered(started.attemptId));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(attemptStateKey(a.state), attemptStateKey(S::Unknown));
    QCOMPARE(a.reason, attemptReasonKey(reason));
    QCOMPARE(a.responseCode, code);
    QVERIFY(a.redirectUrl.isEmpty());
    QVERIFY(!attemptReasonText(reason).isEmpty());
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
}

void TestEngineFaults::ambiguousAnswerIsUnknown()
{
    QFETCH(QString, fault);
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(fault));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitUntilAnswered(started.attemptId));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(attemptStateKey(a.state), attemptStateKey(S::Unknown));
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::ResponseLost));
    QVERIFY(a.redirectUrl.isEmpty());
    // Never re-posted, whatever happens next.
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
    QCOMPARE(rig.postedRequests(), 1);
    QVERIFY(pendingContains(*rig.service, a.id));
    QVERIFY(rig.shown.isEmpty());
    QVERIFY(rig.quietFor(a.id, 500)); // no trx_id: nothing to ask about
    QVERIFY(rig.restart());
    QVERIFY(rig.quietFor(a.id, 300));
    QCOMPARE(rig.attempt(a.id)->state, S::Unknown);
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
    QVERIFY(pendingContains(*rig.service, a.id));
    // The cashier's message says so.
    const QString message = attemptReasonText(attemptReasonFromKey(a.reason)).english();
    QVERIFY(message.contains(QStringLiteral("not sent again")));
    rig.sandbox->releaseHungConnections();
}

void TestEngineFaults::unknownIsReconciledWhenTheTrxIdTurnsUp()
{
    // The answer was lost, so Kasir has no trx_id to ask about; Faspay's notification brings
    // it, and the inquiry (not the notification) settles the sale.
    RigOptions options;
    options.notificationReceiver = true;
    EngineRig rig(options);
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("reset@post-data")));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, S::Unknown));
    const QString billNo = rig.attempt(started.attemptId)->billNo;
    QVERIFY(rig.attempt(started.attemptId)->trxId.isEmpty());
    QVERIFY(rig.sandbox->approve(billNo));
    QVERIFY(rig.waitForState(started.attemptId, S::Paid));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(a.trxId, rig.sandbox->bill(billNo)->trxId);
    QCOMPARE(rig.sandbox->postCount(billNo), 1);
    const QList<AttemptEvent> events = rig.journalEvents(a.id);
    QCOMPARE(events.constLast().source, EventSource::Inquiry);
    QCOMPARE(events.constLast().to, std::optional<S>(S::Paid));
    QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(a.id) == 1; }, 10000));
}

void TestEngineFaults::notificationTrxIdIsConfirmedFirst()
{
    // A notification's signature covers bill_no and payment_status_code, not trx_id: a replayed
    // notification with another trx_id must not become the attempt's trx_id (it would lock the
    // attempt onto a bill Faspay does not know, and the genuine notification out).
    RigOptions options;
    options.notificationReceiver = true;
    EngineRig rig(options);
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("reset@post-data")));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, S::Unknown));
    Attempt tampered = *rig.attempt(started.attemptId);
    tampered.trxId = QStringLiteral("9999999999999999");
    const HttpAnswer answer = httpPost(&rig.network, rig.receiver->url(),
                                       notificationFor(rig.credentials(), tampered, 2, false),
                                       QByteArrayLiteral("application/json"));
    QCOMPARE(answer.status, 200); // genuinely signed: acknowledged and logged
    QVERIFY(QTest::qWaitFor(
        [&] { return rig.eventKinds(tampered.id).contains(QStringLiteral("trx-id-unconfirmed")); },
        10000));
    QVERIFY(rig.attempt(tampered.id)->trxId.isEmpty());
    QCOMPARE(rig.attempt(tampered.id)->state, S::Unknown);

    // The genuine one is confirmed by Faspay, adopted, and the inquiry settles the sale.
    QVERIFY(rig.sandbox->approve(tampered.billNo));
    QVERIFY(rig.waitForState(tampered.id, S::Paid));
    QCOMPARE(rig.attempt(tampered.id)->trxId, rig.sandbox->bill(tampered.billNo)->trxId);
    QVERIFY(rig.eventKinds(tampered.id).contains(QStringLiteral("trx-id-learned")));
    QCOMPARE(rig.sandbox->postCount(tampered.billNo), 1);
}

void TestEngineFaults::refusedWithCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("configuration");
    QTest::newRow("55") << QStringLiteral("55") << true;
    QTest::newRow("56") << QStringLiteral("56") << true;
    QTest::newRow("63") << QStringLiteral("63") << true;
    for (const QString &code : faspay::knownResponseCodes()) {
        if (code == u"00" || faspay::postAnswerMayHaveCreatedBill(code) ||
            faspay::isConfigurationError(code))
            continue;
        QTest::newRow(qPrintable(code)) << code << false;
    }
}

void TestEngineFaults::refusedWithCode()
{
    QFETCH(QString, code);
    QFETCH(bool, configuration);
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("code=%1@post-data").arg(code)));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, S::Rejected));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(a.responseCode, code);
    QCOMPARE(a.reason, attemptReasonKey(configuration ? AttemptReason::Configuration
                                                      : AttemptReason::GatewayRefused));
    QVERIFY(a.trxId.isEmpty());
    QVERIFY(rig.shown.isEmpty());
    if (configuration) {
        QCOMPARE(rig.alarms.size(), 1);
        QCOMPARE(rig.alarms.constFirst().first, a.id);
        QVERIFY2(rig.alarms.constFirst().second.contains(QStringLiteral("merchant id")),
                 qPrintable(rig.alarms.constFirst().second));
    } else {
        QVERIFY(rig.alarms.isEmpty());
    }
    // The code's own meaning is there for the cashier (not the generic text of an unknown
    // code), and the event log names the code.
    const QString meaning = faspay::responseCodeText(a.responseCode).english();
    QString generic = faspay::responseCodeText(QStringLiteral("Z9")).english();
    generic.replace(QStringLiteral("Z9"), code);
    QVERIFY2(meaning != generic, qPrintable(meaning));
    QVERIFY(rig.journalEvents(a.id).constLast().detail.contains(code));
    // Refused, not acted on: it was posted once, and it is final.
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
    QVERIFY(!pendingContains(*rig.service, a.id));
}

void TestEngineFaults::badRedirectIsNeverShown_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("javascript: link") << QStringLiteral("redirect-scheme@post-data");
    QTest::newRow("another bill") << QStringLiteral("redirect-bill@post-data");
    QTest::newRow("another merchant") << QStringLiteral("redirect-merchant@post-data");
}

void TestEngineFaults::badRedirectIsNeverShown()
{
    QFETCH(QString, fault);
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(fault));
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rig.waitUntilAnswered(started.attemptId));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(attemptStateKey(a.state), attemptStateKey(S::Unknown));
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::BadRedirect));
    // Nothing shown, nothing stored to show later.
    QVERIFY(a.redirectUrl.isEmpty());
    QVERIFY(rig.journal->attempt(a.id)->redirectUrl.isEmpty());
    QVERIFY(rig.shown.isEmpty());
    // A security alarm with the cashier's message.
    QCOMPARE(rig.alarms.size(), 1);
    QCOMPARE(rig.alarms.constFirst().first, a.id);
    QVERIFY(rig.alarms.constFirst().second.contains(QStringLiteral("does not belong")));
    // The bill exists at Faspay and is followed by inquiry, never posted again.
    QCOMPARE(a.trxId, rig.sandbox->bill(a.billNo)->trxId);
    QVERIFY(QTest::qWaitFor([&] { return rig.statusChecks(a.billNo) >= 2; }, 10000));
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
    QVERIFY(pendingContains(*rig.service, a.id));
    // If the customer pays anyway (the link reached them some other way), the inquiry says so.
    QVERIFY(rig.sandbox->approve(a.billNo));
    QVERIFY(rig.waitForState(a.id, S::Paid));
    QVERIFY(rig.shown.isEmpty());
}

void TestEngineFaults::unwritableJournalSendsNothing_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("disk full (max_page_count)") << QStringLiteral("full");
    QTest::newRow("read-only (query_only)") << QStringLiteral("readonly");
    QTest::newRow("below the free-space margin") << QStringLiteral("margin");
}

void TestEngineFaults::unwritableJournalSendsNothing()
{
    QFETCH(QString, how);
    EngineRig rig;
    QVERIFY(rig.start());
    QString expected;
    if (how == u"full") {
        // The file may not grow by one page: SQLite then answers SQLITE_FULL exactly as a full
        // disk does (even as root).
        QVERIFY(rawExec(*rig.journal,
                        QStringLiteral("PRAGMA max_page_count = %1")
                            .arg(rawNumber(*rig.journal, QStringLiteral("PRAGMA page_count")))));
        expected = QStringLiteral("full");
    } else if (how == u"readonly") {
        QVERIFY(rawExec(*rig.journal, QStringLiteral("PRAGMA query_only = ON")));
        expected = QStringLiteral("read-only");
    } else {
        // Kasir starts again with a free-space margin more than any disk has.
        rig.options.journal.minimumFreeBytes = qint64(1) << 60;
        QVERIFY(rig.restart());
        expected = QStringLiteral("almost full");
    }
    const CheckoutService::StartResult started = rig.pay(bigOrder());
    QVERIFY(!started.ok());
    QVERIFY2(started.errors.isEmpty(), qPrintable(started.errors.value(0).field));
    QVERIFY2(started.refusal.english().contains(expected), qPrintable(started.refusal.english()));
    QVERIFY(rig.quietFor(0, 300));
    // Nothing was sent, and payments stay disabled with the same clear message.
    QCOMPARE(rig.postedRequests(), 0);
    QVERIFY(rig.sandbox->bills().isEmpty());
    QVERIFY(!rig.service->paymentsEnabled());
    QVERIFY(rig.service->paymentsDisabledReason().english().contains(expected));
    QVERIFY(rig.service->paymentsDisabledReason().english().size() > 40); // says what to do
    const CheckoutService::StartResult again = rig.pay(sampleOrder(Channel::Akulaku));
    QVERIFY(!again.ok());
    QCOMPARE(rig.postedRequests(), 0);
    if (how != u"margin") {
        QCOMPARE(rig.disabledReasons.size(), 1); // told once
        QCOMPARE(rig.journal->count({}), 0);     // and nothing half-written
    }
}

void TestEngineFaults::journalLostMidFlightSendsNothingMore()
{
    // The journal becomes unwritable while Post Data is out: its answer cannot be recorded, so
    // nothing is shown; payments are disabled; after a restart the attempt is Unknown, and the
    // bill was posted once.
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("delay=300@post-data")));
    QSignalSpy answers(&rig.network, &QNetworkAccessManager::finished);
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(started.ok());
    QVERIFY(rawExec(*rig.journal, QStringLiteral("PRAGMA query_only = ON")));
    QVERIFY(QTest::qWaitFor([&] { return !rig.disabledReasons.isEmpty(); }, 10000));
    // Faspay's (delayed) answer arrives and is handled: it cannot be written, so it moves
    // nothing.
    QTRY_COMPARE_WITH_TIMEOUT(answers.count(), 1, 10000);
    QCOMPARE(rig.journal->attempt(started.attemptId)->state, S::Sending);
    QVERIFY(rig.shown.isEmpty());
    QVERIFY(!rig.service->paymentsEnabled());
    QVERIFY(!rig.pay(sampleOrder(Channel::Indodana)).ok());
    QCOMPARE(rig.postedRequests(), 1);
    QVERIFY(rig.restart());
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(attemptStateKey(a.state), attemptStateKey(S::Unknown));
    QCOMPARE(a.reason, attemptReasonKey(AttemptReason::Interrupted));
    QCOMPARE(rig.sandbox->postCount(a.billNo), 1);
}

void TestEngineFaults::invalidOrderIsRefusedLocally_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("field");
    QTest::newRow("qty 0") << QStringLiteral("qty0") << QStringLiteral("items[0].qty");
    QTest::newRow("qty negative") << QStringLiteral("qtyneg") << QStringLiteral("items[1].qty");
    QTest::newRow("bad phone") << QStringLiteral("phone") << QStringLiteral("customer.phone");
    QTest::newRow("bad e-mail") << QStringLiteral("email") << QStringLiteral("customer.email");
    QTest::newRow("empty cart") << QStringLiteral("empty") << QStringLiteral("items");
    QTest::newRow("Kredivo instalment under 1.5 M")
        << QStringLiteral("instalment") << QStringLiteral("tenor");
    QTest::newRow("billing city missing")
        << QStringLiteral("city") << QStringLiteral("billing.city");
}

void TestEngineFaults::invalidOrderIsRefusedLocally()
{
    QFETCH(QString, what);
    QFETCH(QString, field);
    EngineRig rig;
    QVERIFY(rig.start());
    Order order = sampleOrder();
    if (what == u"qty0")
        order.cart.lines[0].qty = 0;
    else if (what == u"qtyneg")
        order.cart.lines[1].qty = -2;
    else if (what == u"phone")
        order.customer.phone = QStringLiteral("12345");
    else if (what == u"email")
        order.customer.email = QStringLiteral("budi-at-example");
    else if (what == u"empty")
        order.cart.lines.clear();
    else if (what == u"instalment")
        order.cart.lines[0].unitPrice = Money::fromRupiah(1'000'000);
    else if (what == u"city")
        order.billing.city.clear();
    const CheckoutService::StartResult started = rig.pay(order);
    QVERIFY(!started.ok());
    QStringList fields;
    for (const FieldError &e : started.errors) {
        fields.append(e.field);
        QVERIFY(!e.message.english().isEmpty());
    }
    QVERIFY2(fields.contains(field), qPrintable(fields.join(u',')));
    QVERIFY(rig.quietFor(0, 100));
    QCOMPARE(rig.postedRequests(), 0);
    QCOMPARE(rig.journal->count({}), 0);
    QVERIFY(rig.service->paymentsEnabled());
}

void TestEngineFaults::secondInstanceIsRefused()
{
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
    // A second tracker of the same data folder is refused, and says who holds it.
    JournalError error;
    LockHolder holder;
    QVERIFY(!InstanceLock::acquire(rig.dir.path(), &error, &holder));
    QCOMPARE(error.kind, JournalError::Locked);
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    QVERIFY(!error.message.english().isEmpty());
    // Reading beside it works (status, pending).
    std::unique_ptr<Journal> reader = Journal::openReadOnly(rig.journalPath(), &rig.clock, &error);
    QVERIFY(reader);
    QCOMPARE(reader->nonTerminalAttempts().size(), 1);
    QCOMPARE(reader->attempt(started.attemptId)->state, S::AwaitingPayment);
}

void TestEngineFaults::oneLiveAttemptPerCart()
{
    EngineRig rig;
    QVERIFY(rig.start());
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("delay=300@post-data")));
    const Order cart = sampleOrder(Channel::Kredivo, QStringLiteral("A"));
    const CheckoutService::StartResult first = rig.pay(cart);
    QVERIFY(first.ok());
    // While Post Data is out: a second Pay does nothing, for this cart or another.
    const CheckoutService::StartResult twice = rig.pay(cart);
    QVERIFY(!twice.ok());
    QVERIFY(!twice.refusal.isEmpty());
    QVERIFY(!rig.pay(sampleOrder(Channel::Akulaku, QStringLiteral("B"))).ok());
    QVERIFY(rig.waitForState(first.attemptId, S::AwaitingPayment));
    // While its payment is open: this cart still cannot be paid twice...
    const CheckoutService::StartResult open = rig.pay(cart);
    QVERIFY(!open.ok());
    QVERIFY(open.refusal.english().contains(rig.attempt(first.attemptId)->billNo));
    // ... not even as a "replacement" of an attempt that is not Unknown.
    QVERIFY(!rig.pay(cart, first.attemptId).ok());
    QCOMPARE(rig.journal->count({}), 1);
    QCOMPARE(rig.postedRequests(), 1);

    // An Unknown attempt may be replaced once the cashier confirms: a new bill, linked.
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("reset@post-data")));
    Order other = sampleOrder(Channel::Indodana, QStringLiteral("C"));
    other.cart.lines.first().qty += 1; // another sale: other goods, another customer
    other.customer.phone = QStringLiteral("081277770000");
    other.customer.email = QStringLiteral("other.buyer@example.com");
    const CheckoutService::StartResult lost = rig.pay(other);
    QVERIFY(lost.ok());
    QVERIFY(rig.waitForState(lost.attemptId, S::Unknown));
    QVERIFY(!rig.pay(other).ok()); // not without confirming
    const CheckoutService::StartResult replacement = rig.pay(other, lost.attemptId);
    QVERIFY(replacement.ok());
    QVERIFY(rig.waitForState(replacement.attemptId, S::AwaitingPayment));
    const Attempt r = *rig.attempt(replacement.attemptId);
    QCOMPARE(r.previousAttemptId, lost.attemptId);
    QVERIFY(r.billNo != rig.attempt(lost.attemptId)->billNo);
    QCOMPARE(rig.sandbox->postCount(rig.attempt(lost.attemptId)->billNo), 1);
    QCOMPARE(rig.sandbox->postCount(r.billNo), 1);
}

void TestEngineFaults::finalStatuses_data()
{
    QTest::addColumn<int>("paymentStatus");
    QTest::addColumn<S>("expected");
    QTest::newRow("3 failed") << 3 << S::Failed;
    QTest::newRow("7 expired") << 7 << S::Expired;
    QTest::newRow("8 cancelled") << 8 << S::Cancelled;
    QTest::newRow("4 reversed, never seen paid") << 4 << S::NeedsAttention;
}

void TestEngineFaults::finalStatuses()
{
    QFETCH(int, paymentStatus);
    QFETCH(S, expected);
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
    const QString billNo = rig.attempt(started.attemptId)->billNo;
    QVERIFY(rig.sandbox->setPaymentStatus(billNo, paymentStatus));
    QVERIFY(rig.waitForState(started.attemptId, expected));
    QCOMPARE(rig.attempt(started.attemptId)->paymentStatusCode, paymentStatus);
    QCOMPARE(rig.originalReceipts(started.attemptId), 0);
    QCOMPARE(rig.sandbox->postCount(billNo), 1);
}

void TestEngineFaults::expiresWithTime()
{
    // Nobody pays: the bill expires at bill_expired (60 minutes, by the shared clock), and the
    // next status check says so.
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(a.billDate.secsTo(a.billExpired), 3600);
    QVERIFY(QTest::qWaitFor([&] { return rig.statusChecks(a.billNo) >= 2; }, 10000));
    QCOMPARE(rig.attempt(a.id)->state, S::AwaitingPayment);
    rig.clock.advanceSecs(3601);
    QVERIFY(rig.waitForState(a.id, S::Expired));
    QCOMPARE(rig.attempt(a.id)->paymentStatusCode, 7);
    // Expired is final: paying afterwards is refused by Faspay and changes nothing here.
    QVERIFY(!rig.sandbox->approve(a.billNo));
    QVERIFY(rig.quietFor(a.id, 300)); // not checked again either
    QCOMPARE(rig.attempt(a.id)->state, S::Expired);
}

void TestEngineFaults::cashierCancel()
{
    EngineRig rig;
    QVERIFY(rig.start());
    const CheckoutService::StartResult started = rig.pay(sampleOrder());
    QVERIFY(rig.waitForState(started.attemptId, S::AwaitingPayment));
    const QString billNo = rig.attempt(started.attemptId)->billNo;
    QVERIFY(rig.service->cancel(started.attemptId, QStringLiteral("customer changed mind")));
    QVERIFY(rig.waitForState(started.attemptId, S::Cancelled));
    QCOMPARE(rig.sandbox->bill(billNo)->paymentStatus, SandboxStatus::Cancelled);
    QVERIFY(!rig.service->cancel(started.attemptId, QStringLiteral("again")));
    // Paid while cancelling: the money was taken, a supervisor must look.
    const CheckoutService::StartResult second = rig.pay(sampleOrder(Channel::Akulaku));
    QVERIFY(rig.waitForState(second.attemptId, S::AwaitingPayment));
    const QString billNo2 = rig.attempt(second.attemptId)->billNo;
    QVERIFY(rig.sandbox->approve(billNo2));
    QVERIFY(rig.service->cancel(second.attemptId, QStringLiteral("too late")));
    QVERIFY(rig.waitForState(second.attemptId, S::NeedsAttention));
    QCOMPARE(rig.attempt(second.attemptId)->reason,
             attemptReasonKey(AttemptReason::PaidAfterCancel));
    QCOMPARE(rig.originalReceipts(second.attemptId), 0);
}

void TestEngineFaults::amountMismatchNeedsAttention_data()
{
    QTest::addColumn<QString>("paymentTotal");
    QTest::addColumn<S>("expected");
    QTest::newRow("whole rupiah") << QStringLiteral("1660000") << S::Paid;
    QTest::newRow("rupiah x 100") << QStringLiteral("166000000") << S::Paid;
    QTest::newRow("one rupiah less") << QStringLiteral("1659999") << S::NeedsAttention;
    QTest::newRow("x 10") << QStringLiteral("16600000") << S::NeedsAttention;
    QTest::newRow("empty") << QString() << S::NeedsAttention;
}

void TestEngineFaults::amountMismatchNeedsAttention()
{
    // Invariant 5: status 2 with another amount is not Paid. A scripted gateway on loopback
    // (the sandbox never lies about amounts) accepts the bill and then reports it paid with
    // `paymentTotal`; whole rupiah and rupiah x 100 are the same amount (Part A §4).
    QFETCH(QString, paymentTotal);
    QFETCH(S, expected);
    using namespace kasir::testsupport;
    EngineRig rig;
    QVERIFY(rig.start());
    TestHttpServer gateway;
    const faspay::Credentials credentials = rig.credentials();
    QString trxId = QStringLiteral("7777700000000042");
    gateway.setResponder([&](const RecordedRequest &request) -> ScriptedResponse {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString billNo = body.value(u"bill_no").toString();
        QJsonObject answer{{QStringLiteral("response_code"), QStringLiteral("00")},
                           {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
                           {QStringLiteral("merchant_id"), credentials.merchantId},
                           {QStringLiteral("merchant"), credentials.merchantName},
                           {QStringLiteral("bill_no"), billNo},
                           {QStringLiteral("trx_id"), trxId}};
        if (request.target == "/cvr/300011/10") {
            answer.insert(QStringLiteral("redirect_url"),
                          QStringLiteral("http://127.0.0.1:1/pws/100003/0830000010100000/x"
                                         "?trx_id=%1&merchant_id=%2&bill_no=%3")
                              .arg(trxId, credentials.merchantId, billNo));
        } else if (request.target == "/cvr/100004/10") {
            answer.insert(QStringLiteral("payment_status_code"), QStringLiteral("2"));
            answer.insert(QStringLiteral("payment_status_desc"), QStringLiteral("Sukses"));
            answer.insert(QStringLiteral("payment_reff"), QStringLiteral("R1"));
            answer.insert(QStringLiteral("payment_date"), QStringLiteral("2026-11-23 10:00:00"));
            answer.insert(QStringLiteral("payment_total"), paymentTotal);
        }
        return ScriptedResponse::json(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    });
    QVERIFY(gateway.listen());
    rig.setGateway(gateway.url());
    const Order order = sampleOrder();
    QCOMPARE(order.cart.totals().total.rupiah(), 1'660'000);
    const CheckoutService::StartResult started = rig.pay(order);
    QVERIFY(started.ok());
    QVERIFY(rig.waitForState(started.attemptId, expected));
    const Attempt a = *rig.attempt(started.attemptId);
    QCOMPARE(a.paymentStatusCode, 2);
    if (expected == S::NeedsAttention) {
        QCOMPARE(a.reason, attemptReasonKey(AttemptReason::AmountMismatch));
        // Another answer (one more status check) changes nothing, and nothing is printed.
        const int checks = rig.checksAnswered(a.id);
        QVERIFY(QTest::qWaitFor([&] { return rig.checksAnswered(a.id) > checks; }, 20000));
        QCOMPARE(rig.attempt(a.id)->state, S::NeedsAttention);
        QCOMPARE(rig.originalReceipts(a.id), 0);
        QCOMPARE(rig.alarms.size(), 0);
    } else {
        QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(a.id) == 1; }, 10000));
    }
}

QTEST_MAIN(TestEngineFaults)
#include "tst_enginefaults.moc"
