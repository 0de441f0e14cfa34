#include "ui/totalspanel.h"

#include "ui/theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

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
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(16);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(0);
    auto caption = [this](const QString &text) {
        auto *l = new QLabel(text, this);
        theme::setRole(l, "muted");
        return l;
    };
    grid->addWidget(caption(tr("Subtotal")), 0, 0);
    grid->addWidget(m_goods, 0, 1);
    grid->addWidget(caption(tr("Discount")), 1, 0);
    grid->addWidget(m_discount, 1, 1);
    grid->addWidget(caption(tr("Fees")), 2, 0);
    grid->addWidget(m_fees, 2, 1);
    row->addLayout(grid);
    row->addStretch(1);
    auto *totalBox = new QVBoxLayout;
    totalBox->setSpacing(0);
    theme::setRole(m_items, "muted");
    m_items->setAlignment(Qt::AlignRight);
    m_total->setObjectName(QStringLiteral("grandTotal"));
    theme::setRole(m_total, "total");
    m_total->setFont(theme::moneyFont(34, true));
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    totalBox->addWidget(m_items);
    totalBox->addWidget(m_total);
    row->addLayout(totalBox);
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
    m_items->setText(tr("%n item(s)", nullptr, int(qMin<qint64>(pieces, 1'000'000))));
}

QString TotalsPanel::totalText() const
{
    return m_total->text();
}

} // namespace kasir
