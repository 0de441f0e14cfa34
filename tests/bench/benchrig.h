#pragma once

// What the engine benchmarks share: waiting with the event loop running, the sample order, a
// `kasir sandbox` process (Faspay) on loopback, and the Engine (core/engine) the application
// builds, pointed at it.

#include "core/common/clock.h"
#include "core/engine/engine.h"
#include "core/journal/journal.h"
#include "core/order/order.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptservice.h"
#include "tests/support/openengine.h"

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
        // Strict, like every test of Kasir: only Part A is accepted (Part A §15).
        QStringList args{QStringLiteral("sandbox"), QStringLiteral("--strict"),
                         QStringLiteral("--port"), QStringLiteral("0")};
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
    const faspay::Credentials credentials{QStringLiteral("77777"), QStringLiteral("TOKO LATIHAN"),
                                          QString(), QStringLiteral("latihan-kasir")};
    SandboxProcess sandbox;
    std::unique_ptr<Engine> engine;
    // The engine's parts.
    Journal *journal = nullptr;
    CheckoutService *checkout = nullptr;
    ReceiptService *receipts = nullptr;
    NotificationReceiver *receiver = nullptr;

    void start(const QString &kasir, const StoreInfo &store, bool training)
    {
        EngineConfig config;
        config.dataDir = dir.path();
        config.credentials = credentials;
        config.training = training;
        config.store = store;
        config.notificationListen = {QHostAddress(QHostAddress::LocalHost), 0};
        config.clock = &clock;
        config.network = &nam;
        engine = test::openEngineOrDie(std::move(config));
        journal = engine->journal();
        checkout = engine->checkout();
        receipts = engine->receipts();
        receiver = engine->receiver();
        // The sandbox process is told where to notify, then the engine where Faspay is.
        if (!sandbox.start(kasir, receiver->url()))
            qFatal("sandbox did not start (--kasir?)");
        engine->setGateway(sandbox.url);
        bool channels = false;
        QObject::connect(checkout, &CheckoutService::channelsChanged, checkout,
                         [&channels] { channels = true; });
        engine->start();
        if (!waitFor([&channels] { return channels; }, 10000))
            qFatal("channel list");
    }
};

} // namespace kasir::bench
