#include "ui/cashier/modebanner.h"

#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kasir {

ModeBanner::ModeBanner(Mode mode, const QString &gatewayHost, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_host(gatewayHost)
{
    setObjectName(mode == Mode::Training ? QStringLiteral("trainingBanner")
                                         : QStringLiteral("notFaspayBanner"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(text());
}

QString ModeBanner::text() const
{
    if (m_mode == Mode::NotFaspay)
        return QStringLiteral("BUKAN FASPAY — NOT FASPAY:  gateway %1  (bukan server Faspay / "
                              "not a Faspay server)")
            .arg(m_host);
    return QStringLiteral(
        "MODE LATIHAN — TRAINING MODE:  tidak ada uang sungguhan / no real money");
}

QSize ModeBanner::sizeHint() const
{
    return {800, 30};
}

void ModeBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect();
    const bool training = m_mode == Mode::Training;
    p.fillRect(r, training ? theme::Training : QColor(0xC6, 0x28, 0x28));
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
    p.fillPath(stripes, training ? QColor(0xE0, 0x8E, 0x0B) : QColor(0x8E, 0x1B, 0x1B));
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
    p.setBrush(training ? QColor(0x2B, 0x1D, 0x00) : QColor(0x2B, 0x00, 0x00));
    p.drawRoundedRect(plate, 4, 4);
    p.setPen(training ? QColor(0xFF, 0xD5, 0x80) : QColor(0xFF, 0xCD, 0xD2));
    p.drawText(plate, Qt::AlignCenter, t);
}

} // namespace kasir
