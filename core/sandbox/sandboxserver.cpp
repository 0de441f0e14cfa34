#include "core/sandbox/sandboxserver.h"

#include "core/common/clock.h"
#include "core/net/boundedtcpserver.h"
#include "core/sandbox/lenderflow.h"
#include "core/sandbox/lenderpages.h"
#include "core/sandbox/sandboxledger.h"
#include "core/sandbox/sandboxlog.h"
#include "core/sandbox/sandboxrequestchecker.h"
#include "core/sandbox/sandboxwire.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace kasir {

namespace {

constexpr int MaxRecords = 10000; // requests kept for introspection

// Answers on one connection go out in the order the requests came, whatever delays the faults
// add; a hung answer holds back the ones after it, as it would on a real HTTP/1.1 connection.
class ConnectionReplies final : public QObject
{
public:
    explicit ConnectionReplies(QTcpSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    {}

    static ConnectionReplies *of(QTcpSocket *socket)
    {
        // Not findChild(): without Q_OBJECT, qobject_cast would take any QObject child.
        for (QObject *child : socket->children()) {
            if (auto *replies = dynamic_cast<ConnectionReplies *>(child))
                return replies;
        }
        return new ConnectionReplies(socket);
    }

    qint64 reserve() { return m_next++; }

    void fulfil(qint64 sequence, const QByteArray &bytes, bool closeAfter)
    {
        m_ready.insert(sequence, {bytes, closeAfter});
        // Written in request order; a gap (a delayed or hung answer) holds back what follows.
        while (m_ready.contains(m_toWrite)) {
            const auto [data, closeAfterThis] = m_ready.take(m_toWrite++);
            if (m_socket->state() != QAbstractSocket::ConnectedState)
                return;
            m_socket->write(data);
            if (closeAfterThis) {
                m_socket->disconnectFromHost();
                return;
            }
        }
    }

private:
    QTcpSocket *m_socket;
    qint64 m_next = 0;
    qint64 m_toWrite = 0;
    QMap<qint64, std::pair<QByteArray, bool>> m_ready;
};

// The client sees "connection reset by peer": SO_LINGER with a zero timeout makes close() send
// a RST instead of a FIN.
void resetConnection(QTcpSocket *socket)
{
    const qintptr descriptor = socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger option
        {};
        option.l_onoff = 1;
        option.l_linger = 0;
#ifdef Q_OS_WIN
        ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char *>(&option), sizeof option);
#else
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    }
    socket->abort();
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        return QStringLiteral("OTHER");
    }
}

SandboxOperation operationFor(const QString &path)
{
    if (path == u"/cvr/100001/10")
        return SandboxOperation::ChannelInquiry;
    if (path == u"/cvr/300011/10")
        return SandboxOperation::PostData;
    if (path == u"/cvr/100004/10")
        return SandboxOperation::InquiryStatus;
    if (path == u"/cvr/100005/10")
        return SandboxOperation::Cancel;
    if (path.startsWith(u"/pws/100003/"))
        return SandboxOperation::LenderPage;
    return SandboxOperation::Other;
}

// The answer naming another bill, trx_id or merchant as `flaw` says (a fake or confused
// gateway); an answer without that field is left as it is.
SandboxReply withBadEcho(const SandboxReply &reply, SandboxFault::EchoFlaw flaw)
{
    QJsonObject object = QJsonDocument::fromJson(reply.response.body).object();
    const auto other = [&object](const char *field, const QString &replacement) {
        const QString key = QLatin1String(field);
        if (object.contains(key))
            object.insert(key, replacement);
    };
    switch (flaw) {
    case SandboxFault::EchoFlaw::MissingBill:
        object.remove(QStringLiteral("bill_no"));
        break;
    case SandboxFault::EchoFlaw::OtherBill:
        other("bill_no", QStringLiteral("OTHERBILL0001"));
        break;
    case SandboxFault::EchoFlaw::OtherTrx:
        other("trx_id", QStringLiteral("9999999999999999"));
        break;
    case SandboxFault::EchoFlaw::OtherMerchant:
        other("merchant_id", object.value(QLatin1String("merchant_id")).toString() == u"99999"
                                 ? QStringLiteral("11111")
                                 : QStringLiteral("99999"));
        break;
    }
    SandboxReply changed = reply;
    changed.response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    changed.description = reply.description + QStringLiteral(" (wrong echo: fault)");
    return changed;
}

