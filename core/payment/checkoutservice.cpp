#include "core/payment/checkoutservice.h"

#include "core/common/crashpoint.h"
#include "core/common/wib.h"
#include "core/faspay/billno.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/codes.h"
#include "core/faspay/faspayclient.h"
#include "core/faspay/hosts.h"
#include "core/faspay/notification.h"
#include "core/faspay/requests.h"
#include "core/faspay/responses.h"
#include "core/faspay/wire.h"
#include "core/journal/stores.h"
#include "core/payment/answerevidence.h"
#include "core/payment/attemptmachine.h"
#include "core/payment/channelinquiry.h"
#include "core/payment/statustracker.h"

#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

namespace kasir {

Q_LOGGING_CATEGORY(lcCheckout, "kasir.checkout")

namespace {
constexpr char Ctx[] = "kasir::CheckoutService";

// A cancel that got no usable answer is sent again on later status checks, at most this often.
constexpr int MaxCancelTries = 3;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

constexpr char SignaturePlaceholder[] = "{signature}";

TranslatableText transportMessage(const faspay::CallResult &r)
{
    if (r.outcome == faspay::CallOutcome::NotSent) {
        if (r.certificateError) {
            return {Ctx, QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                           "Faspay's certificate was not trusted, so nothing was "
                                           "sent. Check the gateway address in Settings and the "
                                           "computer's date and time.")};
        }
        return {Ctx,
                QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                  "Faspay could not be reached (%1). Nothing was sent. Check "
                                  "the network connection and try again."),
                {faspay::callFailureKey(r.failure)}};
    }
    return {Ctx,
            QT_TRANSLATE_NOOP("kasir::CheckoutService",
                              "Faspay's answer could not be used (%1). Try again in a "
                              "moment."),
            {faspay::callFailureKey(r.failure)}};
}
} // namespace

class CheckoutService::Private
{
public:
    using Tracked = StatusTracker::Entry;

    Private(CheckoutService *owner, AttemptStore *journalIn, faspay::FaspayClient *clientIn,
            const Clock *clockIn, PollScheduler *scheduler)
        : q(owner)
        , journal(journalIn)
        , client(clientIn)
        , clock(clockIn)
        , tracker(scheduler,
                  [this](qint64 attemptId) { runCheck(attemptId, EventSource::Inquiry); })
    {}

    CheckoutService *q;
    AttemptStore *journal; // the attempts and their events
    ChannelCacheStore *channelCache = nullptr;
    faspay::FaspayClient *client;
    const Clock *clock;
    faspay::ChannelCatalog catalog;
    StatusTracker tracker;
    QHash<qint64, QPointer<faspay::FaspayCall>> posting;
    QHash<qint64, QPointer<faspay::FaspayCall>> verifying; // trx_id candidates being confirmed
    QPointer<faspay::FaspayCall> channelCall;
    TranslatableText disabledReason;
    QRandomGenerator random{QRandomGenerator::securelySeeded()};

    const CheckoutService::Options &options() const { return q->m_options; }

    AttemptEvent event(EventSource source, const QString &kind, const QString &detail,
                       const QByteArray &body = {}) const
    {
        AttemptEvent e;
        e.at = clock->now();
        e.source = source;
        e.kind = kind;
        e.detail = detail;
        e.body = body;
        // Invariant 2: a person's act names the person (the signed-in staff member, or the
        // operator of a headless run) and the supervisor who approved it.
        if (source == EventSource::Cashier || source == EventSource::Supervisor) {
            e.actor = options().cashier;
            e.approver = approver;
        }
        return e;
    }

    // The supervisor approving the call in progress (startCheckout, cancel, resolveBySupervisor):
    // set for the call's synchronous part, whose events it signs.
    QString approver;
    struct Approving
    {
        Approving(Private *p, const QString &by)
            : d(p)
        {
            d->approver = by;
        }
        ~Approving() { d->approver.clear(); }
        Private *d;
    };

    void journalFailed(const JournalError &error)
    {
        if (error.kind == JournalError::Conflict || error.kind == JournalError::NotFound)
            return; // someone else moved the attempt first: nothing to disable
        const TranslatableText reason =
            journal->paymentsEnabled() ? error.message : journal->disabledReason();
        qCWarning(lcCheckout) << "journal write failed:" << error.detail;
        if (!journal->paymentsEnabled() || error.kind == JournalError::Unwritable ||
            error.kind == JournalError::Corrupt) {
            if (disabledReason.isEmpty()) {
                disabledReason = reason;
                Q_EMIT q->paymentsDisabled(reason);
            }
        }
    }

    // The attempt as the window and the commands see it: the redirect_url complete.
    std::optional<Attempt> load(qint64 attemptId) const
    {
        std::optional<Attempt> a = journal->attempt(attemptId);
        if (a)
            unmask(*a);
        return a;
    }

    void unmask(Attempt &a) const
    {
        a.redirectUrl =
            CheckoutService::unmaskRedirectUrl(a.redirectUrl, options().credentials, a.billNo);
    }

