#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;

namespace kasir {

// An inline question instead of a modal dialog: a message with a "yes" and a "no" button, shown
// inside the window where the action was asked for. Enter answers yes, Esc answers no. The
// window keeps running (a payment can still turn Paid while the question is open).
class ConfirmBar : public QFrame
{
    Q_OBJECT

public:
    explicit ConfirmBar(QWidget *parent = nullptr);

    // Shows the question with the focus on "yes", or on "no" for a risky one.
    void ask(const QString &message, const QString &yesText, const QString &noText,
             std::function<void()> onYes, bool risky = false);
    void dismiss();
    bool isAsking() const { return isVisible() && m_onYes != nullptr; }
    QString message() const;
    QPushButton *yesButton() const { return m_yes; }
    QPushButton *noButton() const { return m_no; }

Q_SIGNALS:
    void answered(bool yes);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void answer(bool yes);

    QLabel *m_text;
    QPushButton *m_yes;
    QPushButton *m_no;
    std::function<void()> m_onYes;
};

} // namespace kasir
