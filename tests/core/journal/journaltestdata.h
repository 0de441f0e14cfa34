#pragma once

// Shared by the journal tests and journal_helper: a realistic order and attempt.

#include "core/attempt/attempt.h"
#include "core/journal/journal.h"
#include "core/order/order.h"

#include <QFile>

namespace kasir::testdata {

inline Order sampleOrder()
{
    QFile f(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample order missing");
    const OrderParseResult r = parseOrderJson(f.readAll());
    if (!r.order)
        qFatal("sample order unreadable");
    return *r.order;
}

// The sample order as customer n's own sale (another phone, e-mail and cart), for tests that
// keep several bills open at once: one sale or one customer has at most one payable bill.
inline Order sampleOrderOfCustomer(int n)
{
    Order order = sampleOrder();
    order.cart.lines.first().qty += n;
    order.customer.phone = QStringLiteral("08127777%1").arg(n, 4, 10, QLatin1Char('0'));
    order.customer.email = QStringLiteral("buyer%1@example.com").arg(n);
    return order;
}

inline Attempt draftAttempt(const Order &order = sampleOrder(),
                            AttemptState state = AttemptState::Sending)
{
    Attempt a;
    a.state = state;
    a.order = order;
    a.channelCode = QStringLiteral("709");
    a.total = order.cart.totals().total;
    a.billDate = QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC);
    a.billExpired = a.billDate.addSecs(3600);
    a.terminal = QStringLiteral("T01");
    a.cashier = QStringLiteral("sari");
    return a;
}

inline AttemptEvent makeEvent(const QString &kind, EventSource source = EventSource::System,
                              const QString &detail = {}, const QByteArray &body = {})
{
    AttemptEvent e;
    e.kind = kind;
    e.source = source;
    e.detail = detail;
    e.body = body;
    return e;
}

// T01 + yyMMdd + 4-digit sequence: "T012611230001".
inline QString billNo(QDate day, qint64 sequence)
{
    return QStringLiteral("T01") + day.toString(QStringLiteral("yyMMdd")) +
           QString::number(sequence).rightJustified(4, QLatin1Char('0'));
}

} // namespace kasir::testdata
