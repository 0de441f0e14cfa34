#include "enginerig.h"

#include "core/faspay/notification.h"
#include "core/faspay/wire.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

namespace kasir::enginetest {

QByteArray sampleOrderJson(Channel channel, const QString &tag)
{
    QFile file(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("tests/data/order-kredivo.json is missing");
    QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    o.insert(QStringLiteral("channel"), channelKey(channel));
    if (channel != Channel::Kredivo)
        o.remove(QStringLiteral("tenor"));
    if (!tag.isEmpty())
        o.insert(QStringLiteral("description"), QString(QStringLiteral("Penjualan toko ") + tag));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Order sampleOrder(Channel channel, const QString &tag)
{
    const OrderParseResult parsed = parseOrderJson(sampleOrderJson(channel, tag));
    if (!parsed.ok())
        qFatal("the sample order does not parse");
    return *parsed.order;
}

EngineRig::EngineRig(RigOptions o)
    : options(std::move(o))
{}

EngineRig::~EngineRig()
{
    closeEngine();
    sandbox.reset();
}

QUrl EngineRig::sandboxUrl(const QString &path) const
{
    QUrl url = sandbox->baseUrl();
    url.setPath(path);
    return url;
}

bool EngineRig::start()
{
    if (!dir.isValid()) {
        qWarning("no temporary folder");
        return false;
    }
    SandboxConfig config;
    config.strict = true; // Kasir sends only Part A: refuse what only real Faspay tolerates
    config.notificationFormat = options.notificationFormat;
    config.notificationRetryMs = options.notificationRetryMs;
    config.notificationTimeoutMs = 3000;
    sandbox = std::make_unique<TrainingSandbox>(config, &clock, &sandboxNetwork);
    if (!sandbox->start()) {
        qWarning("%s", qPrintable(QStringLiteral("sandbox: ") + sandbox->errorString()));
        return false;
    }
    gateway = sandbox->baseUrl();
    return startApp();
}

bool EngineRig::startApp()
{
    return openEngine();
}

bool EngineRig::openEngine()
{
    EngineConfig config;
    config.dataDir = dir.path();
    config.gatewayUrl = gateway;
    config.credentials = sandbox->credentials();
    config.paymentsOff = options.paymentsOff;
    config.store = StoreInfo{QStringLiteral("Toko Tes"), QStringLiteral("Jl Tes 1"),
                             QStringLiteral("K01"), QStringLiteral("Tes")};
    config.poll = PollPolicy().scaled(options.pollScale);
    config.postRetryDelaysMs = options.postRetryDelaysMs;
    config.client.idleTimeoutMs = options.clientIdleTimeoutMs;
    config.client.deadlineMs = 20000;
    config.client.backoffInitialMs = 50;
    config.client.backoffMaxMs = 200;
    config.journal = options.journal;
    if (options.notificationReceiver)
        config.notificationListen = {QHostAddress(QHostAddress::LocalHost), receiverPort};
    config.clock = &clock;
    config.network = &network;
    TranslatableText problem;
    QString detail;
    engine = Engine::open(std::move(config), &problem, &detail);
    if (!engine) {
        qWarning("%s", qPrintable(QStringLiteral("engine: ") + problem.english() +
                                  QStringLiteral(" (") + detail + QLatin1Char(')')));
        return false;
    }
    journal = engine->journal();
    client = engine->client();
    service = engine->checkout();
    receipts = engine->receipts();
    receiver = engine->receiver();
    if (receiver) {
        // The sandbox notifies the same address across restarts.
        receiverPort = receiver->port();
        sandbox->setNotificationUrl(receiver->url());
        QObject::connect(receiver, &NotificationReceiver::notificationRefused, receiver,
                         [this](int status, const QString &reason) {
                             refusedNotifications.append({status, reason});
                         });
    }

    CheckoutService *s = service;
    QObject::connect(s, &CheckoutService::eventAppended, s,
                     [this](const AttemptEvent &e) { events.append(e); });
    QObject::connect(s, &CheckoutService::alarmRaised, s,
                     [this](qint64 id, const TranslatableText &message) {
                         alarms.append({id, message.english()});
                     });
    QObject::connect(
        s, &CheckoutService::paymentsDisabled, s,
        [this](const TranslatableText &reason) { disabledReasons.append(reason.english()); });
    QObject::connect(s, &CheckoutService::attemptChanged, s, [this](const Attempt &a) {
        if (!a.redirectUrl.isEmpty())
            shown.append(a);
    });
    QObject::connect(s, &CheckoutService::checkInFlightChanged, s,
                     [this](qint64 id, bool inFlight) {
                         if (!inFlight)
                             ++answeredChecks[id];
                     });

    // A context object that dies with this function: the lambda must not outlive `fetched`.
    bool fetched = false;
    QObject scope;
    QObject::connect(s, &CheckoutService::channelsChanged, &scope, [&fetched] { fetched = true; });
    QObject::connect(s, &CheckoutService::channelsRefreshFailed, s,
                     [](const TranslatableText &m) { qWarning("%s", qPrintable(m.english())); });
    engine->start();
    if (!service->channels().isFetched() && !QTest::qWaitFor([&] { return fetched; }, 15000)) {
        qWarning("the channel list was not fetched");
        return false;
    }
    return true;
}

void EngineRig::closeEngine()
{
    journal = nullptr;
    client = nullptr;
    service = nullptr;
    receipts = nullptr;
    receiver = nullptr;
    engine.reset();
}

void EngineRig::stopApp()
{
    closeEngine();
    // Let aborted replies and closed sockets go.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

bool EngineRig::restart()
{
    stopApp();
    return startApp();
}

void EngineRig::setGateway(const QUrl &baseUrl)
{
    gateway = baseUrl;
    engine->setGateway(baseUrl);
}

CheckoutService::StartResult EngineRig::pay(const Order &order, qint64 replaces)
{
    return service->startCheckout(order, replaces);
}

bool EngineRig::waitForState(qint64 id, AttemptState state, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const std::optional<Attempt> a = service->attempt(id);
            return a && a->state == state;
        },
        timeoutMs);
}

bool EngineRig::waitUntilAnswered(qint64 id, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            const std::optional<Attempt> a = service->attempt(id);
            return a && a->state != AttemptState::Sending;
        },
        timeoutMs);
}

