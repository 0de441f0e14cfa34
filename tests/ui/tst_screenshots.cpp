// The cashier window at 1366×768 in Bahasa Indonesia and English: the cart, the buyer form with
// validation messages, the payment panel with its QR code, and a paid sale. Each screen is
// checked to fit (nothing cut off, nothing to scroll); with KASIR_SCREENSHOT_DIR set, the
// screens are also saved there (docs/screenshots/ in the repository).

#include "cashierharness.h"
#include "../core/receipt/zxingdecode.h"

#include "ui/buyerform.h"
#include "ui/cartmodel.h"
#include "ui/cartview.h"
#include "ui/channelpicker.h"
#include "ui/feespanel.h"
#include "ui/moneyedit.h"
#include "ui/paymentpanel.h"
#include "ui/pendinginbox.h"
#include "ui/productentry.h"
#include "ui/qrwidget.h"
#include "ui/salepage.h"
#include "ui/shortcutoverlay.h"

#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    Language m_language;

    void save(QWidget *window, const QString &name, const QString &lang)
    {
        QCoreApplication::processEvents();
        const QImage image = window->grab().toImage();
        QCOMPARE(image.size(), QSize(1366, 768));
        const QString dir = qEnvironmentVariable("KASIR_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(image.save(QStringLiteral("%1/%2-%3.png").arg(dir, name, lang)));
    }

    static void fill(SalePage *sale)
    {
        QTest::keyClicks(sale->productEntry()->lineEdit(), QStringLiteral("8991000200007"));
        QTest::keyClick(sale->productEntry()->lineEdit(), Qt::Key_Return);
        for (const char *sku : {"AKS-CHG-25W", "2*AKS-PB-10K", "KLK-SHP-2P"})
            QVERIFY(sale->productEntry()->submit(QLatin1String(sku)));
        sale->feesPanel()->feeEdit(FeeKind::Shipping)->setFocus();
        QTest::keyClicks(sale->feesPanel()->feeEdit(FeeKind::Shipping), QStringLiteral("45000"));
        sale->feesPanel()->discountEdit()->setFocus();
        QTest::keyClicks(sale->feesPanel()->discountEdit(), QStringLiteral("100000"));
        sale->productEntry()->lineEdit()->setFocus();
    }

    static void typeBuyer(BuyerForm *form, bool valid)
    {
        const auto type = [form](const char *path, const QString &text) {
            QLineEdit *e = form->edit(QLatin1String(path));
            e->setFocus();
            e->selectAll();
            QTest::keyClicks(e, text);
        };
        type("customer.first_name", QStringLiteral("Budi"));
        type("customer.last_name", QStringLiteral("Santoso"));
        type("customer.phone", valid ? QStringLiteral("0812 3456 7890") : QStringLiteral("0812 345"));
        type("customer.email",
             valid ? QStringLiteral("budi.santoso@example.com") : QStringLiteral("budi.santoso@"));
        if (valid) {
            type("billing.address", QStringLiteral("Jl. Sabang No. 37, RT 02/RW 05"));
            type("billing.postcode", QStringLiteral("10350"));
            type("billing.city", QStringLiteral("Jakarta Pusat"));
            type("billing.region", QStringLiteral("Menteng"));
            type("billing.state", QStringLiteral("DKI Jakarta"));
        }
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
        CashierHarness h;
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        QCOMPARE(w->size(), QSize(1366, 768));
        SalePage *sale = w->salePage();

        // 1. The cart, with a fee, a discount, the buyer and Kredivo in 3 months.
        fill(sale);
        typeBuyer(sale->buyerForm(), true);
        sale->buyerForm()->tabs()->setCurrentIndex(BuyerForm::BuyerPage);
        QVERIFY(sale->channelPicker()->setChannel(Channel::Kredivo));
        sale->channelPicker()->setTenor(KredivoTenor::Months3);
        sale->cartView()->selectRow(3);
        sale->productEntry()->lineEdit()->setFocus();
        QTest::qWait(200); // the product suggestions' delay passes
        save(w, QStringLiteral("cashier-cart"), lang);

        // 2. The buyer form with validation messages, after Pay.
        sale->buyerForm()->clear();
        typeBuyer(sale->buyerForm(), false);
        QTest::keyClick(focused(), Qt::Key_F12);
        QCOMPARE(w->currentPage(), MainWindow::Page::Sale);
        QVERIFY(sale->buyerForm()->hasVisibleErrors());
        QCOMPARE(h.postDataCount(), 0);
        save(w, QStringLiteral("buyer-errors"), lang);

        // 3. The payment panel with the QR code.
        sale->buyerForm()->clear();
        typeBuyer(sale->buyerForm(), true);
        QTest::keyClick(focused(), Qt::Key_F12);
        QCOMPARE(w->currentPage(), MainWindow::Page::Payment);
        PaymentPanel *panel = w->paymentPanel();
        QTRY_COMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        h.clock.advanceSecs(3 * 60 + 17); // a little time has passed: the countdown shows it
        QTRY_VERIFY(panel->timeline()->count() >= 4);
        QTest::qWait(1100);
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
        QTest::qWait(300);
        save(w, QStringLiteral("paid"), lang);

        // 5. The keyboard shortcuts (F1).
        QTest::keyClick(focused(), Qt::Key_F1);
        QVERIFY(w->shortcutOverlay()->isVisible());
        save(w, QStringLiteral("shortcuts"), lang);
        QTest::keyClick(focused(), Qt::Key_Escape);
        QVERIFY(!w->shortcutOverlay()->isVisible());
        m_language.remove();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
