// The chaos driver (issue #7): many headless checkouts against the training sandbox, with random
// faults in the gateway's answers and notifications, random SIGKILLs of Kasir followed by
// `kasir resume`, and then the checks of design §3/§4:
//
//   1. no bill_no posted twice (the sandbox counts post-data requests per bill);
//   2. every attempt terminal, or Unknown / NeedsAttention with its reason;
//   3. the journal agrees with the sandbox for every terminal attempt (state and amount);
//   4. one original receipt per paid sale (and its PDF on disk), none for any other;
//   5. forged, malformed and oversized notifications are refused (403/400/413), never accepted;
//   6. every Kasir process ends by itself (the checkout's --wait bounds it);
//   7. no secret on disk: Kasir's data folder (journal with its -wal/-shm, receipts, logs) and
//      its settings hold neither the Faspay password nor any signature made with it.
//
// Prints one summary line and exits 1 on any violation, 2 when the driver itself cannot run.
//
//   chaos_driver --kasir build/app/kasir [--runs 200] [--seed N] [--workdir DIR] [--keep]
//
// Processes: one `kasir sandbox` (Faspay) for the whole session; `kasir checkout`, `kasir resume`
// one after another (they share one data folder and its lock, like a counter PC).

#include "core/attempt/attempt.h"
#include "core/common/clock.h"
#include "core/faspay/signature.h"
#include "core/journal/journal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <optional>
#include <sys/types.h>
#include <unistd.h>

using namespace kasir;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct HttpResult
{
    int status = 0; // 0: no answer
    QByteArray body;
    QString error;
};

