#pragma once

// The cashier window composed with the real payment engine against the training sandbox on
// loopback, as the application composes it in training mode: TrainingSandbox, the Engine
// (core/engine: journal in a temporary folder, client, checkout service with a fast poll
// policy, receipts, the notification receiver the sandbox notifies), and the MainWindow.
//
// Plus the customer's side: the lender pages walked with HTTP requests the way a phone's browser
// walks them after scanning the QR code.

#include "../integration/sandbox/sandboxtestsupport.h"
#include "core/engine/engine.h"
#include "core/faspay/channelcatalog.h"
#include "core/journal/instancelock.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptservice.h"
#include "core/sandbox/trainingsandbox.h"
#include "tests/support/loopbackport.h"
#include "tests/support/namedchild.h"
#include "tests/support/openengine.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/mainwindow.h"
#include "ui/cashier/pendingmodel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/salepage.h"
#include "ui/cashier/scannerinput.h"
#include "uitestsupport.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace kasir::test {

class CashierHarness
{
public:
    enum class Channels {
        Fetch,           // the channel inquiry answered by the sandbox (all four)
        NeverFetched,    // offline from the start: nothing cached, nothing fetched
        WithoutBriCeria, // a cached list (as an earlier inquiry left it) lacking BRI Ceria
    };

    explicit CashierHarness(Channels channels = Channels::Fetch,
                            SandboxConfig sandboxConfig = SandboxConfig(), double pollScale = 30)
        : m_channels(channels)
        , m_pollScale(pollScale)
    {
        if (!dir.isValid())
            qFatal("no temporary folder");
        sandboxConfig.strict = true; // as in training mode: only Part A is accepted
        sandbox = std::make_unique<TrainingSandbox>(sandboxConfig, &clock, &network);
        if (!sandbox->start())
            qFatal("sandbox: %s", qPrintable(sandbox->errorString()));
        if (channels == Channels::WithoutBriCeria)
            cacheChannelsWithoutBriCeria(); // under the sandbox merchant's scope
        settings.store.cashier = QStringLiteral("Rina");
        openEngine();
        makeWindow();
    }

    // Kasir closes and starts again on the same data folder: a new engine that resumes what was
    // open, and a new window.
    void restart()
    {
        window.reset();
        closeEngine();
        openEngine();
        makeWindow();
    }

    void makeWindow()
    {
        window = std::make_unique<MainWindow>(checkout, journal, journal, settings, true);
        window->setClock(&clock);
        window->setReceiptService(receipts);
        // Every change the cashier tests cause goes through models that keep Qt's model
        // contract (the testers are children of their models and end with them).
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(child<PendingModel>(window.get(), "pendingModel")),
              static_cast<QAbstractItemModel *>(
                  child<SalePage>(window.get(), "salePage")->cartModel())})
            new QAbstractItemModelTester(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        // Keys typed by QTest arrive in the same millisecond: as far as the scanner detection
        // is concerned, they are typed by a person unless a test says otherwise.
        setTyping(Typing::Person);
    }

    enum class Typing { Person, Scanner };
    void setTyping(Typing typing)
    {
        const qint64 step = typing == Typing::Person ? 150 : 8;
        child<ScannerInput>(window.get(), "scannerInput")->setTimeSource([this, step] {
            return m_keyTime += step;
        });
    }

    bool showWindow()
    {
        window->show();
        window->activateWindow();
        return QTest::qWaitForWindowActive(window.get());
    }

    int postDataCount() const
    {
        int n = 0;
        for (const SandboxRequestRecord &r : sandbox->requests())
            n += r.operation == SandboxOperation::PostData ? 1 : 0;
        return n;
    }

    // The customer's phone: opens redirect_url, signs in, enters the OTP and approves (or
    // declines), as a browser submits the lender's forms. Returns the final HTTP status (302 to
    // the return URL when it went through).
    int customerPays(const QString &redirectUrl, const QString &channelCode, bool approve = true,
                     const QString &tenor = QString())
    {
        const TrainingSandbox::LenderLogin login = sandbox->lenderLogin(channelCode);
        QUrl pageUrl(redirectUrl);
        HttpResult page = phone.get(pageUrl);
        if (page.status != 200)
            return page.status;
        const auto submit = [&](QList<std::pair<QString, QString>> fields) -> int {
            fields.prepend({QStringLiteral("token"), formToken(page.body)});
            const HttpResult answer = phone.postForm(formAction(pageUrl, page.body), fields);
            if (answer.status == 303) {
                pageUrl = pageUrl.resolved(QUrl(QString::fromLatin1(answer.header("location"))));
                page = phone.get(pageUrl);
            }
            return answer.status;
        };
        int status = submit({{QStringLiteral("step"), QStringLiteral("signin")},
                             {QStringLiteral("phone"), login.phone},
                             {QStringLiteral("pin"), login.pin}});
        if (status != 303)
            return status;
        status = submit(
            {{QStringLiteral("step"), QStringLiteral("otp")}, {QStringLiteral("otp"), login.otp}});
        if (status != 303)
            return status;
        QList<std::pair<QString, QString>> confirm = {
            {QStringLiteral("step"), QStringLiteral("confirm")},
            {QStringLiteral("action"),
             approve ? QStringLiteral("approve") : QStringLiteral("decline")}};
        if (!tenor.isEmpty()) // Kredivo asks the customer to confirm the tenor
            confirm.append({QStringLiteral("tenor"), tenor});
        return submit(confirm);
    }

    ManualClock clock;
    QNetworkAccessManager network;
    QTemporaryDir dir; // the data folder
    AppSettings settings;
    std::unique_ptr<TrainingSandbox> sandbox;
    std::unique_ptr<Engine> engine;
    // The engine's parts.
    Journal *journal = nullptr;
    CheckoutService *checkout = nullptr;
    ReceiptService *receipts = nullptr;
    std::unique_ptr<MainWindow> window;
    HttpProbe phone;

