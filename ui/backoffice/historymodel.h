#pragma once

#include "core/attempt/attempt.h"

#include <QAbstractTableModel>
#include <QList>

namespace kasir {

// One page of the history: attempts as rows (newest first, as Journal::search returns them).
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, BillNo, Channel, Customer, Total, Status, Gateway, ColumnCount };
    enum Role { AttemptIdRole = Qt::UserRole + 1, StateRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void setAttempts(const QList<Attempt> &attempts);
    // Replaces the row of the same id, if it is on this page. True when it was.
    bool updateAttempt(const Attempt &attempt);
    const QList<Attempt> &attempts() const { return m_attempts; }
    std::optional<Attempt> attemptAt(int row) const;
    int rowOf(qint64 attemptId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "23/11/2026 10:05" in WIB.
    static QString wibText(const QDateTime &utc);
    static QString stateText(const Attempt &attempt);
    // Where the bill was posted: the gateway host, "NOT FASPAY" after one that is not Faspay's,
    // "training sandbox" for training, empty when it was not recorded.
    static QString gatewayText(const Attempt &attempt);

private:
    QList<Attempt> m_attempts;
};

} // namespace kasir
