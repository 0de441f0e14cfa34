// Property test of the payment engine's bookkeeping (design §3, issue #4 acceptance 5).
//
// Thousands of random event sequences — Faspay's answers and faults, customers paying or not,
// notifications (true, lying, repeated, late), return URLs, cashier checks and cancels,
// supervisor overrides, journal faults, restarts and crashes at any moment — run through the
// REAL CheckoutService, FaspayClient, attempt machine, ReceiptService and Journal (SQLite in a
// temporary file, on tmpfs when there is one). Only the network is a fake: a
// QNetworkAccessManager whose replies are answered by a small, faithful model of Faspay's Debit
// API (Part A), one network step at a time, so that every run is deterministic and a crash can
// fall between "the request reached Faspay" and "its answer reached Kasir". Poll timers never
// fire by themselves; a "poll tick" fires the ones the service has armed.
//
// After every event the invariants of design §3 are checked against what is committed (a
// second, read-only SQLite connection, as another process would see it) and against what the
// model gateway saw; at the end of every sequence the engine must settle to the gateway's truth.
//
// A failure prints the seed and the events; KASIR_MACHINE_SEED / KASIR_PROPERTY_SEED=<seed>
// replays that one sequence of the machine-and-journal / whole-service tier,
// KASIR_MACHINE_SEQUENCES / KASIR_PROPERTY_SEQUENCES=<n> changes how many run (defaults 10000 and
// 1000; scripts/run-tests.sh runs fewer under ASan), KASIR_PROPERTY_VERBOSE=1 prints every event.

#include "core/common/clock.h"
#include "core/engine/engine.h"
#include "core/faspay/faspayclient.h"
#include "core/faspay/notification.h"
#include "core/faspay/signature.h"
#include "core/faspay/wire.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/order/order.h"
#include "core/payment/attemptmachine.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/statustracker.h"
#include "core/receipt/receiptservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <algorithm>
#include <random>

using namespace kasir;
using S = AttemptState;

namespace {

const faspay::Credentials Merchant{QStringLiteral("77777"), QStringLiteral("TOKO LATIHAN"),
                                   QString(), QStringLiteral("latihan-kasir")};
const QMap<QString, QString> Channels{{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                      {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                      {QStringLiteral("820"), QStringLiteral("Indodana")},
                                      {QStringLiteral("831"), QStringLiteral("BRI Ceria")}};

// ---- the fake network ------------------------------------------------------------------------

// What happens to one request on its way to the model gateway and back.
enum class Fate {
    Ok,
    Refused,         // connection refused: nothing left (NotSent)
    LostOnTheWay,    // the body left, the gateway never saw it, no answer (Ambiguous)
    Reset,           // the gateway acted on it, the connection reset before the answer
    Http500,         // the gateway acted on it, answered 500
    Html,            // the gateway acted on it, a proxy answered an HTML page
    Truncated,       // the gateway acted on it, the JSON answer was cut off
    RefusedWithCode, // a business refusal (response_error), not acted on
    BadRedirect,     // Post Data only: acted on, redirect_url names another bill
};

class FakeReply final : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              QIODevice *outgoing, QObject *parent)
        : QNetworkReply(parent)
        , m_outgoing(outgoing)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    int phase = 0; // 0: not yet on the wire, 1: reached the gateway, 2: over
    Fate fate = Fate::Ok;
    QByteArray answer;

    void abort() override
    {
        if (isFinished())
            return;
        phase = 2;
        setError(OperationCanceledError, QStringLiteral("aborted"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_pos + QIODevice::bytesAvailable();
    }

    // Hands the whole body out (FaspayClient then knows it may have left).
    QByteArray takeBody() { return m_outgoing ? m_outgoing->readAll() : QByteArray(); }

    void failNetwork(NetworkError error)
    {
        phase = 2;
        setError(error, QStringLiteral("fake network error"));
        setFinished(true);
        Q_EMIT errorOccurred(error);
        Q_EMIT finished();
    }

    void respond(int status, const QByteArray &contentType, const QByteArray &body)
    {
        phase = 2;
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        m_data = body;
        m_pos = 0;
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_pos);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QIODevice *m_outgoing;
    QByteArray m_data;
    qint64 m_pos = 0;
};

// One bill as the model gateway knows it.
struct ModelBill
{
    QString billNo;
    QString trxId;
    Money total;
    int status = 0;
    QString paymentReff;
    QDateTime expires;
    bool wrongAmount = false; // the lender took another amount
    bool shown = false;       // Kasir got (and may show) its redirect_url
};

class Harness;

// Faspay's Debit API as a model, behind a fake QNetworkAccessManager. Requests wait in a queue
// until step() moves the first one on by one phase.
class ModelGateway final : public QNetworkAccessManager
{
public:
    explicit ModelGateway(Harness *harness)
        : m_harness(harness)
    {}

    QMap<QString, ModelBill> bills;
    QHash<QString, int> posted;                      // post-data that reached the gateway
    QHash<QString, std::pair<int, bool>> lastAnswer; // bill -> last status inquiry answer
    double faultRate = 0;
    qint64 trxSequence = 0;
    qint64 requestsSeen = 0;

    bool hasWork() const { return !m_queue.isEmpty(); }
    bool step();
    void clearQueue() { m_queue.clear(); }

    // What a Faspay status inquiry would answer for the bill now (expiry applied).
    void refresh(ModelBill &bill);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        auto *reply = new FakeReply(op, request, outgoingData, this);
        m_queue.append(reply);
        return reply;
    }

private:
    Fate drawFate(const QString &path);
    QByteArray handle(const QString &path, const QJsonObject &body, bool act, Fate fate);

    Harness *m_harness;
    QList<QPointer<FakeReply>> m_queue;
};

// ---- the harness -----------------------------------------------------------------------------

struct Cart
{
    Order order;
};

class Harness
{
public:
    Harness();
    ~Harness();

    bool ok() const { return m_ready; }

    // One sequence; false when an invariant broke (details in `failure`).
    bool runSequence(quint64 seed, int length);
    QString failure;
    QStringList trace;
    bool verbose = qEnvironmentVariableIntValue("KASIR_PROPERTY_VERBOSE") != 0;

    // Statistics over all sequences.
    QHash<QString, int> finalStates;
    int events = 0;
    int transitions = 0;
    int restarts = 0;
    int crashes = 0;
    int receiptCrashes = 0;
    int postsRetried = 0;

    // Called by the gateway.
    void violation(const QString &what);
    void postArrived(const QString &billNo);
    std::mt19937_64 rng;
    double uniform() { return std::uniform_real_distribution<double>(0, 1)(rng); }
    int below(int n) { return n <= 0 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(rng)); }
    bool chance(double p) { return uniform() < p; }
    ManualClock clock;
    bool crashPending = false;

private:
    bool openEngine();
    void closeEngine();
    void restart(bool crash);
    // Runs the event loop and the network until nothing moves (or `maxSteps` network steps).
    void drain(int maxSteps = -1);
    void pollTick();
    int countArmed() const;
    void event(int kind);
    void checkInvariants();
    void settle();
    void note(const QString &line);

    QList<Attempt> sequenceAttempts() const;
    QString stateOfBill(const QString &billNo) const; // from the read-only connection
    int cartOf(const Attempt &a) const;
    QString billNoOf(qint64 id) const;
    QHash<qint64, int> m_cartOf; // attempt -> cart, for the attempts Pay started

    bool m_ready = false;
    std::unique_ptr<QTemporaryDir> m_dir;
    ModelGateway m_gateway{this};
    // The status tracker's checks fire only when pollTick() says so (outlives every engine).
    ManualPollScheduler m_scheduler;
    std::unique_ptr<Engine> m_engine;
    // The engine's parts (nullptr while Kasir is down).
    Journal *m_journal = nullptr;
    CheckoutService *m_service = nullptr;
    ReceiptService *m_receipts = nullptr;
    QString m_readerName = QStringLiteral("property-reader");
    QList<Order> m_baseOrders; // one per channel
    QList<Cart> m_carts;
    qint64 m_firstId = 0; // attempts of the running sequence have ids >= this
    quint64 m_seed = 0;
    int m_journalFaultSteps = 0;
    qint64 m_refusedPayPosts = -1;
    qint64 postsTotal() const
    {
        qint64 n = 0;
        for (int v : m_gateway.posted)
            n += v;
        return n;
    }
    // Per attempt: the last event id checked and the state the chain reached.
    QHash<qint64, std::pair<qint64, QString>> m_chain;
};

Harness::Harness()
{
    // Journal faults and refusals are expected here by the thousand.
    QLoggingCategory::setFilterRules(QStringLiteral("kasir.*.warning=false\nkasir.*.info=false"));
    // On tmpfs when there is one: fsync is then free, and 10 000 sequences fit in a minute.
    const QString shm = QStringLiteral("/dev/shm");
    if (QFileInfo(shm).isDir() && QFileInfo(shm).isWritable())
        m_dir = std::make_unique<QTemporaryDir>(shm + QStringLiteral("/kasir-property-XXXXXX"));
    if (!m_dir || !m_dir->isValid())
        m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid())
        return;

