#include "clirig.h"

#include "core/common/clock.h"
#include "core/journal/journal.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace kasir::clitest {

QString kasirExecutable()
{
    return QStringLiteral(KASIR_EXECUTABLE);
}

QJsonObject KasirResult::object() const
{
    return QJsonDocument::fromJson(out).object();
}

QJsonArray KasirResult::array() const
{
    return QJsonDocument::fromJson(out).array();
}

QString KasirResult::describe() const
{
    return QStringLiteral("exit %1%2%3\n--- stdout\n%4--- stderr\n%5")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(QString::fromUtf8(out), QString::fromUtf8(err));
}

// ---- sandbox ---------------------------------------------------------------------------------

SandboxProcess::~SandboxProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool SandboxProcess::start(const QStringList &arguments, Strictness strictness)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("KASIR_CRASH_AT"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // Strict: Kasir's own tests refuse what only real Faspay tolerates (Part A §15).
    QStringList command{QStringLiteral("sandbox"), QStringLiteral("--port"), QStringLiteral("0")};
    if (strictness == Strictness::Strict)
        command.insert(1, QStringLiteral("--strict"));
    m_process.start(kasirExecutable(), command + arguments);
    if (!m_process.waitForStarted(30000))
        return false;
    QByteArray line;
    while (!line.contains('\n')) {
        if (!m_process.waitForReadyRead(30000)) {
            qWarning("kasir sandbox printed no address: %s",
                     m_process.readAllStandardError().constData());
            return false;
        }
        line += m_process.readAllStandardOutput();
    }
    m_base = QUrl(QString::fromUtf8(line.left(line.indexOf('\n')).trimmed()));
    return m_base.isValid() && m_base.port() > 0;
}

QByteArray SandboxProcess::request(const QByteArray &verb, const QString &path,
                                   const QByteArray &body, int *status)
{
    QUrl url = m_base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Kasir-Sandbox", "1");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/plain"));
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QJsonArray SandboxProcess::bills()
{
    return QJsonDocument::fromJson(request("GET", QStringLiteral("/sandbox/bills"), {}, nullptr))
        .array();
}

QJsonObject SandboxProcess::bill(const QString &billNo)
{
    for (const QJsonValue &v : bills()) {
        if (v.toObject().value(u"bill_no").toString() == billNo)
            return v.toObject();
    }
    return {};
}

int SandboxProcess::posted(const QString &billNo)
{
    return bill(billNo).value(u"posted").toInt(0);
}

QJsonArray SandboxProcess::notifications()
{
    return QJsonDocument::fromJson(
               request("GET", QStringLiteral("/sandbox/notifications"), {}, nullptr))
        .array();
}

int SandboxProcess::act(const QString &billNo, const QString &action)
{
    int status = 0;
    request("POST", QStringLiteral("/sandbox/bills/%1/%2").arg(billNo, action), {}, &status);
    return status;
}

int SandboxProcess::addFault(const QString &spec)
{
    int status = 0;
    request("POST", QStringLiteral("/sandbox/faults"), spec.toUtf8(), &status);
    return status;
}

QJsonObject SandboxProcess::postAsTextPlain(const QString &path, const QJsonObject &body)
{
    // request() labels every body text/plain.
    return QJsonDocument::fromJson(
               request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), nullptr))
        .object();
}

QString SandboxProcess::errText()
{
    m_err += m_process.readAllStandardError();
    return QString::fromUtf8(m_err);
}

// ---- kasir runs ------------------------------------------------------------------------------

KasirProcess::KasirProcess(const QStringList &arguments, const QProcessEnvironment &environment)
{
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(kasirExecutable(), arguments);
    m_process.waitForStarted(30000);
}

KasirProcess::~KasirProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

QByteArray KasirProcess::err()
{
    m_err += m_process.readAllStandardError();
    return m_err;
}

bool KasirProcess::waitForErr(const QString &text, int timeoutMs)
{
    const QByteArray wanted = text.toUtf8();
    return QTest::qWaitFor(
               [&] { return err().contains(wanted) || m_process.state() == QProcess::NotRunning; },
               timeoutMs) &&
           err().contains(wanted);
}

