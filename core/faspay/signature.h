#pragma once

#include <QByteArray>
#include <QString>

namespace kasir::faspay {

// Merchant credentials for Faspay's Debit API. The password never leaves this process except as
// part of a signature, and is never written to settings, the journal or logs.
struct Credentials
{
    QString merchantId;   // 5 digits ("BOI")
    QString merchantName; // A(32)
    QString userId;       // empty: "bot" + merchantId
    QString password;

    QString effectiveUserId() const
    {
        return userId.isEmpty() ? QStringLiteral("bot") + merchantId : userId;
    }
    bool isComplete() const { return !merchantId.isEmpty() && !password.isEmpty(); }
};

// Part A §3: lowercase hex sha1(lowercase hex md5(concatenation)).
QString signatureOf(QStringView concatenation);

// Payment Channel Inquiry: user_id + password.
QString channelInquirySignature(const Credentials &credentials);
// Post Data, Inquiry Payment Status, Cancel, redirect: user_id + password + bill_no.
QString billSignature(const Credentials &credentials, QStringView billNo);
// Payment notification and return URL: user_id + password + bill_no + payment status code.
QString statusSignature(const Credentials &credentials, QStringView billNo, QStringView statusCode);

// Constant-time comparison of a received signature with the expected one (case-insensitive hex,
// as Faspay sends lowercase but a proxy might not). Different lengths compare unequal without
// leaking where they differ.
bool signaturesEqual(QStringView received, QStringView expected);

} // namespace kasir::faspay