    // Writes a decision (the attempt and its event in one transaction) and tells the window.
    std::optional<Attempt> commit(const Decision &decision, EventSource source,
                                  const QByteArray &body = {})
    {
        if (!decision.allowed)
            return std::nullopt;
        AttemptEvent e = event(source, decision.kind, decision.detail, body);
        Attempt toStore = decision.updated;
        toStore.redirectUrl = CheckoutService::maskRedirectUrl(
            toStore.redirectUrl, options().credentials, toStore.billNo);
        JournalError error;
        std::optional<Attempt> stored =
            journal->transition(decision.updated.id, decision.from, toStore, e, &error);
        if (!stored) {
            journalFailed(error);
            return std::nullopt;
        }
        unmask(*stored);
        e.attemptId = stored->id;
        e.from = decision.from;
        e.to = stored->state;
        Q_EMIT q->eventAppended(e);
        Q_EMIT q->attemptChanged(*stored);
        if (decision.alarm != Decision::Alarm::None) {
            Q_EMIT q->alarmRaised(stored->id,
                                  attemptReasonText(attemptReasonFromKey(stored->reason)));
        }
        if (decision.changesState() && stored->state == AttemptState::Paid) {
            crashPoint("after-paid-before-receipt");
            Q_EMIT q->paid(*stored);
            alarmIfPaidTwice(*stored);
        }
        return stored;
    }

