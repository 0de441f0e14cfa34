#pragma once

#include "core/faspay/codes.h"
#include "core/faspay/signature.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace kasir::faspay {

// The query of the browser redirect back to the merchant's Return URL (Part B §13). It only ever
// triggers an immediate status inquiry (Part A §12): never a state change by itself.
struct ReturnUrlParams
{
    QString trxId;
    QString merchantId;
    QString merchant;
    QString billNo;
    QString billRef; // spelled `bill_ref` in the URL (`bill_reff` also read)
    QString billTotal;
    QString paymentReff;
    QString paymentDate;
    QString bankUserName;
    QString status; // payment status code, one digit
    QString signature;

    std::optional<PaymentStatus> paymentStatus() const { return paymentStatusFromText(status); }
    bool operator==(const ReturnUrlParams &) const = default;
};

// Reads the query, decoding both %XX and '+' (form encoding: "FASPAY+STORE" is "FASPAY STORE").
// nullopt when merchant_id, bill_no, status (one digit) or signature is missing, or when a key
// appears twice with different values (which one would be signed?).
std::optional<ReturnUrlParams> parseReturnUrl(const QUrl &url);

// merchant_id equals ours and signature = sha1(md5(user_id + password + bill_no + status)),
// compared in constant time.
bool verifyReturnUrl(const ReturnUrlParams &params, const Credentials &credentials);

// `base` with the parameters appended to its query, signed with `credentials` (params.signature
// is ignored). Values are percent-encoded, '+' as %2B and spaces as %20, so that parseReturnUrl
// reads back exactly what went in. For the training sandbox.
QUrl buildReturnUrl(const QUrl &base, const ReturnUrlParams &params,
                    const Credentials &credentials);

} // namespace kasir::faspay
