#pragma once

#include "core/attempt/attempt.h"
#include "core/common/clock.h"
#include "core/common/translatabletext.h"
#include "core/faspay/signature.h"
#include "core/order/order.h"
#include "core/payment/pollschedule.h"

#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

namespace kasir {

class AttemptStore;
class ChannelCacheStore;
class PollScheduler;
namespace faspay {
class FaspayClient;
class ChannelCatalog;
struct PaymentNotification;
} // namespace faspay

// The checkout use case, shared by the cashier window and the headless commands (one code path).
// It validates an order locally, commits the attempt before Post Data leaves, sends it, keeps
// track of the payment status (polling + notification/return-URL/cashier triggers), and cancels.
// Every state change is one journal transaction (attempt + event). Widgets only call these
// methods and show what the signals say.
class CheckoutService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        faspay::Credentials credentials;
        QString terminalCode = QStringLiteral("K01");
        QString cashier;
        int billExpiryMinutes = 60;
        bool training = false;
        PollPolicy poll;
        // Post Data that provably never left (refused, DNS, TLS handshake) is sent again with
        // the same bill_no after each of these pauses, then given up (design §4: bounded retry
        // of the same request). Tests shorten them.
        QList<int> postRetryDelaysMs = {500, 1500};
        // When the status checks run (not owned; outlives the service). nullptr: QTimers.
        PollScheduler *scheduler = nullptr;
        // Where Faspay answers; a redirect_url on its host (or one of Faspay's published hosts)
        // is shown to the customer.
        QUrl gatewayUrl;
        // The other hosts a redirect_url may name (Faspay's published hosts and the lenders'
        // pages, from Settings); anything else is a security alarm and nothing is shown.
        QStringList redirectHosts;
        // Non-empty: no payment starts and Faspay is asked nothing (the production password
        // could not be read); this is what the window says. Open attempts stay as they are.
        TranslatableText paymentsOff;
    };

    // `attempts` and `channels` are the journal's stores (the engine passes one Journal for both).
    CheckoutService(AttemptStore *attempts, ChannelCacheStore *channels,
                    faspay::FaspayClient *client, const Clock *clock, Options options,
                    QObject *parent = nullptr);
    ~CheckoutService() override;

    const Options &options() const { return m_options; }
    // The gateway moved before start() (the embedded sandbox listens only once the engine runs).
    void setGatewayUrl(const QUrl &url) { m_options.gatewayUrl = url; }
    // The staff member signed in at the counter (a change of shift), or the operator of a
    // headless run: recorded on every attempt and every event of a person from now on.
    void setCashier(const QString &name) { m_options.cashier = name; }

    // Payment Channel Inquiry; the list is cached in the journal. Result: channelsChanged() or
    // channelsRefreshFailed().
    void refreshChannels();
    const faspay::ChannelCatalog &channels() const;

    // Local checks only (no network): the order's fields and whether its channel is available.
    FieldErrors validate(const Order &order) const;

    struct StartResult
    {
        qint64 attemptId = 0;     // 0: nothing was sent
        FieldErrors errors;       // field-level problems with the order
        TranslatableText refusal; // anything else (payments disabled, one live attempt)
        // Refused because this bill can still be paid: cancel it (and wait for Faspay to
        // confirm) before a new bill for the sale. 0 otherwise.
        qint64 waitingAttemptId = 0;
        bool ok() const { return attemptId != 0; }
    };
    // Commits a new attempt (Sending) and posts it. `replacesAttemptId` links a new attempt to
    // an Unknown one the cashier confirmed to replace. `approver` names the supervisor who
    // approved it (the replacement of a bill that may still be paid), empty when none did; the
    // staff member doing it is Options::cashier (setCashier).
    StartResult startCheckout(const Order &order, qint64 replacesAttemptId = 0,
                              const QString &approver = {});
    // Whether two orders are one sale for invariant 7: the same goods and total, or the same
    // customer phone or e-mail, whatever the channel or tenor.
    static bool isSameSale(const Order &a, const Order &b);

    // An immediate status check (cashier "Check now", notification, return URL).
    void checkNow(qint64 attemptId, EventSource source = EventSource::Cashier);
    // Cashier cancel (AwaitingPayment / Unknown with a trx_id): Cancelling, then Faspay cancel.
    bool cancel(qint64 attemptId, const QString &reason, const QString &approver = {});
    // A supervisor settles an attempt by hand; logged with the reason and who approved it.
    bool resolveBySupervisor(qint64 attemptId, AttemptState target, const QString &reason,
                             const QString &approver = {});
    // The embedded browser reached the return URL: its parameters are not trusted, it only
    // triggers a status check of the attempt with that bill_no.
    void returnUrlReached(const QUrl &url);
    // A verified payment notification (NotificationReceiver checked merchant and signature).
    // It is stored in the journal before this returns (so the receiver may acknowledge it), and
    // an immediate status check follows from the event loop. It never sets a status itself.
    enum class NotificationOutcome { Stored, UnknownBill, StorageFailed };
    NotificationOutcome notificationReceived(const faspay::PaymentNotification &notification,
                                             const QByteArray &body);

    // On start: every non-terminal attempt resumes (Sending becomes Unknown).
    void resume();

    // The journal never holds a signature (issue #6): a redirect_url carries the bill signature
    // in its path, so it is stored with that part replaced by a placeholder and put back, from
    // the credentials, when the attempt is read.
    static QString maskRedirectUrl(const QString &url, const faspay::Credentials &credentials,
                                   const QString &billNo);
    static QString unmaskRedirectUrl(const QString &url, const faspay::Credentials &credentials,
                                     const QString &billNo);

    // The channel cache and resumption are per environment and merchant: the cache's scope
    // ("training M" / "production M") and whether an attempt was made under this set-up (same
    // environment, same merchant; attempts that recorded no merchant count as this one's).
    QString channelScope() const;
    static QString channelScopeOf(bool training, const QString &merchantId);
    bool belongsToThisSetup(const Attempt &attempt) const;

    bool paymentsEnabled() const;
    TranslatableText paymentsDisabledReason() const;
    std::optional<Attempt> attempt(qint64 attemptId) const;
    QList<Attempt> pendingAttempts() const;
    bool isCheckInFlight(qint64 attemptId) const;

Q_SIGNALS:
    void attemptChanged(const kasir::Attempt &attempt);   // after every committed change
    void eventAppended(const kasir::AttemptEvent &event); // the live timeline
    void checkInFlightChanged(qint64 attemptId, bool inFlight);
    void channelsChanged();
    void channelsRefreshFailed(const kasir::TranslatableText &message);
    void paymentsDisabled(const kasir::TranslatableText &reason);
    void alarmRaised(qint64 attemptId, const kasir::TranslatableText &message);
    void paid(const kasir::Attempt &attempt);

private:
    class Private;
    friend class Private;
    std::unique_ptr<Private> d;
    Options m_options;
};

} // namespace kasir
