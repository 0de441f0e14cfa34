#pragma once

#include <QToolButton>

namespace kasir {

// A header button with a count in a small round badge (pending payments); red when some of them
// need a person, the accent colour otherwise, none at zero.
class BadgeButton : public QToolButton
{
    Q_OBJECT

public:
    explicit BadgeButton(QWidget *parent = nullptr);

    void setCount(int count, bool urgent);
    int count() const { return m_count; }
    bool isUrgent() const { return m_urgent; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_count = 0;
    bool m_urgent = false;
};

} // namespace kasir
