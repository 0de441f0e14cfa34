#pragma once

#include "core/config/supervisorpin.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace kasir {

// Asks for the supervisor's PIN, and for most actions a reason, before something that can cost
// money: opening Settings, cancelling a payment, starting a new bill while an old one may still
// be paid, settling one by hand. The engine logs the reason with the action. The PIN is checked
// by SupervisorPin: wrong tries are counted in the data folder across dialogs and restarts, and
// from the fifth on the dialog says "try again in N s" (counting down) and refuses until then.
// When no PIN has been set it says so and cannot be confirmed (Settings sets one). Opened with
// open(); approved() carries the reason (empty when none was asked) and who approved, then it
// closes.
//
// The check takes about 100 ms (PBKDF2) on the GUI thread, once per press of Approve.
class SupervisorDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Reason { Required, NotAsked };

    // `action`: what is about to happen, in one sentence ("Cancel payment K01... of Rp ...").
    // `pin` outlives the dialog; null: no PIN can be checked (as if none were set).
    SupervisorDialog(const QString &action, SupervisorPin *pin, Reason reason = Reason::Required,
                     QWidget *parent = nullptr);

    static constexpr int MinReasonLength = 5;

    QString reason() const;
    bool isLockedOut() const;
    // What the dialog says under the fields (wrong PIN, the wait), empty when nothing.
    QString errorText() const;

public Q_SLOTS:
    void confirm();

Q_SIGNALS:
    // `approver`: the supervisor whose PIN it was (the staff list), empty for the single PIN
    // of the settings file.
    void approved(const QString &reason, const QString &approver);

private:
    void updateEnabled();
    void updateLockout();

    QPointer<SupervisorPin> m_pin;
    bool m_hasPin = false;
    bool m_askReason = true;
    int m_lockedFor = 0;
    QLabel *m_error = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
    QTimer *m_countdown = nullptr;
};

} // namespace kasir