// The answer with its redirect_url spoilt as `flaw` says (a tampered or buggy gateway answer);
// an answer without a redirect_url is left as it is.
SandboxReply withBadRedirect(const SandboxReply &reply, SandboxFault::RedirectFlaw flaw,
                             const QString &merchantId)
{
    QJsonObject object = QJsonDocument::fromJson(reply.response.body).object();
    const QString original = object.value(QLatin1String("redirect_url")).toString();
    if (original.isEmpty())
        return reply;
    QUrl url(original, QUrl::StrictMode);
    QUrlQuery query(url);
    QString spoilt;
    switch (flaw) {
    case SandboxFault::RedirectFlaw::Scheme:
        spoilt = QStringLiteral("javascript:alert(document.cookie)//") + original;
        break;
    case SandboxFault::RedirectFlaw::OtherBill:
        query.removeAllQueryItems(QStringLiteral("bill_no"));
        query.addQueryItem(QStringLiteral("bill_no"), QStringLiteral("OTHERBILL0001"));
        url.setQuery(query);
        spoilt = url.toString(QUrl::FullyEncoded);
        break;
    case SandboxFault::RedirectFlaw::OtherMerchant:
        query.removeAllQueryItems(QStringLiteral("merchant_id"));
        query.addQueryItem(QStringLiteral("merchant_id"), merchantId == u"99999"
                                                              ? QStringLiteral("11111")
                                                              : QStringLiteral("99999"));
        url.setQuery(query);
        spoilt = url.toString(QUrl::FullyEncoded);
        break;
    case SandboxFault::RedirectFlaw::OtherHost:
        url.setScheme(QStringLiteral("https"));
        url.setHost(QStringLiteral("pay.example.net"));
        url.setPort(-1);
        spoilt = url.toString(QUrl::FullyEncoded);
        break;
    }
    object.insert(QStringLiteral("redirect_url"), spoilt);
    SandboxReply changed = reply;
    changed.response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    changed.description = reply.description + QStringLiteral(" (bad redirect_url: fault)");
    return changed;
}

} // namespace

class SandboxServer::HttpServer final : public QAbstractHttpServer
{
public:
    explicit HttpServer(SandboxServer *sandbox)
        : QAbstractHttpServer(sandbox)
        , m_sandbox(sandbox)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_sandbox->handleRequest(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    SandboxServer *m_sandbox;
};

// ---------------------------------------------------------------------------------------------

SandboxServer::SandboxServer(SandboxConfig config, SandboxLedger *ledger, LenderFlow *lender,
                             SandboxFaultRules *faults, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ledger(ledger)
    , m_lender(lender)
    , m_faults(faults)
    , m_clock(clock)
{}

SandboxServer::~SandboxServer()
{
    close();
}

bool SandboxServer::listen(QString *error)
{
    if (m_server)
        return true;
    auto *server = new HttpServer(this);
    HttpLimits limits;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    auto *tcp = new BoundedTcpServer(limits, server);
    if (!tcp->listen(m_config.address, m_config.port)) {
        if (error)
            *error = tcp->errorString();
        delete server;
        return false;
    }
    server->bind(tcp);
    connect(tcp, &BoundedTcpServer::requestRefused, this,
            [this](const QHostAddress &peer, int status, const QString &problem) {
                const QString line = QStringLiteral("refused a request from %1: %2 %3")
                                         .arg(peer.toString())
                                         .arg(status)
                                         .arg(problem);
                qCInfo(lcSandbox).noquote() << line;
                Q_EMIT requestRefused(line);
            });
    m_server = server;
    m_tcp = tcp;
    return true;
}

void SandboxServer::close()
{
    if (!m_server)
        return;
    HttpServer *server = m_server;
    m_server = nullptr;
    if (m_tcp) {
        m_tcp->close();
        const QList<QTcpSocket *> sockets = m_tcp->findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets)
            socket->abort();
    }
    m_hung.clear();
    server->deleteLater();
}

bool SandboxServer::isListening() const
{
    return m_server && m_tcp && m_tcp->isListening();
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_config.publicBaseUrl.isEmpty())
        return m_config.publicBaseUrl;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const QHostAddress address = m_config.address;
    const bool any = address == QHostAddress::Any || address == QHostAddress::AnyIPv4 ||
                     address == QHostAddress::AnyIPv6;
    url.setHost(any ? QStringLiteral("127.0.0.1") : address.toString());
    url.setPort(port());
    return url;
}

