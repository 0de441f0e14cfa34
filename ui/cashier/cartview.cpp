#include "ui/cashier/cartview.h"

#include "ui/cashier/cartmodel.h"
#include "ui/widgets/theme.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QStyledItemDelegate>

namespace kasir {

namespace {
// Quantity and price are edited as text, so that whatever the cashier types reaches the model
// and a refusal can say why (a spin box would silently clamp 0 or -1).
class CartDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &,
                          const QModelIndex &index) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        edit->setFont(theme::moneyFont(14));
        edit->setObjectName(index.column() == CartModel::QtyColumn ? QStringLiteral("qtyEditor")
                                                                   : QStringLiteral("priceEditor"));
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *edit = static_cast<QLineEdit *>(editor);
        edit->setText(index.data(Qt::EditRole).toString());
        edit->selectAll();
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QLineEdit *>(editor)->text(), Qt::EditRole);
    }
};
} // namespace

CartView::CartView(CartModel *model, QWidget *parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("cartView"));
    setModel(model);
    setItemDelegate(new CartDelegate(this));
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setEditTriggers(DoubleClicked | AnyKeyPressed | EditKeyPressed);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false);
    setCornerButtonEnabled(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(36);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSectionResizeMode(CartModel::SkuColumn, QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(CartModel::NameColumn, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(CartModel::QtyColumn, QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(CartModel::PriceColumn, QHeaderView::Fixed);
    horizontalHeader()->setSectionResizeMode(CartModel::TotalColumn, QHeaderView::Fixed);
    horizontalHeader()->resizeSection(CartModel::SkuColumn, 112);
    horizontalHeader()->resizeSection(CartModel::QtyColumn, 56);
    horizontalHeader()->resizeSection(CartModel::PriceColumn, 108);
    horizontalHeader()->resizeSection(CartModel::TotalColumn, 120);
    setAccessibleName(tr("Cart"));
    connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int) { selectRow(first); });
}

void CartView::selectRow(int row)
{
    if (row < 0 || row >= model()->rowCount())
        return;
    const QModelIndex idx = model()->index(row, CartModel::QtyColumn);
    setCurrentIndex(idx);
    scrollTo(idx);
}

bool CartView::removeCurrentLine()
{
    const int row = currentIndex().isValid() ? currentIndex().row() : m_model->rowCount() - 1;
    if (!m_model->removeLine(row))
        return false;
    selectRow(qMin(row, m_model->rowCount() - 1));
    return true;
}

void CartView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    if (!currentIndex().isValid() && m_model->rowCount() > 0)
        selectRow(m_model->rowCount() - 1);
}

void CartView::keyPressEvent(QKeyEvent *event)
{
    if (state() != EditingState) {
        const QModelIndex current = currentIndex();
        switch (event->key()) {
        case Qt::Key_Delete:
            if (removeCurrentLine()) {
                event->accept();
                return;
            }
            break;
        case Qt::Key_Plus:
        case Qt::Key_Minus:
            if (current.isValid()) {
                const qint64 qty = m_model->cart().lines.at(current.row()).qty;
                m_model->setQuantity(current.row(), qty + (event->key() == Qt::Key_Plus ? 1 : -1));
                event->accept();
                return;
            }
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (current.isValid()) {
                // Enter edits the quantity (or the price when that cell is current).
                const int column = current.column() == CartModel::PriceColumn
                                       ? CartModel::PriceColumn
                                       : CartModel::QtyColumn;
                const QModelIndex target = m_model->index(current.row(), column);
                setCurrentIndex(target);
                edit(target);
                event->accept();
                return;
            }
            break;
        default:
            break;
        }
    }
    QTableView::keyPressEvent(event);
}

void CartView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (m_model->rowCount() > 0)
        return;
    QPainter p(viewport());
    p.setPen(theme::MutedText);
    QFont f = font();
    f.setPixelSize(15);
    p.setFont(f);
    p.drawText(viewport()->rect().adjusted(24, 0, -24, 0), Qt::AlignCenter | Qt::TextWordWrap,
               tr("The cart is empty.\nScan a barcode, type a SKU (F2) or search by name (F3)."));
}

} // namespace kasir
