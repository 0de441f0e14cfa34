#pragma once

#include "core/common/clock.h"
#include "core/common/translatabletext.h"
#include "core/faspay/faspayclient.h"
#include "core/faspay/signature.h"
#include "core/journal/journal.h"
#include "core/payment/channelinquiry.h"
#include "core/payment/pollschedule.h"
#include "core/receipt/receipt.h"
#include "core/receipt/receiptpainter.h"
#include "core/staff/staffdirectory.h"

#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QNetworkAccessManager;

namespace kasir {

class CheckoutService;
class InstanceLock;
class NotificationReceiver;
class PollScheduler;
class ReceiptOutput;
class ReceiptService;
class Reconciliation;
struct Attempt;

// Everything the payment engine is built from. The window, every headless command, the test
// rigs, the benchmarks and the property test fill one of these and get the same wiring.
struct EngineConfig
{
    QString dataDir; // holds journal.sqlite, the instance lock and the receipt archive
    // Where Faspay (or the training sandbox, or a test's server) answers; may be set later
    // with Engine::setGateway() (before start()) when it is only known once the engine listens.
    QUrl gatewayUrl;
    faspay::Credentials credentials;
    // Besides the gateway's own host and Faspay's published hosts, where a redirect_url may lead
    // (the lenders' pages the settings allow).
    QStringList redirectHosts;
    // Non-empty: the engine runs (history, receipts) but takes no payment and asks Faspay
    // nothing, for this reason (CheckoutService::Options::paymentsOff).
    TranslatableText paymentsOff;
    bool training = false;
    StoreInfo store; // name, address, terminal code (in bill numbers) and cashier
    int billExpiryMinutes = 60;
    // PBKDF2 rounds for new staff PINs; 0: pinhash::DefaultIterations (tests lower it).
    int pinIterations = 0;
    PollPolicy poll;
    QList<int> postRetryDelaysMs = {500, 1500};
    faspay::FaspayClientConfig client; // timeouts and retries; baseUrl is gatewayUrl
    Journal::Options journal;
    // Listen for payment notifications here (e.g. loopback, port 0 for any free port); none
    // when unset.
    std::optional<std::pair<QHostAddress, quint16>> notificationListen;
    ReceiptWidth receiptWidth = ReceiptWidth::Mm80;
    bool autoPrint = true;

    // Must outlive the engine.
    const Clock *clock = nullptr;
    QNetworkAccessManager *network = nullptr;
    // When the status tracker's checks run; nullptr: QTimers. Tests inject a
    // ManualPollScheduler (core/payment/statustracker.h). Must outlive the engine.
    PollScheduler *pollScheduler = nullptr;

    // A test seam: called with each Paid attempt before its original receipt is made; false
    // means "Kasir died right here" (the property test), and no receipt is made until the next
    // start's recovery. Unset in production.
    std::function<bool(const Attempt &)> beforeReceipt;
};

// The payment engine with its parts wired once: the data folder's lock, the journal, the Faspay
// client, the checkout service (with its status tracking), the receipt service with its output,
// and the notification receiver. The hooks between them (a verified notification goes to the
// checkout service; a Paid attempt gets its original receipt) are made here and nowhere else.
//
// Lifetime: open() builds and opens everything but starts no call; start() recovers receipts a
// crash left unmade, resumes the open attempts and refreshes the channel list. Destruction stops
// the service's calls before the client, the journal and the lock go.
class Engine : public QObject
{
    Q_OBJECT

public:
    // nullptr with `problem` (what happened and what to do) and `detail` (technical English for
    // logs) when the engine cannot run: the data folder cannot be made, another instance holds
    // it, the journal is damaged, the notification address is taken.
    static std::unique_ptr<Engine> open(EngineConfig config, TranslatableText *problem,
                                        QString *detail = nullptr);
    ~Engine() override;

    const EngineConfig &config() const { return m_config; }
    QString journalPath() const;

    Journal *journal() const { return m_journal.get(); }
    faspay::FaspayClient *client() const { return m_client.get(); }
    CheckoutService *checkout() const { return m_checkout.get(); }
    ReceiptService *receipts() const { return m_receipts.get(); }
    NotificationReceiver *receiver() const { return m_receiver.get(); } // nullptr: not listening
    StaffDirectory *staff() const { return m_staff.get(); }

    // Points the client at another gateway from now on.
    void setGateway(const QUrl &baseUrl);
    // The receipt printer (owned); nullptr: archive only.
    void setReceiptOutput(std::unique_ptr<ReceiptOutput> output);
    ReceiptOutput *receiptOutput() const { return m_output.get(); }

    void start();

    // "Test connection": Payment Channel Inquiry against `gatewayUrl` with `credentials`, which
    // need not be the engine's (Settings tests what was just typed, before it is saved), through
    // a client of its own on the engine's network (no retry, 20 s at most). `done` runs once on
    // `context`'s thread; destroying `context` first aborts the call and `done` never runs.
    void testConnection(const QUrl &gatewayUrl, const faspay::Credentials &credentials,
                        QObject *context, ChannelInquiryCallback done);

    // End of day: asks Faspay again about attempts, with the engine's client and credentials.
    // Owned by `parent`.
    Reconciliation *reconciliation(QObject *parent) const;

private:
    explicit Engine(EngineConfig config);
    bool build(TranslatableText *problem, QString *detail);

    EngineConfig m_config;
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<faspay::FaspayClient> m_client;
    std::unique_ptr<NotificationReceiver> m_receiver;
    std::unique_ptr<ReceiptOutput> m_output;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<CheckoutService> m_checkout;
    std::unique_ptr<StaffDirectory> m_staff;
};

} // namespace kasir