bool KasirProcess::waitForRedirect(QString *billNo, QString *redirectUrl, int timeoutMs)
{
    static const QRegularExpression line(
        QStringLiteral("bill ([A-Za-z0-9]+): awaiting_payment redirect_url (\\S+)"));
    if (!waitForErr(QStringLiteral("redirect_url"), timeoutMs))
        return false;
    const QRegularExpressionMatch m = line.match(QString::fromUtf8(err()));
    if (!m.hasMatch())
        return false;
    if (billNo)
        *billNo = m.captured(1);
    if (redirectUrl)
        *redirectUrl = m.captured(2);
    return true;
}

void KasirProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
}

KasirResult KasirProcess::finish(int timeoutMs)
{
    KasirResult r;
    // Polled, so that the test's own event loop (and nothing else) keeps running.
    const bool done = QTest::qWaitFor(
        [&] {
            err();
            return m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (!done) {
        r.timedOut = true;
        m_process.kill();
        m_process.waitForFinished(10000);
    }
    r.out = m_process.readAllStandardOutput();
    r.err = err();
    r.crashed = m_process.exitStatus() == QProcess::CrashExit;
    r.exitCode = r.crashed ? -1 : m_process.exitCode();
    return r;
}

// ---- the rig ---------------------------------------------------------------------------------

CliRig::CliRig()
{
    QDir().mkpath(dataDir());
    QDir().mkpath(tmp.filePath(QStringLiteral("config")));
}

QProcessEnvironment CliRig::environment(const QList<std::pair<QString, QString>> &extra) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("KASIR_")))
            env.remove(key);
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), tmp.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("share")));
    env.insert(QStringLiteral("KASIR_DATA_DIR"), dataDir());
    if (sandbox.base().isValid())
        env.insert(QStringLiteral("KASIR_GATEWAY_URL"), sandbox.baseText());
    env.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("77777"));
    // The sandbox checks `merchant` against the training merchant's registered name.
    env.insert(QStringLiteral("KASIR_MERCHANT_NAME"), QStringLiteral("TOKO LATIHAN"));
    env.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("latihan-kasir"));
    env.insert(QStringLiteral("KASIR_POLL_SCALE"), QStringLiteral("20"));
    for (const auto &[key, value] : extra) {
        if (value.isNull())
            env.remove(key);
        else
            env.insert(key, value);
    }
    return env;
}

bool CliRig::startSandbox(const QStringList &arguments)
{
    return sandbox.start(arguments);
}

QString CliRig::writeOrder(const QByteArray &json, const QString &name)
{
    const QString path = tmp.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    file.write(json);
    return path;
}

KasirResult CliRig::run(const QStringList &arguments, int timeoutMs)
{
    return run(arguments, environment(), timeoutMs);
}

KasirResult CliRig::run(const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    KasirProcess process(arguments, env);
    return process.finish(timeoutMs);
}

std::unique_ptr<KasirProcess> CliRig::launch(const QStringList &arguments)
{
    return launch(arguments, environment());
}

std::unique_ptr<KasirProcess> CliRig::launch(const QStringList &arguments,
                                             const QProcessEnvironment &env)
{
    return std::make_unique<KasirProcess>(arguments, env);
}

namespace {
int receiptCount(const QString &journalPath, const QString &billNo, bool originalsOnly)
{
    SystemClock clock;
    JournalError error;
    const std::unique_ptr<Journal> journal = Journal::openReadOnly(journalPath, &clock, &error);
    if (!journal)
        return -1;
    const std::optional<Attempt> a = journal->attemptByBillNo(billNo);
    if (!a)
        return -1;
    int n = 0;
    for (const ReceiptRecord &r : journal->receipts(a->id)) {
        if (!originalsOnly || !r.isCopy())
            ++n;
    }
    return n;
}
} // namespace

int CliRig::originalReceipts(const QString &billNo) const
{
    return receiptCount(journalPath(), billNo, true);
}

int CliRig::allReceipts(const QString &billNo) const
{
    return receiptCount(journalPath(), billNo, false);
}

QByteArray orderJson(const QString &channel, const QString &tag)
{
    QFile file(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/order-kredivo.json is missing");
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    o.insert(QStringLiteral("channel"), channel);
    if (channel != u"kredivo")
        o.remove(QStringLiteral("tenor"));
    if (!tag.isEmpty())
        o.insert(QStringLiteral("description"), QString(QStringLiteral("Penjualan toko ") + tag));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QString();
    QProcess p;
    p.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace kasir::clitest
