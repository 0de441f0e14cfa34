#pragma once

// A small HTTP/1.1 server for the browser tests: records every request (method, path with
// query, Host header, body) and answers with what the handler returns. One request per
// connection (Connection: close). Loopback only; enough for Chromium's requests.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace kasir::testsupport {

struct TinyRequest
{
    QByteArray method;
    QByteArray target; // path and query
    QByteArray host;
    QByteArray body;
    QByteArray path() const
    {
        const qsizetype q = target.indexOf('?');
        return q < 0 ? target : target.left(q);
    }
};

struct TinyResponse
{
    int status = 200;
    QByteArray contentType = "text/html; charset=utf-8";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static TinyResponse html(const QByteArray &body)
    {
        return TinyResponse{200, "text/html; charset=utf-8", body, {}};
    }
    static TinyResponse redirect(const QByteArray &location)
    {
        TinyResponse r;
        r.status = 302;
        r.body = "moved";
        r.contentType = "text/plain";
        r.headers.append(qMakePair(QByteArray("Location"), location));
        return r;
    }
    static TinyResponse notFound() { return TinyResponse{404, "text/plain", "not found", {}}; }
};

class TinyHttpServer : public QObject
{
public:
    using Handler = std::function<TinyResponse(const TinyRequest &)>;

    explicit TinyHttpServer(Handler handler, QObject *parent = nullptr)
        : QObject(parent)
        , m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] { accept(); });
    }

    bool listen(const QHostAddress &address = QHostAddress::Any)
    {
        return m_server.listen(address, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    QList<TinyRequest> requests() const { return m_requests; }
    int count(const QByteArray &path) const
    {
        int n = 0;
        for (const TinyRequest &r : m_requests)
            n += r.path() == path ? 1 : 0;
        return n;
    }
    QByteArray base(const char *host = "127.0.0.1") const
    {
        return QByteArray("http://") + host + ':' + QByteArray::number(port());
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            auto *buffer = new QByteArray;
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                delete buffer;
                socket->deleteLater();
            });
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll());
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                TinyRequest request;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.target = first.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const QByteArray line = lines.at(i).trimmed();
                    const qsizetype colon = line.indexOf(':');
                    if (colon < 0)
                        continue;
                    const QByteArray name = line.left(colon).trimmed().toLower();
                    const QByteArray value = line.mid(colon + 1).trimmed();
                    if (name == "host")
                        request.host = value;
                    else if (name == "content-length")
                        length = value.toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                request.body = buffer->mid(end + 4, length);
                buffer->clear();
                m_requests.append(request);
                const TinyResponse response = m_handler(request);
                QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " X\r\n";
                out += "Content-Type: " + response.contentType + "\r\n";
                out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
                out += "Cache-Control: no-store\r\nConnection: close\r\n";
                for (const auto &h : response.headers)
                    out += h.first + ": " + h.second + "\r\n";
                out += "\r\n" + response.body;
                socket->write(out);
                socket->disconnectFromHost();
            });
        }
    }

    QTcpServer m_server;
    Handler m_handler;
    QList<TinyRequest> m_requests;
};

} // namespace kasir::testsupport
