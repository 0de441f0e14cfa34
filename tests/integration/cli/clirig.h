#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// The headless commands as a shell script runs them: the real `kasir` executable in its own
// process, against `kasir sandbox --port 0` in another, each with a private data folder and
// configuration folder. Nothing is shared with the test process but loopback sockets and files.
namespace kasir::clitest {

QString kasirExecutable();

// One finished run of `kasir ...`.
struct KasirResult
{
    int exitCode = -1;
    bool crashed = false; // killed by a signal (SIGKILL at a crash point, or by the test)
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QJsonObject object() const; // stdout as one JSON object (empty if it is not one)
    QJsonArray array() const;   // stdout as a JSON array
    QString errText() const { return QString::fromUtf8(err); }
    QString describe() const; // for failure messages
};

// `kasir sandbox --strict --port 0 [args]` and its admin endpoint (GET/POST /sandbox/...).
// Strict as every test of Kasir runs it; Tolerant leaves --strict out (what other programs get).
class SandboxProcess
{
public:
    enum class Strictness { Strict, Tolerant };

    SandboxProcess() = default;
    ~SandboxProcess();

    // Starts it and reads its base URL from the first line on stdout.
    bool start(const QStringList &arguments = {}, Strictness strictness = Strictness::Strict);
    QUrl base() const { return m_base; }
    QString baseText() const { return m_base.toString(); }

    QJsonArray bills(); // GET /sandbox/bills
    QJsonObject bill(const QString &billNo);
    int posted(const QString &billNo); // the bill's "posted" count, 0 when it has no bill
    QJsonArray notifications();        // GET /sandbox/notifications
    // POST /sandbox/bills/<bill>/<action> (approve, decline, expire, status/8) with the
    // X-Kasir-Sandbox header; the HTTP status.
    int act(const QString &billNo, const QString &action);
    int addFault(const QString &spec); // POST /sandbox/faults
    // POST of a JSON body labelled Content-Type text/plain, as one third-party client sends it.
    QJsonObject postAsTextPlain(const QString &path, const QJsonObject &body);
    // What it wrote on stderr so far (its log).
    QString errText();

private:
    QByteArray request(const QByteArray &verb, const QString &path, const QByteArray &body,
                       int *status);

    QProcess m_process;
    QUrl m_base;
    QNetworkAccessManager m_network;
    QByteArray m_err;
};

// A run of Kasir that goes on in the background (checkout --wait, while the test acts).
class KasirProcess
{
public:
    KasirProcess(const QStringList &arguments, const QProcessEnvironment &environment);
    ~KasirProcess();

    // Waits until stderr contains `text`; false on timeout or exit.
    bool waitForErr(const QString &text, int timeoutMs = 30000);
    // The bill_no and redirect_url printed on stderr once Post Data was answered.
    bool waitForRedirect(QString *billNo, QString *redirectUrl = nullptr, int timeoutMs = 30000);
    void kill(); // SIGKILL
    KasirResult finish(int timeoutMs = 60000);
    QByteArray err();
    qint64 pid() const { return m_process.processId(); }

private:
    QProcess m_process;
    QByteArray m_err;
};

class CliRig
{
public:
    CliRig();

    QTemporaryDir tmp;
    SandboxProcess sandbox;

    QString dataDir() const { return tmp.filePath(QStringLiteral("data")); }
    QString journalPath() const { return tmp.filePath(QStringLiteral("data/journal.sqlite")); }
    // The documented environment: KASIR_GATEWAY_URL=<sandbox>, KASIR_MERCHANT_ID=77777,
    // KASIR_MERCHANT_NAME, KASIR_FASPAY_PASSWORD, KASIR_DATA_DIR, XDG_CONFIG_HOME, HOME, plus
    // KASIR_POLL_SCALE for speed. `extra` entries are added (an empty value removes one).
    QProcessEnvironment environment(const QList<std::pair<QString, QString>> &extra = {}) const;
    // Starts the sandbox (with `arguments`); false on failure.
    bool startSandbox(const QStringList &arguments = {});
    // Writes an order file in the temporary folder; its path.
    QString writeOrder(const QByteArray &json, const QString &name = QStringLiteral("order.json"));

    KasirResult run(const QStringList &arguments, int timeoutMs = 60000);
    KasirResult run(const QStringList &arguments, const QProcessEnvironment &environment,
                    int timeoutMs = 60000);
    std::unique_ptr<KasirProcess> launch(const QStringList &arguments);
    std::unique_ptr<KasirProcess> launch(const QStringList &arguments,
                                         const QProcessEnvironment &environment);

    // Original receipts (copy 0) and all receipts of the bill in the journal, read from a
    // read-only connection as another process would; -1 when the bill is not there.
    int originalReceipts(const QString &billNo) const;
    int allReceipts(const QString &billNo) const;
};

// A valid order (tests/data/order-kredivo.json) for a channel key, with a tag in the description
// so that carts differ.
QByteArray orderJson(const QString &channel = QStringLiteral("kredivo"),
                     const QString &tag = QString());

// pdftotext of a PDF; empty when the tool is missing or fails.
QString pdfText(const QString &path);

} // namespace kasir::clitest
