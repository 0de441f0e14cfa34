#include "ui/cashier/salepage.h"

#include "core/catalog/product.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/cartview.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/feespanel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/totalspanel.h"
#include "ui/widgets/moneyedit.h"
#include "ui/widgets/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace kasir {

namespace {
QFrame *panel(QWidget *parent)
{
    auto *f = new QFrame(parent);
    theme::setRole(f, "panel");
    return f;
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *l = new QLabel(parent);
    theme::setRole(l, "section");
    return l;
}
} // namespace

SalePage::SalePage(const ProductCatalog *journal, QWidget *parent)
    : QWidget(parent)
    , m_entry(new ProductEntry(journal, this))
    , m_cart(new CartModel(this))
    , m_cartView(new CartView(m_cart, this))
    , m_cartMessage(new QLabel(this))
    , m_cartHint(new QLabel(this))
    , m_fees(new FeesPanel(m_cart, this))
    , m_buyer(new BuyerForm(this))
    , m_channels(new ChannelPicker(this))
    , m_totals(new TotalsPanel(this))
    , m_pay(new QPushButton(this))
    , m_payMessage(new QLabel(this))
    , m_productsTitle(sectionTitle(this))
    , m_feesTitle(sectionTitle(this))
    , m_buyerTitle(sectionTitle(this))
    , m_channelTitle(sectionTitle(this))
{
    setObjectName(QStringLiteral("salePage"));
    auto *root = new QHBoxLayout(this);
    root->setContentsMargins(12, 12, 12, 12);
    root->setSpacing(12);

    // Left: products, cart, fees.
    QFrame *left = panel(this);
    auto *ll = new QVBoxLayout(left);
    ll->setContentsMargins(14, 12, 14, 12);
    ll->setSpacing(6);
    ll->addWidget(m_productsTitle);
    ll->addWidget(m_entry);
    ll->addWidget(m_cartView, 1);
    auto *cartFoot = new QHBoxLayout;
    m_cartMessage->setObjectName(QStringLiteral("cartMessage"));
    m_cartMessage->setWordWrap(true);
    theme::setRole(m_cartMessage, "error");
    theme::setRole(m_cartHint, "small");
    m_cartHint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    cartFoot->addWidget(m_cartMessage, 1);
    cartFoot->addWidget(m_cartHint);
    ll->addLayout(cartFoot);
    ll->addWidget(m_totals->breakdown());
    ll->addSpacing(4);
    ll->addWidget(m_feesTitle);
    ll->addWidget(m_fees);
    root->addWidget(left, 56);

    // Right: buyer, provider, total and Pay.
    auto *right = new QVBoxLayout;
    right->setSpacing(12);
    QFrame *buyerPanel = panel(this);
    auto *bl = new QVBoxLayout(buyerPanel);
    bl->setContentsMargins(14, 12, 14, 12);
    bl->setSpacing(6);
    // The section's title sits in the tab bar's corner: the height goes to the fields.
    theme::setRole(m_buyerTitle, "kbd");
    m_buyer->tabs()->setCornerWidget(m_buyerTitle, Qt::TopRightCorner);
    bl->addWidget(m_buyer);
    right->addWidget(buyerPanel);

    QFrame *channelPanel = panel(this);
    auto *cl = new QVBoxLayout(channelPanel);
    cl->setContentsMargins(14, 12, 14, 12);
    cl->setSpacing(6);
    cl->addWidget(m_channelTitle);
    cl->addWidget(m_channels);
    right->addWidget(channelPanel);
    // On a tall screen the total and Pay stay in the bottom corner, level with the cart's end.
    right->addStretch(1);

    QFrame *payPanel = panel(this);
    auto *pl = new QVBoxLayout(payPanel);
    pl->setContentsMargins(14, 10, 14, 10);
    pl->setSpacing(4);
    auto *payRow = new QHBoxLayout;
    payRow->setSpacing(16);
    payRow->addWidget(m_totals, 1);
    m_pay->setObjectName(QStringLiteral("payButton"));
    theme::setRole(m_pay, "pay");
    m_pay->setAutoDefault(true);
    m_pay->setMinimumSize(170, 60);
    payRow->addWidget(m_pay);
    pl->addLayout(payRow);
    m_payMessage->setObjectName(QStringLiteral("payMessage"));
    m_payMessage->setWordWrap(true);
    theme::setRole(m_payMessage, "error");
    m_payMessage->hide();
    pl->addWidget(m_payMessage);
    right->addWidget(payPanel);
    root->addLayout(right, 44);

    // The focus order follows the flow.
    setTabOrder(m_entry->lineEdit(), m_cartView);
    QWidget *previous = m_cartView;
    for (FeeKind kind : m_fees->offeredKinds()) {
        setTabOrder(previous, m_fees->feeEdit(kind));
        previous = m_fees->feeEdit(kind);
    }
    setTabOrder(previous, m_fees->discountEdit());
    setTabOrder(m_fees->discountEdit(), m_buyer->edit(m_buyer->fieldPaths().first()));

    connect(m_entry, &ProductEntry::productChosen, this, &SalePage::addProduct);
    connect(m_cart, &CartModel::cartChanged, this, [this] {
        m_lastRejection.clear();
        m_totals->setCart(m_cart->cart());
        m_channels->setTotal(m_cart->cart().totals().total);
        Q_EMIT orderChanged();
    });
    connect(m_cart, &CartModel::editRejected, this,
            [this](int row, const QString &, const QString &message) {
                const QString text =
                    row >= 0 ? tr("Line %1: %2").arg(row + 1).arg(message) : message;
                m_lastRejection = text;
                showCartMessage(text, true);
            });
    connect(m_buyer, &BuyerForm::changed, this, &SalePage::orderChanged);
    connect(m_buyer, &BuyerForm::finished, this, &SalePage::focusChannel);
    connect(m_channels, &ChannelPicker::changed, this, &SalePage::orderChanged);
    connect(m_channels, &ChannelPicker::confirmed, this, &SalePage::focusPay);
    connect(m_pay, &QPushButton::clicked, this, &SalePage::payRequested);
    retranslate();
}

void SalePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void SalePage::retranslate()
{
    m_productsTitle->setText(tr("Products  ·  F2 code  ·  F3 name"));
    m_feesTitle->setText(tr("Fees and discount  ·  F7"));
    m_buyerTitle->setText(QStringLiteral("F4"));
    m_buyerTitle->setToolTip(tr("Buyer details (F4)"));
    m_channelTitle->setText(tr("Pay with  ·  F6"));
    m_pay->setText(tr("Pay  ·  F12"));
    m_cartHint->setText(tr("Enter edit · +/− qty · Del remove"));
}

void SalePage::addProduct(const Product &product, qint64 qty)
{
    const int row = m_cart->addItem(LineItem{product.sku, product.name, qty, product.unitPrice});
    if (row < 0)
        return; // editRejected said why
    m_lastRejection.clear();
    const QFontMetrics fm(m_entry->feedbackLabel()->font());
    const QString name = fm.elidedText(product.name, Qt::ElideRight, 320);
    const qint64 total = m_cart->cart().lines.at(row).qty;
    if (CartModel::nameIsShortenedOnWire(product.name)) {
        // Accepted as it is; Faspay gets the first 50 characters (the cart's tooltip shows them).
        m_entry->showFeedback(tr("Added: %1 × %2. Faspay receives the name shortened to %3 "
                                 "characters.")
                                  .arg(name)
                                  .arg(total)
                                  .arg(CartModel::wireName(product.name).size()),
                              false);
    } else {
        m_entry->showFeedback(
            tr("Added: %1 × %2 (%3)").arg(name).arg(total).arg(product.unitPrice.format()), false);
    }
    showCartMessage(QString(), false);
}

void SalePage::showCartMessage(const QString &text, bool error)
{
    m_cartMessage->setText(text);
    theme::setRole(m_cartMessage, error ? "error" : "muted");
}

Order SalePage::order() const
{
    Order o;
    o.cart = m_cart->cart();
    o.customer = m_buyer->customer();
    o.billing = m_buyer->billing();
    o.shipping = m_buyer->shipping();
    o.channel = m_channels->channel().value_or(Channel::Kredivo);
    o.tenor = o.channel == Channel::Kredivo ? m_channels->tenor() : KredivoTenor::Days30;
    return o;
}