void SandboxServer::releaseHungConnections()
{
    const QList<QPointer<QTcpSocket>> hung = std::exchange(m_hung, {});
    for (const QPointer<QTcpSocket> &socket : hung) {
        if (socket)
            socket->abort();
    }
}

// --- HTTP -------------------------------------------------------------------------------------

void SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    ConnectionReplies *replies = ConnectionReplies::of(socket);
    const qint64 sequence = replies->reserve();

    Exchange exchange;
    exchange.at = m_clock->now();
    exchange.peer = request.remoteAddress();
    exchange.method = methodName(request.method());
    exchange.path = request.url().path();
    exchange.operation = operationFor(exchange.path);
    if (exchange.operation == SandboxOperation::LenderPage) {
        exchange.billNo =
            QUrlQuery(request.url()).queryItemValue(QStringLiteral("bill_no"), QUrl::FullyDecoded);
    } else if (exchange.operation != SandboxOperation::Other) {
        const QJsonValue billNo =
            QJsonDocument::fromJson(request.body()).object().value(QLatin1String("bill_no"));
        if (billNo.isString())
            exchange.billNo = billNo.toString();
    }
    if (exchange.operation == SandboxOperation::PostData && !exchange.billNo.isEmpty())
        ++m_postCounts[exchange.billNo];

    const std::optional<SandboxFault> fault =
        m_faults->takeRequestFault(exchange.operation, exchange.billNo);
    SandboxReply reply;
    if (!fault || fault->processRequest) {
        reply = route(request, exchange);
    } else {
        reply.description = QStringLiteral("received, not processed (fault)");
    }

    if (fault) {
        switch (fault->kind) {
        case SandboxFault::Kind::HttpError:
            reply = SandboxReply::make(fault->httpStatus, "text/plain; charset=utf-8",
                                       QByteArray::number(fault->httpStatus) + ' ' +
                                           RawHttpResponse::reasonPhrase(fault->httpStatus) + '\n');
            reply.description = QStringLiteral("HTTP error (fault)");
            break;
        case SandboxFault::Kind::HtmlPage:
            reply = SandboxReply::make(200, "text/html; charset=utf-8", LenderPages::maintenance());
            reply.description = QStringLiteral("HTML page (fault)");
            break;
        case SandboxFault::Kind::MalformedJson: {
            QByteArray body = reply.response.body;
            if (body.isEmpty())
                body =
                    sandboxwire::responseErrorJson(QStringLiteral("00"), QStringLiteral("Sukses"));
            reply = SandboxReply::make(200, "application/json", body.left(body.size() / 2));
            reply.description = QStringLiteral("malformed JSON (fault)");
            break;
        }
        case SandboxFault::Kind::ResponseCode: {
            const QString desc = SandboxRequestChecker::codeMeaning(fault->responseCode) +
                                 QStringLiteral(" (sandbox fault)");
            reply = SandboxReply::make(200, "application/json",
                                       sandboxwire::responseErrorJson(fault->responseCode, desc));
            reply.responseCode = fault->responseCode;
            reply.description = desc;
            break;
        }
        case SandboxFault::Kind::BadRedirect:
            reply = withBadRedirect(reply, fault->redirectFlaw, m_config.merchantId);
            break;
        case SandboxFault::Kind::BadEcho:
            reply = withBadEcho(reply, fault->echoFlaw);
            break;
        case SandboxFault::Kind::Delay:
        case SandboxFault::Kind::Hang:
        case SandboxFault::Kind::ResetAfterRead:
            break;
        }
    }

    record(exchange, reply, fault);
    const bool closeAfter =
        request.value(QByteArrayLiteral("connection")).trimmed().toLower() == "close";
    deliver(socket, sequence, reply, fault, closeAfter);
}

void SandboxServer::deliver(QTcpSocket *socket, qint64 sequence, const SandboxReply &reply,
                            const std::optional<SandboxFault> &fault, bool closeAfter)
{
    RawHttpResponse response = reply.response;
    response.closeConnection = response.closeConnection || closeAfter;
    const QByteArray bytes = response.toBytes();
    ConnectionReplies *replies = ConnectionReplies::of(socket);
    if (fault && fault->kind == SandboxFault::Kind::Hang) {
        m_hung.append(QPointer<QTcpSocket>(socket));
        return;
    }
    if (fault && fault->kind == SandboxFault::Kind::ResetAfterRead) {
        // After handleRequest() has returned: Qt HttpServer 6.4 must not be inside its own
        // request handling when the socket goes away.
        QTimer::singleShot(0, socket, [socket] { resetConnection(socket); });
        return;
    }
    if (fault && fault->kind == SandboxFault::Kind::Delay && fault->delayMs > 0) {
        QTimer::singleShot(fault->delayMs, Qt::PreciseTimer, replies,
                           [replies, sequence, bytes, response] {
                               replies->fulfil(sequence, bytes, response.closeConnection);
                           });
        return;
    }
    replies->fulfil(sequence, bytes, response.closeConnection);
}

