#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <vector>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace kasir::testsupport {

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
};

// One request as the server read it, and what became of the answer.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; // path and query as sent, e.g. "/cvr/100004/10"
    QByteArray version;
    QList<HttpHeader> headers; // in the order received, names as sent
    QByteArray body;
    int connection = -1; // index of the connection it came on (0, 1, ...)

    qint64 responseBodyBytesWritten = 0; // body bytes handed to the socket
    bool responseCompleted = false;      // the whole scripted answer was written
    bool peerClosedEarly = false;        // the client went away before that

    // First header of that name (case-insensitive); null when absent.
    QByteArray header(QByteArrayView name) const;
};

// What the server does with one request.
struct ScriptedResponse
{
    enum class Action {
        Respond, // status line, headers and body (after delayMs)
        Hang,    // never answer; keep the connection open
        Close,   // close the connection (FIN) without answering
        Reset,   // reset the connection (RST) without answering
        Drip,    // status line and headers, then the body dripChunk bytes every dripIntervalMs
        Stream,  // status line and headers, then streamBytes of filler as fast as the peer reads
    };

    Action action = Action::Respond;
    int status = 200;
    QByteArray reason; // empty: a standard phrase for the status
    QList<HttpHeader> headers;
    QByteArray body;
    int delayMs = 0;               // before anything is written (all actions)
    bool sendContentLength = true; // false: the body ends when the connection closes
    bool closeAfter = false;       // close the connection after the answer (always when
                                   // the request said "Connection: close")
    int dripIntervalMs = 50;
    qsizetype dripChunk = 1;
    qint64 streamBytes = 0;

    static ScriptedResponse json(const QByteArray &body, int status = 200);
    static ScriptedResponse text(int status, const QByteArray &contentType, const QByteArray &body);
    static ScriptedResponse redirect(int status, const QByteArray &location);
    static ScriptedResponse hang();
    static ScriptedResponse close();
    static ScriptedResponse reset();
    static ScriptedResponse drip(const QByteArray &body, int intervalMs, qsizetype chunk = 1);
    static ScriptedResponse stream(qint64 bytes, bool announceLength);
};

// A raw HTTP/1.1 server on loopback for integration tests, scriptable per request: answers
// from a queue (then a responder function, then a default answer), records every request, can
// delay, hang, drip, stream, close or reset, and can serve TLS with a given certificate.
// Keep-alive is supported; requests on one connection are answered in order.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    // What happens to a connection before any request is read.
    enum class AcceptAction {
        Serve,
        CloseImmediately, // accept, then close at once
        Ignore,           // accept, never read, never answer (a stalled peer)
    };

    explicit TestHttpServer(QObject *parent = nullptr);
    ~TestHttpServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Serves TLS (QSslServer); the handshake happens before any request is read.
    bool listenTls(const QSslCertificate &certificate, const QSslKey &key,
                   const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // Stops listening and drops every open connection.
    void close();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:<port><path>" (https when serving TLS).
    QUrl url(const QString &path = {}) const;

    void setAcceptAction(AcceptAction action) { m_acceptAction = action; }
    void enqueue(const ScriptedResponse &response) { m_queue.append(response); }
    // Used when the queue is empty and no responder is set.
    void setDefaultResponse(const ScriptedResponse &response) { m_default = response; }
    // Used when the queue is empty; decides from the request.
    void setResponder(std::function<ScriptedResponse(const RecordedRequest &)> responder)
    {
        m_responder = std::move(responder);
    }

    const QList<RecordedRequest> &requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connectionCount; } // accepted (after TLS)
    int tlsHandshakesStarted() const { return m_tlsHandshakesStarted; }
    int tlsHandshakesFailed() const { return m_tlsHandshakesFailed; }
    qint64 bytesReceived() const { return m_bytesReceived; } // plaintext, all connections

Q_SIGNALS:
    void connectionAccepted(int index);
    void requestReceived(int index);
    // The scripted answer for that request is over (written, or the peer went away).
    void responseEnded(int index);

private:
    struct Connection;

    bool startListening(std::unique_ptr<QTcpServer> server, const QHostAddress &address,
                        quint16 port);
    void onPendingConnections();
    void onReadyRead(Connection &c);
    void processBuffer(Connection &c);
    void startResponse(Connection &c, int requestIndex, const ScriptedResponse &response);
    void writeHead(Connection &c, const ScriptedResponse &response, qint64 contentLength,
                   bool closeAfter);
    void feedDrip(Connection &c);
    void feedStream(Connection &c);
    void finishResponse(Connection &c, bool closeAfter);
    void dropConnection(QTcpSocket *socket, bool peerClosed);
    void resetConnection(QTcpSocket *socket);
    void retire(std::unique_ptr<Connection> c);
    ScriptedResponse nextResponse(const RecordedRequest &request);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    AcceptAction m_acceptAction = AcceptAction::Serve;
    QList<ScriptedResponse> m_queue;
    ScriptedResponse m_default;
    std::function<ScriptedResponse(const RecordedRequest &)> m_responder;
    QList<RecordedRequest> m_requests;
    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    std::vector<std::unique_ptr<Connection>> m_retired;
    int m_connectionCount = 0;
    int m_tlsHandshakesStarted = 0;
    int m_tlsHandshakesFailed = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace kasir::testsupport
