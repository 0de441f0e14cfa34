// Issue #5: "Open here" (F9) in the cashier window at 1366×768, in Bahasa Indonesia and English:
// the payment link opens in the embedded browser in the payment panel, in the QR code's place,
// on the lender's sign-in page of the training sandbox; closing the browser brings the QR code
// back with the sale still waiting for payment; with the browser switched off in Settings there
// is no "Open here" and F9 does nothing. With KASIR_SCREENSHOT_DIR set, the screen is
// saved as browser-lender-<lang>.png (docs/screenshots/). Runs on a private Xvfb (WebEngine).

#include "browsertestsupport.h"
#include "cashierharness.h"
#include "guitestmain.h"
#include "samplesale.h"
#include "ui/cashier/browserpane.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/qrwidget.h"

#include <QDir>
#include <QPushButton>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

class TestCashierBrowser : public QObject
{
    Q_OBJECT

private:
    Language m_language;

private Q_SLOTS:
    void initTestCase() { applyStyle(); }

    void openHere_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("id") << QStringLiteral("id");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void openHere()
    {
        if (!BrowserPaneFactory::isAvailable())
            QSKIP("this build has no embedded browser (Qt WebEngine)");
        QFETCH(QString, lang);
        QVERIFY2(m_language.install(lang), "run the kasir_lrelease target first");
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        QCOMPARE(w->size(), QSize(1366, 768));
        SalePage *sale = child<SalePage>(w, "salePage");
        fillSampleCart(sale);
        typeSampleBuyer(sale->buyerForm(), true);
        QVERIFY(sale->channelPicker()->setChannel(Channel::Kredivo));
        sale->channelPicker()->setTenor(KredivoTenor::Months3);
        QTest::keyClick(focused(), Qt::Key_F12);
        QCOMPARE(w->currentPage(), MainWindow::Page::Payment);
        PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
        QTRY_COMPARE_WITH_TIMEOUT(panel->attempt()->state, AttemptState::AwaitingPayment, 10000);
        const QUrl link(panel->attempt()->redirectUrl);

        // F9: the browser takes the QR code's place and shows the lender's sign-in page.
        QTest::keyClick(focused(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(panel->browser() != nullptr, 20000);
        auto *pane = qobject_cast<BrowserPane *>(panel->browser());
        QVERIFY(pane);
        QTRY_VERIFY(pane->isVisible());
        QVERIFY(!panel->qrWidget()->isVisible());
        QVERIFY(testsupport::waitForJs(pane, QStringLiteral("document.getElementById('pin') "
                                                            "!== null")));
        QCOMPARE(pane->currentUrl().host(), link.host());
        QCOMPARE(pane->currentUrl().port(), link.port());
        // Two animation frames of the page have run: the sign-in page is painted.
        testsupport::runJs(pane, QStringLiteral("window.kasirPainted = false; "
                                                "requestAnimationFrame(() => requestAnimationFrame("
                                                "() => { window.kasirPainted = true; }))"));
        QVERIFY(testsupport::waitForJs(pane, QStringLiteral("window.kasirPainted === true")));
        if (!qEnvironmentVariable("KASIR_SCREENSHOT_DIR").isEmpty()) {
            const QDir dir(qEnvironmentVariable("KASIR_SCREENSHOT_DIR"));
            QVERIFY(testsupport::grabScreenArea(
                w->frameGeometry(),
                dir.filePath(QStringLiteral("browser-lender-%1.png").arg(lang))));
        }

        // Closing the browser brings the QR code back; nothing was paid or sent again.
        panel->closeBrowser();
        QTRY_VERIFY(panel->qrWidget()->isVisible());
        QCOMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        QCOMPARE(h.postDataCount(), 1);

        // A store that switched the browser off (Settings): no "Open here", F9 does nothing.
        w->disableEmbeddedBrowser();
        auto *openHereButton = panel->findChild<QPushButton *>(QStringLiteral("openHere"));
        QVERIFY(openHereButton);
        QVERIFY(!openHereButton->isVisible());
        QTest::keyClick(focused(), Qt::Key_F9);
        QCoreApplication::processEvents(); // whatever F9 queued has run
        QVERIFY(panel->browser() == nullptr);
        QVERIFY(panel->qrWidget()->isVisible());
        m_language.remove();
    }
};

KASIR_GUI_TEST_MAIN(TestCashierBrowser)
#include "tst_cashierbrowser.moc"
