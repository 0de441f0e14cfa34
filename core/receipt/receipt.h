#pragma once

#include "core/cart/cart.h"
#include "core/money/money.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kasir {

struct Attempt;

// The counter a receipt is printed at (settings, not the sale).
struct StoreInfo
{
    QString name;
    QString address; // may hold line breaks
    QString terminal;
    QString cashier;
};

struct ReceiptLine
{
    QString name;
    qint64 qty = 0;
    Money unitPrice;
    Money lineTotal;
    bool operator==(const ReceiptLine &) const = default;
};

struct ReceiptFee
{
    FeeKind kind = FeeKind::Shipping; // printed with receiptFeeLabel()
    Money amount;
    bool operator==(const ReceiptFee &) const = default;
};

// Everything one printed receipt shows, already decided: every layout (text, ESC/POS, painted)
// only arranges these values. Times are UTC and shown in WIB (UTC+7, no daylight saving).
struct ReceiptData
{
    QString storeName;
    QString storeAddress;
    QString terminal;
    QString cashier;

    QString billNo;
    QDateTime saleTime; // UTC: when the bill was made

    QList<ReceiptLine> lines;
    Money subtotal; // sum of the lines
    Money discount; // positive: taken off the subtotal
    QList<ReceiptFee> fees;
    Money total; // what was charged (bill_total)

    QString channelName; // "Kredivo", "Akulaku", "Indodana", "BRI Ceria"
    QString tenorLabel;  // Kredivo only, bilingual ("3 bulan / 3 months"); empty otherwise
    QString trxId;
    QString paymentReff;
    QDateTime paymentTime; // UTC; invalid when the channel gave none

    bool training = false; // made against the training sandbox: not a real sale
    // A supervisor settled it by hand (Attempt::reason "supervisor"): Faspay never confirmed it,
    // and the receipt must not look like one that it did. Who settled it and why come from the
    // supervisor's event (ReceiptService fills them; empty when the event names nobody).
    bool settledByHand = false;
    QString settledBy;
    QString settledReason;

    // Where the bill was posted (Attempt::gatewayHost, merchantId; empty on old attempts), and
    // whether that host is not one of Faspay's published ones (never set in training, which is
    // marked on its own).
    QString gatewayHost;
    QString merchantId;
    bool notFaspay = false;
    int copyNumber = 0; // 0: the original; n >= 1: the n-th reprint, marked as a copy

    // The QR on the receipt: see receiptLookupPayload().
    QString lookupPayload() const;

    bool operator==(const ReceiptData &) const = default;
};

// The receipt of a paid attempt. The cashier and terminal recorded on the attempt win over the
// store's current ones (a reprint shows who made the sale); copyNumber below 0 counts as 0.
ReceiptData receiptFromAttempt(const Attempt &attempt, const StoreInfo &store, int copyNumber);

// Receipt lookup code, printed as a QR so that a scanner at any counter finds the sale:
//
//     KASIR:<bill_no>:<trx_id>        e.g. KASIR:KSR0126112300042:3183540500001234
//
// ASCII only; bill_no is 1-16 [A-Za-z0-9] (faspay/billno.h), trx_id is Faspay's opaque id,
// 1-32 [A-Za-z0-9] (16 digits today), empty while none is known. The fixed "KASIR:" prefix tells
// it from a payment link; a later format gets another prefix ("KASIR2:"), never a changed one.
struct ReceiptLookup
{
    QString billNo;
    QString trxId;
    bool operator==(const ReceiptLookup &) const = default;
};
QString receiptLookupPayload(const QString &billNo, const QString &trxId);
std::optional<ReceiptLookup> parseReceiptLookupPayload(QStringView payload);

// "23/11/2026 10:05 WIB" for a UTC (or any zoned) time; empty for an invalid one.
QString formatReceiptTime(const QDateTime &time);

} // namespace kasir
