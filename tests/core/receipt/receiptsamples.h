#pragma once

// Realistic receipts for the receipt tests: a paid Kredivo sale at a phone shop in Semarang.

#include "core/attempt/attempt.h"
#include "core/receipt/receipt.h"

#include <QTimeZone>

namespace kasir::test {

inline StoreInfo sampleStore()
{
    return StoreInfo{QStringLiteral("Toko Sinar Jaya Ponsel"),
                     QStringLiteral("Jl. Pemuda No. 118, Semarang 50132\nTelp. (024) 3545 871"),
                     QStringLiteral("K01"), QStringLiteral("Dewi Lestari")};
}

// Two items, a shipping fee and a discount: 3 299 000 + 2 x 75 000 - 100 000 + 25 000.
inline Attempt sampleAttempt(Channel channel = Channel::Kredivo,
                             KredivoTenor tenor = KredivoTenor::Months3)
{
    Attempt a;
    a.id = 42;
    a.billNo = QStringLiteral("K01261123000042");
    a.state = AttemptState::Paid;
    a.order.channel = channel;
    a.order.tenor = tenor;
    a.order.cart.lines << LineItem{QStringLiteral("SM-A155F"),
                                   QStringLiteral("Samsung Galaxy A15 8/256GB Biru Tua"), 1,
                                   Money::fromRupiah(3'299'000)}
                       << LineItem{QStringLiteral("TG-A15"),
                                   QStringLiteral("Tempered glass + casing bening A15"), 2,
                                   Money::fromRupiah(75'000)};
    a.order.cart.setFee(FeeKind::Shipping, Money::fromRupiah(25'000));
    a.order.cart.discount = Money::fromRupiah(100'000);
    a.total = Money::fromRupiah(3'374'000);
    a.createdAt = QDateTime(QDate(2026, 11, 23), QTime(3, 12, 5), QTimeZone::utc());
    a.billDate = a.createdAt;
    a.trxId = QStringLiteral("3183540500001234");
    a.paymentReff = QStringLiteral("KRD2611230000871");
    a.paymentDate = QDateTime(QDate(2026, 11, 23), QTime(3, 15, 40), QTimeZone::utc());
    a.terminal = QStringLiteral("K01");
    a.cashier = QStringLiteral("Dewi Lestari");
    return a;
}

inline ReceiptData sampleReceipt(Channel channel = Channel::Kredivo, bool training = false,
                                 int copyNumber = 0)
{
    Attempt a = sampleAttempt(channel);
    a.training = training;
    return receiptFromAttempt(a, sampleStore(), copyNumber);
}

} // namespace kasir::test
