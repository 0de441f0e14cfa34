#include "core/sandbox/trainingsandbox.h"
#include "sandboxtestsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

// Payment notifications from the training sandbox to a merchant's receiver on loopback: JSON and
// XML, Faspay's fields and signature, up to three tries when not acknowledged with "00", and the
// notification faults (duplicates, out of order, forged, dropped).
class TestSandboxNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliveredInEachFormat_data();
    void deliveredInEachFormat();
    void declineIsNotified();
    void triedThreeTimesWhenNotAcknowledged_data();
    void triedThreeTimesWhenNotAcknowledged();
    void retriedUntilAcknowledged();
    void duplicates();
    void outOfOrder();
    void forgedBeforeGenuine();
    void dropped();
    void noUrlNoNotification();

private:
    static SandboxConfig
    configFor(const NotificationSink &sink,
              SandboxConfig::NotificationFormat format = SandboxConfig::NotificationFormat::Json);
};

SandboxConfig TestSandboxNotifications::configFor(const NotificationSink &sink,
                                                  SandboxConfig::NotificationFormat format)
{
    SandboxConfig config;
    config.notificationUrl = sink.url();
    config.notificationFormat = format;
    config.notificationRetryMs = 10;
    return config;
}

namespace {

// Waits (event loop running) until the sandbox has recorded `count` deliveries.
bool waitForDeliveries(const TrainingSandbox &sandbox, int count)
{
    return QTest::qWaitFor([&] { return sandbox.notifications().size() >= count; }, 20000);
}

} // namespace

void TestSandboxNotifications::deliveredInEachFormat_data()
{
    QTest::addColumn<bool>("xml");
    QTest::newRow("JSON") << false;
    QTest::newRow("XML") << true;
}

void TestSandboxNotifications::deliveredInEachFormat()
{
    QFETCH(bool, xml);
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink, xml ? SandboxConfig::NotificationFormat::Xml
                                         : SandboxConfig::NotificationFormat::Json));
    const QString billNo = QStringLiteral("K01N0001");
    const QString trxId = f.createBill(billNo).value(u"trx_id").toString();
    QVERIFY(f.sandbox->approve(billNo));
    QVERIFY(waitForDeliveries(*f.sandbox, 1));

    QCOMPARE(sink.received.size(), 1);
    const NotificationSink::Received &in = sink.received.constFirst();
    QCOMPARE(in.xml, xml);
    QCOMPARE(in.contentType, xml ? QByteArray("application/xml") : QByteArray("application/json"));
    if (xml)
        QVERIFY(in.body.contains("<faspay><request>Payment Notification</request>"));
    const SandboxBill bill = *f.sandbox->bill(billNo);
    const QMap<QString, QString> expected = {
        {QStringLiteral("request"), QStringLiteral("Payment Notification")},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), f.credentials().merchantId},
        {QStringLiteral("merchant"), f.credentials().merchantName},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("payment_reff"), bill.paymentReff},
        {QStringLiteral("payment_date"), wibText(bill.paymentDate)},
        {QStringLiteral("payment_status_code"), QStringLiteral("2")},
        {QStringLiteral("payment_status_desc"), QStringLiteral("Payment Sukses")},
        {QStringLiteral("bill_total"), QString::number(ValidTotalRupiah)},
        {QStringLiteral("payment_total"), QString::number(ValidTotalRupiah)},
        {QStringLiteral("payment_channel_uid"), QStringLiteral("709")},
        {QStringLiteral("payment_channel"), QStringLiteral("Kredivo")},
        {QStringLiteral("signature"),
         faspay::statusSignature(f.credentials(), billNo, QStringLiteral("2"))},
    };
    QCOMPARE(in.fields, expected);
    QVERIFY(in.signatureValid);

    const NotificationDelivery delivery = f.sandbox->notifications().constFirst();
    QCOMPARE(delivery.kind, NotificationDelivery::Kind::Genuine);
    QCOMPARE(delivery.attempt, 1);
    QCOMPARE(delivery.httpStatus, 200);
    QVERIFY2(delivery.acknowledged, qPrintable(delivery.problem));
    QCOMPARE(delivery.body, in.body);
}

