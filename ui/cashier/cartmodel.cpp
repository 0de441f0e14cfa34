#include "ui/cashier/cartmodel.h"

#include "core/faspay/wire.h"
#include "ui/widgets/theme.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

namespace kasir {

namespace {
QString firstMessage(const FieldErrors &errors, const QString &path)
{
    for (const FieldError &e : errors) {
        if (e.field == path)
            return e.message.toString();
    }
    return {};
}
} // namespace

CartModel::CartModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CartModel::setCart(const Cart &cart)
{
    beginResetModel();
    m_cart = cart;
    m_errors.clear();
    endResetModel();
    Q_EMIT cartChanged();
}

void CartModel::clear()
{
    setCart(Cart());
}

QString CartModel::fieldPath(int row, Column column)
{
    switch (column) {
    case SkuColumn:
        return QStringLiteral("items[%1].sku").arg(row);
    case NameColumn:
        return QStringLiteral("items[%1].name").arg(row);
    case QtyColumn:
        return QStringLiteral("items[%1].qty").arg(row);
    case PriceColumn:
        return QStringLiteral("items[%1].unit_price").arg(row);
    case TotalColumn:
    case ColumnCount:
        break;
    }
    return QStringLiteral("items[%1]").arg(row);
}

bool CartModel::nameIsShortenedOnWire(const QString &name)
{
    return wireName(name) != name;
}

QString CartModel::wireName(const QString &name)
{
    return faspay::wireProductName(name);
}

QString CartModel::tryLines(const QList<LineItem> &lines, const QString &path) const
{
    Cart candidate = m_cart;
    candidate.lines = lines;
    return firstMessage(candidate.validate(), path);
}

int CartModel::addItem(const LineItem &item)
{
    Cart candidate = m_cart;
    candidate.addItem(item);
    int row = -1;
    for (int i = 0; i < candidate.lines.size(); ++i) {
        const LineItem &l = candidate.lines.at(i);
        if (l.sku == item.sku && l.unitPrice == item.unitPrice)
            row = i;
    }
    if (row < 0)
        return -1;
    const FieldErrors errors = candidate.validate();
    for (const FieldError &e : errors) {
        if (e.field.startsWith(QStringLiteral("items[%1]").arg(row)) ||
            (e.field == QLatin1String("items") && candidate.lines.size() > Cart::MaxLines)) {
            Q_EMIT editRejected(row < m_cart.lines.size() ? row : -1, e.field,
                                e.message.toString());
            return -1;
        }
    }
    if (row < m_cart.lines.size()) {
        m_cart = candidate;
        emitRowChanged(row);
    } else {
        beginInsertRows({}, row, row);
        m_cart = candidate;
        endInsertRows();
    }
    Q_EMIT cartChanged();
    return row;
}

bool CartModel::removeLine(int row)
{
    if (row < 0 || row >= m_cart.lines.size())
        return false;
    beginRemoveRows({}, row, row);
    m_cart.lines.removeAt(row);
    endRemoveRows();
    m_errors.clear();
    Q_EMIT cartChanged();
    return true;
}

QString CartModel::setQuantity(int row, qint64 qty)
{
    return editLine(row, QtyColumn, [qty](LineItem &line) { line.qty = qty; });
}

QString CartModel::setUnitPrice(int row, Money price)
{
    return editLine(row, PriceColumn, [price](LineItem &line) { line.unitPrice = price; });
}

QString CartModel::editLine(int row, Column column, const std::function<void(LineItem &)> &edit)
{
    if (row < 0 || row >= m_cart.lines.size())
        return {};
    const QString path = fieldPath(row, column);
    QList<LineItem> lines = m_cart.lines;
    edit(lines[row]);
    if (const QString message = tryLines(lines, path); !message.isEmpty()) {
        Q_EMIT editRejected(row, path, message);
        return message;
    }
    m_cart.lines = lines;
    m_errors.remove(path);
    emitRowChanged(row);
    Q_EMIT cartChanged();
    return {};
}

QString CartModel::setFee(FeeKind kind, Money amount)
{
    // The cart's rule for fees, checked on the one fee alone: zero or more, not oversized.
    Cart probe;
    probe.fees.append(Fee{kind, amount});
    if (const QString message = firstMessage(probe.validate(), QStringLiteral("fees[0].amount"));
        !message.isEmpty()) {
        return message;
    }
    if (m_cart.fee(kind) == amount)
        return {};
    m_cart.setFee(kind, amount);
    Q_EMIT cartChanged();
    return {};
}

QString CartModel::setDiscount(Money amount)
{
    if (amount.isNegative()) {
        Cart probe;
        probe.discount = amount;
        return firstMessage(probe.validate(), QStringLiteral("discount"));
    }
    if (amount.rupiah() > Cart::MaxTotal)
        return tr("The discount is too large.");
    if (m_cart.discount == amount)
        return {};
    m_cart.discount = amount;
    Q_EMIT cartChanged();
    return {};
}

void CartModel::setFieldErrors(const FieldErrors &errors)
{
    QHash<QString, QString> next;
    for (const FieldError &e : errors) {
        if (e.field.startsWith(QLatin1String("items[")) && !next.contains(e.field))
            next.insert(e.field, e.message.toString());
    }
    if (next == m_errors)
        return;
    m_errors = next;
    if (!m_cart.lines.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cart.lines.size());
}

int CartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_cart.lines.size())
        return {};
    const LineItem &line = m_cart.lines.at(index.row());
    const auto column = Column(index.column());
    const QString path = fieldPath(index.row(), column);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SkuColumn:
            return line.sku;
        case NameColumn:
            return line.name;
        case QtyColumn:
            return locale.toString(line.qty);
        case PriceColumn:
            return line.unitPrice.formatNumber(locale);
        case TotalColumn:
            return line.lineTotal().formatNumber(locale);
        case ColumnCount:
            break;
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case QtyColumn:
            return line.qty;
        case PriceColumn:
            return line.unitPrice.formatNumber(locale);
        case SkuColumn:
            return line.sku;
        case NameColumn:
            return line.name;
        case TotalColumn:
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == QtyColumn || column == PriceColumn || column == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (column == TotalColumn) {
            QFont f = theme::moneyFont(14, true);
            return f;
        }
        if (column == SkuColumn) {
            QFont f = theme::moneyFont(12);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (m_errors.contains(path))
            return QBrush(theme::Attention);
        if (column == SkuColumn)
            return QBrush(theme::MutedText);
        break;
    case Qt::BackgroundRole:
        if (m_errors.contains(path))
            return QBrush(theme::AttentionSoft);
        break;
    case Qt::ToolTipRole:
        if (m_errors.contains(path))
            return m_errors.value(path);
        if (column == NameColumn && nameIsShortenedOnWire(line.name)) {
            return tr("Faspay receives the first %1 characters of a name: \"%2\"")
                .arg(wireName(line.name).size())
                .arg(wireName(line.name));
        }
        if (column == QtyColumn)
            return tr("Type a new quantity, or press + / - on the line.");
        if (column == PriceColumn)
            return tr("Type a new unit price in rupiah.");
        break;
    case FieldPathRole:
        return path;
    case ErrorRole:
        return m_errors.value(path);
    default:
        break;
    }
    return {};
}

