#pragma once

#include "core/money/money.h"

#include <QLineEdit>

#include <optional>

namespace kasir {

// A line edit for an amount of rupiah as a cashier types it ("15000", "15.000", "Rp 15.000").
// Right-aligned in a font with even digits; grouped with the locale's separator when the field
// is left. Empty counts as zero when `emptyIsZero` (fees, discount).
class MoneyEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyEdit(QWidget *parent = nullptr);

    void setEmptyIsZero(bool on) { m_emptyIsZero = on; }
    // nullopt when the text is not an amount.
    std::optional<Money> value() const;
    void setValue(Money money);
    // Marks the field red (the message is shown by whoever owns the field).
    void setInvalid(bool invalid);

Q_SIGNALS:
    // The text changed to a valid amount, or to something that is not one (nullopt).
    void valueEdited(std::optional<kasir::Money> value);

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_emptyIsZero = true;
};

} // namespace kasir