    // Two paid bills of one customer (phone or e-mail) inside one bill lifetime of each other:
    // maybe a repeat purchase, maybe a customer charged twice. A person looks (issue 12).
    void alarmIfPaidTwice(const Attempt &paid)
    {
        const qint64 lifetimeSecs = qint64(options().billExpiryMinutes) * 60;
        HistoryQuery query;
        query.from = paid.createdAt.addSecs(-lifetimeSecs);
        query.to = paid.createdAt.addSecs(lifetimeSecs);
        query.states = {AttemptState::Paid};
        query.training = paid.training;
        JournalError error;
        for (const Attempt &other : journal->search(query, &error)) {
            if (other.id == paid.id || !isSameCustomer(other.order.customer, paid.order.customer))
                continue;
            note(paid.id, EventSource::System, QStringLiteral("paid-twice"),
                 QStringLiteral("bill %1 of the same customer was paid too").arg(other.billNo));
            Q_EMIT q->alarmRaised(
                paid.id, {Ctx,
                          QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                            "This customer has paid two bills within one bill's "
                                            "lifetime (%1 and %2). Check with the customer that "
                                            "it was meant; if not, refund one through the "
                                            "lender."),
                          {other.billNo, paid.billNo}});
            return;
        }
    }

    bool note(qint64 attemptId, EventSource source, const QString &kind, const QString &detail,
              const QByteArray &body = {})
    {
        AttemptEvent e = event(source, kind, detail, body);
        JournalError error;
        if (!journal->appendEvent(attemptId, e, &error)) {
            journalFailed(error);
            return false;
        }
        e.attemptId = attemptId;
        Q_EMIT q->eventAppended(e);
        return true;
    }

    // The merchant an attempt was billed for: the one it recorded, or (written before attempts
    // recorded it) the configured one.
    QString merchantOf(const Attempt &a) const
    {
        return a.merchantId.isEmpty() ? options().credentials.merchantId : a.merchantId;
    }

    template<typename Answer>
    static AnswerIdentity identityOf(const Answer &answer)
    {
        return AnswerIdentity{answer.billNo, answer.trxId, answer.merchantId};
    }

    // An answer (or notification) about another bill, trx_id or merchant: kept in the log as
    // evidence, raised as a security alarm, and nothing else changes.
    void mismatched(qint64 attemptId, EventSource source, const QString &what,
                    const QByteArray &body)
    {
        qCWarning(lcCheckout).noquote()
            << QStringLiteral("attempt %1: answer not about this bill: %2")
                   .arg(attemptId)
                   .arg(what);
        if (note(attemptId, source, QStringLiteral("answer-mismatch"), what, body)) {
            Q_EMIT q->alarmRaised(
                attemptId,
                {Ctx, QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                        "An answer about another bill or merchant arrived for this "
                                        "payment. It was ignored and kept in the log. Report it to "
                                        "the shop owner.")});
        }
    }

    // ---- Post Data ----

    void sendPost(qint64 attemptId, const QJsonObject &body, int retry)
    {
        faspay::FaspayCall *call = client->send(faspay::FaspayOperation::PostData, body);
        posting.insert(attemptId, call);
        QObject::connect(call, &faspay::FaspayCall::finished, q,
                         [this, attemptId, body, retry](const faspay::CallResult &result) {
                             posting.remove(attemptId);
                             postFinished(attemptId, body, retry, result);
                         });
    }

    void postFinished(qint64 attemptId, const QJsonObject &body, int retry,
                      const faspay::CallResult &result)
    {
        crashPoint("after-post-before-store");
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a || a->state != AttemptState::Sending)
            return;

        Decision decision;
        switch (result.outcome) {
        case faspay::CallOutcome::NotSent:
            // Post Data that provably never left is sent again with the same bill_no, a
            // bounded number of times (Options::postRetryDelaysMs).
            if (!result.certificateError && result.failure != faspay::CallFailure::InvalidRequest &&
                retry < options().postRetryDelaysMs.size()) {
                note(attemptId, EventSource::Api, QStringLiteral("send-retry"),
                     QStringLiteral("not sent (%1), sending the same bill again")
                         .arg(result.detail));
                QTimer::singleShot(
                    std::max(0, options().postRetryDelaysMs.at(retry)), q,
                    [this, attemptId, body, retry] { sendPost(attemptId, body, retry + 1); });
                return;
            }
            decision = machine::postNotSent(*a, result.detail);
            if (result.certificateError || result.failure == faspay::CallFailure::InvalidRequest)
                decision.alarm = Decision::Alarm::Configuration;
            break;
        case faspay::CallOutcome::Ambiguous:
            decision = machine::postAmbiguous(*a, result.detail);
            break;
        case faspay::CallOutcome::Answered: {
            const faspay::Parsed<faspay::PostDataResponse> parsed =
                faspay::parsePostDataResponse(result.body);
            if (!parsed.ok()) {
                // "00" without the trx_id or redirect_url Kasir needs: the bill may exist.
                decision = machine::postAmbiguous(
                    *a, QStringLiteral("answer unusable: %1 %2")
                            .arg(faspay::bodyErrorKey(parsed.error), parsed.detail));
            } else if (faspay::postAnswerMayHaveCreatedBill(parsed.value->header.responseCode)) {
                // 14 "Invalid order" is what Faspay says when it already has this bill_no (an
                // earlier copy of this request got through, or another sale used the number);
                // 66/81/96 may come after the bill was recorded. Unknown, never posted again.
                decision = machine::postMayExist(
                    *a, faspay::normalizedResponseCode(parsed.value->header.responseCode),
                    parsed.value->header.responseDesc);
            } else if (!parsed.value->isSuccess()) {
                const QString code = parsed.value->header.responseCode;
                decision = machine::postRefused(*a, code, parsed.value->header.responseDesc,
                                                faspay::isConfigurationError(code));
            } else {
                const faspay::PostDataResponse &r = *parsed.value;
                const QString merchantId = options().credentials.merchantId;
                const bool echoesOk = (r.billNo.isEmpty() || r.billNo == a->billNo) &&
                                      (r.merchantId.isEmpty() || r.merchantId == merchantId);
                const QUrl redirect(r.redirectUrl);
                const bool redirectOk =
                    echoesOk && faspay::redirectUrlLooksRight(redirect, a->billNo, merchantId) &&
                    redirectHostAllowed(redirect, options().gatewayUrl, options().redirectHosts);
                decision = machine::postAccepted(*a, r.trxId, r.redirectUrl, redirectOk);
            }
            break;
        }
        }
        const std::optional<Attempt> stored = commit(decision, EventSource::Api, result.body);
        if (stored && machine::needsTracking(*stored))
            track(stored->id);
    }

    // ---- status tracking ----

    Tracked &trackedEntry(qint64 attemptId) { return tracker.entry(attemptId); }

    void track(qint64 attemptId)
    {
        trackedEntry(attemptId);
        scheduleNext(attemptId);
    }

    void untrack(qint64 attemptId) { tracker.untrack(attemptId); }

    void scheduleNext(qint64 attemptId)
    {
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a || !machine::needsTracking(*a)) {
            untrack(attemptId);
            return;
        }
        tracker.scheduleCheck(
            attemptId, nextPollDelayMs(options().poll, *a, clock->now(), random.generateDouble()));
    }

    void runCheck(qint64 attemptId, EventSource source)
    {
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a || !machine::needsTracking(*a)) {
            untrack(attemptId);
            return;
        }
        Tracked &t = trackedEntry(attemptId);
        if (t.statusCall) {
            // At most one inquiry in flight per attempt: run one more when it ends.
            t.checkQueued = true;
            return;
        }
        tracker.holdCheck(attemptId);
        t.pendingSource = source;
        faspay::FaspayCall *call =
            client->send(faspay::FaspayOperation::StatusInquiry,
                         faspay::buildStatusInquiry(options().credentials, a->trxId, a->billNo));
        t.statusCall = call;
        Q_EMIT q->checkInFlightChanged(attemptId, true);
        QObject::connect(call, &faspay::FaspayCall::finished, q,
                         [this, attemptId](const faspay::CallResult &result) {
                             statusFinished(attemptId, result);
                         });
    }

    void statusFinished(qint64 attemptId, const faspay::CallResult &result)
    {
        Tracked *it = tracker.find(attemptId);
        if (!it)
            return;
        it->statusCall = nullptr;
        Q_EMIT q->checkInFlightChanged(attemptId, false);

        std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a) {
            untrack(attemptId);
            return;
        }
        const PollPolicy &policy = options().poll;
        Decision decision;
        std::optional<faspay::StatusResponse> status;
        if (result.isAnswered()) {
            const faspay::Parsed<faspay::StatusResponse> parsed =
                faspay::parseStatusResponse(result.body);
            if (parsed.ok() && parsed.value->isSuccess() && parsed.value->paymentStatus) {
                const QString mismatch =
                    answerMismatch(identityOf(*parsed.value), a->billNo, merchantOf(*a), a->trxId);
                if (mismatch.isEmpty()) {
                    status = *parsed.value;
                } else {
                    // Not about this bill: logged, counted as no answer, nothing moves.
                    mismatched(attemptId, EventSource::Inquiry, mismatch, result.body);
                }
            }
        }
        if (status) {
            StatusObservation obs;
            obs.statusCode = faspay::paymentStatusCode(*status->paymentStatus).toInt();
            obs.amountMatches = faspay::returnedAmountMatches(status->paymentTotal, a->total);
            obs.paymentReff = status->paymentReff;
            obs.paymentDate = status->paymentDateTime().value_or(QDateTime()).toUTC();
            decision = machine::statusAnswered(*a, obs, it->unresolved, policy.unresolvedBound);
            it->unresolved = (obs.statusCode == 5 || obs.statusCode == 9) ? it->unresolved + 1 : 0;
            it->transportFailures = 0;
        } else {
            ++it->transportFailures;
            QString detail = result.detail;
            if (result.isAnswered())
                detail =
                    QStringLiteral("answered %1 %2").arg(result.responseCode, result.responseDesc);
            decision = machine::statusCheckFailed(*a, it->transportFailures,
                                                  policy.transportFailureBound, detail);
        }
        if (const auto stored = commit(decision, EventSource::Inquiry, result.body))
            a = stored;

        if (a && (a->state == AttemptState::AwaitingPayment || a->state == AttemptState::Unknown) &&
            isPastExpiryMargin(policy, *a, clock->now())) {
            if (const auto stored = commit(machine::unpaidAfterExpiry(*a), EventSource::System))
                a = stored;
        }
        it = tracker.find(attemptId);
        if (!it)
            return;
        // A cancel that got no usable answer is asked again while Faspay still says unpaid.
        if (a && a->state == AttemptState::Cancelling && !it->cancelCall &&
            it->cancelTries < MaxCancelTries && status &&
            (status->paymentStatus == faspay::PaymentStatus::Unprocessed ||
             status->paymentStatus == faspay::PaymentStatus::InProcess)) {
            sendCancel(attemptId, it->cancelReason);
        }
        if (it->checkQueued) {
            it->checkQueued = false;
            runCheck(attemptId, it->pendingSource);
        } else {
            scheduleNext(attemptId);
        }
    }

    // ---- a trx_id learned from a notification ----

    // A notification's signature covers bill_no and payment_status_code, not trx_id: its
    // trx_id is only a candidate. Faspay is asked about the pair; only an answer that knows the
    // bill makes it the attempt's trx_id (and starts tracking). A notification never sets
    // anything by itself.
    void verifyTrxId(qint64 attemptId, const QString &candidate)
    {
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a || !a->trxId.isEmpty() || isTerminal(a->state) || verifying.value(attemptId))
            return;
        faspay::FaspayCall *call =
            client->send(faspay::FaspayOperation::StatusInquiry,
                         faspay::buildStatusInquiry(options().credentials, candidate, a->billNo));
        verifying.insert(attemptId, call);
        QObject::connect(call, &faspay::FaspayCall::finished, q,
                         [this, attemptId, candidate](const faspay::CallResult &result) {
                             verifying.remove(attemptId);
                             trxIdVerified(attemptId, candidate, result);
                         });
    }

    void trxIdVerified(qint64 attemptId, const QString &candidate, const faspay::CallResult &result)
    {
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a || !a->trxId.isEmpty() || isTerminal(a->state))
            return;
        bool confirmed = false;
        if (result.isAnswered()) {
            const faspay::Parsed<faspay::StatusResponse> parsed =
                faspay::parseStatusResponse(result.body);
            confirmed = parsed.ok() && parsed.value->isSuccess() && parsed.value->paymentStatus &&
                        *parsed.value->paymentStatus != faspay::PaymentStatus::NoBills;
            if (confirmed) {
                const faspay::StatusResponse &r = *parsed.value;
                QString mismatch = answerMismatch(identityOf(r), a->billNo, merchantOf(*a),
                                                  candidate, TrxIdRule::Required);
                // A bill already paid must be this sale's: the amount and a payment no older
                // than this bill (another sale's bill under the same number was paid earlier).
                if (mismatch.isEmpty() && *r.paymentStatus == faspay::PaymentStatus::Success) {
                    if (!faspay::returnedAmountMatches(r.paymentTotal, a->total))
                        mismatch = QStringLiteral("payment_total %1 is not the bill's %2")
                                       .arg(r.paymentTotal.left(20))
                                       .arg(a->total.rupiah());
                    else if (!paymentDateFits(r.paymentDateTime().value_or(QDateTime()),
                                              a->billDate))
                        mismatch = QStringLiteral("payment_date %1 is before the bill's date")
                                       .arg(r.paymentDate.left(20));
                }
                if (!mismatch.isEmpty()) {
                    mismatched(attemptId, EventSource::Inquiry, mismatch, result.body);
                    return;
                }
            }
        }
        if (!confirmed) {
            note(attemptId, EventSource::Inquiry, QStringLiteral("trx-id-unconfirmed"),
                 QStringLiteral("trx_id %1 from a notification not confirmed by Faspay (%2)")
                     .arg(candidate.left(32), result.detail),
                 result.body);
            return;
        }
        Decision adopt = machine::adoptTrxId(*a, candidate);
        adopt.detail =
            QStringLiteral("trx_id %1 from a notification, confirmed by an inquiry").arg(candidate);
        const std::optional<Attempt> stored = commit(adopt, EventSource::Inquiry, result.body);
        if (stored && machine::needsTracking(*stored)) {
            track(attemptId);
            runCheck(attemptId, EventSource::Notification);
        }
    }

    // ---- cancel ----

    void sendCancel(qint64 attemptId, const QString &reason)
    {
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a || a->state != AttemptState::Cancelling)
            return;
        Tracked &t = trackedEntry(attemptId);
        ++t.cancelTries;
        t.cancelReason = reason;
        faspay::FaspayCall *call =
            client->send(faspay::FaspayOperation::Cancel,
                         faspay::buildCancel(options().credentials, a->trxId, a->billNo, reason));
        t.cancelCall = call;
        QObject::connect(call, &faspay::FaspayCall::finished, q,
                         [this, attemptId](const faspay::CallResult &result) {
                             cancelFinished(attemptId, result);
                         });
    }

    void cancelFinished(qint64 attemptId, const faspay::CallResult &result)
    {
        const std::optional<Attempt> a = journal->attempt(attemptId);
        if (!a)
            return;
        if (result.isAnswered()) {
            const faspay::Parsed<faspay::CancelResponse> parsed =
                faspay::parseCancelResponse(result.body);
            QString code = result.responseCode;
            int statusCode = -1;
            if (parsed.ok()) {
                code = parsed.value->header.responseCode;
                if (parsed.value->paymentStatus)
                    statusCode = faspay::paymentStatusCode(*parsed.value->paymentStatus).toInt();
            }
            // A refusal carries no echo to compare; an answer that names a bill must name this.
            const QString mismatch =
                parsed.ok() && parsed.value->isSuccess()
                    ? answerMismatch(identityOf(*parsed.value), a->billNo, merchantOf(*a), a->trxId)
                    : QString();
            if (!mismatch.isEmpty()) {
                mismatched(attemptId, EventSource::Api, mismatch, result.body);
            } else {
                const std::optional<Attempt> stored = commit(
                    machine::cancelAnswered(*a, code, statusCode), EventSource::Api, result.body);
                if (stored && stored->state == AttemptState::Cancelling &&
                    machine::cancelAwaitsInquiry(code, statusCode)) {
                    // The cancel is settled only by an inquiry: ask now.
                    runCheck(attemptId, EventSource::Api);
                    return;
                }
            }
        } else {
            note(attemptId, EventSource::Api, QStringLiteral("cancel-failed"), result.detail,
                 result.body);
        }
        scheduleNext(attemptId);
    }
};

