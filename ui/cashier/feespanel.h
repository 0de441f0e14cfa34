#pragma once

#include "core/cart/cart.h"

#include <QMap>
#include <QWidget>

namespace kasir {

class CartModel;
class FormField;
class MoneyEdit;

// Fees and the one cart discount. Only the five kinds Faspay's online-credit channels accept
// are offered (shipping, admin, tax, additional, insurance): there is no free-text fee, so an
// unknown kind cannot be entered. Amounts go into the CartModel as they are typed; a negative or
// unreadable amount stays in the field with its message and does not reach the cart.
class FeesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FeesPanel(CartModel *model, QWidget *parent = nullptr);

    MoneyEdit *feeEdit(FeeKind kind) const { return m_fees.value(kind); }
    MoneyEdit *discountEdit() const { return m_discount; }
    FormField *feeField(FeeKind kind) const;
    FormField *discountField() const { return m_discountField; }
    QList<FeeKind> offeredKinds() const { return m_order; }

    // Shows the whole order's problems that concern fees ("fees[i].amount") and the discount.
    void setFieldErrors(const FieldErrors &errors);
    // Reloads the fields from the cart (a new sale).
    void reload();
    void focusFirst();

private:
    void feeEdited(FeeKind kind);
    void discountEdited();

    CartModel *m_model;
    QList<FeeKind> m_order;
    QMap<FeeKind, MoneyEdit *> m_fees;
    QMap<FeeKind, FormField *> m_fields;
    QMap<FeeKind, QString> m_localErrors;
    MoneyEdit *m_discount;
    FormField *m_discountField;
    QString m_discountLocalError;
};

} // namespace kasir
