#pragma once

#include "core/common/translatabletext.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kasir::faspay {

// Part B §9.1 `payment_status_code` (notification, status inquiry, cancel). 6 is not defined.
enum class PaymentStatus {
    Unprocessed = 0,
    InProcess = 1,
    Success = 2,
    Failed = 3,
    Reversed = 4,
    NoBills = 5,
    Expired = 7,
    Cancelled = 8,
    Unknown = 9,
};

QList<PaymentStatus> allPaymentStatuses();
// Tolerant reading of the wire value: surrounding spaces and leading zeros are accepted ("2",
// " 2", "02"); anything else, including "6", "", "2.0", "paid", is nullopt.
std::optional<PaymentStatus> paymentStatusFromText(QStringView text);
// The wire form: "0" ... "9".
QString paymentStatusCode(PaymentStatus status);
// What the status means for the sale and what the cashier does next.
TranslatableText paymentStatusText(PaymentStatus status);

// Part B §9.2 response codes. "00" is success; a one-digit code is read with a leading zero.
// A one-digit code with its leading zero, surrounding blanks removed (" 0" -> "00").
QString normalizedResponseCode(QStringView code);
QStringList knownResponseCodes();
bool isKnownResponseCode(QStringView code);
// What happened and what to do next. An unknown code gets a generic message that names it.
TranslatableText responseCodeText(QStringView code);
// Short English name of a code as in Faspay's table ("Invalid order"), for logs and the
// `response_desc` of acknowledgements; the code itself for unknown codes.
QString responseCodeName(QStringView code);
// 55 (wrong user/password), 56 and 63 (security violation / unknown IP or account not active;
// Faspay's pages swap the two, Part B U4): the merchant's configuration is wrong, so every
// following request would fail the same way. The caller raises a configuration alarm.
bool isConfigurationError(QStringView code);
// Post Data answers after which Faspay may hold the bill all the same (Part A §12): 14 (invalid
// order: the bill_no is already known), 66 (internal error), 81 (already paid) and 96 (system
// malfunction). The attempt is Unknown, never Rejected, and the bill_no is never posted again.
bool postAnswerMayHaveCreatedBill(QStringView code);

} // namespace kasir::faspay
