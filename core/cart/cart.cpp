#include "core/cart/cart.h"

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Cart";

FieldError error(QString field, const char *source, QStringList args = {})
{
    return FieldError{std::move(field), TranslatableText(Ctx, source, std::move(args))};
}

QString itemField(qsizetype index, const char *name)
{
    return QStringLiteral("items[%1].%2").arg(index).arg(QLatin1String(name));
}
} // namespace

QString feeKindId(FeeKind kind)
{
    switch (kind) {
    case FeeKind::Shipping:
        return QStringLiteral("shippingfee");
    case FeeKind::Admin:
        return QStringLiteral("adminfee");
    case FeeKind::Tax:
        return QStringLiteral("taxfee");
    case FeeKind::Additional:
        return QStringLiteral("additionalfee");
    case FeeKind::Insurance:
        return QStringLiteral("insurancefee");
    }
    return {};
}

std::optional<FeeKind> feeKindFromId(QStringView id)
{
    for (FeeKind kind : allFeeKinds()) {
        if (feeKindId(kind) == id)
            return kind;
    }
    return std::nullopt;
}

QList<FeeKind> allFeeKinds()
{
    return {FeeKind::Shipping, FeeKind::Admin, FeeKind::Tax, FeeKind::Additional,
            FeeKind::Insurance};
}

TranslatableText feeKindLabel(FeeKind kind)
{
    switch (kind) {
    case FeeKind::Shipping:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Cart", "Shipping fee")};
    case FeeKind::Admin:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Cart", "Admin fee")};
    case FeeKind::Tax:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Cart", "Tax")};
    case FeeKind::Additional:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Cart", "Additional fee")};
    case FeeKind::Insurance:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Cart", "Insurance")};
    }
    return {};
}

void Cart::addItem(const LineItem &item)
{
    for (LineItem &line : lines) {
        if (line.sku == item.sku && line.unitPrice == item.unitPrice) {
            line.qty += item.qty;
            return;
        }
    }
    lines.append(item);
}

Money Cart::fee(FeeKind kind) const
{
    Money sum;
    for (const Fee &f : fees) {
        if (f.kind == kind)
            sum += f.amount;
    }
    return sum;
}

void Cart::setFee(FeeKind kind, Money amount)
{
    fees.removeIf([kind](const Fee &f) { return f.kind == kind; });
    if (!amount.isZero())
        fees.append(Fee{kind, amount});
}

CartTotals Cart::totals() const
{
    CartTotals t;
    for (const LineItem &line : lines)
        t.goods += line.lineTotal();
    for (const Fee &f : fees)
        t.miscFee += f.amount;
    t.discount = discount;
    t.gross = t.goods - discount;
    t.total = t.gross + t.miscFee;
    return t;
}

FieldErrors Cart::validate() const
{
    FieldErrors errors;
    if (lines.isEmpty()) {
        errors.append(error(
            QStringLiteral("items"),
            QT_TRANSLATE_NOOP("kasir::Cart", "The cart is empty. Scan or add at least one item.")));
    }
    if (lines.size() > MaxLines) {
        errors.append(
            error(QStringLiteral("items"),
                  QT_TRANSLATE_NOOP("kasir::Cart", "Too many lines (%1 at most). Split the sale."),
                  {QString::number(MaxLines)}));
    }
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineItem &line = lines.at(i);
        if (line.sku.trimmed().isEmpty()) {
            errors.append(error(itemField(i, "sku"),
                                QT_TRANSLATE_NOOP("kasir::Cart", "The item has no SKU.")));
        }
        if (line.name.trimmed().isEmpty()) {
            errors.append(error(itemField(i, "name"),
                                QT_TRANSLATE_NOOP("kasir::Cart", "The item has no name.")));
        }
        if (line.qty <= 0) {
            errors.append(error(itemField(i, "qty"),
                                QT_TRANSLATE_NOOP("kasir::Cart", "Quantity must be at least 1.")));
        } else if (line.qty > MaxQuantity) {
            errors.append(
                error(itemField(i, "qty"),
                      QT_TRANSLATE_NOOP("kasir::Cart", "Quantity is too large (%1 at most)."),
                      {QString::number(MaxQuantity)}));
        }
        if (line.unitPrice.isNegative()) {
            errors.append(error(itemField(i, "unit_price"),
                                QT_TRANSLATE_NOOP("kasir::Cart", "The price cannot be negative.")));
        } else if (line.unitPrice.rupiah() > MaxUnitPrice) {
            errors.append(error(itemField(i, "unit_price"),
                                QT_TRANSLATE_NOOP("kasir::Cart", "The price is too large.")));
        }
    }
    for (qsizetype i = 0; i < fees.size(); ++i) {
        if (fees.at(i).amount.isNegative() || fees.at(i).amount.rupiah() > MaxUnitPrice) {
            errors.append(error(
                QStringLiteral("fees[%1].amount").arg(i),
                QT_TRANSLATE_NOOP("kasir::Cart", "A fee must be zero or more and not too large.")));
        }
    }
    if (discount.isNegative()) {
        errors.append(error(QStringLiteral("discount"),
                            QT_TRANSLATE_NOOP("kasir::Cart", "The discount cannot be negative.")));
    }
    if (!errors.isEmpty())
        return errors;

    // Only now are the sums safe to take (every term is bounded above).
    const CartTotals t = totals();
    if (discount > t.goods) {
        errors.append(
            error(QStringLiteral("discount"),
                  QT_TRANSLATE_NOOP("kasir::Cart", "The discount is larger than the goods (%1)."),
                  {t.goods.format()}));
    } else if (t.total.rupiah() <= 0) {
        errors.append(error(QStringLiteral("items"),
                            QT_TRANSLATE_NOOP("kasir::Cart", "The total must be more than Rp 0.")));
    } else if (t.total.rupiah() > MaxTotal) {
        errors.append(
            error(QStringLiteral("items"),
                  QT_TRANSLATE_NOOP("kasir::Cart", "The total is larger than Faspay accepts.")));
    }
    return errors;
}

} // namespace kasir
