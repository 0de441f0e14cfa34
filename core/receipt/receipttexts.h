#pragma once

#include "core/cart/cart.h"
#include "core/order/order.h"

#include <QString>

namespace kasir {

// The fixed texts printed on receipts. Receipts in Indonesia commonly carry both languages, and
// a receipt is a document, not a screen: it must read the same whatever language the window
// uses. So these are data in one table (receipttexts.cpp), not tr().
enum class ReceiptText {
    BillNo,
    Date,
    Cashier,
    Terminal,
    Subtotal,
    Discount,
    Total,
    Payment,
    Tenor,
    TrxId,
    PaymentReff,
    PaidAt,
    Training,          // "TRAINING / LATIHAN"
    TrainingNote,      // says that no money moved
    SettledByHand,     // a supervisor settled it: Faspay did not confirm it
    SettledByHandNote, // what that means for the customer
    Copy,              // "SALINAN / COPY #%1"
    Gateway,           // the gateway host the bill was posted to
    Merchant,          // the merchant id it was posted under
    NotFaspay,         // the gateway is not one of Faspay's published hosts
    NotFaspayNote,     // what that means
    SettledBy,         // the supervisor who settled it
    SettledReason,     // the supervisor's reason
    ScanToLookUp,
    ThankYou,
};

// Narrow paper (58 mm, 32 columns) gets shorter labels where the full one would push its value
// onto a line of its own.
enum class ReceiptTextForm { Full, Compact };

QString receiptText(ReceiptText text, ReceiptTextForm form = ReceiptTextForm::Full);
// "SALINAN / COPY #n".
QString receiptCopyMark(int copyNumber);
// "Ongkos kirim / Shipping" and so on.
QString receiptFeeLabel(FeeKind kind, ReceiptTextForm form = ReceiptTextForm::Full);
// "3 bulan / 3 months" and so on.
QString receiptTenorLabel(KredivoTenor tenor);

} // namespace kasir
