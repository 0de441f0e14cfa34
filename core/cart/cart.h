#pragma once

#include "core/common/translatabletext.h"
#include "core/money/money.h"

#include <QList>
#include <QString>

#include <optional>

namespace kasir {

// The fee kinds Faspay's online-credit channels accept as item lines (Part A §5).
enum class FeeKind { Shipping, Admin, Tax, Additional, Insurance };

// Wire id of a fee kind: "shippingfee", "adminfee", "taxfee", "additionalfee", "insurancefee".
QString feeKindId(FeeKind kind);
std::optional<FeeKind> feeKindFromId(QStringView id);
QList<FeeKind> allFeeKinds();
// "Shipping" / "Ongkos kirim" and so on, for lines, receipts and the window.
TranslatableText feeKindLabel(FeeKind kind);

struct LineItem
{
    QString sku;
    QString name;
    qint64 qty = 1;
    Money unitPrice;

    Money lineTotal() const { return Money::fromRupiah(unitPrice.rupiah() * qty); }
    bool operator==(const LineItem &) const = default;
};

struct Fee
{
    FeeKind kind = FeeKind::Shipping;
    Money amount;
    bool operator==(const Fee &) const = default;
};

// goods - discount = gross; gross + miscFee = total (Part A §5: bill_gross, bill_miscfee,
// bill_total).
struct CartTotals
{
    Money goods;
    Money discount;
    Money gross;
    Money miscFee;
    Money total;
};

class Cart
{
public:
    // Limits that keep every sum far inside qint64 and inside Faspay's N(15) amount fields.
    // (200 lines x 10 000 x Rp 1 billion x 100 stays far below 2^63.)
    static constexpr qint64 MaxQuantity = 10'000;
    static constexpr qint64 MaxUnitPrice = 1'000'000'000; // Rp 1 billion
    static constexpr qsizetype MaxLines = 200;
    // Faspay's amount fields are N(15) in rupiah x 100.
    static constexpr qint64 MaxTotal = 9'999'999'999'999;

    QList<LineItem> lines;
    QList<Fee> fees;
    Money discount;

    bool isEmpty() const { return lines.isEmpty(); }
    // Adds qty of the SKU: merges into an existing line with the same SKU and price.
    void addItem(const LineItem &item);
    // Sum of fees of one kind (a cart normally has at most one fee of each kind).
    Money fee(FeeKind kind) const;
    // Sets the fee of one kind; a zero amount removes it.
    void setFee(FeeKind kind, Money amount);

    // Totals are only meaningful when validate() returns no errors.
    CartTotals totals() const;
    // Field paths: "items", "items[i].sku|name|qty|unit_price", "fees[i].amount", "discount".
    FieldErrors validate() const;

    bool operator==(const Cart &) const = default;
};

} // namespace kasir
