#include "core/journal/sqlreceiptstore.h"

#include "core/journal/journaldatabase.h"
#include "core/journal/sqlrows.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kasir {

using namespace sqlrows;

std::optional<ReceiptRecord> SqlReceiptStore::addReceipt(qint64 attemptId, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return std::nullopt;
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return std::nullopt;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT bill_no, state FROM attempts WHERE id = ?"),
                   {attemptId}, QStringLiteral("find attempt"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setJournalError(error, JournalError::attemptNotFound(attemptId));
        return std::nullopt;
    }
    if (q.value(1).toString() != attemptStateKey(AttemptState::Paid)) {
        setJournalError(error, JournalError::receiptNeedsPaid(q.value(0).toString()));
        return std::nullopt;
    }
    q.finish();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT COALESCE(MAX(copy_number) + 1, 0) FROM receipts"
                                  " WHERE attempt_id = ?"),
                   {attemptId}, QStringLiteral("next receipt copy"), error) ||
        !q.next()) {
        return std::nullopt;
    }
    const int copy = q.value(0).toInt();
    q.finish();
    const qint64 now = m_db.nowMs();
    if (!m_db.exec(
            q,
            QStringLiteral("INSERT INTO receipts (attempt_id, copy_number, status, error,"
                           " pdf_path, created_at, updated_at) VALUES (?, ?, ?, '', '', ?, ?)") +
                m_db.dialect().returningId(),
            {attemptId, copy, receiptStatusKey(ReceiptStatus::Queued), now, now},
            QStringLiteral("insert receipt"), error)) {
        return std::nullopt;
    }
    if (!q.next()) {
        setJournalError(error, JournalError::other(QStringLiteral("no id for the new receipt")));
        return std::nullopt;
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!tx.commit(error))
        return std::nullopt;
    return ReceiptRecord{id,        attemptId, copy,        ReceiptStatus::Queued,
                         QString(), QString(), fromMs(now), fromMs(now)};
}

bool SqlReceiptStore::updateReceipt(qint64 receiptId, ReceiptStatus status, const QString &problem,
                                    const QString &pdfPath, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("UPDATE receipts SET status = ?, error = ?,"
                                  " pdf_path = COALESCE(?, pdf_path), updated_at = ? WHERE id = ?"),
                   {receiptStatusKey(status), text(problem),
                    pdfPath.isNull() ? QVariant() : QVariant(pdfPath), m_db.nowMs(), receiptId},
                   QStringLiteral("update receipt"), error)) {
        return false;
    }
    if (q.numRowsAffected() != 1) {
        setJournalError(error, JournalError::receiptNotFound(receiptId));
        return false;
    }
    return true;
}

QList<ReceiptRecord> SqlReceiptStore::readReceipts(const QString &where, const QVariantList &values,
                                                   JournalError *error) const
{
    QList<ReceiptRecord> out;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QLatin1String("SELECT id, attempt_id, copy_number, status, error, pdf_path,"
                                 " created_at, updated_at FROM receipts ") +
                       where,
                   values, QStringLiteral("read receipts"), error)) {
        return out;
    }
    while (q.next()) {
        out << ReceiptRecord{
            q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toInt(),
            receiptStatusFromKey(q.value(3).toString()).value_or(ReceiptStatus::Failed),
            q.value(4).toString(),
            q.value(5).toString(),
            fromMs(q.value(6)),
            fromMs(q.value(7))};
    }
    return out;
}

QList<ReceiptRecord> SqlReceiptStore::receipts(qint64 attemptId, JournalError *error) const
{
    setJournalError(error, {});
    return readReceipts(QStringLiteral("WHERE attempt_id = ? ORDER BY copy_number"), {attemptId},
                        error);
}

QList<ReceiptRecord> SqlReceiptStore::unprintedReceipts(JournalError *error) const
{
    setJournalError(error, {});
    return readReceipts(
        QStringLiteral("WHERE status IN (?, ?) ORDER BY id"),
        {receiptStatusKey(ReceiptStatus::Queued), receiptStatusKey(ReceiptStatus::Failed)}, error);
}

QList<Attempt> SqlReceiptStore::paidAttemptsWithoutReceipt(JournalError *error) const
{
    setJournalError(error, {});
    return readAttempts(m_db,
                        QLatin1String("WHERE a.state = ? AND NOT EXISTS (SELECT 1 FROM receipts r "
                                      "WHERE r.attempt_id = a.id AND r.copy_number = 0) "
                                      "ORDER BY a.id"),
                        {attemptStateKey(AttemptState::Paid)}, error);
}

} // namespace kasir
