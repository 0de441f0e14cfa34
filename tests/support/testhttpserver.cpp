#include "tests/support/testhttpserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_WIN
#include <winsock2.h>
using NativeSocket = SOCKET;
#else
#include <sys/socket.h>
using NativeSocket = int;
#endif

namespace kasir::testsupport {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;
constexpr qint64 StreamChunk = 64 * 1024;
constexpr qint64 StreamHighWater = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

bool hasHeader(const QList<HttpHeader> &headers, QByteArrayView name)
{
    for (const HttpHeader &h : headers) {
        if (QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const HttpHeader &h : headers) {
        if (QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

ScriptedResponse ScriptedResponse::json(const QByteArray &body, int status)
{
    return text(status, "application/json", body);
}

ScriptedResponse ScriptedResponse::text(int status, const QByteArray &contentType,
                                        const QByteArray &body)
{
    ScriptedResponse r;
    r.status = status;
    r.headers.append(HttpHeader{"Content-Type", contentType});
    r.body = body;
    return r;
}

ScriptedResponse ScriptedResponse::redirect(int status, const QByteArray &location)
{
    ScriptedResponse r;
    r.status = status;
    r.headers.append(HttpHeader{"Location", location});
    return r;
}

ScriptedResponse ScriptedResponse::hang()
{
    ScriptedResponse r;
    r.action = Action::Hang;
    return r;
}

ScriptedResponse ScriptedResponse::close()
{
    ScriptedResponse r;
    r.action = Action::Close;
    return r;
}

ScriptedResponse ScriptedResponse::reset()
{
    ScriptedResponse r;
    r.action = Action::Reset;
    return r;
}

ScriptedResponse ScriptedResponse::drip(const QByteArray &body, int intervalMs, qsizetype chunk)
{
    ScriptedResponse r = json(body);
    r.action = Action::Drip;
    r.dripIntervalMs = intervalMs;
    r.dripChunk = qMax<qsizetype>(1, chunk);
    return r;
}

ScriptedResponse ScriptedResponse::stream(qint64 bytes, bool announceLength)
{
    ScriptedResponse r;
    r.action = Action::Stream;
    r.headers.append(HttpHeader{"Content-Type", "application/json"});
    r.streamBytes = bytes;
    r.sendContentLength = announceLength;
    return r;
}

struct TestHttpServer::Connection
{
    QTcpSocket *socket = nullptr;
    int index = -1;
    QByteArray buffer;
    bool busy = false;       // an answer is in progress
    bool closing = false;    // no more requests are read
    bool closedByUs = false; // we closed or reset it
    int current = -1;        // request being answered
    ScriptedResponse response;
    bool closeAfter = false;
    qsizetype dripPos = 0;
    qint64 streamed = 0;
    QTimer *timer = nullptr; // delay and drip
};

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
    , m_default(ScriptedResponse::json(R"({"response_code":"00","response_desc":"Sukses"})"))
{}

TestHttpServer::~TestHttpServer()
{
    close();
}

bool TestHttpServer::listen(const QHostAddress &address, quint16 port)
{
    m_tls = false;
    return startListening(std::make_unique<QTcpServer>(), address, port);
}

bool TestHttpServer::listenTls(const QSslCertificate &certificate, const QSslKey &key,
                               const QHostAddress &address, quint16 port)
{
    auto server = std::make_unique<QSslServer>();
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    server->setSslConfiguration(config);
    connect(server.get(), &QSslServer::startedEncryptionHandshake, this,
            [this](QSslSocket *) { ++m_tlsHandshakesStarted; });
    connect(server.get(), &QSslServer::errorOccurred, this,
            [this](QSslSocket *, QAbstractSocket::SocketError) { ++m_tlsHandshakesFailed; });
    m_tls = true;
    return startListening(std::move(server), address, port);
}

bool TestHttpServer::startListening(std::unique_ptr<QTcpServer> server, const QHostAddress &address,
                                    quint16 port)
{
    close();
    m_server = std::move(server);
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &TestHttpServer::onPendingConnections);
    return m_server->listen(address, port);
}

void TestHttpServer::close()
{
    if (m_server) {
        m_server->close();
        m_server->disconnect(this);
        m_server.reset();
    }
    auto connections = std::move(m_connections);
    m_connections.clear();
    for (auto &[socket, c] : connections) {
        c->closing = true;
        if (c->timer)
            c->timer->stop();
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        retire(std::move(c));
    }
}

bool TestHttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

quint16 TestHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TestHttpServer::url(const QString &path) const
{
    QUrl u;
    u.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    const QHostAddress address = m_server ? m_server->serverAddress() : QHostAddress();
    u.setHost(address.isNull() || address == QHostAddress::Any ? QStringLiteral("127.0.0.1")
                                                               : address.toString());
    u.setPort(port());
    u.setPath(path);
    return u;
}

void TestHttpServer::onPendingConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        socket->setParent(nullptr);
        auto c = std::make_unique<Connection>();
        c->socket = socket;
        c->index = m_connectionCount++;
        Connection &ref = *c;
        m_connections.emplace(socket, std::move(c));

        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { dropConnection(socket, true); });
        connect(socket, &QTcpSocket::errorOccurred, this,
                [this, socket](QAbstractSocket::SocketError) { dropConnection(socket, true); });
        Q_EMIT connectionAccepted(ref.index);

        switch (m_acceptAction) {
        case AcceptAction::Serve:
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                auto it = m_connections.find(socket);
                if (it != m_connections.end())
                    onReadyRead(*it->second);
            });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
                auto it = m_connections.find(socket);
                if (it != m_connections.end() && it->second->busy &&
                    it->second->response.action == ScriptedResponse::Action::Stream)
                    feedStream(*it->second);
            });
            if (socket->bytesAvailable() > 0)
                onReadyRead(ref);
            break;
        case AcceptAction::CloseImmediately:
            ref.closing = true;
            ref.closedByUs = true;
            socket->disconnectFromHost();
            break;
        case AcceptAction::Ignore:
            break;
        }
    }
}

