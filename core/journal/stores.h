#pragma once

#include "core/journal/readers.h"

#include <QDate>
#include <QDateTime>

#include <functional>

namespace kasir {

// The journal's write side, one narrow store per kind of record. Only the engine holds these:
// CheckoutService writes attempts and their events, ReceiptService receipts, CheckoutService
// the channel cache. The SQLite Journal implements them today; the shared PostgreSQL store
// implements the same interfaces (issue 16). Every SQL statement behind them is dialect-neutral
// or comes from SqlDialect.

class AttemptStore : public AttemptReader
{
public:
    // Builds the bill number from the business day and that day's sequence (1, 2, ...).
    using BillNoMaker = std::function<QString(QDate day, qint64 sequence)>;

    // Allocates the next sequence of (draft.terminal, day), never below `minimumSequence`, builds
    // the bill number with `makeBillNo`, and inserts the attempt, its order and the `created`
    // event in one transaction. created_at/updated_at come from the clock. bill_no is UNIQUE: a
    // clash is a Conflict and nothing is written (the sequence does not advance either).
    virtual std::optional<Attempt> createAttempt(const Attempt &draft, const AttemptEvent &created,
                                                 QDate day, qint64 minimumSequence,
                                                 const BillNoMaker &makeBillNo,
                                                 JournalError *error) = 0;
    // The same with the sequence from 1 (tests and tools that number by hand).
    std::optional<Attempt> createAttempt(const Attempt &draft, const AttemptEvent &created,
                                         QDate day, const BillNoMaker &makeBillNo,
                                         JournalError *error)
    {
        return createAttempt(draft, created, day, 1, makeBillNo, error);
    }
    // Compare-and-set: only if the attempt is still in `expectedFrom`, sets state and the
    // mutable columns (trx_id, redirect_url, payment_status_code, payment_reff, payment_date,
    // response_code, reason) from `updated`, updated_at from the clock, and appends `event`
    // with from = expectedFrom and to = updated.state; all in one transaction. Other fields of
    // `updated` are ignored (they never change). `updated.state == expectedFrom` records new
    // facts without a state change (a status check). Returns the attempt as now stored.
    // Stale expectedFrom: Conflict, nothing written. Unknown id: NotFound.
    virtual std::optional<Attempt> transition(qint64 attemptId, AttemptState expectedFrom,
                                              const Attempt &updated, const AttemptEvent &event,
                                              JournalError *error) = 0;
    // Appends an event that changes nothing (a notification that was a duplicate, a status
    // check with nothing new). from/to are stored empty.
    virtual bool appendEvent(qint64 attemptId, const AttemptEvent &event, JournalError *error) = 0;

    // False after a fault of the disk or the file; the reason says what to do.
    virtual bool paymentsEnabled() const = 0;
    virtual TranslatableText disabledReason() const = 0;
};

class ReceiptStore
{
public:
    virtual ~ReceiptStore();

    // The next printout of a Paid attempt: the original the first time, then copies 1..n.
    // Starts as Queued. Not Paid: Conflict.
    virtual std::optional<ReceiptRecord> addReceipt(qint64 attemptId, JournalError *error) = 0;
    // `pdfPath` null: keep the stored one.
    virtual bool updateReceipt(qint64 receiptId, ReceiptStatus status, const QString &problem,
                               const QString &pdfPath, JournalError *error) = 0;
    virtual QList<ReceiptRecord> receipts(qint64 attemptId,
                                          JournalError *error = nullptr) const = 0;
    // Queued or failed printouts, oldest first (the printer was offline).
    virtual QList<ReceiptRecord> unprintedReceipts(JournalError *error = nullptr) const = 0;
    // Paid attempts whose original receipt was never recorded (a crash right after Paid).
    virtual QList<Attempt> paidAttemptsWithoutReceipt(JournalError *error = nullptr) const = 0;
};

class ChannelCacheStore
{
public:
    virtual ~ChannelCacheStore();

    // Replaces the cached list of `scope` (in the given order). A scope names one environment
    // and merchant (CheckoutService::channelScope): lists of different scopes never mix.
    virtual bool saveChannels(const QString &scope, const QList<CachedChannel> &channels,
                              const QDateTime &fetchedAt, JournalError *error) = 0;
    virtual ChannelCache cachedChannels(const QString &scope,
                                        JournalError *error = nullptr) const = 0;
};

// The staff list and the staff log (issue 12). Held by StaffDirectory (core/staff), which hashes
// PINs and decides who may do what; the store only keeps rows.
class StaffStore
{
public:
    virtual ~StaffStore();

    // Every member, active or not, by name.
    virtual QList<StaffMember> staff(JournalError *error = nullptr) const = 0;
    // Adds `member`, or replaces the one of the same name (any case: the stored spelling
    // stays), and appends `log`, in one transaction.
    virtual bool saveStaffMember(const StaffMember &member, const StaffLogEntry &log,
                                 JournalError *error) = 0;
    virtual bool appendStaffLog(const StaffLogEntry &entry, JournalError *error) = 0;
    // Entries at or after `from` and before `to` (invalid: no bound), oldest first.
    virtual QList<StaffLogEntry> staffLog(const QDateTime &from, const QDateTime &to,
                                          JournalError *error = nullptr) const = 0;
};

} // namespace kasir