// One synchronous request (the driver is a script: nothing else runs meanwhile).
HttpResult http(QNetworkAccessManager &nam, const QByteArray &verb, const QUrl &url,
                const QByteArray &body = {}, const QByteArray &contentType = {},
                int timeoutMs = 5000)
{
    QNetworkRequest request(url);
    request.setRawHeader("X-Kasir-Sandbox", "1");
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResult r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.error = reply->errorString();
    reply->deleteLater();
    return r;
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// ---- what a run does ----

enum class Action { Approve, Decline, Expire, Leave };
enum class Kill { None, Random, CrashPoint };

struct Plan
{
    QString requestFault;      // fault spec for POST /sandbox/faults, empty: none
    QString notificationFault; // idem for notifications
    Action action = Action::Approve;
    int actionDelayMs = 0;
    Kill kill = Kill::None;
    int killAfterMs = 0;
    QString crashPoint;
    bool forge = false;         // the driver posts forged/malformed/oversized notifications itself
    int resumeKillAfterMs = -1; // the first resume after a kill is killed too; -1: not
    QString order;              // order file name

    QString describe() const
    {
        QStringList parts;
        static const char *const actions[] = {"approve", "decline", "expire", "leave"};
        parts << QString::fromLatin1(actions[int(action)]) +
                     QStringLiteral("+%1ms").arg(actionDelayMs);
        if (!requestFault.isEmpty())
            parts << requestFault;
        if (!notificationFault.isEmpty())
            parts << notificationFault;
        if (kill == Kill::Random)
            parts << QStringLiteral("sigkill+%1ms").arg(killAfterMs);
        if (kill == Kill::CrashPoint)
            parts << QStringLiteral("crash@") + crashPoint;
        if (forge)
            parts << QStringLiteral("forge");
        parts << order;
        return parts.join(u' ');
    }
};

const QStringList RequestFaults = {
    QStringLiteral("hang@post-data"),       QStringLiteral("reset@post-data"),
    QStringLiteral("http=503@post-data"),   QStringLiteral("http=500@post-data"),
    QStringLiteral("html@post-data"),       QStringLiteral("malformed@post-data"),
    QStringLiteral("code=14@post-data"),    QStringLiteral("code=66@post-data"),
    QStringLiteral("delay=1500@post-data"), QStringLiteral("hang@inquiry"),
    QStringLiteral("reset@inquiry*2"),      QStringLiteral("http=503@inquiry*3"),
    QStringLiteral("html@inquiry*2"),       QStringLiteral("malformed@inquiry*3"),
    QStringLiteral("delay=1000@inquiry*2"), QStringLiteral("reset@channels"),
    QStringLiteral("http=503@channels"),    QStringLiteral("malformed@channels"),
};
const QStringList NotificationFaults = {
    QStringLiteral("notify-duplicate=3"), QStringLiteral("notify-duplicate=5"),
    QStringLiteral("notify-forged"),      QStringLiteral("notify-out-of-order"),
    QStringLiteral("notify-drop"),
};
const QStringList CrashPoints = {
    QStringLiteral("after-commit-before-post"),
    QStringLiteral("after-post-before-store"),
    QStringLiteral("after-paid-before-receipt"),
};

struct OrderTemplate
{
    QString name;
    QString channel;
    QString tenor;
    qint64 unitPrice;
    int qty;
};
const OrderTemplate Orders[] = {
    {QStringLiteral("kredivo-30d"), QStringLiteral("kredivo"), QStringLiteral("30_days"), 350000,
     2},
    {QStringLiteral("kredivo-3m"), QStringLiteral("kredivo"), QStringLiteral("3_months"), 1500000,
     1},
    {QStringLiteral("akulaku"), QStringLiteral("akulaku"), QString(), 425000, 3},
    {QStringLiteral("indodana"), QStringLiteral("indodana"), QString(), 999000, 1},
    {QStringLiteral("briceria"), QStringLiteral("briceria"), QString(), 75000, 4},
};

// `run` makes each sale a different cart: the engine refuses a second attempt for a cart whose
// payment is still open (invariant 7), which is right at a counter and would stall the driver.
QByteArray orderJson(const OrderTemplate &t, int run)
{
    QJsonObject address{{QStringLiteral("first_name"), QStringLiteral("Budi")},
                        {QStringLiteral("last_name"), QStringLiteral("Santoso")},
                        {QStringLiteral("address"), QStringLiteral("Jl Sabang 37")},
                        {QStringLiteral("city"), QStringLiteral("Jakarta Pusat")},
                        {QStringLiteral("region"), QStringLiteral("DKI Jakarta")},
                        {QStringLiteral("state"), QStringLiteral("Indonesia")},
                        {QStringLiteral("postcode"), QStringLiteral("10170")},
                        {QStringLiteral("country_code"), QStringLiteral("ID")},
                        {QStringLiteral("phone"), QStringLiteral("081234567890")}};
    QJsonObject o{
        {QStringLiteral("channel"), t.channel},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("id"), QStringLiteral("C000981")},
                     {QStringLiteral("first_name"), QStringLiteral("Budi")},
                     {QStringLiteral("last_name"), QStringLiteral("Santoso")},
                     {QStringLiteral("phone"), QStringLiteral("+62 812-3456-7890")},
                     {QStringLiteral("email"), QStringLiteral("budi@example.com")}}},
        {QStringLiteral("billing"), address},
        {QStringLiteral("items"),
         QJsonArray{QJsonObject{{QStringLiteral("sku"), QStringLiteral("SKU-778")},
                                {QStringLiteral("name"), QStringLiteral("Barang uji")},
                                {QStringLiteral("qty"), t.qty},
                                {QStringLiteral("unit_price"), t.unitPrice}}}},
        {QStringLiteral("fees"),
         QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("shippingfee")},
                                {QStringLiteral("amount"), 20000}}}},
        {QStringLiteral("description"), QStringLiteral("Chaos run %1").arg(run)},
    };
    if (!t.tenor.isEmpty())
        o.insert(QStringLiteral("tenor"), t.tenor);
    return QJsonDocument(o).toJson();
}

struct SandboxBillView
{
    QString billNo;
    QString trxId;
    int status = -1;
    int posted = 0;
    qint64 total = 0;
};

class Driver
{
public:
    Driver(QString kasir, QString workDir, quint64 seed)
        : m_kasir(std::move(kasir))
        , m_work(std::move(workDir))
        , m_random(seed)
        , m_seed(seed)
    {}

    bool setUp();
    void tearDown();
    void runOnce(int index);
    void settle();
    int check();
    QString tamper();
    int runs() const { return m_runs; }

private:
    Plan randomPlan();
    QProcessEnvironment kasirEnvironment(const QString &crashPoint) const;
    // Runs one kasir command; while it runs, acts on the sandbox (bills appearing), kills it when
    // the plan says so. Returns true when it was killed (SIGKILL or crash point).
    bool runKasir(const QStringList &arguments, Plan &plan, bool allowKill, const QString &log);
    void pollBills(Plan &plan, const QElapsedTimer &clock);
    QHash<QString, SandboxBillView> sandboxBills();
    bool act(const QString &billNo, Action action);
    void forgeNotifications(const SandboxBillView &bill);
    std::unique_ptr<Journal> openJournal() const;
    void violation(const QString &text);
    void checkNoSecretsOnDisk(const QSet<QString> &billNos);

    QString m_kasir;
    QString m_work;
    QRandomGenerator m_random;
    quint64 m_seed;
    QNetworkAccessManager m_nam;
    QProcess m_sandbox;
    QUrl m_sandboxUrl;
    quint16 m_notifyPort = 0;
    QString m_dataDir;

