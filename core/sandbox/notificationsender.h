#pragma once

#include "core/sandbox/sandboxrecords.h"

#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kasir {

class Clock;

// Delivers the sandbox's payment notifications the way Faspay does (Part B §12): one POST per
// try to the configured URL, a try counts only when acknowledged with response_code "00" in
// the notification's own format, and an unacknowledged notification is tried again after a
// pause, up to a number of tries. Notifications go out one at a time, in the order they were
// queued, so that "out of order" and "duplicate" faults arrive in a known order.
class NotificationSender : public QObject
{
    Q_OBJECT

public:
    struct Outgoing
    {
        NotificationDelivery::Kind kind = NotificationDelivery::Kind::Genuine;
        QString billNo;
        QString trxId;
        QString statusCode;
        SandboxConfig::NotificationFormat format = SandboxConfig::NotificationFormat::Json;
        QByteArray body;
        int maxTries = 1;
    };

    NotificationSender(QNetworkAccessManager *network, const Clock *clock,
                       QObject *parent = nullptr);
    ~NotificationSender() override;

    void setTarget(const QUrl &url, const QString &merchantId);
    void setTiming(int retryMs, int timeoutMs);

    void enqueue(const Outgoing &notification);
    // Drops what is queued and aborts the try in flight.
    void clear();
    bool isIdle() const { return !m_current && m_queue.isEmpty(); }

Q_SIGNALS:
    // After every try, acknowledged or not.
    void delivered(const kasir::NotificationDelivery &delivery);

private:
    struct Current
    {
        Outgoing notification;
        int attempt = 0;
    };

    void startNext();
    void sendTry();
    void tryFinished(QNetworkReply *reply);

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    QUrl m_url;
    QString m_merchantId;
    int m_retryMs = 1000;
    int m_timeoutMs = 10000;
    QQueue<Outgoing> m_queue;
    std::optional<Current> m_current;
    QPointer<QNetworkReply> m_reply;
    quint64 m_generation = 0; // bumped by clear(): stale retry timers do nothing
};

} // namespace kasir
