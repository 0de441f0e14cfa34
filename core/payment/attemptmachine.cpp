#include "core/payment/attemptmachine.h"

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::AttemptReason";

struct ReasonRow
{
    AttemptReason reason;
    const char *key;
    const char *text;
};

// The keys are stored in the journal: never rename one.
const ReasonRow reasonRows[] = {
    {AttemptReason::None, "", ""},
    {AttemptReason::ResponseLost, "response_lost",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "The answer from Faspay was lost after the bill was sent. It is not sent "
                       "again; Kasir keeps checking. Start a new attempt only after confirming.")},
    {AttemptReason::BadRedirect, "bad_redirect",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay's answer carried a payment link that does not belong to this bill. "
                       "Nothing was shown to the customer. Report this to the shop owner.")},
    {AttemptReason::Interrupted, "interrupted",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Kasir stopped while sending this bill. It is not sent again; Kasir keeps "
                       "checking for an answer.")},
    {AttemptReason::NotSent, "not_sent",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay could not be reached; nothing was sent and nothing was charged. "
                       "Check the network and press Pay again.")},
    {AttemptReason::GatewayRefused, "gateway_refused",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay refused the bill. Nothing was charged. Correct the sale or choose "
                       "another provider.")},
    {AttemptReason::Configuration, "configuration",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay refused Kasir's credentials or address. Nothing was charged. Check "
                       "the merchant id, password and IP whitelist in Settings.")},
    {AttemptReason::AmountMismatch, "amount_mismatch",
     QT_TRANSLATE_NOOP(
         "kasir::AttemptReason",
         "Faspay reports a payment of a different amount. Do not hand over the goods; "
         "call the supervisor.")},
    {AttemptReason::PaidAfterCancel, "paid_after_cancel",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "The customer paid while the bill was being cancelled. The money was taken: "
                       "call the supervisor to complete the sale or arrange a refund.")},
    {AttemptReason::StatusUnresolved, "status_unresolved",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay cannot tell the status of this bill. Kasir keeps checking; call the "
                       "supervisor if it stays like this.")},
    {AttemptReason::TransportFailing, "transport_failing",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay has not answered status checks for a while. Kasir keeps checking; "
                       "check the network.")},
    {AttemptReason::UnpaidAfterExpiry, "unpaid_after_expiry",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "The bill should have expired but Faspay still reports it open. Kasir keeps "
                       "checking; call the supervisor if it stays like this.")},
    {AttemptReason::ReversedUnpaid, "reversed_unpaid",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay reports a reversal for a bill that was never seen paid. Call the "
                       "supervisor.")},
    {AttemptReason::Supervisor, "supervisor",
     QT_TRANSLATE_NOOP("kasir::AttemptReason", "Settled by a supervisor.")},
    {AttemptReason::BillNoTaken, "bill_no_taken",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay already has a bill with this number (answer 14). It may belong to "
                       "another sale, so no payment for it counts for this one. Nothing is sent "
                       "again; call the supervisor to check the terminal code in Settings.")},
    {AttemptReason::GatewayError, "gateway_error",
     QT_TRANSLATE_NOOP("kasir::AttemptReason",
                       "Faspay answered with an error after the bill was sent and may have "
                       "recorded it. It is not sent again; ask the supervisor to check the bill in "
                       "the Faspay merchant portal before a new attempt.")},
};

// Reasons that only a supervisor may settle: new status answers are logged, nothing moves.
bool isHardAttention(AttemptReason reason)
{
    return reason == AttemptReason::AmountMismatch || reason == AttemptReason::PaidAfterCancel ||
           reason == AttemptReason::ReversedUnpaid;
}

Decision stay(const Attempt &a, const char *kind, QString detail)
{
    Decision d;
    d.from = d.to = a.state;
    d.updated = a;
    d.kind = QString::fromLatin1(kind);
    d.detail = std::move(detail);
    return d;
}

Decision move(const Attempt &a, AttemptState to, const char *kind, QString detail,
              AttemptReason reason = AttemptReason::None)
{
    Decision d = stay(a, kind, std::move(detail));
    d.to = to;
    d.updated.state = to;
    if (reason != AttemptReason::None || to != a.state)
        d.updated.reason = attemptReasonKey(reason);
    return d;
}

