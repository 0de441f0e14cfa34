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

private:
    QLabel *m_goods;
    QLabel *m_discount;
    QLabel *m_fees;
    QLabel *m_total;
    QLabel *m_items;
};

} // namespace kasir