void TestHttpServer::onReadyRead(Connection &c)
{
    const QByteArray data = c.socket->readAll();
    m_bytesReceived += data.size();
    c.buffer += data;
    processBuffer(c);
}

void TestHttpServer::processBuffer(Connection &c)
{
    QTcpSocket *socket = c.socket;
    while (!c.busy && !c.closing) {
        const qsizetype headerEnd = c.buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (c.buffer.size() > MaxHeaderBytes)
                resetConnection(socket);
            return;
        }
        RecordedRequest request;
        request.connection = c.index;
        const QList<QByteArray> lines = c.buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.version = requestLine.value(2);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.append(
                    HttpHeader{line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        bool ok = true;
        const QByteArray lengthText = request.header("Content-Length");
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0 || length > MaxBodyBytes) {
            resetConnection(socket);
            return;
        }
        const qsizetype total = headerEnd + 4 + length;
        if (c.buffer.size() < total)
            return;
        request.body = c.buffer.mid(headerEnd + 4, length);
        c.buffer.remove(0, total);

        const int index = int(m_requests.size());
        m_requests.append(request);
        const bool clientWantsClose = request.header("Connection").toLower().contains("close");
        Q_EMIT requestReceived(index);
        // A slot may have closed the server or this connection.
        if (m_connections.find(socket) == m_connections.end())
            return;
        ScriptedResponse response = nextResponse(m_requests.at(index));
        response.closeAfter = response.closeAfter || clientWantsClose;
        startResponse(c, index, response);
    }
}

ScriptedResponse TestHttpServer::nextResponse(const RecordedRequest &request)
{
    if (!m_queue.isEmpty())
        return m_queue.takeFirst();
    if (m_responder)
        return m_responder(request);
    return m_default;
}

void TestHttpServer::startResponse(Connection &c, int requestIndex,
                                   const ScriptedResponse &response)
{
    c.busy = true;
    c.current = requestIndex;
    c.response = response;
    c.closeAfter = response.closeAfter || !response.sendContentLength;
    c.dripPos = 0;
    c.streamed = 0;
    QTcpSocket *socket = c.socket;

    auto act = [this, socket] {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        Connection &conn = *it->second;
        const ScriptedResponse &r = conn.response;
        RecordedRequest &record = m_requests[conn.current];
        switch (r.action) {
        case ScriptedResponse::Action::Respond:
            writeHead(conn, r, r.sendContentLength ? r.body.size() : -1, conn.closeAfter);
            conn.socket->write(r.body);
            record.responseBodyBytesWritten = r.body.size();
            finishResponse(conn, conn.closeAfter);
            break;
        case ScriptedResponse::Action::Hang:
            break;
        case ScriptedResponse::Action::Close:
            finishResponse(conn, true);
            break;
        case ScriptedResponse::Action::Reset:
            record.responseCompleted = true;
            Q_EMIT responseEnded(conn.current);
            resetConnection(socket);
            break;
        case ScriptedResponse::Action::Drip:
            writeHead(conn, r, r.sendContentLength ? r.body.size() : -1, conn.closeAfter);
            if (!conn.timer) {
                conn.timer = new QTimer(socket);
                connect(conn.timer, &QTimer::timeout, this, [this, socket] {
                    auto found = m_connections.find(socket);
                    if (found != m_connections.end())
                        feedDrip(*found->second);
                });
            }
            conn.timer->start(qMax(1, r.dripIntervalMs));
            break;
        case ScriptedResponse::Action::Stream:
            writeHead(conn, r, r.sendContentLength ? r.streamBytes : -1, conn.closeAfter);
            feedStream(conn);
            break;
        }
    };
    if (response.delayMs > 0)
        QTimer::singleShot(response.delayMs, socket, act);
    else
        act();
}