    QFile file(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject base = QJsonDocument::fromJson(file.readAll()).object();
    for (Channel channel : allChannels()) {
        QJsonObject o = base;
        o.insert(QStringLiteral("channel"), channelKey(channel));
        if (channel != Channel::Kredivo)
            o.remove(QStringLiteral("tenor"));
        const OrderParseResult parsed =
            parseOrderJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
        if (!parsed.ok())
            return;
        m_baseOrders.append(*parsed.order);
    }

    // A regular file where the receipt folder would go: PDFs fail fast (the receipt is still
    // recorded, queued with the error), so that thousands of sales need no painting.
    QFile blocker(m_dir->filePath(QStringLiteral("receipts")));
    blocker.open(QIODevice::WriteOnly);
    blocker.close();
    if (!openEngine())
        return;
    drain();
    if (!m_service->channels().isFetched()) {
        failure = QStringLiteral("the channel list was not fetched");
        return;
    }
    {
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_readerName);
        reader.setDatabaseName(m_dir->filePath(QStringLiteral("journal.sqlite")));
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!reader.open())
            return;
    }
    m_ready = true;
}

Harness::~Harness()
{
    closeEngine();
    QSqlDatabase::removeDatabase(m_readerName);
}

bool Harness::openEngine()
{
    EngineConfig config;
    config.dataDir = m_dir->path();
    config.gatewayUrl = QUrl(QStringLiteral("http://127.0.0.1:9"));
    config.client.backoffInitialMs = 0; // inquiry retries at once (no real time passes here)
    config.client.backoffMaxMs = 0;
    config.client.idleTimeoutMs = 3'600'000;
    config.client.deadlineMs = 3'600'000;
    config.journal.quickCheck = false;
    config.journal.minimumFreeBytes = 0;
    config.credentials = Merchant;
    config.store = StoreInfo{QStringLiteral("Toko"), QString(), QStringLiteral("P01"), QString()};
    config.receiptWidth = ReceiptWidth::Mm58;
    // Checks never fire by themselves (ManualPollScheduler); pollTick() fires the armed ones.
    // The bounds are small so that escalations happen within a sequence.
    PollPolicy poll;
    poll.fastIntervalMs = poll.slowIntervalMs = poll.attentionIntervalMs = 3'600'000;
    poll.unresolvedBound = 3;
    poll.transportFailureBound = 4;
    config.poll = poll;
    config.postRetryDelaysMs = {0, 0};
    config.clock = &clock;
    config.network = &m_gateway;
    config.pollScheduler = &m_scheduler;
    // The receipt follows Paid, unless Kasir "dies" right between the two (the crash point
    // after-paid-before-receipt): then nothing else may happen before the restart.
    config.beforeReceipt = [this](const Attempt &a) {
        if (crashPending)
            return false;
        if (chance(0.15)) {
            crashPending = true;
            ++receiptCrashes;
            note(QStringLiteral("  (killed after Paid of #%1, before its receipt)").arg(a.id));
            return false;
        }
        return true;
    };
    TranslatableText problem;
    QString detail;
    m_engine = Engine::open(std::move(config), &problem, &detail);
    if (!m_engine) {
        failure = QStringLiteral("engine: ") + detail;
        return false;
    }
    m_journal = m_engine->journal();
    m_service = m_engine->checkout();
    m_receipts = m_engine->receipts();

    CheckoutService *s = m_service;
    // Invariant 3, second half: whatever the window is told (and would show) is committed.
    QObject::connect(s, &CheckoutService::attemptChanged, s, [this](const Attempt &a) {
        QSqlQuery q(QSqlDatabase::database(m_readerName, false));
        q.prepare(QStringLiteral("SELECT state, redirect_url FROM attempts WHERE id = ?"));
        q.addBindValue(a.id);
        if (!q.exec() || !q.next()) {
            violation(QStringLiteral("attempt #%1 announced before it was committed").arg(a.id));
            return;
        }
        if (q.value(0).toString() != attemptStateKey(a.state))
            violation(QStringLiteral("attempt #%1 announced as %2, committed as %3")
                          .arg(a.id)
                          .arg(attemptStateKey(a.state), q.value(0).toString()));
        if (!a.redirectUrl.isEmpty() && q.value(1).toString().isEmpty())
            violation(QStringLiteral("attempt #%1: a payment link shown before it was committed")
                          .arg(a.id));
        if (!a.redirectUrl.isEmpty()) {
            const QUrlQuery query{QUrl(a.redirectUrl)};
            if (query.queryItemValue(QStringLiteral("bill_no")) != a.billNo)
                violation(QStringLiteral("attempt #%1 shows a link of another bill: %2")
                              .arg(a.id)
                              .arg(a.redirectUrl));
            if (auto it = m_gateway.bills.find(a.billNo); it != m_gateway.bills.end())
                it->shown = true;
        }
    });
    // Invariant 5 and the gateway's truth: a final state reached through an answer from Faspay
    // is what Faspay answered.
    QObject::connect(s, &CheckoutService::eventAppended, s, [this](const AttemptEvent &e) {
        ++events;
        if (e.kind == QLatin1String("send-retry"))
            ++postsRetried;
        if (!e.to || e.to == e.from)
            return;
        ++transitions;
        Attempt bill; // only what the checks below need
        bill.id = e.attemptId;
        bill.billNo = billNoOf(e.attemptId);
        const Attempt *a = &bill;
        if (*e.to == S::Paid) {
            if (e.source != EventSource::Inquiry && e.source != EventSource::Supervisor)
                violation(
                    QStringLiteral("#%1 set Paid by %2").arg(a->id).arg(eventSourceKey(e.source)));
            if (e.source == EventSource::Inquiry) {
                const auto answer = m_gateway.lastAnswer.value(a->billNo, {-1, false});
                if (answer.first != 2 || !answer.second)
                    violation(QStringLiteral("#%1 Paid after the inquiry answered %2 (amount %3)")
                                  .arg(a->id)
                                  .arg(answer.first)
                                  .arg(answer.second ? QStringLiteral("right")
                                                     : QStringLiteral("wrong")));
            }
        }
        if (e.source == EventSource::Inquiry && e.kind == QLatin1String("status-check")) {
            const int code = m_gateway.lastAnswer.value(a->billNo, {-1, false}).first;
            const int expected = *e.to == S::Failed      ? 3
                                 : *e.to == S::Expired   ? 7
                                 : *e.to == S::Cancelled ? 8
                                 : *e.to == S::Reversed  ? 4
                                                         : code;
            if (expected != code)
                violation(QStringLiteral("#%1 became %2 while Faspay answered %3")
                              .arg(a->id)
                              .arg(attemptStateKey(*e.to))
                              .arg(code));
        }
        if (e.kind == QLatin1String("cancel-answered") && *e.to == S::Cancelled) {
            const auto it = m_gateway.bills.constFind(a->billNo);
            if (it == m_gateway.bills.constEnd() || it->status != 8)
                violation(QStringLiteral("#%1 Cancelled but the bill is not cancelled at Faspay")
                              .arg(a->id));
        }
    });
    // What the application does at every start: receipts a crash left unmade, the open
    // attempts resumed, the channel list refreshed.
    m_engine->start();
    return true;
}

