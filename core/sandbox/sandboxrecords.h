#pragma once

#include "core/money/money.h"
#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/sandboxfaults.h"

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>

namespace kasir {

// What the training sandbox knows and did, for tests, the chaos driver and the admin endpoint.
// All times are UTC, from the sandbox's Clock.

// Faspay's payment_status_code values (Part B §9.1).
namespace SandboxStatus {
constexpr int Unprocessed = 0;
constexpr int InProcess = 1;
constexpr int Paid = 2;
constexpr int Failed = 3;
constexpr int Reversed = 4;
constexpr int NoBill = 5;
constexpr int Expired = 7;
constexpr int Cancelled = 8;
constexpr int Unknown = 9;
} // namespace SandboxStatus

// payment_status_desc as the sandbox sends it ("Belum diproses", "Payment Sukses", ...).
QString sandboxStatusDescription(int paymentStatus);

// One bill created by a post-data request.
struct SandboxBill
{
    QString billNo;
    QString billReff;
    QString trxId;
    QString channelCode;  // "709", "807", "820" or the configured BRI Ceria code
    QString channelName;  // "Kredivo", ...
    QString customerName; // cust_name: bank_user_name in the return URL
    QString msisdn;
    QString reserve2;    // as posted (Kredivo's tenor)
    QString chosenTenor; // as confirmed on the lender page (Kredivo), else reserve2
    Money total;         // bill_total in whole rupiah
    QDateTime billDate;
    QDateTime expiresAt;
    QDateTime createdAt;
    int paymentStatus = SandboxStatus::Unprocessed;
    QString paymentReff;
    QDateTime paymentDate;
    QString cancelReason;
    QDateTime cancelledAt;
    QJsonObject request; // the post-data body as received
};

// One request the sandbox answered (or chose not to).
struct SandboxRequestRecord
{
    QDateTime at;
    QHostAddress peer;
    QString method;
    QString path;
    SandboxOperation operation = SandboxOperation::Other;
    QString billNo;       // when the request named one
    int httpStatus = 0;   // 0: no answer (hang, reset)
    QString responseCode; // Faspay response_code of the answer, when it had one
    QString description;  // response_desc, or what happened
    QString fault;        // the fault applied, in spec syntax; empty if none
};

// One try at delivering a payment notification.
struct NotificationDelivery
{
    enum class Kind { Genuine, Duplicate, OutOfOrder, Forged };

    Kind kind = Kind::Genuine;
    QString billNo;
    QString statusCode; // payment_status_code it carried
    SandboxConfig::NotificationFormat format = SandboxConfig::NotificationFormat::Json;
    int attempt = 1; // 1-based try of this notification
    QDateTime at;
    QByteArray body;
    int httpStatus = 0; // 0: no HTTP answer
    QString networkError;
    QByteArray responseBody;
    bool acknowledged = false; // answered with response_code "00" in the notification's format
    QString problem;           // why it does not count as acknowledged
};

QString notificationKindKey(NotificationDelivery::Kind kind); // "genuine", "duplicate", ...

} // namespace kasir

Q_DECLARE_METATYPE(kasir::SandboxBill)
Q_DECLARE_METATYPE(kasir::SandboxRequestRecord)
Q_DECLARE_METATYPE(kasir::NotificationDelivery)
