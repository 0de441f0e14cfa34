#include "core/payment/notificationreceiver.h"

#include "core/common/clock.h"
#include "core/faspay/notification.h"
#include "core/net/boundedtcpserver.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QLoggingCategory>

namespace kasir {

Q_LOGGING_CATEGORY(lcNotify, "kasir.notification")

namespace {
QHttpServerResponse plain(QHttpServerResponse::StatusCode status, const char *text)
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; charset=utf-8"),
                               QByteArray(text) + '\n', status);
}
} // namespace

NotificationReceiver::NotificationReceiver(faspay::Credentials credentials, const Clock *clock,
                                           Handler handler, QObject *parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_clock(clock)
    , m_handler(std::move(handler))
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(path(), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest &request) { return handle(request); });
}

NotificationReceiver::~NotificationReceiver() = default;

bool NotificationReceiver::listen(const QHostAddress &address, quint16 port, QString *error)
{
    HttpLimits limits;
    limits.maxBodyBytes = faspay::MaxNotificationBytes;
    auto *tcp = new BoundedTcpServer(limits);
    if (!tcp->listen(address, port)) {
        if (error)
            *error = tcp->errorString();
        delete tcp;
        return false;
    }
    connect(tcp, &BoundedTcpServer::requestRefused, this,
            [this](const QHostAddress &peer, int status, const QString &problem) {
                qCWarning(lcNotify)
                    << "refused a request from" << peer.toString() << status << problem;
                Q_EMIT notificationRefused(status, problem);
            });
    m_server->bind(tcp);
    m_tcp = tcp;
    m_address = address;
    return true;
}

bool NotificationReceiver::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

quint16 NotificationReceiver::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl NotificationReceiver::url() const
{
    QHostAddress host = m_address;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(path());
    return url;
}

QHttpServerResponse NotificationReceiver::handle(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    if (body.size() > faspay::MaxNotificationBytes) {
        Q_EMIT notificationRefused(413, QStringLiteral("body over 64 KiB"));
        return plain(QHttpServerResponse::StatusCode::PayloadTooLarge, "too large");
    }
    const faspay::Parsed<faspay::PaymentNotification> parsed = faspay::parseNotification(body);
    if (!parsed.ok()) {
        const QString why = QStringLiteral("malformed notification: %1 %2")
                                .arg(faspay::bodyErrorKey(parsed.error), parsed.detail);
        qCWarning(lcNotify) << why;
        Q_EMIT notificationRefused(400, why);
        return plain(QHttpServerResponse::StatusCode::BadRequest, "malformed notification");
    }
    const faspay::PaymentNotification &n = *parsed.value;
    if (!faspay::verifyNotification(n, m_credentials)) {
        // Logged without the signature: it is a secret-derived value.
        const QString why =
            QStringLiteral("forged notification for bill %1 (merchant %2): signature or merchant "
                           "id does not match")
                .arg(n.billNo.left(32), n.merchantId.left(16));
        qCWarning(lcNotify) << why;
        Q_EMIT notificationRefused(403, why);
        return plain(QHttpServerResponse::StatusCode::Forbidden, "forbidden");
    }

    const QByteArray mime = n.format == faspay::PaymentNotification::Xml
                                ? QByteArrayLiteral("application/xml")
                                : QByteArrayLiteral("application/json");
    switch (m_handler(n, body)) {
    case CheckoutService::NotificationOutcome::Stored:
        qCInfo(lcNotify) << "notification for bill" << n.billNo << "status" << n.paymentStatusCode
                         << "stored";
        Q_EMIT notificationAccepted(n.billNo);
        return QHttpServerResponse(mime, faspay::notificationAcknowledgement(n, m_clock->now()));
    case CheckoutService::NotificationOutcome::UnknownBill:
        Q_EMIT notificationRefused(200, QStringLiteral("unknown bill %1").arg(n.billNo.left(32)));
        // Genuine but not ours (or a trx_id that is not the one we hold): answered with
        // "14 invalid order" so that nothing counts it as accepted.
        return QHttpServerResponse(
            mime, faspay::notificationAcknowledgement(n, m_clock->now(), QStringLiteral("14")));
    case CheckoutService::NotificationOutcome::StorageFailed:
        Q_EMIT notificationRefused(503, QStringLiteral("journal unwritable"));
        // Not acknowledged: Faspay tries again, and polling finds the truth anyway.
        return plain(QHttpServerResponse::StatusCode::ServiceUnavailable, "try again");
    }
    return plain(QHttpServerResponse::StatusCode::InternalServerError, "error");
}

} // namespace kasir
