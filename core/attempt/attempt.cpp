#include "core/attempt/attempt.h"

namespace kasir {

QList<AttemptState> allAttemptStates()
{
    return {AttemptState::Draft,      AttemptState::Sending,        AttemptState::AwaitingPayment,
            AttemptState::Paid,       AttemptState::Failed,         AttemptState::Expired,
            AttemptState::Cancelled,  AttemptState::Rejected,       AttemptState::Unknown,
            AttemptState::Cancelling, AttemptState::NeedsAttention, AttemptState::Reversed};
}

QString attemptStateKey(AttemptState state)
{
    switch (state) {
    case AttemptState::Draft:
        return QStringLiteral("draft");
    case AttemptState::Sending:
        return QStringLiteral("sending");
    case AttemptState::AwaitingPayment:
        return QStringLiteral("awaiting_payment");
    case AttemptState::Paid:
        return QStringLiteral("paid");
    case AttemptState::Failed:
        return QStringLiteral("failed");
    case AttemptState::Expired:
        return QStringLiteral("expired");
    case AttemptState::Cancelled:
        return QStringLiteral("cancelled");
    case AttemptState::Rejected:
        return QStringLiteral("rejected");
    case AttemptState::Unknown:
        return QStringLiteral("unknown");
    case AttemptState::Cancelling:
        return QStringLiteral("cancelling");
    case AttemptState::NeedsAttention:
        return QStringLiteral("needs_attention");
    case AttemptState::Reversed:
        return QStringLiteral("reversed");
    }
    return {};
}

std::optional<AttemptState> attemptStateFromKey(QStringView key)
{
    for (AttemptState s : allAttemptStates()) {
        if (attemptStateKey(s) == key)
            return s;
    }
    return std::nullopt;
}

TranslatableText attemptStateLabel(AttemptState state)
{
    static constexpr char Ctx[] = "kasir::AttemptState";
    switch (state) {
    case AttemptState::Draft:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Draft")};
    case AttemptState::Sending:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Sending")};
    case AttemptState::AwaitingPayment:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Waiting for payment")};
    case AttemptState::Paid:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Paid")};
    case AttemptState::Failed:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Failed")};
    case AttemptState::Expired:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Expired")};
    case AttemptState::Cancelled:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Cancelled")};
    case AttemptState::Rejected:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Rejected")};
    case AttemptState::Unknown:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Unknown")};
    case AttemptState::Cancelling:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Cancelling")};
    case AttemptState::NeedsAttention:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Needs attention")};
    case AttemptState::Reversed:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::AttemptState", "Reversed")};
    }
    return {};
}

bool isTerminal(AttemptState state)
{
    switch (state) {
    case AttemptState::Paid:
    case AttemptState::Failed:
    case AttemptState::Expired:
    case AttemptState::Cancelled:
    case AttemptState::Rejected:
    case AttemptState::Reversed:
        return true;
    default:
        return false;
    }
}

QString eventSourceKey(EventSource source)
{
    switch (source) {
    case EventSource::Api:
        return QStringLiteral("api");
    case EventSource::Inquiry:
        return QStringLiteral("inquiry");
    case EventSource::Notification:
        return QStringLiteral("notification");
    case EventSource::ReturnUrl:
        return QStringLiteral("return-url");
    case EventSource::Cashier:
        return QStringLiteral("cashier");
    case EventSource::Supervisor:
        return QStringLiteral("supervisor");
    case EventSource::System:
        return QStringLiteral("system");
    }
    return {};
}

std::optional<EventSource> eventSourceFromKey(QStringView key)
{
    for (EventSource s :
         {EventSource::Api, EventSource::Inquiry, EventSource::Notification, EventSource::ReturnUrl,
          EventSource::Cashier, EventSource::Supervisor, EventSource::System}) {
        if (eventSourceKey(s) == key)
            return s;
    }
    return std::nullopt;
}

bool isSettledByHand(const Attempt &attempt)
{
    return attempt.reason == QLatin1String("supervisor"); // attemptReasonKey(Supervisor)
}

std::optional<HandSettlement> handSettlement(const QList<AttemptEvent> &events, AttemptState target)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->source == EventSource::Supervisor && it->to == target)
            return HandSettlement{it->approver.isEmpty() ? it->actor : it->approver, it->detail};
    }
    return std::nullopt;
}

} // namespace kasir
