#include "core/faspay/oneshotbody.h"

#include <cstring>

namespace kasir::faspay {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    // Unbuffered: QIODevice must not read ahead, so that "handed out" means handed to Qt's
    // network code, not to QIODevice's own buffer.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_data.size())
        return false;
    if (pos != m_pos && (m_handedOut > 0 || m_sealed)) {
        m_rewindRefused = true;
        return false;
    }
    m_pos = pos;
    return QIODevice::seek(pos);
}

bool OneShotBody::atEnd() const
{
    return m_sealed || m_pos >= m_data.size();
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_sealed ? 0 : m_data.size() - m_pos;
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    if (m_sealed)
        return -1;
    const qint64 n = qMin(maxSize, m_data.size() - m_pos);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + m_pos, static_cast<size_t>(n));
    m_pos += n;
    m_handedOut = qMax(m_handedOut, m_pos);
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace kasir::faspay
