// Payment notifications end to end (issue #4, acceptance 3): the training sandbox notifies the
// real NotificationReceiver over loopback, which hands verified notifications to the real
// CheckoutService. Only an Inquiry Payment Status answer ever sets Paid (Part A §12).

#include "core/faspay/notification.h"
#include "enginerig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

Q_DECLARE_METATYPE(kasir::AttemptState)

using namespace kasir;
using namespace kasir::enginetest;
using S = AttemptState;

namespace {

// Polling so slow that it never runs during a test: whatever happens, a notification did it.
RigOptions notifiedOnly(bool xml = false)
{
    RigOptions o;
    o.notificationReceiver = true;
    o.notificationFormat =
        xml ? SandboxConfig::NotificationFormat::Xml : SandboxConfig::NotificationFormat::Json;
    o.pollScale = 0.01; // first status check after 300 s
    return o;
}

int transitionsTo(const QList<AttemptEvent> &events, S state)
{
    int n = 0;
    for (const AttemptEvent &e : events) {
        if (e.to == state && e.from != state)
            ++n;
    }
    return n;
}

int countKind(const QList<AttemptEvent> &events, const QString &kind)
{
    int n = 0;
    for (const AttemptEvent &e : events) {
        if (e.kind == kind)
            ++n;
    }
    return n;
}

bool allAcknowledged(const QList<NotificationDelivery> &deliveries)
{
    return std::all_of(deliveries.cbegin(), deliveries.cend(),
                       [](const NotificationDelivery &d) { return d.acknowledged; });
}

// response_code of an acknowledgement, JSON or XML.
QString ackCode(const QByteArray &body)
{
    if (body.trimmed().startsWith('<')) {
        QXmlStreamReader xml(body);
        while (xml.readNextStartElement()) {
            if (xml.name() == u"faspay")
                continue;
            if (xml.name() == u"response_code")
                return xml.readElementText();
            xml.skipCurrentElement();
        }
        return QString();
    }
    return QJsonDocument::fromJson(body).object().value(u"response_code").toString();
}

// Pays a fresh sale up to AwaitingPayment.
qint64 awaiting(EngineRig &rig, Channel channel = Channel::Kredivo)
{
    const CheckoutService::StartResult started = rig.pay(sampleOrder(channel));
    if (!started.ok() || !rig.waitForState(started.attemptId, S::AwaitingPayment))
        return 0;
    return started.attemptId;
}

} // namespace

class TestEngineNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genuineNotificationPaysThroughAnInquiry_data();
    void genuineNotificationPaysThroughAnInquiry();
    void notificationAloneNeverSetsPaid_data();
    void notificationAloneNeverSetsPaid();
    void refusedNotificationsChangeNothing_data();
    void refusedNotificationsChangeNothing();
    void sandboxForgedCopyIsRefused();
    void repeatsChangeOnce_data();
    void repeatsChangeOnce();
    void outOfOrderAfterPaid();
    void handMadeRepeatsChangeOnce();
    void appDownWhileTheSandboxRetries();
    void returnUrlOnlyTriggersACheck();
};

void TestEngineNotifications::genuineNotificationPaysThroughAnInquiry_data()
{
    QTest::addColumn<bool>("xml");
    QTest::newRow("JSON") << false;
    QTest::newRow("XML") << true;
}

