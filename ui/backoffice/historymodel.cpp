#include "ui/backoffice/historymodel.h"

#include "core/common/wib.h"
#include "core/faspay/hosts.h"
#include "core/receipt/receipt.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace kasir {

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setAttempts(const QList<Attempt> &attempts)
{
    beginResetModel();
    m_attempts = attempts;
    endResetModel();
}

bool HistoryModel::updateAttempt(const Attempt &attempt)
{
    const int row = rowOf(attempt.id);
    if (row < 0)
        return false;
    m_attempts[row] = attempt;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

std::optional<Attempt> HistoryModel::attemptAt(int row) const
{
    if (row < 0 || row >= m_attempts.size())
        return std::nullopt;
    return m_attempts.at(row);
}

int HistoryModel::rowOf(qint64 attemptId) const
{
    for (int i = 0; i < m_attempts.size(); ++i) {
        if (m_attempts.at(i).id == attemptId)
            return i;
    }
    return -1;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attempts.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::wibText(const QDateTime &utc)
{
    return utc.isValid() ? toWib(utc).toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString HistoryModel::stateText(const Attempt &attempt)
{
    const QString state = attemptStateLabel(attempt.state).toString();
    return attempt.training ? tr("%1 (training)").arg(state) : state;
}

QString HistoryModel::gatewayText(const Attempt &attempt)
{
    if (attempt.training)
        return tr("training sandbox");
    if (faspay::isMarkedNotFaspay(attempt.training, attempt.gatewayHost))
        return tr("%1 — NOT FASPAY").arg(attempt.gatewayHost);
    return attempt.gatewayHost;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_attempts.size())
        return {};
    const Attempt &a = m_attempts.at(index.row());
    if (role == AttemptIdRole)
        return a.id;
    if (role == StateRole)
        return int(a.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return wibText(a.createdAt);
        case BillNo:
            return a.billNo;
        case Channel:
            return channelDisplayName(a.order.channel);
        case Customer:
            return a.order.customer.fullName();
        case Total:
            return a.total.format(QLocale());
        case Status:
            return stateText(a);
        case Gateway:
            return gatewayText(a);
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Total)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (a.state) {
        case AttemptState::Paid:
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        case AttemptState::NeedsAttention:
        case AttemptState::Unknown:
            return QBrush(QColor(0xb2, 0x3c, 0x00));
        case AttemptState::Failed:
        case AttemptState::Rejected:
        case AttemptState::Reversed:
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        default:
            return {};
        }
    }
    const bool notFaspay = faspay::isMarkedNotFaspay(a.training, a.gatewayHost);
    if (role == Qt::ForegroundRole && index.column() == Gateway && notFaspay)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    if (role == Qt::FontRole &&
        ((index.column() == Status &&
          (a.state == AttemptState::NeedsAttention || a.state == AttemptState::Unknown)) ||
         (index.column() == Gateway && notFaspay))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time (WIB)");
    case BillNo:
        return tr("Bill number");
    case Channel:
        return tr("Channel");
    case Customer:
        return tr("Customer");
    case Total:
        return tr("Total");
    case Status:
        return tr("Status");
    case Gateway:
        return tr("Gateway");
    default:
        return {};
    }
}

} // namespace kasir
