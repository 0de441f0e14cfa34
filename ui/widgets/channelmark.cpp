#include "ui/widgets/channelmark.h"

#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

namespace kasir {

QString channelMarkPath(Channel channel)
{
    return QStringLiteral(":/kasir/channels/%1.svg").arg(channelKey(channel));
}

QPixmap channelMark(Channel channel, QSize size, qreal devicePixelRatio, bool disabled)
{
    QSvgRenderer renderer(channelMarkPath(channel));
    const QSize pixels = (QSizeF(size) * devicePixelRatio).toSize();
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (renderer.isValid()) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        // Keep the mark's proportions inside the requested box.
        QSizeF box = renderer.defaultSize();
        box.scale(QSizeF(pixels), Qt::KeepAspectRatio);
        const QRectF target((pixels.width() - box.width()) / 2,
                            (pixels.height() - box.height()) / 2, box.width(), box.height());
        renderer.render(&painter, target);
    }
    if (disabled) {
        // Greys at reduced contrast: the mark stays recognisable but clearly not selectable.
        for (int y = 0; y < image.height(); ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                const QRgb px = qUnpremultiply(line[x]);
                const int a = qAlpha(px);
                if (a == 0)
                    continue;
                const int g = qGray(px);
                const int v = 150 + g * 90 / 255;
                line[x] = qPremultiply(qRgba(v, v, v, a));
            }
        }
    }
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace kasir