void Harness::closeEngine()
{
    m_journal = nullptr;
    m_service = nullptr;
    m_receipts = nullptr;
    m_engine.reset();
    m_gateway.clearQueue();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void Harness::restart(bool crash)
{
    // A crash abandons whatever is on the wire, wherever it is; a clean stop lets it finish.
    if (!crash)
        drain();
    crashPending = false;
    if (crash)
        ++crashes;
    else
        ++restarts;
    closeEngine();
    m_journalFaultSteps = 0;
    if (!openEngine()) {
        violation(QStringLiteral("Kasir did not start again: ") + failure);
        return;
    }
    drain();
    // Invariant 6: nothing is left in Sending, every attempt that can be checked is scheduled.
    for (const Attempt &a : m_journal->nonTerminalAttempts()) {
        if (a.state == S::Sending)
            violation(QStringLiteral("#%1 still Sending after a restart").arg(a.id));
    }
}

void Harness::drain(int maxSteps)
{
    int idle = 0;
    for (int i = 0; i < 20000; ++i) {
        if (crashPending)
            return; // a dead process does nothing more
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (maxSteps == 0)
            return;
        if (m_gateway.step()) {
            idle = 0;
            if (maxSteps > 0)
                --maxSteps;
            continue;
        }
        if (++idle >= 3)
            return;
    }
    violation(QStringLiteral("the engine never settled (20000 rounds)"));
}

void Harness::pollTick()
{
    // Fire the checks the status tracker has armed, and only those.
    m_scheduler.fireAll();
}

int Harness::countArmed() const
{
    return static_cast<int>(m_scheduler.armed().size());
}

void Harness::note(const QString &line)
{
    trace.append(line);
    if (verbose)
        qDebug().noquote() << line;
}

void Harness::violation(const QString &what)
{
    if (failure.isEmpty())
        failure = what;
    note(QStringLiteral("  VIOLATION: ") + what);
}

void Harness::postArrived(const QString &billNo)
{
    // Invariant 3, first half: the attempt is committed, in Sending, before its request
    // reaches Faspay (seen from another connection: committed, not just written).
    if (stateOfBill(billNo) != attemptStateKey(S::Sending))
        violation(QStringLiteral("Post Data of %1 arrived while the journal says \"%2\"")
                      .arg(billNo, stateOfBill(billNo)));
    // Invariant 1: a bill_no is posted at most once.
    if (++m_gateway.posted[billNo] > 1)
        violation(
            QStringLiteral("bill %1 posted %2 times").arg(billNo).arg(m_gateway.posted[billNo]));
}

QString Harness::stateOfBill(const QString &billNo) const
{
    QSqlQuery q(QSqlDatabase::database(m_readerName, false));
    q.prepare(QStringLiteral("SELECT state FROM attempts WHERE bill_no = ?"));
    q.addBindValue(billNo);
    if (!q.exec() || !q.next())
        return QStringLiteral("(none)");
    return q.value(0).toString();
}

QList<Attempt> Harness::sequenceAttempts() const
{
    // Read from the read-only connection, as another process would see them: the fields the
    // invariants need (not the order, which is the costly part of Journal::attempt()).
    QList<Attempt> out;
    QSqlQuery q(QSqlDatabase::database(m_readerName, false));
    q.prepare(QStringLiteral("SELECT id, bill_no, previous_attempt_id, state, trx_id, "
                             "redirect_url, payment_status_code, reason FROM attempts "
                             "WHERE id >= ? ORDER BY id"));
    q.addBindValue(m_firstId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Attempt a;
        a.id = q.value(0).toLongLong();
        a.billNo = q.value(1).toString();
        a.previousAttemptId = q.value(2).toLongLong();
        a.state = attemptStateFromKey(q.value(3).toString()).value_or(S::Draft);
        a.trxId = q.value(4).toString();
        a.redirectUrl = q.value(5).toString();
        a.paymentStatusCode = q.value(6).isNull() ? -1 : q.value(6).toInt();
        a.reason = q.value(7).toString();
        out.append(a);
    }
    return out;
}

QString Harness::billNoOf(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_readerName, false));
    q.prepare(QStringLiteral("SELECT bill_no FROM attempts WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

int Harness::cartOf(const Attempt &a) const
{
    return m_cartOf.value(a.id, -1);
}

// ---- invariants --------------------------------------------------------------------------------

bool supervisorMayMove(S from, S to)
{
    return ((from == S::NeedsAttention || from == S::Unknown) && isTerminal(to) &&
            to != S::Reversed) ||
           (from == S::Paid && to == S::Reversed);
}

void Harness::checkInvariants()
{
    QSqlDatabase reader = QSqlDatabase::database(m_readerName, false);
    const QList<Attempt> attempts = sequenceAttempts();
    QHash<int, int> liveByCart;
    QSet<qint64> replaced;
    for (const Attempt &a : attempts) {
        if (a.previousAttemptId)
            replaced.insert(a.previousAttemptId);
    }
    // Earlier sequences ended with every attempt settled (checked), so this sequence's
    // attempts are all that can need checking.
    int tracked = 0;
    for (const Attempt &a : attempts) {
        if (machine::needsTracking(a))
            ++tracked;
    }
    for (const Attempt &a : attempts) {
        // Invariant 2 (and 4): the events form one unbroken chain of allowed transitions that
        // ends in the attempt's state: every change came with its event, in one transaction.
        auto &[lastEvent, chainState] = m_chain[a.id];
        QSqlQuery q(reader);
        q.prepare(QStringLiteral("SELECT id, source, kind, from_state, to_state FROM events "
                                 "WHERE attempt_id = ? AND id > ? ORDER BY id"));
        q.addBindValue(a.id);
        q.addBindValue(lastEvent);
        if (!q.exec())
            violation(
                QStringLiteral("events of #%1 unreadable: %2").arg(a.id).arg(q.lastError().text()));
        bool everPaid =
            chainState == QLatin1String("paid") || chainState == QLatin1String("reversed");
        while (q.next()) {
            lastEvent = q.value(0).toLongLong();
            const QString source = q.value(1).toString();
            const QString kind = q.value(2).toString();
            if (q.value(4).isNull())
                continue; // a note: nothing moved
            const QString from = q.value(3).toString();
            const QString to = q.value(4).toString();
            if (q.value(3).isNull()) {
                if (!chainState.isEmpty() || kind != QLatin1String("created"))
                    violation(QStringLiteral("#%1: event %2 (%3) starts a second chain")
                                  .arg(a.id)
                                  .arg(lastEvent)
                                  .arg(kind));
            } else if (from != chainState) {
                violation(QStringLiteral("#%1: event %2 (%3) moves from %4, but the attempt was %5")
                              .arg(a.id)
                              .arg(lastEvent)
                              .arg(kind, from, chainState));
            }
            if (!q.value(3).isNull() && from != to) {
                const S f = *attemptStateFromKey(from);
                const S t = *attemptStateFromKey(to);
                const bool allowed = source == QLatin1String("supervisor")
                                         ? supervisorMayMove(f, t)
                                         : machine::isAllowedTransition(f, t);
                if (!allowed)
                    violation(QStringLiteral("#%1: %2 -> %3 by %4 (%5) is not allowed")
                                  .arg(a.id)
                                  .arg(from, to, source, kind));
            }
            chainState = to;
            if (to == QLatin1String("paid"))
                everPaid = true;
        }
        if (chainState != attemptStateKey(a.state))
            violation(QStringLiteral("#%1 is %2 but its events end in %3")
                          .arg(a.id)
                          .arg(attemptStateKey(a.state), chainState));

        // Invariant 5: receipts only for a paid sale, the original once.
        QSqlQuery r(reader);
        r.prepare(QStringLiteral("SELECT COUNT(*), SUM(copy_number = 0) FROM receipts WHERE "
                                 "attempt_id = ?"));
        r.addBindValue(a.id);
        if (r.exec() && r.next()) {
            if (r.value(1).toInt() > 1)
                violation(QStringLiteral("#%1 has %2 original receipts")
                              .arg(a.id)
                              .arg(r.value(1).toInt()));
            if (r.value(0).toInt() > 0 && !everPaid)
                violation(QStringLiteral("#%1 has a receipt but was never paid").arg(a.id));
        }
        if (a.state == S::Paid && a.paymentStatusCode != 2 &&
            a.reason != QLatin1String("supervisor"))
            violation(QStringLiteral("#%1 Paid with payment_status_code %2")
                          .arg(a.id)
                          .arg(a.paymentStatusCode));

        // Invariant 7: one live attempt per cart (an Unknown one the cashier chose to replace
        // does not count).
        if (!isTerminal(a.state) && a.state != S::Draft && !replaced.contains(a.id))
            ++liveByCart[cartOf(a)];
    }
    for (auto it = liveByCart.cbegin(); it != liveByCart.cend(); ++it) {
        if (it.value() > 1)
            violation(QStringLiteral("cart %1 has %2 live attempts").arg(it.key()).arg(it.value()));
    }
    // Invariant 6 (at every quiet moment, not only after a restart): every attempt that can be
    // checked has its poll armed, and nothing else is.
    const int armed = countArmed();
    if (armed != tracked)
        violation(
            QStringLiteral("%1 attempts need checking, %2 polls armed").arg(tracked).arg(armed));
}

// ---- the sequence ------------------------------------------------------------------------------

enum EventKind {
    Pay,
    PayTwice,
    Approve,
    Decline,
    LenderStatus,
    Notify,
    ReturnUrl,
    Poll,
    CheckNow,
    Cancel,
    Supervisor,
    ClockForward,
    JournalFault,
    Restart,
    Crash,
    EventKinds
};
const int Weights[EventKinds] = {14, 2, 10, 4, 4, 8, 3, 20, 4, 4, 3, 3, 2, 2, 4};

void Harness::event(int kind)
{
    const QList<Attempt> attempts = sequenceAttempts();
    const auto anyAttempt = [&]() -> std::optional<Attempt> {
        if (attempts.isEmpty())
            return std::nullopt;
        return attempts.at(below(int(attempts.size())));
    };
    // A bill whose link the customer saw (only those can be paid or declined by them).
    QStringList shownOpen;
    for (const ModelBill &b : std::as_const(m_gateway.bills)) {
        if (b.shown && (b.status == 0 || b.status == 1))
            shownOpen.append(b.billNo);
    }

    switch (kind) {
    case Pay:
    case PayTwice: {
        const int cart = below(int(m_carts.size()));
        const Order &order = m_carts.at(cart).order;
        // The cashier confirms replacing an Unknown attempt of this cart (design §1).
        qint64 replaces = 0;
        for (const Attempt &a : attempts) {
            if (a.state == S::Unknown && cartOf(a) == cart && chance(0.5))
                replaces = a.id;
        }
        const int before = int(attempts.size());
        const bool enabled = m_service->paymentsEnabled();
        // Whether this cart has a live attempt (invariant 7's "second Pay press").
        bool live = false;
        for (const Attempt &a : attempts) {
            if (cartOf(a) == cart && !isTerminal(a.state) && a.state != S::Draft &&
                a.id != replaces &&
                !(a.state == S::Unknown &&
                  std::any_of(attempts.cbegin(), attempts.cend(),
                              [&a](const Attempt &b) { return b.previousAttemptId == a.id; })))
                live = true;
        }
        const CheckoutService::StartResult r = m_service->startCheckout(order, replaces);
        if (r.ok())
            m_cartOf.insert(r.attemptId, cart);
        note(QStringLiteral("pay cart %1%2 -> %3")
                 .arg(cart)
                 .arg(replaces ? QStringLiteral(" replacing #%1").arg(replaces) : QString())
                 .arg(r.ok() ? QStringLiteral("#%1").arg(r.attemptId)
                             : QStringLiteral("refused: ") + r.refusal.english()));
        if ((live || !enabled) && r.ok())
            violation(
                QStringLiteral("a second Pay for cart %1 started #%2").arg(cart).arg(r.attemptId));
        if (!r.ok() && int(sequenceAttempts().size()) > before &&
            sequenceAttempts().constLast().state != S::Draft)
            violation(QStringLiteral("a refused Pay left an attempt behind"));
        if (!r.ok())
            m_refusedPayPosts = postsTotal();
        if (kind == PayTwice) {
            // Pressed again before anything came back: nothing may start.
            const int other = below(int(m_carts.size()));
            const CheckoutService::StartResult again =
                m_service->startCheckout(m_carts.at(other).order);
            if (again.ok())
                m_cartOf.insert(again.attemptId, other);
            note(QStringLiteral("  pay cart %1 again at once -> %2")
                     .arg(other)
                     .arg(again.ok() ? QStringLiteral("#%1").arg(again.attemptId)
                                     : QStringLiteral("refused")));
            if (r.ok() && again.ok())
                violation(QStringLiteral("two Pay presses in a row both started a payment"));
            if (again.ok())
                m_refusedPayPosts = -1; // the first was refused, the second started
        }
        break;
    }
    case Approve:
    case Decline: {
        if (shownOpen.isEmpty())
            return;
        ModelBill &b = m_gateway.bills[shownOpen.at(below(int(shownOpen.size())))];
        m_gateway.refresh(b);
        if (b.status != 0 && b.status != 1)
            return;
        if (kind == Approve) {
            b.status = 2;
            b.paymentReff = QStringLiteral("R%1").arg(b.trxId.right(6));
            b.wrongAmount = chance(0.05);
        } else {
            b.status = 3;
        }
        note(QStringLiteral("customer %1 %2%3")
                 .arg(kind == Approve ? QStringLiteral("pays") : QStringLiteral("declines"),
                      b.billNo, b.wrongAmount ? QStringLiteral(" (wrong amount)") : QString()));
        break;
    }
    case LenderStatus: {
        if (m_gateway.bills.isEmpty())
            return;
        ModelBill &b =
            m_gateway.bills[m_gateway.bills.keys().at(below(int(m_gateway.bills.size())))];
        const int choices[] = {1, 5, 9, 7, 8, 4};
        const int code = choices[below(6)];
        if (code == 4 && b.status != 2)
            return; // only a paid bill is reversed
        if (code != 4 && b.status != 0 && b.status != 1 && b.status != 5 && b.status != 9)
            return;
        b.status = code;
        note(QStringLiteral("Faspay sets %1 to %2").arg(b.billNo).arg(code));
        break;
    }
    case Notify: {
        if (m_gateway.bills.isEmpty())
            return;
        ModelBill b =
            m_gateway.bills.value(m_gateway.bills.keys().at(below(int(m_gateway.bills.size()))));
        m_gateway.refresh(m_gateway.bills[b.billNo]);
        b = m_gateway.bills.value(b.billNo);
        // Usually the truth; sometimes a stale, repeated or lying one (always validly signed:
        // forged ones never get past the receiver, tested elsewhere).
        int code = b.status;
        if (chance(0.3))
            code = QList<int>{0, 1, 2, 3, 7, 8}.at(below(6));
        faspay::PaymentNotification n;
        n.request = QStringLiteral("Payment Notification");
        n.trxId = chance(0.05) ? QStringLiteral("9999999999999999") : b.trxId;
        n.merchantId = Merchant.merchantId;
        n.merchant = Merchant.merchantName;
        n.billNo = b.billNo;
        n.paymentStatusCode = QString::number(code);
        n.billTotal = n.paymentTotal = QString::number(b.total.rupiah());
        n.signature = faspay::statusSignature(Merchant, n.billNo, n.paymentStatusCode);
        const QByteArray body = faspay::notificationBody(n, faspay::PaymentNotification::Json);
        const faspay::Parsed<faspay::PaymentNotification> parsed = faspay::parseNotification(body);
        if (!parsed.ok() || !faspay::verifyNotification(*parsed.value, Merchant)) {
            violation(QStringLiteral("the test's own notification does not verify"));
            return;
        }
        const int times = chance(0.2) ? 2 + below(3) : 1;
        for (int i = 0; i < times; ++i) {
            const CheckoutService::NotificationOutcome outcome =
                m_service->notificationReceived(*parsed.value, body);
            note(QStringLiteral("notification %1 status %2 (trx %3) -> %4")
                     .arg(b.billNo)
                     .arg(code)
                     .arg(n.trxId == b.trxId ? QStringLiteral("right") : QStringLiteral("wrong"))
                     .arg(int(outcome)));
        }
        break;
    }
    case ReturnUrl: {
        const std::optional<Attempt> a = anyAttempt();
        if (!a)
            return;
        QUrl url(QStringLiteral("http://127.0.0.1:9/kasir/return"));
        url.setQuery(QStringLiteral("bill_no=%1&status=2&trx_id=%2").arg(a->billNo, a->trxId));
        note(QStringLiteral("return URL for #%1").arg(a->id));
        m_service->returnUrlReached(url);
        break;
    }
    case Poll:
        note(QStringLiteral("poll tick"));
        pollTick();
        break;
    case CheckNow: {
        const std::optional<Attempt> a = anyAttempt();
        if (!a)
            return;
        note(QStringLiteral("cashier checks #%1").arg(a->id));
        m_service->checkNow(a->id);
        break;
    }
    case Cancel: {
        const std::optional<Attempt> a = anyAttempt();
        if (!a)
            return;
        const bool accepted = m_service->cancel(a->id, QStringLiteral("customer left"));
        note(QStringLiteral("cashier cancels #%1 (%2) -> %3")
                 .arg(a->id)
                 .arg(attemptStateKey(a->state))
                 .arg(accepted));
        break;
    }
    case Supervisor: {
        const std::optional<Attempt> a = anyAttempt();
        if (!a)
            return;
        QList<S> targets{S::Failed, S::Cancelled, S::Expired, S::Reversed};
        const auto it = m_gateway.bills.constFind(a->billNo);
        if (it != m_gateway.bills.constEnd() && it->status == 2 && !it->wrongAmount)
            targets.append(S::Paid); // the supervisor saw it paid in the portal
        const S target = targets.at(below(int(targets.size())));
        const bool done = m_service->resolveBySupervisor(a->id, target, QStringLiteral("checked"));
        note(QStringLiteral("supervisor sets #%1 (%2) to %3 -> %4")
                 .arg(a->id)
                 .arg(attemptStateKey(a->state), attemptStateKey(target))
                 .arg(done));
        break;
    }
    case ClockForward: {
        const int minutes = 1 + below(90);
        clock.advanceSecs(qint64(minutes) * 60);
        note(QStringLiteral("%1 minutes pass").arg(minutes));
        break;
    }
    case JournalFault: {
        QSqlQuery q(QSqlDatabase::database(m_journal->connectionName(), false));
        q.exec(QStringLiteral("PRAGMA query_only = ON"));
        m_journalFaultSteps = 1 + below(3);
        note(QStringLiteral("the journal becomes unwritable for %1 events")
                 .arg(m_journalFaultSteps));
        return; // drained with the next event
    }
    case Restart:
        note(QStringLiteral("restart"));
        restart(false);
        break;
    case Crash: {
        // Kasir is killed in the middle of something: a Pay or a poll, a few network steps in.
        if (chance(0.5)) {
            const int cart = below(int(m_carts.size()));
            const CheckoutService::StartResult r = m_service->startCheckout(m_carts.at(cart).order);
            if (r.ok())
                m_cartOf.insert(r.attemptId, cart);
            note(QStringLiteral("pay cart %1 -> %2, then")
                     .arg(cart)
                     .arg(r.ok() ? QStringLiteral("#%1").arg(r.attemptId)
                                 : QStringLiteral("refused")));
        } else {
            pollTick();
        }
        const int steps = below(4);
        drain(steps);
        note(QStringLiteral("kill -9 after %1 network steps").arg(steps));
        restart(true);
        break;
    }
    default:
        break;
    }
    drain();
    if (m_refusedPayPosts >= 0 && postsTotal() != m_refusedPayPosts)
        violation(QStringLiteral("a refused Pay sent a bill"));
    m_refusedPayPosts = -1;
    if (crashPending) {
        note(QStringLiteral("restart after the kill"));
        restart(true);
    }
    if (m_journalFaultSteps > 0 && --m_journalFaultSteps == 0) {
        QSqlQuery q(QSqlDatabase::database(m_journal->connectionName(), false));
        q.exec(QStringLiteral("PRAGMA query_only = OFF"));
        note(QStringLiteral("the journal is writable again"));
    }
}

void Harness::settle()
{
    // The weather clears: no faults, the journal writable, Kasir restarted if it had given up
    // on its journal. Within a bounded number of polls every attempt Faspay can tell about
    // must agree with Faspay.
    m_gateway.faultRate = 0;
    if (m_journalFaultSteps > 0 || !m_service->paymentsEnabled())
        restart(false);
    // Rounds of polls until nothing moves any more (at most 6: the bounds are 3 and 4).
    for (int round = 0; round < 6 && countArmed() > 0; ++round) {
        const int before = transitions;
        pollTick();
        drain();
        if (crashPending)
            restart(true);
        if (round >= 2 && transitions == before)
            break;
    }
    checkInvariants();
    for (const Attempt &a : sequenceAttempts()) {
        finalStates[attemptStateKey(a.state)]++;
        if (a.state == S::Sending)
            violation(QStringLiteral("#%1 left in Sending").arg(a.id));
        const auto it = m_gateway.bills.constFind(a.billNo);
        if (it == m_gateway.bills.constEnd() || a.trxId.isEmpty())
            continue;
        const int status = it->status;
        if ((a.state == S::AwaitingPayment || a.state == S::Unknown) && status != 0 && status != 1)
            violation(QStringLiteral("#%1 still %2 while Faspay says %3")
                          .arg(a.id)
                          .arg(attemptStateKey(a.state))
                          .arg(status));
        if (a.state == S::Paid && m_receipts && m_journal->receipts(a.id).isEmpty())
            violation(QStringLiteral("#%1 Paid without its receipt").arg(a.id));
    }
    // Close the sequence: Faspay ends what is open, the supervisor settles what only a person
    // can; then nothing of this sequence may be left open.
    for (ModelBill &b : m_gateway.bills) {
        if (b.status == 0 || b.status == 1 || b.status == 5 || b.status == 9)
            b.status = 7;
    }
    for (int round = 0; round < 3 && countArmed() > 0; ++round) {
        pollTick();
        drain();
    }
    for (const Attempt &a : sequenceAttempts()) {
        if (!isTerminal(a.state) && a.state != S::Draft)
            m_service->resolveBySupervisor(a.id, S::Failed, QStringLiteral("end of sequence"));
    }
    drain();
    checkInvariants();
    for (const Attempt &a : sequenceAttempts()) {
        if (!isTerminal(a.state) && a.state != S::Draft)
            violation(QStringLiteral("#%1 could not be settled (%2)")
                          .arg(a.id)
                          .arg(attemptStateKey(a.state)));
    }
}

bool Harness::runSequence(quint64 seed, int length)
{
    m_seed = seed;
    rng.seed(seed);
    failure.clear();
    trace.clear();
    m_chain.clear();
    m_cartOf.clear();
    m_gateway.bills.clear();
    m_gateway.posted.clear();
    m_gateway.lastAnswer.clear();
    const double rates[] = {0.0, 0.05, 0.2, 0.5};
    m_gateway.faultRate = rates[below(4)];
    note(QStringLiteral("seed %1, fault rate %2").arg(seed).arg(m_gateway.faultRate));

    {
        QSqlQuery q(QSqlDatabase::database(m_readerName, false));
        m_firstId =
            q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM attempts")) && q.next()
                ? q.value(0).toLongLong()
                : 1;
    }
    m_carts.clear();
    const int carts = 1 + below(3);
    for (int i = 0; i < carts; ++i) {
        Order order = m_baseOrders.at(below(int(m_baseOrders.size())));
        order.description = QStringLiteral("seq %1 cart %2").arg(seed).arg(i);
        m_carts.append(Cart{order});
    }

    int total = 0;
    for (int w : Weights)
        total += w;
    for (int i = 0; i < length && failure.isEmpty(); ++i) {
        int pick = below(total);
        int kind = 0;
        while (pick >= Weights[kind])
            pick -= Weights[kind++];
        event(kind);
        if (failure.isEmpty())
            checkInvariants();
    }
    if (failure.isEmpty())
        settle();
    return failure.isEmpty();
}

// ---- the model gateway -----------------------------------------------------------------------

Fate ModelGateway::drawFate(const QString &path)
{
    if (!m_harness->chance(faultRate))
        return Fate::Ok;
    QList<Fate> fates{Fate::Refused, Fate::LostOnTheWay, Fate::Reset,          Fate::Http500,
                      Fate::Html,    Fate::Truncated,    Fate::RefusedWithCode};
    if (path.endsWith(QLatin1String("300011/10")))
        fates.append(Fate::BadRedirect);
    return fates.at(m_harness->below(int(fates.size())));
}

void ModelGateway::refresh(ModelBill &bill)
{
    if ((bill.status == 0 || bill.status == 1) && m_harness->clock.now() > bill.expires)
        bill.status = 7;
}

bool ModelGateway::step()
{
    FakeReply *reply = nullptr;
    while (!m_queue.isEmpty() && !reply) {
        FakeReply *first = m_queue.constFirst().data();
        if (first && first->phase != 2)
            reply = first;
        else
            m_queue.removeFirst();
    }
    if (!reply)
        return false;
    const QString path = reply->url().path();
    if (reply->phase == 0) {
        reply->fate = drawFate(path);
        if (reply->fate == Fate::Refused) {
            m_queue.removeFirst();
            reply->failNetwork(QNetworkReply::ConnectionRefusedError);
            return true;
        }
        const QByteArray body = reply->takeBody();
        reply->phase = 1;
        if (reply->fate != Fate::LostOnTheWay) {
            ++requestsSeen;
            const bool act = reply->fate != Fate::RefusedWithCode;
            reply->answer = handle(path, QJsonDocument::fromJson(body).object(), act, reply->fate);
        }
        return true;
    }
    m_queue.removeFirst();
    switch (reply->fate) {
    case Fate::Ok:
    case Fate::RefusedWithCode:
    case Fate::BadRedirect:
        reply->respond(200, "application/json", reply->answer);
        break;
    case Fate::Refused:
    case Fate::LostOnTheWay:
    case Fate::Reset:
        reply->failNetwork(QNetworkReply::RemoteHostClosedError);
        break;
    case Fate::Http500:
        reply->respond(500, "text/plain", "500 Internal Server Error\n");
        break;
    case Fate::Html:
        reply->respond(200, "text/html", "<html><body>Maintenance</body></html>");
        break;
    case Fate::Truncated:
        reply->respond(200, "application/json", reply->answer.left(reply->answer.size() / 2));
        break;
    }
    return true;
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray responseError(const QString &code, const QString &desc)
{
    return json(QJsonObject{
        {QStringLiteral("response_error"), QJsonObject{{QStringLiteral("response_code"), code},
                                                       {QStringLiteral("response_desc"), desc}}}});
}

QByteArray ModelGateway::handle(const QString &path, const QJsonObject &body, bool act, Fate fate)
{
    const QString billNo = body.value(u"bill_no").toString();
    const QString signature = body.value(u"signature").toString();
    if (!act) {
        const QString codes[] = {QStringLiteral("13"), QStringLiteral("55"), QStringLiteral("30"),
                                 QStringLiteral("66")};
        return responseError(codes[m_harness->below(4)], QStringLiteral("refused (model)"));
    }
    QJsonObject answer{{QStringLiteral("merchant_id"), Merchant.merchantId},
                       {QStringLiteral("merchant"), Merchant.merchantName},
                       {QStringLiteral("response_code"), QStringLiteral("00")},
                       {QStringLiteral("response_desc"), QStringLiteral("Sukses")}};
    if (path.endsWith(QLatin1String("100001/10"))) {
        if (signature != faspay::channelInquirySignature(Merchant))
            return responseError(QStringLiteral("55"), QStringLiteral("bad signature"));
        QJsonArray list;
        for (auto it = Channels.cbegin(); it != Channels.cend(); ++it)
            list.append(QJsonObject{{QStringLiteral("pg_code"), it.key()},
                                    {QStringLiteral("pg_name"), it.value()}});
        answer.insert(QStringLiteral("payment_channel"), list);
        return json(answer);
    }
    if (signature != faspay::billSignature(Merchant, billNo))
        return responseError(QStringLiteral("55"), QStringLiteral("bad signature"));
    if (path.endsWith(QLatin1String("300011/10"))) {
        m_harness->postArrived(billNo);
        if (bills.contains(billNo))
            return responseError(QStringLiteral("14"), QStringLiteral("bill_no already posted"));
        ModelBill b;
        b.billNo = billNo;
        b.trxId = QStringLiteral("7777%1").arg(++trxSequence, 12, 10, QLatin1Char('0'));
        b.total = Money::fromRupiah(body.value(u"bill_total").toString().toLongLong() / 100);
        b.expires = faspay::parseWib(body.value(u"bill_expired").toString())
                        .value_or(m_harness->clock.now().addSecs(3600));
        bills.insert(billNo, b);
        QUrl redirect(QStringLiteral("http://127.0.0.1:9/pws/100003/0830000010100000/") +
                      faspay::billSignature(Merchant, billNo));
        redirect.setQuery(QStringLiteral("trx_id=%1&merchant_id=%2&bill_no=%3")
                              .arg(b.trxId, Merchant.merchantId,
                                   fate == Fate::BadRedirect ? QStringLiteral("OTHER1") : billNo));
        answer.insert(QStringLiteral("bill_no"), billNo);
        answer.insert(QStringLiteral("trx_id"), b.trxId);
        answer.insert(QStringLiteral("redirect_url"), redirect.toString());
        return json(answer);
    }
    const QString trxId = body.value(u"trx_id").toString();
    auto it = bills.find(billNo);
    if (it != bills.end() && it->trxId != trxId)
        it = bills.end();
    answer.insert(QStringLiteral("bill_no"), billNo);
    answer.insert(QStringLiteral("trx_id"), trxId);
    if (path.endsWith(QLatin1String("100004/10"))) {
        int status = 5;
        bool matches = false;
        QString total;
        if (it != bills.end()) {
            refresh(*it);
            status = it->status;
            if (status == 2 || status == 4) {
                const Money paid =
                    it->wrongAmount ? Money::fromRupiah(it->total.rupiah() - 1000) : it->total;
                // Whole rupiah or x 100, as Faspay varies (Part A §4).
                total = m_harness->chance(0.5) ? QString::number(paid.rupiah())
                                               : QString::number(paid.rupiah() * 100);
                matches = !it->wrongAmount;
                answer.insert(QStringLiteral("payment_reff"), it->paymentReff);
                answer.insert(QStringLiteral("payment_date"),
                              faspay::formatWib(m_harness->clock.now()));
            }
        }
        answer.insert(QStringLiteral("payment_status_code"), QString::number(status));
        answer.insert(QStringLiteral("payment_status_desc"), QStringLiteral("model"));
        answer.insert(QStringLiteral("payment_total"), total);
        // What Kasir will see, if the answer reaches it intact.
        if (fate == Fate::Ok)
            lastAnswer[billNo] = {status, matches};
        return json(answer);
    }
    // Cancel Transaction
    if (it == bills.end())
        return responseError(QStringLiteral("14"), QStringLiteral("no such bill"));
    // As the training sandbox answers (its cancel table): only an open bill is cancelled.
    refresh(*it);
    switch (it->status) {
    case 0:
    case 1:
    case 8:
        it->status = 8;
        answer.insert(QStringLiteral("payment_status_code"), QStringLiteral("8"));
        return json(answer);
    case 2:
        return responseError(QStringLiteral("81"), QStringLiteral("already paid"));
    case 4:
        return responseError(QStringLiteral("80"), QStringLiteral("reversed"));
    case 7:
        return responseError(QStringLiteral("54"), QStringLiteral("expired"));
    default:
        return responseError(QStringLiteral("14"), QStringLiteral("cannot be cancelled"));
    }
}

// ---- tier 1: the attempt machine and the journal, 10 000 sequences -----------------------------
//
// The engine's bookkeeping without the network stack: a driver feeds random outcomes (Post Data
// answers, status answers, notifications, cancels, supervisor overrides, restarts, late answers
// for a stale copy of an attempt) to the REAL machine::* decisions and commits them through the
// REAL Journal (compare-and-set transition + event in one transaction). Cheap enough for ten
// thousand sequences; the harness above runs the whole CheckoutService on fewer.

class MachineRun
{
public:
    MachineRun()
    {
        const QString shm = QStringLiteral("/dev/shm");
        if (QFileInfo(shm).isDir() && QFileInfo(shm).isWritable())
            m_dir = std::make_unique<QTemporaryDir>(shm + QStringLiteral("/kasir-machine-XXXXXX"));
        if (!m_dir || !m_dir->isValid())
            m_dir = std::make_unique<QTemporaryDir>();
        JournalError error;
        m_lock = InstanceLock::acquire(m_dir->path(), &error);
        if (!m_lock || !open())
            return;
        QSqlDatabase reader = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_readerName);
        reader.setDatabaseName(m_dir->filePath(QStringLiteral("journal.sqlite")));
        reader.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        m_ready = reader.open();
        QFile file(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
        if (file.open(QIODevice::ReadOnly))
            m_order = parseOrderJson(file.readAll()).order.value_or(Order());
    }
    ~MachineRun()
    {
        m_journal.reset();
        QSqlDatabase::removeDatabase(m_readerName);
    }
    bool ok() const { return m_ready; }

    bool run(quint64 seed, int length);
    QString failure;
    QStringList trace;
    QHash<QString, int> finalStates;
    int commits = 0;
    int staleRefused = 0;

private:
    struct Model
    {
        bool billExists = false; // at the gateway
        QString trxId;           // the gateway's
        int status = 0;
        bool wrongAmount = false;
        int posted = 0;
        bool answerPending = false; // Post Data out, answer not in yet
        int unresolved = 0;
        int failures = 0;
        bool cancelPending = false;
        Attempt stale; // a copy as it was some time ago (for late answers)
    };

    bool open()
    {
        JournalError error;
        Journal::Options options;
        options.quickCheck = false;
        options.minimumFreeBytes = 0;
        m_journal = Journal::open(m_dir->filePath(QStringLiteral("journal.sqlite")), *m_lock,
                                  &m_clock, &error, options);
        return m_journal != nullptr;
    }
    int below(int n)
    {
        return n <= 0 ? 0 : int(std::uniform_int_distribution<int>(0, n - 1)(m_rng));
    }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_rng) < p; }
    void violation(const QString &what)
    {
        if (failure.isEmpty())
            failure = what;
        trace.append(QStringLiteral("  VIOLATION: ") + what);
    }
    // Commits a decision as CheckoutService::commit does; the stored attempt or nullopt.
    std::optional<Attempt> commit(const Decision &d, EventSource source);
    void checkChain(qint64 id);
    void step(qint64 id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<Journal> m_journal;
    ManualClock m_clock;
    std::mt19937_64 m_rng;
    Order m_order;
    bool m_ready = false;
    QString m_readerName = QStringLiteral("machine-reader");
    QHash<qint64, Model> m_models;
    QHash<qint64, Attempt> m_current;
    QHash<qint64, std::pair<qint64, QString>> m_chain;
    qint64 m_trx = 0;
};

std::optional<Attempt> MachineRun::commit(const Decision &d, EventSource source)
{
    if (!d.allowed)
        return std::nullopt;
    // Invariant 5 at the source: Paid only from an inquiry that said 2 with the right amount
    // (statusAnswered is the only machine decision that can produce it) or a supervisor.
    AttemptEvent e;
    e.at = m_clock.now();
    e.source = source;
    e.kind = d.kind;
    e.detail = d.detail;
    JournalError error;
    std::optional<Attempt> stored =
        m_journal->transition(d.updated.id, d.from, d.updated, e, &error);
    if (!stored) {
        violation(QStringLiteral("#%1 %2 -> %3 not committed: %4")
                      .arg(d.updated.id)
                      .arg(attemptStateKey(d.from), attemptStateKey(d.to), error.detail));
        return std::nullopt;
    }
    ++commits;
    m_current.insert(stored->id, *stored);
    trace.append(QStringLiteral("  #%1 %2 -> %3 (%4)")
                     .arg(d.updated.id)
                     .arg(attemptStateKey(d.from), attemptStateKey(stored->state), d.kind));
    return stored;
}

void MachineRun::checkChain(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_readerName, false));
    auto &[lastEvent, chainState] = m_chain[id];
    q.prepare(QStringLiteral("SELECT id, source, kind, from_state, to_state FROM events WHERE "
                             "attempt_id = ? AND id > ? ORDER BY id"));
    q.addBindValue(id);
    q.addBindValue(lastEvent);
    q.exec();
    while (q.next()) {
        lastEvent = q.value(0).toLongLong();
        if (q.value(4).isNull())
            continue;
        const QString from = q.value(3).toString();
        const QString to = q.value(4).toString();
        if (q.value(3).isNull() ? !chainState.isEmpty() : from != chainState)
            violation(QStringLiteral("#%1: event %2 moves from \"%3\" but the attempt was \"%4\"")
                          .arg(id)
                          .arg(lastEvent)
                          .arg(from, chainState));
        if (!q.value(3).isNull() && from != to) {
            const S f = *attemptStateFromKey(from);
            const S t = *attemptStateFromKey(to);
            const bool allowed = q.value(1).toString() == QLatin1String("supervisor")
                                     ? supervisorMayMove(f, t)
                                     : machine::isAllowedTransition(f, t);
            if (!allowed)
                violation(QStringLiteral("#%1: %2 -> %3 is not allowed").arg(id).arg(from, to));
            if (isTerminal(f) && !(f == S::Paid && t == S::Reversed))
                violation(QStringLiteral("#%1 left the terminal state %2").arg(id).arg(from));
        }
        chainState = to;
    }
    QSqlQuery a(QSqlDatabase::database(m_readerName, false));
    a.prepare(QStringLiteral("SELECT state FROM attempts WHERE id = ?"));
    a.addBindValue(id);
    if (a.exec() && a.next() && a.value(0).toString() != chainState)
        violation(QStringLiteral("#%1 is %2, its events end in %3")
                      .arg(id)
                      .arg(a.value(0).toString(), chainState));
}