    // The bill of the current run and what is still to do with it.
    QString m_currentBill;
    bool m_actionDone = false;
    qint64 m_actionAt = -1;
    bool m_forged = false;
    QSet<QString> m_knownBills;
    QHash<QString, QString> m_planOfBill; // bill_no -> "run N: plan"
    QString m_currentPlan;

public:
    int m_runs = 0;
    int m_kills = 0;
    int m_notStarted = 0;
    int m_forgeries = 0;
    QStringList m_violations;
};

Plan Driver::randomPlan()
{
    Plan p;
    const auto chance = [this](double probability) {
        return m_random.generateDouble() < probability;
    };
    if (chance(0.45))
        p.requestFault = RequestFaults.at(m_random.bounded(int(RequestFaults.size())));
    if (chance(0.30))
        p.notificationFault =
            NotificationFaults.at(m_random.bounded(int(NotificationFaults.size())));
    const double a = m_random.generateDouble();
    p.action = a < 0.62   ? Action::Approve
               : a < 0.77 ? Action::Decline
               : a < 0.95 ? Action::Expire
                          : Action::Leave;
    p.actionDelayMs = m_random.bounded(0, 1200);
    const double k = m_random.generateDouble();
    if (k < 0.14) {
        p.kill = Kill::Random;
        p.killAfterMs = m_random.bounded(50, 2500);
    } else if (k < 0.22) {
        p.kill = Kill::CrashPoint;
        p.crashPoint = CrashPoints.at(m_random.bounded(int(CrashPoints.size())));
    }
    p.forge = chance(0.12);
    // Drawn here whatever happens, so that a seed gives the same plans however the runs go.
    const bool killResume = chance(0.2);
    const int resumeKillAfter = m_random.bounded(50, 1500);
    if (killResume)
        p.resumeKillAfterMs = resumeKillAfter;
    const auto &o = Orders[m_random.bounded(int(std::size(Orders)))];
    p.order = o.name;
    return p;
}

bool Driver::setUp()
{
    m_dataDir = m_work + QStringLiteral("/data");
    QDir().mkpath(m_dataDir);
    QDir().mkpath(m_work + QStringLiteral("/config"));
    QDir().mkpath(m_work + QStringLiteral("/logs"));
    m_notifyPort = freePort();
    m_sandbox.setProgram(m_kasir);
    // Strict: Kasir's own tests refuse what only real Faspay tolerates (Part A §15).
    m_sandbox.setArguments(
        {QStringLiteral("sandbox"), QStringLiteral("--strict"), QStringLiteral("--port"),
         QStringLiteral("0"), QStringLiteral("--notify-url"),
         QStringLiteral("http://127.0.0.1:%1/faspay/notification").arg(m_notifyPort)});
    QProcessEnvironment env = kasirEnvironment(QString());
    m_sandbox.setProcessEnvironment(env);
    m_sandbox.setStandardErrorFile(m_work + QStringLiteral("/logs/sandbox.log"));
    m_sandbox.start();
    if (!m_sandbox.waitForStarted(10000))
        return false;
    QElapsedTimer t;
    t.start();
    QByteArray line;
    while (!line.contains('\n') && t.elapsed() < 15000) {
        m_sandbox.waitForReadyRead(500);
        line += m_sandbox.readAllStandardOutput();
    }
    m_sandboxUrl = QUrl(QString::fromUtf8(line.trimmed()));
    if (!m_sandboxUrl.isValid() || m_sandboxUrl.port() <= 0)
        return false;
    return http(m_nam, "GET", m_sandboxUrl.resolved(QUrl(QStringLiteral("/sandbox")))).status ==
           200;
}

void Driver::tearDown()
{
    if (m_sandbox.state() != QProcess::NotRunning) {
        m_sandbox.terminate();
        if (!m_sandbox.waitForFinished(5000)) {
            m_sandbox.kill();
            m_sandbox.waitForFinished(5000);
        }
    }
}

QProcessEnvironment Driver::kasirEnvironment(const QString &crashPoint) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_work);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_work + QStringLiteral("/config"));
    env.insert(QStringLiteral("KASIR_DATA_DIR"), m_dataDir);
    if (m_sandboxUrl.isValid())
        env.insert(QStringLiteral("KASIR_GATEWAY_URL"), m_sandboxUrl.toString());
    env.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("77777"));
    env.insert(QStringLiteral("KASIR_MERCHANT_NAME"), QStringLiteral("TOKO LATIHAN"));
    env.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("latihan-kasir"));
    env.insert(QStringLiteral("KASIR_NOTIFY_LISTEN"),
               QStringLiteral("127.0.0.1:%1").arg(m_notifyPort));
    // Status checks 10 times faster (3 s -> 0.3 s) when the build has the knob; harmless if not.
    if (!env.contains(QStringLiteral("KASIR_POLL_SCALE")))
        env.insert(QStringLiteral("KASIR_POLL_SCALE"), QStringLiteral("10"));
    env.remove(QStringLiteral("KASIR_CRASH_AT"));
    if (!crashPoint.isEmpty())
        env.insert(QStringLiteral("KASIR_CRASH_AT"), crashPoint);
    return env;
}

