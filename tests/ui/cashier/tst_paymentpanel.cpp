// PaymentPanel on its own, fed attempts as the service would: which actions each state offers,
// the QR code (crisp enough for a phone at any size the window gives it), the countdown, and the
// timeline folding repeated status checks.

#include "tests/core/receipt/zxingdecode.h"
#include "ui/cashier/confirmbar.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/qrwidget.h"
#include "ui/widgets/attempttexts.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace kasir;

namespace {
Attempt attemptIn(AttemptState state, const QDateTime &now)
{
    Attempt a;
    a.id = 7;
    a.billNo = QStringLiteral("K01261123000007");
    a.state = state;
    a.order.channel = Channel::Indodana;
    a.total = Money::fromRupiah(2'749'000);
    a.billDate = now;
    a.billExpired = now.addSecs(3600);
    if (state != AttemptState::Sending && state != AttemptState::Unknown) {
        a.trxId = QStringLiteral("7777700000000007");
        a.redirectUrl = QStringLiteral("https://sandbox.example/pws/100003/0830000010100000/"
                                       "abc?trx_id=7777700000000007&merchant_id=77777&bill_no="
                                       "K01261123000007");
    }
    return a;
}

bool shown(const PaymentPanel &p, const char *name)
{
    const QPushButton *b = p.button(name);
    return b && !b->isHidden();
}
} // namespace

class TestPaymentPanel : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void initTestCase() { test::applyStyle(); }

    void actionsPerState_data()
    {
        QTest::addColumn<AttemptState>("state");
        QTest::addColumn<QStringList>("visible");
        const QStringList live = {QStringLiteral("checkNow"), QStringLiteral("cancel"),
                                  QStringLiteral("park")};
        QTest::newRow("sending") << AttemptState::Sending
                                 << QStringList{QStringLiteral("checkNow"), QStringLiteral("park")};
        QTest::newRow("waiting") << AttemptState::AwaitingPayment << live;
        QTest::newRow("unknown") << AttemptState::Unknown
                                 << QStringList{QStringLiteral("checkNow"),
                                                QStringLiteral("newAttempt"),
                                                QStringLiteral("park")};
        QTest::newRow("paid") << AttemptState::Paid
                              << QStringList{QStringLiteral("printReceipt"),
                                             QStringLiteral("savePdf"), QStringLiteral("newSale")};
        QTest::newRow("failed") << AttemptState::Failed
                                << QStringList{QStringLiteral("newSale"),
                                               QStringLiteral("backToCart")};
        QTest::newRow("expired") << AttemptState::Expired
                                 << QStringList{QStringLiteral("newSale"),
                                                QStringLiteral("backToCart")};
        QTest::newRow("needs attention")
            << AttemptState::NeedsAttention
            << QStringList{QStringLiteral("checkNow"), QStringLiteral("park")};
    }
    void actionsPerState()
    {
        QFETCH(AttemptState, state);
        QFETCH(QStringList, visible);
        PaymentPanel panel(&m_clock);
        panel.resize(1300, 650);
        panel.showAttempt(attemptIn(state, m_clock.now()), {});
        QStringList actual;
        for (const char *name : {"checkNow", "openHere", "customerDisplay", "cancel", "newAttempt",
                                 "park", "printReceipt", "savePdf", "newSale", "backToCart"}) {
            if (shown(panel, name))
                actual.append(QLatin1String(name));
        }
        QCOMPARE(actual, visible);
        QCOMPARE(panel.statusChip()->text(), AttemptTexts::headline(attemptIn(state, {})));
        // "Open here" exists only with the browser plugin.
        panel.setBrowserAvailable(true);
        QCOMPARE(shown(panel, "openHere"), state == AttemptState::AwaitingPayment);
    }

    void qrReadsBackAtEverySize_data()
    {
        QTest::addColumn<int>("side");
        QTest::newRow("minimum 200") << 200;
        QTest::newRow("1366x768 panel 480") << 480;
        QTest::newRow("1080p 700") << 700;
    }
    void qrReadsBackAtEverySize()
    {
        QFETCH(int, side);
        QrWidget qr;
        const QString url = attemptIn(AttemptState::AwaitingPayment, {}).redirectUrl;
        QVERIFY(qr.setPayload(url));
        qr.resize(side, side);
        const std::optional<test::DecodedQr> decoded = test::decodeQr(qr.grab().toImage());
        QVERIFY(decoded);
        QCOMPARE(decoded->text, url);
    }

    void countdownAndExpiry()
    {
        PaymentPanel panel(&m_clock);
        panel.showAttempt(attemptIn(AttemptState::AwaitingPayment, m_clock.now()), {});
        QCOMPARE(panel.countdownLabel()->text(), QStringLiteral("1:00:00"));
        // The panel's once-a-second tick reads the (fake) clock: wait for the next tick to show it.
        m_clock.advanceSecs(3600 - 299);
        QTRY_COMPARE_WITH_TIMEOUT(panel.countdownLabel()->text(), QStringLiteral("4:59"), 3000);
        m_clock.advanceSecs(400);
        QTRY_COMPARE_WITH_TIMEOUT(panel.countdownLabel()->text(), PaymentPanel::tr("expired"),
                                  3000);
    }

    void timelineFoldsRepeatedChecks()
    {
        PaymentPanel panel(&m_clock);
        const Attempt a = attemptIn(AttemptState::AwaitingPayment, m_clock.now());
        panel.showAttempt(a, {});
        AttemptEvent check;
        check.attemptId = a.id;
        check.at = m_clock.now();
        check.kind = QStringLiteral("status-check");
        check.from = AttemptState::AwaitingPayment;
        check.to = AttemptState::AwaitingPayment;
        for (int i = 0; i < 5; ++i)
            panel.appendEvent(check);
        QCOMPARE(panel.timeline()->count(), 1);
        QVERIFY(panel.timeline()->item(0)->text().contains(QStringLiteral("×5")));
        check.to = AttemptState::Paid;
        panel.appendEvent(check);
        QCOMPARE(panel.timeline()->count(), 2);
        AttemptEvent other = check;
        other.attemptId = 99; // another attempt's news is not shown here
        panel.appendEvent(other);
        QCOMPARE(panel.timeline()->count(), 2);
    }

    void escapeNeverLosesALivePayment()
    {
        PaymentPanel panel(&m_clock);
        panel.show();
        panel.showAttempt(attemptIn(AttemptState::AwaitingPayment, m_clock.now()), {});
        QSignalSpy parked(&panel, &PaymentPanel::parkRequested);
        QSignalSpy back(&panel, &PaymentPanel::backToCartRequested);
        panel.escape(); // asks first
        QVERIFY(panel.confirmBar()->isAsking());
        QCOMPARE(parked.count(), 0);
        panel.escape(); // Esc again answers "no"
        QVERIFY(!panel.confirmBar()->isAsking());
        QCOMPARE(parked.count(), 0);
        panel.escape();
        panel.confirmBar()->yesButton()->click();
        QCOMPARE(parked.count(), 1);
        // A final attempt goes straight back.
        panel.updateAttempt(attemptIn(AttemptState::Expired, m_clock.now()));
        panel.escape();
        QCOMPARE(back.count(), 1);
    }
};

QTEST_MAIN(TestPaymentPanel)
#include "tst_paymentpanel.moc"
