#include "core/faspay/faspayclient.h"

#include "core/common/loopback.h"
#include "core/faspay/oneshotbody.h"
#include "core/kasirversion.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslError>

namespace kasir::faspay {

QString operationPath(FaspayOperation op)
{
    switch (op) {
    case FaspayOperation::ChannelInquiry:
        return QStringLiteral("/cvr/100001/10");
    case FaspayOperation::PostData:
        return QStringLiteral("/cvr/300011/10");
    case FaspayOperation::StatusInquiry:
        return QStringLiteral("/cvr/100004/10");
    case FaspayOperation::Cancel:
        return QStringLiteral("/cvr/100005/10");
    }
    return {};
}

QString operationKey(FaspayOperation op)
{
    switch (op) {
    case FaspayOperation::ChannelInquiry:
        return QStringLiteral("channel_inquiry");
    case FaspayOperation::PostData:
        return QStringLiteral("post_data");
    case FaspayOperation::StatusInquiry:
        return QStringLiteral("status_inquiry");
    case FaspayOperation::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

bool isRetriedByClient(FaspayOperation op)
{
    return op == FaspayOperation::ChannelInquiry || op == FaspayOperation::StatusInquiry;
}

QUrl operationUrl(const QUrl &baseUrl, FaspayOperation op)
{
    QUrl url = baseUrl;
    QString path = baseUrl.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + operationPath(op), QUrl::TolerantMode);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

QString callOutcomeKey(CallOutcome outcome)
{
    switch (outcome) {
    case CallOutcome::NotSent:
        return QStringLiteral("not_sent");
    case CallOutcome::Ambiguous:
        return QStringLiteral("ambiguous");
    case CallOutcome::Answered:
        return QStringLiteral("answered");
    }
    return {};
}

QString callFailureKey(CallFailure failure)
{
    switch (failure) {
    case CallFailure::None:
        return QStringLiteral("none");
    case CallFailure::InvalidRequest:
        return QStringLiteral("invalid_request");
    case CallFailure::Network:
        return QStringLiteral("network");
    case CallFailure::Certificate:
        return QStringLiteral("certificate");
    case CallFailure::IdleTimeout:
        return QStringLiteral("idle_timeout");
    case CallFailure::Deadline:
        return QStringLiteral("deadline");
    case CallFailure::Redirect:
        return QStringLiteral("redirect");
    case CallFailure::HttpStatus:
        return QStringLiteral("http_status");
    case CallFailure::TooLarge:
        return QStringLiteral("too_large");
    case CallFailure::BadBody:
        return QStringLiteral("bad_body");
    case CallFailure::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

int backoffDelayMs(int retry, int initialMs, int maxMs, double unitRandom)
{
    const qint64 cap = qMax(0, maxMs);
    qint64 nominal = qMin<qint64>(qMax(0, initialMs), cap);
    for (int i = 1; i < retry && nominal < cap; ++i)
        nominal = qMin(nominal * 2, cap);
    const double u = qBound(0.0, unitRandom, 1.0);
    const qint64 half = nominal / 2;
    return int(nominal - half + qint64(double(half) * u));
}

namespace {

constexpr qint64 ReadBufferBytes = 64 * 1024;

// Why the URL cannot be used; empty when it can.
QString urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("the Faspay base URL is missing or invalid");
    if (!url.userInfo().isEmpty())
        return QStringLiteral("the Faspay base URL must not carry a user name or password");
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return QStringLiteral("plain http is only allowed to this computer (loopback); "
                              "use https for Faspay");
    }
    return QStringLiteral("the Faspay base URL must start with https://");
}

QString networkErrorName(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QStringLiteral("connection refused");
    case QNetworkReply::RemoteHostClosedError:
        return QStringLiteral("connection closed by the server");
    case QNetworkReply::HostNotFoundError:
        return QStringLiteral("host not found");
    case QNetworkReply::TimeoutError:
        return QStringLiteral("network timeout");
    case QNetworkReply::OperationCanceledError:
        return QStringLiteral("operation canceled");
    case QNetworkReply::SslHandshakeFailedError:
        return QStringLiteral("TLS handshake failed");
    case QNetworkReply::TemporaryNetworkFailureError:
        return QStringLiteral("temporary network failure");
    case QNetworkReply::NetworkSessionFailedError:
        return QStringLiteral("network unavailable");
    case QNetworkReply::ContentReSendError:
        return QStringLiteral("connection lost; Qt's automatic resend was refused");
    default:
        return QStringLiteral("network error %1").arg(int(error));
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------

FaspayCall::FaspayCall(QNetworkAccessManager *nam, const FaspayClientConfig &config,
                       FaspayOperation op, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(config)
    , m_operation(op)
    , m_body(std::move(body))
    , m_url(operationUrl(config.baseUrl, op))
{
    m_config.idleTimeoutMs = qMax(1, m_config.idleTimeoutMs);
    m_config.deadlineMs = qMax(1, m_config.deadlineMs);
    m_config.maxRetries = qBound(0, m_config.maxRetries, 10);
    m_config.maxResponseBytes = qMax<qint64>(1, m_config.maxResponseBytes);

    // Precise: a coarse timer may stretch a 45 s budget by more than 2 s.
    for (QTimer *timer : {&m_idleTimer, &m_deadlineTimer, &m_backoffTimer}) {
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
    }
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        failAttempt(
            CallFailure::IdleTimeout,
            QStringLiteral("nothing sent or received for %1 ms").arg(m_config.idleTimeoutMs));
    });
    connect(&m_deadlineTimer, &QTimer::timeout, this, &FaspayCall::onDeadline);
    connect(&m_backoffTimer, &QTimer::timeout, this, &FaspayCall::startAttempt);
    QMetaObject::invokeMethod(this, &FaspayCall::start, Qt::QueuedConnection);
}

FaspayCall::~FaspayCall()
{
    m_state = State::Finished;
    releaseReply();
}

void FaspayCall::start()
{
    if (m_state != State::Pending)
        return;
    QString problem = urlProblem(m_url);
    if (problem.isEmpty() && !m_nam)
        problem = QStringLiteral("no network access manager");
    if (!problem.isEmpty()) {
        CallResult result;
        result.outcome = CallOutcome::NotSent;
        result.failure = CallFailure::InvalidRequest;
        result.detail = problem;
        finish(result);
        return;
    }
    m_elapsed.start();
    m_deadlineTimer.start(m_config.deadlineMs);
    startAttempt();
}

void FaspayCall::startAttempt()
{
    if (m_state == State::Finished)
        return;
    ++m_attempts;
    m_state = State::InAttempt;
    m_received.clear();
    m_posted = m_connecting = m_encrypted = m_requestSent = m_uploaded = m_downloaded = false;
    m_certificateError = false;
    m_sslErrors.clear();

    const QPointer<FaspayCall> self(this);
    Q_EMIT attemptStarted(m_attempts);
    if (!self || m_state != State::InAttempt)
        return; // aborted from a slot
    if (!m_nam) {
        CallResult result;
        result.outcome = CallOutcome::NotSent;
        result.failure = CallFailure::InvalidRequest;
        result.detail = QStringLiteral("the network access manager is gone");
        attemptDone(result);
        return;
    }

    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_body.size());
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("Kasir/" KASIR_VERSION_STRING));
    request.setRawHeader("Accept", "application/json");
    // A fresh connection per request: a kept-alive connection that the server closes just as a
    // request goes out would turn a harmless race into an ambiguous Post Data.
    request.setRawHeader("Connection", "close");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // Our own idle timer and deadline decide. A request value overrides a transfer timeout
    // set on the shared manager (0 would mean "the manager's"); this one never fires first.
    request.setTransferTimeout(m_config.deadlineMs + m_config.idleTimeoutMs);
    if (m_url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0) {
        // Whatever the application's default configuration says: verify the peer.
        QSslConfiguration ssl = request.sslConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        ssl.setProtocol(QSsl::TlsV1_2OrLater); // an explicit floor, whatever the defaults say
        request.setSslConfiguration(ssl);
    }

    auto *device = new OneShotBody(m_body);
    QNetworkReply *reply = m_nam->post(request, device);
    device->setParent(reply); // lives exactly as long as the reply
    // Flow control from the network thread: without a limit it reads as fast as the server
    // sends (on loopback it does not even look at our abort until the stream ends) and queues
    // it all for this thread. We drain on every readyRead, so the limit only bounds memory.
    reply->setReadBufferSize(ReadBufferBytes);
    m_reply = reply;
    m_device = device;
    m_posted = true;

    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
        m_connecting = true;
        touch();
    });
    connect(reply, &QNetworkReply::encrypted, this, [this] {
        m_encrypted = true;
        touch();
    });
    connect(reply, &QNetworkReply::sslErrors, this, &FaspayCall::onSslErrors);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_requestSent = true;
        touch();
    });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64) {
        if (sent > 0)
            m_uploaded = true;
        touch();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > 0)
            m_downloaded = true;
        touch();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &FaspayCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &FaspayCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &FaspayCall::onReplyFinished);
    // The manager may be destroyed under us (it owns its replies).
    connect(reply, &QObject::destroyed, this, [this] {
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::InAttempt && !m_reply)
                failAttempt(CallFailure::Network,
                            QStringLiteral("the network request was destroyed by its owner"));
        });
    });
    m_idleTimer.start(m_config.idleTimeoutMs);
}

