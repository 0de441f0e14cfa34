#pragma once

#include "core/faspay/signature.h"
#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/sandboxfaults.h"
#include "core/sandbox/sandboxlog.h"
#include "core/sandbox/sandboxrecords.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace kasir {

class Clock;
class LenderFlow;
class SandboxLedger;
class SandboxServer;

// An embedded fake of Faspay's Debit API for the online-credit channels, with the lender pages a
// customer sees after following redirect_url: Kasir's training mode (no Faspay account needed)
// and the gateway of its integration tests.
//
// It is at least as strict as Part A of docs/faspay-debit-api.md, so that a client mistake fails
// here rather than at a store: see SandboxRequestChecker for what is refused with which
// response code. What real Faspay tolerates beyond Part A (§15) it accepts with a warning, or
// refuses as well when SandboxConfig::strict. Listens on loopback (port 0 = any) over Qt
// HttpServer with a 64 KiB body limit.
//
//   POST /cvr/100001/10   Payment Channel Inquiry: Kredivo 709, Akulaku 807, Indodana 820,
//                         BRI Ceria (SandboxConfig::briCeriaCode, 721)
//   POST /cvr/300011/10   Post Data Transaction: trx_id (16 digits, merchant id first) and
//                         redirect_url
//                         {base}/pws/100003/0830000010100000/{sig}?trx_id&merchant_id&bill_no
//   POST /cvr/100004/10   Inquiry Payment Status (unknown bill: payment_status_code 5)
//   POST /cvr/100005/10   Cancel: unpaid -> 8 (00), paid -> 81, expired -> 54
//   GET/POST /pws/100003/0830000010100000/{sig}   lender pages: sign in, OTP, (Kredivo) tenor,
//                         approve / decline -> notification + 302 to the return URL
//   GET  /kasir/return    default return page
//   /sandbox/...          admin, loopback only (see SandboxServer::handleAdmin)
//
// Answers carry amounts in whole rupiah (inquiry payment_total, notification and return URL
// bill_total/payment_total), like real notifications (Part B §2.4), unless
// SandboxConfig::answerAmountsTimes100. Bills expire at bill_expired by the injected Clock.
//
// This class puts three parts together and is what its users hold:
//   SandboxLedger   the bills and the four calls as request -> answer functions (no HTTP)
//   SandboxServer   HTTP: listening, routing, reading the JSON, request faults, the records,
//                   the admin endpoint
//   LenderFlow      the lender pages, approve / decline, the notifications and their faults
// with the faults waiting to happen (SandboxFaultRules) shared by the last two.
class TrainingSandbox : public QObject
{
    Q_OBJECT

public:
    // `clock` and `network` (for notifications) must outlive the sandbox.
    TrainingSandbox(SandboxConfig config, const Clock *clock, QNetworkAccessManager *network,
                    QObject *parent = nullptr);
    ~TrainingSandbox() override;

    // Listening
    bool start(); // false: see errorString()
    void stop();  // closes the listener and every open connection
    bool isListening() const;
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:port, or SandboxConfig::publicBaseUrl
    // Where payment notifications go from now on (SandboxConfig::notificationUrl), for a
    // receiver that only listens once the sandbox runs.
    void setNotificationUrl(const QUrl &url);
    quint16 port() const;
    // A few lines for `kasir sandbox` to print: address, training credentials (made up, so
    // printing the password is fine), channels, lender sign-in values, notification and return
    // URLs.
    QString summary() const;
    const SandboxConfig &config() const { return m_config; }
    faspay::Credentials credentials() const { return m_config.credentials(); }
    QMap<QString, QString> channels() const; // pg_code -> pg_name
    static QString pathCode();               // of redirect_url
    // The training phone / PIN / OTP a lender page accepts for a channel code.
    struct LenderLogin
    {
        QString phone;
        QString pin;
        QString otp;
    };
    LenderLogin lenderLogin(const QString &channelCode) const;

    // Faults in answers
    void addFault(const SandboxFaultRule &rule);
    void failNext(const SandboxFault &fault, SandboxOperation operation = SandboxOperation::Any);
    void failBill(const QString &billNo, const SandboxFault &fault,
                  SandboxOperation operation = SandboxOperation::Any, int times = 1);
    // Faults in notifications
    void addNotificationFault(const NotificationFaultRule &rule);
    // Faults written as text (parseFaultSpec); false and an error for a bad spec.
    bool addFaultSpec(QStringView spec, QString *error = nullptr);
    QList<SandboxFaultRule> pendingFaults() const { return m_faults.requestFaults(); }
    QList<NotificationFaultRule> pendingNotificationFaults() const
    {
        return m_faults.notificationFaults();
    }
    void clearFaults();
    // Closes the connections kept open by "hang" faults.
    void releaseHungConnections();

    // Introspection
    int postCount(const QString &billNo) const; // post-data requests received naming bill_no
    std::optional<SandboxBill> bill(const QString &billNo) const;
    QList<SandboxBill> bills() const;
    QList<SandboxRequestRecord> requests() const;
    QList<NotificationDelivery> notifications() const;

    // Shortcuts for tests, the chaos driver and the admin endpoint. False when the bill is
    // unknown or cannot take the change (approve/decline/expire need status 0 or 1).
    bool approve(const QString &billNo);
    bool decline(const QString &billNo);
    bool expire(const QString &billNo);
    // Plants any payment_status_code (0-9), e.g. a disagreement for the reconcile test. Sends
    // nothing.
    bool setPaymentStatus(const QString &billNo, int paymentStatus);

Q_SIGNALS:
    void requestHandled(const kasir::SandboxRequestRecord &record);
    void billChanged(const QString &billNo, int paymentStatus);
    void notificationDelivered(const kasir::NotificationDelivery &delivery);
    // A request refused by the size limits before it reached the sandbox.
    void requestRefused(const QString &description);

private:
    SandboxConfig m_config;
    SandboxFaultRules m_faults;
    SandboxLedger *m_ledger;
    LenderFlow *m_lender;
    SandboxServer *m_server;
    QString m_error;
};

} // namespace kasir
