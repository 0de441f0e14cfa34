#include "ui/widgets/attempttexts.h"

#include "core/faspay/codes.h"
#include "core/payment/attemptmachine.h"

namespace kasir {

QString AttemptTexts::stateLabel(AttemptState state)
{
    // Translated by its source only: attemptStateLabel()'s context pointer is a function-local
    // array in core/payment/attempt.cpp (reported; fine once it is static).
    return QCoreApplication::translate("kasir::AttemptState", attemptStateLabel(state).source());
}

const char *AttemptTexts::tone(AttemptState state)
{
    switch (state) {
    case AttemptState::Draft:
    case AttemptState::Sending:
        return "sending";
    case AttemptState::AwaitingPayment:
    case AttemptState::Cancelling:
        return "waiting";
    case AttemptState::Paid:
        return "paid";
    case AttemptState::Unknown:
    case AttemptState::NeedsAttention:
    case AttemptState::Rejected:
    case AttemptState::Reversed:
        return "attention";
    case AttemptState::Failed:
    case AttemptState::Expired:
    case AttemptState::Cancelled:
        return "neutral";
    }
    return "neutral";
}

QString AttemptTexts::headline(const Attempt &a)
{
    switch (a.state) {
    case AttemptState::Draft:
    case AttemptState::Sending:
        return tr("Sending to Faspay…");
    case AttemptState::AwaitingPayment:
        return tr("Waiting for payment");
    case AttemptState::Paid:
        return tr("Paid");
    case AttemptState::Failed:
        return tr("Payment failed");
    case AttemptState::Expired:
        return tr("Bill expired");
    case AttemptState::Cancelled:
        return tr("Cancelled");
    case AttemptState::Rejected:
        return tr("Refused by Faspay");
    case AttemptState::Unknown:
        return tr("Status unknown");
    case AttemptState::Cancelling:
        return tr("Cancelling…");
    case AttemptState::NeedsAttention:
        return tr("Needs attention");
    case AttemptState::Reversed:
        return tr("Payment reversed");
    }
    return {};
}

QString AttemptTexts::explanation(const Attempt &a)
{
    const AttemptReason reason = attemptReasonFromKey(a.reason);
    const QString why =
        reason == AttemptReason::None ? QString() : attemptReasonText(reason).toString();
    switch (a.state) {
    case AttemptState::Draft:
    case AttemptState::Sending:
        return tr("The bill is saved. Waiting for Faspay's answer; this takes a few seconds.");
    case AttemptState::AwaitingPayment:
        return tr("Ask the customer to scan the QR code with their phone and approve the payment "
                  "on the %1 page. Kasir checks the status by itself.")
            .arg(channelDisplayName(a.order.channel));
    case AttemptState::Paid:
        return tr("Faspay confirmed the payment. Hand over the goods and offer the receipt.");
    case AttemptState::Failed:
        return tr("The lender declined or the payment failed. Nothing was charged. Go back to the "
                  "cart (Esc) to choose another way to pay.");
    case AttemptState::Expired:
        return tr("The bill expired before it was paid. Nothing was charged. Go back to the cart "
                  "(Esc) to try again.");
    case AttemptState::Cancelled:
        return tr("The bill is cancelled at Faspay. Nothing will be charged. Go back to the cart "
                  "(Esc) or start a new sale.");
    case AttemptState::Rejected: {
        QString text = why;
        if (reason == AttemptReason::GatewayRefused && !a.responseCode.isEmpty())
            text = faspay::responseCodeText(a.responseCode).toString();
        return tr("%1 Nothing was charged. Go back to the cart (Esc) to fix the sale or choose "
                  "another provider.")
            .arg(text);
    }
    case AttemptState::Unknown:
        return tr("%1 Kasir keeps checking. Do not hand over the goods until this shows Paid.")
            .arg(why);
    case AttemptState::Cancelling:
        return tr("Asking Faspay to cancel the bill. If the customer paid in the meantime, Kasir "
                  "will say so here.");
    case AttemptState::NeedsAttention:
        if (reason == AttemptReason::PaidAfterCancel) {
            return tr("The customer paid while the bill was being cancelled: Faspay has the "
                      "money. Do not cancel again. Call a supervisor to refund or complete the "
                      "sale. %1")
                .arg(why);
        }
        return tr("%1 Call a supervisor.").arg(why);
    case AttemptState::Reversed:
        return tr("Faspay reversed this payment. Call a supervisor.");
    }
    return {};
}

QString AttemptTexts::sourceLabel(EventSource source)
{
    switch (source) {
    case EventSource::Api:
        return tr("Faspay");
    case EventSource::Inquiry:
        return tr("status check");
    case EventSource::Notification:
        return tr("notification");
    case EventSource::ReturnUrl:
        return tr("return page");
    case EventSource::Cashier:
        return tr("cashier");
    case EventSource::Supervisor:
        return tr("supervisor");
    case EventSource::System:
        return tr("Kasir");
    }
    return {};
}

QString AttemptTexts::eventText(const AttemptEvent &e)
{
    const QString k = e.kind;
    const bool moved = e.from && e.to && *e.from != *e.to;
    const QString to = e.to ? stateLabel(*e.to) : QString();
    if (k == QLatin1String("created"))
        return tr("Bill created");
    if (k == QLatin1String("sending"))
        return tr("Saved, sending to Faspay");
    if (k == QLatin1String("send-retry"))
        return tr("Faspay not reached, sending the same bill again");
    if (k == QLatin1String("answered")) {
        if (e.to == AttemptState::AwaitingPayment)
            return tr("Faspay answered: bill accepted, payment page ready");
        if (e.to == AttemptState::Rejected)
            return tr("Faspay answered: bill refused");
        return tr("Faspay answered, but the answer cannot be trusted");
    }
    if (k == QLatin1String("not-sent"))
        return tr("Faspay could not be reached; nothing was sent");
    if (k == QLatin1String("ambiguous"))
        return tr("No usable answer from Faspay; the bill may exist");
    if (k == QLatin1String("status-check"))
        return moved ? tr("Status checked: now %1").arg(to) : tr("Status checked: %1").arg(to);
    if (k == QLatin1String("status-check-failed"))
        return tr("Status check failed; trying again");
    if (k == QLatin1String("check-requested"))
        return tr("Check requested");
    if (k == QLatin1String("notification"))
        return tr("Payment notification received");
    if (k == QLatin1String("return-url"))
        return tr("Customer returned from the lender's page");
    if (k == QLatin1String("cancel-requested"))
        return tr("Cancel requested");
    if (k == QLatin1String("cancel-answered"))
        return tr("Faspay answered the cancel: %1").arg(to);
    if (k == QLatin1String("cancel-failed"))
        return tr("Cancel not confirmed yet; asking again");
    if (k == QLatin1String("expiry-passed"))
        return tr("Expiry passed without a final answer");
    if (k == QLatin1String("restarted"))
        return tr("Kasir was restarted while sending");
    if (k == QLatin1String("resumed"))
        return tr("Tracking resumed after a restart");
    if (k == QLatin1String("supervisor"))
        return tr("Settled by a supervisor: %1").arg(to);
    if (k == QLatin1String("trx-id-learned"))
        return tr("Faspay transaction id learned from a notification");
    return moved ? QStringLiteral("%1 → %2").arg(k, to) : k;
}

QString AttemptTexts::countdown(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("0:00");
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds % 3600) / 60;
    const qint64 s = seconds % 60;
    if (h > 0) {
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

} // namespace kasir
