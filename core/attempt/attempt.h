#pragma once

#include "core/money/money.h"
#include "core/order/order.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace kasir {

// design.md §3. Terminal: Paid, Failed, Expired, Cancelled, Rejected, Reversed.
// Unknown and NeedsAttention are not terminal: they keep being checked until someone (Faspay's
// answer or a supervisor) settles them.
enum class AttemptState {
    Draft,
    Sending,
    AwaitingPayment,
    Paid,
    Failed,
    Expired,
    Cancelled,
    Rejected,
    Unknown,
    Cancelling,
    NeedsAttention,
    Reversed,
};

QList<AttemptState> allAttemptStates();
// Stable keys stored in the journal: "draft", "sending", "awaiting_payment", "paid", "failed",
// "expired", "cancelled", "rejected", "unknown", "cancelling", "needs_attention", "reversed".
QString attemptStateKey(AttemptState state);
std::optional<AttemptState> attemptStateFromKey(QStringView key);
TranslatableText attemptStateLabel(AttemptState state);
bool isTerminal(AttemptState state);

// Who caused an event (design §3 invariant 2).
enum class EventSource { Api, Inquiry, Notification, ReturnUrl, Cashier, Supervisor, System };
QString eventSourceKey(EventSource source); // "api", "inquiry", "notification", "return-url",
                                            // "cashier", "supervisor", "system"
std::optional<EventSource> eventSourceFromKey(QStringView key);

// One payment attempt for one cart: one bill_no, posted at most once.
struct Attempt
{
    qint64 id = 0;
    QString billNo;
    qint64 previousAttemptId = 0; // the Unknown attempt this one replaces, 0 if none
    AttemptState state = AttemptState::Draft;
    Order order;
    QString channelCode;   // Faspay payment_channel actually used
    Money total;           // bill_total in whole rupiah
    QDateTime createdAt;   // UTC
    QDateTime updatedAt;   // UTC
    QDateTime billDate;    // UTC; sent in WIB
    QDateTime billExpired; // UTC; sent in WIB
    QString trxId;
    QString redirectUrl;
    int paymentStatusCode = -1; // last payment_status_code from an inquiry, -1 none yet
    QString paymentReff;
    QDateTime paymentDate; // UTC
    QString responseCode;  // last response_code from Faspay
    QString reason;        // why Unknown / Rejected / NeedsAttention (English, for logs)
    QString terminal;      // terminal code used in the bill_no
    QString cashier;       // the staff member signed in, or "operator NAME" for a headless run
    bool training = false; // made against the embedded sandbox
    // Where the bill was posted (design §3 invariant 8): the gateway's host and the merchant
    // id of the credentials. Empty on attempts written before Kasir recorded them.
    QString gatewayHost;
    QString merchantId;
};

// One line of the append-only event log. `body` is a request or response with the password,
// signatures and the customer's phone and e-mail redacted (journal/redaction.h).
struct AttemptEvent
{
    qint64 id = 0;
    qint64 attemptId = 0;
    QDateTime at; // UTC
    EventSource source = EventSource::System;
    QString kind; // "created", "sent", "answered", "status-check", "notification", ...
    std::optional<AttemptState> from;
    std::optional<AttemptState> to;
    QString detail; // one line for people
    QByteArray body;
    QString actor;    // the staff member who did it (cashier or supervisor); empty for the system
    QString approver; // the supervisor who approved it, empty when no approval was needed
};

// Whether a supervisor settled the attempt by hand (its reason is AttemptReason::Supervisor):
// Faspay never confirmed the state it is in.
bool isSettledByHand(const Attempt &attempt);

// Who settled an attempt by hand and why: the last supervisor event that moved it to `target`
// (its approver, else its actor), from the attempt's events oldest first. nullopt when none did.
struct HandSettlement
{
    QString by;
    QString reason;
};
std::optional<HandSettlement> handSettlement(const QList<AttemptEvent> &events,
                                             AttemptState target);

} // namespace kasir
