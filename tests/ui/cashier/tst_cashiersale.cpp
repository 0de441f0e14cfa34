// Acceptance 1 and 2 of issue #5: whole sales in the cashier window against the training
// sandbox, for each of the four providers. Scan two products, add a shipping fee, enter the
// buyer, choose the provider (Kredivo with 3 months), pay; the QR code on screen reads back
// (ZXing) as the redirect_url; the customer approves on the lender's pages (HTTP requests, as a
// phone's browser makes them); the window shows Paid and offers the receipt.
//
// keyboardOnlySale does the same with key events only, delivered to whatever has the focus.

#include "cashierharness.h"
#include "tests/core/receipt/zxingdecode.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/cartview.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/customerdisplay.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/pendingmodel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/qrwidget.h"
#include "ui/cashier/salepage.h"
#include "ui/widgets/attempttexts.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

#include <algorithm>

using namespace kasir;
using namespace kasir::test;

namespace {

// The buyer, typed field after field: Tab walks the form in the order of the flow, and the
// billing names and phone follow the buyer's.
void typeBuyer()
{
    press(Qt::Key_F4);
    QCOMPARE(focused()->objectName(), QStringLiteral("customer.first_name"));
    const QStringList values = {
        QStringLiteral("Budi"),                           // customer.first_name
        QStringLiteral("Santoso"),                        // customer.last_name
        QStringLiteral("0812 3456 7890"),                 // customer.phone
        QStringLiteral("budi.santoso@example.com"),       // customer.email
        QString(),                                        // customer.id (from the phone)
        QString(),                                        // billing.first_name (follows)
        QString(),                                        // billing.last_name (follows)
        QString(),                                        // billing.phone (follows)
        QStringLiteral("Jl. Sabang No. 37, RT 02/RW 05"), // billing.address
        QStringLiteral("10350"),                          // billing.postcode
        QStringLiteral("Jakarta Pusat"),                  // billing.city
        QStringLiteral("Menteng"),                        // billing.region
        QStringLiteral("DKI Jakarta"),                    // billing.state
    };
    for (const QString &v : values) {
        if (!v.isEmpty())
            typeText(v);
        press(Qt::Key_Tab);
    }
    QCOMPARE(focused()->objectName(), QStringLiteral("sameAsBilling"));
    press(Qt::Key_Tab); // past the form: the provider
}

QString channelCode(Channel c)
{
    return c == Channel::BriCeria ? SandboxConfig().briCeriaCode
                                  : faspay::ChannelCatalog::knownCode(c);
}

bool timelineHas(const QListWidget *timeline, const QString &text)
{
    for (int i = 0; i < timeline->count(); ++i) {
        if (timeline->item(i)->text().contains(text))
            return true;
    }
    return false;
}

// Receipts of the attempt that are copies (copyNumber > 0); the original is not counted.
int copyCount(CashierHarness &h, qint64 attemptId)
{
    int copies = 0;
    for (const ReceiptRecord &r : h.journal->receipts(attemptId))
        copies += r.isCopy() ? 1 : 0;
    return copies;
}

// Waits until the original receipt of the paid attempt is recorded, so that a copy made next
// can be told apart from it.
bool originalRecorded(CashierHarness &h, qint64 attemptId)
{
    return QTest::qWaitFor(
        [&] {
            const QList<ReceiptRecord> all = h.journal->receipts(attemptId);
            return std::any_of(all.cbegin(), all.cend(),
                               [](const ReceiptRecord &r) { return !r.isCopy(); });
        },
        10000);
}

// What every finished sale must show, whichever way it was entered.
void verifyPaidSale(CashierHarness &h, Channel channel, KredivoTenor tenor)
{
    MainWindow *w = h.window.get();
    PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
    QCOMPARE(w->currentPage(), MainWindow::Page::Payment);
    QTRY_COMPARE_WITH_TIMEOUT(panel->attempt()->state, AttemptState::AwaitingPayment, 10000);
    const Attempt sent = *panel->attempt();

    // One Post Data, with what the cashier entered.
    QCOMPARE(h.postDataCount(), 1);
    const std::optional<SandboxBill> bill = h.sandbox->bill(sent.billNo);
    QVERIFY(bill);
    QCOMPARE(bill->channelCode, channelCode(channel));
    QCOMPARE(bill->reserve2, channel == Channel::Kredivo ? kredivoTenorKey(tenor) : QString());
    QCOMPARE(bill->total, sent.total);
    QStringList ids;
    for (const QJsonValue &item : bill->request.value(u"item").toArray())
        ids.append(item.toObject().value(u"id").toString());
    QVERIFY2(ids.contains(QStringLiteral("shippingfee")), qPrintable(ids.join(u',')));
    QCOMPARE(bill->msisdn, QStringLiteral("081234567890"));

    // The QR code on screen is the redirect_url.
    QVERIFY(panel->qrWidget()->isVisible());
    const std::optional<DecodedQr> qr = decodeQr(panel->qrWidget()->grab().toImage());
    QVERIFY(qr);
    QCOMPARE(qr->text, sent.redirectUrl);
    QCOMPARE(panel->statusChip()->text(), AttemptTexts::headline(sent));
    QVERIFY(panel->countdownLabel()->text().contains(QLatin1Char(':')));
    QVERIFY(child<PendingModel>(w, "pendingModel")->rowOf(sent.id) >= 0);

    // Kasir checks the status by itself while the customer is on the lender's pages.
    QTRY_VERIFY(timelineHas(panel->timeline(),
                            AttemptTexts::tr("Status checked: %1")
                                .arg(AttemptTexts::stateLabel(AttemptState::AwaitingPayment))));
    // The customer approves on their phone.
    QCOMPARE(h.customerPays(sent.redirectUrl, channelCode(channel), true,
                            channel == Channel::Kredivo ? kredivoTenorKey(tenor) : QString()),
             302);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isPaid(), 10000);
    QCOMPARE(panel->statusChip()->text(), AttemptTexts::headline(*panel->attempt()));
    QCOMPARE(panel->statusChip()->property("tone").toString(), QStringLiteral("paid"));
    // The timeline told the story.
    QListWidget *timeline = panel->timeline();
    QVERIFY(timelineHas(timeline, AttemptTexts::tr("Saved, sending to Faspay")));
    QVERIFY(timelineHas(timeline,
                        AttemptTexts::tr("Faspay answered: bill accepted, payment page ready")));
    QVERIFY(timelineHas(timeline, AttemptTexts::tr("Status checked: now %1")
                                      .arg(AttemptTexts::stateLabel(AttemptState::Paid))));
    QTRY_VERIFY(timelineHas(timeline, AttemptTexts::tr("Payment notification received")));
    // The sale is closed and the receipt offered.
    QVERIFY(panel->button("printReceipt")->isVisible());
    QVERIFY(panel->button("savePdf")->isVisible());
    QVERIFY(panel->button("newSale")->isVisible());
    QVERIFY(!panel->button("cancel")->isVisible());
    QCOMPARE(QApplication::focusWidget(), panel->button("printReceipt"));
    QVERIFY(child<SalePage>(w, "salePage")->cartModel()->cart().isEmpty());
    QVERIFY(child<PendingModel>(w, "pendingModel")->rowOf(sent.id) < 0);
    QTRY_VERIFY(!h.receipts->originalPdf(sent.id).isEmpty());
    QCOMPARE(h.postDataCount(), 1);
}

} // namespace

