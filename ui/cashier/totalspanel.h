#pragma once

#include "core/cart/cart.h"

#include <QWidget>

class QLabel;

namespace kasir {

// Subtotal, discount, fees and the big total of the sale, in rupiah.
class TotalsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TotalsPanel(QWidget *parent = nullptr);

    void setCart(const Cart &cart);
    QString totalText() const;
    // Subtotal, discount and fees on one line, for the page to place under the cart.
    QWidget *breakdown() const { return m_breakdown; }

private:
    QLabel *m_goods;
    QLabel *m_discount;
    QLabel *m_fees;
    QLabel *m_total;
    QLabel *m_items;
    QLabel *m_caption;
    QWidget *m_breakdown;
};

} // namespace kasir
