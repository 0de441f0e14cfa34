#pragma once

#include "core/faspay/responseheader.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace kasir::faspay {

class OneShotBody;

enum class FaspayOperation { ChannelInquiry, PostData, StatusInquiry, Cancel };

// "/cvr/100001/10", "/cvr/300011/10", "/cvr/100004/10", "/cvr/100005/10" (Part A §1).
QString operationPath(FaspayOperation op);
// "channel_inquiry", "post_data", "status_inquiry", "cancel" — for logs and the journal.
QString operationKey(FaspayOperation op);
// Only the two inquiries are repeated by the client; Post Data and Cancel never are (the
// engine decides, with a new bill_no, after the cashier confirms — Part A §6).
bool isRetriedByClient(FaspayOperation op);
// Base URL + operation path; a trailing slash on the base and a path prefix are kept right
// ("https://h/" and "https://h/gw/" give "https://h/cvr/..." and "https://h/gw/cvr/...").
QUrl operationUrl(const QUrl &baseUrl, FaspayOperation op);

struct FaspayClientConfig
{
    QUrl baseUrl;
    int idleTimeoutMs = 15000;  // no byte in either direction for this long ends the attempt
    int deadlineMs = 45000;     // the whole call, retries and waits included
    int maxRetries = 2;         // for the inquiries only: at most 1 + maxRetries attempts
    int backoffInitialMs = 500; // before the first retry; doubles each time
    int backoffMaxMs = 5000;    // cap of the doubling
    qint64 maxResponseBytes = MaxResponseBytes;
};

// How a call ended — the question the payment engine has to answer is "may Faspay have seen
// this request?".
enum class CallOutcome {
    NotSent,   // provably never reached Faspay: safe to send again
    Ambiguous, // may have reached Faspay, no usable answer: never re-post, reconcile
    Answered,  // HTTP 200 with a Faspay header: responseCode holds the code
};
QString callOutcomeKey(CallOutcome outcome); // "not_sent", "ambiguous", "answered"

// Why a call did not end Answered (None when it did).
enum class CallFailure {
    None,
    InvalidRequest, // no usable base URL, or plain http to a host that is not loopback
    Network,        // refused, host not found, unreachable, TLS handshake failure, reset, ...
    Certificate,    // the server's TLS certificate was rejected (never retried)
    IdleTimeout,
    Deadline,
    Redirect,   // a 3xx; never followed
    HttpStatus, // any status other than 200 and 3xx
    TooLarge,   // the answer grew over maxResponseBytes; reading stopped
    BadBody,    // HTTP 200 but no Faspay header: bodyError says why
    Aborted,    // FaspayCall::abort()
};
QString callFailureKey(CallFailure failure); // "none", "invalid_request", "network", ...

struct CallResult
{
    CallOutcome outcome = CallOutcome::NotSent;
    CallFailure failure = CallFailure::None;
    QString responseCode;           // Answered only, e.g. "00" or "30"
    QString responseDesc;           // Answered only
    bool fromResponseError = false; // Answered inside {"response_error": {...}}
    int httpStatus = 0;             // 0 when no status line arrived
    QByteArray body;                // what was read (at most maxResponseBytes)
    QJsonObject json;               // the body when it is a JSON object
    BodyError bodyError = BodyError::None;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    bool certificateError = false;
    QStringList sslErrors; // the certificate problems, in English
    int attempts = 0;      // requests started for this call (0 when refused before the first)
    // English, for logs: what happened, per attempt. Never holds the request body, the password
    // or the user info of the URL.
    QString detail;

    bool isAnswered() const { return outcome == CallOutcome::Answered; }
};

// Capped exponential backoff with "equal jitter": the nominal delay before retry n (1-based)
// is min(maxMs, initialMs * 2^(n-1)); the result lies in [nominal/2, nominal], `unitRandom`
// in [0, 1) choosing where. Half the delay is always waited (no hammering after an outage);
// the other half spreads counters that failed together.
int backoffDelayMs(int retry, int initialMs, int maxMs, double unitRandom);

// One call to Faspay, possibly several attempts. Emits finished() exactly once, unless
// abort() came first, then deletes itself (deleteLater). Created by FaspayClient::send(); the
// request starts when control returns to the event loop, so connect right after send().
class FaspayCall : public QObject
{
    Q_OBJECT

public:
    ~FaspayCall() override;

    FaspayOperation operation() const { return m_operation; }
    bool isFinished() const { return m_state == State::Finished; }