private:
    // The engine as the application builds it in training mode, with a fast poll policy (30: a
    // status check every 100 ms). Offline (the channel modes other than Fetch): the gateway is
    // a loopback port nothing listens on, so the channel list stays what the journal holds.
    void openEngine()
    {
        EngineConfig config;
        config.dataDir = dir.path();
        config.gatewayUrl = sandbox->baseUrl();
        if (m_channels != Channels::Fetch)
            config.gatewayUrl =
                QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::closedLoopbackPort()));
        config.credentials = sandbox->credentials();
        config.training = true;
        config.pinIterations = 1000; // staff PINs: PBKDF2 at the floor, for speed
        config.store = StoreInfo{settings.store.name, QStringLiteral("Jl. Sabang 37, Jakarta"),
                                 settings.store.terminalCode, settings.store.cashier};
        config.poll = PollPolicy().scaled(m_pollScale);
        config.notificationListen = {QHostAddress(QHostAddress::LocalHost), 0};
        config.clock = &clock;
        config.network = &network;
        engine = openEngineOrDie(std::move(config));
        journal = engine->journal();
        checkout = engine->checkout();
        receipts = engine->receipts();
        sandbox->setNotificationUrl(engine->receiver()->url());
        QSignalSpy fetched(checkout, &CheckoutService::channelsChanged);
        engine->start();
        if (m_channels == Channels::Fetch && !checkout->channels().isFetched() &&
            !fetched.wait(5000))
            qFatal("channel list not fetched");
    }

    void closeEngine()
    {
        journal = nullptr;
        checkout = nullptr;
        receipts = nullptr;
        engine.reset();
    }

    // What an earlier channel inquiry of this merchant left in the journal.
    void cacheChannelsWithoutBriCeria()
    {
        JournalError error;
        const std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
        std::unique_ptr<Journal> seed =
            lock ? Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, &clock,
                                 &error)
                 : nullptr;
        const QString scope =
            CheckoutService::channelScopeOf(true, sandbox->credentials().merchantId);
        if (!seed || !seed->saveChannels(scope,
                                         {{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                          {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                          {QStringLiteral("820"), QStringLiteral("Indodana")}},
                                         clock.now(), &error))
            qFatal("channel cache: %s", qPrintable(error.detail));
    }

    Channels m_channels;
    double m_pollScale;
    qint64 m_keyTime = 0;
};

// Keys to whatever has the focus, as a keyboard delivers them.
// A sale of `sku` to Siti Rahayu in Bandung, on Akulaku, paid: the window shows the payment.
inline void startSale(CashierHarness &h, const char *sku = "TV-POL-32")
{
    SalePage *sale = child<SalePage>(h.window.get(), "salePage");
    QVERIFY(sale->productEntry()->submit(QLatin1String(sku)));
    Customer c{QStringLiteral("C1"), QStringLiteral("Siti"), QStringLiteral("Rahayu"),
               QStringLiteral("081298765432"), QStringLiteral("siti@example.com")};
    sale->buyerForm()->setCustomer(c);
    Address a;
    a.firstName = c.firstName;
    a.lastName = c.lastName;
    a.address = QStringLiteral("Jl. Braga 10");
    a.city = QStringLiteral("Bandung");
    a.region = QStringLiteral("Sumur Bandung");
    a.state = QStringLiteral("Jawa Barat");
    a.postcode = QStringLiteral("40111");
    a.phone = c.phone;
    sale->buyerForm()->setBilling(a);
    QVERIFY(sale->channelPicker()->setChannel(Channel::Akulaku));
    h.window->pay();
    QCOMPARE(h.window->currentPage(), MainWindow::Page::Payment);
}

inline QWidget *focused()
{
    QWidget *w = QApplication::focusWidget();
    if (!w)
        qFatal("no widget has the focus");
    return w;
}
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}
inline void typeText(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

} // namespace kasir::test
