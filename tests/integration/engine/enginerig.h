#pragma once

#include "core/common/clock.h"
#include "core/engine/engine.h"
#include "core/faspay/faspayclient.h"
#include "core/journal/journal.h"
#include "core/order/order.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptservice.h"
#include "core/sandbox/trainingsandbox.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

// The payment engine as the window and the commands run it, in one test process: the same
// Engine (core/engine) the application builds, with its Journal in a temporary folder, against
// the training sandbox over real loopback sockets. Only the clock is the test's (a ManualClock
// shared by the engine and the sandbox) and the status checks run fast (PollPolicy scaled).
namespace kasir::enginetest {

// tests/data/order-kredivo.json, read with parseOrderJson, for `channel` (Kredivo keeps its
// instalment tenor). `tag` goes into the description so that carts differ.
Order sampleOrder(Channel channel = Channel::Kredivo, const QString &tag = QString());
QByteArray sampleOrderJson(Channel channel = Channel::Kredivo, const QString &tag = QString());

struct RigOptions
{
    bool notificationReceiver = false; // listen on loopback and have the sandbox notify it
    SandboxConfig::NotificationFormat notificationFormat = SandboxConfig::NotificationFormat::Json;
    int notificationRetryMs = 200;
    double pollScale = 30;          // PollPolicy().scaled(pollScale): first check after 100 ms
    int clientIdleTimeoutMs = 2000; // a hung answer becomes "no answer" this fast
    QList<int> postRetryDelaysMs = {100, 200};
    Journal::Options journal;     // e.g. a free-space margin no disk has
    TranslatableText paymentsOff; // EngineConfig::paymentsOff (a production password unread)
};

class EngineRig
{
public:
    explicit EngineRig(RigOptions options = RigOptions());
    ~EngineRig();

    // Starts the sandbox, opens the engine (and its receiver), starts it as the application does
    // and waits for the channel list. False (with a QWARN) when any of it fails.
    bool start();
    // Kasir stops (everything but the sandbox and the data folder goes, calls in flight are
    // abandoned) and starts again: journal reopened, receipts recovered, attempts resumed.
    bool restart();
    // Only the stop half: the app is down (no receiver listening) until startApp().
    void stopApp();
    bool startApp();

    RigOptions options;
    QTemporaryDir dir;
    ManualClock clock;
    QNetworkAccessManager sandboxNetwork; // the sandbox's own (notifications)
    QNetworkAccessManager network;        // Kasir's
    std::unique_ptr<TrainingSandbox> sandbox;
    std::unique_ptr<Engine> engine; // nullptr while the app is down
    // The engine's parts (nullptr while the app is down).
    Journal *journal = nullptr;
    faspay::FaspayClient *client = nullptr;
    CheckoutService *service = nullptr;
    ReceiptService *receipts = nullptr;
    NotificationReceiver *receiver = nullptr;
    quint16 receiverPort = 0; // kept across restarts (the sandbox was told this address)
    QUrl gateway;             // kept across restarts (setGateway)

    // What the engine said since start (cleared by nothing; restarts append).
    QList<AttemptEvent> events;
    QList<std::pair<qint64, QString>> alarms;            // attempt id, English message
    QList<QString> disabledReasons;                      // paymentsDisabled, English
    QList<Attempt> shown;                                // attemptChanged with a redirect_url
    QList<std::pair<int, QString>> refusedNotifications; // receiver: status, reason
    QHash<qint64, int> answeredChecks;                   // attempt id -> checks answered

    QString journalPath() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    faspay::Credentials credentials() const { return sandbox->credentials(); }
    QUrl sandboxUrl(const QString &path) const;
    // Points Kasir's client somewhere else (a dead port, a TLS server) from now on.
    void setGateway(const QUrl &baseUrl);

    // startCheckout; QFAILs nothing, returns the result.
    CheckoutService::StartResult pay(const Order &order, qint64 replaces = 0);
    std::optional<Attempt> attempt(qint64 id) const { return service->attempt(id); }
    // Waits (event loop) until the attempt is in `state`; false after `timeoutMs`.
    bool waitForState(qint64 id, AttemptState state, int timeoutMs = 15000);
    // Waits until the attempt has left Sending.
    bool waitUntilAnswered(qint64 id, int timeoutMs = 15000);
    QList<AttemptEvent> journalEvents(qint64 id) const { return journal->events(id); }
    QStringList eventKinds(qint64 id) const;
    int statusChecks(const QString &billNo) const; // inquiry requests the sandbox got for it
    int postedRequests() const;                    // post-data requests the sandbox got
    int originalReceipts(qint64 id) const;
    // Status checks of attempt `id` whose answer the engine has handled (checkInFlightChanged
    // back to false), since start.
    int checksAnswered(qint64 id) const { return answeredChecks.value(id); }

    // For a negative ("nothing more happens"): watches the engine and the sandbox for
    // `windowMs` and returns false the moment the engine appends an event for attempt `id`
    // (any attempt when 0) or the sandbox handles a request other than the channel list. The test
    // first waits for the real event it is about; this only gives a late, unwanted one the chance
    // to show itself.
    bool quietFor(qint64 id, int windowMs);

private:
    bool openEngine();
    void closeEngine();
    QList<QMetaObject::Connection> m_connections;
};

// A blocking HTTP POST over loopback (for hand-made notifications).
struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
};
HttpAnswer httpPost(QNetworkAccessManager *network, const QUrl &url, const QByteArray &body,
                    const QByteArray &contentType, int timeoutMs = 15000);
HttpAnswer httpGet(QNetworkAccessManager *network, const QUrl &url, int timeoutMs = 15000);

// A correctly signed notification for `bill` with that status (the sandbox's way of writing
// one, through faspay::notificationBody).
QByteArray notificationFor(const faspay::Credentials &credentials, const Attempt &bill,
                           int statusCode, bool xml, const QString &paymentTotal = QString());

} // namespace kasir::enginetest
