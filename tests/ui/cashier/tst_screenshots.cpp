// The cashier window at 1366×768 in Bahasa Indonesia and English: the cart, the buyer form with
// validation messages, the payment panel with its QR code, and a paid sale. Each screen is
// checked to fit (layoutaudit.h: no label elided or clipped, no button text cut, no horizontal
// scroll bar, no widget cut off by its parent); with KASIR_SCREENSHOT_DIR set, the screens are
// also saved there (docs/screenshots/ in the repository).

#include "cashierharness.h"
#include "layoutaudit.h"
#include "samplesale.h"
#include "tests/core/receipt/zxingdecode.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/cartview.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/feespanel.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/pendinginbox.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/qrwidget.h"
#include "ui/cashier/salepage.h"
#include "ui/cashier/shortcutoverlay.h"
#include "ui/widgets/attempttexts.h"
#include "ui/widgets/moneyedit.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace kasir;
using namespace kasir::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    Language m_language;

    void save(QWidget *window, const QString &name, const QString &lang,
              QSize size = QSize(1366, 768))
    {
        QCoreApplication::processEvents();
        const QImage image = window->grab().toImage();
        QCOMPARE(image.size(), size);
        // Saved first, so that a screen that fails the audit can be looked at.
        const QString dir = qEnvironmentVariable("KASIR_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(image.save(QStringLiteral("%1/%2-%3.png").arg(dir, name, lang)));
        }
        const QStringList problems = layoutProblems(window);
        QVERIFY2(problems.isEmpty(), qPrintable(name + u' ' + lang + u'\n' + problems.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase() { applyStyle(); }

    void screens_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void screens()
    {
        QFETCH(QString, lang);
        QVERIFY2(m_language.install(lang), "run the kasir_lrelease target first");
        // Status checks at the real pace (every 3 s): the screens show the panel between checks.
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        QCOMPARE(w->size(), QSize(1366, 768));
        SalePage *sale = child<SalePage>(w, "salePage");

        // 1. The cart, with a fee, a discount, the buyer and Kredivo in 3 months.
        fillSampleCart(sale);
        typeSampleBuyer(sale->buyerForm(), true);
        sale->buyerForm()->tabs()->setCurrentIndex(BuyerForm::BuyerPage);
        QVERIFY(sale->channelPicker()->setChannel(Channel::Kredivo));
        sale->channelPicker()->setTenor(KredivoTenor::Months3);
        sale->cartView()->selectRow(3);
        sale->productEntry()->lineEdit()->setFocus();
        // The product search that typing the barcode started has run (no popup pending).
        const auto *searchDelay =
            sale->productEntry()->findChild<QTimer *>(QStringLiteral("productSearchDelay"));
        QVERIFY(searchDelay);
        QTRY_VERIFY(!searchDelay->isActive());
        save(w, QStringLiteral("cashier-cart"), lang);
        // The same at 1920×1080.
        w->resize(1920, 1080);
        QTRY_COMPARE(w->size(), QSize(1920, 1080));
        save(w, QStringLiteral("cashier-cart-1080p"), lang, QSize(1920, 1080));
        w->resize(1366, 768);
        QTRY_COMPARE(w->size(), QSize(1366, 768));

        // 2. The buyer form with validation messages, after Pay.
        sale->buyerForm()->clear();
        typeSampleBuyer(sale->buyerForm(), false);
        QTest::keyClick(focused(), Qt::Key_F12);
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
        QVERIFY(sale->buyerForm()->hasVisibleErrors());
        QCOMPARE(h.postDataCount(), 0);
        save(w, QStringLiteral("buyer-errors"), lang);

        // 3. The payment panel with the QR code.
        sale->buyerForm()->clear();
        typeSampleBuyer(sale->buyerForm(), true);
        QTest::keyClick(focused(), Qt::Key_F12);
        QCOMPARE(w->currentPage(), MainWindow::Page::Payment);
        PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        h.clock.advanceSecs(3 * 60 + 17); // a little time has passed: the countdown shows it
        QTRY_VERIFY_WITH_TIMEOUT(panel->timeline()->count() >= 4, 10000);
        QTRY_VERIFY(!h.checkout->isCheckInFlight(panel->attemptId()));
        // The countdown's next tick shows the time the fake clock moved on.
        QTRY_COMPARE_WITH_TIMEOUT(
            panel->countdownLabel()->text(),
            AttemptTexts::countdown(h.clock.now().secsTo(panel->attempt()->billExpired)), 3000);
        const std::optional<DecodedQr> qr = decodeQr(panel->qrWidget()->grab().toImage());
        QVERIFY(qr);
        QCOMPARE(qr->text, panel->attempt()->redirectUrl);
        save(w, QStringLiteral("payment-qr"), lang);

        // 4. Paid, with the receipt offered.
        QCOMPARE(h.customerPays(panel->attempt()->redirectUrl, QStringLiteral("709"), true,
                                QStringLiteral("3_months")),
                 302);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isPaid(), 10000);
        QTRY_VERIFY(!h.receipts->originalPdf(panel->attemptId()).isEmpty());
        // The panel shows the paid sale's actions once the receipt exists.
        const auto *print = panel->findChild<QPushButton *>(QStringLiteral("printReceipt"));
        QVERIFY(print);
        QTRY_VERIFY(print->isVisible());
        save(w, QStringLiteral("paid"), lang);

        // 5. The keyboard shortcuts (F1).
        QTest::keyClick(focused(), Qt::Key_F1);
        QVERIFY(child<ShortcutOverlay>(w, "shortcutOverlay")->isVisible());
        save(w, QStringLiteral("shortcuts"), lang);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!child<ShortcutOverlay>(w, "shortcutOverlay")->isVisible());
        m_language.remove();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