void SandboxServer::record(const Exchange &exchange, const SandboxReply &reply,
                           const std::optional<SandboxFault> &fault)
{
    SandboxRequestRecord entry;
    entry.at = exchange.at;
    entry.peer = exchange.peer;
    entry.method = exchange.method;
    entry.path = exchange.path;
    entry.operation = exchange.operation;
    entry.billNo = exchange.billNo;
    const bool noAnswer = fault && (fault->kind == SandboxFault::Kind::Hang ||
                                    fault->kind == SandboxFault::Kind::ResetAfterRead);
    entry.httpStatus = noAnswer ? 0 : reply.response.status;
    entry.responseCode = reply.responseCode;
    entry.description = reply.description;
    entry.fault = fault ? fault->describe() : QString();
    m_requests.append(entry);
    if (m_requests.size() > MaxRecords)
        m_requests.removeFirst();

    QString line = entry.method + QLatin1Char(' ') + entry.path + QStringLiteral(" [") +
                   sandboxOperationKey(entry.operation) + QLatin1Char(']');
    if (!entry.billNo.isEmpty())
        line += QStringLiteral(" bill_no=") + entry.billNo;
    line += QStringLiteral(" -> ") +
            (entry.httpStatus ? QString::number(entry.httpStatus) : QStringLiteral("no answer"));
    if (!entry.responseCode.isEmpty())
        line += QLatin1Char(' ') + entry.responseCode;
    if (!entry.description.isEmpty())
        line += QLatin1Char(' ') + entry.description;
    if (!entry.fault.isEmpty())
        line += QStringLiteral(" [fault ") + entry.fault + QLatin1Char(']');
    qCInfo(lcSandbox).noquote() << line;
    Q_EMIT requestHandled(entry);
}

SandboxReply SandboxServer::route(const QHttpServerRequest &request, Exchange &exchange)
{
    switch (exchange.operation) {
    case SandboxOperation::ChannelInquiry:
    case SandboxOperation::PostData:
    case SandboxOperation::InquiryStatus:
    case SandboxOperation::Cancel:
        return handleCall(request, exchange);
    case SandboxOperation::LenderPage:
        return m_lender->page(request, exchange.billNo);
    case SandboxOperation::Any:
    case SandboxOperation::Other:
        break;
    }
    if (exchange.path == u"/kasir/return")
        return m_lender->kasirReturnPage(request);
    if (exchange.path == u"/sandbox" || exchange.path.startsWith(u"/sandbox/"))
        return handleAdmin(request, exchange);
    if (exchange.path.startsWith(u"/cvr/"))
        return SandboxReply::violation(SandboxViolation{QStringLiteral("40"),
                                                        QStringLiteral("path"),
                                                        QStringLiteral("Requested function not "
                                                                       "supported: ") +
                                                            exchange.path},
                                       404);
    if (exchange.path == u"/" && request.method() == QHttpServerRequest::Method::Get) {
        SandboxReply reply = SandboxReply::make(
            200, "text/plain; charset=utf-8",
            QStringLiteral("Kasir training sandbox: a fake of Faspay's Debit API (LATIHAN / "
                           "TRAINING).\nMerchant %1 (%2). POST /cvr/100001/10, /cvr/300011/10, "
                           "/cvr/100004/10, /cvr/100005/10.\n")
                .arg(m_config.merchantId, m_config.merchantName)
                .toUtf8());
        reply.description = QStringLiteral("index");
        return reply;
    }
    SandboxReply reply = SandboxReply::make(404, "text/plain; charset=utf-8", "Not Found\n");
    reply.description = QStringLiteral("not found");
    return reply;
}

