#pragma once

// What a reviewer looks for on a screenshot, as a check: on every visible widget of a window,
// no label whose text is elided or clipped, no button whose text does not fit, no visible
// horizontal scroll bar, and no visible widget cut off by the edge of its parent. Each problem is
// one line naming the widget (object name, class, text), so that a failing test says what to fix.

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QFontMetrics>
#include <QLabel>
#include <QScrollBar>
#include <QStringList>
#include <QTextDocument>
#include <QWidget>

namespace kasir::test {

namespace detail {

inline QString describe(const QWidget *w)
{
    QString text;
    if (const auto *label = qobject_cast<const QLabel *>(w))
        text = label->text();
    else if (const auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QStringLiteral("%1 \"%2\" (%3) \"%4\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? w->parentWidget()->objectName() : QString(), text.left(60));
}

// Whether the widget and every parent up to top are visible on screen (not merely "visible"
// flags: a page of a stacked widget that is not current reports !isVisible()).
inline bool shown(const QWidget *w)
{
    return w->isVisible() && !w->visibleRegion().isEmpty();
}

// A scroll area that scrolls its contents vertically holds widgets that may lie below its
// viewport on purpose; they are not "cut off".
inline bool insideScrollViewport(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea *>(p))
            return true;
    }
    return false;
}

inline void auditLabel(const QLabel *label, QStringList &problems)
{
    const QString text = label->text();
    if (text.isEmpty() || label->pixmap().isNull() == false)
        return;
    const QRect room = label->contentsRect();
    if (room.width() <= 0 || room.height() <= 0)
        return;
    if (Qt::mightBeRichText(text) || label->textFormat() == Qt::RichText) {
        QTextDocument doc;
        doc.setDefaultFont(label->font());
        doc.setHtml(text);
        doc.setDocumentMargin(0);
        if (label->wordWrap()) {
            doc.setTextWidth(room.width());
            if (doc.size().height() > room.height() + 2)
                problems << QStringLiteral("clipped (height %1 > %2): %3")
                                .arg(int(doc.size().height()))
                                .arg(room.height())
                                .arg(describe(label));
        } else if (doc.idealWidth() > room.width() + 2) {
            problems << QStringLiteral("clipped (width %1 > %2): %3")
                            .arg(int(doc.idealWidth()))
                            .arg(room.width())
                            .arg(describe(label));
        }
        return;
    }
    const QFontMetrics fm(label->font());
    // With a buddy, "&" marks the shortcut letter and takes no room.
    const int mnemonic = label->buddy() ? int(Qt::TextShowMnemonic) : 0;
    const QSize needed =
        label->wordWrap()
            ? fm.boundingRect(QRect(0, 0, room.width(), 100000),
                              int(label->alignment()) | Qt::TextWordWrap | mnemonic, text)
                  .size()
            : fm.size(mnemonic, text);
    if (needed.width() > room.width() + 1 || needed.height() > room.height() + 1)
        problems << QStringLiteral("clipped (%1×%2 in %3×%4): %5")
                        .arg(needed.width())
                        .arg(needed.height())
                        .arg(room.width())
                        .arg(room.height())
                        .arg(describe(label));
}

} // namespace detail

// Every problem found on the visible widgets of window; empty when the screen is clean.
inline QStringList layoutProblems(QWidget *window)
{
    using namespace detail;
    QStringList problems;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (const QWidget *w : widgets) {
        if (!shown(w) || w->window() != window)
            continue;
        if (const auto *label = qobject_cast<const QLabel *>(w)) {
            auditLabel(label, problems);
        } else if (const auto *button = qobject_cast<const QAbstractButton *>(w)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                problems << QStringLiteral("button text cut (needs %1, has %2): %3")
                                .arg(button->sizeHint().width())
                                .arg(button->width())
                                .arg(describe(button));
        } else if (const auto *combo = qobject_cast<const QComboBox *>(w)) {
            const QFontMetrics fm(combo->font());
            if (fm.horizontalAdvance(combo->currentText()) > combo->width())
                problems << QStringLiteral("combo box text cut: %1 \"%2\"")
                                .arg(describe(combo), combo->currentText());
        }
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(w)) {
            if (area->horizontalScrollBar() && area->horizontalScrollBar()->isVisible())
                problems << QStringLiteral("horizontal scroll bar: %1").arg(describe(area));
        }
        const QWidget *parent = w->parentWidget();
        if (parent && !insideScrollViewport(w, window) && !w->isWindow() &&
            !parent->rect().contains(w->geometry()) &&
            !parent->rect().intersected(w->geometry()).isEmpty())
            problems << QStringLiteral("cut off by its parent (%1 outside %2×%3): %4")
                            .arg(QStringLiteral("%1,%2 %3×%4")
                                     .arg(w->x())
                                     .arg(w->y())
                                     .arg(w->width())
                                     .arg(w->height()),
                                 QString::number(parent->width()),
                                 QString::number(parent->height()), describe(w));
    }
    return problems;
}

} // namespace kasir::test
