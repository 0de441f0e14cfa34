#include "core/journal/sqlrows.h"

#include "core/journal/journaldatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace kasir::sqlrows {

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

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
    // The version check keeps a newer program's keys out, but if one comes the attempt goes
    // to a person.
    return attemptStateFromKey(v.toString()).value_or(AttemptState::NeedsAttention);
}

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}

const QString &attemptSelect()
{
    static const QString sql = QStringLiteral(
        "SELECT a.id, a.bill_no, a.previous_attempt_id, a.state, a.channel_code, a.total,"
        " a.terminal, a.cashier, a.training, a.created_at, a.updated_at, a.bill_date,"
        " a.bill_expired, a.trx_id, a.redirect_url, a.payment_status_code, a.payment_reff,"
        " a.payment_date, a.response_code, a.reason, o.order_json, a.gateway_host, a.merchant_id"
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
    a.gatewayHost = q.value(21).toString();
    a.merchantId = q.value(22).toString();
    const OrderParseResult order = parseOrderJson(q.value(20).toString().toUtf8());
    if (order.order)
        a.order = *order.order;
    else
        qWarning("kasir journal: the order of attempt %lld cannot be read", a.id);
    return a;
}

QList<Attempt> readAttempts(const JournalDatabase &db, const QString &tail,
                            const QVariantList &values, JournalError *error)
{
    QList<Attempt> out;
    QSqlQuery q = db.query();
    if (!db.exec(q, attemptSelect() + tail, values, QStringLiteral("read attempts"), error))
        return out;
    while (q.next())
        out << attemptFromRow(q);
    if (q.lastError().isValid())
        setJournalError(error, db.fail(q.lastError(), QStringLiteral("read attempts")));
    return out;
}

} // namespace kasir::sqlrows
