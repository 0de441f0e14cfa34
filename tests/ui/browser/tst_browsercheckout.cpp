// Issue #5, acceptance 4: the embedded browser opens a lender page of the training sandbox for a
// real checkout (the application's Engine: journal, client, CheckoutService), the customer signs
// in, enters the OTP and approves there; the redirect to the return URL is intercepted (never
// loaded) and its report triggers the status check that makes the sale Paid. Polling is pushed out
// of the way (first poll after 10 minutes) so that Paid can only come from the return URL's check.
// Runs on a private Xvfb (WebEngine). The screenshots of the browser in the cashier window come
// from tst_cashierbrowser.

#include "browsertestsupport.h"
#include "core/common/clock.h"
#include "core/engine/engine.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/sandbox/trainingsandbox.h"
#include "guitestmain.h"
#include "tests/core/journal/journaltestdata.h"
#include "tests/ui/trainingengine.h"
#include "ui/cashier/browserpane.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QVBoxLayout>

using namespace kasir;

using testsupport::jsString;
using testsupport::runJs;
using testsupport::waitForJs;

class TestBrowserCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approveOnLenderPageMakesTheSalePaid();
};

void TestBrowserCheckout::approveOnLenderPageMakesTheSalePaid()
{
    if (!BrowserPaneFactory::isAvailable())
        QSKIP("this build has no embedded browser (Qt WebEngine)");
    SystemClock clock;
    QNetworkAccessManager nam;
    SandboxConfig config;
    config.strict = true; // Kasir sends only Part A: refuse what only real Faspay tolerates
    TrainingSandbox sandbox(config, &clock, &nam);
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));

    // The engine the application runs; no poll during the test: only the return URL.
    QTemporaryDir dir;
    const std::unique_ptr<Engine> engine = test::startTrainingEngine(
        dir.path(), sandbox,
        {QStringLiteral("Toko Latihan"), QString(), QStringLiteral("K01"), QStringLiteral("Dewi")},
        test::noPolling(), &clock, &nam);
    Journal *journal = engine->journal();
    CheckoutService &checkout = *engine->checkout();

    Order order = testdata::sampleOrder(); // Kredivo, 3 months, Rp 1.660.000
    const CheckoutService::StartResult started = checkout.startCheckout(order);
    QVERIFY2(started.ok(), started.errors.isEmpty()
                               ? qPrintable(started.refusal.english())
                               : qPrintable(started.errors.first().message.english()));
    QTRY_VERIFY_WITH_TIMEOUT(
        checkout.attempt(started.attemptId)->state == AttemptState::AwaitingPayment, 10000);
    const Attempt awaiting = *checkout.attempt(started.attemptId);
    QVERIFY(!awaiting.redirectUrl.isEmpty());

    // The pane, as the payment screen configures it: the gateway's host and the return URL.
    QWidget window;
    window.setWindowTitle(QStringLiteral("Kasir"));
    window.setGeometry(40, 30, 460, 840);
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    QString loadError;
    BrowserPane *pane = BrowserPaneFactory::create(&window, &loadError);
    QVERIFY2(pane, qPrintable(loadError));
    layout->addWidget(pane);
    pane->setAllowedHosts({sandbox.baseUrl().host()});
    QUrl returnPrefix = sandbox.baseUrl();
    returnPrefix.setPath(QStringLiteral("/kasir/return"));
    pane->setReturnUrlPrefix(returnPrefix);
    connect(pane, &BrowserPane::returnUrlReached, &checkout, &CheckoutService::returnUrlReached);
    QSignalSpy returned(pane, &BrowserPane::returnUrlReached);
    QSignalSpy paid(&checkout, &CheckoutService::paid);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(pane->open(QUrl(awaiting.redirectUrl)));

    // Sign in.
    const TrainingSandbox::LenderLogin login = sandbox.lenderLogin(awaiting.channelCode);
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('pin') !== null")));
    runJs(pane, QStringLiteral("document.getElementById('phone').value='%1';"
                               "document.getElementById('pin').value='%2';"
                               "document.querySelector('button.primary').click();")
                    .arg(jsString(login.phone), jsString(login.pin)));
    // One-time code.
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('otp') !== null")));
    runJs(pane, QStringLiteral("document.getElementById('otp').value='%1';"
                               "document.querySelector('button.primary').click();")
                    .arg(jsString(login.otp)));
    // Tenor (preselected from the order) and approve.
    QVERIFY(waitForJs(pane,
                      QStringLiteral("document.querySelector('button[value=approve]') !== null")));
    QCOMPARE(checkout.attempt(started.attemptId)->state, AttemptState::AwaitingPayment);
    runJs(pane, QStringLiteral("document.querySelector('button[value=approve]').click();"));

    // The return URL is reported, with the bill, and never loaded from the sandbox.
    QTRY_COMPARE_WITH_TIMEOUT(returned.size(), 1, 20000);
    const QUrl url = returned.at(0).at(0).toUrl();
    QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("bill_no")), awaiting.billNo);
    QTRY_COMPARE_WITH_TIMEOUT(paid.size(), 1, 20000);
    QCOMPARE(checkout.attempt(started.attemptId)->state, AttemptState::Paid);
    bool returnPageRequested = false;
    const QList<SandboxRequestRecord> requests = sandbox.requests();
    for (const SandboxRequestRecord &r : requests)
        returnPageRequested |= r.path.startsWith(QLatin1String("/kasir/return"));
    QVERIFY(!returnPageRequested);
    QVERIFY(waitForJs(pane, QStringLiteral("document.getElementById('kasir-return') !== null")));

    // The journal's timeline: the return URL came first, and the check it asked for made the
    // sale Paid (no poll ran in between).
    const QList<AttemptEvent> events = journal->events(started.attemptId);
    qsizetype returnAt = -1;
    qsizetype paidAt = -1;
    for (qsizetype i = 0; i < events.size(); ++i) {
        if (events.at(i).source == EventSource::ReturnUrl && returnAt < 0)
            returnAt = i;
        if (events.at(i).to == AttemptState::Paid)
            paidAt = i;
    }
    QVERIFY(returnAt >= 0);
    QCOMPARE(paidAt, returnAt + 1);
    QCOMPARE(events.at(paidAt).kind, QStringLiteral("status-check"));
    // Exactly one status inquiry reached the sandbox: the one the return URL asked for.
    int inquiries = 0;
    for (const SandboxRequestRecord &r : requests)
        inquiries += r.operation == SandboxOperation::InquiryStatus ? 1 : 0;
    QCOMPARE(inquiries, 1);
}

KASIR_GUI_TEST_MAIN(TestBrowserCheckout)
#include "tst_browsercheckout.moc"
