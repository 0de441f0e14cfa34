#pragma once

#include "core/faspay/codes.h"
#include "core/faspay/responses.h"
#include "core/faspay/signature.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kasir::faspay {

// Part A §13: the receiver refuses bodies larger than this before parsing them.
constexpr qsizetype MaxNotificationBytes = 64 * 1024;

// A Payment Notification (Part B §12) as Faspay sent it. Text fields are kept as received
// (trimmed): `paymentStatusCode` and `billNo` feed the signature exactly.
struct PaymentNotification
{
    enum Format { Json, Xml };

    QString request; // "Payment Notification"
    QString trxId;
    QString merchantId;
    QString merchant;
    QString billNo;
    QString paymentReff;
    QString paymentDate; // "yyyy-MM-dd HH:mm:ss" WIB
    QString paymentStatusCode;
    QString paymentStatusDesc;
    QString billTotal;    // whole rupiah in practice (Part B §2.4): returnedAmountMatches
    QString paymentTotal; // idem
    QString paymentChannelUid;
    QString paymentChannel;
    QString signature;
    Format format = Json; // the format it arrived in; the acknowledgement answers in the same

    // nullopt for a code outside Part B §9.1 (the notification still parses: it only ever
    // triggers an inquiry, Part A §12).
    std::optional<PaymentStatus> status() const { return paymentStatusFromText(paymentStatusCode); }
    std::optional<QDateTime> paymentDateTime() const;

    bool operator==(const PaymentNotification &) const = default;
};

// Reads a JSON object or an XML <faspay>...</faspay> document (Part A §13, Part B U13: the portal
// lets the merchant choose). Refused with a typed error: empty bodies, bodies over 64 KiB
// (TooLarge), anything else than those two shapes (NotJson / NotObject / NotXml), XML with a
// DOCTYPE (DtdRefused: no entity is ever declared, so none is expanded), a field that is a list
// or a structure, a field repeated in XML (WrongType), and a notification without trx_id,
// merchant_id, bill_no, payment_status_code (one digit) or signature (MissingField / WrongType).
// Parsing is not trusting: call verifyNotification before acting on it.
Parsed<PaymentNotification> parseNotification(const QByteArray &body);

// merchant_id equals ours and the signature equals sha1(md5(user_id + password + bill_no +
// payment_status_code)), compared in constant time. False when the credentials are incomplete.
bool verifyNotification(const PaymentNotification &notification, const Credentials &credentials);

// The merchant's answer (Part A §13, Part B §12.1), in the format the notification came in:
// response "Payment Notification", trx_id, merchant_id, merchant, bill_no (echoed), response_code,
// response_desc ("Sukses" for "00", otherwise Faspay's name of the code) and response_date (now,
// WIB).
QByteArray notificationAcknowledgement(const PaymentNotification &notification,
                                       const QDateTime &now,
                                       const QString &responseCode = QStringLiteral("00"));

// The body Faspay would send for this notification (every field, `request` defaulting to
// "Payment Notification"). The training sandbox uses it; parseNotification reads it back.
QByteArray notificationBody(const PaymentNotification &notification,
                            PaymentNotification::Format format);

} // namespace kasir::faspay