void TestEngineNotifications::genuineNotificationPaysThroughAnInquiry()
{
    QFETCH(bool, xml);
    EngineRig rig(notifiedOnly(xml));
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const QString billNo = rig.attempt(id)->billNo;
    // The inquiry that follows the notification is slow to answer: in between, the sale must
    // still be waiting, however genuine the notification was.
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("delay=700@inquiry")));
    bool inquiryArrived = false;
    S stateWhenInquiryArrived = S::Draft;
    S stateWhenAcknowledged = S::Draft;
    QObject::connect(rig.sandbox.get(), &TrainingSandbox::requestHandled, rig.sandbox.get(),
                     [&](const SandboxRequestRecord &r) {
                         if (r.operation == SandboxOperation::InquiryStatus && !inquiryArrived) {
                             inquiryArrived = true;
                             stateWhenInquiryArrived = rig.journal->attempt(id)->state;
                         }
                     });
    QObject::connect(rig.sandbox.get(), &TrainingSandbox::notificationDelivered, rig.sandbox.get(),
                     [&](const NotificationDelivery &d) {
                         if (d.acknowledged)
                             stateWhenAcknowledged = rig.journal->attempt(id)->state;
                     });

    QVERIFY(rig.sandbox->approve(billNo));
    QVERIFY(QTest::qWaitFor([&] { return inquiryArrived; }, 10000));
    QCOMPARE(stateWhenAcknowledged, S::AwaitingPayment);
    QCOMPARE(stateWhenInquiryArrived, S::AwaitingPayment);
    QCOMPARE(rig.attempt(id)->state, S::AwaitingPayment); // the inquiry has not answered yet
    QVERIFY(rig.waitForState(id, S::Paid));

    // The sandbox's notification was acknowledged with 00, in its own format, first try.
    const QList<NotificationDelivery> deliveries = rig.sandbox->notifications();
    QCOMPARE(deliveries.size(), 1);
    QVERIFY2(deliveries.constFirst().acknowledged, qPrintable(deliveries.constFirst().problem));
    QCOMPARE(deliveries.constFirst().httpStatus, 200);
    QCOMPARE(deliveries.constFirst().responseBody.trimmed().startsWith('<'), xml);
    QCOMPARE(ackCode(deliveries.constFirst().responseBody), QStringLiteral("00"));

    // The event log: the notification (no state change), then the inquiry that set Paid.
    const QList<AttemptEvent> events = rig.journalEvents(id);
    const AttemptEvent &last = events.constLast();
    const AttemptEvent &before = events.at(events.size() - 2);
    QCOMPARE(before.kind, QStringLiteral("notification"));
    QCOMPARE(before.source, EventSource::Notification);
    QVERIFY(!before.to.has_value());
    QCOMPARE(last.kind, QStringLiteral("status-check"));
    QCOMPARE(last.source, EventSource::Inquiry);
    QCOMPARE(last.to, std::optional<S>(S::Paid));
    QCOMPARE(rig.statusChecks(billNo), 1);
    QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(id) == 1; }, 10000));
    QCOMPARE(rig.sandbox->postCount(billNo), 1);
}

void TestEngineNotifications::notificationAloneNeverSetsPaid_data()
{
    QTest::addColumn<bool>("xml");
    QTest::newRow("JSON") << false;
    QTest::newRow("XML") << true;
}

void TestEngineNotifications::notificationAloneNeverSetsPaid()
{
    // A genuinely signed "paid" notification for a bill Faspay still reports unpaid (a replay,
    // a mix-up at the lender): acknowledged, stored, checked, and the sale is NOT paid.
    QFETCH(bool, xml);
    EngineRig rig(notifiedOnly());
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const Attempt a = *rig.attempt(id);
    const HttpAnswer answer = httpPost(
        &rig.network, rig.receiver->url(), notificationFor(rig.credentials(), a, 2, xml),
        xml ? QByteArrayLiteral("application/xml") : QByteArrayLiteral("application/json"));
    QCOMPARE(answer.status, 200);
    QCOMPARE(ackCode(answer.body), QStringLiteral("00"));
    QCOMPARE(answer.body.trimmed().startsWith('<'), xml);
    QVERIFY(QTest::qWaitFor([&] { return rig.statusChecks(a.billNo) == 1; }, 10000));
    QVERIFY(QTest::qWaitFor(
        [&] { return countKind(rig.journalEvents(id), QStringLiteral("status-check")) == 1; },
        10000));
    const Attempt after = *rig.attempt(id);
    QCOMPARE(after.state, S::AwaitingPayment);
    QCOMPARE(after.paymentStatusCode, 0);
    QCOMPARE(transitionsTo(rig.journalEvents(id), S::Paid), 0);
    QCOMPARE(rig.originalReceipts(id), 0);
    QCOMPARE(countKind(rig.journalEvents(id), QStringLiteral("notification")), 1);
}

void TestEngineNotifications::refusedNotificationsChangeNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("logged"); // a pattern of the warning
    QTest::newRow("wrong signature")
        << QStringLiteral("signature") << 403 << QStringLiteral("forged notification");
    QTest::newRow("other merchant")
        << QStringLiteral("merchant") << 403 << QStringLiteral("forged notification");
    QTest::newRow("signature for another status")
        << QStringLiteral("status") << 403 << QStringLiteral("forged notification");
    QTest::newRow("malformed JSON")
        << QStringLiteral("malformed") << 400 << QStringLiteral("malformed notification");
    QTest::newRow("XML with a DOCTYPE")
        << QStringLiteral("doctype") << 400 << QStringLiteral("malformed notification");
    QTest::newRow("no bill_no") << QStringLiteral("missing") << 400
                                << QStringLiteral("malformed notification");
    QTest::newRow("empty") << QStringLiteral("empty") << 400
                           << QStringLiteral("malformed notification");
    QTest::newRow("oversized (70 KiB)")
        << QStringLiteral("oversized") << 413 << QStringLiteral("refused a request");
}

