#pragma once

#include "core/faspay/signature.h"
#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/sandboxfaults.h"
#include "core/sandbox/sandboxrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QNetworkAccessManager;
class QTcpSocket;

Q_DECLARE_LOGGING_CATEGORY(lcSandbox) // "kasir.sandbox": one info line per request

namespace kasir {

class BoundedTcpServer;
class Clock;
class NotificationSender;

namespace sandboxdetail {
struct Bill;
struct Exchange;
struct Reply;
} // namespace sandboxdetail

// An embedded fake of Faspay's Debit API for the online-credit channels, with the lender pages a
// customer sees after following redirect_url: Kasir's training mode (no Faspay account needed)
// and the gateway of its integration tests.
//
// It is at least as strict as Part A of docs/faspay-debit-api.md, so that a client mistake fails
// here rather than at a store: see SandboxRequestChecker for what is refused with which
// response code. Listens on loopback (port 0 = any) over Qt HttpServer with a 64 KiB body limit.
//
//   POST /cvr/100001/10   Payment Channel Inquiry: Kredivo 709, Akulaku 807, Indodana 820,
//                         BRI Ceria (SandboxConfig::briCeriaCode)
//   POST /cvr/300011/10   Post Data Transaction: trx_id (16 digits, merchant id first) and
//                         redirect_url
//                         {base}/pws/100003/0830000010100000/{sig}?trx_id&merchant_id&bill_no
//   POST /cvr/100004/10   Inquiry Payment Status (unknown bill: payment_status_code 5)
//   POST /cvr/100005/10   Cancel: unpaid -> 8 (00), paid -> 81, expired -> 54
//   GET/POST /pws/100003/0830000010100000/{sig}   lender pages: sign in, OTP, (Kredivo) tenor,
//                         approve / decline -> notification + 302 to the return URL
//   GET  /kasir/return    default return page
//   /sandbox/...          admin, loopback only (see handleAdmin in the .cpp)
//
// Answers carry amounts in whole rupiah (inquiry payment_total, notification and return URL
// bill_total/payment_total), like real notifications (Part B §2.4), unless
// SandboxConfig::answerAmountsTimes100. Bills expire at bill_expired by the injected Clock.
// Lender pages' state lives in the sandbox (one customer per bill), not in cookies.
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
    static QString pathCode() { return QStringLiteral("0830000010100000"); }
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
    QList<SandboxFaultRule> pendingFaults() const { return m_faults; }
    QList<NotificationFaultRule> pendingNotificationFaults() const { return m_notificationFaults; }
    void clearFaults();
    // Closes the connections kept open by "hang" faults.
    void releaseHungConnections();

    // Introspection
    int postCount(const QString &billNo) const; // post-data requests received naming bill_no
    std::optional<SandboxBill> bill(const QString &billNo) const;
    QList<SandboxBill> bills() const;
    QList<SandboxRequestRecord> requests() const { return m_requests; }
    QList<NotificationDelivery> notifications() const { return m_notifications; }

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
    class HttpServer;
    friend class HttpServer;
    using Bill = sandboxdetail::Bill;
    using Exchange = sandboxdetail::Exchange;
    using Reply = sandboxdetail::Reply;

    void handleRequest(const QHttpServerRequest &request, QTcpSocket *socket);
    Reply route(const QHttpServerRequest &request, Exchange &exchange);
    Reply handleChannelInquiry(const QJsonObject &body, Exchange &exchange);
    Reply handlePostData(const QJsonObject &body, Exchange &exchange);
    Reply handleStatusInquiry(const QJsonObject &body, Exchange &exchange);
    Reply handleCancel(const QJsonObject &body, Exchange &exchange);
    Reply handleLenderPage(const QHttpServerRequest &request, Exchange &exchange);
    Reply handleKasirReturn(const QHttpServerRequest &request);
    Reply handleAdmin(const QHttpServerRequest &request, Exchange &exchange);
    void deliver(QTcpSocket *socket, qint64 sequence, const Reply &reply,
                 const std::optional<SandboxFault> &fault, bool closeAfter);
    void record(Exchange &exchange, const Reply &reply, const std::optional<SandboxFault> &fault);

    std::optional<SandboxFault> takeFault(SandboxOperation operation, const QString &billNo);
    std::optional<NotificationFault> takeNotificationFault(const QString &billNo);

    Bill *findBill(const QString &billNo);
    const Bill *findBill(const QString &billNo) const;
    void refreshExpiry(Bill &bill);
    void setStatus(Bill &bill, int paymentStatus);
    void settle(Bill &bill, bool approved);
    void notifyPayment(const Bill &bill);
    QUrl returnUrlFor(const Bill &bill) const;
    QString nextTrxId();
    QString nextPaymentReff(const QString &channelCode);
    SandboxBill snapshot(const Bill &bill) const;

    SandboxConfig m_config;
    const Clock *m_clock;
    HttpServer *m_server = nullptr;
    QPointer<BoundedTcpServer> m_tcp;
    NotificationSender *m_sender;
    QString m_error;

    QMap<QString, std::shared_ptr<Bill>> m_bills; // by bill_no
    QHash<QString, int> m_postCounts;
    QList<SandboxRequestRecord> m_requests;
    QList<NotificationDelivery> m_notifications;
    QList<SandboxFaultRule> m_faults;
    QList<NotificationFaultRule> m_notificationFaults;
    QList<QPointer<QTcpSocket>> m_hung;
    qint64 m_trxSequence = 0;
    qint64 m_reffSequence = 0;
};

} // namespace kasir
