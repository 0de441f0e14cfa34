#include "ui/cashier/totalspanel.h"

#include "ui/widgets/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <utility>

namespace kasir {

namespace {
QLabel *moneyLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    l->setFont(theme::moneyFont(15));
    return l;
}
} // namespace

TotalsPanel::TotalsPanel(QWidget *parent)
    : QWidget(parent)
    , m_goods(moneyLabel(this))
    , m_discount(moneyLabel(this))
    , m_fees(moneyLabel(this))
    , m_total(new QLabel(this))
    , m_items(new QLabel(this))
    , m_caption(new QLabel(tr("Total to pay"), this))
    , m_breakdown(new QWidget(this))
{
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    auto *captionRow = new QHBoxLayout;
    theme::setRole(m_caption, "muted");
    theme::setRole(m_items, "muted");
    m_items->setAlignment(Qt::AlignRight);
    captionRow->addWidget(m_caption);
    captionRow->addStretch(1);
    captionRow->addWidget(m_items);
    column->addLayout(captionRow);
    m_total->setObjectName(QStringLiteral("grandTotal"));
    theme::setRole(m_total, "total");
    m_total->setFont(theme::moneyFont(34, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    column->addWidget(m_total);

    auto *breakdown = new QHBoxLayout(m_breakdown);
    breakdown->setContentsMargins(0, 0, 0, 0);
    breakdown->setSpacing(6);
    auto caption = [this](const QString &text) {
        auto *l = new QLabel(text, m_breakdown);
        theme::setRole(l, "muted");
        return l;
    };
    for (const auto &[label, value] :
         {std::pair{tr("Subtotal"), m_goods}, std::pair{tr("Discount"), m_discount},
          std::pair{tr("Fees"), m_fees}}) {
        breakdown->addWidget(caption(label));
        value->setParent(m_breakdown);
        value->setFont(theme::moneyFont(14, true));
        breakdown->addWidget(value);
        breakdown->addSpacing(14);
    }
    breakdown->addStretch(1);
    setCart(Cart());
}

void TotalsPanel::setCart(const Cart &cart)
{
    // Totals of an invalid cart are not meaningful; the cart never holds invalid lines, but a
    // discount above the goods can: show it as typed, the field says what is wrong.
    const CartTotals t = cart.totals();
    m_goods->setText(t.goods.format());
    m_discount->setText(t.discount.isZero() ? t.discount.format()
                                            : QStringLiteral("− ") + t.discount.format());
    m_fees->setText(t.miscFee.format());
    m_total->setText(t.total.isNegative() ? Money().format() : t.total.format());
    qint64 pieces = 0;
    for (const LineItem &l : cart.lines)
        pieces += l.qty;
    m_items->setText(tr("Items: %1").arg(pieces));
}

QString TotalsPanel::totalText() const
{
    return m_total->text();
}

} // namespace kasir