void TestSandboxNotifications::declineIsNotified()
{
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink));
    const QString billNo = QStringLiteral("K01N0002");
    f.createBill(billNo, QStringLiteral("807"));
    QVERIFY(f.sandbox->decline(billNo));
    QVERIFY(waitForDeliveries(*f.sandbox, 1));
    const NotificationSink::Received &in = sink.received.constFirst();
    QCOMPARE(in.fields.value(QStringLiteral("payment_status_code")), u"3");
    QCOMPARE(in.fields.value(QStringLiteral("payment_reff")), QString());
    QCOMPARE(in.fields.value(QStringLiteral("payment_total")), u"0");
    QCOMPARE(in.fields.value(QStringLiteral("payment_channel")), u"Akulaku");
    QVERIFY(in.signatureValid);
    QVERIFY(f.sandbox->notifications().constFirst().acknowledged);
}

void TestSandboxNotifications::triedThreeTimesWhenNotAcknowledged_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QString>("problem");
    QTest::newRow("response_code 01")
        << int(NotificationSink::Answer::RefuseCode) << QStringLiteral("response_code 01");
    QTest::newRow("HTTP 500") << int(NotificationSink::Answer::Http500)
                              << QStringLiteral("HTTP status 500");
    QTest::newRow("answer in the other format")
        << int(NotificationSink::Answer::WrongFormat) << QStringLiteral("not a JSON object");
}

void TestSandboxNotifications::triedThreeTimesWhenNotAcknowledged()
{
    QFETCH(int, answer);
    QFETCH(QString, problem);
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink));
    const QString billNo = QStringLiteral("K01N0003");
    f.createBill(billNo);
    f.createBill(QStringLiteral("K01N0004"));
    // Every answer refuses, except from the 4th request on (the next bill's notification).
    const auto refuse = NotificationSink::Answer(answer);
    sink.setAnswers({refuse, refuse, refuse, NotificationSink::Answer::Acknowledge});
    QVERIFY(f.sandbox->approve(billNo));
    QVERIFY(f.sandbox->approve(QStringLiteral("K01N0004")));
    // Notifications go out one at a time: when the second bill's arrives, the first's tries
    // are over.
    QVERIFY(waitForDeliveries(*f.sandbox, 4));
    const QList<NotificationDelivery> deliveries = f.sandbox->notifications();
    QCOMPARE(deliveries.size(), 4);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(deliveries[i].billNo, billNo);
        QCOMPARE(deliveries[i].attempt, i + 1);
        QVERIFY(!deliveries[i].acknowledged);
        QVERIFY2(deliveries[i].problem.contains(problem), qPrintable(deliveries[i].problem));
        QCOMPARE(deliveries[i].body, deliveries[0].body); // the same notification each time
    }
    QCOMPARE(deliveries[3].billNo, u"K01N0004");
    QVERIFY(deliveries[3].acknowledged);
    QCOMPARE(sink.received.size(), 4);
}

void TestSandboxNotifications::retriedUntilAcknowledged()
{
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink, SandboxConfig::NotificationFormat::Xml));
    sink.setAnswers({NotificationSink::Answer::Http500, NotificationSink::Answer::Acknowledge});
    const QString billNo = QStringLiteral("K01N0005");
    f.createBill(billNo, QStringLiteral("820"));
    QVERIFY(f.sandbox->approve(billNo));
    QVERIFY(waitForDeliveries(*f.sandbox, 2));
    const QList<NotificationDelivery> deliveries = f.sandbox->notifications();
    QVERIFY(!deliveries[0].acknowledged);
    QVERIFY(deliveries[1].acknowledged);
    QCOMPARE(deliveries[1].attempt, 2);
    // Acknowledged: no third try, whatever comes next.
    f.createBill(QStringLiteral("K01N0006"), QStringLiteral("820"));
    QVERIFY(f.sandbox->approve(QStringLiteral("K01N0006")));
    QVERIFY(waitForDeliveries(*f.sandbox, 3));
    QCOMPARE(f.sandbox->notifications().at(2).billNo, u"K01N0006");
}

