#include "ui/cashier/feespanel.h"

#include "ui/cashier/cartmodel.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/moneyedit.h"

#include <QGridLayout>
#include <QRegularExpression>

namespace kasir {

FeesPanel::FeesPanel(CartModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_order(allFeeKinds())
    , m_discount(new MoneyEdit(this))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(2);
    int i = 0;
    for (FeeKind kind : std::as_const(m_order)) {
        auto *edit = new MoneyEdit(this);
        edit->setObjectName(QStringLiteral("fee_%1").arg(feeKindId(kind)));
        edit->setProperty("feeKind", feeKindId(kind));
        auto *field = new FormField(feeKindLabel(kind).toString(), edit, this);
        field->setMessageLines(1);
        m_fees.insert(kind, edit);
        m_fields.insert(kind, field);
        grid->addWidget(field, i / 3, i % 3);
        connect(edit, &MoneyEdit::valueEdited, this, [this, kind] { feeEdited(kind); });
        ++i;
    }
    m_discount->setObjectName(QStringLiteral("discount"));
    m_discountField = new FormField(tr("Discount"), m_discount, this);
    m_discountField->setMessageLines(1);
    grid->addWidget(m_discountField, i / 3, i % 3);
    connect(m_discount, &MoneyEdit::valueEdited, this, &FeesPanel::discountEdited);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    reload();
}

FormField *FeesPanel::feeField(FeeKind kind) const
{
    return m_fields.value(kind);
}

void FeesPanel::focusFirst()
{
    if (MoneyEdit *first = m_fees.value(m_order.value(0)))
        first->setFocus(Qt::ShortcutFocusReason);
}

void FeesPanel::reload()
{
    for (FeeKind kind : std::as_const(m_order)) {
        m_fees.value(kind)->setValue(m_model->cart().fee(kind));
        m_fields.value(kind)->setError({});
    }
    m_localErrors.clear();
    m_discount->setValue(m_model->cart().discount);
    m_discountField->setError({});
    m_discountLocalError.clear();
}

void FeesPanel::feeEdited(FeeKind kind)
{
    const std::optional<Money> value = m_fees.value(kind)->value();
    QString message;
    if (!value)
        message = tr("Type the amount in whole rupiah, e.g. 20000 or 20.000.");
    else
        message = m_model->setFee(kind, *value);
    m_localErrors.insert(kind, message);
    m_fields.value(kind)->setError(message);
}

void FeesPanel::discountEdited()
{
    const std::optional<Money> value = m_discount->value();
    QString message;
    if (!value)
        message = tr("Type the amount in whole rupiah, e.g. 20000 or 20.000.");
    else
        message = m_model->setDiscount(*value);
    m_discountLocalError = message;
    m_discountField->setError(message);
}

void FeesPanel::setFieldErrors(const FieldErrors &errors)
{
    // A field's own problem (what was typed) wins over the order's (e.g. discount > goods).
    QString discount = m_discountLocalError;
    QMap<FeeKind, QString> fees = m_localErrors;
    static const QRegularExpression feePath(QStringLiteral("^fees\\[(\\d+)\\]\\.amount$"));
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("discount") && discount.isEmpty()) {
            discount = e.message.toString();
        } else if (const QRegularExpressionMatch m = feePath.match(e.field); m.hasMatch()) {
            const int index = m.captured(1).toInt();
            if (index < m_model->cart().fees.size()) {
                const FeeKind kind = m_model->cart().fees.at(index).kind;
                if (fees.value(kind).isEmpty())
                    fees.insert(kind, e.message.toString());
            }
        }
    }
    m_discountField->setError(discount);
    for (FeeKind kind : std::as_const(m_order))
        m_fields.value(kind)->setError(fees.value(kind));
}

} // namespace kasir
