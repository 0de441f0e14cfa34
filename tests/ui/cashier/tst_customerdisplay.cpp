// The customer display: the payment's amount, channel and a QR a phone can read (decoded back
// from the window's pixels with ZXing), nothing scannable for a redirect_url that is not
// http(s), the thank-you state, and the idle screen; one screen means a normal window.

#include "tests/core/receipt/receiptsamples.h"
#include "tests/core/receipt/zxingdecode.h"
#include "ui/cashier/customerdisplay.h"

#include <QLabel>
#include <QTest>

using namespace kasir;

class TestCustomerDisplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentShowsAScannableQr();
    void noQrForAnUnsafeLink_data();
    void noQrForAnUnsafeLink();
    void paidAndIdle();
};

void TestCustomerDisplay::paymentShowsAScannableQr()
{
    CustomerDisplay display;
    display.setStoreName(QStringLiteral("Toko Sinar Jaya Ponsel"));
    display.resize(720, 900);
    display.show();
    QVERIFY(QTest::qWaitForWindowExposed(&display));
    QCOMPARE(display.mode(), CustomerDisplay::Mode::Idle);
    QVERIFY(display.qrPayload().isEmpty());

    Attempt a = test::sampleAttempt(Channel::Akulaku);
    a.state = AttemptState::AwaitingPayment;
    a.redirectUrl = QStringLiteral("https://debit-sandbox.faspay.co.id/pws/100003/0830000010100000/"
                                   "350acba245d569e6ba50c0108a07348af2eff3ee?trx_id="
                                   "3183540500001234&merchant_id=31932&bill_no=K01261123000042");
    display.setPayment(a);
    QCOMPARE(display.mode(), CustomerDisplay::Mode::Payment);
    QCOMPARE(display.qrPayload(), a.redirectUrl);
    auto *amount = display.findChild<QLabel *>(QStringLiteral("amount"));
    QVERIFY(amount);
    QCOMPARE(amount->text(), QStringLiteral("Rp 3.374.000")); // Indonesian grouping always
    QVERIFY(display.findChild<QLabel *>(QStringLiteral("channel"))
                ->text()
                .contains(QStringLiteral("Akulaku")));
    QVERIFY(display.findChild<QLabel *>(QStringLiteral("hint"))
                ->text()
                .contains(QStringLiteral("Scan with your phone")));

    const QImage shot = display.grab().toImage();
    const std::optional<test::DecodedQr> decoded = test::decodeQr(shot);
    QVERIFY2(decoded, "no QR code could be read from the customer display");
    QCOMPARE(decoded->text, a.redirectUrl);
}

void TestCustomerDisplay::noQrForAnUnsafeLink_data()
{
    QTest::addColumn<QString>("redirect");
    QTest::newRow("none yet") << QString();
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("not a url") << QStringLiteral("::::");
}

void TestCustomerDisplay::noQrForAnUnsafeLink()
{
    QFETCH(QString, redirect);
    CustomerDisplay display;
    display.show();
    Attempt a = test::sampleAttempt();
    a.redirectUrl = redirect;
    display.setPayment(a);
    QCOMPARE(display.mode(), CustomerDisplay::Mode::Payment);
    QVERIFY(display.qrPayload().isEmpty());
    QVERIFY(!test::decodeQr(display.grab().toImage()));
}

void TestCustomerDisplay::paidAndIdle()
{
    CustomerDisplay display;
    display.show();
    Attempt a = test::sampleAttempt();
    a.redirectUrl = QStringLiteral("https://web.faspay.co.id/pws/100003/x?bill_no=1");
    display.setPayment(a);
    display.showPaid();
    QCOMPARE(display.mode(), CustomerDisplay::Mode::Paid);
    QVERIFY(display.qrPayload().isEmpty());
    QVERIFY(display.findChild<QLabel *>(QStringLiteral("status"))
                ->text()
                .contains(QStringLiteral("Thank you")));
    display.clear();
    QCOMPARE(display.mode(), CustomerDisplay::Mode::Idle);
    QVERIFY(display.findChild<QLabel *>(QStringLiteral("amount"))->text().isEmpty());
    // The offscreen platform has one screen: no second screen to take over.
    QCOMPARE(CustomerDisplay::customerScreen(&display), nullptr);
}

QTEST_MAIN(TestCustomerDisplay)
#include "tst_customerdisplay.moc"
