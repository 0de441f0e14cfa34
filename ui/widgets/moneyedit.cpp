#include "ui/widgets/moneyedit.h"

#include "ui/widgets/theme.h"

#include <QStyle>

namespace kasir {

MoneyEdit::MoneyEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setFont(theme::moneyFont(15));
    setPlaceholderText(QStringLiteral("0"));
    setMaxLength(24);
    connect(this, &QLineEdit::textEdited, this, [this] { Q_EMIT valueEdited(value()); });
}

std::optional<Money> MoneyEdit::value() const
{
    const QString t = text().trimmed();
    if (t.isEmpty())
        return m_emptyIsZero ? std::optional<Money>(Money()) : std::nullopt;
    return Money::parse(t);
}

void MoneyEdit::setValue(Money money)
{
    setText(money.isZero() && m_emptyIsZero ? QString() : money.formatNumber(locale()));
}

void MoneyEdit::setInvalid(bool invalid)
{
    if (property("invalid").toBool() == invalid)
        return;
    setProperty("invalid", invalid);
    style()->unpolish(this);
    style()->polish(this);
}

void MoneyEdit::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Show what was understood: "15000" becomes "15.000".
    if (const std::optional<Money> v = value(); v && !text().trimmed().isEmpty())
        setText(v->formatNumber(locale()));
}

} // namespace kasir
