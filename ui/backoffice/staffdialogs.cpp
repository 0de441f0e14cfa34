#include "ui/backoffice/staffdialogs.h"

#include "core/config/supervisorpin.h"
#include "core/staff/staffdirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kasir {

namespace {

QLineEdit *pinEdit(QWidget *parent, const char *name)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setEchoMode(QLineEdit::Password);
    e->setMaxLength(StaffDirectory::MaxPinLength);
    e->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    return e;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("error"));
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color:#c62828;"));
    l->hide();
    return l;
}

} // namespace

SignInDialog::SignInDialog(StaffDirectory *staff, SupervisorPin *pin, const QString &current,
                           QWidget *parent)
    : QDialog(parent)
    , m_staff(staff)
    , m_pin(pin)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in"));
    auto *layout = new QVBoxLayout(this);
    auto *explain = new QLabel(tr("Choose your name and type your PIN. Every sale, cancel and "
                                  "approval is recorded under the name signed in."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *form = new QFormLayout;
    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("name"));
    if (staff) {
        for (const StaffMember &m : staff->members())
            m_name->addItem(m.role == StaffRole::Supervisor ? tr("%1 (supervisor)").arg(m.name)
                                                            : m.name,
                            m.name);
    }
    if (const int i = m_name->findData(current); i >= 0)
        m_name->setCurrentIndex(i);
    form->addRow(tr("Name"), m_name);
    m_pinEdit = pinEdit(this, "pin");
    form->addRow(tr("PIN"), m_pinEdit);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("signIn"));
    m_ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(m_ok, &QPushButton::clicked, this, &SignInDialog::confirm);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pinEdit, &QLineEdit::textChanged, this, &SignInDialog::updateEnabled);
    m_pinEdit->setFocus();
    updateEnabled();
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::updateEnabled()
{
    m_ok->setEnabled(m_staff && m_pin && m_name->count() > 0 && !m_pinEdit->text().isEmpty());
}

void SignInDialog::confirm()
{
    if (!m_ok->isEnabled())
        return;
    const std::optional<PinCandidate> who =
        m_staff->memberCandidate(m_name->currentData().toString());
    const SupervisorPin::Result r =
        m_pin->checkMember(who.value_or(PinCandidate{}), m_pinEdit->text());
    m_pinEdit->clear();
    if (r.approved()) {
        Q_EMIT signedIn(who->name);
        accept();
        return;
    }
    switch (r.outcome) {
    case SupervisorPin::Outcome::LockedOut:
        m_error->setText(tr("Too many wrong PINs (%1 in a row). Try again in %2 s.")
                             .arg(r.failures)
                             .arg(r.retryInSeconds));
        break;
    case SupervisorPin::Outcome::NotSet:
        m_error->setText(tr("This name is no longer on the staff list. Ask a supervisor."));
        break;
    default:
        m_error->setText(
            r.retryInSeconds > 0
                ? tr("The PIN is not right. Wait %1 s before the next try.").arg(r.retryInSeconds)
                : tr("The PIN is not right. Try again."));
        break;
    }
    m_error->show();
    m_pinEdit->setFocus();
    updateEnabled();
}

StaffMemberDialog::StaffMemberDialog(StaffDirectory *staff, Mode mode, const QString &actor,
                                     const QString &approver, QWidget *parent, const QString &name)
    : QDialog(parent)
    , m_staff(staff)
    , m_actor(actor)
    , m_approver(approver)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("staffMemberDialog"));
    const bool first = mode == Mode::FirstSupervisor;
    const bool changePin = mode == Mode::ChangePin;
    setWindowTitle(first       ? tr("Set up the supervisor")
                   : changePin ? tr("New PIN for %1").arg(name)
                               : tr("Add a staff member"));
    auto *layout = new QVBoxLayout(this);
    if (first) {
        auto *explain = new QLabel(tr("No supervisor is set up on this till yet, so it takes no "
                                      "sale. The shop owner or shift supervisor enters a name "
                                      "and a PIN of 4 to 8 digits: that PIN approves cancels, "
                                      "settings and settling by hand."),
                                   this);
        explain->setObjectName(QStringLiteral("explain"));
        explain->setWordWrap(true);
        layout->addWidget(explain);
    }
    auto *form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(StaffDirectory::MaxNameLength);
    form->addRow(tr("Name"), m_name);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    m_role->addItem(tr("Cashier"), staffRoleKey(StaffRole::Cashier));
    m_role->addItem(tr("Supervisor (approves)"), staffRoleKey(StaffRole::Supervisor));
    if (first) {
        m_role->setCurrentIndex(1);
        m_role->setEnabled(false);
    }
    form->addRow(tr("Role"), m_role);
    if (changePin) {
        m_name->setText(name);
        m_name->setReadOnly(true);
        m_role->hide();
        form->labelForField(m_role)->hide();
    }
    m_pinEdit = pinEdit(this, "pin");
    form->addRow(tr("PIN"), m_pinEdit);
    m_repeat = pinEdit(this, "repeat");
    form->addRow(tr("PIN again"), m_repeat);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *ok =
        buttons->addButton(changePin ? tr("Save PIN") : tr("Add"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("add"));
    ok->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    layout->addWidget(buttons);
    connect(ok, &QPushButton::clicked, this, &StaffMemberDialog::confirm);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

QString StaffMemberDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StaffMemberDialog::confirm()
{
    if (!m_staff)
        return;
    const StaffRole role =
        staffRoleFromKey(m_role->currentData().toString()).value_or(StaffRole::Cashier);
    const FieldErrors errors = m_mode == Mode::ChangePin
                                   ? m_staff->setPin(m_name->text(), m_pinEdit->text(),
                                                     m_repeat->text(), m_actor, m_approver)
                                   : m_staff->add(m_name->text(), role, m_pinEdit->text(),
                                                  m_repeat->text(), m_actor, m_approver);
    if (errors.isEmpty()) {
        Q_EMIT added(m_name->text().trimmed());
        accept();
        return;
    }
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message.toString();
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->show();
    m_pinEdit->clear();
    m_repeat->clear();
    (hasFieldError(errors, u"staff.name") ? static_cast<QWidget *>(m_name) : m_pinEdit)->setFocus();
}

} // namespace kasir