void MachineRun::step(qint64 id)
{
    // The attempt as the journal last returned it (transition() answers with the stored row).
    std::optional<Attempt> a = m_current.value(id);
    if (!a)
        return;
    Model &m = m_models[id];
    if (chance(0.2))
        m.stale = *a;
    // Mostly Pay for a cart still in Draft; restarts are rarer than the rest.
    const int what = (a->state == S::Draft && chance(0.7)) ? 0
                     : (m.answerPending && chance(0.5))    ? 1
                     : chance(0.04)                        ? 11
                                                           : below(11);
    switch (what) {
    case 0: { // Pay: Draft -> Sending, then Post Data leaves
        const std::optional<Attempt> sending = commit(machine::submit(*a), EventSource::Cashier);
        if (!sending)
            return;
        QSqlQuery q(QSqlDatabase::database(m_readerName, false));
        q.prepare(QStringLiteral("SELECT state FROM attempts WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next() || q.value(0).toString() != QLatin1String("sending"))
            violation(QStringLiteral("#%1: Post Data left before Sending was committed").arg(id));
        m.answerPending = true;
        if (chance(0.8)) { // it reaches the gateway (or not) now
            if (chance(0.85)) {
                m.billExists = true;
                m.trxId = QStringLiteral("T%1").arg(++m_trx);
                if (++m.posted > 1)
                    violation(QStringLiteral("#%1 posted twice").arg(id));
            }
        }
        return;
    }
    case 1: { // the Post Data answer arrives (or is lost)
        if (!m.answerPending || a->state != S::Sending)
            return;
        m.answerPending = false;
        Decision d;
        if (!m.billExists) {
            d = chance(0.5)
                    ? machine::postNotSent(*a, QStringLiteral("refused"))
                    : machine::postRefused(*a, QStringLiteral("13"), QStringLiteral("x"), false);
        } else if (chance(0.2)) {
            d = machine::postAmbiguous(*a, QStringLiteral("reset"));
        } else {
            const bool redirectOk = chance(0.9);
            d = machine::postAccepted(*a, m.trxId, QStringLiteral("https://pay.example/x"),
                                      redirectOk);
            if (!redirectOk && !d.updated.redirectUrl.isEmpty())
                violation(QStringLiteral("#%1 keeps a bad redirect_url").arg(id));
        }
        commit(d, EventSource::Api);
        return;
    }
    case 2: { // the customer or Faspay changes the bill
        if (!m.billExists)
            return;
        const int codes[] = {1, 2, 2, 3, 4, 5, 7, 8, 9};
        const int code = codes[below(9)];
        if (code == 4 && m.status != 2)
            return;
        if (code != 4 && m.status != 0 && m.status != 1 && m.status != 5 && m.status != 9)
            return;
        m.status = code;
        m.wrongAmount = code == 2 && chance(0.1);
        trace.append(QStringLiteral("  bill of #%1 -> %2%3")
                         .arg(id)
                         .arg(code)
                         .arg(m.wrongAmount ? QStringLiteral(" (wrong amount)") : QString()));
        return;
    }
    case 3:
    case 4: { // a status check
        if (!machine::needsTracking(*a))
            return;
        Decision d;
        if (chance(0.15)) {
            d = machine::statusCheckFailed(*a, ++m.failures, 4, QStringLiteral("timeout"));
        } else {
            m.failures = 0;
            StatusObservation obs;
            obs.statusCode = (m.billExists && a->trxId == m.trxId) ? m.status : 5;
            obs.amountMatches = obs.statusCode == 2 && !m.wrongAmount;
            d = machine::statusAnswered(*a, obs, m.unresolved, 3);
            m.unresolved = (obs.statusCode == 5 || obs.statusCode == 9) ? m.unresolved + 1 : 0;
            if (d.changesState() && d.to == S::Paid && !(obs.statusCode == 2 && obs.amountMatches))
                violation(QStringLiteral("#%1 Paid from status %2").arg(id).arg(obs.statusCode));
        }
        if (const auto stored = commit(d, EventSource::Inquiry)) {
            if ((stored->state == S::AwaitingPayment || stored->state == S::Unknown) &&
                m_clock.now() > stored->billExpired.addSecs(120))
                commit(machine::unpaidAfterExpiry(*stored), EventSource::System);
        }
        return;
    }
    case 5: { // a verified notification
        if (!m.billExists)
            return;
        if (a->trxId.isEmpty() && !isTerminal(a->state)) {
            Decision adopt = machine::adoptTrxId(*a, m.trxId);
            adopt.kind = QStringLiteral("notification");
            commit(adopt, EventSource::Notification);
        } else {
            AttemptEvent e;
            e.at = m_clock.now();
            e.source = EventSource::Notification;
            e.kind = QStringLiteral("notification");
            e.detail = QStringLiteral("payment_status_code %1").arg(m.status);
            JournalError error;
            if (!m_journal->appendEvent(id, e, &error))
                violation(QStringLiteral("notification not stored: ") + error.detail);
        }
        return;
    }
    case 6: { // cancel asked, and maybe answered
        if (m.cancelPending && a->state == S::Cancelling) {
            m.cancelPending = false;
            QString code = QStringLiteral("00");
            int status = 8;
            if (m.status == 0 || m.status == 1 || m.status == 8)
                m.status = 8;
            else if (m.status == 2)
                code = QStringLiteral("81"), status = 2;
            else if (m.status == 7)
                code = QStringLiteral("54"), status = 7;
            else
                code = QStringLiteral("14"), status = -1;
            if (!m.billExists || a->trxId != m.trxId)
                code = QStringLiteral("14"), status = -1;
            const std::optional<Attempt> after =
                commit(machine::cancelAnswered(*a, code, status), EventSource::Api);
            if (after && after->state == S::Cancelled && m.status != 8)
                violation(QStringLiteral("#%1 Cancelled, the bill is %2").arg(id).arg(m.status));
            return;
        }
        if (commit(machine::cancelRequested(*a), EventSource::Cashier))
            m.cancelPending = true;
        return;
    }
    case 7: { // a supervisor
        const S targets[] = {S::Paid,      S::Failed,   S::Expired,
                             S::Cancelled, S::Rejected, S::Reversed};
        commit(machine::supervisorResolve(*a, targets[below(6)], QStringLiteral("checked")),
               EventSource::Supervisor);
        return;
    }
    case 8: { // a late answer for a stale copy: the journal's compare-and-set refuses it
        if (m.stale.id == 0 || m.stale.state == a->state)
            return;
        StatusObservation obs;
        obs.statusCode = 2;
        obs.amountMatches = true;
        Decision d = machine::statusAnswered(m.stale, obs, 0, 3);
        if (!d.allowed || !d.changesState())
            return;
        AttemptEvent e;
        e.at = m_clock.now();
        e.source = EventSource::Inquiry;
        e.kind = d.kind;
        JournalError error;
        if (m_journal->transition(id, d.from, d.updated, e, &error))
            violation(QStringLiteral("#%1: a stale %2 -> %3 was committed over %4")
                          .arg(id)
                          .arg(attemptStateKey(d.from), attemptStateKey(d.to),
                               attemptStateKey(a->state)));
        else
            ++staleRefused;
        return;
    }
    case 9: { // a receipt: only for a Paid sale, the original once
        JournalError error;
        const int before = int(m_journal->receipts(id).size());
        const std::optional<ReceiptRecord> r = m_journal->addReceipt(id, &error);
        if (r.has_value() != (a->state == S::Paid))
            violation(QStringLiteral("#%1 (%2): receipt %3")
                          .arg(id)
                          .arg(attemptStateKey(a->state),
                               r ? QStringLiteral("made") : QStringLiteral("refused")));
        if (r && r->copyNumber != before)
            violation(QStringLiteral("#%1: receipt copy %2 after %3")
                          .arg(id)
                          .arg(r->copyNumber)
                          .arg(before));
        return;
    }
    case 10: // time passes
        m_clock.advanceSecs(60LL * (1 + below(90)));
        return;
    default: { // restart: every non-terminal attempt resumes, Sending becomes Unknown
        trace.append(QStringLiteral("  restart"));
        if (chance(0.3)) { // the process, and with it the journal's connection
            m_journal.reset();
            if (!open()) {
                violation(QStringLiteral("the journal did not open again"));
                return;
            }
        }
        for (auto it = m_current.begin(); it != m_current.end(); ++it)
            it.value() = m_journal->attempt(it.key()).value_or(Attempt());
        for (const Attempt &open : m_journal->nonTerminalAttempts()) {
            commit(machine::restarted(open), EventSource::System);
            m_models[open.id].answerPending = false; // whatever was on the wire is lost
            m_models[open.id].cancelPending = false;
        }
        for (const Attempt &open : m_journal->nonTerminalAttempts()) {
            if (open.state == S::Sending)
                violation(QStringLiteral("#%1 Sending after a restart").arg(open.id));
        }
        return;
    }
    }
}

bool MachineRun::run(quint64 seed, int length)
{
    m_rng.seed(seed);
    failure.clear();
    trace.clear();
    trace.append(QStringLiteral("machine seed %1").arg(seed));
    m_models.clear();
    m_chain.clear();
    m_current.clear();
    QList<qint64> ids;
    const int count = 1 + below(2); // one cart, or two at once
    for (int i = 0; i < count; ++i) {
        Attempt draft;
        draft.order = m_order;
        draft.channelCode = QStringLiteral("709");
        draft.total = Money::fromRupiah(1'660'000);
        draft.billDate = m_clock.now();
        draft.billExpired = m_clock.now().addSecs(3600);
        draft.terminal = QStringLiteral("M01");
        AttemptEvent created;
        created.at = m_clock.now();
        created.source = EventSource::Cashier;
        created.kind = QStringLiteral("created");
        JournalError error;
        const std::optional<Attempt> a = m_journal->createAttempt(
            draft, created, m_clock.now().date(),
            [](QDate day, qint64 n) {
                return QStringLiteral("M%1%2")
                    .arg(day.toString(QStringLiteral("yyMMdd")))
                    .arg(n, 6, 10, QLatin1Char('0'));
            },
            &error);
        if (!a) {
            violation(QStringLiteral("createAttempt: ") + error.detail);
            return false;
        }
        ids.append(a->id);
        m_current.insert(a->id, *a);
    }
    for (int i = 0; i < length && failure.isEmpty(); ++i) {
        const qint64 id = ids.at(below(int(ids.size())));
        const int commitsBefore = commits;
        step(id);
        // Only what was written can have changed (a restart writes to every open attempt).
        if (commits - commitsBefore > 1) {
            for (qint64 each : ids)
                checkChain(each);
        } else {
            checkChain(id);
        }
    }
    for (qint64 id : ids) {
        if (const auto a = m_journal->attempt(id)) {
            finalStates[attemptStateKey(a->state)]++;
            // Close the sequence so that the next one starts with nothing open.
            if (!isTerminal(a->state)) {
                Attempt closing = *a;
                Decision d = machine::supervisorResolve(*a, S::Failed, QStringLiteral("end"));
                if (!d.allowed) {
                    // Draft, Sending, AwaitingPayment, Cancelling: Faspay ends the bill, or
                    // (never sent) a restart makes it Unknown for the supervisor.
                    if (a->state == S::Draft)
                        commit(machine::submit(*a), EventSource::Cashier);
                    if (const auto now = m_journal->attempt(id); now && now->state == S::Sending)
                        commit(machine::restarted(*now), EventSource::System);
                    closing = *m_journal->attempt(id);
                    if (closing.state == S::Unknown || closing.state == S::NeedsAttention)
                        d = machine::supervisorResolve(closing, S::Failed, QStringLiteral("end"));
                    else {
                        StatusObservation obs;
                        obs.statusCode = 7;
                        d = machine::statusAnswered(closing, obs, 0, 3);
                    }
                }
                commit(d, d.kind == QLatin1String("supervisor") ? EventSource::Supervisor
                                                                : EventSource::Inquiry);
            }
            checkChain(id);
        }
    }
    return failure.isEmpty();
}

} // namespace

class TestEngineProperty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void machineAndJournal();
    void randomSequences();
};

