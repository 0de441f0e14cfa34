#include "ui/widgets/badgebutton.h"

#include "ui/widgets/theme.h"

#include <QPainter>

namespace kasir {

BadgeButton::BadgeButton(QWidget *parent)
    : QToolButton(parent)
{}

void BadgeButton::setCount(int count, bool urgent)
{
    m_count = count;
    m_urgent = urgent;
    setProperty("badge", count);
    update();
}

void BadgeButton::paintEvent(QPaintEvent *event)
{
    QToolButton::paintEvent(event);
    if (m_count <= 0)
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = font();
    f.setPixelSize(11);
    f.setBold(true);
    p.setFont(f);
    const QString text = m_count > 99 ? QStringLiteral("99+") : QString::number(m_count);
    const int h = 18;
    const int w = qMax(h, QFontMetrics(f).horizontalAdvance(text) + 10);
    const QRect badge(width() - w - 1, 1, w, h);
    p.setPen(QPen(Qt::white, 2));
    p.setBrush(m_urgent ? theme::Attention : theme::Waiting);
    p.drawRoundedRect(badge, h / 2.0, h / 2.0);
    p.setPen(Qt::white);
    p.drawText(badge, Qt::AlignCenter, text);
}

} // namespace kasir