void FaspayCall::touch()
{
    if (m_state == State::InAttempt)
        m_idleTimer.start(m_config.idleTimeoutMs);
}

void FaspayCall::onSslErrors(const QList<QSslError> &errors)
{
    m_certificateError = true;
    for (const QSslError &error : errors)
        m_sslErrors.append(error.errorString());
    // Fail closed right here, even if someone else connected to the manager calls
    // ignoreSslErrors(): the reply is aborted and the body sealed before it can be sent.
    failAttempt(
        CallFailure::Certificate,
        QStringLiteral("TLS certificate rejected: %1").arg(m_sslErrors.join(QStringLiteral("; "))));
}

void FaspayCall::onMetaDataChanged()
{
    touch();
    if (!m_reply)
        return;
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_config.maxResponseBytes) {
        failAttempt(CallFailure::TooLarge,
                    QStringLiteral("the answer announces %1 bytes, more than the %2 allowed")
                        .arg(length.toLongLong())
                        .arg(m_config.maxResponseBytes));
    }
}

void FaspayCall::onReadyRead()
{
    touch();
    if (!m_reply)
        return;
    // Read at most one byte over the cap: enough to know the answer is too large.
    const qint64 room = m_config.maxResponseBytes + 1 - m_received.size();
    if (room > 0) {
        const QByteArray chunk = m_reply->read(room);
        if (!chunk.isEmpty())
            m_downloaded = true;
        m_received += chunk;
    }
    if (m_received.size() > m_config.maxResponseBytes) {
        m_received.truncate(m_config.maxResponseBytes);
        failAttempt(
            CallFailure::TooLarge,
            QStringLiteral("the answer is larger than the %1 bytes allowed; reading stopped")
                .arg(m_config.maxResponseBytes));
    }
}

