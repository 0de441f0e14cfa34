#include "ui/cashier/pendingmodel.h"

#include "core/common/clock.h"
#include "ui/widgets/attempttexts.h"
#include "ui/widgets/theme.h"

#include <QBrush>
#include <QLocale>

namespace kasir {

PendingModel::PendingModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{}

bool PendingModel::belongsInInbox(const Attempt &a)
{
    return a.state != AttemptState::Draft && !isTerminal(a.state);
}

void PendingModel::setAttempts(const QList<Attempt> &attempts)
{
    beginResetModel();
    m_attempts.clear();
    for (const Attempt &a : attempts) {
        if (belongsInInbox(a))
            m_attempts.append(a);
    }
    endResetModel();
    Q_EMIT countChanged(count());
}

void PendingModel::upsert(const Attempt &attempt)
{
    const int row = rowOf(attempt.id);
    const bool keep = belongsInInbox(attempt);
    if (row >= 0 && keep) {
        m_attempts[row] = attempt;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_attempts.removeAt(row);
        endRemoveRows();
    } else if (keep) {
        beginInsertRows({}, count(), count());
        m_attempts.append(attempt);
        endInsertRows();
    } else {
        return;
    }
    Q_EMIT countChanged(count());
}

void PendingModel::refreshAges()
{
    if (!m_attempts.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(count() - 1, AgeColumn));
}

const Attempt *PendingModel::attemptAt(int row) const
{
    return row >= 0 && row < m_attempts.size() ? &m_attempts.at(row) : nullptr;
}

int PendingModel::rowOf(qint64 attemptId) const
{
    for (int i = 0; i < m_attempts.size(); ++i) {
        if (m_attempts.at(i).id == attemptId)
            return i;
    }
    return -1;
}

int PendingModel::attentionCount() const
{
    int n = 0;
    for (const Attempt &a : m_attempts) {
        if (a.state == AttemptState::Unknown || a.state == AttemptState::NeedsAttention)
            ++n;
    }
    return n;
}

int PendingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

int PendingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PendingModel::data(const QModelIndex &index, int role) const
{
    const Attempt *a = attemptAt(index.row());
    if (!a)
        return {};
    if (role == AttemptIdRole)
        return a->id;
    if (role == StateKeyRole)
        return attemptStateKey(a->state);
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case BillColumn:
            return a->billNo;
        case ChannelColumn:
            if (a->order.channel == Channel::Kredivo) {
                return QStringLiteral("%1 · %2").arg(channelDisplayName(a->order.channel),
                                                     kredivoTenorLabel(a->order.tenor).toString());
            }
            return channelDisplayName(a->order.channel);
        case AmountColumn:
            return a->total.format();
        case StateColumn:
            return AttemptTexts::headline(*a);
        case CustomerColumn:
            return a->order.customer.fullName();
        case AgeColumn: {
            if (a->state == AttemptState::AwaitingPayment && a->billExpired.isValid()) {
                const qint64 left = m_clock->now().secsTo(a->billExpired);
                return left > 0 ? tr("%1 left").arg(AttemptTexts::countdown(left)) : tr("expired");
            }
            return QLocale().toString(a->createdAt.toLocalTime(), QLocale::ShortFormat);
        }
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole && column == StateColumn) {
        const char *tone = AttemptTexts::tone(a->state);
        if (qstrcmp(tone, "attention") == 0)
            return QBrush(theme::Attention);
        if (qstrcmp(tone, "waiting") == 0)
            return QBrush(theme::Waiting);
        return QBrush(theme::Accent);
    }
    if (role == Qt::FontRole && (column == StateColumn || column == AmountColumn)) {
        QFont f = theme::moneyFont(14, true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && column == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == StateColumn)
        return AttemptTexts::explanation(*a);
    return {};
}

QVariant PendingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case BillColumn:
        return tr("Bill no.");
    case ChannelColumn:
        return tr("Provider");
    case AmountColumn:
        return tr("Amount");
    case StateColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case AgeColumn:
        return tr("Time");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kasir