QHash<QString, SandboxBillView> Driver::sandboxBills()
{
    QHash<QString, SandboxBillView> bills;
    const HttpResult r =
        http(m_nam, "GET", m_sandboxUrl.resolved(QUrl(QStringLiteral("/sandbox/bills"))));
    if (r.status != 200) {
        violation(
            QStringLiteral("driver: GET /sandbox/bills failed (%1 %2)").arg(r.status).arg(r.error));
        return bills;
    }
    for (const QJsonValue &v : QJsonDocument::fromJson(r.body).array()) {
        const QJsonObject o = v.toObject();
        SandboxBillView b;
        b.billNo = o.value(QStringLiteral("bill_no")).toString();
        b.trxId = o.value(QStringLiteral("trx_id")).toString();
        b.status = o.value(QStringLiteral("payment_status_code")).toString().toInt();
        b.posted = o.value(QStringLiteral("posted")).toInt();
        b.total = o.value(QStringLiteral("bill_total")).toString().toLongLong();
        bills.insert(b.billNo, b);
    }
    return bills;
}

bool Driver::act(const QString &billNo, Action action)
{
    static const char *const paths[] = {"approve", "decline", "expire", nullptr};
    if (!paths[int(action)])
        return true;
    const HttpResult r = http(
        m_nam, "POST",
        m_sandboxUrl.resolved(QUrl(QStringLiteral("/sandbox/bills/%1/%2")
                                       .arg(billNo, QString::fromLatin1(paths[int(action)])))));
    return r.status == 200;
}

// What an attacker on the store's network might send to the notification receiver. Each must
// be refused; the receiver is up only while a Kasir process runs (connection refused is fine).
void Driver::forgeNotifications(const SandboxBillView &bill)
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/faspay/notification").arg(m_notifyPort));
    const QJsonObject forged{
        {QStringLiteral("request"), QStringLiteral("Payment Notification")},
        {QStringLiteral("trx_id"), bill.trxId.isEmpty() ? QStringLiteral("1") : bill.trxId},
        {QStringLiteral("merchant_id"), QStringLiteral("77777")},
        {QStringLiteral("merchant"), QStringLiteral("TOKO LATIHAN")},
        {QStringLiteral("bill_no"), bill.billNo},
        {QStringLiteral("payment_reff"), QStringLiteral("FORGED")},
        {QStringLiteral("payment_date"), QStringLiteral("2025-01-15 14:10:00")},
        {QStringLiteral("payment_status_code"), QStringLiteral("2")},
        {QStringLiteral("payment_status_desc"), QStringLiteral("Payment Sukses")},
        {QStringLiteral("bill_total"), QString::number(bill.total)},
        {QStringLiteral("payment_total"), QString::number(bill.total)},
        {QStringLiteral("payment_channel_uid"), QStringLiteral("709")},
        {QStringLiteral("payment_channel"), QStringLiteral("Kredivo")},
        {QStringLiteral("signature"), QString(40, u'0')},
    };
    struct Try
    {
        const char *what;
        QByteArray body;
        QList<int> expected;
    };
    const Try tries[] = {
        {"forged signature", QJsonDocument(forged).toJson(QJsonDocument::Compact), {403}},
        {"malformed body", QByteArrayLiteral("{\"trx_id\": \"1\", \"bill_no\": "), {400}},
        {"oversized body", QByteArray(70 * 1024, 'x'), {400, 413}},
    };
    for (const Try &t : tries) {
        const HttpResult r = http(m_nam, "POST", url, t.body, "application/json", 3000);
        if (r.status == 0)
            continue; // no Kasir listening right now
        ++m_forgeries;
        if (!t.expected.contains(r.status)) {
            violation(QStringLiteral("%1 notification for %2 answered HTTP %3 (expected %4)")
                          .arg(QString::fromLatin1(t.what), bill.billNo)
                          .arg(r.status)
                          .arg(t.expected.first()));
        }
    }
}

