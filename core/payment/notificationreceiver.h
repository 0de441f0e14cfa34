#pragma once

#include "core/faspay/signature.h"
#include "core/payment/checkoutservice.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace kasir {

class Clock;
class BoundedTcpServer;

// Faspay's payment notifications (Part A §13): POST /faspay/notification on a configured
// host:port, JSON or XML bodies, over 64 KiB refused before they are read (413), merchant id and
// signature verified in constant time. Forged (403) and malformed (400) notifications change
// nothing. A genuine one is handed to the handler, which stores it in the journal before this
// answers; then it is acknowledged with response_code 00 in the format it came in. The handler
// (CheckoutService::notificationReceived) schedules an immediate status check: a notification
// never sets a status by itself, so repeats and out-of-order ones change nothing twice.
class NotificationReceiver : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<CheckoutService::NotificationOutcome(
        const faspay::PaymentNotification &, const QByteArray &)>;

    NotificationReceiver(faspay::Credentials credentials, const Clock *clock, Handler handler,
                         QObject *parent = nullptr);
    ~NotificationReceiver() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    bool isListening() const;
    quint16 port() const;
    // http://address:port/faspay/notification (loopback when listening on any address).
    QUrl url() const;

    static QString path() { return QStringLiteral("/faspay/notification"); }

Q_SIGNALS:
    void notificationAccepted(const QString &billNo);
    // Forged, malformed, oversized or for a bill this counter does not know; `reason` is English.
    void notificationRefused(int httpStatus, const QString &reason);

private:
    QHttpServerResponse handle(const QHttpServerRequest &request);

    faspay::Credentials m_credentials;
    const Clock *m_clock;
    Handler m_handler;
    std::unique_ptr<QHttpServer> m_server;
    BoundedTcpServer *m_tcp = nullptr; // owned by m_server after bind()
    QHostAddress m_address;
};

} // namespace kasir
