#include "ui/cashier/qrwidget.h"

#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPainterPath>

namespace kasir {

QrWidget::QrWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAccessibleName(tr("Payment QR code"));
}

bool QrWidget::setPayload(const QString &text)
{
    m_payload = text;
    m_code = text.isEmpty() ? std::nullopt : QrCode::encode(text.toUtf8());
    setAccessibleDescription(m_code ? text : QString());
    update();
    return m_code.has_value() || text.isEmpty();
}

void QrWidget::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    update();
}

void QrWidget::setDimmed(bool dimmed)
{
    m_dimmed = dimmed;
    update();
}

void QrWidget::setPaidMark(bool paid)
{
    m_paid = paid;
    update();
}

QSize QrWidget::sizeHint() const
{
    return {320, 320};
}

QSize QrWidget::minimumSizeHint() const
{
    return {200, 200};
}

void QrWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int side = qMin(width(), height());
    const QRect square((width() - side) / 2, (height() - side) / 2, side, side);
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(theme::Border, 1));
    p.setBrush(Qt::white);
    p.drawRoundedRect(QRectF(square).adjusted(0.5, 0.5, -0.5, -0.5), 12, 12);
    if (!m_code) {
        p.setPen(theme::MutedText);
        p.drawText(square.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap,
                   m_placeholder);
        return;
    }
    // Quiet zone of four modules around the symbol, then whole pixels per module.
    const int modules = m_code->size() + 8;
    const qreal dpr = devicePixelRatioF();
    const int devicePerModule = qMax(1, int((side - 2) * dpr) / modules);
    const qreal logicalSymbol = devicePerModule * m_code->size() / dpr;
    const QRectF symbol(square.x() + (side - logicalSymbol) / 2.0,
                        square.y() + (side - logicalSymbol) / 2.0, logicalSymbol, logicalSymbol);
    p.setRenderHint(QPainter::Antialiasing, false);
    p.setPen(Qt::NoPen);
    m_code->paint(&p, symbol);
    if (m_dimmed)
        p.fillRect(symbol, QColor(255, 255, 255, 200));
    if (m_paid) {
        p.setRenderHint(QPainter::Antialiasing, true);
        const qreal d = side * 0.42;
        const QRectF circle(square.center().x() - d / 2, square.center().y() - d / 2, d, d);
        p.setPen(QPen(Qt::white, d * 0.06));
        p.setBrush(theme::Paid);
        p.drawEllipse(circle);
        QPainterPath tick;
        tick.moveTo(circle.left() + d * 0.27, circle.top() + d * 0.52);
        tick.lineTo(circle.left() + d * 0.44, circle.top() + d * 0.68);
        tick.lineTo(circle.left() + d * 0.74, circle.top() + d * 0.36);
        p.setPen(QPen(Qt::white, d * 0.1, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
    }
}

} // namespace kasir
