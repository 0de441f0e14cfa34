#pragma once

#include <QTableView>

namespace kasir {

class CartModel;

// The cart table. Keyboard: type a number on the Qty or Price cell (or press Enter) to edit it,
// + / - change the quantity by one, Delete removes the line. An empty cart says how to start.
class CartView : public QTableView
{
    Q_OBJECT

public:
    explicit CartView(CartModel *model, QWidget *parent = nullptr);

    CartModel *cartModel() const { return m_model; }
    void selectRow(int row);
    // Removes the current line; false when there is none.
    bool removeCurrentLine();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    CartModel *m_model;
};

} // namespace kasir