Decision refuse(const Attempt &a, const char *kind, QString detail)
{
    Decision d = stay(a, kind, std::move(detail));
    d.allowed = false;
    return d;
}

QString stateName(AttemptState s)
{
    return attemptStateKey(s);
}
} // namespace

QString attemptReasonKey(AttemptReason reason)
{
    for (const ReasonRow &row : reasonRows) {
        if (row.reason == reason)
            return QString::fromLatin1(row.key);
    }
    return {};
}

AttemptReason attemptReasonFromKey(QStringView key)
{
    for (const ReasonRow &row : reasonRows) {
        if (key == QLatin1String(row.key))
            return row.reason;
    }
    return AttemptReason::None;
}

TranslatableText attemptReasonText(AttemptReason reason)
{
    for (const ReasonRow &row : reasonRows) {
        if (row.reason == reason && row.text[0] != '\0')
            return TranslatableText(Ctx, row.text);
    }
    return {};
}

namespace machine {

bool isAllowedTransition(AttemptState from, AttemptState to)
{
    using S = AttemptState;
    switch (from) {
    case S::Draft:
        return to == S::Sending;
    case S::Sending:
        return to == S::AwaitingPayment || to == S::Rejected || to == S::Unknown;
    case S::AwaitingPayment:
    case S::Unknown:
        return to == S::Paid || to == S::Failed || to == S::Expired || to == S::Cancelled ||
               to == S::NeedsAttention || to == S::Cancelling;
    case S::Cancelling:
        return to == S::Cancelled || to == S::NeedsAttention || to == S::Failed ||
               to == S::Expired || to == S::AwaitingPayment;
    case S::NeedsAttention:
        return to == S::Paid || to == S::Failed || to == S::Expired || to == S::Cancelled;
    case S::Paid:
        return to == S::Reversed;
    case S::Failed:
    case S::Expired:
    case S::Cancelled:
    case S::Rejected:
    case S::Reversed:
        return false;
    }
    return false;
}

Decision submit(const Attempt &a)
{
    if (a.state != AttemptState::Draft)
        return refuse(a, "submit", QStringLiteral("already submitted"));
    return move(a, AttemptState::Sending, "sending",
                QStringLiteral("bill %1 committed, Post Data about to be sent").arg(a.billNo));
}

Decision postAccepted(const Attempt &a, const QString &trxId, const QString &redirectUrl,
                      bool redirectOk)
{
    if (a.state != AttemptState::Sending)
        return refuse(a, "answered",
                      QStringLiteral("Post Data answer in state %1").arg(stateName(a.state)));
    if (!redirectOk) {
        Decision d = move(a, AttemptState::Unknown, "answered",
                          QStringLiteral("redirect_url rejected: %1").arg(redirectUrl.left(200)),
                          AttemptReason::BadRedirect);
        d.updated.trxId = trxId;
        d.updated.responseCode = QStringLiteral("00");
        d.alarm = Decision::Alarm::Security;
        return d;
    }
    Decision d = move(a, AttemptState::AwaitingPayment, "answered",
                      QStringLiteral("accepted, trx_id %1").arg(trxId));
    d.updated.trxId = trxId;
    d.updated.redirectUrl = redirectUrl;
    d.updated.responseCode = QStringLiteral("00");
    return d;
}

Decision postRefused(const Attempt &a, const QString &responseCode, const QString &desc,
                     bool configurationError)
{
    if (a.state != AttemptState::Sending)
        return refuse(a, "answered",
                      QStringLiteral("Post Data answer in state %1").arg(stateName(a.state)));
    Decision d =
        move(a, AttemptState::Rejected, "answered",
             QStringLiteral("refused with %1 %2").arg(responseCode, desc.left(200)),
             configurationError ? AttemptReason::Configuration : AttemptReason::GatewayRefused);
    d.updated.responseCode = responseCode;
    if (configurationError)
        d.alarm = Decision::Alarm::Configuration;
    return d;
}

Decision postNotSent(const Attempt &a, const QString &detail)
{
    if (a.state != AttemptState::Sending)
        return refuse(a, "not-sent",
                      QStringLiteral("not-sent in state %1").arg(stateName(a.state)));
    return move(a, AttemptState::Rejected, "not-sent", detail, AttemptReason::NotSent);
}

Decision postAmbiguous(const Attempt &a, const QString &detail)
{
    if (a.state != AttemptState::Sending)
        return refuse(a, "ambiguous",
                      QStringLiteral("ambiguous in state %1").arg(stateName(a.state)));
    return move(a, AttemptState::Unknown, "ambiguous", detail, AttemptReason::ResponseLost);
}

Decision postMayExist(const Attempt &a, const QString &responseCode, const QString &desc)
{
    if (a.state != AttemptState::Sending)
        return refuse(a, "answered",
                      QStringLiteral("Post Data answer in state %1").arg(stateName(a.state)));
    const bool taken = responseCode == QLatin1String("14");
    Decision d = move(
        a, AttemptState::Unknown, "answered",
        QStringLiteral("answered %1 %2 (the bill may exist)").arg(responseCode, desc.left(200)),
        taken ? AttemptReason::BillNoTaken : AttemptReason::GatewayError);
    d.updated.responseCode = responseCode;
    if (taken)
        d.alarm = Decision::Alarm::Configuration;
    return d;
}

Decision statusAnswered(const Attempt &a, const StatusObservation &status, int unresolvedCount,
                        int unresolvedBound)
{
    using S = AttemptState;
    const QString detail = QStringLiteral("payment_status_code %1").arg(status.statusCode);
    if (a.state == S::Paid) {
        if (status.statusCode == 4) {
            Decision d = move(a, S::Reversed, "status-check", detail);
            d.updated.paymentStatusCode = 4;
            return d;
        }
        return refuse(a, "status-check", detail);
    }
    if (isTerminal(a.state) || a.state == S::Draft || a.state == S::Sending)
        return refuse(a, "status-check", detail);

    const AttemptReason reason = attemptReasonFromKey(a.reason);
    const bool hard = a.state == S::NeedsAttention && isHardAttention(reason);
    Decision d;
    switch (status.statusCode) {
    case 2:
        if (!status.amountMatches) {
            d = (a.state == S::NeedsAttention && reason == AttemptReason::AmountMismatch)
                    ? stay(a, "status-check", detail + QStringLiteral(", amount mismatch"))
                    : move(a, S::NeedsAttention, "status-check",
                           detail + QStringLiteral(", amount mismatch"),
                           AttemptReason::AmountMismatch);
        } else if (a.state == S::Cancelling) {
            d = move(a, S::NeedsAttention, "status-check",
                     detail + QStringLiteral(" while cancelling"), AttemptReason::PaidAfterCancel);
        } else if (hard) {
            d = stay(a, "status-check", detail);
        } else {
            d = move(a, S::Paid, "status-check", detail);
            d.updated.paymentReff = status.paymentReff;
            d.updated.paymentDate = status.paymentDate;
        }
        break;
    case 3:
        d = hard ? stay(a, "status-check", detail) : move(a, S::Failed, "status-check", detail);
        break;
    case 7:
        d = hard ? stay(a, "status-check", detail) : move(a, S::Expired, "status-check", detail);
        break;
    case 8:
        d = hard ? stay(a, "status-check", detail) : move(a, S::Cancelled, "status-check", detail);
        break;
    case 4:
        d = (a.state == S::NeedsAttention)
                ? stay(a, "status-check", detail)
                : move(a, S::NeedsAttention, "status-check", detail, AttemptReason::ReversedUnpaid);
        break;
    case 5:
    case 9:
        if (a.state != S::NeedsAttention && a.state != S::Cancelling &&
            unresolvedCount + 1 >= unresolvedBound) {
            d = move(a, S::NeedsAttention, "status-check", detail, AttemptReason::StatusUnresolved);
        } else {
            d = stay(a, "status-check", detail);
        }
        break;
    default: // 0, 1 and anything undocumented: keep waiting
        d = stay(a, "status-check", detail);
        break;
    }
    d.updated.paymentStatusCode = status.statusCode;
    return d;
}

Decision statusCheckFailed(const Attempt &a, int consecutiveFailures, int bound,
                           const QString &detail)
{
    if (!needsTracking(a))
        return refuse(a, "status-check-failed", detail);
    if (consecutiveFailures >= bound &&
        (a.state == AttemptState::AwaitingPayment || a.state == AttemptState::Unknown)) {
        return move(a, AttemptState::NeedsAttention, "status-check-failed", detail,
                    AttemptReason::TransportFailing);
    }
    return stay(a, "status-check-failed", detail);
}

Decision unpaidAfterExpiry(const Attempt &a)
{
    if (a.state != AttemptState::AwaitingPayment && a.state != AttemptState::Unknown)
        return refuse(a, "expiry-passed", QStringLiteral("not waiting"));
    return move(a, AttemptState::NeedsAttention, "expiry-passed",
                QStringLiteral("still unpaid after bill_expired"),
                AttemptReason::UnpaidAfterExpiry);
}

Decision cancelRequested(const Attempt &a)
{
    if ((a.state != AttemptState::AwaitingPayment && a.state != AttemptState::Unknown) ||
        a.trxId.isEmpty())
        return refuse(a, "cancel-requested",
                      QStringLiteral("cannot cancel in state %1").arg(stateName(a.state)));
    return move(a, AttemptState::Cancelling, "cancel-requested", QStringLiteral("cancel asked"));
}

bool cancelAwaitsInquiry(const QString &responseCode, int statusCode)
{
    return responseCode == QLatin1String("00") || responseCode == QLatin1String("17") ||
           responseCode == QLatin1String("54") || statusCode == 7 || statusCode == 8;
}

Decision cancelAnswered(const Attempt &a, const QString &responseCode, int statusCode)
{
    using S = AttemptState;
    const QString detail = QStringLiteral("cancel answered %1, payment_status_code %2")
                               .arg(responseCode)
                               .arg(statusCode);
    if (a.state != S::Cancelling)
        return refuse(a, "cancel-answered", detail);
    Decision d;
    if (responseCode == QLatin1String("81") || statusCode == 2) {
        d = move(a, S::NeedsAttention, "cancel-answered", detail, AttemptReason::PaidAfterCancel);
    } else if (cancelAwaitsInquiry(responseCode, statusCode)) {
        // Accepted (or "already cancelled / expired"): the bill is only settled when an inquiry
        // confirms it, since a late approval can still land between the two.
        d = stay(a, "cancel-answered", detail + QStringLiteral(", waiting for an inquiry"));
    } else {
        // Refused for another reason: back to waiting; the next status check decides.
        d = move(a, S::AwaitingPayment, "cancel-answered", detail);
    }
    d.updated.responseCode = responseCode;
    if (statusCode >= 0)
        d.updated.paymentStatusCode = statusCode;
    return d;
}

Decision restarted(const Attempt &a)
{
    if (a.state == AttemptState::Sending) {
        return move(a, AttemptState::Unknown, "restarted",
                    QStringLiteral("found in Sending after a restart"), AttemptReason::Interrupted);
    }
    if (isTerminal(a.state) || a.state == AttemptState::Draft)
        return refuse(a, "restarted", QString());
    return stay(a, "resumed", QStringLiteral("tracking resumed after a restart"));
}

Decision supervisorResolve(const Attempt &a, AttemptState target, const QString &detail)
{
    const bool fromOpen =
        (a.state == AttemptState::NeedsAttention || a.state == AttemptState::Unknown) &&
        isTerminal(target) && target != AttemptState::Reversed;
    const bool reversal = a.state == AttemptState::Paid && target == AttemptState::Reversed;
    if (!fromOpen && !reversal)
        return refuse(a, "supervisor", detail);
    return move(a, target, "supervisor", detail, AttemptReason::Supervisor);
}

Decision adoptTrxId(const Attempt &a, const QString &trxId)
{
    if (!a.trxId.isEmpty() || trxId.isEmpty() || isTerminal(a.state) ||
        a.responseCode == QLatin1String("14"))
        return refuse(a, "trx-id-learned", trxId);
    Decision d = stay(a, "trx-id-learned",
                      QStringLiteral("trx_id %1 from a verified notification").arg(trxId));
    d.updated.trxId = trxId;
    return d;
}

bool needsTracking(const Attempt &a)
{
    return !isTerminal(a.state) && a.state != AttemptState::Draft &&
           a.state != AttemptState::Sending && !a.trxId.isEmpty();
}

} // namespace machine
} // namespace kasir
