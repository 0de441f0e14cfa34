#pragma once

#include <QList>
#include <QPair>
#include <QWidget>

class QAction;

namespace kasir {

// F1: every shortcut of the window over a dimmed screen, in two columns. Any key or a click
// closes it. Built from the window's actions, so it cannot disagree with them.
class ShortcutOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit ShortcutOverlay(QWidget *parent);

    void setActions(const QList<QAction *> &actions);
    void popUp();
    QStringList lines() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QAction *> m_actions;
};

} // namespace kasir
