#include "core/sandbox/trainingsandbox.h"

#include "core/common/clock.h"
#include "core/net/boundedtcpserver.h"
#include "core/net/rawhttpresponse.h"
#include "core/sandbox/lenderpages.h"
#include "core/sandbox/notificationsender.h"
#include "core/sandbox/sandboxrequestchecker.h"
#include "core/sandbox/sandboxwire.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcSandbox, "kasir.sandbox")

namespace kasir {

namespace {

constexpr int MaxRecords = 10000; // requests and notifications kept for introspection

const QString KredivoCode = QStringLiteral("709");

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

// application/x-www-form-urlencoded, '+' as space.
QMap<QString, QString> parseForm(const QByteArray &body)
{
    QMap<QString, QString> form;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        form.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return form;
}

// Digits of a phone number in the national form ("+62 812-3456" -> "0812...").
QString nationalPhone(const QString &text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    if (digits.startsWith(u"62"))
        digits = QLatin1Char('0') + digits.mid(2);
    else if (digits.startsWith(u'8'))
        digits.prepend(QLatin1Char('0'));
    return digits;
}

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
}

QByteArray percent(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}

} // namespace

namespace sandboxdetail {

struct Bill
{
    enum class Stage { SignIn, Otp, Confirm };

    SandboxBill data;
    Stage stage = Stage::SignIn;
    QString token; // of the step form now shown
    QString phone; // signed in with
};

struct Exchange
{
    QDateTime at;
    QHostAddress peer;
    QString method;
    QString path;
    SandboxOperation operation = SandboxOperation::Other;
    QString billNo;
};

struct Reply
{
    RawHttpResponse response;
    QString responseCode; // Faspay response_code, when the answer has one
    QString description;
};

} // namespace sandboxdetail

using sandboxdetail::Reply;

class TrainingSandbox::HttpServer final : public QAbstractHttpServer
{
public:
    explicit HttpServer(TrainingSandbox *sandbox)
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
    TrainingSandbox *m_sandbox;
};

namespace {

Reply makeReply(int status, const QByteArray &contentType, const QByteArray &body)
{
    Reply reply;
    reply.response.status = status;
    reply.response.contentType = contentType;
    reply.response.body = body;
    return reply;
}

// The answer with its redirect_url spoilt as `flaw` says (a tampered or buggy gateway answer);
// an answer without a redirect_url is left as it is.
Reply withBadRedirect(const Reply &reply, SandboxFault::RedirectFlaw flaw,
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
    }
    object.insert(QStringLiteral("redirect_url"), spoilt);
    Reply changed = reply;
    changed.response.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    changed.description = reply.description + QStringLiteral(" (bad redirect_url: fault)");
    return changed;
}

} // namespace

// ---------------------------------------------------------------------------------------------

