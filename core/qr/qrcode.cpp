#include "core/qr/qrcode.h"

#include <QPainter>
#include <QPainterPath>
#include <qrencode.h>

#include <cmath>
#include <memory>

namespace kasir {

namespace {
QRecLevel qrLevel(QrCode::ErrorCorrection level)
{
    switch (level) {
    case QrCode::ErrorCorrection::Low:
        return QR_ECLEVEL_L;
    case QrCode::ErrorCorrection::Medium:
        return QR_ECLEVEL_M;
    case QrCode::ErrorCorrection::Quartile:
        return QR_ECLEVEL_Q;
    case QrCode::ErrorCorrection::High:
        return QR_ECLEVEL_H;
    }
    return QR_ECLEVEL_M;
}

struct QrcodeDeleter
{
    void operator()(QRcode *code) const { QRcode_free(code); }
};
} // namespace

std::optional<QrCode> QrCode::encode(const QByteArray &utf8, ErrorCorrection level)
{
    // libqrencode refuses both itself (EINVAL, ERANGE); checking first keeps errno out of it.
    if (utf8.isEmpty() || utf8.size() > capacity(level))
        return std::nullopt;
    // QRcode_encodeData: byte mode for every byte (NUL included), version 0 = smallest that fits.
    const std::unique_ptr<QRcode, QrcodeDeleter> code(QRcode_encodeData(
        int(utf8.size()), reinterpret_cast<const unsigned char *>(utf8.constData()), 0,
        qrLevel(level)));
    if (!code || code->width <= 0)
        return std::nullopt;

    const int size = code->width;
    QList<bool> modules(qsizetype(size) * size);
    for (qsizetype i = 0; i < modules.size(); ++i)
        modules[i] = (code->data[i] & 0x01) != 0; // bit 0: dark module; the rest is bookkeeping
    return QrCode(size, level, std::move(modules));
}

bool QrCode::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false;
    return m_modules.at(qsizetype(y) * m_size + x);
}

QImage QrCode::toImage(int moduleSize, int quietZoneModules) const
{
    if (m_size == 0 || moduleSize < 1 || quietZoneModules < 0)
        return {};
    const int side = (m_size + 2 * quietZoneModules) * moduleSize;
    QImage image(side, side, QImage::Format_Mono);
    image.setColorCount(2);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    const int offset = quietZoneModules * moduleSize;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (!isDark(x, y))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel(offset + x * moduleSize + dx, offset + y * moduleSize + dy, 1);
            }
        }
    }
    return image;
}

void QrCode::paint(QPainter *painter, const QRectF &target) const
{
    if (!painter || m_size == 0 || target.isEmpty())
        return;

    painter->save();
    const qreal side = qMin(target.width(), target.height());
    QRectF square(0, 0, side, side);
    square.moveCenter(target.center());
    qreal module = side / m_size;
    QPointF origin = square.topLeft();

    // With a plain scale-and-move transform, work in device pixels: whole-pixel modules on the
    // pixel grid. (Rotated or sheared painters get the exact, unsnapped geometry.)
    const QTransform transform = painter->combinedTransform();
    if (transform.type() <= QTransform::TxScale) {
        const QRectF device = transform.mapRect(square);
        const qreal devicePixels = std::floor(device.width() / m_size);
        if (devicePixels >= 1) {
            const qreal used = devicePixels * m_size;
            origin = QPointF(std::round(device.center().x() - used / 2),
                             std::round(device.center().y() - used / 2));
            module = devicePixels;
            painter->resetTransform();
        }
    }

    // One path for the whole symbol: separate fills would leave hairline seams between
    // neighbouring modules in anti-aliasing PDF viewers. Each row adds one rectangle per run.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    for (int y = 0; y < m_size; ++y) {
        int x = 0;
        while (x < m_size) {
            if (!isDark(x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < m_size && isDark(x, y))
                ++x;
            path.addRect(QRectF(origin.x() + start * module, origin.y() + y * module,
                                (x - start) * module, module));
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(Qt::NoPen);
    painter->setBrush(Qt::black);
    painter->drawPath(path);
    painter->restore();
}

} // namespace kasir