void TestEngineNotifications::refusedNotificationsChangeNothing()
{
    QFETCH(QString, what);
    QFETCH(int, httpStatus);
    QFETCH(QString, logged);
    EngineRig rig(notifiedOnly());
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const Attempt a = *rig.attempt(id);
    // The sale is paid at Faspay (planted: the sandbox sends no notification of its own), so
    // that a notification that got through would set it Paid.
    QVERIFY(rig.sandbox->setPaymentStatus(a.billNo, 2));
    const int eventsBefore = int(rig.journalEvents(id).size());

    QByteArray body = notificationFor(rig.credentials(), a, 2, false);
    QJsonObject o = QJsonDocument::fromJson(body).object();
    if (what == u"signature") {
        o.insert(QStringLiteral("signature"), QString(40, u'a'));
    } else if (what == u"merchant") {
        o.insert(QStringLiteral("merchant_id"), QStringLiteral("99999"));
    } else if (what == u"status") {
        o.insert(QStringLiteral("signature"),
                 faspay::statusSignature(rig.credentials(), a.billNo, QStringLiteral("1")));
    } else if (what == u"missing") {
        o.remove(QStringLiteral("bill_no"));
    }
    body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray contentType = "application/json";
    if (what == u"malformed") {
        body.chop(body.size() / 2);
    } else if (what == u"doctype") {
        body = notificationFor(rig.credentials(), a, 2, true);
        body.replace("<faspay>", "<!DOCTYPE faspay [<!ENTITY x \"2\">]><faspay>");
        contentType = "application/xml";
    } else if (what == u"empty") {
        body.clear();
    } else if (what == u"oversized") {
        o.insert(QStringLiteral("padding"), QString(70 * 1024, u'x'));
        body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // Logged: the warning is required (QTest fails when an expected message never comes).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(logged));
    const HttpAnswer answer = httpPost(&rig.network, rig.receiver->url(), body, contentType);
    QCOMPARE(answer.status, httpStatus);
    QVERIFY(ackCode(answer.body).isEmpty()); // not acknowledged
    QVERIFY(QTest::qWaitFor([&] { return !rig.refusedNotifications.isEmpty(); }, 5000));
    QCOMPARE(rig.refusedNotifications.constFirst().first, httpStatus);
    QVERIFY(rig.quietFor(id, 300));
    // No state change, nothing stored, no inquiry triggered.
    QCOMPARE(rig.attempt(id)->state, S::AwaitingPayment);
    QCOMPARE(int(rig.journalEvents(id).size()), eventsBefore);
    QCOMPARE(rig.statusChecks(a.billNo), 0);
}

void TestEngineNotifications::sandboxForgedCopyIsRefused()
{
    EngineRig rig(notifiedOnly());
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const QString billNo = rig.attempt(id)->billNo;
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("notify-forged")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("forged notification")));
    QVERIFY(rig.sandbox->approve(billNo));
    QVERIFY(rig.waitForState(id, S::Paid));
    QVERIFY(QTest::qWaitFor([&] { return rig.sandbox->notifications().size() >= 2; }, 10000));
    const QList<NotificationDelivery> deliveries = rig.sandbox->notifications();
    QCOMPARE(deliveries.at(0).kind, NotificationDelivery::Kind::Forged);
    QCOMPARE(deliveries.at(0).httpStatus, 403);
    QVERIFY(!deliveries.at(0).acknowledged);
    QCOMPARE(deliveries.at(1).kind, NotificationDelivery::Kind::Genuine);
    QVERIFY(deliveries.at(1).acknowledged);
    QCOMPARE(countKind(rig.journalEvents(id), QStringLiteral("notification")), 1);
    QCOMPARE(transitionsTo(rig.journalEvents(id), S::Paid), 1);
}

void TestEngineNotifications::repeatsChangeOnce_data()
{
    QTest::addColumn<int>("copies");
    QTest::addColumn<bool>("xml");
    QTest::newRow("3 JSON") << 3 << false;
    QTest::newRow("10 JSON") << 10 << false;
    QTest::newRow("3 XML") << 3 << true;
    QTest::newRow("10 XML") << 10 << true;
}