// One of the four calls: POST, a JSON body, then the ledger.
SandboxReply SandboxServer::handleCall(const QHttpServerRequest &request, const Exchange &exchange)
{
    if (request.method() != QHttpServerRequest::Method::Post) {
        SandboxReply reply = SandboxReply::violation(
            SandboxViolation{QStringLiteral("40"), QStringLiteral("method"),
                             QStringLiteral("Requested function not supported: method ") +
                                 exchange.method + QStringLiteral(" (use POST)")},
            405);
        reply.response.headers.append(std::pair<QByteArray, QByteArray>("Allow", "POST"));
        return reply;
    }
    QJsonObject body;
    QStringList tolerated;
    if (const std::optional<SandboxViolation> violation =
            SandboxRequestChecker::readJsonBody(request.value(QByteArrayLiteral("content-type")),
                                                request.body(), m_config.strict, &body, &tolerated))
        return SandboxReply::violation(*violation);
    SandboxAnswer answer;
    switch (exchange.operation) {
    case SandboxOperation::ChannelInquiry:
        answer = m_ledger->channelInquiry(body);
        break;
    case SandboxOperation::PostData:
        answer = m_ledger->postData(body);
        break;
    case SandboxOperation::InquiryStatus:
        answer = m_ledger->inquiryPaymentStatus(body);
        break;
    default:
        answer = m_ledger->cancel(body);
        break;
    }
    warnTolerated(exchange, tolerated + answer.tolerated);
    if (answer.refusal)
        return SandboxReply::violation(*answer.refusal);
    SandboxReply reply = SandboxReply::json(answer.body);
    reply.description = answer.description;
    return reply;
}

// What Faspay tolerates and Kasir never sends (Part A §15) is accepted unless strict, but never
// silently: a program tried against the sandbox learns what real Faspay may not forgive.
void SandboxServer::warnTolerated(const Exchange &exchange, const QStringList &tolerated) const
{
    const QString billNo =
        exchange.billNo.isEmpty() ? QString() : QStringLiteral(" bill_no=") + exchange.billNo;
    for (const QString &form : tolerated)
        qCWarning(lcSandbox).noquote()
            << QStringLiteral("%1 %2%3: tolerated as Faspay does, refused in strict mode: %4")
                   .arg(exchange.method, exchange.path, billNo, form);
}