QVariant CartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == QtyColumn || section == PriceColumn || section == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Item");
    case QtyColumn:
        return tr("Qty");
    case PriceColumn:
        return tr("Unit price");
    case TotalColumn:
        return tr("Total");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags CartModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == QtyColumn || index.column() == PriceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool CartModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_cart.lines.size())
        return false;
    const int row = index.row();
    if (index.column() == QtyColumn) {
        bool ok = false;
        qint64 qty = 0;
        if (value.typeId() == QMetaType::QString) {
            const QString text = value.toString().trimmed();
            qty = QLocale().toLongLong(text, &ok);
            if (!ok)
                qty = text.toLongLong(&ok);
        } else {
            qty = value.toLongLong(&ok);
        }
        if (!ok) {
            const QString path = fieldPath(row, QtyColumn);
            Q_EMIT editRejected(row, path, tr("Type the quantity as a whole number, e.g. 2."));
            return false;
        }
        return setQuantity(row, qty).isEmpty();
    }
    if (index.column() == PriceColumn) {
        const std::optional<Money> price = Money::parse(value.toString());
        if (!price) {
            const QString path = fieldPath(row, PriceColumn);
            Q_EMIT editRejected(row, path,
                                tr("Type the price in whole rupiah, e.g. 15000 or 15.000."));
            return false;
        }
        return setUnitPrice(row, *price).isEmpty();
    }
    return false;
}

void CartModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace kasir
