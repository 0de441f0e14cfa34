#pragma once

#include "core/faspay/signature.h"

#include <QHostAddress>
#include <QString>
#include <QUrl>

namespace kasir {

// How the training sandbox presents itself. The defaults give a working training gateway on
// loopback; `kasir sandbox` and the tests override what they need.
struct SandboxConfig
{
    enum class NotificationFormat { Json, Xml };

    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port
    // The address customers' browsers use (redirect_url, return URL), e.g. the counter's LAN
    // address when a phone scans the QR. Empty: http://address:port.
    QUrl publicBaseUrl;

    // Training credentials: not a real Faspay merchant.
    QString merchantId = QStringLiteral("77777");
    QString merchantName = QStringLiteral("TOKO LATIHAN");
    QString userId; // empty: "bot" + merchantId
    QString password = QStringLiteral("latihan-kasir");

    // Payment notifications (Part B §12): none when empty.
    QUrl notificationUrl;
    NotificationFormat notificationFormat = NotificationFormat::Json;
    int notificationRetryMs = 1000; // between tries when not acknowledged with "00"
    int notificationMaxTries = 3;   // Faspay: "retried up to 3 times"
    int notificationTimeoutMs = 10000;

    // Where the lender sends the browser back (Part B §13). Empty: the sandbox's own page,
    // {base}/kasir/return.
    QUrl returnUrl;

    // BRI Ceria's code is not published as such (Part A §10): the sandbox publishes it under
    // this one, by default the seed's 721.
    QString briCeriaCode = QStringLiteral("721");

    // bill_date must be within this many seconds of the sandbox's clock (in WIB): catches a
    // client that sends UTC or local time instead of Jakarta time. <= 0: not checked.
    int billDateToleranceSecs = 600;

    // Real Faspay accepts forms that Kasir never sends (Part A §15): JSON as text/plain, another
    // `request` label, payment_status_code / payment_status_desc in an inquiry, a bill_date in
    // the caller's local time. false (what `kasir sandbox` serves other programs): accepted,
    // each with a warning on the "kasir.sandbox" log. true (Kasir's own tests and training
    // mode): refused like any other mistake, so that Kasir can never come to rely on them.
    bool strict = false;

    // Amounts in answers (inquiry payment_total, notification bill_total/payment_total, return
    // URL bill_total) are whole rupiah, as real notifications carry them (Part B §2.4). true
    // sends them x 100 instead, to test a client's tolerance of both (Part A §4).
    bool answerAmountsTimes100 = false;

    // Request limits of the HTTP server.
    qint64 maxBodyBytes = 64 * 1024;

    // /sandbox/... admin endpoints (faults, approve/decline, introspection), loopback only.
    bool adminEndpoints = true;

    faspay::Credentials credentials() const
    {
        return faspay::Credentials{merchantId, merchantName, userId, password};
    }
};

} // namespace kasir