void FaspayCall::onReplyFinished()
{
    if (m_state != State::InAttempt || !m_reply)
        return;
    onReadyRead(); // whatever is still buffered
    if (m_state != State::InAttempt || !m_reply)
        return; // it was too large
    CallResult result = classifyFinishedReply();
    releaseReply();
    attemptDone(result);
}

void FaspayCall::onDeadline()
{
    m_deadlineReached = true;
    const QString why =
        QStringLiteral("overall deadline of %1 ms reached").arg(m_config.deadlineMs);
    if (m_state == State::InAttempt) {
        failAttempt(CallFailure::Deadline, why);
    } else if (m_state == State::Backoff) {
        // Timers may fire a little late; the retry was only scheduled if it fitted.
        CallResult result = m_lastResult;
        result.detail = m_history + why + QStringLiteral(" before attempt %1").arg(m_attempts + 1);
        if (result.outcome == CallOutcome::NotSent && m_earlierAttemptMayHaveLeft)
            result.outcome = CallOutcome::Ambiguous;
        finish(result);
    }
}

bool FaspayCall::mayHaveLeft() const
{
    // The body device is read on this thread before the network code can write it: while no
    // byte has left it, no complete request can have reached the server. A device that is gone
    // (its reply destroyed by someone else) proves nothing.
    const OneShotBody *device = m_device.data();
    const bool bodyHandedOut = m_posted && (device == nullptr || device->anyHandedOut());
    return bodyHandedOut || m_requestSent || m_uploaded || m_downloaded || !m_received.isEmpty();
}