    // Stops the call now: timers, the network reply, any retry. finished() is NOT emitted (not
    // now, not later); the call deletes itself. Returns how the call stands: NotSent if no
    // attempt could have reached Faspay, Ambiguous otherwise (failure Aborted); after finished()
    // it returns that result unchanged.
    CallResult abort();

Q_SIGNALS:
    // An attempt (1, 2, 3) is about to start. A direct slot may abort() the call.
    void attemptStarted(int attempt);
    void finished(const kasir::faspay::CallResult &result);

private:
    friend class FaspayClient;
    FaspayCall(QNetworkAccessManager *nam, const FaspayClientConfig &config, FaspayOperation op,
               QByteArray body, QObject *parent);

    enum class State { Pending, InAttempt, Backoff, Finished };

    void start();
    void startAttempt();
    void touch();
    void onSslErrors(const QList<QSslError> &errors);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    void onDeadline();
    void failAttempt(CallFailure failure, const QString &why);
    bool mayHaveLeft() const;
    CallResult classifyFinishedReply();
    CallResult classifyEarlyEnd(CallFailure failure, const QString &why) const;
    void releaseReply();
    void attemptDone(CallResult result);
    void finish(CallResult result);
    QString attemptPrefix() const;

    QPointer<QNetworkAccessManager> m_nam;
    FaspayClientConfig m_config;
    FaspayOperation m_operation;
    QByteArray m_body;
    QUrl m_url;
    State m_state = State::Pending;
    int m_attempts = 0;
    bool m_earlierAttemptMayHaveLeft = false;
    bool m_deadlineReached = false;
    QString m_history; // details of earlier attempts
    CallResult m_lastResult;
    CallResult m_result;
    QTimer m_idleTimer;
    QTimer m_deadlineTimer;
    QTimer m_backoffTimer;
    QElapsedTimer m_elapsed;

    // The current attempt.
    QPointer<QNetworkReply> m_reply;
    QPointer<OneShotBody> m_device;
    QByteArray m_received;
    bool m_posted = false; // handed to the manager
    bool m_connecting = false;
    bool m_encrypted = false;
    bool m_requestSent = false;
    bool m_uploaded = false;
    bool m_downloaded = false;
    bool m_certificateError = false;
    QStringList m_sslErrors;
};

// Sends Faspay calls over a QNetworkAccessManager it does not own (same thread). Every request:
// POST, compact JSON, Content-Type application/json, a fresh connection (Connection: close),
// HTTP/1.1, no cache, no cookies, redirects not followed, TLS peer verification on and never
// relaxed (a certificate error aborts the reply at once, even if someone else ignores it).
//
// How an attempt is classified:
//   HTTP 200 and parseResponseHeader() finds a code ......... Answered
//   HTTP 200 without a Faspay header (HTML, empty, array,
//     truncated or malformed JSON) ............................ Ambiguous, BadBody
//   3xx (never followed) ...................................... Ambiguous, Redirect
//   any other status (4xx, 5xx) ............................... Ambiguous, HttpStatus
//   answer over maxResponseBytes (announced or while read) .... Ambiguous, TooLarge
//   certificate rejected ...................................... NotSent, Certificate, never retried
//   refused, DNS, unreachable, other TLS handshake failure,
//     idle timeout or deadline — before any byte of the body
//     was handed to the network ............................... NotSent (Network / timeout)
//   the same after a byte of the body was handed out ......... Ambiguous
// "Handed out" is known exactly (OneShotBody), not guessed from Qt's signals. The inquiries are
// retried on NotSent and Ambiguous (not on Certificate) with backoffDelayMs(); a call whose
// earlier attempt may have reached Faspay never ends NotSent.
class FaspayClient : public QObject
{
    Q_OBJECT

public:
    FaspayClient(QNetworkAccessManager *nam, FaspayClientConfig config, QObject *parent = nullptr);

    const FaspayClientConfig &config() const { return m_config; }
    // Applies to calls sent afterwards; calls under way keep the configuration they started with.
    void setConfig(FaspayClientConfig config);

    // Starts a call; the returned object is a child of this client and deletes itself after
    // finished() (or abort()). Never null.
    FaspayCall *send(FaspayOperation op, const QJsonObject &body);

private:
    QPointer<QNetworkAccessManager> m_nam;
    FaspayClientConfig m_config;
};

} // namespace kasir::faspay
