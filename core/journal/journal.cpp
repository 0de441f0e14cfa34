#include "core/journal/journal.h"

#include "core/cart/cart.h"
#include "core/journal/instancelock.h"
#include "core/journal/redaction.h"

#include <QDir>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace kasir {

namespace {

// A response body larger than this (an HTML error page, say) is cut after redaction.
constexpr qsizetype MaxStoredBody = 256 * 1024;
constexpr qint64 MaxCsvBytes = 32 * 1024 * 1024;
constexpr int MaxSearchLimit = 10'000;

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kasir-journal-%1").arg(++counter);
}

void setError(JournalError *out, JournalError error)
{
    if (out)
        *out = std::move(error);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// Qt SQL binds a null QString as SQL NULL: text for NOT NULL columns goes through this.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant stateOrNull(std::optional<AttemptState> s)
{
    return s ? QVariant(attemptStateKey(*s)) : QVariant();
}

std::optional<AttemptState> stateFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    // A key this program does not know can only come from a newer one; the version check
    // keeps that out, but if it happens the attempt goes to a person, never to a default.
    return attemptStateFromKey(v.toString()).value_or(AttemptState::NeedsAttention);
}

// Phone-like text ("+62 812-3456") is searched by its digits in national form.
QString customerNeedle(const QString &text)
{
    const QString t = text.trimmed();
    static const QString phoneChars = QStringLiteral("0123456789+-() ");
    const bool phoneLike =
        std::all_of(t.cbegin(), t.cend(), [](QChar c) { return phoneChars.contains(c); });
    if (!phoneLike)
        return t.toCaseFolded();
    QString digits;
    for (QChar c : t) {
        if (c.isDigit())
            digits += c;
    }
    if (t.startsWith(u'+') && digits.startsWith(QLatin1String("62")))
        digits = QLatin1Char('0') + digits.mid(2);
    return digits;
}

QString customerSearchKey(const Customer &c)
{
    const QString phone = normalizeIndonesianPhone(c.phone).value_or(c.phone);
    const QString key = c.fullName() + QLatin1Char(' ') + phone + QLatin1Char(' ') + c.email;
    return key.toCaseFolded();
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

QList<AttemptState> nonTerminalStates()
{
    QList<AttemptState> states;
    for (AttemptState s : allAttemptStates()) {
        if (!isTerminal(s))
            states << s;
    }
    return states;
}

const QString &attemptSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT a.id, a.bill_no, a.previous_attempt_id, a.state, a.channel_code, a.total,"
        " a.terminal, a.cashier, a.training, a.created_at, a.updated_at, a.bill_date,"
        " a.bill_expired, a.trx_id, a.redirect_url, a.payment_status_code, a.payment_reff,"
        " a.payment_date, a.response_code, a.reason, o.order_json"
        " FROM attempts a JOIN attempt_orders o ON o.attempt_id = a.id ");
    return sql;
}

Attempt attemptFromRow(const QSqlQuery &q)
{
    Attempt a;
    a.id = q.value(0).toLongLong();
    a.billNo = q.value(1).toString();
    a.previousAttemptId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    a.state = stateFrom(q.value(3)).value_or(AttemptState::NeedsAttention);
    a.channelCode = q.value(4).toString();
    a.total = Money::fromRupiah(q.value(5).toLongLong());
    a.terminal = q.value(6).toString();
    a.cashier = q.value(7).toString();
    a.training = q.value(8).toLongLong() != 0;
    a.createdAt = fromMs(q.value(9));
    a.updatedAt = fromMs(q.value(10));
    a.billDate = fromMs(q.value(11));
    a.billExpired = fromMs(q.value(12));
    a.trxId = q.value(13).toString();
    a.redirectUrl = q.value(14).toString();
    a.paymentStatusCode = q.value(15).isNull() ? -1 : q.value(15).toInt();
    a.paymentReff = q.value(16).toString();
    a.paymentDate = fromMs(q.value(17));
    a.responseCode = q.value(18).toString();
    a.reason = q.value(19).toString();
    const OrderParseResult order = parseOrderJson(q.value(20).toString().toUtf8());
    if (order.order)
        a.order = *order.order;
    else
        qWarning("kasir journal: the order of attempt %lld cannot be read", a.id);
    return a;
}

JournalError runQuickCheck(QSqlDatabase &db, const SqlDialect &dialect, const QString &path)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(dialect.integrityCheck()))
        return dialect.describe(q.lastError(), path, QStringLiteral("quick_check"));
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
        if (problems.size() >= 5)
            break;
    }
    if (q.lastError().isValid())
        return dialect.describe(q.lastError(), path, QStringLiteral("quick_check"));
    if (!problems.isEmpty())
        return JournalError::corrupt(path, QStringLiteral("quick_check: ") +
                                               problems.join(QLatin1String("; ")));
    return {};
}

} // namespace

// ---- receipt status keys -----------------------------------------------------------------------