TrainingSandbox::TrainingSandbox(SandboxConfig config, const Clock *clock,
                                 QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_sender(new NotificationSender(network, clock, this))
{
    // Different runs hand out different trx_ids and references.
    m_trxSequence = qint64(QRandomGenerator::global()->bounded(1'000'000)) * 10'000;
    m_reffSequence = qint64(QRandomGenerator::global()->bounded(1'000'000)) * 1'000;
    connect(m_sender, &NotificationSender::delivered, this,
            [this](const NotificationDelivery &delivery) {
                m_notifications.append(delivery);
                if (m_notifications.size() > MaxRecords)
                    m_notifications.removeFirst();
                qCInfo(lcSandbox).noquote()
                    << QStringLiteral("notification %1 bill_no=%2 status=%3 try %4 -> %5")
                           .arg(notificationKindKey(delivery.kind), delivery.billNo,
                                delivery.statusCode)
                           .arg(delivery.attempt)
                           .arg(delivery.acknowledged ? QStringLiteral("acknowledged")
                                                      : delivery.problem);
                Q_EMIT notificationDelivered(delivery);
            });
}

TrainingSandbox::~TrainingSandbox()
{
    stop();
}

bool TrainingSandbox::start()
{
    if (m_server)
        return true;
    static const QRegularExpression fiveDigits(QStringLiteral("^[0-9]{5}$"));
    static const QRegularExpression threeDigits(QStringLiteral("^[0-9]{3}$"));
    if (!fiveDigits.match(m_config.merchantId).hasMatch()) {
        m_error = QStringLiteral("merchant id must be 5 digits");
        return false;
    }
    if (m_config.password.isEmpty()) {
        m_error = QStringLiteral("the training password is empty");
        return false;
    }
    if (!threeDigits.match(m_config.briCeriaCode).hasMatch() ||
        QStringList{QStringLiteral("709"), QStringLiteral("807"), QStringLiteral("820")}.contains(
            m_config.briCeriaCode)) {
        m_error = QStringLiteral("BRI Ceria code must be 3 digits, other than 709, 807, 820");
        return false;
    }

    auto *server = new HttpServer(this);
    HttpLimits limits;
    limits.maxBodyBytes = m_config.maxBodyBytes;
    auto *tcp = new BoundedTcpServer(limits, server);
    if (!tcp->listen(m_config.address, m_config.port)) {
        m_error = tcp->errorString();
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
    m_error.clear();
    m_sender->setTarget(m_config.notificationUrl, m_config.merchantId);
    m_sender->setTiming(m_config.notificationRetryMs, m_config.notificationTimeoutMs);
    qCInfo(lcSandbox).noquote() << QStringLiteral("training sandbox listening on %1 (merchant %2)")
                                       .arg(baseUrl().toString(), m_config.merchantId);
    return true;
}

void TrainingSandbox::stop()
{
    if (!m_server)
        return;
    m_sender->clear();
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

bool TrainingSandbox::isListening() const
{
    return m_server && m_tcp && m_tcp->isListening();
}

QString TrainingSandbox::errorString() const
{
    return m_error;
}

quint16 TrainingSandbox::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void TrainingSandbox::setNotificationUrl(const QUrl &url)
{
    m_config.notificationUrl = url;
    m_sender->setTarget(m_config.notificationUrl, m_config.merchantId);
}

QUrl TrainingSandbox::baseUrl() const
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

QString TrainingSandbox::summary() const
{
    const faspay::Credentials credentials = m_config.credentials();
    QStringList channelList;
    QStringList logins;
    const QMap<QString, QString> all = channels();
    for (auto it = all.begin(); it != all.end(); ++it) {
        channelList.append(it.key() + QLatin1Char(' ') + it.value());
        const LenderLogin login = lenderLogin(it.key());
        logins.append(QStringLiteral("%1 %2 / PIN %3 / OTP %4")
                          .arg(it.value(), login.phone, login.pin, login.otp));
    }
    QUrl returnUrl = m_config.returnUrl;
    if (returnUrl.isEmpty()) {
        returnUrl = baseUrl();
        returnUrl.setPath(QStringLiteral("/kasir/return"));
    }
    const QString notifications =
        m_config.notificationUrl.isEmpty()
            ? QStringLiteral("none")
            : m_config.notificationUrl.toString() +
                  (m_config.notificationFormat == SandboxConfig::NotificationFormat::Json
                       ? QStringLiteral(" (JSON)")
                       : QStringLiteral(" (XML)"));
    QStringList lines;
    lines << QStringLiteral("Kasir training sandbox (LATIHAN / TRAINING) at ") +
                 baseUrl().toString();
    lines << QStringLiteral("  merchant_id %1 (%2), user_id %3, password %4")
                 .arg(credentials.merchantId, credentials.merchantName,
                      credentials.effectiveUserId(), credentials.password);
    lines << QStringLiteral("  channels: ") + channelList.join(QStringLiteral(", "));
    lines << QStringLiteral("  lender sign-in: ") + logins.join(QStringLiteral("; "));
    lines << QStringLiteral("  notifications: ") + notifications;
    lines << QStringLiteral("  return URL: ") + returnUrl.toString();
    if (m_config.adminEndpoints)
        lines << QStringLiteral("  admin (loopback): ") + baseUrl().toString() +
                     QStringLiteral("/sandbox");
    return lines.join(QLatin1Char('\n'));
}

QMap<QString, QString> TrainingSandbox::channels() const
{
    return {{QStringLiteral("709"), QStringLiteral("Kredivo")},
            {QStringLiteral("807"), QStringLiteral("Akulaku")},
            {QStringLiteral("820"), QStringLiteral("Indodana")},
            {m_config.briCeriaCode, QStringLiteral("BRI Ceria")}};
}

TrainingSandbox::LenderLogin TrainingSandbox::lenderLogin(const QString &channelCode) const
{
    const LenderPages::TrainingLogin login =
        LenderPages::trainingLogin(channels().value(channelCode));
    return {login.phone, login.pin, login.otp};
}

// --- faults -----------------------------------------------------------------------------------

void TrainingSandbox::addFault(const SandboxFaultRule &rule)
{
    m_faults.append(rule);
}

void TrainingSandbox::failNext(const SandboxFault &fault, SandboxOperation operation)
{
    addFault(SandboxFaultRule{fault, operation, QString(), 1});
}

void TrainingSandbox::failBill(const QString &billNo, const SandboxFault &fault,
                               SandboxOperation operation, int times)
{
    addFault(SandboxFaultRule{fault, operation, billNo, times});
}

void TrainingSandbox::addNotificationFault(const NotificationFaultRule &rule)
{
    m_notificationFaults.append(rule);
}

bool TrainingSandbox::addFaultSpec(QStringView spec, QString *error)
{
    const std::optional<SandboxFaultSpec> parsed = parseFaultSpec(spec, error);
    if (!parsed)
        return false;
    for (const SandboxFaultRule &rule : parsed->requestFaults)
        addFault(rule);
    for (const NotificationFaultRule &rule : parsed->notificationFaults)
        addNotificationFault(rule);
    return true;
}

void TrainingSandbox::clearFaults()
{
    m_faults.clear();
    m_notificationFaults.clear();
}

void TrainingSandbox::releaseHungConnections()
{
    const QList<QPointer<QTcpSocket>> hung = std::exchange(m_hung, {});
    for (const QPointer<QTcpSocket> &socket : hung) {
        if (socket)
            socket->abort();
    }
}

std::optional<SandboxFault> TrainingSandbox::takeFault(SandboxOperation operation,
                                                       const QString &billNo)
{
    if (operation == SandboxOperation::Other)
        return std::nullopt;
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        SandboxFaultRule &rule = m_faults[i];
        if (rule.operation != SandboxOperation::Any && rule.operation != operation)
            continue;
        if (!rule.billNo.isEmpty() && rule.billNo != billNo)
            continue;
        const SandboxFault fault = rule.fault;
        if (rule.times > 0 && --rule.times == 0)
            m_faults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

std::optional<NotificationFault> TrainingSandbox::takeNotificationFault(const QString &billNo)
{
    for (qsizetype i = 0; i < m_notificationFaults.size(); ++i) {
        NotificationFaultRule &rule = m_notificationFaults[i];
        if (!rule.billNo.isEmpty() && rule.billNo != billNo)
            continue;
        const NotificationFault fault = rule.fault;
        if (rule.times > 0 && --rule.times == 0)
            m_notificationFaults.removeAt(i);
        return fault;
    }
    return std::nullopt;
}

// --- introspection and shortcuts --------------------------------------------------------------

int TrainingSandbox::postCount(const QString &billNo) const
{
    return m_postCounts.value(billNo);
}

TrainingSandbox::Bill *TrainingSandbox::findBill(const QString &billNo)
{
    const auto it = m_bills.find(billNo);
    return it == m_bills.end() ? nullptr : it->get();
}

const TrainingSandbox::Bill *TrainingSandbox::findBill(const QString &billNo) const
{
    const auto it = m_bills.find(billNo);
    return it == m_bills.end() ? nullptr : it->get();
}

SandboxBill TrainingSandbox::snapshot(const Bill &bill) const
{
    SandboxBill data = bill.data;
    if ((data.paymentStatus == SandboxStatus::Unprocessed ||
         data.paymentStatus == SandboxStatus::InProcess) &&
        m_clock->now() >= data.expiresAt)
        data.paymentStatus = SandboxStatus::Expired;
    return data;
}

std::optional<SandboxBill> TrainingSandbox::bill(const QString &billNo) const
{
    const Bill *found = findBill(billNo);
    if (!found)
        return std::nullopt;
    return snapshot(*found);
}

QList<SandboxBill> TrainingSandbox::bills() const
{
    QList<SandboxBill> all;
    for (const std::shared_ptr<Bill> &bill : m_bills)
        all.append(snapshot(*bill));
    return all;
}

void TrainingSandbox::setStatus(Bill &bill, int paymentStatus)
{
    if (bill.data.paymentStatus == paymentStatus)
        return;
    bill.data.paymentStatus = paymentStatus;
    qCInfo(lcSandbox).noquote() << QStringLiteral("bill_no=%1 payment_status_code=%2 (%3)")
                                       .arg(bill.data.billNo)
                                       .arg(paymentStatus)
                                       .arg(sandboxStatusDescription(paymentStatus));
    Q_EMIT billChanged(bill.data.billNo, paymentStatus);
}

void TrainingSandbox::refreshExpiry(Bill &bill)
{
    if ((bill.data.paymentStatus == SandboxStatus::Unprocessed ||
         bill.data.paymentStatus == SandboxStatus::InProcess) &&
        m_clock->now() >= bill.data.expiresAt)
        setStatus(bill, SandboxStatus::Expired);
}

bool TrainingSandbox::approve(const QString &billNo)
{
    Bill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (bill->data.paymentStatus != SandboxStatus::Unprocessed &&
        bill->data.paymentStatus != SandboxStatus::InProcess)
        return false;
    settle(*bill, true);
    return true;
}

bool TrainingSandbox::decline(const QString &billNo)
{
    Bill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (bill->data.paymentStatus != SandboxStatus::Unprocessed &&
        bill->data.paymentStatus != SandboxStatus::InProcess)
        return false;
    settle(*bill, false);
    return true;
}

bool TrainingSandbox::expire(const QString &billNo)
{
    Bill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (bill->data.paymentStatus != SandboxStatus::Unprocessed &&
        bill->data.paymentStatus != SandboxStatus::InProcess)
        return bill->data.paymentStatus == SandboxStatus::Expired;
    setStatus(*bill, SandboxStatus::Expired);
    return true;
}

bool TrainingSandbox::setPaymentStatus(const QString &billNo, int paymentStatus)
{
    Bill *bill = findBill(billNo);
    if (!bill || paymentStatus < 0 || paymentStatus > 9 || paymentStatus == 6)
        return false;
    if (paymentStatus == SandboxStatus::Paid && bill->data.paymentReff.isEmpty()) {
        bill->data.paymentReff = nextPaymentReff(bill->data.channelCode);
        bill->data.paymentDate = m_clock->now();
    }
    setStatus(*bill, paymentStatus);
    return true;
}

QString TrainingSandbox::nextTrxId()
{
    // 16 digits, the merchant id first, like the sandbox ids in Part B U7.
    ++m_trxSequence;
    return m_config.merchantId + QString::number(m_trxSequence).rightJustified(11, u'0');
}

QString TrainingSandbox::nextPaymentReff(const QString &channelCode)
{
    ++m_reffSequence;
    return QStringLiteral("LAT") + channelCode +
           QString::number(m_reffSequence).rightJustified(10, u'0');
}

// --- settling and notifying -------------------------------------------------------------------

void TrainingSandbox::settle(Bill &bill, bool approved)
{
    bill.data.paymentDate = m_clock->now();
    if (approved) {
        bill.data.paymentReff = nextPaymentReff(bill.data.channelCode);
        if (bill.data.chosenTenor.isEmpty())
            bill.data.chosenTenor = bill.data.reserve2;
    }
    bill.token.clear();
    setStatus(bill, approved ? SandboxStatus::Paid : SandboxStatus::Failed);
    notifyPayment(bill);
}

void TrainingSandbox::notifyPayment(const Bill &bill)
{
    if (m_config.notificationUrl.isEmpty())
        return;
    const SandboxBill &b = bill.data;
    const faspay::Credentials credentials = m_config.credentials();

    const auto body = [&](const QString &status, const QString &signature) -> QByteArray {
        const bool statusPaid = status == QString::number(SandboxStatus::Paid);
        const sandboxwire::Fields fields = {
            {QStringLiteral("request"), QStringLiteral("Payment Notification")},
            {QStringLiteral("trx_id"), b.trxId},
            {QStringLiteral("merchant_id"), m_config.merchantId},
            {QStringLiteral("merchant"), m_config.merchantName},
            {QStringLiteral("bill_no"), b.billNo},
            {QStringLiteral("payment_reff"), statusPaid ? b.paymentReff : QString()},
            {QStringLiteral("payment_date"), sandboxwire::formatWib(b.paymentDate)},
            {QStringLiteral("payment_status_code"), status},
            {QStringLiteral("payment_status_desc"), sandboxStatusDescription(status.toInt())},
            {QStringLiteral("bill_total"),
             sandboxwire::answerAmount(b.total, m_config.answerAmountsTimes100)},
            {QStringLiteral("payment_total"),
             statusPaid ? sandboxwire::answerAmount(b.total, m_config.answerAmountsTimes100)
                        : QStringLiteral("0")},
            {QStringLiteral("payment_channel_uid"), b.channelCode},
            {QStringLiteral("payment_channel"), b.channelName},
            {QStringLiteral("signature"), signature},
        };
        return m_config.notificationFormat == SandboxConfig::NotificationFormat::Json
                   ? sandboxwire::fieldsToJson(fields)
                   : sandboxwire::fieldsToXml(fields);
    };

    const QString status = QString::number(b.paymentStatus);
    NotificationSender::Outgoing genuine;
    genuine.kind = NotificationDelivery::Kind::Genuine;
    genuine.billNo = b.billNo;
    genuine.trxId = b.trxId;
    genuine.statusCode = status;
    genuine.format = m_config.notificationFormat;
    genuine.body = body(status, faspay::statusSignature(credentials, b.billNo, status));
    genuine.maxTries = std::max(1, m_config.notificationMaxTries);

    const std::optional<NotificationFault> fault = takeNotificationFault(b.billNo);
    if (fault && fault->kind == NotificationFault::Kind::Drop) {
        qCInfo(lcSandbox).noquote()
            << QStringLiteral("notification for bill_no=%1 dropped (fault)").arg(b.billNo);
        return;
    }
    if (fault && fault->kind == NotificationFault::Kind::Forged) {
        NotificationSender::Outgoing forged = genuine;
        forged.kind = NotificationDelivery::Kind::Forged;
        forged.maxTries = 1;
        // Signed with a password the merchant does not have.
        faspay::Credentials wrong = credentials;
        wrong.password += QStringLiteral("-forged");
        forged.body = body(status, faspay::statusSignature(wrong, b.billNo, status));
        m_sender->enqueue(forged);
    }
    m_sender->enqueue(genuine);
    if (fault && fault->kind == NotificationFault::Kind::Duplicate) {
        NotificationSender::Outgoing copy = genuine;
        copy.kind = NotificationDelivery::Kind::Duplicate;
        copy.maxTries = 1;
        for (int i = 1; i < fault->copies; ++i)
            m_sender->enqueue(copy);
    }
    if (fault && fault->kind == NotificationFault::Kind::OutOfOrder) {
        const QString inProcess = QString::number(SandboxStatus::InProcess);
        NotificationSender::Outgoing late = genuine;
        late.kind = NotificationDelivery::Kind::OutOfOrder;
        late.statusCode = inProcess;
        late.maxTries = 1;
        late.body = body(inProcess, faspay::statusSignature(credentials, b.billNo, inProcess));
        m_sender->enqueue(late);
    }
}

QUrl TrainingSandbox::returnUrlFor(const Bill &bill) const
{
    const SandboxBill &b = bill.data;
    QUrl url = m_config.returnUrl;
    if (url.isEmpty()) {
        url = baseUrl();
        url.setPath(QStringLiteral("/kasir/return"));
    }
    const QString status = QString::number(b.paymentStatus);
    const bool paid = b.paymentStatus == SandboxStatus::Paid;
    // Encoded by hand: QUrlQuery would leave '+' as it is, which a receiver reads as a space.
    const std::pair<const char *, QString> parameters[] = {
        {"trx_id", b.trxId},
        {"merchant_id", m_config.merchantId},
        {"merchant", m_config.merchantName},
        {"bill_no", b.billNo},
        {"bill_ref", b.billReff},
        {"bill_total", sandboxwire::answerAmount(b.total, m_config.answerAmountsTimes100)},
        {"payment_reff", paid ? b.paymentReff : QString()},
        {"payment_date",
         b.paymentDate.isValid() ? sandboxwire::formatWib(b.paymentDate) : QString()},
        {"bank_user_name", b.customerName},
        {"status", status},
        {"signature", faspay::statusSignature(m_config.credentials(), b.billNo, status)},
    };
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[name, value] : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += QByteArray(name) + '=' + percent(value);
    }
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

// --- HTTP -------------------------------------------------------------------------------------

void TrainingSandbox::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
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

    const std::optional<SandboxFault> fault = takeFault(exchange.operation, exchange.billNo);
    Reply reply;
    if (!fault || fault->processRequest) {
        reply = route(request, exchange);
    } else {
        reply.description = QStringLiteral("received, not processed (fault)");
    }

    if (fault) {
        switch (fault->kind) {
        case SandboxFault::Kind::HttpError:
            reply = makeReply(fault->httpStatus, "text/plain; charset=utf-8",
                              QByteArray::number(fault->httpStatus) + ' ' +
                                  RawHttpResponse::reasonPhrase(fault->httpStatus) + '\n');
            reply.description = QStringLiteral("HTTP error (fault)");
            break;
        case SandboxFault::Kind::HtmlPage:
            reply = makeReply(200, "text/html; charset=utf-8", LenderPages::maintenance());
            reply.description = QStringLiteral("HTML page (fault)");
            break;
        case SandboxFault::Kind::MalformedJson: {
            QByteArray body = reply.response.body;
            if (body.isEmpty())
                body =
                    sandboxwire::responseErrorJson(QStringLiteral("00"), QStringLiteral("Sukses"));
            reply = makeReply(200, "application/json", body.left(body.size() / 2));
            reply.description = QStringLiteral("malformed JSON (fault)");
            break;
        }
        case SandboxFault::Kind::ResponseCode: {
            const QString desc = SandboxRequestChecker::codeMeaning(fault->responseCode) +
                                 QStringLiteral(" (sandbox fault)");
            reply = makeReply(200, "application/json",
                              sandboxwire::responseErrorJson(fault->responseCode, desc));
            reply.responseCode = fault->responseCode;
            reply.description = desc;
            break;
        }
        case SandboxFault::Kind::BadRedirect:
            reply = withBadRedirect(reply, fault->redirectFlaw, m_config.merchantId);
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

void TrainingSandbox::deliver(QTcpSocket *socket, qint64 sequence, const Reply &reply,
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

void TrainingSandbox::record(Exchange &exchange, const Reply &reply,
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

namespace {

Reply jsonReply(const QJsonObject &object, int status = 200)
{
    Reply reply =
        makeReply(status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
    reply.responseCode = object.value(QLatin1String("response_code")).toString();
    reply.description = object.value(QLatin1String("response_desc")).toString();
    return reply;
}

Reply violationReply(const SandboxViolation &violation, int status = 200)
{
    Reply reply =
        makeReply(status, "application/json",
                  sandboxwire::responseErrorJson(violation.responseCode, violation.description));
    reply.responseCode = violation.responseCode;
    reply.description = violation.description;
    return reply;
}

Reply htmlReply(int status, const QByteArray &html)
{
    Reply reply = makeReply(status, "text/html; charset=utf-8", html);
    reply.response.headers = {
        {"Cache-Control", "no-store"},
        {"Referrer-Policy", "no-referrer"},
        {"X-Content-Type-Options", "nosniff"},
        {"Content-Security-Policy",
         "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
         "frame-ancestors 'self'"},
    };
    return reply;
}

Reply redirectReply(int status, const QByteArray &location, const QString &what)
{
    Reply reply = makeReply(status, QByteArray(), QByteArray());
    reply.response.headers = {{"Location", location}, {"Cache-Control", "no-store"}};
    reply.description = what;
    return reply;
}

} // namespace

TrainingSandbox::Reply TrainingSandbox::route(const QHttpServerRequest &request, Exchange &exchange)
{
    switch (exchange.operation) {
    case SandboxOperation::ChannelInquiry:
    case SandboxOperation::PostData:
    case SandboxOperation::InquiryStatus:
    case SandboxOperation::Cancel: {
        if (request.method() != QHttpServerRequest::Method::Post) {
            Reply reply = violationReply(
                SandboxViolation{QStringLiteral("40"), QStringLiteral("method"),
                                 QStringLiteral("Requested function not supported: method ") +
                                     exchange.method + QStringLiteral(" (use POST)")},
                405);
            reply.response.headers.append(std::pair<QByteArray, QByteArray>("Allow", "POST"));
            return reply;
        }
        QJsonObject body;
        if (const std::optional<SandboxViolation> violation = SandboxRequestChecker::readJsonBody(
                request.value(QByteArrayLiteral("content-type")), request.body(), &body))
            return violationReply(*violation);
        switch (exchange.operation) {
        case SandboxOperation::ChannelInquiry:
            return handleChannelInquiry(body, exchange);
        case SandboxOperation::PostData:
            return handlePostData(body, exchange);
        case SandboxOperation::InquiryStatus:
            return handleStatusInquiry(body, exchange);
        default:
            return handleCancel(body, exchange);
        }
    }
    case SandboxOperation::LenderPage:
        return handleLenderPage(request, exchange);
    case SandboxOperation::Any:
    case SandboxOperation::Other:
        break;
    }
    if (exchange.path == u"/kasir/return")
        return handleKasirReturn(request);
    if (exchange.path == u"/sandbox" || exchange.path.startsWith(u"/sandbox/"))
        return handleAdmin(request, exchange);
    if (exchange.path.startsWith(u"/cvr/"))
        return violationReply(SandboxViolation{QStringLiteral("40"), QStringLiteral("path"),
                                               QStringLiteral("Requested function not "
                                                              "supported: ") +
                                                   exchange.path},
                              404);
    if (exchange.path == u"/" && request.method() == QHttpServerRequest::Method::Get) {
        Reply reply = makeReply(
            200, "text/plain; charset=utf-8",
            QStringLiteral("Kasir training sandbox: a fake of Faspay's Debit API (LATIHAN / "
                           "TRAINING).\nMerchant %1 (%2). POST /cvr/100001/10, /cvr/300011/10, "
                           "/cvr/100004/10, /cvr/100005/10.\n")
                .arg(m_config.merchantId, m_config.merchantName)
                .toUtf8());
        reply.description = QStringLiteral("index");
        return reply;
    }
    Reply reply = makeReply(404, "text/plain; charset=utf-8", "Not Found\n");
    reply.description = QStringLiteral("not found");
    return reply;
}

TrainingSandbox::Reply TrainingSandbox::handleChannelInquiry(const QJsonObject &body,
                                                             Exchange &exchange)
{
    Q_UNUSED(exchange)
    const SandboxRequestChecker checker(
        {m_config.credentials(), channels(), m_clock->now(), m_config.billDateToleranceSecs});
    if (const std::optional<SandboxViolation> violation = checker.checkChannelInquiry(body))
        return violationReply(*violation);
    QJsonArray list;
    const QMap<QString, QString> all = channels();
    for (auto it = all.begin(); it != all.end(); ++it)
        list.append(QJsonObject{{QStringLiteral("pg_code"), it.key()},
                                {QStringLiteral("pg_name"), it.value()}});
    return jsonReply(QJsonObject{
        {QStringLiteral("response"), QStringLiteral("Daftar Payment Channel")},
        {QStringLiteral("merchant_id"), m_config.merchantId},
        {QStringLiteral("merchant"), m_config.merchantName},
        {QStringLiteral("payment_channel"), list},
        {QStringLiteral("response_code"), QStringLiteral("00")},
        {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
    });
}

TrainingSandbox::Reply TrainingSandbox::handlePostData(const QJsonObject &body, Exchange &exchange)
{
    const SandboxRequestChecker checker(
        {m_config.credentials(), channels(), m_clock->now(), m_config.billDateToleranceSecs});
    const std::variant<CheckedPostData, SandboxViolation> result = checker.checkPostData(body);
    if (const auto *violation = std::get_if<SandboxViolation>(&result))
        return violationReply(*violation);
    const CheckedPostData &checked = std::get<CheckedPostData>(result);
    exchange.billNo = checked.billNo;
    if (const Bill *existing = findBill(checked.billNo))
        return violationReply(SandboxViolation{
            QStringLiteral("14"), QStringLiteral("bill_no"),
            QStringLiteral("Invalid order: bill_no \"") + checked.billNo +
                QStringLiteral("\" was already posted for this merchant (trx_id ") +
                existing->data.trxId + QStringLiteral("); a new attempt needs a new bill_no")});

    auto bill = std::make_shared<Bill>();
    SandboxBill &b = bill->data;
    b.billNo = checked.billNo;
    b.billReff = checked.billReff;
    b.trxId = nextTrxId();
    b.channelCode = checked.channelCode;
    b.channelName = channels().value(checked.channelCode);
    b.customerName = checked.customerName;
    b.msisdn = checked.msisdn;
    b.reserve2 = checked.reserve2;
    b.total = checked.total;
    b.billDate = checked.billDate;
    b.expiresAt = checked.billExpired;
    b.createdAt = m_clock->now();
    b.request = body;
    bill->token = randomToken();
    m_bills.insert(b.billNo, bill);

    const QString signature = faspay::billSignature(m_config.credentials(), b.billNo);
    QUrl redirect = baseUrl();
    redirect.setPath(QStringLiteral("/pws/100003/") + pathCode() + QLatin1Char('/') + signature);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("trx_id"), b.trxId);
    query.addQueryItem(QStringLiteral("merchant_id"), m_config.merchantId);
    query.addQueryItem(QStringLiteral("bill_no"), b.billNo);
    redirect.setQuery(query);

    qCInfo(lcSandbox).noquote() << QStringLiteral("bill_no=%1 created: trx_id=%2 %3 %4")
                                       .arg(b.billNo, b.trxId, b.channelName,
                                            b.total.format(
                                                QLocale(QLocale::Indonesian, QLocale::Indonesia)));
    Q_EMIT billChanged(b.billNo, b.paymentStatus);

    return jsonReply(QJsonObject{
        {QStringLiteral("response"), QStringLiteral("Transmisi Info Detil Pembelian")},
        {QStringLiteral("trx_id"), b.trxId},
        {QStringLiteral("merchant_id"), m_config.merchantId},
        {QStringLiteral("merchant"), m_config.merchantName},
        {QStringLiteral("bill_no"), b.billNo},
        {QStringLiteral("bill_items"), checked.items},
        {QStringLiteral("response_code"), QStringLiteral("00")},
        {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
        {QStringLiteral("redirect_url"), redirect.toString(QUrl::FullyEncoded)},
    });
}

TrainingSandbox::Reply TrainingSandbox::handleStatusInquiry(const QJsonObject &body,
                                                            Exchange &exchange)
{
    Q_UNUSED(exchange)
    const SandboxRequestChecker checker(
        {m_config.credentials(), channels(), m_clock->now(), m_config.billDateToleranceSecs});
    if (const std::optional<SandboxViolation> violation = checker.checkStatusInquiry(body))
        return violationReply(*violation);
    const QString billNo = body.value(QLatin1String("bill_no")).toString();
    const QString trxId = body.value(QLatin1String("trx_id")).toString();
    Bill *bill = findBill(billNo);
    if (bill && bill->data.trxId != trxId)
        bill = nullptr; // the pair names no bill
    if (bill)
        refreshExpiry(*bill);
    const int status = bill ? bill->data.paymentStatus : SandboxStatus::NoBill;
    const bool hasPayment = status == SandboxStatus::Paid || status == SandboxStatus::Reversed;
    Reply reply = jsonReply(QJsonObject{
        {QStringLiteral("response"), QStringLiteral("Pengecekan Status Pembayaran")},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), m_config.merchantId},
        {QStringLiteral("merchant"), m_config.merchantName},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("payment_reff"), bill && hasPayment ? bill->data.paymentReff : QString()},
        {QStringLiteral("payment_date"), bill && hasPayment && bill->data.paymentDate.isValid()
                                             ? sandboxwire::formatWib(bill->data.paymentDate)
                                             : QString()},
        {QStringLiteral("payment_status_code"), QString::number(status)},
        {QStringLiteral("payment_status_desc"), sandboxStatusDescription(status)},
        {QStringLiteral("payment_total"),
         bill && hasPayment
             ? sandboxwire::answerAmount(bill->data.total, m_config.answerAmountsTimes100)
             : QString()},
        {QStringLiteral("response_code"), QStringLiteral("00")},
        {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
    });
    reply.description += QStringLiteral(", payment_status_code ") + QString::number(status);
    return reply;
}

TrainingSandbox::Reply TrainingSandbox::handleCancel(const QJsonObject &body, Exchange &exchange)
{
    Q_UNUSED(exchange)
    const SandboxRequestChecker checker(
        {m_config.credentials(), channels(), m_clock->now(), m_config.billDateToleranceSecs});
    if (const std::optional<SandboxViolation> violation = checker.checkCancel(body))
        return violationReply(*violation);
    const QString billNo = body.value(QLatin1String("bill_no")).toString();
    const QString trxId = body.value(QLatin1String("trx_id")).toString();
    const QString reason = body.value(QLatin1String("payment_cancel")).toString();
    Bill *bill = findBill(billNo);
    if (bill && bill->data.trxId != trxId)
        bill = nullptr;
    if (bill)
        refreshExpiry(*bill);

    // trx_status_code is undocumented (Part B U9); the sandbox's list: 2 cancelled, 3 expired,
    // 4 already paid, 5 reversed, 6 failed, 7 not found.
    QString responseCode = QStringLiteral("00");
    QString responseDesc = QStringLiteral("Sukses");
    QString trxStatus;
    QString trxDesc;
    const int before = bill ? bill->data.paymentStatus : SandboxStatus::NoBill;
    switch (before) {
    case SandboxStatus::Unprocessed:
    case SandboxStatus::InProcess:
        bill->data.cancelReason = reason;
        bill->data.cancelledAt = m_clock->now();
        bill->token.clear();
        setStatus(*bill, SandboxStatus::Cancelled);
        Q_FALLTHROUGH();
    case SandboxStatus::Cancelled:
        trxStatus = QStringLiteral("2");
        trxDesc = QStringLiteral("Order Cancelled");
        break;
    case SandboxStatus::Paid:
        responseCode = QStringLiteral("81");
        responseDesc = QStringLiteral("Already paid: a paid transaction cannot be cancelled");
        trxStatus = QStringLiteral("4");
        trxDesc = QStringLiteral("Order Already Paid");
        break;
    case SandboxStatus::Reversed:
        responseCode = QStringLiteral("80");
        responseDesc = QStringLiteral("Payment was reversed");
        trxStatus = QStringLiteral("5");
        trxDesc = QStringLiteral("Order Reversed");
        break;
    case SandboxStatus::Expired:
        responseCode = QStringLiteral("54");
        responseDesc = QStringLiteral("Order expired");
        trxStatus = QStringLiteral("3");
        trxDesc = QStringLiteral("Order Expired");
        break;
    case SandboxStatus::NoBill:
        responseCode = QStringLiteral("14");
        responseDesc = QStringLiteral("Invalid order: no bill with this bill_no and trx_id");
        trxStatus = QStringLiteral("7");
        trxDesc = QStringLiteral("Order Not Found");
        break;
    default:
        responseCode = QStringLiteral("14");
        responseDesc = QStringLiteral("Invalid order: the payment has failed, nothing to cancel");
        trxStatus = QStringLiteral("6");
        trxDesc = QStringLiteral("Order Failed");
        break;
    }
    const int after = bill ? bill->data.paymentStatus : SandboxStatus::NoBill;
    return jsonReply(QJsonObject{
        {QStringLiteral("response"), QStringLiteral("Pembatalan Pembayaran")},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), m_config.merchantId},
        {QStringLiteral("merchant"), m_config.merchantName},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("trx_status_code"), trxStatus},
        {QStringLiteral("trx_status_desc"), trxDesc},
        {QStringLiteral("payment_status_code"), QString::number(after)},
        {QStringLiteral("payment_status_desc"), sandboxStatusDescription(after)},
        {QStringLiteral("payment_cancel_date"), bill && bill->data.cancelledAt.isValid()
                                                    ? sandboxwire::formatWib(bill->data.cancelledAt)
                                                    : QString()},
        {QStringLiteral("payment_cancel"), reason},
        {QStringLiteral("response_code"), responseCode},
        {QStringLiteral("response_desc"), responseDesc},
    });
}

TrainingSandbox::Reply TrainingSandbox::handleLenderPage(const QHttpServerRequest &request,
                                                         Exchange &exchange)
{
    const QStringList parts = exchange.path.split(QLatin1Char('/'));
    // "", "pws", "100003", path code, signature
    if (parts.size() != 5 || parts[3] != pathCode()) {
        Reply reply = htmlReply(
            404, LenderPages::error(QStringLiteral("Tautan tidak dikenal"),
                                    QStringLiteral("Unknown link"),
                                    QStringLiteral("Periksa tautan pembayaran dari kasir."),
                                    QStringLiteral("Check the payment link from the cashier.")));
        reply.description = QStringLiteral("unknown lender path");
        return reply;
    }
    const QUrlQuery query(request.url());
    const QString trxId = query.queryItemValue(QStringLiteral("trx_id"), QUrl::FullyDecoded);
    const QString merchantId =
        query.queryItemValue(QStringLiteral("merchant_id"), QUrl::FullyDecoded);
    const QString billNo = exchange.billNo;
    Bill *bill = findBill(billNo);
    if (!bill || bill->data.trxId != trxId || merchantId != m_config.merchantId) {
        Reply reply = htmlReply(
            404, LenderPages::error(QStringLiteral("Tagihan tidak ditemukan"),
                                    QStringLiteral("Bill not found"),
                                    QStringLiteral("Tidak ada tagihan dengan trx_id, merchant_id "
                                                   "dan bill_no ini."),
                                    QStringLiteral("No bill has this trx_id, merchant_id and "
                                                   "bill_no.")));
        reply.description = QStringLiteral("bill not found");
        return reply;
    }
    const QString signature = parts[4];
    static const QRegularExpression lowerHex40(QStringLiteral("^[0-9a-f]{40}$"));
    if (!lowerHex40.match(signature).hasMatch() ||
        !faspay::signaturesEqual(signature,
                                 faspay::billSignature(m_config.credentials(), billNo))) {
        Reply reply = htmlReply(
            403, LenderPages::error(QStringLiteral("Tautan pembayaran tidak sah"),
                                    QStringLiteral("The payment link is not valid"),
                                    QStringLiteral("Tanda tangan (signature) tautan ini salah. "
                                                   "Gunakan redirect_url dari gateway apa adanya."),
                                    QStringLiteral("The link's signature is wrong. Use the "
                                                   "gateway's redirect_url unchanged.")));
        reply.description = QStringLiteral("wrong redirect signature");
        return reply;
    }

    // Everything below works on the bill.
    refreshExpiry(*bill);
    LenderPages::Bill view;
    view.channelCode = bill->data.channelCode;
    view.channelName = bill->data.channelName;
    view.merchantName = m_config.merchantName;
    view.billNo = bill->data.billNo;
    view.total = bill->data.total;
    view.msisdn = bill->data.msisdn;
    view.tenor = bill->data.chosenTenor.isEmpty() ? bill->data.reserve2 : bill->data.chosenTenor;
    const QJsonArray items = bill->data.request.value(QLatin1String("item")).toArray();
    for (const QJsonValue &value : items) {
        const QJsonObject line = value.toObject();
        LenderPages::Bill::Line viewLine;
        viewLine.name = line.value(QLatin1String("product")).toString();
        viewLine.qty = line.value(QLatin1String("qty")).toString().toLongLong();
        viewLine.isDiscount = line.value(QLatin1String("id")).toString() == u"discount";
        const Money unit =
            sandboxwire::parseWireAmount(line.value(QLatin1String("amount")).toString()).money;
        viewLine.lineTotal = Money::fromRupiah(unit.rupiah() * viewLine.qty);
        view.lines.append(viewLine);
    }

    const int status = bill->data.paymentStatus;
    if (status != SandboxStatus::Unprocessed && status != SandboxStatus::InProcess) {
        Reply reply = htmlReply(200, LenderPages::finished(view, status, returnUrlFor(*bill)));
        reply.description = QStringLiteral("bill already decided (status %1)").arg(status);
        return reply;
    }

    const QString action =
        request.url().toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded);
    const LenderPages::TrainingLogin login = LenderPages::trainingLogin(bill->data.channelName);
    const auto render = [&](const QString &error) -> Reply {
        LenderPages::Form form;
        form.action = action;
        form.token = bill->token;
        form.error = error;
        form.phone = bill->phone.isEmpty() ? bill->data.msisdn : bill->phone;
        QByteArray html;
        switch (bill->stage) {
        case Bill::Stage::SignIn:
            html = LenderPages::signIn(view, form, login);
            break;
        case Bill::Stage::Otp:
            html = LenderPages::otp(view, form, login);
            break;
        case Bill::Stage::Confirm:
            html = LenderPages::confirm(view, form);
            break;
        }
        Reply reply = htmlReply(200, html);
        reply.description = error.isEmpty() ? QStringLiteral("page shown")
                                            : QStringLiteral("page shown with an error: ") +
                                                  error.section(QLatin1Char('\n'), 1);
        return reply;
    };
    const auto nextStep = [&](Bill::Stage stage, const QString &what) -> Reply {
        bill->stage = stage;
        bill->token = randomToken();
        return redirectReply(303, action.toLatin1(), what);
    };

    if (request.method() == QHttpServerRequest::Method::Get)
        return render(QString());
    if (request.method() != QHttpServerRequest::Method::Post) {
        Reply reply = htmlReply(405, LenderPages::error(QStringLiteral("Metode tidak didukung"),
                                                        QStringLiteral("Method not allowed"),
                                                        QStringLiteral("Gunakan GET atau POST."),
                                                        QStringLiteral("Use GET or POST.")));
        reply.response.headers.append(std::pair<QByteArray, QByteArray>("Allow", "GET, POST"));
        return reply;
    }
    const QByteArray contentType = request.value(QByteArrayLiteral("content-type"))
                                       .split(';')
                                       .constFirst()
                                       .trimmed()
                                       .toLower();
    if (contentType != "application/x-www-form-urlencoded") {
        Reply reply =
            htmlReply(415, LenderPages::error(QStringLiteral("Formulir tidak dikenal"),
                                              QStringLiteral("Unknown form"),
                                              QStringLiteral("Kirim formulir dari halaman ini."),
                                              QStringLiteral("Send the form from this page.")));
        reply.description = QStringLiteral("form not url-encoded");
        return reply;
    }
    const QMap<QString, QString> form = parseForm(request.body());
    const QString step = form.value(QStringLiteral("step"));
    const char *expectedStep = bill->stage == Bill::Stage::SignIn ? "signin"
                               : bill->stage == Bill::Stage::Otp  ? "otp"
                                                                  : "confirm";
    if (bill->token.isEmpty() || form.value(QStringLiteral("token")) != bill->token ||
        step != QLatin1String(expectedStep))
        return render(QStringLiteral("Halaman ini sudah tidak berlaku; silakan lanjutkan di "
                                     "bawah.\nThis page was out of date; please continue below."));

    switch (bill->stage) {
    case Bill::Stage::SignIn: {
        const QString phone = nationalPhone(form.value(QStringLiteral("phone")));
        if (phone != login.phone && phone != bill->data.msisdn)
            return render(QStringLiteral("Nomor HP tidak terdaftar. Gunakan ") + login.phone +
                          QStringLiteral(" atau nomor pelanggan.\nThis mobile number is not "
                                         "registered. Use ") +
                          login.phone + QStringLiteral(" or the customer's number."));
        if (form.value(QStringLiteral("pin")) != login.pin)
            return render(QStringLiteral("PIN salah. PIN latihan: ") + login.pin +
                          QStringLiteral(".\nWrong PIN. The training PIN is ") + login.pin +
                          QLatin1Char('.'));
        bill->phone = phone;
        setStatus(*bill, SandboxStatus::InProcess);
        return nextStep(Bill::Stage::Otp, QStringLiteral("signed in"));
    }
    case Bill::Stage::Otp:
        if (form.value(QStringLiteral("otp")).trimmed() != login.otp)
            return render(QStringLiteral("Kode OTP salah. Kode latihan: ") + login.otp +
                          QStringLiteral(".\nWrong one-time code. The training code is ") +
                          login.otp + QLatin1Char('.'));
        return nextStep(Bill::Stage::Confirm, QStringLiteral("OTP verified"));
    case Bill::Stage::Confirm:
        break;
    }

    const QString decision = form.value(QStringLiteral("action"));
    if (decision == u"decline") {
        settle(*bill, false);
        return redirectReply(302, returnUrlFor(*bill).toEncoded(), QStringLiteral("declined"));
    }
    if (decision != u"approve")
        return render(QStringLiteral("Pilih Setujui atau Tolak.\nChoose Approve or Decline."));
    if (bill->data.channelCode == KredivoCode) {
        const QString tenor = form.value(QStringLiteral("tenor"));
        bool known = false;
        bool allowed = false;
        for (const LenderPages::Tenor &option : LenderPages::kredivoTenors()) {
            if (option.key == tenor) {
                known = true;
                allowed =
                    option.months == 0 || bill->data.total.rupiah() >=
                                              SandboxRequestChecker::KredivoInstalmentMinimumRupiah;
            }
        }
        if (!known)
            return render(QStringLiteral("Pilih tenor.\nChoose how to pay."));
        if (!allowed)
            return render(QStringLiteral("Cicilan mulai belanja Rp 1.500.000.\nInstalments start "
                                         "at Rp 1,500,000."));
        bill->data.chosenTenor = tenor;
    }
    settle(*bill, true);
    return redirectReply(302, returnUrlFor(*bill).toEncoded(), QStringLiteral("approved"));
}

TrainingSandbox::Reply TrainingSandbox::handleKasirReturn(const QHttpServerRequest &request)
{
    const QUrlQuery query(request.url());
    Reply reply =
        htmlReply(200, LenderPages::kasirReturn(
                           query.queryItemValue(QStringLiteral("bill_no"), QUrl::FullyDecoded),
                           query.queryItemValue(QStringLiteral("status"), QUrl::FullyDecoded)));
    reply.description = QStringLiteral("return page");
    return reply;
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
TrainingSandbox::Reply TrainingSandbox::handleAdmin(const QHttpServerRequest &request,
                                                    Exchange &exchange)
{
    const auto json = [](int status, const QJsonValue &value) -> Reply {
        const QByteArray body =
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
        Reply reply = makeReply(status, "application/json", body);
        reply.description = QStringLiteral("admin");
        return reply;
    };
    const auto problem = [&json](int status, const QString &message) -> Reply {
        Reply reply = json(status, QJsonObject{{QStringLiteral("error"), message}});
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
        for (const SandboxFaultRule &rule : m_faults)
            requestFaults.append(describeFaultRule(rule));
        QJsonArray notificationFaults;
        for (const NotificationFaultRule &rule : m_notificationFaults)
            notificationFaults.append(describeFaultRule(rule));
        return QJsonObject{{QStringLiteral("request_faults"), requestFaults},
                           {QStringLiteral("notification_faults"), notificationFaults}};
    };

    const QString path = exchange.path;
    if (method == QHttpServerRequest::Method::Get &&
        (path == u"/sandbox" || path == u"/sandbox/")) {
        QJsonArray list;
        for (const SandboxBill &b : bills())
            list.append(billJson(b));
        QJsonObject channelList;
        const QMap<QString, QString> all = channels();
        for (auto it = all.begin(); it != all.end(); ++it)
            channelList.insert(it.key(), it.value());
        return json(200, QJsonObject{{QStringLiteral("merchant_id"), m_config.merchantId},
                                     {QStringLiteral("merchant"), m_config.merchantName},
                                     {QStringLiteral("base_url"), baseUrl().toString()},
                                     {QStringLiteral("channels"), channelList},
                                     {QStringLiteral("bills"), list},
                                     {QStringLiteral("faults"), faultsJson()},
                                     {QStringLiteral("notifications"), m_notifications.size()}});
    }
    if (path == u"/sandbox/bills" && method == QHttpServerRequest::Method::Get) {
        QJsonArray list;
        for (const SandboxBill &b : bills())
            list.append(billJson(b));
        return json(200, list);
    }
    if (path == u"/sandbox/notifications" && method == QHttpServerRequest::Method::Get) {
        QJsonArray list;
        for (const NotificationDelivery &d : m_notifications)
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
            clearFaults();
            return json(200, faultsJson());
        }
        if (method == QHttpServerRequest::Method::Post) {
            QString error;
            if (!addFaultSpec(QString::fromUtf8(request.body()), &error))
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
        if (!findBill(billNo))
            return problem(404, QStringLiteral("no bill ") + billNo);
        const QString action = m.captured(2);
        bool ok = false;
        if (action == u"approve")
            ok = approve(billNo);
        else if (action == u"decline")
            ok = decline(billNo);
        else if (action == u"expire")
            ok = expire(billNo);
        else
            ok = setPaymentStatus(billNo, m.captured(3).toInt());
        if (!ok)
            return problem(409, QStringLiteral("bill %1 cannot take \"%2\" (status %3)")
                                    .arg(billNo, action)
                                    .arg(findBill(billNo)->data.paymentStatus));
        return json(200, billJson(*bill(billNo)));
    }
    return problem(404, QStringLiteral("no admin endpoint ") + path);
}

} // namespace kasir