CallResult FaspayCall::classifyFinishedReply()
{
    CallResult r;
    r.networkError = m_reply->error();
    r.certificateError = m_certificateError;
    r.sslErrors = m_sslErrors;
    r.body = m_received;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        r.httpStatus = status.toInt();
        const HeaderParse parse = parseResponseHeader(m_received);
        r.json = parse.object;
        r.bodyError = parse.error;
        // A transport error after the status line does not undo a complete answer: a JSON
        // object is self-delimiting (no proper prefix of one parses), so a body that parses
        // is the whole of what Faspay said. This matters for bodies that end when the
        // connection closes, where Qt 6.4 sometimes reports an error after the last byte.
        const QString transportNote =
            r.networkError == QNetworkReply::NoError
                ? QString()
                : QStringLiteral(" (then %1)").arg(networkErrorName(r.networkError));
        if (r.httpStatus == 200 && parse.header) {
            r.outcome = CallOutcome::Answered;
            r.responseCode = parse.header->responseCode;
            r.responseDesc = parse.header->responseDesc;
            r.fromResponseError = parse.header->fromResponseError;
            r.detail = QStringLiteral("answered with response code %1").arg(r.responseCode) +
                       transportNote;
            return r;
        }
        // The server saw the request: from here on, everything is ambiguous.
        r.outcome = CallOutcome::Ambiguous;
        const QString statusText =
            QStringLiteral("HTTP %1 %2")
                .arg(r.httpStatus)
                .arg(QString::fromLatin1(
                    m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray()))
                .trimmed();
        const QString bodyText = QStringLiteral("body: %1, %2 bytes")
                                     .arg(bodyErrorKey(r.bodyError))
                                     .arg(m_received.size());
        if (r.httpStatus >= 300 && r.httpStatus < 400) {
            r.failure = CallFailure::Redirect;
            const QUrl target =
                m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            r.detail = statusText + QStringLiteral(", redirect to \"") +
                       target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) +
                       QStringLiteral("\" not followed");
        } else if (r.httpStatus != 200) {
            r.failure = CallFailure::HttpStatus;
            r.detail =
                statusText + QStringLiteral(" instead of 200 (") + bodyText + QStringLiteral(")");
        } else {
            r.failure = CallFailure::BadBody;
            r.detail = QStringLiteral("HTTP 200 without a Faspay answer (") + bodyText +
                       QStringLiteral(")") + transportNote;
        }
        return r;
    }

    // No status line: the transport failed.
    r.failure = m_certificateError ? CallFailure::Certificate : CallFailure::Network;
    if (mayHaveLeft()) {
        r.outcome = CallOutcome::Ambiguous;
        r.detail = networkErrorName(r.networkError) +
                   QStringLiteral(" after the request was handed to the network");
    } else {
        r.outcome = CallOutcome::NotSent;
        r.detail =
            networkErrorName(r.networkError) + QStringLiteral(" before the request was sent");
    }
    if (m_certificateError)
        r.detail +=
            QStringLiteral(" (certificate: %1)").arg(m_sslErrors.join(QStringLiteral("; ")));
    return r;
}

CallResult FaspayCall::classifyEarlyEnd(CallFailure failure, const QString &why) const
{
    CallResult r;
    r.failure = failure;
    r.certificateError = m_certificateError;
    r.sslErrors = m_sslErrors;
    r.body = m_received;
    if (m_reply) {
        r.networkError = m_reply->error();
        const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid())
            r.httpStatus = status.toInt();
    }
    const bool left = mayHaveLeft();
    r.outcome = left ? CallOutcome::Ambiguous : CallOutcome::NotSent;
    QString stage;
    if (r.httpStatus != 0)
        stage = QStringLiteral("while reading the answer (HTTP %1)").arg(r.httpStatus);
    else if (left)
        stage = QStringLiteral("after the request was handed to the network");
    else if (m_encrypted)
        stage = QStringLiteral("before the request was sent");
    else if (m_connecting)
        stage = QStringLiteral("while connecting, before the request was sent");
    else
        stage = QStringLiteral("before the request was sent");
    r.detail = why + QStringLiteral(", ") + stage;
    return r;
}

void FaspayCall::failAttempt(CallFailure failure, const QString &why)
{
    if (m_state != State::InAttempt)
        return;
    // First of all: nothing more of the body may leave.
    if (OneShotBody *device = m_device.data())
        device->seal();
    CallResult result = classifyEarlyEnd(failure, why);
    releaseReply();
    attemptDone(result);
}