void TestEngineProperty::machineAndJournal()
{
    // Tier 1: at least 10 000 sequences through the machine and the journal.
    MachineRun run;
    QVERIFY(run.ok());
    const bool single = qEnvironmentVariableIsSet("KASIR_MACHINE_SEED");
    const quint64 firstSeed =
        single ? qEnvironmentVariable("KASIR_MACHINE_SEED").toULongLong() : 4242;
    const int sequences = single ? 1
                          : qEnvironmentVariableIntValue("KASIR_MACHINE_SEQUENCES") > 0
                              ? qEnvironmentVariableIntValue("KASIR_MACHINE_SEQUENCES")
                              : 10000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < sequences; ++i) {
        const quint64 seed = firstSeed + quint64(i);
        std::mt19937_64 lengths(seed * 0x9e3779b97f4a7c15ULL);
        if (!run.run(seed, 3 + int(lengths() % 14))) {
            qWarning().noquote() << run.trace.join(QLatin1Char('\n'));
            QFAIL(qPrintable(
                QStringLiteral("machine sequence %1 (replay with KASIR_MACHINE_SEED=%2): %3")
                    .arg(i)
                    .arg(seed)
                    .arg(run.failure)));
        }
    }
    QStringList states;
    for (auto it = run.finalStates.cbegin(); it != run.finalStates.cend(); ++it)
        states.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    states.sort();
    qInfo().noquote() << QStringLiteral("%1 machine sequences, %2 transitions committed, %3 stale "
                                        "answers refused, %4 ms; states: %5")
                             .arg(sequences)
                             .arg(run.commits)
                             .arg(run.staleRefused)
                             .arg(timer.elapsed())
                             .arg(states.join(QStringLiteral(", ")));
    if (sequences >= 1000) {
        for (const char *state : {"paid", "failed", "expired", "cancelled", "rejected", "unknown",
                                  "needs_attention", "reversed", "cancelling", "sending", "draft"})
            QVERIFY2(run.finalStates.value(QLatin1String(state)) > 0, state);
        QVERIFY(run.staleRefused > 0);
    }
}

