#pragma once

// What the engine benchmarks share: waiting with the event loop running, the sample order, a
// `kasir sandbox` process (Faspay) on loopback, and the engine wired to it as AppContext wires it.

#include "core/common/clock.h"
#include "core/faspay/faspayclient.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/order/order.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptservice.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace kasir::bench {

// Runs the event loop until done() or timeoutMs, checking every pollMs (0: every turn).
template<typename Done>
bool waitFor(Done done, int timeoutMs, int pollMs = 0)
{
    if (done())
        return true;
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(pollMs);
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    loop.exec();
    return done();
}

// tests/data/order-kredivo.json, parsed.
inline Order sampleOrder()
{
    QFile f(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample order missing");
    const OrderParseResult r = parseOrderJson(f.readAll());
    if (!r.ok())
        qFatal("sample order invalid");
    return *r.order;
}

// `kasir sandbox` in its own process, so that its records of each request do not count as the
// benchmark's memory; stopped when this goes.
struct SandboxProcess
{
    QProcess process;
    QUrl url;

    bool start(const QString &kasir, const QUrl &notifyUrl)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")};
        if (notifyUrl.isValid())
            args << QStringLiteral("--notify-url") << notifyUrl.toString();
        process.start(kasir, args);
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 15000) {
            process.waitForReadyRead(200);
            line += process.readAllStandardOutput();
        }
        url = QUrl(QString::fromUtf8(line.trimmed()));
        return url.isValid() && url.port() > 0;
    }
    ~SandboxProcess()
    {
        process.terminate();
        if (!process.waitForFinished(5000))
            process.kill();
        process.waitForFinished(5000);
    }
};

// A journal in a temporary folder, the notification receiver on loopback, a `kasir sandbox`
// process, FaspayClient, CheckoutService and ReceiptService (PDF archive), the channel list
// fetched. Any failure ends the benchmark (qFatal).
struct BenchEngine
{
    QTemporaryDir dir;
    SystemClock clock;
    QNetworkAccessManager nam;
    std::unique_ptr<InstanceLock> lock;
    std::unique_ptr<Journal> journal;
    const faspay::Credentials credentials{QStringLiteral("77777"), QStringLiteral("TOKO LATIHAN"),
                                          QString(), QStringLiteral("latihan-kasir")};
    std::unique_ptr<NotificationReceiver> receiver;
    SandboxProcess sandbox;
    std::unique_ptr<faspay::FaspayClient> client;
    std::unique_ptr<CheckoutService> checkout;
    std::unique_ptr<ReceiptService> receipts;

    void start(const QString &kasir, const StoreInfo &store, bool training)
    {
        JournalError error;
        lock = InstanceLock::acquire(dir.path(), &error);
        if (lock)
            journal = Journal::open(dir.path() + QStringLiteral("/journal.sqlite"), *lock, &clock,
                                    &error);
        if (!journal)
            qFatal("journal");
        receiver = std::make_unique<NotificationReceiver>(
            credentials, &clock,
            [this](const faspay::PaymentNotification &n, const QByteArray &body) {
                return checkout ? checkout->notificationReceived(n, body)
                                : CheckoutService::NotificationOutcome::StorageFailed;
            });
        QString listenError;
        if (!receiver->listen(QHostAddress::LocalHost, 0, &listenError))
            qFatal("receiver");
        if (!sandbox.start(kasir, receiver->url()))
            qFatal("sandbox did not start (--kasir?)");
        faspay::FaspayClientConfig clientConfig;
        clientConfig.baseUrl = sandbox.url;
        client = std::make_unique<faspay::FaspayClient>(&nam, clientConfig);
        CheckoutService::Options options;
        options.credentials = credentials;
        options.training = training;
        checkout = std::make_unique<CheckoutService>(journal.get(), client.get(), &clock, options);
        receipts =
            std::make_unique<ReceiptService>(journal.get(), store, dir.path(), ReceiptWidth::Mm80);
        QObject::connect(checkout.get(), &CheckoutService::paid, receipts.get(),
                         &ReceiptService::handlePaid);
        bool channels = false;
        QObject::connect(checkout.get(), &CheckoutService::channelsChanged, checkout.get(),
                         [&channels] { channels = true; });
        checkout->refreshChannels();
        if (!waitFor([&channels] { return channels; }, 10000))
            qFatal("channel list");
    }
};

} // namespace kasir::bench
