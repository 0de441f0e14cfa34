#include "core/sandbox/notificationsender.h"

#include "core/common/clock.h"
#include "core/sandbox/sandboxwire.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace kasir {

NotificationSender::NotificationSender(QNetworkAccessManager *network, const Clock *clock,
                                       QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

NotificationSender::~NotificationSender()
{
    clear();
}

void NotificationSender::setTarget(const QUrl &url, const QString &merchantId)
{
    m_url = url;
    m_merchantId = merchantId;
}

void NotificationSender::setTiming(int retryMs, int timeoutMs)
{
    m_retryMs = retryMs;
    m_timeoutMs = timeoutMs;
}

void NotificationSender::enqueue(const Outgoing &notification)
{
    if (!m_url.isValid() || m_url.isEmpty() || !m_network)
        return;
    m_queue.enqueue(notification);
    if (!m_current)
        startNext();
}

void NotificationSender::clear()
{
    ++m_generation;
    m_queue.clear();
    m_current.reset();
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void NotificationSender::startNext()
{
    if (m_queue.isEmpty()) {
        m_current.reset();
        return;
    }
    m_current = Current{m_queue.dequeue(), 0};
    sendTry();
}

void NotificationSender::sendTry()
{
    ++m_current->attempt;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      m_current->notification.format == SandboxConfig::NotificationFormat::Json
                          ? QByteArrayLiteral("application/json")
                          : QByteArrayLiteral("application/xml"));
    request.setTransferTimeout(m_timeoutMs);
    // A redirect is not an acknowledgement.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->post(request, m_current->notification.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { tryFinished(reply); });
}

void NotificationSender::tryFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_current)
        return;
    m_reply = nullptr;

    const Outgoing &sent = m_current->notification;
    NotificationDelivery delivery;
    delivery.kind = sent.kind;
    delivery.billNo = sent.billNo;
    delivery.statusCode = sent.statusCode;
    delivery.format = sent.format;
    delivery.attempt = m_current->attempt;
    delivery.at = m_clock->now();
    delivery.body = sent.body;
    delivery.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delivery.responseBody = reply->readAll();
    if (delivery.httpStatus == 0) {
        delivery.networkError = reply->errorString();
        delivery.problem = QStringLiteral("no HTTP answer: ") + delivery.networkError;
    } else if (delivery.httpStatus < 200 || delivery.httpStatus > 299) {
        delivery.problem = QStringLiteral("HTTP status %1").arg(delivery.httpStatus);
    } else {
        const sandboxwire::Acknowledgement ack = sandboxwire::checkAcknowledgement(
            delivery.responseBody, sent.format, sent.billNo, sent.trxId, m_merchantId);
        delivery.acknowledged = ack.acknowledged;
        delivery.problem = ack.problem;
    }

    const bool again = !delivery.acknowledged && m_current->attempt < sent.maxTries;
    const quint64 generation = m_generation;
    Q_EMIT delivered(delivery);
    if (generation != m_generation)
        return; // cleared from a slot
    if (again) {
        QTimer::singleShot(m_retryMs, this, [this, generation] {
            if (generation == m_generation && m_current)
                sendTry();
        });
    } else {
        startNext();
    }
}

} // namespace kasir
