#include "ui/cashier/confirmbar.h"

#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>

namespace kasir {

ConfirmBar::ConfirmBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_yes(new QPushButton(this))
    , m_no(new QPushButton(this))
{
    setObjectName(QStringLiteral("confirmBar"));
    theme::setRole(this, "notice");
    theme::setTone(this, "waiting");
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_yes->setObjectName(QStringLiteral("confirmYes"));
    m_no->setObjectName(QStringLiteral("confirmNo"));
    m_yes->setAutoDefault(true);
    m_no->setAutoDefault(true);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_no);
    layout->addWidget(m_yes);
    connect(m_yes, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_no, &QPushButton::clicked, this, [this] { answer(false); });
    hide();
}

void ConfirmBar::ask(const QString &message, const QString &yesText, const QString &noText,
                     std::function<void()> onYes, bool risky)
{
    m_text->setText(message);
    // A risky question starts on "no": Enter alone never confirms it.
    m_yes->setText(risky ? yesText : yesText + QStringLiteral("  ·  Enter"));
    m_no->setText(noText + QStringLiteral("  ·  Esc"));
    theme::setRole(m_yes, risky ? "danger" : "primary");
    theme::setTone(this, risky ? "attention" : "waiting");
    m_onYes = std::move(onYes);
    show();
    (risky ? m_no : m_yes)->setFocus(Qt::OtherFocusReason);
}

void ConfirmBar::dismiss()
{
    m_onYes = nullptr;
    hide();
}

QString ConfirmBar::message() const
{
    return m_text->text();
}

void ConfirmBar::answer(bool yes)
{
    std::function<void()> onYes = std::move(m_onYes);
    m_onYes = nullptr;
    hide();
    if (yes && onYes)
        onYes();
    Q_EMIT answered(yes);
}

void ConfirmBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        answer(false);
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace kasir
