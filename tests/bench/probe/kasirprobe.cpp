// A Qt "generic" plugin that measures any Qt GUI program from the inside without changing it:
// loaded through QT_QPA_GENERIC_PLUGINS=kasirprobe (QT_PLUGIN_PATH naming the folder that holds
// generic/libkasirprobe.so), it waits for the first top-level window to be exposed, lets the
// event loop run once more (the window has painted and can take input: "interactive"), then
// writes one line to stderr
//     KASIR_PROBE ready_ns=<CLOCK_MONOTONIC> rss_kb=<VmRSS> [idle_rss_kb=<VmRSS after idle>]
// and ends the process. The harness reads CLOCK_MONOTONIC before starting the process, so the
// difference is the whole cold start: exec, dynamic linking, Qt set-up, the program's own start.
//
//   KASIR_PROBE_IDLE_MS=N   stay N ms after ready and report the RSS again (default 0)
//   KASIR_PROBE_KEEP=1      do not end the process (the harness goes on driving it)

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QGenericPlugin>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace {

long long monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

long long rssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // procfs files have no size: atEnd() is true from the start, so read everything.
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

class Probe : public QObject
{
public:
    Probe() { QCoreApplication::instance()->installEventFilter(this); }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_fired && event->type() == QEvent::Expose && watched->isWindowType()) {
            auto *window = static_cast<QWindow *>(watched);
            if (!window->transientParent() && window->isVisible()) {
                m_fired = true;
                // The expose is handled (painted, flushed) after this filter returns; the next
                // pass of the event loop finds the window drawn and ready for input.
                QTimer::singleShot(0, this, &Probe::ready);
            }
        }
        return false;
    }

private:
    void ready()
    {
        const long long ns = monotonicNs();
        const long long rss = rssKb();
        const int idleMs = qEnvironmentVariableIntValue("KASIR_PROBE_IDLE_MS");
        if (idleMs <= 0) {
            report(ns, rss, -1);
            return;
        }
        QTimer::singleShot(idleMs, this, [this, ns, rss] { report(ns, rss, rssKb()); });
    }

    void report(long long ns, long long rss, long long idleRss)
    {
        std::fprintf(stderr, "KASIR_PROBE ready_ns=%lld rss_kb=%lld", ns, rss);
        if (idleRss >= 0)
            std::fprintf(stderr, " idle_rss_kb=%lld", idleRss);
        std::fprintf(stderr, "\n");
        std::fflush(stderr);
        if (!qEnvironmentVariableIsSet("KASIR_PROBE_KEEP"))
            _exit(0); // measuring start-up, not shut-down
    }

    bool m_fired = false;
};

} // namespace

class KasirProbePlugin : public QGenericPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID QGenericPluginFactoryInterface_iid FILE "kasirprobe.json")

public:
    QObject *create(const QString &key, const QString &) override
    {
        if (key.compare(QLatin1String("kasirprobe"), Qt::CaseInsensitive) != 0)
            return nullptr;
        return new Probe;
    }
};

#include "kasirprobe.moc"
