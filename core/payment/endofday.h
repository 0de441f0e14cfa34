#pragma once

#include "core/attempt/attempt.h"
#include "core/common/translatabletext.h"
#include "core/common/wib.h"
#include "core/faspay/codes.h"
#include "core/journal/journalerror.h"
#include "core/money/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace kasir {

class AttemptReader;

// A business day is a WIB calendar day (core/common/wib.h).

// Where the journal and Faspay disagree about one attempt, found by EndOfDayReconciler.
struct Discrepancy
{
    enum class Kind {
        JournalPaidFaspayNot, // journal Paid, Faspay says another status (0, 3, 7, 8, ...)
        FaspayPaidJournalNot, // Faspay says paid (2), journal says otherwise
        AmountMismatch,       // both paid, Faspay's payment_total is not the journal's total
        StatusDiffers,        // both settled, differently (journal Expired, Faspay Cancelled)
        NotFoundAtFaspay,     // Faspay has no such bill (5) though the journal has its trx_id
        NeedsAttention,       // the journal is waiting for a supervisor
        NotChecked,           // no answer from Faspay, or no trx_id to ask with
    };

    Attempt attempt;
    Kind kind = Kind::StatusDiffers;
    std::optional<faspay::PaymentStatus> faspayStatus; // what the inquiry answered
    QString faspayStatusCode;                          // as received
    QString faspayTotal;                               // payment_total as received
    TranslatableText explanation;                      // what differs and what to do
};
QString discrepancyKindKey(Discrepancy::Kind kind); // "journal-paid-faspay-not", ...
TranslatableText discrepancyKindLabel(Discrepancy::Kind kind);

// What Faspay says compared with the journal. nullopt: they agree (or both are still open).
// `faspayTotal` is compared with returnedAmountMatches (whole rupiah or x 100).
std::optional<Discrepancy> compareWithFaspay(const Attempt &attempt,
                                             std::optional<faspay::PaymentStatus> status,
                                             const QString &statusCode, const QString &faspayTotal);

// A sale of the day that needs a second look whatever Faspay says (issue 12), listed in end of
// day on screen, in the PDF and in the CSV.
struct EndOfDayNotice
{
    enum class Kind {
        SettledByHand, // a supervisor settled it; Faspay never confirmed that state
        NotFaspay,     // posted to a gateway that is not one of Faspay's published hosts
        PaidTwice,     // the customer paid another bill within one bill lifetime of this one
    };
    Kind kind = Kind::SettledByHand;
    Attempt attempt;
    QString settledBy;     // SettledByHand: the supervisor, from the events (empty: not read)
    QString settledReason; // SettledByHand: the reason they gave
    QString otherBillNo;   // PaidTwice: the customer's other paid bill

    QString kindKey() const; // "settled-by-hand", "not-faspay", "paid-twice"
    // One sentence: what it is and what to do.
    TranslatableText explanation() const;
};

// Counts and totals of one WIB day's attempts, per channel and state. Training attempts are
// kept apart from real sales: a report covers one or the other.
struct EndOfDayReport
{
    struct Cell
    {
        int count = 0;
        Money total;
        bool operator==(const Cell &) const = default;
    };

    QDate day; // WIB
    bool training = false;
    QList<Attempt> attempts; // created that day, oldest first
    QMap<Channel, QMap<AttemptState, Cell>> cells;
    QList<EndOfDayNotice> notices; // by attempt, oldest first

    // Built from attempts (those outside the day or of the other kind are left out).
    // fromJournal also names who settled a sale by hand, from its events.
    static EndOfDayReport fromAttempts(QDate wibDay, bool training, const QList<Attempt> &all);
    // Reads the day's attempts from the journal (every page of the history query).
    static std::optional<EndOfDayReport> fromJournal(const AttemptReader &journal, QDate wibDay,
                                                     bool training, JournalError *error);

    Cell cell(Channel channel, AttemptState state) const;
    Cell channelTotal(Channel channel) const;  // every state
    Cell stateTotal(AttemptState state) const; // every channel
    Cell paid() const { return stateTotal(AttemptState::Paid); }
    int attemptCount() const { return int(attempts.size()); }
    // Channels and states that occur, in their enum order.
    QList<Channel> channels() const;
    QList<AttemptState> states() const;
};

// CSV (RFC 4180, UTF-8, comma, CRLF): a summary section (channel, state, count, total) and the
// attempts (bill_no, created WIB, channel, state, total, trx_id, payment_reff, paid at, cashier,
// gateway, merchant), the notices when there are any, then the discrepancies when given. Amounts as
// whole rupiah digits; texts in English (a file for accounting software, not a screen).
QByteArray endOfDayCsv(const EndOfDayReport &report, const QList<Discrepancy> &discrepancies);

// The same as a printable A4 PDF (QPdfWriter), in the window's language. Atomic (QSaveFile).
bool writeEndOfDayPdf(const EndOfDayReport &report, const QList<Discrepancy> &discrepancies,
                      const QString &storeName, const QString &path, QString *error);

} // namespace kasir
