#include "core/net/httprequestframing.h"

#include <QList>

#include <algorithm>
#include <utility>

namespace kasir {

namespace {

// A chunk-size line is a hex number and optional extensions; anything longer is not a client of
// ours.
constexpr qsizetype MaxChunkSizeLine = 1024;

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

} // namespace

HttpRequestFraming::HttpRequestFraming(HttpLimits limits)
    : m_limits(limits)
{}

int HttpRequestFraming::statusFor(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ok:
        return 200;
    case Verdict::HeaderTooLarge:
        return 431;
    case Verdict::BodyTooLarge:
        return 413;
    case Verdict::Malformed:
        return 400;
    }
    return 400;
}

HttpRequestFraming::Verdict HttpRequestFraming::feed(QByteArrayView bytes)
{
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n && m_verdict == Verdict::Ok) {
        if (m_state == State::Body || m_state == State::ChunkData) {
            const qint64 take = std::min<qint64>(m_remaining, n - i);
            m_remaining -= take;
            i += take;
            if (m_remaining == 0) {
                if (m_state == State::Body)
                    requestComplete();
                else
                    m_state = State::ChunkDataEnd;
            }
            continue;
        }

        // Line-oriented states.
        const char *begin = bytes.data() + i;
        const char *end = bytes.data() + n;
        const char *newline = std::find(begin, end, '\n');
        const bool lineEnds = newline != end;
        const qsizetype taken = (newline - begin) + (lineEnds ? 1 : 0);
        i += taken;
        if (m_state == State::RequestLine || m_state == State::Headers ||
            m_state == State::Trailers) {
            m_headerBytes += taken;
            if (m_headerBytes > m_limits.maxHeaderBytes) {
                fail(Verdict::HeaderTooLarge,
                     QStringLiteral("request headers over the %1-byte limit")
                         .arg(m_limits.maxHeaderBytes));
                break;
            }
        } else if (m_line.size() + taken > MaxChunkSizeLine) {
            fail(Verdict::Malformed, QStringLiteral("chunk-size line too long"));
            break;
        }
        m_line.append(begin, newline - begin);
        if (!lineEnds)
            break;
        QByteArray line = std::exchange(m_line, QByteArray());
        if (line.endsWith('\r'))
            line.chop(1);
        lineComplete(line);
    }
    // What follows a refusal belongs to the refused request's body, as far as it is known.
    if (m_verdict != Verdict::Ok && m_refusedRemaining > 0)
        m_refusedRemaining -= std::min<qint64>(m_refusedRemaining, n - i);
    return m_verdict;
}

void HttpRequestFraming::lineComplete(QByteArrayView line)
{
    switch (m_state) {
    case State::RequestLine: {
        if (line.isEmpty())
            return; // RFC 9112 §2.2: empty lines before a request line are ignored
        const QList<QByteArray> parts = line.toByteArray().split(' ');
        if (parts.size() != 3 || parts[0].isEmpty() || parts[1].isEmpty() ||
            !parts[2].startsWith("HTTP/1.")) {
            fail(Verdict::Malformed, QStringLiteral("not an HTTP/1.x request line"));
            return;
        }
        m_state = State::Headers;
        return;
    }
    case State::Headers:
        if (line.isEmpty())
            endOfHeaders();
        else
            headerLine(line);
        return;
    case State::ChunkSize:
        chunkSizeLine(line);
        return;
    case State::ChunkDataEnd:
        if (!line.isEmpty()) {
            fail(Verdict::Malformed, QStringLiteral("chunk data longer than its size"));
            return;
        }
        m_state = State::ChunkSize;
        return;
    case State::Trailers:
        if (line.isEmpty())
            requestComplete();
        return;
    case State::Body:
    case State::ChunkData:
        break;
    }
}

void HttpRequestFraming::headerLine(QByteArrayView line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(Verdict::Malformed, QStringLiteral("folded header line"));
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        fail(Verdict::Malformed, QStringLiteral("header line without a name"));
        return;
    }
    const QByteArrayView name = line.first(colon);
    if (name.contains(' ') || name.contains('\t')) {
        fail(Verdict::Malformed, QStringLiteral("space in a header name"));
        return;
    }
    const QByteArrayView value = trimmed(line.sliced(colon + 1));
    if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
        // 18 digits keep the value inside qint64.
        if (!isDigits(value) || value.size() > 18) {
            fail(Verdict::Malformed, QStringLiteral("invalid Content-Length"));
            return;
        }
        const qint64 length = value.toLongLong();
        if (m_contentLength >= 0 && m_contentLength != length) {
            fail(Verdict::Malformed, QStringLiteral("conflicting Content-Length headers"));
            return;
        }
        m_contentLength = length;
    } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
        // Only plain "chunked": a server of ours decodes nothing else.
        if (value.compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(Verdict::Malformed, QStringLiteral("unsupported Transfer-Encoding"));
            return;
        }
        m_chunked = true;
    }
}

void HttpRequestFraming::endOfHeaders()
{
    if (m_chunked && m_contentLength >= 0) {
        fail(Verdict::Malformed, QStringLiteral("both Content-Length and chunked"));
        return;
    }
    if (m_chunked) {
        m_state = State::ChunkSize;
        return;
    }
    if (m_contentLength > m_limits.maxBodyBytes) {
        m_refusedRemaining = m_contentLength;
        fail(Verdict::BodyTooLarge, QStringLiteral("Content-Length %1 over the %2-byte limit")
                                        .arg(m_contentLength)
                                        .arg(m_limits.maxBodyBytes));
        return;
    }
    if (m_contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_contentLength;
        return;
    }
    requestComplete();
}

void HttpRequestFraming::chunkSizeLine(QByteArrayView line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView digits = trimmed(semicolon >= 0 ? line.first(semicolon) : line);
    const bool hex =
        !digits.isEmpty() && digits.size() <= 15 &&
        std::all_of(digits.begin(), digits.end(), [](char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        });
    if (!hex) {
        fail(Verdict::Malformed, QStringLiteral("invalid chunk size"));
        return;
    }
    const qint64 size = digits.toLongLong(nullptr, 16);
    if (size == 0) {
        m_state = State::Trailers;
        return;
    }
    m_bodyBytes += size;
    if (m_bodyBytes > m_limits.maxBodyBytes) {
        fail(Verdict::BodyTooLarge,
             QStringLiteral("chunked body over the %1-byte limit").arg(m_limits.maxBodyBytes));
        return;
    }
    m_state = State::ChunkData;
    m_remaining = size;
}

void HttpRequestFraming::requestComplete()
{
    ++m_completed;
    m_state = State::RequestLine;
    m_headerBytes = 0;
    m_contentLength = -1;
    m_chunked = false;
    m_bodyBytes = 0;
    m_remaining = 0;
}

void HttpRequestFraming::fail(Verdict verdict, QString problem)
{
    m_verdict = verdict;
    m_problem = std::move(problem);
}

} // namespace kasir