bool SalePage::hasChannel() const
{
    return m_channels->channel().has_value();
}

void SalePage::showErrors(const FieldErrors &errors, bool reveal)
{
    m_cart->setFieldErrors(errors);
    m_fees->setFieldErrors(errors);
    m_buyer->setFieldErrors(errors);
    if (reveal)
        m_buyer->revealAll();
    // Provider problems: the tenor rule always (it is about the sale, not typing), "channel"
    // once the cashier pressed Pay.
    FieldErrors channelErrors;
    for (const FieldError &e : errors) {
        if (e.field == QLatin1String("tenor") || (reveal && e.field == QLatin1String("channel")))
            channelErrors.append(e);
    }
    if (!reveal) {
        for (const FieldError &e : errors) {
            if (e.field == QLatin1String("channel") && !m_channels->channelError().isEmpty())
                channelErrors.append(e);
        }
    }
    m_channels->setFieldErrors(channelErrors);
    // The cart's own problems ("items", "items[i].…") under the table: a refused edit until the
    // next good one; the order's cart problems from Pay on, until they are solved.
    if (reveal)
        m_cartRevealed = true;
    QString cartText = m_lastRejection;
    if (cartText.isEmpty() && m_cartRevealed) {
        for (const FieldError &e : errors) {
            if (e.field == QLatin1String("items")) {
                cartText = e.message.toString();
                break;
            }
            if (e.field.startsWith(QLatin1String("items["))) {
                const int row = e.field.mid(6, e.field.indexOf(QLatin1Char(']')) - 6).toInt();
                cartText = tr("Line %1: %2").arg(row + 1).arg(e.message.toString());
                break;
            }
        }
    }
    showCartMessage(cartText, !cartText.isEmpty());
}

bool SalePage::focusFirstError(const FieldErrors &errors)
{
    const auto has = [&errors](auto pred) {
        for (const FieldError &e : errors) {
            if (pred(e.field))
                return true;
        }
        return false;
    };
    if (has([](const QString &f) { return f.startsWith(QLatin1String("items")); })) {
        if (m_cart->rowCount() == 0)
            focusProductEntry();
        else
            focusCart();
        return true;
    }
    if (has([](const QString &f) {
            return f == QLatin1String("discount") || f.startsWith(QLatin1String("fees"));
        })) {
        focusFees();
        return true;
    }
    if (m_buyer->focusFirstError())
        return true;
    if (has([](const QString &f) { return f == QLatin1String("channel"); })) {
        focusChannel();
        return true;
    }
    if (has([](const QString &f) { return f == QLatin1String("tenor"); })) {
        m_channels->tenorBox()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void SalePage::setPayMessage(const QString &text, bool error)
{
    m_payMessage->setText(text);
    m_payMessage->setVisible(!text.isEmpty());
    theme::setRole(m_payMessage, error ? "error" : "muted");
}

void SalePage::setPayEnabled(bool enabled, const QString &why)
{
    m_pay->setEnabled(enabled);
    m_pay->setToolTip(why);
}

void SalePage::clearSale()
{
    m_cart->clear();
    m_fees->reload();
    m_buyer->clear();
    m_channels->clearChannel();
    m_channels->setTenor(KredivoTenor::Days30);
    m_channels->setFieldErrors({});
    m_lastRejection.clear();
    m_cartRevealed = false;
    showCartMessage(QString(), false);
    setPayMessage(QString());
    m_entry->clearFeedback();
    m_entry->lineEdit()->clear();
}

void SalePage::focusProductEntry()
{
    m_entry->focusEntry();
}

void SalePage::openNameSearch()
{
    m_entry->openNameSearch();
}

void SalePage::focusCart()
{
    m_cartView->setFocus(Qt::ShortcutFocusReason);
}

void SalePage::focusFees()
{
    m_fees->focusFirst();
}

void SalePage::focusBuyer()
{
    m_buyer->focusFirst();
}

void SalePage::focusChannel()
{
    m_channels->focusPicker();
}

void SalePage::focusPay()
{
    m_pay->setFocus(Qt::OtherFocusReason);
}

} // namespace kasir
