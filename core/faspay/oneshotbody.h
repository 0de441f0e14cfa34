#pragma once

#include <QByteArray>
#include <QIODevice>

namespace kasir::faspay {

// A request body that QNetworkAccessManager can send once and never again.
//
// Qt's HTTP/1 stack re-sends a request by itself when the connection breaks before the status
// line arrives (QHttpNetworkConnectionChannel::handleUnexpectedEOF, up to three times) — after
// the server may already have acted on it. To re-send it must rewind the upload device; this one
// refuses to rewind once a byte has been handed out, so such a resend fails with
// QNetworkReply::ContentReSendError instead of posting a bill twice.
//
// It also tells, synchronously on its own thread, whether any byte of the body ever left it:
// while none has, no complete request can have reached the server (every Faspay call has a
// non-empty body with a Content-Length), whatever the network thread is doing. seal() stops it
// from handing out anything more when a call ends early.
//
// Deliberately not a QBuffer: Qt copies a QBuffer's bytes and rewinds the copy at will.
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 pos) override;
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    bool anyHandedOut() const { return m_handedOut > 0; }
    qint64 bytesHandedOut() const { return m_handedOut; }
    bool rewindRefused() const { return m_rewindRefused; }
    void seal() { m_sealed = true; }
    bool isSealed() const { return m_sealed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_pos = 0;
    qint64 m_handedOut = 0; // furthest position ever read
    bool m_sealed = false;
    bool m_rewindRefused = false;
};

} // namespace kasir::faspay
