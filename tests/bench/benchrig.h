#pragma once

// What the engine benchmarks share: waiting with the event loop running, the sample order, and
// a `kasir sandbox` process (Faspay) on loopback.

#include "core/order/order.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>
#include <QUrl>

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

} // namespace kasir::bench
