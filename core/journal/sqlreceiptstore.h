#pragma once

#include "core/journal/stores.h"

namespace kasir {

class JournalDatabase;

// The receipt records of paid attempts in the journal's database (journaldatabase.h).
class SqlReceiptStore final : public ReceiptStore
{
public:
    explicit SqlReceiptStore(JournalDatabase &db)
        : m_db(db)
    {}

    std::optional<ReceiptRecord> addReceipt(qint64 attemptId, JournalError *error) override;
    bool updateReceipt(qint64 receiptId, ReceiptStatus status, const QString &problem,
                       const QString &pdfPath, JournalError *error) override;
    QList<ReceiptRecord> receipts(qint64 attemptId, JournalError *error = nullptr) const override;
    QList<ReceiptRecord> unprintedReceipts(JournalError *error = nullptr) const override;
    QList<Attempt> paidAttemptsWithoutReceipt(JournalError *error = nullptr) const override;

private:
    QList<ReceiptRecord> readReceipts(const QString &where, const QVariantList &values,
                                      JournalError *error) const;

    JournalDatabase &m_db;
};

} // namespace kasir