class TestCashierSale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { applyStyle(); }

    void fullSale_data()
    {
        QTest::addColumn<Channel>("channel");
        QTest::addColumn<Qt::Key>("key");
        QTest::newRow("Kredivo, 3 months") << Channel::Kredivo << Qt::Key_1;
        QTest::newRow("Akulaku") << Channel::Akulaku << Qt::Key_2;
        QTest::newRow("Indodana") << Channel::Indodana << Qt::Key_3;
        QTest::newRow("BRI Ceria") << Channel::BriCeria << Qt::Key_4;
    }
    void fullSale()
    {
        QFETCH(Channel, channel);
        QFETCH(Qt::Key, key);
        CashierHarness h;
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        SalePage *sale = child<SalePage>(w, "salePage");
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
        QCOMPARE(QApplication::focusWidget(), sale->productEntry()->lineEdit());

        // Two products scanned: the scanner types its bursts wherever the focus is.
        h.setTyping(CashierHarness::Typing::Scanner);
        typeText(QStringLiteral("8991000200007")); // Samsung Galaxy A15, by its EAN-13
        press(Qt::Key_Return);
        sale->buyerForm()->edit(QStringLiteral("customer.email"))->setFocus();
        typeText(QStringLiteral("AKS-CHG-25W")); // a charger, by SKU, scanned into another field
        press(Qt::Key_Return);
        h.setTyping(CashierHarness::Typing::Person);
        QCOMPARE(sale->cartModel()->rowCount(), 2);
        QVERIFY(sale->buyerForm()->edit(QStringLiteral("customer.email"))->text().isEmpty());

        // A shipping fee.
        press(Qt::Key_F7);
        QCOMPARE(focused()->objectName(), QStringLiteral("fee_shippingfee"));
        typeText(QStringLiteral("25.000"));
        QCOMPARE(sale->cartModel()->cart().fee(FeeKind::Shipping), Money::fromRupiah(25000));

        typeBuyer();

        // The provider; Kredivo with three monthly instalments.
        QCOMPARE(focused()->objectName(), QStringLiteral("channelButton"));
        press(key);
        QCOMPARE(sale->channelPicker()->channel(), std::optional<Channel>(channel));
        press(Qt::Key_Return);
        KredivoTenor tenor = KredivoTenor::Days30;
        if (channel == Channel::Kredivo) {
            QCOMPARE(focused(), sale->channelPicker()->tenorBox());
            press(Qt::Key_Down);
            tenor = sale->channelPicker()->tenor();
            QCOMPARE(tenor, KredivoTenor::Months3);
            press(Qt::Key_Return);
        }
        QCOMPARE(focused(), sale->payButton());
        QVERIFY(w->currentErrors().isEmpty());
        press(Qt::Key_F12);
        verifyPaidSale(h, channel, tenor);

        // Ctrl+P prints a copy (the original was made when it was paid); Ctrl+N: next customer.
        QVERIFY(originalRecorded(h, w->currentAttemptId()));
        QCOMPARE(copyCount(h, w->currentAttemptId()), 0);
        press(Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(copyCount(h, w->currentAttemptId()), 1);
        press(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
        QCOMPARE(QApplication::focusWidget(), sale->productEntry()->lineEdit());
    }

    void keyboardOnlySale()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        SalePage *sale = child<SalePage>(w, "salePage");
        // Products typed by a person: a SKU, and "2*" for two of a barcode.
        press(Qt::Key_F2);
        typeText(QStringLiteral("HP-XIA-RN13"));
        press(Qt::Key_Return);
        typeText(QStringLiteral("2*8991962229382")); // two bottles of tea
        press(Qt::Key_Return);
        QCOMPARE(sale->cartModel()->rowCount(), 2);
        QCOMPARE(sale->cartModel()->cart().lines.at(1).qty, 2);
        // Into the cart: + makes it three, Enter edits the quantity directly.
        press(Qt::Key_Tab);
        QCOMPARE(focused(), static_cast<QWidget *>(child<SalePage>(w, "salePage")->cartView()));
        press(Qt::Key_Plus);
        QCOMPARE(sale->cartModel()->cart().lines.at(1).qty, 3);
        press(Qt::Key_Return);
        typeText(QStringLiteral("4"));
        press(Qt::Key_Return);
        QTRY_COMPARE(sale->cartModel()->cart().lines.at(1).qty, 4);
        press(Qt::Key_F7);
        typeText(QStringLiteral("15000"));
        typeBuyer();
        press(Qt::Key_1); // Kredivo
        press(Qt::Key_Return);
        press(Qt::Key_Down); // 3 months
        press(Qt::Key_Return);
        QCOMPARE(focused(), sale->payButton());
        press(Qt::Key_Return); // Enter on Pay
        verifyPaidSale(h, Channel::Kredivo, KredivoTenor::Months3);
        // Enter on the focused "Print receipt" makes a copy.
        QVERIFY(originalRecorded(h, w->currentAttemptId()));
        QCOMPARE(copyCount(h, w->currentAttemptId()), 0);
        press(Qt::Key_Return);
        QTRY_COMPARE(copyCount(h, w->currentAttemptId()), 1);
        // Ctrl+S: a file dialog that does not block the window; type where, Enter saves.
        press(Qt::Key_S, Qt::ControlModifier);
        auto *dialog = w->findChild<QFileDialog *>(QStringLiteral("savePdfDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        const QString pdf = h.dir.filePath(QStringLiteral("saved-receipt.pdf"));
        QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
        typeText(pdf);
        press(Qt::Key_Return);
        QTRY_VERIFY(QFileInfo(pdf).size() > 1000);
        QTRY_VERIFY(!w->findChild<QFileDialog *>(QStringLiteral("savePdfDialog")));
        w->activateWindow(); // a window manager does this when the dialog closes
        QVERIFY(QTest::qWaitForWindowActive(w));
        // Esc: the next sale.
        press(Qt::Key_Escape);
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
        QVERIFY(sale->cartModel()->cart().isEmpty());
        QCOMPARE(focused(), sale->productEntry()->lineEdit());
    }

    void customerDisplayFollowsThePayment()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        // F11 opens the second window facing the customer (a normal window on one screen).
        press(Qt::Key_F11);
        CustomerDisplay *display = nullptr;
        for (QWidget *top : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<CustomerDisplay *>(top); d && d->isVisible())
                display = d;
        }
        QVERIFY(display);
        QCOMPARE(display->mode(), CustomerDisplay::Mode::Idle);
        QVERIFY(w->action(MainWindow::Action::CustomerDisplay)->isChecked());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        SalePage *sale = child<SalePage>(w, "salePage");
        QVERIFY(sale->productEntry()->submit(QStringLiteral("TV-LG-43")));
        Customer c{QStringLiteral("C9"), QStringLiteral("Dewi"), QStringLiteral("Lestari"),
                   QStringLiteral("081355554444"), QStringLiteral("dewi@example.com")};
        sale->buyerForm()->setCustomer(c);
        Address a;
        a.firstName = c.firstName;
        a.lastName = c.lastName;
        a.address = QStringLiteral("Jl. Pemuda 5");
        a.city = QStringLiteral("Semarang");
        a.region = QStringLiteral("Semarang Tengah");
        a.state = QStringLiteral("Jawa Tengah");
        a.postcode = QStringLiteral("50132");
        a.phone = c.phone;
        sale->buyerForm()->setBilling(a);
        QVERIFY(sale->channelPicker()->setChannel(Channel::Indodana));
        press(Qt::Key_F12);
        PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        // The customer sees the same QR code as the cashier.
        QTRY_COMPARE(display->mode(), CustomerDisplay::Mode::Payment);
        QCOMPARE(display->qrPayload(), panel->attempt()->redirectUrl);
        QCOMPARE(h.customerPays(panel->attempt()->redirectUrl, QStringLiteral("820")), 302);
        QTRY_VERIFY(panel->isPaid());
        QTRY_COMPARE(display->mode(), CustomerDisplay::Mode::Paid);
        press(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(display->mode(), CustomerDisplay::Mode::Idle);
        press(Qt::Key_F11);
        QVERIFY(!display->isVisible());
    }
};

QTEST_MAIN(TestCashierSale)
#include "tst_cashiersale.moc"
