#pragma once

#include "core/common/translatabletext.h"
#include "core/order/order.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace kasir {

class BuyerForm;
class CartModel;
class CartView;
class ChannelPicker;
class FeesPanel;
class ProductCatalog;
class ProductEntry;
class TotalsPanel;

// The sale being put together, on one screen that fits 1366×768: products and cart with fees and
// discount on the left; buyer, provider, total and Pay on the right. The focus order follows the
// flow (product entry, cart, fees, buyer, provider, Pay). It knows nothing of payments: it gives
// the window an Order and shows the problems the window found (FieldErrors) next to their
// fields.
class SalePage : public QWidget
{
    Q_OBJECT

public:
    explicit SalePage(const ProductCatalog *catalog, QWidget *parent = nullptr);

    // The order as entered; `channel` is unset until a provider is chosen.
    Order order() const;
    bool hasChannel() const;

    // Shows problems at their fields: buyer fields only once touched unless `reveal` (Pay).
    void showErrors(const FieldErrors &errors, bool reveal);
    // Moves to the first field with a problem, in the order of the flow; false when none.
    bool focusFirstError(const FieldErrors &errors);
    // A message under Pay (a refusal of the whole payment, not of one field).
    void setPayMessage(const QString &text, bool error = true);
    void setPayEnabled(bool enabled, const QString &why = {});
    void clearSale();

    void focusProductEntry();
    void openNameSearch();
    void focusCart();
    void focusFees();
    void focusBuyer();
    void focusChannel();
    void focusPay();

    ProductEntry *productEntry() const { return m_entry; }
    CartModel *cartModel() const { return m_cart; }
    CartView *cartView() const { return m_cartView; }
    FeesPanel *feesPanel() const { return m_fees; }
    BuyerForm *buyerForm() const { return m_buyer; }
    ChannelPicker *channelPicker() const { return m_channels; }
    TotalsPanel *totalsPanel() const { return m_totals; }
    QPushButton *payButton() const { return m_pay; }
    QLabel *cartMessage() const { return m_cartMessage; }
    QLabel *payMessage() const { return m_payMessage; }

Q_SIGNALS:
    // Something in the order changed (cart, fees, buyer, provider, tenor).
    void orderChanged();
    void payRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void addProduct(const struct Product &product, qint64 qty);
    void showCartMessage(const QString &text, bool error);

    ProductEntry *m_entry;
    CartModel *m_cart;
    CartView *m_cartView;
    QLabel *m_cartMessage;
    QLabel *m_cartHint;
    FeesPanel *m_fees;
    BuyerForm *m_buyer;
    ChannelPicker *m_channels;
    TotalsPanel *m_totals;
    QPushButton *m_pay;
    QLabel *m_payMessage;
    QLabel *m_productsTitle;
    QLabel *m_feesTitle;
    QLabel *m_buyerTitle;
    QLabel *m_channelTitle;
    QString m_lastRejection;
    bool m_cartRevealed = false;
};

} // namespace kasir
