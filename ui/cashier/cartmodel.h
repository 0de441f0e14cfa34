#pragma once

#include "core/cart/cart.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace kasir {

// The cart the cashier builds, as a table: SKU, item, qty (editable), unit price (editable),
// line total. It owns the whole kasir::Cart (lines, fees, one discount), so that the totals
// shown anywhere come from one place (Cart::totals()).
//
// Edits are checked with the cart's own rules before they are taken: a quantity below 1, a
// negative or oversized price or something that is not a number is refused, the line keeps its
// value, and editRejected() says why at the cell (field path "items[i].qty" /
// "items[i].unit_price"). The cart therefore never holds an invalid line.
class CartModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SkuColumn, NameColumn, QtyColumn, PriceColumn, TotalColumn, ColumnCount };
    enum Role { FieldPathRole = Qt::UserRole + 1, ErrorRole };

    explicit CartModel(QObject *parent = nullptr);

    const Cart &cart() const { return m_cart; }
    void setCart(const Cart &cart);
    void clear();
    CartTotals totals() const { return m_cart.totals(); }
    int lineCount() const { return int(m_cart.lines.size()); }

    // Adds `qty` of a product; merges with a line of the same SKU and price. Returns the row of
    // the line, or -1 when the cart's rules refuse it (editRejected() says why).
    int addItem(const LineItem &item);
    bool removeLine(int row);
    // Returns an empty string when taken, else the message shown to the cashier.
    QString setQuantity(int row, qint64 qty);
    QString setUnitPrice(int row, Money price);
    // Fees of the five whitelisted kinds and the one cart discount. A negative or oversized
    // amount is refused with the message returned.
    QString setFee(FeeKind kind, Money amount);
    QString setDiscount(Money amount);

    // Problems found by the last validation of the whole order (Pay, or live while typing):
    // cells whose field path is named are marked, with the message as tooltip.
    void setFieldErrors(const FieldErrors &errors);

    // The Faspay wire keeps the first 50 characters of an item name (Part A §5); a longer name is
    // accepted and the table says how it will be sent.
    static bool nameIsShortenedOnWire(const QString &name);
    static QString wireName(const QString &name);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString fieldPath(int row, Column column);

Q_SIGNALS:
    // Anything in the cart changed (lines, fees, discount): totals must be shown again.
    void cartChanged();
    void editRejected(int row, const QString &fieldPath, const QString &message);

private:
    QString tryLines(const QList<LineItem> &lines, const QString &path) const;
    // One line edited as `edit` says, kept only if the cart's rules still hold (else
    // editRejected and the message).
    QString editLine(int row, Column column, const std::function<void(LineItem &)> &edit);
    void emitRowChanged(int row);

    Cart m_cart;
    QHash<QString, QString> m_errors; // field path -> message
};

} // namespace kasir