QString receiptStatusKey(ReceiptStatus status)
{
    switch (status) {
    case ReceiptStatus::Queued:
        return QStringLiteral("queued");
    case ReceiptStatus::Printed:
        return QStringLiteral("printed");
    case ReceiptStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<ReceiptStatus> receiptStatusFromKey(QStringView key)
{
    for (ReceiptStatus s : {ReceiptStatus::Queued, ReceiptStatus::Printed, ReceiptStatus::Failed}) {
        if (receiptStatusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

// ---- transaction -------------------------------------------------------------------------------

// One write transaction: begin() takes the write lock, commit() makes it durable; leaving the
// scope without commit() rolls everything back.
class Journal::Transaction
{
public:
    explicit Transaction(const Journal &journal)
        : m_journal(journal)
    {}
    ~Transaction()
    {
        if (m_open) {
            // After SQLITE_FULL or IOERR SQLite may have rolled back already; that is fine.
            QSqlQuery q(m_journal.m_db);
            q.exec(m_journal.m_dialect.rollback());
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(JournalError *error)
    {
        QSqlQuery q(m_journal.m_db);
        m_open = m_journal.exec(q, m_journal.m_dialect.beginWrite(), {},
                                QStringLiteral("begin transaction"), error);
        return m_open;
    }
    bool commit(JournalError *error)
    {
        QSqlQuery q(m_journal.m_db);
        if (!m_journal.exec(q, m_journal.m_dialect.commit(), {}, QStringLiteral("commit"), error))
            return false; // the destructor rolls back
        m_open = false;
        return true;
    }

private:
    const Journal &m_journal;
    bool m_open = false;
};

// ---- opening -----------------------------------------------------------------------------------

Journal::Journal(const QString &path, const Clock *clock, bool readOnly)
    : m_path(path)
    , m_clock(clock)
    , m_readOnly(readOnly)
    , m_connectionName(nextConnectionName())
{
    Q_ASSERT(clock);
}

Journal::~Journal()
{
    if (m_db.isOpen()) {
        if (m_ready && !m_readOnly) {
            for (const QString &statement : m_dialect.closingStatements()) {
                QSqlQuery q(m_db);
                q.exec(statement);
            }
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

int Journal::currentSchemaVersion()
{
    return journalMigrations(SqlDialect()).constLast().version;
}

std::unique_ptr<Journal> Journal::open(const QString &path, const InstanceLock &lock,
                                       const Clock *clock, JournalError *error)
{
    return open(path, lock, clock, error, Options());
}

std::unique_ptr<Journal> Journal::open(const QString &path, const InstanceLock &lock,
                                       const Clock *clock, JournalError *error,
                                       const Options &options)
{
    setError(error, {});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString dir = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(dir)) {
        setError(error, JournalError::cannotOpen(absolute, QStringLiteral("cannot create ") + dir));
        return nullptr;
    }
    if (QFileInfo(dir).canonicalFilePath() != QFileInfo(lock.directory()).canonicalFilePath()) {
        setError(error, JournalError::other(QStringLiteral("the instance lock is for %1, the "
                                                           "journal is in %2")
                                                .arg(lock.directory(), dir)));
        return nullptr;
    }

    const SqlDialect dialect;
    const QFileInfo file(absolute);
    const bool existed = file.exists() && file.size() > 0;
    bool checked = false;
    if (existed && options.quickCheck) {
        // Checked on a read-only connection first: a damaged file must stay exactly as it is,
        // and closing a read-write connection may checkpoint the WAL into it.
        const JournalError check = checkIntegrity(absolute);
        if (check.kind == JournalError::Corrupt) {
            setError(error, check);
            return nullptr;
        }
        // Another failure (no -shm possible, say) is retried on the read-write connection.
        checked = !check.isError();
    }

    std::unique_ptr<Journal> journal(new Journal(absolute, clock, false));
    journal->m_minimumFreeBytes = options.minimumFreeBytes;
    if (!journal->connect(error))
        return nullptr;
    if (existed && options.quickCheck && !checked) {
        const JournalError check = runQuickCheck(journal->m_db, dialect, absolute);
        if (check.isError()) {
            setError(error, check);
            return nullptr;
        }
    }
    if (!journal->applySettings(error))
        return nullptr;
    const QList<MigrationStep> steps =
        options.migrations.isEmpty() ? journalMigrations(dialect) : options.migrations;
    if (!journal->migrate(steps, error))
        return nullptr;
    journal->m_ready = true;
    JournalError probe;
    if (!journal->writeProbe(&probe)) {
        // Readable but not writable: history works, payments do not.
        journal->m_fault = probe;
        setError(error, probe);
    }
    return journal;
}

std::unique_ptr<Journal> Journal::openReadOnly(const QString &path, const Clock *clock,
                                               JournalError *error)
{
    setError(error, {});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo file(absolute);
    if (!file.exists() || file.size() == 0) {
        setError(error, JournalError::journalNotFound(absolute));
        return nullptr;
    }
    std::unique_ptr<Journal> journal(new Journal(absolute, clock, true));
    if (!journal->connect(error))
        return nullptr;
    for (const QString &statement : journal->m_dialect.readOnlySettings()) {
        QSqlQuery q(journal->m_db);
        if (!journal->exec(q, statement, {}, statement, error))
            return nullptr;
    }
    QSqlQuery q(journal->m_db);
    if (!journal->exec(q, journal->m_dialect.schemaVersionQuery(), {},
                       QStringLiteral("read schema version"), error) ||
        !q.next()) {
        return nullptr;
    }
    const int version = q.value(0).toInt();
    q.finish();
    const int current = currentSchemaVersion();
    if (version == 0) {
        setError(error, JournalError::journalNotFound(absolute));
        return nullptr;
    }
    if (version > current) {
        setError(error, JournalError::tooNew(absolute, version, current));
        return nullptr;
    }
    if (version < current) {
        setError(error, JournalError::tooOld(absolute, version));
        return nullptr;
    }
    journal->m_schemaVersion = version;
    journal->m_fault = JournalError::readOnlyMode();
    journal->m_ready = true;
    return journal;
}

JournalError Journal::checkIntegrity(const QString &path)
{
    const SqlDialect dialect;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return JournalError::journalNotFound(absolute);
    const QString name = nextConnectionName();
    JournalError check;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(dialect.connectOptions(true));
        if (db.open()) {
            check = runQuickCheck(db, dialect, absolute);
            db.close();
        } else {
            check = dialect.describe(db.lastError(), absolute, QStringLiteral("open"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

bool Journal::connect(JournalError *error)
{
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(m_dialect.connectOptions(m_readOnly));
    if (!m_db.open()) {
        JournalError e = m_dialect.describe(m_db.lastError(), m_path, QStringLiteral("open"));
        if (e.kind == JournalError::Other)
            e = JournalError::cannotOpen(m_path, e.detail);
        setError(error, e);
        return false;
    }
    return true;
}

bool Journal::applySettings(JournalError *error)
{
    for (const SqlDialect::Setting &s : m_dialect.readWriteSettings()) {
        QSqlQuery q(m_db);
        if (!exec(q, s.statement, {}, s.statement, error))
            return false;
        if (s.query.isEmpty())
            continue;
        if (!exec(q, s.query, {}, s.query, error))
            return false;
        const QString value = q.next() ? q.value(0).toString().toLower() : QString();
        if (value != s.expected) {
            const QString detail =
                QStringLiteral("%1 answered '%2', expected '%3'").arg(s.query, value, s.expected);
            setError(error, s.expected == QLatin1String("wal")
                                ? JournalError::walUnavailable(m_path, detail)
                                : JournalError::other(detail));
            return false;
        }
    }
    return true;
}

bool Journal::migrate(const QList<MigrationStep> &steps, JournalError *error)
{
    QSqlQuery q(m_db);
    if (!exec(q, m_dialect.schemaVersionQuery(), {}, QStringLiteral("read schema version"),
              error) ||
        !q.next()) {
        return false;
    }
    int version = q.value(0).toInt();
    q.finish();
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (version > latest) {
        setError(error, JournalError::tooNew(m_path, version, latest));
        return false;
    }
    for (const MigrationStep &step : steps) {
        if (step.version <= version)
            continue;
        const auto failed = [&](const JournalError &e) {
            // The disk's own problems keep their message; anything else is a failed step.
            const bool disk = e.kind == JournalError::Unwritable || e.kind == JournalError::Busy ||
                              e.kind == JournalError::Corrupt;
            setError(error,
                     disk ? e : JournalError::migrationFailed(m_path, step.version, e.detail));
            return false;
        };
        Transaction tx(*this);
        JournalError e;
        if (!tx.begin(&e))
            return failed(e);
        for (const QString &statement : step.statements) {
            QSqlQuery s(m_db);
            if (!exec(s, statement, {}, QStringLiteral("migration %1").arg(step.version), &e))
                return failed(e);
        }
        if (step.convert) {
            const QString problem = step.convert(m_db);
            if (!problem.isEmpty())
                return failed(JournalError::other(problem));
        }
        QSqlQuery v(m_db);
        if (!exec(v, m_dialect.setSchemaVersion(step.version), {},
                  QStringLiteral("set schema version"), &e) ||
            !tx.commit(&e)) {
            return failed(e);
        }
        version = step.version;
    }
    m_schemaVersion = version;
    return true;
}

bool Journal::enoughSpace(JournalError *error) const
{
    if (m_minimumFreeBytes <= 0)
        return true;
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || available >= m_minimumFreeBytes)
        return true;
    const JournalError e = JournalError::diskAlmostFull(m_path, available, m_minimumFreeBytes);
    if (!m_fault.isError())
        m_fault = e;
    setError(error, e);
    return false;
}

bool Journal::writeProbe(JournalError *error)
{
    if (!enoughSpace(error))
        return false;
    // A real write: a read-only file still lets a transaction begin.
    Transaction tx(*this);
    if (!tx.begin(error))
        return false;
    const QString sql =
        m_dialect.upsert(QStringLiteral("journal_meta"),
                         {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")});
    QSqlQuery q(m_db);
    const QString now = m_clock->now().toUTC().toString(Qt::ISODateWithMs);
    if (!exec(q, sql, {QStringLiteral("last_write_check"), now}, QStringLiteral("write check"),
              error)) {
        return false;
    }
    return tx.commit(error);
}

bool Journal::probeWritable(JournalError *error)
{
    if (m_readOnly) {
        setError(error, JournalError::readOnlyMode());
        return false;
    }
    if (m_fault.kind == JournalError::Corrupt) {
        setError(error, m_fault);
        return false;
    }
    m_fault = {}; // the probe's own failure, if any, is the reason from now on
    JournalError e;
    if (writeProbe(&e)) {
        setError(error, {});
        return true;
    }
    if (!m_fault.isError())
        m_fault = e;
    setError(error, e);
    return false;
}

// ---- plumbing ----------------------------------------------------------------------------------

bool Journal::exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                   const QString &what, JournalError *error) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        setError(error, fail(query.lastError(), what));
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        setError(error, fail(query.lastError(), what));
        return false;
    }
    return true;
}

JournalError Journal::fail(const QSqlError &sqlError, const QString &what) const
{
    JournalError e = m_dialect.describe(sqlError, m_path, what);
    if ((e.kind == JournalError::Corrupt || e.kind == JournalError::Unwritable) &&
        !m_fault.isError()) {
        m_fault = e;
    }
    return e;
}

bool Journal::refuseWrite(bool newPayment, JournalError *error) const
{
    if (m_readOnly) {
        setError(error, JournalError::readOnlyMode());
        return true;
    }
    if (m_fault.kind == JournalError::Corrupt || (newPayment && m_fault.isError())) {
        setError(error, m_fault);
        return true;
    }
    return false;
}

qint64 Journal::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

// ---- attempts ----------------------------------------------------------------------------------

std::optional<Attempt> Journal::createAttempt(const Attempt &draft, const AttemptEvent &created,
                                              QDate day, const BillNoMaker &makeBillNo,
                                              JournalError *error)
{
    if (refuseWrite(true, error) || !enoughSpace(error))
        return std::nullopt;
    if (!day.isValid() || !makeBillNo) {
        setError(error, JournalError::invalidInput(
                            QStringLiteral("createAttempt needs a day and a bill number maker")));
        return std::nullopt;
    }
    Transaction tx(*this);
    if (!tx.begin(error))
        return std::nullopt;

    const QString dayKey = day.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("UPDATE bill_sequences SET last_value = last_value + 1"
                             " WHERE terminal = ? AND day = ?"),
              {text(draft.terminal), dayKey}, QStringLiteral("advance bill sequence"), error)) {
        return std::nullopt;
    }
    if (q.numRowsAffected() == 0 &&
        !exec(q,
              QStringLiteral("INSERT INTO bill_sequences (terminal, day, last_value)"
                             " VALUES (?, ?, 1)"),
              {text(draft.terminal), dayKey}, QStringLiteral("start bill sequence"), error)) {
        return std::nullopt;
    }
    if (!exec(
            q,
            QStringLiteral("SELECT last_value FROM bill_sequences WHERE terminal = ? AND day = ?"),
            {text(draft.terminal), dayKey}, QStringLiteral("read bill sequence"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setError(error, JournalError::other(QStringLiteral("bill sequence row missing")));
        return std::nullopt;
    }
    const qint64 sequence = q.value(0).toLongLong();
    q.finish();

    const QString billNo = makeBillNo(day, sequence);
    if (billNo.isEmpty()) {
        setError(error, JournalError::invalidInput(QStringLiteral("empty bill number")));
        return std::nullopt;
    }
    if (!exec(q, QStringLiteral("SELECT id FROM attempts WHERE bill_no = ?"), {billNo},
              QStringLiteral("check bill number"), error)) {
        return std::nullopt;
    }
    if (q.next()) {
        setError(error,
                 JournalError::billNoTaken(billNo, QStringLiteral("bill_no %1 exists (attempt %2)")
                                                       .arg(billNo, q.value(0).toString())));
        return std::nullopt;
    }
    q.finish();

    const qint64 now = nowMs();
    const QVariantList values = {
        billNo,
        draft.previousAttemptId > 0 ? QVariant(draft.previousAttemptId) : QVariant(),
        attemptStateKey(draft.state),
        channelKey(draft.order.channel),
        text(draft.channelCode),
        draft.total.rupiah(),
        text(customerSearchKey(draft.order.customer)),
        text(draft.terminal),
        text(draft.cashier),
        draft.training ? 1 : 0,
        now,
        now,
        msOrNull(draft.billDate),
        msOrNull(draft.billExpired),
        textOrNull(draft.trxId),
        textOrNull(draft.redirectUrl),
        draft.paymentStatusCode >= 0 ? QVariant(draft.paymentStatusCode) : QVariant(),
        textOrNull(draft.paymentReff),
        msOrNull(draft.paymentDate),
        textOrNull(draft.responseCode),
        textOrNull(draft.reason),
    };
    JournalError e;
    if (!exec(q,
              QStringLiteral("INSERT INTO attempts (bill_no, previous_attempt_id, state, channel,"
                             " channel_code, total, customer_search, terminal, cashier, training,"
                             " created_at, updated_at, bill_date, bill_expired, trx_id,"
                             " redirect_url, payment_status_code, payment_reff, payment_date,"
                             " response_code, reason) VALUES (") +
                  placeholders(values.size()) + QLatin1Char(')') + m_dialect.returningId(),
              values, QStringLiteral("insert attempt"), &e)) {
        if (e.kind == JournalError::Conflict)
            e = JournalError::billNoTaken(billNo, e.detail);
        setError(error, e);
        return std::nullopt;
    }
    if (!q.next()) {
        setError(error, JournalError::other(QStringLiteral("no id for the new attempt")));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QString orderJson =
        QString::fromUtf8(QJsonDocument(orderToJson(draft.order)).toJson(QJsonDocument::Compact));
    if (!exec(q,
              QStringLiteral("INSERT INTO attempt_orders (attempt_id, order_json) VALUES (?, ?)"),
              {id, orderJson}, QStringLiteral("insert order"), error)) {
        return std::nullopt;
    }
    if (!insertEvent(id, created, std::nullopt, draft.state, error))
        return std::nullopt;
    std::optional<Attempt> stored = attempt(id, error);
    if (!stored || !tx.commit(error))
        return std::nullopt;
    return stored;
}

std::optional<Attempt> Journal::transition(qint64 attemptId, AttemptState expectedFrom,
                                           const Attempt &updated, const AttemptEvent &event,
                                           JournalError *error)
{
    if (refuseWrite(false, error))
        return std::nullopt;
    Transaction tx(*this);
    if (!tx.begin(error))
        return std::nullopt;
    QSqlQuery q(m_db);
    const QVariantList values = {
        attemptStateKey(updated.state),
        textOrNull(updated.trxId),
        textOrNull(updated.redirectUrl),
        updated.paymentStatusCode >= 0 ? QVariant(updated.paymentStatusCode) : QVariant(),
        textOrNull(updated.paymentReff),
        msOrNull(updated.paymentDate),
        textOrNull(updated.responseCode),
        textOrNull(updated.reason),
        nowMs(),
        attemptId,
        attemptStateKey(expectedFrom),
    };
    if (!exec(q,
              QStringLiteral("UPDATE attempts SET state = ?, trx_id = ?, redirect_url = ?,"
                             " payment_status_code = ?, payment_reff = ?, payment_date = ?,"
                             " response_code = ?, reason = ?, updated_at = ?"
                             " WHERE id = ? AND state = ?"),
              values, QStringLiteral("update attempt"), error)) {
        return std::nullopt;
    }
    if (q.numRowsAffected() != 1) {
        if (!exec(q, QStringLiteral("SELECT bill_no, state FROM attempts WHERE id = ?"),
                  {attemptId}, QStringLiteral("read attempt state"), error)) {
            return std::nullopt;
        }
        if (!q.next()) {
            setError(error, JournalError::attemptNotFound(attemptId));
        } else {
            setError(error, JournalError::stateChanged(
                                q.value(0).toString(),
                                QStringLiteral("attempt %1 is %2, expected %3")
                                    .arg(QString::number(attemptId), q.value(1).toString(),
                                         attemptStateKey(expectedFrom))));
        }
        return std::nullopt;
    }
    if (!insertEvent(attemptId, event, expectedFrom, updated.state, error))
        return std::nullopt;
    std::optional<Attempt> stored = attempt(attemptId, error);
    if (!stored || !tx.commit(error))
        return std::nullopt;
    return stored;
}

bool Journal::appendEvent(qint64 attemptId, const AttemptEvent &event, JournalError *error)
{
    if (refuseWrite(false, error))
        return false;
    Transaction tx(*this);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT 1 FROM attempts WHERE id = ?"), {attemptId},
              QStringLiteral("find attempt"), error)) {
        return false;
    }
    if (!q.next()) {
        setError(error, JournalError::attemptNotFound(attemptId));
        return false;
    }
    q.finish();
    return insertEvent(attemptId, event, std::nullopt, std::nullopt, error) && tx.commit(error);
}

bool Journal::insertEvent(qint64 attemptId, const AttemptEvent &event,
                          std::optional<AttemptState> from, std::optional<AttemptState> to,
                          JournalError *error)
{
    // Redacted here, so that no caller can store a secret by forgetting to.
    QByteArray body = redactBody(event.body);
    if (body.size() > MaxStoredBody) {
        const qsizetype cut = body.size() - MaxStoredBody;
        body.truncate(MaxStoredBody);
        body += QByteArray("\n[") + QByteArray::number(cut) + QByteArray(" more bytes not stored]");
    }
    const QDateTime at = event.at.isValid() ? event.at : m_clock->now();
    QSqlQuery q(m_db);
    return exec(q,
                QStringLiteral("INSERT INTO events (attempt_id, at, source, kind, from_state,"
                               " to_state, detail, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {attemptId, at.toMSecsSinceEpoch(), eventSourceKey(event.source), text(event.kind),
                 stateOrNull(from), stateOrNull(to), text(redactText(event.detail)),
                 body.isEmpty() ? QVariant() : QVariant(body)},
                QStringLiteral("append event"), error);
}

std::optional<Attempt> Journal::readAttempt(const QString &where, const QVariantList &values,
                                            JournalError *error) const
{
    QSqlQuery q(m_db);
    if (!exec(q, attemptSelect() + QLatin1String("WHERE ") + where, values,
              QStringLiteral("read attempt"), error)) {
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt; // not found: the caller names what was looked for
    return attemptFromRow(q);
}

QList<Attempt> Journal::readAttempts(const QString &tail, const QVariantList &values,
                                     JournalError *error) const
{
    QList<Attempt> out;
    QSqlQuery q(m_db);
    if (!exec(q, attemptSelect() + tail, values, QStringLiteral("read attempts"), error))
        return out;
    while (q.next())
        out << attemptFromRow(q);
    if (q.lastError().isValid())
        setError(error, fail(q.lastError(), QStringLiteral("read attempts")));
    return out;
}

std::optional<Attempt> Journal::attempt(qint64 id, JournalError *error) const
{
    JournalError e;
    std::optional<Attempt> a = readAttempt(QStringLiteral("a.id = ?"), {id}, &e);
    if (!a && !e.isError())
        e = JournalError::attemptNotFound(id);
    setError(error, e);
    return a;
}

std::optional<Attempt> Journal::attemptByBillNo(const QString &billNo, JournalError *error) const
{
    JournalError e;
    std::optional<Attempt> a = readAttempt(QStringLiteral("a.bill_no = ?"), {billNo}, &e);
    if (!a && !e.isError())
        e = JournalError::billNotFound(billNo);
    setError(error, e);
    return a;
}

QList<Attempt> Journal::nonTerminalAttempts(JournalError *error) const
{
    setError(error, {});
    const QList<AttemptState> states = nonTerminalStates();
    QVariantList values;
    for (AttemptState s : states)
        values << attemptStateKey(s);
    // The ids through the covering index attempts_state, then the rows by id: SQLite's planner
    // otherwise scans the whole table in id order to save a sort (58 ms at 100 000 attempts,
    // 0.2 ms this way; docs/performance.md).
    return readAttempts(QLatin1String("WHERE a.id IN (SELECT id FROM attempts WHERE state IN (") +
                            placeholders(states.size()) + QLatin1String(")) ORDER BY a.id"),
                        values, error);
}

QList<Attempt> Journal::paidAttemptsWithoutReceipt(JournalError *error) const
{
    setError(error, {});
    return readAttempts(QLatin1String("WHERE a.state = ? AND NOT EXISTS (SELECT 1 FROM receipts r "
                                      "WHERE r.attempt_id = a.id AND r.copy_number = 0) "
                                      "ORDER BY a.id"),
                        {attemptStateKey(AttemptState::Paid)}, error);
}

QList<AttemptEvent> Journal::events(qint64 attemptId, JournalError *error) const
{
    setError(error, {});
    QList<AttemptEvent> out;
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("SELECT id, attempt_id, at, source, kind, from_state, to_state,"
                             " detail, body FROM events WHERE attempt_id = ? ORDER BY id"),
              {attemptId}, QStringLiteral("read events"), error)) {
        return out;
    }
    while (q.next()) {
        AttemptEvent e;
        e.id = q.value(0).toLongLong();
        e.attemptId = q.value(1).toLongLong();
        e.at = fromMs(q.value(2));
        e.source = eventSourceFromKey(q.value(3).toString()).value_or(EventSource::System);
        e.kind = q.value(4).toString();
        e.from = stateFrom(q.value(5));
        e.to = stateFrom(q.value(6));
        e.detail = q.value(7).toString();
        e.body = q.value(8).toByteArray();
        out << e;
    }
    if (q.lastError().isValid())
        setError(error, fail(q.lastError(), QStringLiteral("read events")));
    return out;
}

namespace {

struct Filter
{
    QString where; // "WHERE …" or empty
    QVariantList values;
};

Filter historyFilter(const HistoryQuery &query, const SqlDialect &dialect)
{
    QStringList clauses;
    Filter f;
    if (query.from.isValid()) {
        clauses << QStringLiteral("a.created_at >= ?");
        f.values << query.from.toMSecsSinceEpoch();
    }
    if (query.to.isValid()) {
        clauses << QStringLiteral("a.created_at < ?");
        f.values << query.to.toMSecsSinceEpoch();
    }
    if (!query.states.isEmpty()) {
        clauses << QLatin1String("a.state IN (") + placeholders(query.states.size()) +
                       QLatin1Char(')');
        for (AttemptState s : query.states)
            f.values << attemptStateKey(s);
    }
    if (query.channel) {
        clauses << QStringLiteral("a.channel = ?");
        f.values << channelKey(*query.channel);
    }
    if (const QString bill = query.billNo.trimmed(); !bill.isEmpty()) {
        clauses << dialect.likeInsensitive(QStringLiteral("a.bill_no"));
        f.values << SqlDialect::likePattern(bill);
    }
    if (const QString needle = customerNeedle(query.customer); !needle.isEmpty()) {
        clauses << dialect.likeInsensitive(QStringLiteral("a.customer_search"));
        f.values << SqlDialect::likePattern(needle);
    }
    if (query.training) {
        clauses << QStringLiteral("a.training = ?");
        f.values << (*query.training ? 1 : 0);
    }
    if (!clauses.isEmpty())
        f.where = QLatin1String("WHERE ") + clauses.join(QLatin1String(" AND ")) + QLatin1Char(' ');
    return f;
}

} // namespace

QList<Attempt> Journal::search(const HistoryQuery &query, JournalError *error) const
{
    setError(error, {});
    Filter f = historyFilter(query, m_dialect);
    f.values << std::clamp(query.limit, 1, MaxSearchLimit) << std::max(query.offset, 0);
    return readAttempts(f.where + QLatin1String("ORDER BY a.created_at DESC, a.id DESC"
                                                " LIMIT ? OFFSET ?"),
                        f.values, error);
}

int Journal::count(const HistoryQuery &query, JournalError *error) const
{
    setError(error, {});
    const Filter f = historyFilter(query, m_dialect);
    QSqlQuery q(m_db);
    if (!exec(q, QLatin1String("SELECT COUNT(*) FROM attempts a ") + f.where, f.values,
              QStringLiteral("count attempts"), error) ||
        !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

// ---- receipts ----------------------------------------------------------------------------------

std::optional<ReceiptRecord> Journal::addReceipt(qint64 attemptId, JournalError *error)
{
    if (refuseWrite(false, error))
        return std::nullopt;
    Transaction tx(*this);
    if (!tx.begin(error))
        return std::nullopt;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT bill_no, state FROM attempts WHERE id = ?"), {attemptId},
              QStringLiteral("find attempt"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setError(error, JournalError::attemptNotFound(attemptId));
        return std::nullopt;
    }
    if (q.value(1).toString() != attemptStateKey(AttemptState::Paid)) {
        setError(error, JournalError::receiptNeedsPaid(q.value(0).toString()));
        return std::nullopt;
    }
    q.finish();
    if (!exec(q,
              QStringLiteral("SELECT COALESCE(MAX(copy_number) + 1, 0) FROM receipts"
                             " WHERE attempt_id = ?"),
              {attemptId}, QStringLiteral("next receipt copy"), error) ||
        !q.next()) {
        return std::nullopt;
    }
    const int copy = q.value(0).toInt();
    q.finish();
    const qint64 now = nowMs();
    if (!exec(q,
              QStringLiteral("INSERT INTO receipts (attempt_id, copy_number, status, error,"
                             " pdf_path, created_at, updated_at) VALUES (?, ?, ?, '', '', ?, ?)") +
                  m_dialect.returningId(),
              {attemptId, copy, receiptStatusKey(ReceiptStatus::Queued), now, now},
              QStringLiteral("insert receipt"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setError(error, JournalError::other(QStringLiteral("no id for the new receipt")));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!tx.commit(error))
        return std::nullopt;
    return ReceiptRecord{id,        attemptId, copy,        ReceiptStatus::Queued,
                         QString(), QString(), fromMs(now), fromMs(now)};
}

bool Journal::updateReceipt(qint64 receiptId, ReceiptStatus status, const QString &problem,
                            const QString &pdfPath, JournalError *error)
{
    if (refuseWrite(false, error))
        return false;
    QSqlQuery q(m_db);
    if (!exec(q,
              QStringLiteral("UPDATE receipts SET status = ?, error = ?,"
                             " pdf_path = COALESCE(?, pdf_path), updated_at = ? WHERE id = ?"),
              {receiptStatusKey(status), text(problem),
               pdfPath.isNull() ? QVariant() : QVariant(pdfPath), nowMs(), receiptId},
              QStringLiteral("update receipt"), error)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setError(error, JournalError::receiptNotFound(receiptId));
        return false;
    }
    return true;
}

QList<ReceiptRecord> Journal::readReceipts(const QString &where, const QVariantList &values,
                                           JournalError *error) const
{
    QList<ReceiptRecord> out;
    QSqlQuery q(m_db);
    if (!exec(q,
              QLatin1String("SELECT id, attempt_id, copy_number, status, error, pdf_path,"
                            " created_at, updated_at FROM receipts ") +
                  where,
              values, QStringLiteral("read receipts"), error)) {
        return out;
    }
    while (q.next()) {
        out << ReceiptRecord{
            q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toInt(),
            receiptStatusFromKey(q.value(3).toString()).value_or(ReceiptStatus::Failed),
            q.value(4).toString(),
            q.value(5).toString(),
            fromMs(q.value(6)),
            fromMs(q.value(7))};
    }
    return out;
}

QList<ReceiptRecord> Journal::receipts(qint64 attemptId, JournalError *error) const
{
    setError(error, {});
    return readReceipts(QStringLiteral("WHERE attempt_id = ? ORDER BY copy_number"), {attemptId},
                        error);
}

QList<ReceiptRecord> Journal::unprintedReceipts(JournalError *error) const
{
    setError(error, {});
    return readReceipts(
        QStringLiteral("WHERE status IN (?, ?) ORDER BY id"),
        {receiptStatusKey(ReceiptStatus::Queued), receiptStatusKey(ReceiptStatus::Failed)}, error);
}

// ---- channel list ------------------------------------------------------------------------------

bool Journal::saveChannels(const QList<CachedChannel> &channels, const QDateTime &fetchedAt,
                           JournalError *error)
{
    if (refuseWrite(false, error))
        return false;
    Transaction tx(*this);
    if (!tx.begin(error))
        return false;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("DELETE FROM channels"), {}, QStringLiteral("clear channels"),
              error)) {
        return false;
    }
    const qint64 at = fetchedAt.isValid() ? fetchedAt.toMSecsSinceEpoch() : nowMs();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (!exec(q,
                  QStringLiteral("INSERT INTO channels (code, name, position, fetched_at)"
                                 " VALUES (?, ?, ?, ?)"),
                  {text(channels.at(i).code), text(channels.at(i).name), qint64(i), at},
                  QStringLiteral("save channel"), error)) {
            return false;
        }
    }
    return tx.commit(error);
}

ChannelCache Journal::cachedChannels(JournalError *error) const
{
    setError(error, {});
    ChannelCache cache;
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT code, name, fetched_at FROM channels ORDER BY position"),
              {}, QStringLiteral("read channels"), error)) {
        return cache;
    }
    while (q.next()) {
        cache.channels << CachedChannel{q.value(0).toString(), q.value(1).toString()};
        cache.fetchedAt = fromMs(q.value(2));
    }
    return cache;
}

// ---- products ----------------------------------------------------------------------------------

std::optional<QString> Journal::codeOwner(const QString &code, const QString &exceptSku,
                                          JournalError *error) const
{
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT sku FROM product_codes WHERE code = ? AND sku <> ?"),
              {code, exceptSku}, QStringLiteral("check product code"), error)) {
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toString();
    return QString();
}

bool Journal::writeProduct(const Product &product, bool *added, JournalError *error)
{
    for (const QString &code : product.codes) {
        const std::optional<QString> owner = codeOwner(code, product.sku, error);
        if (!owner)
            return false;
        if (!owner->isEmpty()) {
            setError(error, JournalError::barcodeTaken(code, *owner));
            return false;
        }
    }
    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {product.sku},
              QStringLiteral("find product"), error)) {
        return false;
    }
    *added = !q.next();
    q.finish();
    const QString upsert = m_dialect.upsert(
        QStringLiteral("products"),
        {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("name_search"),
         QStringLiteral("unit_price"), QStringLiteral("updated_at")},
        {QStringLiteral("sku")});
    if (!exec(q, upsert,
              {product.sku, product.name, text(product.name.toCaseFolded()),
               product.unitPrice.rupiah(), nowMs()},
              QStringLiteral("save product"), error) ||
        !exec(q, QStringLiteral("DELETE FROM product_codes WHERE sku = ?"), {product.sku},
              QStringLiteral("clear product codes"), error)) {
        return false;
    }
    QStringList seen;
    for (const QString &code : product.codes) {
        if (code.isEmpty() || seen.contains(code))
            continue;
        seen << code;
        if (!exec(q, QStringLiteral("INSERT INTO product_codes (code, sku) VALUES (?, ?)"),
                  {code, product.sku}, QStringLiteral("save product code"), error)) {
            return false;
        }
    }
    return true;
}

bool Journal::upsertProduct(const Product &product, JournalError *error)
{
    if (refuseWrite(false, error))
        return false;
    if (product.sku.trimmed().isEmpty() || product.sku.size() > MaxSkuLength ||
        product.name.trimmed().isEmpty() || product.name.size() > MaxProductNameLength ||
        product.unitPrice.isNegative() || product.unitPrice.rupiah() > Cart::MaxUnitPrice) {
        setError(
            error,
            JournalError::invalidInput(
                QStringLiteral("product %1: SKU, name or price out of range").arg(product.sku)));
        return false;
    }
    Transaction tx(*this);
    bool added = false;
    return tx.begin(error) && writeProduct(product, &added, error) && tx.commit(error);
}

QList<Product> Journal::readProducts(const QString &where, const QVariantList &values,
                                     JournalError *error) const
{
    QList<Product> out;
    QSqlQuery q(m_db);
    if (!exec(q, QLatin1String("SELECT sku, name, unit_price FROM products ") + where, values,
              QStringLiteral("read products"), error)) {
        return out;
    }
    while (q.next()) {
        out << Product{q.value(0).toString(),
                       q.value(1).toString(),
                       Money::fromRupiah(q.value(2).toLongLong()),
                       {}};
    }
    q.finish();
    for (Product &p : out) {
        if (!exec(q, QStringLiteral("SELECT code FROM product_codes WHERE sku = ? ORDER BY code"),
                  {p.sku}, QStringLiteral("read product codes"), error)) {
            return {};
        }
        while (q.next())
            p.codes << q.value(0).toString();
    }
    return out;
}

std::optional<Product> Journal::productBySku(const QString &sku, JournalError *error) const
{
    setError(error, {});
    const QList<Product> found = readProducts(QStringLiteral("WHERE sku = ?"), {sku}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<Product> Journal::productByCode(const QString &code, JournalError *error) const
{
    const QString c = code.trimmed();
    if (std::optional<Product> p = productBySku(c, error))
        return p;
    const QList<Product> found = readProducts(
        QStringLiteral("WHERE sku = (SELECT sku FROM product_codes WHERE code = ?)"), {c}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Product> Journal::searchProducts(const QString &text, int limit, JournalError *error) const
{
    setError(error, {});
    const QString t = text.trimmed();
    const int n = std::clamp(limit, 1, MaxSearchLimit);
    if (t.isEmpty())
        return readProducts(QStringLiteral("ORDER BY name_search, sku LIMIT ?"), {n}, error);
    QString skuPrefix = SqlDialect::likePattern(t);
    skuPrefix.remove(0, 1); // "text%": SKU starts with it
    return readProducts(
        QLatin1String("WHERE ") + m_dialect.likeInsensitive(QStringLiteral("name_search")) +
            QLatin1String(" OR ") + m_dialect.likeInsensitive(QStringLiteral("sku")) +
            QLatin1String(" OR sku IN (SELECT sku FROM product_codes WHERE"
                          " code = ?) ORDER BY name_search, sku LIMIT ?"),
        {SqlDialect::likePattern(t.toCaseFolded()), skuPrefix, t, n}, error);
}

std::optional<ProductImportReport> Journal::importProductsCsv(QIODevice &device,
                                                              JournalError *error)
{
    if (refuseWrite(false, error))
        return std::nullopt;
    if (!device.isReadable()) {
        setError(error, JournalError::invalidInput(QStringLiteral("the CSV file is not open")));
        return std::nullopt;
    }
    const QByteArray bytes = device.read(MaxCsvBytes + 1);
    if (bytes.size() > MaxCsvBytes) {
        setError(error, JournalError::invalidInput(QStringLiteral("the CSV file is over 32 MB")));
        return std::nullopt;
    }
    const ProductCsv csv = parseProductCsv(bytes);
    ProductImportReport report;
    report.rejected = csv.rejected;

    Transaction tx(*this);
    if (!tx.begin(error))
        return std::nullopt;
    for (const ProductCsvRow &row : csv.rows) {
        QString taken;
        QString owner;
        for (const QString &code : row.product.codes) {
            const std::optional<QString> o = codeOwner(code, row.product.sku, error);
            if (!o)
                return std::nullopt;
            if (!o->isEmpty()) {
                taken = code;
                owner = *o;
                break;
            }
        }
        if (!taken.isEmpty()) {
            report.rejected << RowRejection{
                row.line, TranslatableText("kasir::Journal",
                                           QT_TRANSLATE_NOOP("kasir::Journal",
                                                             "line %1: barcode %2 already belongs "
                                                             "to product %3"),
                                           {QString::number(row.line), taken, owner})};
            continue;
        }
        bool added = false;
        if (!writeProduct(row.product, &added, error))
            return std::nullopt;
        ++(added ? report.added : report.updated);
    }
    if (!tx.commit(error))
        return std::nullopt;
    std::stable_sort(report.rejected.begin(), report.rejected.end(),
                     [](const RowRejection &a, const RowRejection &b) { return a.line < b.line; });
    return report;
}

} // namespace kasir