void TestEngineNotifications::repeatsChangeOnce()
{
    QFETCH(int, copies);
    QFETCH(bool, xml);
    EngineRig rig(notifiedOnly(xml));
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const QString billNo = rig.attempt(id)->billNo;
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("notify-duplicate=%1").arg(copies)));
    QVERIFY(rig.sandbox->approve(billNo));
    QVERIFY(QTest::qWaitFor([&] { return rig.sandbox->notifications().size() == copies; }, 15000));
    QVERIFY(rig.waitForState(id, S::Paid));
    // Every copy answered (the sandbox saw each acknowledgement) and logged.
    QTRY_COMPARE_WITH_TIMEOUT(countKind(rig.journalEvents(id), QStringLiteral("notification")),
                              copies, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(allAcknowledged(rig.sandbox->notifications()), 10000);
    for (const NotificationDelivery &d : rig.sandbox->notifications())
        QVERIFY2(d.acknowledged, qPrintable(d.problem)); // every repeat acknowledged
    const QList<AttemptEvent> events = rig.journalEvents(id);
    QCOMPARE(countKind(events, QStringLiteral("notification")), copies); // each one logged
    QCOMPARE(transitionsTo(events, S::Paid), 1);                         // one change
    QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(id) == 1; }, 10000));
    QTest::qWait(200);
    QCOMPARE(rig.originalReceipts(id), 1); // one receipt
    QCOMPARE(rig.journal->receipts(id).size(), 1);
}

void TestEngineNotifications::outOfOrderAfterPaid()
{
    // After the genuine "paid", a validly signed "in process" arrives late: acknowledged, and
    // the sale stays Paid.
    EngineRig rig(notifiedOnly());
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const QString billNo = rig.attempt(id)->billNo;
    QVERIFY(rig.sandbox->addFaultSpec(QStringLiteral("notify-out-of-order")));
    QVERIFY(rig.sandbox->approve(billNo));
    QVERIFY(QTest::qWaitFor([&] { return rig.sandbox->notifications().size() == 2; }, 15000));
    QVERIFY(rig.waitForState(id, S::Paid));
    QTRY_COMPARE_WITH_TIMEOUT(countKind(rig.journalEvents(id), QStringLiteral("notification")), 2,
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(allAcknowledged(rig.sandbox->notifications()), 10000);
    const QList<NotificationDelivery> deliveries = rig.sandbox->notifications();
    QCOMPARE(deliveries.at(1).kind, NotificationDelivery::Kind::OutOfOrder);
    QCOMPARE(deliveries.at(1).statusCode, QStringLiteral("1"));
    QVERIFY(deliveries.at(0).acknowledged);
    QVERIFY(deliveries.at(1).acknowledged);
    QCOMPARE(rig.attempt(id)->state, S::Paid);
    QCOMPARE(transitionsTo(rig.journalEvents(id), S::Paid), 1);
    QCOMPARE(rig.originalReceipts(id), 1);
}

void TestEngineNotifications::handMadeRepeatsChangeOnce()
{
    // Ten identical genuine notifications, then an older "in process" one, sent as fast as
    // possible by hand: all acknowledged, one change.
    EngineRig rig(notifiedOnly());
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const Attempt a = *rig.attempt(id);
    QVERIFY(rig.sandbox->setPaymentStatus(a.billNo, 2));
    const QByteArray paid = notificationFor(rig.credentials(), a, 2, false);
    for (int i = 0; i < 10; ++i) {
        const HttpAnswer answer = httpPost(&rig.network, rig.receiver->url(), paid,
                                           QByteArrayLiteral("application/json"));
        QCOMPARE(answer.status, 200);
        QCOMPARE(ackCode(answer.body), QStringLiteral("00"));
    }
    const HttpAnswer late =
        httpPost(&rig.network, rig.receiver->url(), notificationFor(rig.credentials(), a, 1, false),
                 QByteArrayLiteral("application/json"));
    QCOMPARE(late.status, 200);
    QCOMPARE(ackCode(late.body), QStringLiteral("00"));
    QVERIFY(rig.waitForState(id, S::Paid));
    // The receipt is out and every status check the repeats triggered has been answered.
    QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(id) == 1; }, 10000));
    QTRY_COMPARE_WITH_TIMEOUT(rig.checksAnswered(id), rig.statusChecks(a.billNo), 10000);
    const QList<AttemptEvent> events = rig.journalEvents(id);
    QCOMPARE(countKind(events, QStringLiteral("notification")), 11);
    QCOMPARE(transitionsTo(events, S::Paid), 1);
    QCOMPARE(rig.attempt(id)->state, S::Paid);
    QCOMPARE(rig.originalReceipts(id), 1);
    // At most one inquiry in flight per attempt: repeats do not flood Faspay.
    QVERIFY2(rig.statusChecks(a.billNo) <= 3,
             qPrintable(QString::number(rig.statusChecks(a.billNo))));
}

