#include "ui/cashier/trainingbanner.h"

#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kasir {

TrainingBanner::TrainingBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingBanner"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(text());
}

QString TrainingBanner::text() const
{
    // Both languages on purpose: a trainer and a trainee may not read the same one.
    return QStringLiteral(
        "MODE LATIHAN — TRAINING MODE:  tidak ada uang sungguhan / no real money");
}

QSize TrainingBanner::sizeHint() const
{
    return {800, 30};
}

void TrainingBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect();
    p.fillRect(r, theme::Training);
    // Diagonal stripes, like safety tape.
    QPainterPath stripes;
    const int step = 28;
    for (int x = -r.height(); x < r.width() + r.height(); x += step) {
        QPolygonF band;
        band << QPointF(x, r.bottom() + 1) << QPointF(x + r.height(), r.top())
             << QPointF(x + r.height() + step / 2.0, r.top())
             << QPointF(x + step / 2.0, r.bottom() + 1);
        stripes.addPolygon(band);
    }
    p.fillPath(stripes, QColor(0xE0, 0x8E, 0x0B));
    // The message on a solid plate so that it stays readable over the stripes.
    QFont f = font();
    f.setPixelSize(13);
    f.setBold(true);
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.5);
    p.setFont(f);
    const QString t = text();
    const int w = QFontMetrics(f).horizontalAdvance(t) + 32;
    const QRect plate((r.width() - w) / 2, r.top() + 3, w, r.height() - 6);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2B, 0x1D, 0x00));
    p.drawRoundedRect(plate, 4, 4);
    p.setPen(QColor(0xFF, 0xD5, 0x80));
    p.drawText(plate, Qt::AlignCenter, t);
}

} // namespace kasir