CheckoutService::CheckoutService(AttemptStore *journal, ChannelCacheStore *channels,
                                 faspay::FaspayClient *client, const Clock *clock, Options options,
                                 QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, journal, client, clock, options.scheduler))
    , m_options(std::move(options))
{
    d->channelCache = channels;
    const ChannelCache cache = channels->cachedChannels(channelScope());
    if (cache.fetchedAt.isValid()) {
        QList<faspay::ChannelInfo> list;
        for (const CachedChannel &c : cache.channels)
            list.append(faspay::ChannelInfo{c.code, c.name});
        d->catalog = faspay::ChannelCatalog(list, cache.fetchedAt);
    }
}

CheckoutService::~CheckoutService()
{
    // Calls still in flight are abandoned: their answers would find no one. The journal keeps
    // every attempt as it stood; resume() on the next start carries on.
    for (qint64 id : d->tracker.trackedIds()) {
        if (const StatusTracker::Entry *t = d->tracker.find(id); t && t->cancelCall)
            t->cancelCall->abort();
        d->tracker.untrack(id); // aborts its inquiry
    }
    for (const QPointer<faspay::FaspayCall> &call : std::as_const(d->verifying)) {
        if (call)
            call->abort();
    }
    for (const QPointer<faspay::FaspayCall> &call : std::as_const(d->posting)) {
        if (call)
            call->abort();
    }
    if (d->channelCall)
        d->channelCall->abort();
}

