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
#include "ui/cashier/scannerinput.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
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

    // Issue 12, item 5: the customer types the lender PIN on the sign-in page in the embedded
    // browser, as fast as a scanner (or 60 ms a key): every key, Enter included, reaches the
    // page, it signs in, nothing is taken as a scan, and the PIN appears nowhere in Kasir's own
    // widgets.
    void pinTypedInTheBrowserSignsIn_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::newRow("60 ms") << 60;
        QTest::newRow("10 ms") << 10;
    }
    void pinTypedInTheBrowserSignsIn()
    {
        if (!BrowserPaneFactory::isAvailable())
            QSKIP("this build has no embedded browser (Qt WebEngine)");
        QFETCH(int, gapMs);
        QVERIFY2(m_language.install(QStringLiteral("en")), "run the kasir_lrelease target first");
        CashierHarness h(CashierHarness::Channels::Fetch, SandboxConfig(), 1);
        QVERIFY(h.showWindow());
        MainWindow *w = h.window.get();
        SalePage *sale = child<SalePage>(w, "salePage");
        fillSampleCart(sale);
        typeSampleBuyer(sale->buyerForm(), true);
        QVERIFY(sale->channelPicker()->setChannel(Channel::Akulaku));
        QTest::keyClick(focused(), Qt::Key_F12);
        PaymentPanel *panel = child<PaymentPanel>(w, "paymentPanel");
        QTRY_COMPARE_WITH_TIMEOUT(panel->attempt()->state, AttemptState::AwaitingPayment, 10000);
        QTest::keyClick(focused(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(panel->browser() != nullptr, 20000);
        auto *pane = qobject_cast<BrowserPane *>(panel->browser());
        QVERIFY(pane);
        QVERIFY(testsupport::waitForJs(pane, QStringLiteral("document.getElementById('pin') "
                                                            "!== null")));
        // The training login is printed on the page.
        const std::optional<QVariant> pinValue = testsupport::runJs(
            pane, QStringLiteral("(() => { const c = document.querySelectorAll('.hint code'); "
                                 "const phone = document.getElementById('phone'); "
                                 "if (!phone.value) phone.value = c[0].textContent; "
                                 "document.getElementById('pin').focus(); "
                                 "return c[1].textContent; })()"));
        QVERIFY(pinValue);
        const QString pin = pinValue->toString();
        QCOMPARE(pin.size(), 6);
        QWidget *view = nullptr;
        for (QWidget *child : pane->findChildren<QWidget *>()) {
            if (child->inherits("QWebEngineView"))
                view = child;
        }
        QVERIFY(view);
        view->setFocus(Qt::OtherFocusReason);
        QTRY_VERIFY(QApplication::focusWidget() &&
                    (QApplication::focusWidget() == view ||
                     view->isAncestorOf(QApplication::focusWidget())));
        QVERIFY(testsupport::waitForJs(pane, QStringLiteral("document.activeElement.id === "
                                                            "'pin'")));
        // Keys with the timestamps a keyboard gives them; the harness's detector clock says
        // "scanner" whatever the gap.
        h.setTyping(CashierHarness::Typing::Scanner);
        QSignalSpy scanned(child<ScannerInput>(w, "scannerInput"), &ScannerInput::scanned);
        QSignalSpy unknown(child<ScannerInput>(w, "scannerInput"), &ScannerInput::unknownScanned);
        ulong t = 10'000;
        const auto key = [&t, gapMs](int code, const QString &text) {
            t += static_cast<ulong>(gapMs);
            QWidget *to = QApplication::focusWidget();
            QKeyEvent press(QEvent::KeyPress, code, Qt::NoModifier, text);
            press.setTimestamp(t);
            QApplication::sendEvent(to, &press);
            QKeyEvent release(QEvent::KeyRelease, code, Qt::NoModifier, text);
            release.setTimestamp(t + 1);
            QApplication::sendEvent(to, &release);
        };
        for (const QChar c : pin)
            key(Qt::Key_0 + c.digitValue(), QString(c));
        QVERIFY(testsupport::waitForJs(
            pane, QStringLiteral("document.getElementById('pin').value === '%1'").arg(pin)));
        QCOMPARE(child<ScannerInput>(w, "scannerInput")->pendingLength(), 0);
        key(Qt::Key_Return, QStringLiteral("\r"));
        // Signed in: the page asks for the one-time code.
        QVERIFY(testsupport::waitForJs(pane, QStringLiteral("document.getElementById('otp') "
                                                            "!== null")));
        h.setTyping(CashierHarness::Typing::Person);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(unknown.count(), 0);
        QVERIFY(!w->statusText().contains(pin));
        for (const QLabel *l : w->findChildren<QLabel *>())
            QVERIFY2(!l->text().contains(pin), qPrintable(l->text()));
        for (const QLineEdit *e : w->findChildren<QLineEdit *>())
            QVERIFY2(!e->text().contains(pin), qPrintable(e->text()));
        QCOMPARE(panel->attempt()->state, AttemptState::AwaitingPayment);
        panel->closeBrowser();
        m_language.remove();
    }
};

KASIR_GUI_TEST_MAIN(TestCashierBrowser)
#include "tst_cashierbrowser.moc"
