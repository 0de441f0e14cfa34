#include "ui/cashier/shortcutoverlay.h"

#include "ui/widgets/theme.h"

#include <QAction>
#include <QKeyEvent>
#include <QPainter>

namespace kasir {

ShortcutOverlay::ShortcutOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);
    parent->installEventFilter(this);
    hide();
}

void ShortcutOverlay::setActions(const QList<QAction *> &actions)
{
    m_actions = actions;
}

QStringList ShortcutOverlay::lines() const
{
    QStringList out;
    for (QAction *a : m_actions) {
        if (!a->shortcut().isEmpty())
            out.append(a->shortcut().toString(QKeySequence::NativeText) + QLatin1Char('\t') +
                       a->text().remove(QLatin1Char('&')));
    }
    return out;
}

void ShortcutOverlay::popUp()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus(Qt::PopupFocusReason);
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    hide();
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *event)
{
    QWidget::mousePressEvent(event);
    hide();
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(16, 24, 32, 170));
    const QStringList rows = lines();
    const int rowHeight = 34;
    const int perColumn = int((rows.size() + 1) / 2);
    const int columnWidth = 400;
    const int w = columnWidth * 2 + 72;
    const int h = perColumn * rowHeight + 120;
    const QRect card((width() - w) / 2, qMax(16, (height() - h) / 2), w, h);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::white);
    p.drawRoundedRect(card, 14, 14);
    QFont title = font();
    title.setPixelSize(20);
    title.setBold(true);
    p.setFont(title);
    p.setPen(theme::Text);
    p.drawText(card.adjusted(28, 20, -28, 0), Qt::AlignLeft | Qt::AlignTop,
               tr("Keyboard shortcuts"));
    QFont small = font();
    small.setPixelSize(13);
    p.setFont(small);
    p.setPen(theme::MutedText);
    p.drawText(card.adjusted(28, 20, -28, 0), Qt::AlignRight | Qt::AlignTop,
               tr("Any key closes this"));
    QFont keyFont = font();
    keyFont.setPixelSize(13);
    keyFont.setBold(true);
    QFont textFont = font();
    textFont.setPixelSize(15);
    for (int i = 0; i < rows.size(); ++i) {
        const int column = i / qMax(1, perColumn);
        const int row = i % qMax(1, perColumn);
        const QStringList parts = rows.at(i).split(QLatin1Char('\t'));
        const int x = card.left() + 28 + column * (columnWidth + 16);
        const int y = card.top() + 70 + row * rowHeight;
        p.setFont(keyFont);
        const int kw = QFontMetrics(keyFont).horizontalAdvance(parts.value(0)) + 16;
        const QRect keyRect(x, y, qMax(44, kw), 24);
        p.setPen(QPen(theme::Border, 1));
        p.setBrush(theme::Window);
        p.drawRoundedRect(keyRect, 5, 5);
        p.setPen(theme::Text);
        p.drawText(keyRect, Qt::AlignCenter, parts.value(0));
        p.setFont(textFont);
        p.drawText(QRect(x + 120, y, columnWidth - 120, 24), Qt::AlignLeft | Qt::AlignVCenter,
                   parts.value(1));
    }
}

} // namespace kasir