void CheckoutService::refreshChannels()
{
    if (!m_options.paymentsOff.isEmpty()) {
        Q_EMIT channelsRefreshFailed(m_options.paymentsOff);
        return;
    }
    if (d->channelCall)
        return;
    d->channelCall = inquireChannels(
        d->client, m_options.credentials, this, [this](const ChannelInquiryResult &result) {
            d->channelCall = nullptr;
            if (result.outcome == ChannelInquiryResult::Outcome::Failed ||
                result.outcome == ChannelInquiryResult::Outcome::Malformed) {
                Q_EMIT channelsRefreshFailed(transportMessage(*result.call));
                return;
            }
            if (!result.ok()) {
                Q_EMIT channelsRefreshFailed(faspay::responseCodeText(result.responseCode));
                return;
            }
            const QDateTime now = d->clock->now();
            d->catalog = faspay::ChannelCatalog(result.response->channels, now);
            QList<CachedChannel> cache;
            for (const faspay::ChannelInfo &c : result.response->channels)
                cache.append(CachedChannel{c.code, c.name});
            JournalError error;
            if (!d->channelCache->saveChannels(channelScope(), cache, now, &error))
                qCWarning(lcCheckout) << "channel list not cached:" << error.detail;
            Q_EMIT channelsChanged();
        });
}

