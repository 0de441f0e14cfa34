#pragma once

#include "core/common/translatabletext.h"
#include "core/faspay/signature.h"
#include "core/order/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace kasir::faspay {

// Request bodies of the four Debit API calls (Part A; Part B §4, §5, §7, §8). Every value is a
// JSON string (Part A §2). Builders only build: sending is FaspayClient's job.

// The `request` texts Kasir sends (free text for Faspay; Part B §2.2).
inline QString channelInquiryRequestText()
{
    return QStringLiteral("Request List of Payment Gateway");
}
inline QString postDataRequestText()
{
    return QStringLiteral("Post Data Transaction");
}
inline QString statusInquiryRequestText()
{
    return QStringLiteral("Inquiry Payment Status");
}
inline QString cancelRequestText()
{
    return QStringLiteral("Canceling Payment");
}

// Part A §7: bill_expired is after bill_date and at most this much later.
constexpr qint64 MaxBillLifetimeSecs = 30LL * 24 * 3600;

// Payment Channel Inquiry: request, merchant_id, merchant, signature (user_id + password).
QJsonObject buildChannelInquiry(const Credentials &credentials);

struct PostDataParams
{
    Order order;
    QString billNo;        // makeBillNo(); checked with isValidBillNo
    QDateTime billDate;    // any time spec; sent as WIB
    QDateTime billExpired; // after billDate, at most 30 days later
    QString channelCode;   // from ChannelCatalog::code(order.channel): digits
};

struct BuiltRequest
{
    QJsonObject body;   // empty when errors is not
    FieldErrors errors; // order-file field paths, plus bill_no, bill_date, bill_expired,
                        // channel and credentials
    bool ok() const { return errors.isEmpty() && !body.isEmpty(); }
};

// Post Data Transaction, exactly as Part A §4-§11 say. validateOrder() runs first and its
// errors come back unchanged (nothing is built); then the request's own checks: credentials
// complete, bill_no valid, bill dates valid with bill_expired after bill_date and at most 30
// days later, channel code digits and consistent with the order's channel (a published code
// must match; BRI Ceria must not use another lender's code), every product name non-empty on
// the wire. Lines: one per cart line (id = SKU, product = wireProductName, qty, amount = UNIT
// price x 100), one per fee kind (fees of one kind merged, zero fees left out; product = the
// English fee label), one `discount` line with qty "1" and a positive amount. Before returning,
// the built body is read back and Part A §5's invariant is checked on the wire values:
// sum(amount x qty, all lines but discount) - discount = bill_total = bill_gross + bill_miscfee.
BuiltRequest buildPostData(const Credentials &credentials, const PostDataParams &params);

// Inquiry Payment Status: request, trx_id, merchant_id, bill_no, signature (bill).
QJsonObject buildStatusInquiry(const Credentials &credentials, const QString &trxId,
                               const QString &billNo);

// Cancel Transaction: request, trx_id, merchant_id, merchant, bill_no, payment_cancel (the
// reason as wire text, at most 50 characters; "Cancelled at the counter" when empty),
// signature (bill).
QJsonObject buildCancel(const Credentials &credentials, const QString &trxId, const QString &billNo,
                        const QString &reason);

} // namespace kasir::faspay
