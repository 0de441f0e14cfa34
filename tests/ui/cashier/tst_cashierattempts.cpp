// The payment panel and the pending inbox through the harder paths of an attempt, in the window
// on the real engine against the training sandbox: an answer lost (Unknown) and the confirmed
// new attempt; the customer paying while the cashier cancels (NeedsAttention, explained);
// payments left in the inbox surviving a restart, opened, checked and cancelled from there.

#include "cashierharness.h"
#include "core/payment/attemptmachine.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/confirmbar.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/pendinginbox.h"
#include "ui/cashier/pendingmodel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/qrwidget.h"
#include "ui/cashier/salepage.h"
#include "ui/widgets/attempttexts.h"
#include "ui/widgets/badgebutton.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

namespace {

// The header's Pending button: the one BadgeButton among the header buttons.
BadgeButton *pendingButton(const MainWindow *w)
{
    return child<BadgeButton>(w, "headerButton");
}

// A valid sale paid with Akulaku; returns once the window is on the payment panel.
QString explanationOf(const PaymentPanel *panel)
{
    return panel->findChild<QLabel *>(QStringLiteral("explanation"))->text();
}

} // namespace

class TestCashierAttempts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { applyStyle(); }

    void answerLostThenConfirmedNewAttempt()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        // The bill is created at Faspay, but its answer comes back broken.
        h.sandbox->failNext(SandboxFault::malformedJson(), SandboxOperation::PostData);
        startSale(h);
        PaymentPanel *panel = child<PaymentPanel>(h.window.get(), "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::Unknown);
        const Attempt lost = *panel->attempt();
        QCOMPARE(panel->statusChip()->property("tone").toString(), QStringLiteral("attention"));
        QVERIFY(
            explanationOf(panel).contains(AttemptTexts::tr("Do not hand over the goods").left(10)));
        QVERIFY(!panel->qrWidget()->hasCode()); // nothing to scan: no trusted link
        QPushButton *newAttempt = panel->button("newAttempt");
        QVERIFY(newAttempt->isVisible());
        QCOMPARE(QApplication::focusWidget(), newAttempt);
        QCOMPARE(h.postDataCount(), 1);

        // The question explains the risk and starts on "no": Enter alone does nothing.
        QTest::keyClick(focused(), Qt::Key_Return);
        ConfirmBar *confirm = panel->confirmBar();
        QTRY_VERIFY(confirm->isAsking());
        QVERIFY(confirm->message().contains(lost.billNo));
        QCOMPARE(QApplication::focusWidget(), confirm->noButton());
        QTest::keyClick(focused(), Qt::Key_Return);
        QVERIFY(!confirm->isAsking());
        QCOMPARE(h.postDataCount(), 1);
        QCOMPARE(panel->attemptId(), lost.id);

        // Confirmed: a second bill with its own number, linked to the lost one.
        panel->askNewAttempt();
        confirm->yesButton()->click();
        QTRY_VERIFY(panel->attemptId() != lost.id);
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        QCOMPARE(panel->attempt()->previousAttemptId, lost.id);
        QVERIFY(panel->attempt()->billNo != lost.billNo);
        QCOMPARE(h.postDataCount(), 2);
        QCOMPARE(h.sandbox->postCount(lost.billNo), 1); // never posted twice
        // The lost one stays in the inbox, marked as needing a person.
        QVERIFY(child<PendingModel>(h.window.get(), "pendingModel")->rowOf(lost.id) >= 0);
        QVERIFY(pendingButton(h.window.get())->isUrgent());
    }

    void customerPaysWhileTheCashierCancels()
    {
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        QVERIFY(h.showWindow());
        startSale(h);
        PaymentPanel *panel = child<PaymentPanel>(h.window.get(), "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        // The customer's payment goes through at the lender just as the cashier cancels
        // (no notification, no status check in between).
        QVERIFY(h.sandbox->setPaymentStatus(panel->attempt()->billNo, SandboxStatus::Paid));
        QTest::keyClick(focused(), Qt::Key_F8);
        QVERIFY(panel->confirmBar()->isAsking());
        QTest::keyClick(focused(), Qt::Key_Return); // "Cancel the bill" has the focus
        QTRY_COMPARE(panel->attempt()->state, AttemptState::NeedsAttention);
        QCOMPARE(attemptReasonFromKey(panel->attempt()->reason), AttemptReason::PaidAfterCancel);
        QCOMPARE(panel->statusChip()->text(), AttemptTexts::headline(*panel->attempt()));
        QCOMPARE(panel->statusChip()->property("tone").toString(), QStringLiteral("attention"));
        // What happened and what to do, in plain words.
        const QString text = explanationOf(panel);
        QCOMPARE(text, AttemptTexts::explanation(*panel->attempt()));
        QVERIFY(text.contains(QStringLiteral("paid while the bill was being cancelled")));
        QVERIFY(text.contains(QStringLiteral("Do not cancel again")));
        QVERIFY(!panel->button("cancel")->isVisible());
        QVERIFY(!panel->isPaid());
        QVERIFY(!panel->button("printReceipt")->isVisible());
        QVERIFY(pendingButton(h.window.get())->isUrgent());
        QCOMPARE(h.postDataCount(), 1);
    }

    void pendingInboxSurvivesARestart()
    {
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        QVERIFY(h.showWindow());
        startSale(h);
        PaymentPanel *panel = child<PaymentPanel>(h.window.get(), "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        const Attempt open = *panel->attempt();
        // Esc on an open payment asks; yes leaves it in the inbox and starts a new sale.
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(panel->confirmBar()->isAsking());
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(h.window->currentPage(), MainWindow::Page::Sale);
        QVERIFY(child<SalePage>(h.window.get(), "salePage")->cartModel()->cart().isEmpty());
        QCOMPARE(pendingButton(h.window.get())->count(), 1);
        QVERIFY(!pendingButton(h.window.get())->isUrgent());

        // Kasir restarts.
        h.restart();
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        QCOMPARE(pendingButton(w)->count(), 1);
        QTest::keyClick(focused(), Qt::Key_I, Qt::ControlModifier);
        QCOMPARE(w->currentPage(), MainWindow::Page::Pending);
        PendingInbox *inbox = child<PendingInbox>(w, "pendingInbox");
        QCOMPARE(inbox->model()->count(), 1);
        QCOMPARE(inbox->selectedAttemptId(), open.id);
        QCOMPARE(inbox->model()->index(0, PendingModel::BillColumn).data().toString(), open.billNo);
        QCOMPARE(inbox->model()->index(0, PendingModel::StateColumn).data().toString(),
                 AttemptTexts::headline(open));
        // F5 from the inbox asks Faspay now.
        QTest::keyClick(focused(), Qt::Key_F5);
        QTRY_VERIFY(!h.journal->events(open.id).isEmpty() &&
                    h.journal->events(open.id).constLast().kind != QLatin1String("resumed"));
        // Enter opens it: the same QR code again.
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(w->currentPage(), MainWindow::Page::Payment);
        QCOMPARE(child<PaymentPanel>(w, "paymentPanel")->attemptId(), open.id);
        QVERIFY(child<PaymentPanel>(w, "paymentPanel")->qrWidget()->hasCode());
        QCOMPARE(child<PaymentPanel>(w, "paymentPanel")->qrWidget()->payload(), open.redirectUrl);
        // Back to the inbox, cancel it there (after the question).
        QTest::keyClick(focused(), Qt::Key_Escape); // asks to leave it pending
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClick(focused(), Qt::Key_I, Qt::ControlModifier);
        QTest::keyClick(focused(), Qt::Key_F8);
        QVERIFY(inbox->confirmBar()->isAsking());
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(inbox->model()->count(), 0);
        QCOMPARE(pendingButton(w)->count(), 0);
        QCOMPARE(h.checkout->attempt(open.id)->state, AttemptState::Cancelled);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
    }

    void declinedGoesBackToTheSameCart()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        startSale(h, "HP-VIV-Y28");
        PaymentPanel *panel = child<PaymentPanel>(h.window.get(), "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        QCOMPARE(h.customerPays(panel->attempt()->redirectUrl, QStringLiteral("807"), false), 302);
        QTRY_COMPARE(panel->attempt()->state, AttemptState::Failed);
        QVERIFY(panel->button("backToCart")->isVisible());
        QCOMPARE(QApplication::focusWidget(), panel->button("newSale"));
        // Esc: the cart is still there for another provider.
        QTest::keyClick(focused(), Qt::Key_Escape);
        QCOMPARE(h.window->currentPage(), MainWindow::Page::Sale);
        QCOMPARE(child<SalePage>(h.window.get(), "salePage")->cartModel()->rowCount(), 1);
        QCOMPARE(focused()->objectName(), QStringLiteral("channelButton"));
    }
};

QTEST_MAIN(TestCashierAttempts)
#include "tst_cashierattempts.moc"