const faspay::ChannelCatalog &CheckoutService::channels() const
{
    return d->catalog;
}

FieldErrors CheckoutService::validate(const Order &order) const
{
    FieldErrors errors = validateOrder(order);
    if (!d->catalog.isAvailable(order.channel))
        errors.append(
            FieldError{QStringLiteral("channel"), d->catalog.unavailableReason(order.channel)});
    return errors;
}

bool CheckoutService::isSameSale(const Order &a, const Order &b)
{
    return (a.cart.lines == b.cart.lines && a.cart.totals().total == b.cart.totals().total) ||
           isSameCustomer(a.customer, b.customer);
}

CheckoutService::StartResult CheckoutService::startCheckout(const Order &order,
                                                            qint64 replacesAttemptId,
                                                            const QString &approver)
{
    const Private::Approving approving(d.get(), approver);
    StartResult result;
    if (!paymentsEnabled()) {
        result.refusal = paymentsDisabledReason();
        return result;
    }
    if (!m_options.credentials.isComplete()) {
        result.refusal = {Ctx, QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                                 "Kasir has no Faspay merchant id or password. "
                                                 "Complete them in Settings.")};
        return result;
    }
    result.errors = validate(order);
    if (!result.errors.isEmpty())
        return result;

    // Invariant 7: one live attempt per cart. A second Pay while a bill is being sent, or for a
    // cart whose payment is still open, does nothing.
    if (!d->posting.isEmpty()) {
        result.refusal = {Ctx, QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                                 "A payment is being sent. Wait for Faspay's "
                                                 "answer.")};
        return result;
    }
    JournalError error;
    if (replacesAttemptId != 0) {
        const std::optional<Attempt> old = d->journal->attempt(replacesAttemptId);
        if (!old || old->state != AttemptState::Unknown) {
            result.refusal = {Ctx, QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                                     "Only a payment whose answer was lost "
                                                     "(Unknown) can be replaced by a new "
                                                     "attempt.")};
            return result;
        }
        if (!old->trxId.isEmpty()) {
            // Faspay knows that bill: it can still be approved until a confirmed cancel.
            result.refusal = {Ctx,
                              QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                                "Bill %1 can still be paid. Cancel it first "
                                                "(F8); a new attempt is possible once Faspay "
                                                "confirms the cancel."),
                              {old->billNo}};
            result.waitingAttemptId = old->id;
            return result;
        }
    }
    // Invariant 7: one bill that can be paid, per sale. A sale is the same when its goods and
    // total are, or its customer is (phone or e-mail), whatever the channel or tenor: a second
    // bill on another lender could otherwise be approved beside the first.
    for (const Attempt &open : d->journal->nonTerminalAttempts(&error)) {
        if (open.state == AttemptState::Draft || open.id == replacesAttemptId)
            continue;
        if (isSameSale(open.order, order)) {
            result.refusal = {Ctx,
                              QT_TRANSLATE_NOOP("kasir::CheckoutService",
                                                "Bill %1 for this sale or this customer can still "
                                                "be paid. Finish it, or cancel it first (F8), "
                                                "before a new bill."),
                              {open.billNo}};
            result.waitingAttemptId = open.id;
            return result;
        }
    }

    const QDateTime now = d->clock->now();
    Attempt draft;
    draft.order = order;
    draft.channelCode = d->catalog.code(order.channel).value_or(QString());
    draft.total = order.cart.totals().total;
    draft.billDate = now;
    draft.billExpired = now.addSecs(qint64(m_options.billExpiryMinutes) * 60);
    draft.terminal = m_options.terminalCode;
    draft.cashier = m_options.cashier;
    draft.training = m_options.training;
    draft.gatewayHost = faspay::gatewayAuthority(m_options.gatewayUrl);
    draft.merchantId = m_options.credentials.merchantId;
    draft.previousAttemptId = replacesAttemptId;
    draft.state = AttemptState::Draft;

    const QString terminal = m_options.terminalCode;
    // Part A §6: a bill_no is never reused, also by a new data folder (or a reinstall) of the
    // same counter on the same day: the day's sequence never starts below the tenths of seconds
    // since WIB midnight (at most 864 000), so a fresh journal numbers after every bill an
    // earlier one made before now.
    const QDate day = wibDayOf(now);
    const qint64 timeFloor = wibDayStartUtc(day).msecsTo(now) / 100 + 1;
    const std::optional<Attempt> created = d->journal->createAttempt(
        draft,
        d->event(EventSource::Cashier, QStringLiteral("created"),
                 replacesAttemptId ? QStringLiteral("new attempt replacing #%1, confirmed by the "
                                                    "cashier")
                                         .arg(replacesAttemptId)
                                   : QStringLiteral("checkout started")),
        day, timeFloor,
        [terminal](QDate billDay, qint64 sequence) {
            return faspay::makeBillNo(terminal, billDay, sequence);
        },
        &error);
    if (!created) {
        d->journalFailed(error);
        result.refusal = error.message;
        return result;
    }
    Q_EMIT attemptChanged(*created);

    const faspay::BuiltRequest built = faspay::buildPostData(
        m_options.credentials, faspay::PostDataParams{order, created->billNo, created->billDate,
                                                      created->billExpired, created->channelCode});
    if (!built.ok()) {
        // Never sent: the Draft stays in the journal as a record and is never resumed.
        result.errors = built.errors;
        return result;
    }
    const std::optional<Attempt> sending =
        d->commit(machine::submit(*created), EventSource::Cashier, compact(built.body));
    if (!sending) {
        result.refusal = paymentsDisabledReason();
        return result;
    }
    crashPoint("after-commit-before-post");
    d->sendPost(sending->id, built.body, 0);
    result.attemptId = sending->id;
    return result;
}

