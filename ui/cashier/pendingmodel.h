#pragma once

#include "core/attempt/attempt.h"

#include <QAbstractTableModel>

namespace kasir {

class Clock;

// Every payment that is not final yet (waiting, unknown, cancelling, needs attention), as the
// CheckoutService lists them; kept current from its attemptChanged() signal. It survives a
// restart because the journal does: the window fills it from pendingAttempts() on start.
class PendingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        BillColumn,
        ChannelColumn,
        AmountColumn,
        StateColumn,
        CustomerColumn,
        AgeColumn,
        ColumnCount
    };
    enum Role { AttemptIdRole = Qt::UserRole + 1, StateKeyRole };

    explicit PendingModel(const Clock *clock, QObject *parent = nullptr);

    void setAttempts(const QList<Attempt> &attempts);
    // Adds, updates, or removes (final attempts leave the inbox) one attempt.
    void upsert(const Attempt &attempt);
    // Re-reads the clock for the "time" column.
    void refreshAges();
    const Attempt *attemptAt(int row) const;
    int rowOf(qint64 attemptId) const;
    int count() const { return int(m_attempts.size()); }
    // How many need a person (Unknown, NeedsAttention).
    int attentionCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static bool belongsInInbox(const Attempt &attempt);

Q_SIGNALS:
    void countChanged(int count);

private:
    const Clock *m_clock;
    QList<Attempt> m_attempts;
};

} // namespace kasir