void TestSandboxNotifications::duplicates()
{
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink));
    const QString billNo = QStringLiteral("K01N0007");
    f.createBill(billNo);
    QVERIFY(f.sandbox->addFaultSpec(u"notify-duplicate=3"));
    QVERIFY(f.sandbox->approve(billNo));
    QVERIFY(waitForDeliveries(*f.sandbox, 3));
    QCOMPARE(sink.received.size(), 3);
    QCOMPARE(sink.received[1].body, sink.received[0].body);
    QCOMPARE(sink.received[2].body, sink.received[0].body);
    const QList<NotificationDelivery> deliveries = f.sandbox->notifications();
    QCOMPARE(deliveries[0].kind, NotificationDelivery::Kind::Genuine);
    QCOMPARE(deliveries[1].kind, NotificationDelivery::Kind::Duplicate);
    QCOMPARE(deliveries[2].kind, NotificationDelivery::Kind::Duplicate);
    QVERIFY(f.sandbox->pendingNotificationFaults().isEmpty()); // used up
}

void TestSandboxNotifications::outOfOrder()
{
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink));
    const QString billNo = QStringLiteral("K01N0008");
    f.createBill(billNo);
    NotificationFaultRule rule;
    rule.fault.kind = NotificationFault::Kind::OutOfOrder;
    rule.billNo = billNo;
    f.sandbox->addNotificationFault(rule);
    QVERIFY(f.sandbox->approve(billNo));
    QVERIFY(waitForDeliveries(*f.sandbox, 2));
    QCOMPARE(sink.received[0].fields.value(QStringLiteral("payment_status_code")), u"2");
    QCOMPARE(sink.received[1].fields.value(QStringLiteral("payment_status_code")), u"1");
    QVERIFY(sink.received[1].signatureValid); // genuine, just late
    QCOMPARE(f.sandbox->notifications().at(1).kind, NotificationDelivery::Kind::OutOfOrder);
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::Paid);
}

void TestSandboxNotifications::forgedBeforeGenuine()
{
    NotificationSink sink(SandboxConfig().credentials());
    sink.setAnswers({NotificationSink::Answer::RejectForged});
    SandboxFixture f(configFor(sink));
    const QString billNo = QStringLiteral("K01N0009");
    f.createBill(billNo);
    QVERIFY(f.sandbox->addFaultSpec(u"notify-forged#K01N0009"));
    QVERIFY(f.sandbox->approve(billNo));
    QVERIFY(waitForDeliveries(*f.sandbox, 2));
    QCOMPARE(sink.received.size(), 2);
    QVERIFY(!sink.received[0].signatureValid);
    QVERIFY(sink.received[1].signatureValid);
    const QList<NotificationDelivery> deliveries = f.sandbox->notifications();
    QCOMPARE(deliveries[0].kind, NotificationDelivery::Kind::Forged);
    QCOMPARE(deliveries[0].httpStatus, 403);
    QVERIFY(!deliveries[0].acknowledged);
    QCOMPARE(deliveries[1].kind, NotificationDelivery::Kind::Genuine);
    QVERIFY(deliveries[1].acknowledged);
}

void TestSandboxNotifications::dropped()
{
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f(configFor(sink));
    f.createBill(QStringLiteral("K01N0010"));
    f.createBill(QStringLiteral("K01N0011"));
    QVERIFY(f.sandbox->addFaultSpec(u"notify-drop#K01N0010"));
    QVERIFY(f.sandbox->approve(QStringLiteral("K01N0010")));
    QVERIFY(f.sandbox->approve(QStringLiteral("K01N0011")));
    QVERIFY(waitForDeliveries(*f.sandbox, 1));
    QCOMPARE(f.sandbox->notifications().constFirst().billNo, u"K01N0011");
    QCOMPARE(sink.received.size(), 1);
}

void TestSandboxNotifications::noUrlNoNotification()
{
    NotificationSink sink(SandboxConfig().credentials());
    SandboxFixture f; // no notification URL
    f.createBill(QStringLiteral("K01N0012"));
    QVERIFY(f.sandbox->approve(QStringLiteral("K01N0012")));
    // Round trip through the sandbox: anything it had queued would have left by now.
    f.inquiry(QStringLiteral("7777700000000001"), QStringLiteral("K01N0012"));
    QVERIFY(f.sandbox->notifications().isEmpty());
    QVERIFY(sink.received.isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxNotifications)
#include "tst_sandboxnotifications.moc"
