#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace kasir {

// Asks for the supervisor's PIN and a reason before a money-changing action (cancelling a
// payment, settling one by hand). The reason is required: the engine logs it with the action.
// Five wrong PINs in a row lock the dialog for 30 seconds. When no PIN has been set it says so
// and cannot be confirmed (Settings sets one). Opened with open(); approved() carries the
// reason, then it closes.
class SupervisorDialog : public QDialog
{
    Q_OBJECT

public:
    using PinCheck = std::function<bool(const QString &pin)>;

    // `action`: what is about to happen, in one sentence ("Cancel payment K01... of Rp ...").
    // `pinCheck` is AppSettings::checkSupervisorPin of the current settings; `hasPin` whether
    // one is set.
    SupervisorDialog(const QString &action, bool hasPin, PinCheck pinCheck,
                     QWidget *parent = nullptr);

    static constexpr int MaxTries = 5;
    static constexpr int LockoutMs = 30'000;
    static constexpr int MinReasonLength = 5;

    QString reason() const;
    bool isLockedOut() const;

public Q_SLOTS:
    void confirm();

Q_SIGNALS:
    void approved(const QString &reason);

private:
    void updateEnabled();

    PinCheck m_check;
    bool m_hasPin;
    int m_failures = 0;
    QLabel *m_error = nullptr;
    QLineEdit *m_pin = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_lockout = nullptr;
};

} // namespace kasir
