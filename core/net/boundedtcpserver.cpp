#include "core/net/boundedtcpserver.h"

#include "core/net/rawhttpresponse.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace kasir {

namespace {

// Watches one connection; lives as a child of its socket.
class RequestLimiter final : public QObject
{
public:
    RequestLimiter(QTcpSocket *socket, BoundedTcpServer *server)
        : QObject(socket)
        , m_socket(socket)
        , m_server(server)
        , m_framing(server->limits())
        , m_drainBudget(server->drainMaxBytes())
        , m_drainMs(server->drainMaxMs())
    {
        connect(socket, &QTcpSocket::readyRead, this, &RequestLimiter::inspect);
    }

private:
    void inspect()
    {
        // Qt HttpServer reads everything available when its own readyRead slot runs (after this
        // one), so what is available now is exactly what arrived since the last call.
        const QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        if (m_framing.feed(fresh) != HttpRequestFraming::Verdict::Ok)
            refuse();
    }

    void refuse()
    {
        // Take the connection away from the HTTP server: a slot disconnected during an emission
        // is not called, so its parser never sees these bytes.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &RequestLimiter::drain);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction(); // drop what Qt's parser had buffered
        m_socket->readAll();               // already fed to the framing

        const int status = HttpRequestFraming::statusFor(m_framing.verdict());
        RawHttpResponse response;
        response.status = status;
        response.contentType = "text/plain; charset=utf-8";
        response.body =
            RawHttpResponse::reasonPhrase(status) + ": " + m_framing.problem().toUtf8() + '\n';
        response.closeConnection = true;
        m_socket->write(response.toBytes());
        if (BoundedTcpServer *server = m_server.data())
            Q_EMIT server->requestRefused(m_socket->peerAddress(), status, m_framing.problem());

        if (m_framing.refusedBodyRemaining() == 0) {
            close();
            return;
        }
        QTimer::singleShot(m_drainMs, this, &RequestLimiter::close);
    }

    void drain()
    {
        const QByteArray discarded = m_socket->readAll();
        m_framing.feed(discarded);
        m_drainBudget -= discarded.size();
        if (m_framing.refusedBodyRemaining() == 0 || m_drainBudget <= 0)
            close();
    }

    void close()
    {
        // Sends what is still buffered (the refusal), then closes.
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    QPointer<BoundedTcpServer> m_server;
    HttpRequestFraming m_framing;
    qint64 m_drainBudget;
    int m_drainMs;
};

} // namespace

BoundedTcpServer::BoundedTcpServer(HttpLimits limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
{}

void BoundedTcpServer::setDrainBounds(qint64 maxBytes, int maxMs)
{
    m_drainMaxBytes = maxBytes;
    m_drainMaxMs = maxMs;
}

void BoundedTcpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    // Before addPendingConnection(): it emits pendingConnectionAvailable, on which Qt HttpServer
    // connects its own readyRead slot; the limiter's must come first.
    new RequestLimiter(socket, this);
    addPendingConnection(socket);
}

} // namespace kasir