// Admin endpoints, for manual training sessions and an out-of-process chaos driver. Loopback
// only; changes need an X-Kasir-Sandbox header, which a web page cannot add to a cross-origin
// form post.
//   GET    /sandbox                         summary: merchant, channels, bills, faults
//   GET    /sandbox/bills                   bills with their state
//   GET    /sandbox/notifications           notification tries and their acknowledgements
//   GET    /sandbox/faults                  pending faults in spec syntax
//   POST   /sandbox/faults                  body: fault spec (parseFaultSpec)
//   DELETE /sandbox/faults                  clear
//   POST   /sandbox/bills/{bill_no}/approve | /decline | /expire | /status/{code}
SandboxReply SandboxServer::handleAdmin(const QHttpServerRequest &request, Exchange &exchange)
{
    const auto json = [](int status, const QJsonValue &value) -> SandboxReply {
        const QByteArray body =
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
        SandboxReply reply = SandboxReply::make(status, "application/json", body);
        reply.description = QStringLiteral("admin");
        return reply;
    };
    const auto problem = [&json](int status, const QString &message) -> SandboxReply {
        SandboxReply reply = json(status, QJsonObject{{QStringLiteral("error"), message}});
        reply.description = QStringLiteral("admin: ") + message;
        return reply;
    };
    if (!m_config.adminEndpoints)
        return problem(404, QStringLiteral("admin endpoints are off"));
    if (!exchange.peer.isLoopback())
        return problem(403, QStringLiteral("admin endpoints answer loopback only"));
    const QHttpServerRequest::Method method = request.method();
    const bool changes = method != QHttpServerRequest::Method::Get;
    if (changes && request.value(QByteArrayLiteral("x-kasir-sandbox")).isEmpty())
        return problem(403, QStringLiteral("changes need the X-Kasir-Sandbox header"));

    const auto billJson = [this](const SandboxBill &b) -> QJsonObject {
        return QJsonObject{
            {QStringLiteral("bill_no"), b.billNo},
            {QStringLiteral("trx_id"), b.trxId},
            {QStringLiteral("channel"), b.channelName},
            {QStringLiteral("payment_channel"), b.channelCode},
            {QStringLiteral("bill_total"), QString::number(b.total.rupiah())},
            {QStringLiteral("payment_status_code"), QString::number(b.paymentStatus)},
            {QStringLiteral("payment_status_desc"), sandboxStatusDescription(b.paymentStatus)},
            {QStringLiteral("payment_reff"), b.paymentReff},
            {QStringLiteral("reserve2"), b.reserve2},
            {QStringLiteral("tenor"), b.chosenTenor},
            {QStringLiteral("bill_expired"), sandboxwire::formatWib(b.expiresAt)},
            {QStringLiteral("posted"), postCount(b.billNo)},
        };
    };
    const auto faultsJson = [this]() -> QJsonObject {
        QJsonArray requestFaults;
        for (const SandboxFaultRule &rule : m_faults->requestFaults())
            requestFaults.append(describeFaultRule(rule));
        QJsonArray notificationFaults;
        for (const NotificationFaultRule &rule : m_faults->notificationFaults())
            notificationFaults.append(describeFaultRule(rule));
        return QJsonObject{{QStringLiteral("request_faults"), requestFaults},
                           {QStringLiteral("notification_faults"), notificationFaults}};
    };

    const QString path = exchange.path;
    if (method == QHttpServerRequest::Method::Get &&
        (path == u"/sandbox" || path == u"/sandbox/")) {
        QJsonArray list;
        for (const SandboxBill &b : m_ledger->bills())
            list.append(billJson(b));
        QJsonObject channelList;
        const QMap<QString, QString> all = m_ledger->channels();
        for (auto it = all.begin(); it != all.end(); ++it)
            channelList.insert(it.key(), it.value());
        return json(
            200, QJsonObject{{QStringLiteral("merchant_id"), m_config.merchantId},
                             {QStringLiteral("merchant"), m_config.merchantName},
                             {QStringLiteral("base_url"), baseUrl().toString()},
                             {QStringLiteral("channels"), channelList},
                             {QStringLiteral("bills"), list},
                             {QStringLiteral("faults"), faultsJson()},
                             {QStringLiteral("notifications"), m_lender->notifications().size()}});
    }
    if (path == u"/sandbox/bills" && method == QHttpServerRequest::Method::Get) {
        QJsonArray list;
        for (const SandboxBill &b : m_ledger->bills())
            list.append(billJson(b));
        return json(200, list);
    }
    if (path == u"/sandbox/notifications" && method == QHttpServerRequest::Method::Get) {
        QJsonArray list;
        for (const NotificationDelivery &d : m_lender->notifications())
            list.append(QJsonObject{{QStringLiteral("kind"), notificationKindKey(d.kind)},
                                    {QStringLiteral("bill_no"), d.billNo},
                                    {QStringLiteral("payment_status_code"), d.statusCode},
                                    {QStringLiteral("attempt"), d.attempt},
                                    {QStringLiteral("http_status"), d.httpStatus},
                                    {QStringLiteral("acknowledged"), d.acknowledged},
                                    {QStringLiteral("problem"), d.problem}});
        return json(200, list);
    }
    if (path == u"/sandbox/faults") {
        if (method == QHttpServerRequest::Method::Get)
            return json(200, faultsJson());
        if (method == QHttpServerRequest::Method::Delete) {
            m_faults->clear();
            return json(200, faultsJson());
        }
        if (method == QHttpServerRequest::Method::Post) {
            QString error;
            if (!m_faults->addSpec(QString::fromUtf8(request.body()), &error))
                return problem(400, error);
            return json(200, faultsJson());
        }
        return problem(405, QStringLiteral("use GET, POST or DELETE"));
    }
    static const QRegularExpression billAction(QStringLiteral(
        "^/sandbox/bills/([A-Za-z0-9]{1,32})/(approve|decline|expire|status/([0-9]))$"));
    const QRegularExpressionMatch m = billAction.match(path);
    if (m.hasMatch() && method == QHttpServerRequest::Method::Post) {
        const QString billNo = m.captured(1);
        exchange.billNo = billNo;
        if (!m_ledger->bill(billNo))
            return problem(404, QStringLiteral("no bill ") + billNo);
        const QString action = m.captured(2);
        bool ok = false;
        if (action == u"approve")
            ok = m_ledger->approve(billNo);
        else if (action == u"decline")
            ok = m_ledger->decline(billNo);
        else if (action == u"expire")
            ok = m_ledger->expire(billNo);
        else
            ok = m_ledger->setPaymentStatus(billNo, m.captured(3).toInt());
        if (!ok)
            return problem(409, QStringLiteral("bill %1 cannot take \"%2\" (status %3)")
                                    .arg(billNo, action)
                                    .arg(m_ledger->bill(billNo)->paymentStatus));
        return json(200, billJson(*m_ledger->bill(billNo)));
    }
    return problem(404, QStringLiteral("no admin endpoint ") + path);
}

} // namespace kasir