void CheckoutService::checkNow(qint64 attemptId, EventSource source)
{
    const std::optional<Attempt> a = d->journal->attempt(attemptId);
    if (!a)
        return;
    if (source == EventSource::Cashier)
        d->note(attemptId, source, QStringLiteral("check-requested"), QStringLiteral("Check now"));
    if (machine::needsTracking(*a))
        d->runCheck(attemptId, source);
}

bool CheckoutService::cancel(qint64 attemptId, const QString &reason, const QString &approver)
{
    const Private::Approving approving(d.get(), approver);
    const std::optional<Attempt> a = d->journal->attempt(attemptId);
    if (!a)
        return false;
    const Decision decision = machine::cancelRequested(*a);
    if (!decision.allowed)
        return false;
    Decision withReason = decision;
    withReason.detail = QStringLiteral("cancel asked: %1").arg(reason);
    if (!d->commit(withReason, EventSource::Cashier))
        return false;
    d->trackedEntry(attemptId).cancelTries = 0;
    d->sendCancel(attemptId, reason);
    return true;
}

bool CheckoutService::resolveBySupervisor(qint64 attemptId, AttemptState target,
                                          const QString &reason, const QString &approver)
{
    const Private::Approving approving(d.get(), approver);
    const std::optional<Attempt> a = d->journal->attempt(attemptId);
    if (!a || reason.trimmed().isEmpty())
        return false;
    const std::optional<Attempt> stored = d->commit(
        machine::supervisorResolve(*a, target, reason.trimmed()), EventSource::Supervisor);
    if (stored && !machine::needsTracking(*stored))
        d->untrack(attemptId);
    return stored.has_value();
}

void CheckoutService::returnUrlReached(const QUrl &url)
{
    // The parameters are not trusted: only the bill number is used, to find what to check.
    const QString billNo = QUrlQuery(url).queryItemValue(QStringLiteral("bill_no"));
    if (billNo.isEmpty())
        return;
    const std::optional<Attempt> a = d->journal->attemptByBillNo(billNo);
    if (!a)
        return;
    d->note(a->id, EventSource::ReturnUrl, QStringLiteral("return-url"),
            QStringLiteral("the customer came back from the lender's page"));
    checkNow(a->id, EventSource::ReturnUrl);
}