void FaspayCall::releaseReply()
{
    m_idleTimer.stop();
    if (OneShotBody *device = m_device.data())
        device->seal();
    m_device = nullptr;
    if (QNetworkReply *reply = m_reply.data()) {
        m_reply = nullptr;
        reply->disconnect(this);
        if (reply->isRunning())
            reply->abort();
        reply->deleteLater();
    }
}

QString FaspayCall::attemptPrefix() const
{
    return QStringLiteral("attempt %1: ").arg(m_attempts);
}

void FaspayCall::attemptDone(CallResult result)
{
    if (m_state != State::InAttempt)
        return;
    m_idleTimer.stop();
    result.attempts = m_attempts;
    const QString line = attemptPrefix() + result.detail;

    bool retry = isRetriedByClient(m_operation) && result.outcome != CallOutcome::Answered &&
                 result.failure != CallFailure::Certificate &&
                 result.failure != CallFailure::InvalidRequest &&
                 result.failure != CallFailure::Aborted && m_attempts <= m_config.maxRetries &&
                 !m_deadlineReached;
    int delay = 0;
    if (retry) {
        delay = backoffDelayMs(m_attempts, m_config.backoffInitialMs, m_config.backoffMaxMs,
                               QRandomGenerator::global()->generateDouble());
        const qint64 remaining = m_config.deadlineMs - m_elapsed.elapsed();
        retry = delay < remaining;
    }
    if (!retry) {
        result.detail = m_history + line;
        if (result.outcome == CallOutcome::NotSent && m_earlierAttemptMayHaveLeft) {
            result.outcome = CallOutcome::Ambiguous;
            result.detail += QStringLiteral("; an earlier attempt may have reached Faspay");
        }
        finish(result);
        return;
    }
    m_history += line + QStringLiteral("; ");
    m_earlierAttemptMayHaveLeft =
        m_earlierAttemptMayHaveLeft || result.outcome != CallOutcome::NotSent;
    result.detail = line;
    m_lastResult = result;
    m_state = State::Backoff;
    m_backoffTimer.start(delay);
}

void FaspayCall::finish(CallResult result)
{
    m_state = State::Finished;
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    m_backoffTimer.stop();
    releaseReply();
    m_result = result;
    deleteLater();
    // Nothing of this object may be touched after the emission: a slot may delete it.
    Q_EMIT finished(result);
}

CallResult FaspayCall::abort()
{
    if (m_state == State::Finished)
        return m_result;
    CallResult result;
    switch (m_state) {
    case State::InAttempt:
        if (OneShotBody *device = m_device.data())
            device->seal();
        result = classifyEarlyEnd(CallFailure::Aborted, QStringLiteral("aborted"));
        result.attempts = m_attempts;
        result.detail = m_history + attemptPrefix() + result.detail;
        break;
    case State::Backoff:
        result = m_lastResult;
        result.failure = CallFailure::Aborted;
        result.detail = m_history + QStringLiteral("aborted before attempt %1").arg(m_attempts + 1);
        break;
    case State::Pending:
    case State::Finished:
        result.outcome = CallOutcome::NotSent;
        result.failure = CallFailure::Aborted;
        result.detail = QStringLiteral("aborted before the first attempt");
        break;
    }
    if (result.outcome == CallOutcome::NotSent && m_earlierAttemptMayHaveLeft)
        result.outcome = CallOutcome::Ambiguous;
    m_state = State::Finished;
    m_idleTimer.stop();
    m_deadlineTimer.stop();
    m_backoffTimer.stop();
    releaseReply();
    m_result = result;
    deleteLater();
    return result;
}

// ---------------------------------------------------------------------------------------------

FaspayClient::FaspayClient(QNetworkAccessManager *nam, FaspayClientConfig config, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_config(std::move(config))
{}

void FaspayClient::setConfig(FaspayClientConfig config)
{
    m_config = std::move(config);
}

FaspayCall *FaspayClient::send(FaspayOperation op, const QJsonObject &body)
{
    return new FaspayCall(m_nam, m_config, op, QJsonDocument(body).toJson(QJsonDocument::Compact),
                          this);
}

} // namespace kasir::faspay
