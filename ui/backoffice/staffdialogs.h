#pragma once

#include "core/journal/records.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace kasir {

class StaffDirectory;
class SupervisorPin;

// Signing in at the counter (issue 12): the staff member picks their name and types their PIN.
// The PIN is checked by SupervisorPin::checkMember, so wrong PINs count towards the same wait as
// a supervisor's approval (one guesser, one count) and survive closing the dialog. Opened with
// open(); signedIn() carries the name as stored, then it closes. Cancel leaves the till locked
// (the window refuses sales until someone signs in).
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // Both outlive the dialog. `current`: who is signed in now (preselected), may be empty.
    SignInDialog(StaffDirectory *staff, SupervisorPin *pin, const QString &current,
                 QWidget *parent = nullptr);

    QString errorText() const;

public Q_SLOTS:
    void confirm();

Q_SIGNALS:
    void signedIn(const QString &name);

private:
    void updateEnabled();

    QPointer<StaffDirectory> m_staff;
    QPointer<SupervisorPin> m_pin;
    QComboBox *m_name = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

// Adding a staff member: name, role (fixed to supervisor for the first one, which a production
// till needs before its first sale), PIN twice; or a new PIN for one member (ChangePin: the name
// is fixed, no role). The rules are StaffDirectory's and show under the form; nothing is saved
// while one remains. added() carries the name, then it closes.
class StaffMemberDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { FirstSupervisor, Any, ChangePin };

    // `actor` and `approver`: who adds (logged with the member); `staff` outlives the dialog.
    // `name`: the member whose PIN changes (ChangePin only).
    StaffMemberDialog(StaffDirectory *staff, Mode mode, const QString &actor,
                      const QString &approver, QWidget *parent = nullptr, const QString &name = {});

    QString errorText() const;

public Q_SLOTS:
    void confirm();

Q_SIGNALS:
    void added(const QString &name);

private:
    QPointer<StaffDirectory> m_staff;
    QString m_actor;
    QString m_approver;
    Mode m_mode;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_pinEdit = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace kasir
