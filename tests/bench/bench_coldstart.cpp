// Cold start to an interactive cashier window (design §5: <= 300 ms) and its RSS while the
// browser is unused (<= 80 MB), measured in the same run against a bare Qt Widgets window
// (bench_barewindow): the ratio Kasir / bare is the figure that travels between machines.
//
//   bench_coldstart --kasir build/app/kasir --bare build/tests/bench/bench_barewindow
//                   --plugins build/tests/bench/plugins [--runs 20]
//
// Both programs are started as they are, samples interleaved (bare, kasir, bare, ...), with the
// probe plugin (probe/kasirprobe.cpp) loaded through QT_QPA_GENERIC_PLUGINS: it reports when the
// first window is exposed and the event loop has turned once more. Kasir runs in production
// configuration against a `kasir sandbox` process on loopback (gateway URL, credentials and a
// notification receiver from the environment), with an empty data folder. Run it on the display
// the program will use (scripts/bench.sh uses Xvfb; QT_QPA_PLATFORM=offscreen also works).

#include "benchsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>

#include <ctime>

using namespace kasir::bench;

namespace {

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

struct Sample
{
    double ms = -1;
    double rssMb = -1;
    double idleRssMb = -1;
};

Sample startOnce(const QString &program, const QStringList &args, QProcessEnvironment env,
                 int idleMs)
{
    if (idleMs > 0)
        env.insert(QStringLiteral("KASIR_PROBE_IDLE_MS"), QString::number(idleMs));
    QProcess p;
    p.setProcessEnvironment(env);
    const long long t0 = monotonicNs();
    p.start(program, args);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    static const QRegularExpression re(
        QStringLiteral("KASIR_PROBE ready_ns=(\\d+) rss_kb=(\\d+)(?: idle_rss_kb=(\\d+))?"));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    const QRegularExpressionMatch m = re.match(err);
    if (!m.hasMatch()) {
        qWarning("no probe report from %s: %s", qPrintable(program), qPrintable(err.left(2000)));
        return {};
    }
    Sample s;
    s.ms = double(m.captured(1).toLongLong() - t0) / 1e6;
    s.rssMb = m.captured(2).toDouble() / 1024.0;
    if (!m.captured(3).isEmpty())
        s.idleRssMb = m.captured(3).toDouble() / 1024.0;
    return s;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption(
        {QStringLiteral("kasir"), QStringLiteral("kasir binary."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("bare"), QStringLiteral("bench_barewindow binary."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("plugins"), QStringLiteral("Folder holding generic/."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Samples of each."),
                      QStringLiteral("n"), QStringLiteral("20")});
    parser.process(app);
    const QString kasir = parser.value(QStringLiteral("kasir"));
    const QString bare = parser.value(QStringLiteral("bare"));
    const int runs = parser.value(QStringLiteral("runs")).toInt();

    QTemporaryDir dir;
    QProcessEnvironment base = QProcessEnvironment::systemEnvironment();
    base.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"), QStringLiteral("kasirprobe"));
    base.insert(QStringLiteral("QT_PLUGIN_PATH"), parser.value(QStringLiteral("plugins")));
    base.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path() + QStringLiteral("/config"));
    base.remove(QStringLiteral("KASIR_PROBE_KEEP"));

    // Faspay for the cashier window: a sandbox process, so that Kasir starts as it would at a
    // store (gateway configured), not in training mode with its own embedded sandbox.
    QProcess sandbox;
    const quint16 notifyPort = freePort();
    QProcessEnvironment sandboxEnv = base;
    sandboxEnv.remove(QStringLiteral("QT_QPA_GENERIC_PLUGINS"));
    sandboxEnv.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    sandbox.setProcessEnvironment(sandboxEnv);
    sandbox.start(kasir,
                  {QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0"),
                   QStringLiteral("--notify-url"),
                   QStringLiteral("http://127.0.0.1:%1/faspay/notification").arg(notifyPort)});
    QByteArray line;
    while (!line.contains('\n') && sandbox.waitForReadyRead(10000))
        line += sandbox.readAllStandardOutput();
    const QString gateway = QString::fromUtf8(line.trimmed());

    QProcessEnvironment kasirEnv = base;
    kasirEnv.insert(QStringLiteral("KASIR_GATEWAY_URL"), gateway);
    kasirEnv.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("77777"));
    kasirEnv.insert(QStringLiteral("KASIR_MERCHANT_NAME"), QStringLiteral("TOKO LATIHAN"));
    kasirEnv.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("latihan-kasir"));
    kasirEnv.insert(QStringLiteral("KASIR_NOTIFY_LISTEN"),
                    QStringLiteral("127.0.0.1:%1").arg(notifyPort));
    kasirEnv.insert(QStringLiteral("KASIR_DATA_DIR"), dir.path() + QStringLiteral("/data"));

    // Warm-up (page cache, font cache), not counted.
    for (int i = 0; i < 2; ++i) {
        startOnce(bare, {}, base, 0);
        startOnce(kasir, {}, kasirEnv, 0);
    }
    QList<double> bareMs, kasirMs, ratios, bareRss, kasirRss;
    for (int i = 0; i < runs; ++i) {
        const Sample b = startOnce(bare, {}, base, 0);
        const Sample k = startOnce(kasir, {}, kasirEnv, 0);
        if (b.ms < 0 || k.ms < 0)
            continue;
        bareMs.append(b.ms);
        kasirMs.append(k.ms);
        ratios.append(k.ms / b.ms);
        bareRss.append(b.rssMb);
        kasirRss.append(k.rssMb);
    }
    // The same store with the embedded browser switched off in Settings (QR code only): no
    // OpenGL context at start.
    QProcessEnvironment qrOnlyEnv = kasirEnv;
    const QString qrOnlyConfig = dir.path() + QStringLiteral("/config-qr-only");
    QDir().mkpath(qrOnlyConfig + QStringLiteral("/Kasir"));
    {
        QFile ini(qrOnlyConfig + QStringLiteral("/Kasir/kasir.ini"));
        if (!ini.open(QIODevice::WriteOnly) || ini.write("[browser]\nenabled=false\n") < 0)
            qFatal("cannot write %s", qPrintable(ini.fileName()));
    }
    qrOnlyEnv.insert(QStringLiteral("XDG_CONFIG_HOME"), qrOnlyConfig);
    startOnce(kasir, {}, qrOnlyEnv, 0); // warm-up
    QList<double> qrOnlyMs;
    for (int i = 0; i < runs; ++i) {
        const Sample q = startOnce(kasir, {}, qrOnlyEnv, 0);
        if (q.ms >= 0)
            qrOnlyMs.append(q.ms);
    }
    // RSS once settled: 3 s after the window became interactive.
    QList<double> kasirIdle, bareIdle, qrOnlyIdle;
    for (int i = 0; i < 3; ++i) {
        const Sample k = startOnce(kasir, {}, kasirEnv, 3000);
        if (k.idleRssMb > 0)
            kasirIdle.append(k.idleRssMb);
        const Sample b = startOnce(bare, {}, base, 3000);
        if (b.idleRssMb > 0)
            bareIdle.append(b.idleRssMb);
        const Sample q = startOnce(kasir, {}, qrOnlyEnv, 3000);
        if (q.idleRssMb > 0)
            qrOnlyIdle.append(q.idleRssMb);
    }
    sandbox.kill();
    sandbox.waitForFinished();

    const Stats k = stats(kasirMs);
    const Stats b = stats(bareMs);
    const Stats r = stats(ratios);
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("xcb"));
    report(QStringLiteral("cold start to interactive cashier window"), k.median,
           QStringLiteral("ms"), 300,
           describe(k) + QStringLiteral("; platform %1; exec to first expose + one event-loop "
                                        "turn")
                             .arg(platform));
    report(QStringLiteral("cold start of a bare Qt Widgets window (same run)"), b.median,
           QStringLiteral("ms"), 0, describe(b));
    report(QStringLiteral("cold start ratio Kasir / bare window"), r.median, QStringLiteral("x"), 0,
           QStringLiteral("median of %1 interleaved pairs; p95 %2").arg(r.n).arg(r.p95, 0, 'f', 2));
    const Stats ki = stats(kasirIdle);
    const Stats bi = stats(bareIdle);
    report(QStringLiteral("RSS, cashier window idle, browser unused"), ki.median,
           QStringLiteral("MB"), 80,
           QStringLiteral("3 s after ready, n=%1 (at ready: median %2 MB); bare window idle %3 MB")
               .arg(ki.n)
               .arg(stats(kasirRss).median, 0, 'f', 1)
               .arg(bi.median, 0, 'f', 1));
    const Stats q = stats(qrOnlyMs);
    report(QStringLiteral("cold start, embedded browser off in Settings (QR only)"), q.median,
           QStringLiteral("ms"), 300, describe(q) + QStringLiteral("; no OpenGL context at start"));
    report(QStringLiteral("RSS idle, embedded browser off in Settings (QR only)"),
           stats(qrOnlyIdle).median, QStringLiteral("MB"), 80,
           QStringLiteral("3 s after ready, n=%1").arg(stats(qrOnlyIdle).n));
    return 0;
}