void Driver::pollBills(Plan &plan, const QElapsedTimer &clock)
{
    const QHash<QString, SandboxBillView> bills = sandboxBills();
    for (auto it = bills.begin(); it != bills.end(); ++it) {
        if (m_knownBills.contains(it.key()))
            continue;
        m_knownBills.insert(it.key());
        if (!m_currentBill.isEmpty() && m_currentBill != it.key())
            violation(QStringLiteral("%1: a second bill %2 appeared in one run")
                          .arg(m_currentPlan, it.key()));
        m_currentBill = it.key();
        m_planOfBill.insert(it.key(), m_currentPlan);
        m_actionAt = clock.elapsed() + plan.actionDelayMs;
    }
    if (m_currentBill.isEmpty())
        return;
    const SandboxBillView bill = bills.value(m_currentBill);
    if (plan.forge && !m_forged) {
        m_forged = true;
        forgeNotifications(bill);
    }
    if (!m_actionDone && m_actionAt >= 0 && clock.elapsed() >= m_actionAt) {
        m_actionDone = true;
        if (bill.status == 0 || bill.status == 1)
            act(m_currentBill, plan.action);
    }
}

bool Driver::runKasir(const QStringList &arguments, Plan &plan, bool allowKill, const QString &log)
{
    QProcess kasir;
    kasir.setProgram(m_kasir);
    kasir.setArguments(arguments);
    kasir.setProcessEnvironment(
        kasirEnvironment(allowKill && plan.kill == Kill::CrashPoint ? plan.crashPoint : QString()));
    kasir.setStandardOutputFile(log, QIODevice::Append);
    kasir.setStandardErrorFile(log, QIODevice::Append);
    kasir.start();
    if (!kasir.waitForStarted(10000)) {
        violation(QStringLiteral("driver: %1 did not start").arg(m_kasir));
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    bool killed = false;
    while (kasir.state() != QProcess::NotRunning) {
        kasir.waitForFinished(40);
        pollBills(plan, clock);
        if (allowKill && plan.kill == Kill::Random && !killed &&
            clock.elapsed() >= plan.killAfterMs && kasir.state() != QProcess::NotRunning) {
            ::kill(static_cast<pid_t>(kasir.processId()), SIGKILL);
            killed = true;
        }
        if (clock.elapsed() > 120'000) {
            violation(QStringLiteral("%1: kasir %2 still running after 120 s (killed)")
                          .arg(m_currentPlan, arguments.first()));
            kasir.kill();
            kasir.waitForFinished(5000);
            return true;
        }
    }
    if (kasir.exitStatus() == QProcess::CrashExit) {
        // A crash point ends the process with SIGKILL too; any other way of dying (SIGSEGV,
        // SIGABRT from an assertion or a sanitizer) is Kasir crashing by itself.
        const bool crashPoint = allowKill && plan.kill == Kill::CrashPoint;
        if (!killed && !(crashPoint && kasir.exitCode() == SIGKILL))
            violation(QStringLiteral("%1: kasir %2 crashed (signal %3), see %4")
                          .arg(m_currentPlan, arguments.first())
                          .arg(kasir.exitCode())
                          .arg(log));
        killed = true;
    }
    return killed;
}

void Driver::runOnce(int index)
{
    ++m_runs;
    Plan plan = randomPlan();
    m_currentBill.clear();
    m_actionDone = false;
    m_actionAt = -1;
    m_forged = false;
    m_currentPlan = QStringLiteral("run %1 (%2)").arg(index).arg(plan.describe());
    const QString log =
        m_work + QStringLiteral("/logs/run-%1.log").arg(index, 3, 10, QLatin1Char('0'));
    {
        QFile f(log);
        if (f.open(QIODevice::WriteOnly))
            f.write(m_currentPlan.toUtf8() + '\n');
    }

    const QUrl faults = m_sandboxUrl.resolved(QUrl(QStringLiteral("/sandbox/faults")));
    http(m_nam, "DELETE", faults);
    const QString spec =
        QStringList{plan.requestFault, plan.notificationFault}.join(u' ').trimmed();
    if (!spec.isEmpty()) {
        const HttpResult r = http(m_nam, "POST", faults, spec.toUtf8(), "text/plain");
        if (r.status != 200)
            violation(QStringLiteral("driver: fault spec \"%1\" refused: %2")
                          .arg(spec, QString::fromUtf8(r.body)));
    }

    const QString order = m_work + QStringLiteral("/order.json");
    for (const OrderTemplate &t : Orders) {
        QFile f(order);
        if (t.name == plan.order &&
            (!f.open(QIODevice::WriteOnly) || f.write(orderJson(t, index)) < 0))
            violation(QStringLiteral("driver: cannot write %1").arg(order));
    }
    bool killed =
        runKasir({QStringLiteral("checkout"), order, QStringLiteral("--wait"), QStringLiteral("8")},
                 plan, true, log);
    // Resume after each kill; a resume may itself be killed once more.
    int resumes = 0;
    while (killed && resumes < 3) {
        ++m_kills;
        ++resumes;
        Plan again = plan;
        again.kill = Kill::None;
        if (resumes == 1 && plan.resumeKillAfterMs >= 0) {
            again.kill = Kill::Random;
            again.killAfterMs = plan.resumeKillAfterMs;
        }
        killed = runKasir({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("6")},
                          again, true, log);
    }
    if (m_currentBill.isEmpty()) {
        // Nothing reached the sandbox: refused locally, channel list failed, Rejected by a code,
        // or killed before posting (the attempt is then Unknown).
        QElapsedTimer now;
        now.start();
        pollBills(plan, now);
    }
    if (m_currentBill.isEmpty())
        ++m_notStarted;

    // The bill may still be waiting (the action came too late, or "leave"): settle it now so the
    // next run starts clean, and let a resume see the outcome.
    if (!m_currentBill.isEmpty()) {
        const SandboxBillView bill = sandboxBills().value(m_currentBill);
        if (bill.status == 0 || bill.status == 1) {
            const Action settleWith =
                (!m_actionDone && plan.action != Action::Leave) ? plan.action : Action::Expire;
            act(m_currentBill, settleWith);
            Plan quiet = plan;
            quiet.forge = false;
            runKasir({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("6")},
                     quiet, false, log);
        }
    }
    http(m_nam, "DELETE", faults);
}

// Brings every attempt that can still move to a final state: expire what the sandbox still
// holds open, then one last resume.
void Driver::settle()
{
    const QHash<QString, SandboxBillView> bills = sandboxBills();
    for (const SandboxBillView &b : bills) {
        if (b.status == 0 || b.status == 1)
            act(b.billNo, Action::Expire);
    }
    Plan quiet;
    m_currentBill.clear();
    m_actionDone = true;
    m_currentPlan = QStringLiteral("settle");
    runKasir({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("20")}, quiet,
             false, m_work + QStringLiteral("/logs/settle.log"));
}

std::unique_ptr<Journal> Driver::openJournal() const
{
    JournalError error;
    static const SystemClock clock;
    std::unique_ptr<Journal> journal =
        Journal::openReadOnly(m_dataDir + QStringLiteral("/journal.sqlite"), &clock, &error);
    return journal;
}

void Driver::violation(const QString &text)
{
    m_violations.append(text);
    out() << "chaos: VIOLATION " << text << Qt::endl;
}

// Every file Kasir wrote (the data folder, the settings under HOME and XDG_CONFIG_HOME) is read
// as bytes, so a secret inside a SQLite page or the WAL is found too. The driver's own files
// (logs/ with Kasir's stdout and stderr as the driver captured them, order.json) are not Kasir's
// storage and are left out.
void Driver::checkNoSecretsOnDisk(const QSet<QString> &billNos)
{
    faspay::Credentials credentials;
    credentials.merchantId = QStringLiteral("77777");
    credentials.password = QStringLiteral("latihan-kasir");
    QList<QByteArray> secrets{credentials.password.toUtf8(),
                              faspay::channelInquirySignature(credentials).toUtf8()};
    for (const QString &bill : billNos) {
        secrets.append(faspay::billSignature(credentials, bill).toUtf8());
        for (int status = 0; status <= 9; ++status)
            secrets.append(
                faspay::statusSignature(credentials, bill, QString::number(status)).toUtf8());
    }
    const int signatures = int(secrets.size()) - 1;
    for (int i = 1, n = int(secrets.size()); i < n; ++i)
        secrets.append(secrets.at(i).toUpper());

    int files = 0;
    QDirIterator it(m_work, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(m_work).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("logs/")) || relative == QLatin1String("order.json"))
            continue;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            violation(QStringLiteral("cannot read %1 to look for secrets").arg(relative));
            continue;
        }
        ++files;
        const QByteArray bytes = f.readAll();
        for (int i = 0, n = int(secrets.size()); i < n; ++i) {
            if (bytes.contains(secrets.at(i))) {
                violation(QStringLiteral("%1 holds %2")
                              .arg(relative, i == 0 ? QStringLiteral("the Faspay password")
                                                    : QStringLiteral("a signature")));
                break;
            }
        }
    }
    out() << "chaos: looked for the password and " << signatures << " signatures in " << files
          << " files of Kasir's data and settings" << Qt::endl;
    if (files == 0)
        violation(QStringLiteral("no file of Kasir's to look for secrets in"));
}

