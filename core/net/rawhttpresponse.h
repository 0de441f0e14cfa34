#pragma once

#include <QByteArray>
#include <QList>

#include <utility>

namespace kasir {

// An HTTP/1.1 response written straight to a socket. Used where QHttpServerResponder cannot be:
// an answer given after handleRequest() has returned (its responder refers to a request object
// that Qt HttpServer 6.4 deletes when the client goes away), and refusals written before Qt's
// parser has seen a whole request.
struct RawHttpResponse
{
    int status = 200;
    QByteArray contentType; // empty: no Content-Type header
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra headers, in order
    bool closeConnection = false;                     // adds "Connection: close"

    // Status line, headers (Content-Length always), blank line, body.
    QByteArray toBytes() const;

    // "OK", "Found", "Payload Too Large", ...; "Status" for codes it does not know.
    static QByteArray reasonPhrase(int status);
};

} // namespace kasir
