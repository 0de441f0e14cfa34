#pragma once

#include "core/net/httprequestframing.h"

#include <QHostAddress>
#include <QTcpServer>

namespace kasir {

// A QTcpServer for Qt HttpServer that enforces HttpLimits, which Qt HttpServer 6.4 does not:
// every byte a client sends passes through HttpRequestFraming before Qt's parser reads it, and
// a request over a limit is answered at once (413 for the body, as soon as Content-Length says
// so or the chunk sizes add up past it; 431 for headers; 400 for framing it cannot follow)
// without its body being read into memory. The connection is then taken away from the HTTP
// server: the rest of the upload is drained (bounded) so that the client gets to read the
// answer, and the connection is closed.
//
//     auto *tcp = new BoundedTcpServer(HttpLimits{});
//     if (!tcp->listen(QHostAddress::LocalHost, 0)) { ... }
//     httpServer.bind(tcp); // QHttpServer or a QAbstractHttpServer subclass; takes ownership
//
// Works because the limiter connects to each socket's readyRead before Qt HttpServer does
// (connections run in the order they were made) and Qt HttpServer reads everything available
// each time.
class BoundedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    explicit BoundedTcpServer(HttpLimits limits = {}, QObject *parent = nullptr);

    HttpLimits limits() const { return m_limits; }

    // After a refusal: read and discard at most this many bytes of the refused upload, for at
    // most this long, then close. Defaults: 1 MiB, 2 s.
    void setDrainBounds(qint64 maxBytes, int maxMs);
    qint64 drainMaxBytes() const { return m_drainMaxBytes; }
    int drainMaxMs() const { return m_drainMaxMs; }

Q_SIGNALS:
    // A request was refused before it reached the HTTP server.
    void requestRefused(const QHostAddress &peer, int httpStatus, const QString &problem);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    HttpLimits m_limits;
    qint64 m_drainMaxBytes = 1024 * 1024;
    int m_drainMaxMs = 2000;
};

} // namespace kasir