// Plants one disagreement: a bill the journal holds as Paid becomes Failed at the sandbox.
QString Driver::tamper()
{
    const std::unique_ptr<Journal> journal = openJournal();
    if (!journal)
        return {};
    HistoryQuery paid;
    paid.states = {AttemptState::Paid};
    paid.limit = 1;
    const QList<Attempt> found = journal->search(paid);
    if (found.isEmpty())
        return {};
    const QString bill = found.first().billNo;
    const HttpResult r =
        http(m_nam, "POST",
             m_sandboxUrl.resolved(QUrl(QStringLiteral("/sandbox/bills/%1/status/3").arg(bill))));
    return r.status == 200 ? QStringLiteral("bill %1 paid").arg(bill) : QString();
}

int Driver::check()
{
    const std::unique_ptr<Journal> journal = openJournal();
    if (!journal) {
        violation(QStringLiteral("the journal cannot be opened read-only"));
        return 0;
    }
    HistoryQuery all;
    all.limit = 1'000'000;
    const QList<Attempt> attempts = journal->search(all);
    const QHash<QString, SandboxBillView> bills = sandboxBills();

    // 1. No bill_no posted twice.
    for (const SandboxBillView &b : bills) {
        if (b.posted > 1)
            violation(QStringLiteral("bill %1 posted %2 times (%3)")
                          .arg(b.billNo)
                          .arg(b.posted)
                          .arg(m_planOfBill.value(b.billNo)));
    }

    QMap<AttemptState, int> counts;
    int unresolvedButPaid = 0;
    for (const Attempt &a : attempts) {
        ++counts[a.state];
        const QString who =
            QStringLiteral("attempt %1 bill %2 %3 [%4]")
                .arg(a.id)
                .arg(a.billNo, attemptStateKey(a.state),
                     m_planOfBill.value(a.billNo, QStringLiteral("never reached the sandbox")));
        const std::optional<SandboxBillView> bill =
            bills.contains(a.billNo) ? std::optional(bills.value(a.billNo)) : std::nullopt;

        // 2. Terminal, or Unknown / NeedsAttention with its reason.
        const bool unresolved =
            a.state == AttemptState::Unknown || a.state == AttemptState::NeedsAttention;
        if (!isTerminal(a.state) && !unresolved)
            violation(who + QStringLiteral(": neither final nor unknown"));
        if (unresolved && a.reason.isEmpty())
            violation(who + QStringLiteral(": unresolved without a reason"));
        if (unresolved && bill && bill->status == 2)
            ++unresolvedButPaid;

        // 3. Terminal attempts agree with the sandbox.
        if (isTerminal(a.state)) {
            int expected = -1;
            switch (a.state) {
            case AttemptState::Paid:
                expected = 2;
                break;
            case AttemptState::Failed:
                expected = 3;
                break;
            case AttemptState::Expired:
                expected = 7;
                break;
            case AttemptState::Cancelled:
                expected = 8;
                break;
            case AttemptState::Reversed:
                expected = 4;
                break;
            default:
                break;
            }
            if (a.state == AttemptState::Rejected) {
                if (bill)
                    violation(who + QStringLiteral(": rejected, but the sandbox holds the bill "
                                                   "(status %1)")
                                        .arg(bill->status));
            } else if (!bill) {
                violation(who + QStringLiteral(": final, but the sandbox never saw the bill"));
            } else if (bill->status != expected) {
                violation(
                    who +
                    QStringLiteral(": sandbox says payment_status_code %1").arg(bill->status));
            } else if (bill->total != a.total.rupiah()) {
                violation(who + QStringLiteral(": total %1, sandbox %2")
                                    .arg(a.total.rupiah())
                                    .arg(bill->total));
            }
        }

        // 4. One original receipt per paid sale, with its PDF; none for anything else.
        int originals = 0;
        int receipts = 0;
        QString pdf;
        for (const ReceiptRecord &r : journal->receipts(a.id)) {
            ++receipts;
            if (!r.isCopy()) {
                ++originals;
                pdf = r.pdfPath;
            }
        }
        if (a.state == AttemptState::Paid) {
            if (originals != 1)
                violation(who + QStringLiteral(": %1 original receipts").arg(originals));
            else if (pdf.isEmpty() ||
                     !QFileInfo::exists(QFileInfo(pdf).isAbsolute() ? pdf : m_dataDir + u'/' + pdf))
                violation(who + QStringLiteral(": receipt PDF missing (%1)").arg(pdf));
        } else if (receipts != 0 && a.state != AttemptState::Reversed) {
            violation(who + QStringLiteral(": %1 receipts for an unpaid sale").arg(receipts));
        }
    }
    // Every bill the sandbox holds belongs to an attempt in the journal.
    QSet<QString> journalBills;
    for (const Attempt &a : attempts)
        journalBills.insert(a.billNo);
    for (const SandboxBillView &b : bills) {
        if (!journalBills.contains(b.billNo))
            violation(QStringLiteral("bill %1 at the sandbox is not in the journal").arg(b.billNo));
    }

    // 7. No secret on disk.
    QSet<QString> allBills = journalBills;
    for (const SandboxBillView &b : bills)
        allBills.insert(b.billNo);
    checkNoSecretsOnDisk(allBills);

    const int unknown = counts.value(AttemptState::Unknown);
    const int attention = counts.value(AttemptState::NeedsAttention);
    out() << "chaos: " << m_runs << " runs, " << counts.value(AttemptState::Paid) << " paid, "
          << counts.value(AttemptState::Failed) << " failed, "
          << counts.value(AttemptState::Expired) << " expired, "
          << counts.value(AttemptState::Cancelled) << " cancelled, "
          << counts.value(AttemptState::Rejected) << " rejected, " << (unknown + attention)
          << " unknown (" << unknown << " unknown, " << attention << " needs_attention, "
          << unresolvedButPaid << " of them paid at the gateway), " << m_notStarted << " not sent, "
          << m_kills << " kills, " << m_forgeries << " forged/bad notifications; "
          << m_violations.size() << " violations (seed " << m_seed << ")" << Qt::endl;
    return int(attempts.size());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kasir chaos driver (issue #7)."));
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("kasir"), QStringLiteral("The kasir binary."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Number of checkouts (200)."),
                      QStringLiteral("n"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed (default: time)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("workdir"),
                      QStringLiteral("Keep data, journal and logs here (default: a temporary "
                                     "folder, removed unless --keep or a violation)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the temporary folder.")});
    parser.addOption({QStringLiteral("tamper"),
                      QStringLiteral("Self-test of the checks: after the runs, make the sandbox "
                                     "disagree with one paid attempt; exit 0 only if exactly that "
                                     "is reported.")});
    parser.process(app);

    const QString kasir = parser.value(QStringLiteral("kasir"));
    if (kasir.isEmpty() || !QFileInfo(kasir).isExecutable()) {
        out() << "chaos: --kasir must name the kasir binary" << Qt::endl;
        return 2;
    }
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const quint64 seed = parser.isSet(QStringLiteral("seed"))
                             ? parser.value(QStringLiteral("seed")).toULongLong()
                             : quint64(QDateTime::currentMSecsSinceEpoch());
    QTemporaryDir temp(QDir::tempPath() + QStringLiteral("/kasir-chaos-XXXXXX"));
    QString work = parser.value(QStringLiteral("workdir"));
    if (work.isEmpty()) {
        work = temp.path();
    } else {
        QDir().mkpath(work);
        temp.setAutoRemove(true);
    }

    Driver driver(QFileInfo(kasir).absoluteFilePath(), work, seed);
    out() << "chaos: " << runs << " runs, seed " << seed << ", work folder " << work << Qt::endl;
    if (!driver.setUp()) {
        out() << "chaos: the sandbox did not start (see " << work << "/logs/sandbox.log)"
              << Qt::endl;
        driver.tearDown();
        temp.setAutoRemove(false);
        return 2;
    }
    QElapsedTimer total;
    total.start();
    for (int i = 1; i <= runs; ++i) {
        driver.runOnce(i);
        if (i % 20 == 0)
            out() << "chaos: " << i << " runs done, " << total.elapsed() / 1000 << " s" << Qt::endl;
    }
    driver.settle();
    const bool tamper = parser.isSet(QStringLiteral("tamper"));
    const QString tampered = tamper ? driver.tamper() : QString();
    driver.check();
    driver.tearDown();
    out() << "chaos: " << total.elapsed() / 1000 << " s" << Qt::endl;
    bool failed = !driver.m_violations.isEmpty();
    if (tamper) {
        // The checks must see the planted disagreement, and nothing else.
        const bool seen = !tampered.isEmpty() && driver.m_violations.size() == 1 &&
                          driver.m_violations.first().contains(tampered);
        out() << "chaos: self-test " << (seen ? "passed" : "FAILED") << ": planted \"" << tampered
              << "\", " << driver.m_violations.size() << " violations seen" << Qt::endl;
        failed = !seen;
    }
    if (failed || parser.isSet(QStringLiteral("keep"))) {
        temp.setAutoRemove(false);
        out() << "chaos: logs and journal kept in " << work << Qt::endl;
    }
    return failed ? 1 : 0;
}
