#pragma once

#include "core/attempt/attempt.h"
#include "core/common/translatabletext.h"

#include <QDateTime>
#include <QString>

namespace kasir {

// Why an attempt is Unknown, Rejected or NeedsAttention. Stored in Attempt::reason as the key.
enum class AttemptReason {
    None,
    ResponseLost,      // Unknown: Post Data may have reached Faspay, no usable answer
    BadRedirect,       // Unknown: redirect_url not http(s) or names another bill/merchant
    Interrupted,       // Unknown: Kasir stopped while sending (found in Sending on start)
    NotSent,           // Rejected: Post Data provably never left (refused, DNS, TLS)
    GatewayRefused,    // Rejected: Faspay answered a non-00 code
    Configuration,     // Rejected: 55/56/63, credentials or IP whitelist
    AmountMismatch,    // NeedsAttention: status 2 but the paid amount differs
    PaidAfterCancel,   // NeedsAttention: cancel was asked, Faspay says paid (or 81)
    StatusUnresolved,  // NeedsAttention: status 5/9 past the bound
    TransportFailing,  // NeedsAttention: status checks keep failing
    UnpaidAfterExpiry, // NeedsAttention: still 0/1 well after bill_expired
    ReversedUnpaid,    // NeedsAttention: status 4 for a bill never seen paid
    Supervisor,        // any: settled by hand
    BillNoTaken,       // Unknown: Post Data answered 14, Faspay already knows this bill_no
    GatewayError,      // Unknown: Post Data answered 66/81/96, the bill may exist
};
QString attemptReasonKey(AttemptReason reason);
AttemptReason attemptReasonFromKey(QStringView key);
// What happened and what to do next, for the cashier.
TranslatableText attemptReasonText(AttemptReason reason);

// What an Inquiry Payment Status answer said about the bill.
struct StatusObservation
{
    int statusCode = -1;        // payment_status_code
    bool amountMatches = false; // payment_total equals the bill in rupiah or x100 (Part A §4)
    QString paymentReff;
    QDateTime paymentDate; // UTC, invalid when absent
};

// The outcome of one decision: the attempt as it should be stored, and the event describing it.
// When `to == from` nothing but the event is written.
struct Decision
{
    AttemptState from = AttemptState::Draft;
    AttemptState to = AttemptState::Draft;
    Attempt updated;
    QString kind;        // event kind
    QString detail;      // one English line for the event log
    bool allowed = true; // false: the input is not valid in this state (nothing to write)
    enum class Alarm { None, Configuration, Security } alarm = Alarm::None;

    bool changesState() const { return allowed && to != from; }
};

// The payment attempt state machine of design §3 as pure functions: no I/O, no clock reads.
// Each function takes the attempt as stored and returns the decision; the caller commits the
// attempt and the event in one journal transaction (invariant 2).
namespace machine {

// The transition table: every (from, to) the machine itself can produce. Supervisor overrides
// are separate (supervisorResolve) and logged as such.
bool isAllowedTransition(AttemptState from, AttemptState to);

// Draft -> Sending: the attempt is committed before Post Data leaves (invariant 3).
Decision submit(const Attempt &attempt);

// Post Data answered with response_code 00 and a redirect_url: AwaitingPayment, or Unknown with
// a security alarm when the redirect does not look right (redirectOk false).
Decision postAccepted(const Attempt &attempt, const QString &trxId, const QString &redirectUrl,
                      bool redirectOk);
// Post Data answered with another code: Rejected (configuration alarm for 55/56/63).
Decision postRefused(const Attempt &attempt, const QString &responseCode, const QString &desc,
                     bool configurationError);
// Post Data provably never left: Rejected, nothing was posted.
Decision postNotSent(const Attempt &attempt, const QString &detail);
// Post Data may have left, no usable answer: Unknown. Never posted again.
Decision postAmbiguous(const Attempt &attempt, const QString &detail);
// Post Data answered with a code after which Faspay may hold the bill (14, 66, 81, 96; Part A
// §12): Unknown, the code kept in responseCode. After 14 the attempt never adopts a trx_id from a
// notification: the bill Faspay knows under this bill_no may be another sale's.
Decision postMayExist(const Attempt &attempt, const QString &responseCode, const QString &desc);

// An Inquiry Payment Status answer. `unresolvedCount` is how many consecutive 5/9 answers came
// before this one; `unresolvedBound` when they escalate.
Decision statusAnswered(const Attempt &attempt, const StatusObservation &status,
                        int unresolvedCount, int unresolvedBound);
// Status checks keep failing (not sent / ambiguous). Escalates after `bound` in a row.
Decision statusCheckFailed(const Attempt &attempt, int consecutiveFailures, int bound,
                           const QString &detail);
// bill_expired + margin has passed and Faspay still says unpaid.
Decision unpaidAfterExpiry(const Attempt &attempt);

// The cashier asks to cancel: Cancelling (only where a cancel can be sent: trx_id known and not
// terminal).
Decision cancelRequested(const Attempt &attempt);
// Cancel Transaction answered. Only an inquiry settles a cancel: "00" (or 17, 54) keeps the
// attempt Cancelling until Inquiry Payment Status says 8 (or 7, 3, 2); 81 or status 2 is
// paid-after-cancel; any other refusal goes back to waiting.
Decision cancelAnswered(const Attempt &attempt, const QString &responseCode, int statusCode);
// Whether that cancel answer leaves the attempt Cancelling until an inquiry decides.
bool cancelAwaitsInquiry(const QString &responseCode, int statusCode);

// Kasir started again and found this attempt: Sending becomes Unknown; others stay.
Decision restarted(const Attempt &attempt);

// A supervisor settles an attempt by hand (with the reason in `detail`). Allowed from
// NeedsAttention and Unknown to any terminal state, and from Paid to Reversed.
Decision supervisorResolve(const Attempt &attempt, AttemptState target, const QString &detail);

// The trx_id of an attempt that lost its Post Data answer, brought by a notification and
// confirmed by an inquiry (a notification's signature does not cover its trx_id). Refused for an
// attempt whose Post Data was answered 14 (see postMayExist).
Decision adoptTrxId(const Attempt &attempt, const QString &trxId);

// Whether a status check makes sense for this attempt now (needs a trx_id; not terminal).
bool needsTracking(const Attempt &attempt);

} // namespace machine
} // namespace kasir
