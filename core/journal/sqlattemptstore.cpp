#include "core/journal/sqlattemptstore.h"

#include "core/journal/journaldatabase.h"
#include "core/journal/redaction.h"
#include "core/journal/sqlrows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kasir {

using namespace sqlrows;

namespace {

// A response body larger than this (an HTML error page, say) is cut after redaction.
constexpr qsizetype MaxStoredBody = 256 * 1024;
constexpr int MaxSearchLimit = 10'000;

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

QList<AttemptState> nonTerminalStates()
{
    QList<AttemptState> states;
    for (AttemptState s : allAttemptStates()) {
        if (!isTerminal(s))
            states << s;
    }
    return states;
}

} // namespace

bool SqlAttemptStore::paymentsEnabled() const
{
    return !m_db.fault().isError();
}

TranslatableText SqlAttemptStore::disabledReason() const
{
    return m_db.fault().message;
}

// Inside the caller's transaction: the sequence of (terminal, day) advanced by one (from 1),
// and to at least `minimum`.
std::optional<qint64> SqlAttemptStore::nextBillSequence(const QString &terminal, QDate day,
                                                        qint64 minimum, JournalError *error)
{
    const QString dayKey = day.toString(Qt::ISODate);
    const qint64 floor = std::max<qint64>(1, minimum);
    QSqlQuery q = m_db.query();
    // CASE rather than MAX()/GREATEST(): the same text in SQLite and PostgreSQL.
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE bill_sequences SET last_value = CASE WHEN last_value + 1"
                                  " < ? THEN ? ELSE last_value + 1 END"
                                  " WHERE terminal = ? AND day = ?"),
                   {floor, floor, text(terminal), dayKey}, QStringLiteral("advance bill sequence"),
                   error)) {
        return std::nullopt;
    }
    if (q.numRowsAffected() == 0 &&
        !m_db.exec(q,
                   QStringLiteral("INSERT INTO bill_sequences (terminal, day, last_value)"
                                  " VALUES (?, ?, ?)"),
                   {text(terminal), dayKey, floor}, QStringLiteral("start bill sequence"), error)) {
        return std::nullopt;
    }
    if (!m_db.exec(
            q,
            QStringLiteral("SELECT last_value FROM bill_sequences WHERE terminal = ? AND day = ?"),
            {text(terminal), dayKey}, QStringLiteral("read bill sequence"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setJournalError(error, JournalError::other(QStringLiteral("bill sequence row missing")));
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<Attempt> SqlAttemptStore::createAttempt(const Attempt &draft,
                                                      const AttemptEvent &created, QDate day,
                                                      qint64 minimumSequence,
                                                      const BillNoMaker &makeBillNo,
                                                      JournalError *error)
{
    if (m_db.refuseWrite(true, error) || !m_db.enoughSpace(error))
        return std::nullopt;
    if (!day.isValid() || !makeBillNo) {
        setJournalError(error, JournalError::invalidInput(QStringLiteral(
                                   "createAttempt needs a day and a bill number maker")));
        return std::nullopt;
    }
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return std::nullopt;

    const std::optional<qint64> sequence =
        nextBillSequence(draft.terminal, day, minimumSequence, error);
    if (!sequence)
        return std::nullopt;
    QSqlQuery q = m_db.query();
    const QString billNo = makeBillNo(day, *sequence);
    if (billNo.isEmpty()) {
        setJournalError(error, JournalError::invalidInput(QStringLiteral("empty bill number")));
        return std::nullopt;
    }
    if (!m_db.exec(q, QStringLiteral("SELECT id FROM attempts WHERE bill_no = ?"), {billNo},
                   QStringLiteral("check bill number"), error)) {
        return std::nullopt;
    }
    if (q.next()) {
        setJournalError(error, JournalError::billNoTaken(
                                   billNo, QStringLiteral("bill_no %1 exists (attempt %2)")
                                               .arg(billNo, q.value(0).toString())));
        return std::nullopt;
    }
    q.finish();

    const qint64 now = m_db.nowMs();
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
        text(draft.gatewayHost),
        text(draft.merchantId),
    };
    JournalError e;
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT INTO attempts (bill_no, previous_attempt_id, state, channel,"
                           " channel_code, total, customer_search, terminal, cashier, training,"
                           " created_at, updated_at, bill_date, bill_expired, trx_id,"
                           " redirect_url, payment_status_code, payment_reff, payment_date,"
                           " response_code, reason, gateway_host, merchant_id) VALUES (") +
                placeholders(values.size()) + QLatin1Char(')') + m_db.dialect().returningId(),
            values, QStringLiteral("insert attempt"), &e)) {
        if (e.kind == JournalError::Conflict)
            e = JournalError::billNoTaken(billNo, e.detail);
        setJournalError(error, e);
        return std::nullopt;
    }
    if (!q.next()) {
        setJournalError(error, JournalError::other(QStringLiteral("no id for the new attempt")));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const QString orderJson =
        QString::fromUtf8(QJsonDocument(orderToJson(draft.order)).toJson(QJsonDocument::Compact));
    if (!m_db.exec(
            q, QStringLiteral("INSERT INTO attempt_orders (attempt_id, order_json) VALUES (?, ?)"),
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

std::optional<Attempt> SqlAttemptStore::transition(qint64 attemptId, AttemptState expectedFrom,
                                                   const Attempt &updated,
                                                   const AttemptEvent &event, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return std::nullopt;
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    const QVariantList values = {
        attemptStateKey(updated.state),
        textOrNull(updated.trxId),
        textOrNull(updated.redirectUrl),
        updated.paymentStatusCode >= 0 ? QVariant(updated.paymentStatusCode) : QVariant(),
        textOrNull(updated.paymentReff),
        msOrNull(updated.paymentDate),
        textOrNull(updated.responseCode),
        textOrNull(updated.reason),
        m_db.nowMs(),
        attemptId,
        attemptStateKey(expectedFrom),
    };
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE attempts SET state = ?, trx_id = ?, redirect_url = ?,"
                                  " payment_status_code = ?, payment_reff = ?, payment_date = ?,"
                                  " response_code = ?, reason = ?, updated_at = ?"
                                  " WHERE id = ? AND state = ?"),
                   values, QStringLiteral("update attempt"), error)) {
        return std::nullopt;
    }
    if (q.numRowsAffected() != 1) {
        if (!m_db.exec(q, QStringLiteral("SELECT bill_no, state FROM attempts WHERE id = ?"),
                       {attemptId}, QStringLiteral("read attempt state"), error)) {
            return std::nullopt;
        }
        if (!q.next()) {
            setJournalError(error, JournalError::attemptNotFound(attemptId));
        } else {
            setJournalError(error, JournalError::stateChanged(
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

bool SqlAttemptStore::appendEvent(qint64 attemptId, const AttemptEvent &event, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return false;
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM attempts WHERE id = ?"), {attemptId},
                   QStringLiteral("find attempt"), error)) {
        return false;
    }
    if (!q.next()) {
        setJournalError(error, JournalError::attemptNotFound(attemptId));
        return false;
    }
    q.finish();
    return insertEvent(attemptId, event, std::nullopt, std::nullopt, error) && tx.commit(error);
}

bool SqlAttemptStore::insertEvent(qint64 attemptId, const AttemptEvent &event,
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
    const QDateTime at = event.at.isValid() ? event.at : m_db.clock().now();
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO events (attempt_id, at, source, kind, from_state,"
                                    " to_state, detail, body, actor, approver)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {attemptId, at.toMSecsSinceEpoch(), eventSourceKey(event.source),
                      text(event.kind), stateOrNull(from), stateOrNull(to),
                      text(redactText(event.detail)), body.isEmpty() ? QVariant() : QVariant(body),
                      text(event.actor), text(event.approver)},
                     QStringLiteral("append event"), error);
}

std::optional<Attempt> SqlAttemptStore::readAttempt(const QString &where,
                                                    const QVariantList &values,
                                                    JournalError *error) const
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, attemptSelect() + QLatin1String("WHERE ") + where, values,
                   QStringLiteral("read attempt"), error)) {
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt; // not found: the caller names what was looked for
    return attemptFromRow(q);
}

std::optional<Attempt> SqlAttemptStore::attempt(qint64 id, JournalError *error) const
{
    JournalError e;
    std::optional<Attempt> a = readAttempt(QStringLiteral("a.id = ?"), {id}, &e);
    if (!a && !e.isError())
        e = JournalError::attemptNotFound(id);
    setJournalError(error, e);
    return a;
}

std::optional<Attempt> SqlAttemptStore::attemptByBillNo(const QString &billNo,
                                                        JournalError *error) const
{
    JournalError e;
    std::optional<Attempt> a = readAttempt(QStringLiteral("a.bill_no = ?"), {billNo}, &e);
    if (!a && !e.isError())
        e = JournalError::billNotFound(billNo);
    setJournalError(error, e);
    return a;
}

QList<Attempt> SqlAttemptStore::nonTerminalAttempts(JournalError *error) const
{
    setJournalError(error, {});
    const QList<AttemptState> states = nonTerminalStates();
    QVariantList values;
    for (AttemptState s : states)
        values << attemptStateKey(s);
    // The ids through the covering index attempts_state, then the rows by id: SQLite's planner
    // otherwise scans the whole table in id order to save a sort (58 ms at 100 000 attempts,
    // 0.2 ms this way; docs/performance.md).
    return readAttempts(m_db,
                        QLatin1String("WHERE a.id IN (SELECT id FROM attempts WHERE state IN (") +
                            placeholders(states.size()) + QLatin1String(")) ORDER BY a.id"),
                        values, error);
}

QList<AttemptEvent> SqlAttemptStore::events(qint64 attemptId, JournalError *error) const
{
    setJournalError(error, {});
    QList<AttemptEvent> out;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, attempt_id, at, source, kind, from_state, to_state,"
                                  " detail, body, actor, approver FROM events"
                                  " WHERE attempt_id = ? ORDER BY id"),
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
        e.actor = q.value(9).toString();
        e.approver = q.value(10).toString();
        out << e;
    }
    if (q.lastError().isValid())
        setJournalError(error, m_db.fail(q.lastError(), QStringLiteral("read events")));
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

QList<Attempt> SqlAttemptStore::search(const HistoryQuery &query, JournalError *error) const
{
    setJournalError(error, {});
    Filter f = historyFilter(query, m_db.dialect());
    f.values << std::clamp(query.limit, 1, MaxSearchLimit) << std::max(query.offset, 0);
    return readAttempts(m_db,
                        f.where + QLatin1String("ORDER BY a.created_at DESC, a.id DESC"
                                                " LIMIT ? OFFSET ?"),
                        f.values, error);
}

int SqlAttemptStore::count(const HistoryQuery &query, JournalError *error) const
{
    setJournalError(error, {});
    const Filter f = historyFilter(query, m_db.dialect());
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QLatin1String("SELECT COUNT(*) FROM attempts a ") + f.where, f.values,
                   QStringLiteral("count attempts"), error) ||
        !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

} // namespace kasir
