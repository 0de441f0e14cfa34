#include "ui/backoffice/supervisordialog.h"

#include "core/config/supervisorpin.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kasir {

SupervisorDialog::SupervisorDialog(const QString &action, SupervisorPin *pin, Reason reason,
                                   QWidget *parent)
    : QDialog(parent)
    , m_pin(pin)
    , m_hasPin(pin && pin->isSet())
    , m_askReason(reason == Reason::Required)
{
    setObjectName(QStringLiteral("supervisorDialog"));
    setWindowTitle(tr("Supervisor approval"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(action, this);
    what->setObjectName(QStringLiteral("action"));
    what->setWordWrap(true);
    QFont f = what->font();
    f.setBold(true);
    what->setFont(f);
    layout->addWidget(what);
    auto *explain = new QLabel(m_askReason ? tr("This changes a payment. A supervisor enters the "
                                                "PIN and writes why; both are kept in the "
                                                "payment's history.")
                                           : tr("Only a supervisor may do this: enter the "
                                                "supervisor PIN."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto *form = new QFormLayout;
    m_pinEdit = new QLineEdit(this);
    m_pinEdit->setObjectName(QStringLiteral("pin"));
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setMaxLength(8);
    m_pinEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    form->addRow(tr("Supervisor PIN"), m_pinEdit);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the customer changed their mind and paid "
                                    "cash"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Reason"), m_reason);
    if (!m_askReason) {
        m_reason->hide();
        form->labelForField(m_reason)->hide();
    }
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c62828;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Approve"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("approve"));
    m_ok->setDefault(true); // Enter in the PIN field approves
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    layout->addWidget(buttons);

    // Counts the wait down; the file in the data folder decides it, not this timer.
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SupervisorDialog::updateLockout);
    connect(m_ok, &QPushButton::clicked, this, &SupervisorDialog::confirm);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pinEdit, &QLineEdit::textChanged, this, &SupervisorDialog::updateEnabled);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SupervisorDialog::updateEnabled);

    if (!m_hasPin) {
        m_error->setText(tr("No supervisor PIN is set, so this cannot be approved here. Set a "
                            "PIN in Settings first."));
        m_error->show();
        m_pinEdit->setEnabled(false);
        m_reason->setEnabled(false);
    } else {
        if (m_pin)
            connect(m_pin.data(), &SupervisorPin::triesChanged, this,
                    &SupervisorDialog::updateLockout);
        updateLockout();
    }
    updateEnabled();
}

QString SupervisorDialog::reason() const
{
    return m_askReason ? m_reason->toPlainText().simplified() : QString();
}

bool SupervisorDialog::isLockedOut() const
{
    return m_lockedFor > 0;
}

QString SupervisorDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SupervisorDialog::updateLockout()
{
    if (!m_pin || !m_hasPin)
        return;
    const int wasLockedFor = m_lockedFor;
    m_lockedFor = m_pin->lockedForSeconds();
    if (m_lockedFor > 0) {
        m_error->setText(tr("Too many wrong PINs (%1 in a row). Try again in %2 s.")
                             .arg(m_pin->failures())
                             .arg(m_lockedFor));
        m_error->show();
        if (!m_countdown->isActive())
            m_countdown->start();
    } else {
        m_countdown->stop();
        if (wasLockedFor > 0) {
            m_error->setText(tr("You can try the PIN again."));
            m_error->show();
        }
    }
    updateEnabled();
}

void SupervisorDialog::updateEnabled()
{
    m_ok->setEnabled(m_hasPin && !isLockedOut() && !m_pinEdit->text().isEmpty() &&
                     (!m_askReason || reason().size() >= MinReasonLength));
}

void SupervisorDialog::confirm()
{
    updateEnabled();
    if (!m_ok->isEnabled() || !m_pin)
        return;
    const SupervisorPin::Result result = m_pin->check(m_pinEdit->text());
    m_pinEdit->clear();
    if (!result.approved()) {
        updateLockout();
        if (!isLockedOut()) {
            m_error->setText(result.outcome == SupervisorPin::Outcome::NotSet
                                 ? tr("No supervisor PIN is set any more. Set one in Settings.")
                                 : tr("The PIN is not right. Try again."));
            m_error->show();
        }
        m_pinEdit->setFocus();
        updateEnabled();
        return;
    }
    Q_EMIT approved(reason(), result.approver);
    accept();
}

} // namespace kasir
