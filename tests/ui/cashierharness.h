#pragma once

// The cashier window composed with the real payment engine against the training sandbox on
// loopback, as the application composes it in training mode: TrainingSandbox, a
// NotificationReceiver for its notifications, FaspayClient, a Journal in a temporary folder,
// CheckoutService with a fast poll policy, ReceiptService, and the MainWindow.
//
// Plus the customer's side: the lender pages walked with HTTP requests the way a phone's browser
// walks them after scanning the QR code.

#include "../integration/sandbox/sandboxtestsupport.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/faspayclient.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptservice.h"
#include "core/sandbox/trainingsandbox.h"
#include "ui/cartmodel.h"
#include "ui/mainwindow.h"
#include "ui/pendingmodel.h"
#include "ui/salepage.h"
#include "ui/scannerinput.h"
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
        : journal(&clock)
    {
        if (channels == Channels::WithoutBriCeria) {
            JournalError error;
            journal.journal->saveChannels({{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                           {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                           {QStringLiteral("820"), QStringLiteral("Indodana")}},
                                          clock.now(), &error);
        }
        receiver = std::make_unique<NotificationReceiver>(
            sandboxConfig.credentials(), &clock,
            [this](const faspay::PaymentNotification &n, const QByteArray &body) {
                return checkout ? checkout->notificationReceived(n, body)
                                : CheckoutService::NotificationOutcome::StorageFailed;
            });
        QString error;
        if (!receiver->listen(QHostAddress(QHostAddress::LocalHost), 0, &error))
            qFatal("receiver: %s", qPrintable(error));
        sandboxConfig.notificationUrl = receiver->url();
        sandbox = std::make_unique<TrainingSandbox>(sandboxConfig, &clock, &network);
        if (!sandbox->start())
            qFatal("sandbox: %s", qPrintable(sandbox->errorString()));
        faspay::FaspayClientConfig clientConfig;
        clientConfig.baseUrl = sandbox->baseUrl();
        client = std::make_unique<faspay::FaspayClient>(&network, clientConfig);
        options.credentials = sandbox->credentials();
        options.terminalCode = settings.store.terminalCode;
        options.cashier = QStringLiteral("Rina");
        options.training = true;
        options.poll = PollPolicy().scaled(pollScale); // 30: a status check every 100 ms
        checkout =
            std::make_unique<CheckoutService>(journal.journal.get(), client.get(), &clock, options);
        receipts = std::make_unique<ReceiptService>(
            journal.journal.get(),
            StoreInfo{settings.store.name, QStringLiteral("Jl. Sabang 37, Jakarta"),
                      settings.store.terminalCode, options.cashier},
            journal.dataDir(), ReceiptWidth::Mm80);
        QObject::connect(checkout.get(), &CheckoutService::paid, receipts.get(),
                         &ReceiptService::handlePaid);
        if (channels == Channels::Fetch) {
            QSignalSpy fetched(checkout.get(), &CheckoutService::channelsChanged);
            checkout->refreshChannels();
            if (!fetched.wait(5000))
                qFatal("channel list not fetched");
        }
        settings.store.cashier = options.cashier;
        makeWindow();
    }

    // Kasir closes and starts again on the same journal: a new service that resumes what was
    // open, and a new window.
    void restart()
    {
        window.reset();
        receipts.reset();
        checkout.reset();
        checkout =
            std::make_unique<CheckoutService>(journal.journal.get(), client.get(), &clock, options);
        receipts = std::make_unique<ReceiptService>(
            journal.journal.get(),
            StoreInfo{settings.store.name, QString(), settings.store.terminalCode, options.cashier},
            journal.dataDir(), ReceiptWidth::Mm80);
        QObject::connect(checkout.get(), &CheckoutService::paid, receipts.get(),
                         &ReceiptService::handlePaid);
        checkout->resume();
        makeWindow();
    }

    void makeWindow()
    {
        window =
            std::make_unique<MainWindow>(checkout.get(), journal.journal.get(), settings, true);
        window->setClock(&clock);
        window->setReceiptService(receipts.get());
        // Every change the cashier tests cause goes through models that keep Qt's model
        // contract (the testers are children of their models and end with them).
        for (QAbstractItemModel *model :
             {static_cast<QAbstractItemModel *>(window->pendingModel()),
              static_cast<QAbstractItemModel *>(window->salePage()->cartModel())})
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
        window->scannerInput()->setTimeSource([this, step] { return m_keyTime += step; });
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
    TempJournal journal;
    AppSettings settings;
    CheckoutService::Options options;
    std::unique_ptr<NotificationReceiver> receiver;
    std::unique_ptr<TrainingSandbox> sandbox;
    std::unique_ptr<faspay::FaspayClient> client;
    std::unique_ptr<CheckoutService> checkout;
    std::unique_ptr<ReceiptService> receipts;
    std::unique_ptr<MainWindow> window;
    HttpProbe phone;

private:
    qint64 m_keyTime = 0;
};

// Keys to whatever has the focus, as a keyboard delivers them.
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
