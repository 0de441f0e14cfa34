#pragma once

#include "core/journal/stores.h"

namespace kasir {

class JournalDatabase;

// The attempts, their orders and events, and the bill number sequences behind createAttempt(),
// in the journal's database (journaldatabase.h). Every write is one transaction; event bodies
// and details are redacted here (redaction.h) and cut at 256 KiB.
class SqlAttemptStore final : public AttemptStore
{
public:
    explicit SqlAttemptStore(JournalDatabase &db)
        : m_db(db)
    {}

    using AttemptStore::createAttempt;
    std::optional<Attempt> createAttempt(const Attempt &draft, const AttemptEvent &created,
                                         QDate day, qint64 minimumSequence,
                                         const BillNoMaker &makeBillNo,
                                         JournalError *error) override;
    std::optional<Attempt> transition(qint64 attemptId, AttemptState expectedFrom,
                                      const Attempt &updated, const AttemptEvent &event,
                                      JournalError *error) override;
    bool appendEvent(qint64 attemptId, const AttemptEvent &event, JournalError *error) override;
    bool paymentsEnabled() const override;
    TranslatableText disabledReason() const override;

    std::optional<Attempt> attempt(qint64 id, JournalError *error = nullptr) const override;
    std::optional<Attempt> attemptByBillNo(const QString &billNo,
                                           JournalError *error = nullptr) const override;
    QList<Attempt> nonTerminalAttempts(JournalError *error = nullptr) const override;
    QList<AttemptEvent> events(qint64 attemptId, JournalError *error = nullptr) const override;
    QList<Attempt> search(const HistoryQuery &query, JournalError *error = nullptr) const override;
    int count(const HistoryQuery &query, JournalError *error = nullptr) const override;

private:
    std::optional<qint64> nextBillSequence(const QString &terminal, QDate day, qint64 minimum,
                                           JournalError *error);
    bool insertEvent(qint64 attemptId, const AttemptEvent &event, std::optional<AttemptState> from,
                     std::optional<AttemptState> to, JournalError *error);
    std::optional<Attempt> readAttempt(const QString &where, const QVariantList &values,
                                       JournalError *error) const;

    JournalDatabase &m_db;
};

} // namespace kasir