void TestHttpServer::writeHead(Connection &c, const ScriptedResponse &response,
                               qint64 contentLength, bool closeAfter)
{
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    for (const HttpHeader &h : response.headers)
        head += h.name + ": " + h.value + "\r\n";
    if (contentLength >= 0 && !hasHeader(response.headers, "Content-Length"))
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    if (!hasHeader(response.headers, "Connection"))
        head += closeAfter ? QByteArray("Connection: close\r\n")
                           : QByteArray("Connection: keep-alive\r\n");
    head += "\r\n";
    c.socket->write(head);
}

void TestHttpServer::feedDrip(Connection &c)
{
    const QByteArray &body = c.response.body;
    const QByteArray piece = body.mid(c.dripPos, c.response.dripChunk);
    c.socket->write(piece);
    c.dripPos += piece.size();
    m_requests[c.current].responseBodyBytesWritten = c.dripPos;
    if (c.dripPos >= body.size()) {
        c.timer->stop();
        finishResponse(c, c.closeAfter);
    }
}

void TestHttpServer::feedStream(Connection &c)
{
    static const QByteArray filler(StreamChunk, ' ');
    const qint64 total = c.response.streamBytes;
    while (c.streamed < total && c.socket->bytesToWrite() < StreamHighWater) {
        const qint64 n = qMin(StreamChunk, total - c.streamed);
        c.socket->write(filler.constData(), n);
        c.streamed += n;
    }
    m_requests[c.current].responseBodyBytesWritten = c.streamed;
    if (c.streamed >= total && c.socket->bytesToWrite() == 0)
        finishResponse(c, c.closeAfter);
}

void TestHttpServer::finishResponse(Connection &c, bool closeAfter)
{
    const int index = c.current;
    m_requests[index].responseCompleted = true;
    c.busy = false;
    c.current = -1;
    c.response = {};
    QTcpSocket *socket = c.socket;
    if (closeAfter) {
        c.closing = true;
        c.closedByUs = true;
        socket->disconnectFromHost(); // writes what is buffered, then closes
    }
    Q_EMIT responseEnded(index);
    auto it = m_connections.find(socket);
    if (!closeAfter && it != m_connections.end())
        processBuffer(*it->second);
}

void TestHttpServer::resetConnection(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        it->second->closing = true;
        it->second->closedByUs = true;
    }
    const qintptr fd = socket->socketDescriptor();
    if (fd != -1) {
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        struct linger l;
        l.l_onoff = 1;
        l.l_linger = 0;
        ::setsockopt(static_cast<NativeSocket>(fd), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&l), sizeof l);
    }
    socket->abort();
}

void TestHttpServer::dropConnection(QTcpSocket *socket, bool peerClosed)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    std::unique_ptr<Connection> c = std::move(it->second);
    m_connections.erase(it);
    c->closing = true; // a caller up the stack may still hold it: it must stop using it
    if (c->timer)
        c->timer->stop();
    socket->disconnect(this);
    const int current = c->current;
    const bool closedByUs = c->closedByUs;
    retire(std::move(c));
    if (current >= 0 && !m_requests.at(current).responseCompleted) {
        m_requests[current].peerClosedEarly = peerClosed && !closedByUs;
        Q_EMIT responseEnded(current);
    }
    socket->deleteLater();
}

void TestHttpServer::retire(std::unique_ptr<Connection> c)
{
    // Deleted from the event loop, never under a caller that still holds a reference.
    if (m_retired.empty())
        QTimer::singleShot(0, this, [this] { m_retired.clear(); });
    m_retired.push_back(std::move(c));
}

} // namespace kasir::testsupport