void TestEngineProperty::randomSequences()
{
    Harness harness;
    QVERIFY2(harness.ok(), qPrintable(harness.failure));
    const bool single = qEnvironmentVariableIsSet("KASIR_PROPERTY_SEED");
    const quint64 firstSeed =
        single ? qEnvironmentVariable("KASIR_PROPERTY_SEED").toULongLong() : 20261123;
    const int sequences = single ? 1
                          : qEnvironmentVariableIntValue("KASIR_PROPERTY_SEQUENCES") > 0
                              ? qEnvironmentVariableIntValue("KASIR_PROPERTY_SEQUENCES")
                              : 1000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < sequences; ++i) {
        const quint64 seed = firstSeed + quint64(i);
        std::mt19937_64 lengths(seed ^ 0x9e3779b97f4a7c15ULL);
        const int length = 3 + int(lengths() % 12);
        if (!harness.runSequence(seed, length)) {
            qWarning().noquote() << harness.trace.join(QLatin1Char('\n'));
            QFAIL(qPrintable(QStringLiteral("sequence %1 (seed %2, replay with "
                                            "KASIR_PROPERTY_SEED=%2): %3")
                                 .arg(i)
                                 .arg(seed)
                                 .arg(harness.failure)));
        }
    }
    QStringList states;
    for (auto it = harness.finalStates.cbegin(); it != harness.finalStates.cend(); ++it)
        states.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    states.sort();
    qInfo().noquote() << QStringLiteral("%1 sequences, %2 events logged, %3 restarts, %4 kills "
                                        "(%5 right after Paid), %6 Post Data retries, %7 ms; "
                                        "states before closing: %8")
                             .arg(sequences)
                             .arg(harness.events)
                             .arg(harness.restarts)
                             .arg(harness.crashes)
                             .arg(harness.receiptCrashes)
                             .arg(harness.postsRetried)
                             .arg(timer.elapsed())
                             .arg(states.join(QStringLiteral(", ")));
    // The sequences reached every corner that matters.
    for (const char *state : {"paid", "failed", "expired", "cancelled", "rejected", "unknown",
                              "needs_attention", "awaiting_payment"}) {
        if (sequences >= 1000)
            QVERIFY2(harness.finalStates.value(QLatin1String(state)) > 0, state);
    }
}

QTEST_GUILESS_MAIN(TestEngineProperty)
#include "tst_engineproperty.moc"