void TestEngineNotifications::appDownWhileTheSandboxRetries()
{
    RigOptions options;
    options.notificationReceiver = true;
    options.notificationRetryMs = 100;
    EngineRig rig(options);
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const QString billNo = rig.attempt(id)->billNo;

    rig.stopApp(); // Kasir is down: nothing listens for notifications
    QVERIFY(rig.sandbox->approve(billNo));
    QVERIFY(QTest::qWaitFor([&] { return rig.sandbox->notifications().size() == 3; }, 15000));
    // Three tries, then the sandbox gives up: no fourth.
    QSignalSpy more(rig.sandbox.get(), &TrainingSandbox::notificationDelivered);
    QVERIFY(!more.wait(300));
    const QList<NotificationDelivery> deliveries = rig.sandbox->notifications();
    QCOMPARE(deliveries.size(), 3); // Faspay's three tries, all failed
    for (const NotificationDelivery &d : deliveries) {
        QVERIFY(!d.acknowledged);
        QCOMPARE(d.httpStatus, 0);
    }

    QVERIFY(rig.startApp()); // restart: polling finds the truth by itself
    QVERIFY(rig.waitForState(id, S::Paid));
    const QList<AttemptEvent> events = rig.journalEvents(id);
    QCOMPARE(countKind(events, QStringLiteral("notification")), 0);
    QCOMPARE(events.constLast().source, EventSource::Inquiry);
    QCOMPARE(events.constLast().to, std::optional<S>(S::Paid));
    QVERIFY(QTest::qWaitFor([&] { return rig.originalReceipts(id) == 1; }, 10000));
    QCOMPARE(rig.sandbox->notifications().size(), 3);
    QCOMPARE(rig.sandbox->postCount(billNo), 1);
}

void TestEngineNotifications::returnUrlOnlyTriggersACheck()
{
    // The embedded browser reaches the return URL: its parameters are not trusted (it says
    // status=2 here while Faspay still says 0); it only makes Kasir ask Faspay now.
    RigOptions options = notifiedOnly();
    options.notificationReceiver = false;
    EngineRig rig(options);
    QVERIFY(rig.start());
    const qint64 id = awaiting(rig);
    QVERIFY(id);
    const Attempt a = *rig.attempt(id);
    QUrl lying = rig.sandboxUrl(QStringLiteral("/kasir/return"));
    lying.setQuery(
        QStringLiteral("bill_no=%1&trx_id=%2&status=2&signature=%3")
            .arg(a.billNo, a.trxId, faspay::statusSignature(rig.credentials(), a.billNo, u"2")));
    rig.service->returnUrlReached(lying);
    QVERIFY(QTest::qWaitFor([&] { return rig.statusChecks(a.billNo) == 1; }, 10000));
    QTRY_COMPARE_WITH_TIMEOUT(rig.checksAnswered(id), 1, 10000); // its answer handled
    QCOMPARE(rig.attempt(id)->state, S::AwaitingPayment);
    QVERIFY(rig.eventKinds(id).contains(QStringLiteral("return-url")));

    // Paid at Faspay (no notification configured): the next return URL finds it.
    QVERIFY(rig.sandbox->approve(a.billNo));
    rig.service->returnUrlReached(lying);
    QVERIFY(rig.waitForState(id, S::Paid));
    QCOMPARE(rig.journalEvents(id).constLast().source, EventSource::Inquiry);
    // A return URL for a bill this counter does not know changes nothing.
    QUrl other = lying;
    other.setQuery(QStringLiteral("bill_no=K01NOSUCHBILL&status=2"));
    rig.service->returnUrlReached(other);
    QCOMPARE(rig.statusChecks(QStringLiteral("K01NOSUCHBILL")), 0);
}

QTEST_MAIN(TestEngineNotifications)
#include "tst_enginenotifications.moc"