QStringList EngineRig::eventKinds(qint64 id) const
{
    QStringList kinds;
    for (const AttemptEvent &e : journal->events(id))
        kinds.append(e.kind);
    return kinds;
}

bool EngineRig::quietFor(qint64 id, int windowMs)
{
    bool happened = false;
    QObject scope;
    QObject::connect(service, &CheckoutService::eventAppended, &scope, [&](const AttemptEvent &e) {
        happened = happened || id == 0 || e.attemptId == id;
    });
    // The channel list (refreshed at every start) is about no sale; every other request is.
    QObject::connect(sandbox.get(), &TrainingSandbox::requestHandled, &scope,
                     [&](const SandboxRequestRecord &r) {
                         happened = happened || r.operation != SandboxOperation::ChannelInquiry;
                     });
    // Returns early (false) when something happened; a full window means nothing did.
    return !QTest::qWaitFor([&] { return happened; }, windowMs);
}

int EngineRig::statusChecks(const QString &billNo) const
{
    int n = 0;
    for (const SandboxRequestRecord &r : sandbox->requests()) {
        if (r.operation == SandboxOperation::InquiryStatus && r.billNo == billNo)
            ++n;
    }
    return n;
}

int EngineRig::postedRequests() const
{
    int n = 0;
    for (const SandboxRequestRecord &r : sandbox->requests()) {
        if (r.operation == SandboxOperation::PostData)
            ++n;
    }
    return n;
}

int EngineRig::originalReceipts(qint64 id) const
{
    int n = 0;
    for (const ReceiptRecord &r : journal->receipts(id)) {
        if (!r.isCopy())
            ++n;
    }
    return n;
}

namespace {
HttpAnswer wait(QNetworkReply *reply, int timeoutMs)
{
    HttpAnswer answer;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    if (!reply->isFinished())
        reply->abort();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.error = reply->error();
    answer.body = reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    reply->deleteLater();
    return answer;
}
} // namespace

HttpAnswer httpPost(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
                    const QByteArray &contentType, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(network->post(request, body), timeoutMs);
}

HttpAnswer httpGet(QNetworkAccessManager *network, const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return wait(network->get(request), timeoutMs);
}

QByteArray notificationFor(const faspay::Credentials &credentials, const Attempt &bill,
                           int statusCode, bool xml, const QString &paymentTotal)
{
    faspay::PaymentNotification n;
    n.request = QStringLiteral("Payment Notification");
    n.trxId = bill.trxId;
    n.merchantId = credentials.merchantId;
    n.merchant = credentials.merchantName;
    n.billNo = bill.billNo;
    n.paymentReff = statusCode == 2 ? QStringLiteral("REFF0001") : QString();
    n.paymentDate = faspay::formatWib(QDateTime::currentDateTimeUtc());
    n.paymentStatusCode = QString::number(statusCode);
    n.paymentStatusDesc =
        statusCode == 2 ? QStringLiteral("Payment Sukses") : QStringLiteral("Belum diproses");
    n.billTotal = QString::number(bill.total.rupiah());
    n.paymentTotal = paymentTotal.isNull() ? n.billTotal : paymentTotal;
    n.paymentChannelUid = bill.channelCode;
    n.paymentChannel = channelDisplayName(bill.order.channel);
    n.signature = faspay::statusSignature(credentials, n.billNo, n.paymentStatusCode);
    return faspay::notificationBody(n, xml ? faspay::PaymentNotification::Xml
                                           : faspay::PaymentNotification::Json);
}

} // namespace kasir::enginetest
