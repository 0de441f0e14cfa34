// Checkout benchmarks (design §5), without a window:
//  - RSS before and after 1 000 checkouts (no growth): CheckoutService, FaspayClient,
//    NotificationReceiver, ReceiptService and the journal in this process, exactly as the app
//    wires them; the sandbox (Faspay) in a separate `kasir sandbox` process so that its records
//    of every request do not count as Kasir's memory;
//  - per sale: Pay -> attempt AwaitingPayment committed + QR matrix made (the core part of
//    "Pay pressed -> QR painted"), approve -> notification -> Paid committed (the core part of
//    "notification received -> Paid shown"), Paid -> original receipt archived as PDF;
//  - the `kasir checkout` process: its peak RSS (getrusage of the waited children).
//
//   bench_checkout --kasir build/app/kasir [--sales 1000] [--cli 5]

#include "benchrig.h"
#include "benchsupport.h"
#include "core/common/clock.h"
#include "core/faspay/faspayclient.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/order/order.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/qr/qrcode.h"
#include "core/receipt/receiptservice.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace kasir;
using namespace kasir::bench;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

int cliPeakRss(const QString &kasir, int runs, QString *detail)
{
    QTemporaryDir dir;
    const quint16 notifyPort = freePort();
    SandboxProcess sandbox;
    if (!sandbox.start(
            kasir, QUrl(QStringLiteral("http://127.0.0.1:%1/faspay/notification").arg(notifyPort))))
        return -1;
    QNetworkAccessManager nam;
    QList<double> wall;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("KASIR_DATA_DIR"), dir.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("KASIR_GATEWAY_URL"), sandbox.url.toString());
        env.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("77777"));
        env.insert(QStringLiteral("KASIR_MERCHANT_NAME"), QStringLiteral("TOKO LATIHAN"));
        env.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("latihan-kasir"));
        env.insert(QStringLiteral("KASIR_NOTIFY_LISTEN"),
                   QStringLiteral("127.0.0.1:%1").arg(notifyPort));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer t;
        t.start();
        p.start(kasir, {QStringLiteral("checkout"),
                        QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"),
                        QStringLiteral("--wait"), QStringLiteral("20")});
        // Approve the bill as soon as the sandbox has it.
        QString bill;
        while (p.state() != QProcess::NotRunning) {
            p.waitForFinished(20);
            if (!bill.isEmpty())
                continue;
            const QByteArray output = p.readAll();
            static const QRegularExpression re(QStringLiteral("bill (\\w+): awaiting_payment"));
            const QRegularExpressionMatch m = re.match(QString::fromUtf8(output));
            if (m.hasMatch()) {
                bill = m.captured(1);
                QNetworkRequest request(sandbox.url.resolved(
                    QUrl(QStringLiteral("/sandbox/bills/%1/approve").arg(bill))));
                request.setRawHeader("X-Kasir-Sandbox", "1");
                QNetworkReply *reply = nam.post(request, QByteArray());
                waitFor([reply] { return reply->isFinished(); }, 5000);
                reply->deleteLater();
            }
        }
        wall.append(msSince(t));
        if (p.exitCode() != 0)
            qWarning("kasir checkout exit %d", p.exitCode());
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    const Stats s = stats(wall);
    *detail = QStringLiteral("%1 `kasir checkout --wait` processes, paid by notification; wall "
                             "time median %2 ms")
                  .arg(runs)
                  .arg(s.median, 0, 'f', 0);
    return int(usage.ru_maxrss); // KiB, the largest waited child
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("kasir"), QStringLiteral("kasir binary (for the sandbox)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("sales"), QStringLiteral("Checkouts."), QStringLiteral("n"),
                      QStringLiteral("1000")});
    parser.addOption({QStringLiteral("cli"), QStringLiteral("kasir checkout processes."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const QString kasir = parser.value(QStringLiteral("kasir"));
    const int sales = parser.value(QStringLiteral("sales")).toInt();

    const qint64 rssStart = rssKb();
    BenchEngine engine;
    engine.start(kasir,
                 StoreInfo{QStringLiteral("TOKO LATIHAN"), QStringLiteral("Jl Sabang 37"),
                           QStringLiteral("K01"), QStringLiteral("sari")},
                 true);
    CheckoutService &checkout = *engine.checkout;
    ReceiptService &receipts = *engine.receipts;
    QNetworkAccessManager &nam = engine.nam;
    const QUrl sandboxUrl = engine.sandbox.url;

    const Order order = sampleOrder();
    QElapsedTimer t;
    qint64 current = 0;
    double tAwaiting = -1, tPaid = -1, tReceipt = -1;
    QString redirect;
    // attemptChanged comes right after the commit and before paid(), whose first receiver makes
    // the receipt: Paid is timed here.
    QObject::connect(&checkout, &CheckoutService::attemptChanged, &app, [&](const Attempt &a) {
        if (a.id != current)
            return;
        if (a.state == AttemptState::AwaitingPayment && tAwaiting < 0) {
            tAwaiting = msSince(t);
            redirect = a.redirectUrl;
        }
        if (a.state == AttemptState::Paid && tPaid < 0)
            tPaid = msSince(t);
    });
    QObject::connect(&receipts, &ReceiptService::receiptArchived, &app,
                     [&](qint64 id, int, const QString &) {
                         if (id == current)
                             tReceipt = msSince(t);
                     });

    QList<double> payToQr, notifyToPaid, paidToReceipt, total;
    qint64 rssAfterSetup = rssKb();
    // RSS after every tenth of the run.
    QList<qint64> rssSeries;
    const int step = std::max(1, sales / 10);
    for (int i = 0; i < sales; ++i) {
        tAwaiting = tPaid = tReceipt = -1;
        t.start();
        const CheckoutService::StartResult started = checkout.startCheckout(order);
        if (!started.ok())
            qFatal("checkout %d refused", i);
        current = started.attemptId;
        if (!waitFor([&] { return tAwaiting >= 0; }, 20000))
            qFatal("no answer to post data");
        const std::optional<QrCode> qr = QrCode::encode(redirect.toUtf8());
        const QImage image = qr ? qr->toImage(6) : QImage();
        const double tQr = msSince(t);
        payToQr.append(tQr);

        const std::optional<Attempt> a = checkout.attempt(current);
        QNetworkRequest request(
            sandboxUrl.resolved(QUrl(QStringLiteral("/sandbox/bills/%1/approve").arg(a->billNo))));
        request.setRawHeader("X-Kasir-Sandbox", "1");
        const double tApprove = msSince(t);
        QNetworkReply *reply = nam.post(request, QByteArray());
        if (!waitFor([&] { return tReceipt >= 0 && reply->isFinished(); }, 20000))
            qFatal("sale %d not paid", i);
        reply->deleteLater();
        notifyToPaid.append(tPaid - tApprove);
        paidToReceipt.append(tReceipt - tPaid);
        total.append(msSince(t));
        if ((i + 1) % step == 0) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            rssSeries.append(rssKb());
            qInfo("%d sales, RSS %lld KiB", i + 1, rssSeries.last());
        }
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const qint64 rssEnd = rssKb();

    const Stats sq = stats(payToQr);
    const Stats sn = stats(notifyToPaid);
    const Stats sr = stats(paidToReceipt);
    const Stats st = stats(total);
    report(QStringLiteral("core: Pay -> AwaitingPayment committed + QR matrix (no window)"),
           sq.median, QStringLiteral("ms"), 50,
           describe(sq) + QStringLiteral("; post data to a loopback `kasir sandbox` process"));
    report(QStringLiteral("core: approve -> notification -> inquiry -> Paid committed (no "
                          "window)"),
           sn.median, QStringLiteral("ms"), 200, describe(sn));
    report(QStringLiteral("core: Paid -> original receipt archived (PDF + journal)"), sr.median,
           QStringLiteral("ms"), 0, describe(sr));
    report(QStringLiteral("checkout loop: one whole sale"), st.median, QStringLiteral("ms"), 0,
           describe(st));
    QStringList series;
    for (qsizetype k = 0; k < rssSeries.size(); ++k)
        series << QStringLiteral("%1: %2")
                      .arg((k + 1) * step)
                      .arg(double(rssSeries.at(k)) / 1024, 0, 'f', 1);
    const qint64 rssHalf = rssSeries.isEmpty() ? rssEnd : rssSeries.at(rssSeries.size() / 2 - 1);
    report(QStringLiteral("RSS before and after %1 checkouts (in-process engine)").arg(sales),
           double(rssEnd) / 1024.0, QStringLiteral("MB"), 80,
           QStringLiteral("before: %1 MB (process start %2 MB); after each tenth (sales: MB) %3")
               .arg(double(rssAfterSetup) / 1024, 0, 'f', 1)
               .arg(double(rssStart) / 1024, 0, 'f', 1)
               .arg(series.join(QStringLiteral(", "))));
    // Caches fill during the first sales (SQLite keeps up to 2 MiB of pages per connection,
    // Qt its font and network caches): "no growth" is judged on the second half of the run,
    // where a leak of 512 bytes per sale would already add 250 KiB.
    const qint64 growth = rssEnd - rssHalf;
    report(QStringLiteral("RSS growth over the second half (sales %1 -> %2)")
               .arg(sales / 2)
               .arg(sales),
           double(growth) / 1024.0, QStringLiteral("MB"), 0,
           QStringLiteral("first half: %1 MB (caches filling)")
               .arg(double(rssHalf - rssAfterSetup) / 1024, 0, 'f', 2),
           QStringLiteral("no growth"),
           growth < 256 ? QStringLiteral("ok") : QStringLiteral("MISS"));

    const int cliRuns = parser.value(QStringLiteral("cli")).toInt();
    if (cliRuns > 0) {
        QString detail;
        const int peak = cliPeakRss(kasir, cliRuns, &detail);
        if (peak > 0)
            report(QStringLiteral("RSS peak of a `kasir checkout` process"), peak / 1024.0,
                   QStringLiteral("MB"), 80, detail);
    }
    return 0;
}
