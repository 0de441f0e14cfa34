#include "ui/backoffice/supervisordialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace kasir {

SupervisorDialog::SupervisorDialog(const QString &action, bool hasPin, PinCheck pinCheck,
                                   QWidget *parent)
    : QDialog(parent)
    , m_check(std::move(pinCheck))
    , m_hasPin(hasPin)
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
    auto *explain = new QLabel(tr("This changes a payment. A supervisor enters the PIN and "
                                  "writes why; both are kept in the payment's history."),
                               this);
    explain->setWordWrap(true);
    layout->addWidget(explain);

    auto *form = new QFormLayout;
    m_pin = new QLineEdit(this);
    m_pin->setObjectName(QStringLiteral("pin"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData);
    form->addRow(tr("Supervisor PIN"), m_pin);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("For example: the customer changed their mind and paid "
                                    "cash"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    form->addRow(tr("Reason"), m_reason);
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
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setText(tr("Cancel"));
    layout->addWidget(buttons);

    m_lockout = new QTimer(this);
    m_lockout->setSingleShot(true);
    m_lockout->setInterval(LockoutMs);
    connect(m_lockout, &QTimer::timeout, this, [this] {
        m_failures = 0;
        m_error->hide();
        updateEnabled();
    });
    connect(m_ok, &QPushButton::clicked, this, &SupervisorDialog::confirm);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_pin, &QLineEdit::textChanged, this, &SupervisorDialog::updateEnabled);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &SupervisorDialog::updateEnabled);

    if (!m_hasPin) {
        m_error->setText(tr("No supervisor PIN is set, so this cannot be approved here. Set a "
                            "PIN in Settings first."));
        m_error->show();
        m_pin->setEnabled(false);
        m_reason->setEnabled(false);
    }
    updateEnabled();
}

QString SupervisorDialog::reason() const
{
    return m_reason->toPlainText().simplified();
}

bool SupervisorDialog::isLockedOut() const
{
    return m_lockout->isActive();
}

void SupervisorDialog::updateEnabled()
{
    m_ok->setEnabled(m_hasPin && !isLockedOut() && !m_pin->text().isEmpty() &&
                     reason().size() >= MinReasonLength);
}

void SupervisorDialog::confirm()
{
    updateEnabled();
    if (!m_ok->isEnabled())
        return;
    if (!m_check || !m_check(m_pin->text())) {
        ++m_failures;
        m_pin->clear();
        if (m_failures >= MaxTries) {
            m_lockout->start();
            m_error->setText(
                tr("Wrong PIN %1 times. Wait 30 seconds before trying again.").arg(m_failures));
        } else {
            m_error->setText(tr("The PIN is not right. Try again."));
        }
        m_error->show();
        m_pin->setFocus();
        updateEnabled();
        return;
    }
    m_pin->clear();
    Q_EMIT approved(reason());
    accept();
}

} // namespace kasir
