// The rules that decide whether an answer from Faspay is about this bill (issue 12): table
// driven, no network.

#include "core/payment/answerevidence.h"

#include <QTest>

using namespace kasir;

class TestAnswerEvidence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identity_data();
    void identity();
    void paymentDate_data();
    void paymentDate();
    void redirectHost_data();
    void redirectHost();
};

void TestAnswerEvidence::identity_data()
{
    QTest::addColumn<QString>("billNo");
    QTest::addColumn<QString>("trxId");
    QTest::addColumn<QString>("merchantId");
    QTest::addColumn<bool>("trxRequired");
    QTest::addColumn<bool>("about");
    const QString bill = QStringLiteral("K01261207000001");
    const QString trx = QStringLiteral("7777703333330001");
    const QString merchant = QStringLiteral("77777");
    QTest::newRow("all equal") << bill << trx << merchant << false << true;
    QTest::newRow("trx_id left out") << bill << QString() << merchant << false << true;
    QTest::newRow("trx_id left out, required") << bill << QString() << merchant << true << false;
    QTest::newRow("bill_no missing") << QString() << trx << merchant << false << false;
    QTest::newRow("another bill_no")
        << QStringLiteral("K01261207000002") << trx << merchant << false << false;
    QTest::newRow("bill_no in other case") << bill.toLower() << trx << merchant << false << false;
    QTest::newRow("bill_no with a blank")
        << bill + QLatin1Char(' ') << trx << merchant << false << false;
    QTest::newRow("another trx_id")
        << bill << QStringLiteral("7777703333330002") << merchant << false << false;
    QTest::newRow("merchant missing") << bill << trx << QString() << false << false;
    QTest::newRow("another merchant") << bill << trx << QStringLiteral("99999") << false << false;
}

void TestAnswerEvidence::identity()
{
    QFETCH(QString, billNo);
    QFETCH(QString, trxId);
    QFETCH(QString, merchantId);
    QFETCH(bool, trxRequired);
    QFETCH(bool, about);
    const QString mismatch =
        answerMismatch(AnswerIdentity{billNo, trxId, merchantId}, QStringLiteral("K01261207000001"),
                       QStringLiteral("77777"), QStringLiteral("7777703333330001"),
                       trxRequired ? TrxIdRule::Required : TrxIdRule::IfPresent);
    QCOMPARE(mismatch.isEmpty(), about);
}

void TestAnswerEvidence::paymentDate_data()
{
    QTest::addColumn<int>("paidSecondsAfterBill");
    QTest::addColumn<bool>("fits");
    QTest::newRow("paid after the bill") << 300 << true;
    QTest::newRow("same second") << 0 << true;
    QTest::newRow("clock skew of a minute") << -60 << true;
    QTest::newRow("an hour before the bill") << -3600 << false;
    QTest::newRow("yesterday") << -86400 << false;
}

void TestAnswerEvidence::paymentDate()
{
    QFETCH(int, paidSecondsAfterBill);
    QFETCH(bool, fits);
    const QDateTime bill(QDate(2026, 12, 7), QTime(8, 0), Qt::UTC);
    QCOMPARE(paymentDateFits(bill.addSecs(paidSecondsAfterBill), bill), fits);
    QVERIFY(!paymentDateFits(QDateTime(), bill));
}

void TestAnswerEvidence::redirectHost_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<bool>("allowed");
    const QString prod = QStringLiteral("https://web.faspay.co.id");
    QTest::newRow("on the gateway") << "https://web.faspay.co.id/pws/100003/x" << prod << true;
    QTest::newRow("Faspay's other host")
        << "https://debit.faspay.co.id/pws/100003/x" << prod << true;
    QTest::newRow("a lender the settings allow")
        << "https://pay.kredivo.com/approve" << prod << true;
    QTest::newRow("any other https host") << "https://pay.example.net/pws/x" << prod << false;
    QTest::newRow("look-alike") << "https://web.faspay.co.id.example.net/x" << prod << false;
    QTest::newRow("plain http to Faspay") << "http://web.faspay.co.id/pws/x" << prod << false;
    QTest::newRow("loopback sandbox") << "http://127.0.0.1:41000/pws/x"
                                      << "http://127.0.0.1:41000" << true;
    QTest::newRow("plain http from a loopback gateway to elsewhere")
        << "http://10.0.0.5/pws/x"
        << "http://127.0.0.1:41000" << false;
    QTest::newRow("custom https gateway") << "https://fake.example.org/pws/x"
                                          << "https://fake.example.org" << true;
    QTest::newRow("javascript") << "javascript:alert(1)" << prod << false;
}

void TestAnswerEvidence::redirectHost()
{
    QFETCH(QString, redirect);
    QFETCH(QString, gateway);
    QFETCH(bool, allowed);
    QCOMPARE(redirectHostAllowed(QUrl(redirect), QUrl(gateway), {QStringLiteral("*.kredivo.com")}),
             allowed);
}

QTEST_GUILESS_MAIN(TestAnswerEvidence)
#include "tst_answerevidence.moc"
