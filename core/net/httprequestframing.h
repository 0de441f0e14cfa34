#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace kasir {

// Size limits for one HTTP request read by a server of ours.
struct HttpLimits
{
    qint64 maxHeaderBytes = 16 * 1024; // request line + header lines (+ chunked trailers)
    qint64 maxBodyBytes = 64 * 1024;   // decoded body: Content-Length or the sum of chunk sizes
};

// Follows the framing of the HTTP/1.1 requests arriving on one connection (request line,
// headers, Content-Length or chunked body; one request after the other) without keeping the
// bytes, so that a server can refuse a request that is too large as soon as that is known: from
// the Content-Length header before any body byte, or from the running total of chunk sizes.
//
// Qt HttpServer 6.4 buffers whatever arrives, without a limit; BoundedTcpServer runs this over
// every byte before Qt's parser sees it. Pure and incremental: feed() any split of the stream.
class HttpRequestFraming
{
public:
    enum class Verdict {
        Ok,             // nothing wrong so far
        HeaderTooLarge, // 431
        BodyTooLarge,   // 413
        Malformed,      // 400: framing that cannot be followed (bad Content-Length, both
                        // Content-Length and chunked, unknown transfer coding, bad chunk size)
    };

    explicit HttpRequestFraming(HttpLimits limits = {});

    // Feeds the next bytes of the connection. Once the verdict is not Ok it stays so; the bytes
    // that follow are only counted against the refused request's declared body (see
    // refusedBodyRemaining()).
    Verdict feed(QByteArrayView bytes);

    Verdict verdict() const { return m_verdict; }
    // What was wrong, in English, for the log ("Content-Length 70000 over the 65536-byte limit").
    QString problem() const { return m_problem; }
    // Requests whose framing has been read completely.
    qint64 completedRequests() const { return m_completed; }
    // After a refusal: how many body bytes of the refused request are still to come, when the
    // request declared a Content-Length; -1 when unknown (chunked, or refused in the headers).
    qint64 refusedBodyRemaining() const { return m_refusedRemaining; }

    // The HTTP status code that answers a verdict (200 for Ok).
    static int statusFor(Verdict verdict);

private:
    enum class State { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers };

    void lineComplete(QByteArrayView line);
    void headerLine(QByteArrayView line);
    void endOfHeaders();
    void chunkSizeLine(QByteArrayView line);
    void requestComplete();
    void fail(Verdict verdict, QString problem);

    HttpLimits m_limits;
    Verdict m_verdict = Verdict::Ok;
    QString m_problem;
    State m_state = State::RequestLine;
    QByteArray m_line;           // the line being read (line-oriented states)
    qint64 m_headerBytes = 0;    // of the current request
    qint64 m_contentLength = -1; // -1: none
    bool m_chunked = false;
    qint64 m_bodyBytes = 0; // decoded body bytes of the current request so far
    qint64 m_remaining = 0; // of the current body or chunk
    qint64 m_completed = 0;
    qint64 m_refusedRemaining = -1;
};

} // namespace kasir