CheckoutService::NotificationOutcome
CheckoutService::notificationReceived(const faspay::PaymentNotification &notification,
                                      const QByteArray &body)
{
    const std::optional<Attempt> a = d->journal->attemptByBillNo(notification.billNo);
    if (!a || (!a->trxId.isEmpty() && a->trxId != notification.trxId))
        return NotificationOutcome::UnknownBill;

    const QString detail =
        QStringLiteral("payment_status_code %1").arg(notification.paymentStatusCode);
    const qint64 id = a->id;
    if (notification.merchantId != d->merchantOf(*a)) {
        d->mismatched(
            id, EventSource::Notification,
            QStringLiteral("notification for merchant_id %1").arg(notification.merchantId.left(20)),
            body);
        return NotificationOutcome::UnknownBill;
    }
    if (a->trxId.isEmpty() && !isTerminal(a->state)) {
        if (a->responseCode == QLatin1String("14")) {
            // Faspay already had a bill under this number when this sale posted it: whatever
            // the notification is about, it is not this sale's bill. Kept, never adopted.
            if (!d->note(id, EventSource::Notification, QStringLiteral("notification"),
                         detail + QStringLiteral(", trx_id %1 not adopted: Post Data was "
                                                 "answered 14, the bill_no belongs to another bill")
                                      .arg(notification.trxId.left(32)),
                         body))
                return NotificationOutcome::StorageFailed;
            return NotificationOutcome::Stored;
        }
        if (!notification.billTotal.isEmpty() &&
            !faspay::returnedAmountMatches(notification.billTotal, a->total)) {
            d->mismatched(id, EventSource::Notification,
                          QStringLiteral("notification bill_total %1 is not the bill's %2")
                              .arg(notification.billTotal.left(20))
                              .arg(a->total.rupiah()),
                          body);
            return NotificationOutcome::Stored;
        }
        // The answer to Post Data was lost: the notification brings a trx_id, but its signature
        // does not cover it. Stored as what the notification said; Faspay confirms it first.
        if (!d->note(id, EventSource::Notification, QStringLiteral("notification"),
                     detail + QStringLiteral(", trx_id %1 to confirm").arg(notification.trxId),
                     body))
            return NotificationOutcome::StorageFailed;
        const QString candidate = notification.trxId;
        QTimer::singleShot(0, this, [this, id, candidate] { d->verifyTrxId(id, candidate); });
        return NotificationOutcome::Stored;
    }
    if (!d->note(id, EventSource::Notification, QStringLiteral("notification"), detail, body))
        return NotificationOutcome::StorageFailed;
    // Acknowledge first (the caller answers when this returns), then ask Faspay.
    QTimer::singleShot(0, this, [this, id] { checkNow(id, EventSource::Notification); });
    return NotificationOutcome::Stored;
}

void CheckoutService::resume()
{
    // Without the password nothing can be asked: the attempts wait, untouched, for a start that
    // has it.
    if (!m_options.paymentsOff.isEmpty())
        return;
    JournalError error;
    for (const Attempt &a : d->journal->nonTerminalAttempts(&error)) {
        if (!belongsToThisSetup(a)) {
            // Another environment's or merchant's bill: asking about it with these credentials
            // would be answered about nothing (or refused). It waits for a start set up as it
            // was; History lists it.
            qCInfo(lcCheckout) << "not tracking" << a.billNo << "of another set-up";
            continue;
        }
        std::optional<Attempt> current = a;
        if (const auto stored = d->commit(machine::restarted(a), EventSource::System))
            current = stored;
        if (current && machine::needsTracking(*current))
            d->track(current->id);
    }
    if (error.isError())
        d->journalFailed(error);
}

QString CheckoutService::channelScopeOf(bool training, const QString &merchantId)
{
    return (training ? QStringLiteral("training ") : QStringLiteral("production ")) + merchantId;
}

QString CheckoutService::channelScope() const
{
    return channelScopeOf(m_options.training, m_options.credentials.merchantId);
}

bool CheckoutService::belongsToThisSetup(const Attempt &a) const
{
    return a.training == m_options.training &&
           (a.merchantId.isEmpty() || a.merchantId == m_options.credentials.merchantId);
}

bool CheckoutService::paymentsEnabled() const
{
    return m_options.paymentsOff.isEmpty() && d->journal->paymentsEnabled() &&
           d->disabledReason.isEmpty();
}

TranslatableText CheckoutService::paymentsDisabledReason() const
{
    if (!m_options.paymentsOff.isEmpty())
        return m_options.paymentsOff;
    if (!d->disabledReason.isEmpty())
        return d->disabledReason;
    return d->journal->disabledReason();
}

std::optional<Attempt> CheckoutService::attempt(qint64 attemptId) const
{
    return d->load(attemptId);
}

QList<Attempt> CheckoutService::pendingAttempts() const
{
    QList<Attempt> out;
    for (Attempt a : d->journal->nonTerminalAttempts()) {
        if (a.state != AttemptState::Draft) {
            d->unmask(a);
            out.append(a);
        }
    }
    return out;
}

QString CheckoutService::maskRedirectUrl(const QString &url, const faspay::Credentials &credentials,
                                         const QString &billNo)
{
    if (url.isEmpty() || !credentials.isComplete())
        return url;
    QString masked = url;
    masked.replace(faspay::billSignature(credentials, billNo), QLatin1String(SignaturePlaceholder),
                   Qt::CaseInsensitive);
    return masked;
}

QString CheckoutService::unmaskRedirectUrl(const QString &url,
                                           const faspay::Credentials &credentials,
                                           const QString &billNo)
{
    if (!url.contains(QLatin1String(SignaturePlaceholder)) || !credentials.isComplete())
        return url;
    QString full = url;
    full.replace(QLatin1String(SignaturePlaceholder), faspay::billSignature(credentials, billNo));
    return full;
}

bool CheckoutService::isCheckInFlight(qint64 attemptId) const
{
    const StatusTracker::Entry *entry = std::as_const(d->tracker).find(attemptId);
    return entry && entry->statusCall;
}

} // namespace kasir
