#include "core/engine/engine.h"

#include "core/faspay/faspayclient.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/endofdayreconciler.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptoutput.h"
#include "core/receipt/receiptservice.h"

#include <QDir>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Engine";
} // namespace

Engine::Engine(EngineConfig config)
    : m_config(std::move(config))
{}

Engine::~Engine()
{
    // Order matters: the service stops its calls before the client, journal and lock go; the
    // receiver stops handing notifications to the service first.
    m_receiver.reset();
    m_checkout.reset();
    m_receipts.reset();
    m_staff.reset();
    m_output.reset();
    m_client.reset();
    m_journal.reset();
    m_lock.reset();
}

std::unique_ptr<Engine> Engine::open(EngineConfig config, TranslatableText *problem,
                                     QString *detail)
{
    Q_ASSERT(config.clock && config.network);
    std::unique_ptr<Engine> engine(new Engine(std::move(config)));
    if (!engine->build(problem, detail))
        return nullptr;
    return engine;
}

QString Engine::journalPath() const
{
    return QDir(m_config.dataDir).filePath(QStringLiteral("journal.sqlite"));
}

bool Engine::build(TranslatableText *problem, QString *detail)
{
    const auto fail = [&](const TranslatableText &message, const QString &technical) {
        if (problem)
            *problem = message;
        if (detail)
            *detail = technical;
        return false;
    };
    if (!QDir().mkpath(m_config.dataDir)) {
        return fail(TranslatableText(Ctx,
                                     QT_TRANSLATE_NOOP("kasir::Engine",
                                                       "The data folder %1 cannot be created. "
                                                       "Choose another one with "
                                                       "KASIR_DATA_DIR."),
                                     {m_config.dataDir}),
                    QStringLiteral("mkpath %1 failed").arg(m_config.dataDir));
    }
    JournalError error;
    m_lock = InstanceLock::acquire(m_config.dataDir, &error);
    if (!m_lock)
        return fail(error.message, error.detail);
    m_journal = Journal::open(journalPath(), *m_lock, m_config.clock, &error, m_config.journal);
    if (!m_journal)
        return fail(error.message, error.detail);

    faspay::FaspayClientConfig clientConfig = m_config.client;
    clientConfig.baseUrl = m_config.gatewayUrl;
    m_client = std::make_unique<faspay::FaspayClient>(m_config.network, clientConfig);

    CheckoutService::Options options;
    options.credentials = m_config.credentials;
    options.terminalCode = m_config.store.terminal;
    options.cashier = m_config.store.cashier;
    options.billExpiryMinutes = m_config.billExpiryMinutes;
    options.training = m_config.training;
    options.poll = m_config.poll;
    options.postRetryDelaysMs = m_config.postRetryDelaysMs;
    options.scheduler = m_config.pollScheduler;
    options.gatewayUrl = m_config.gatewayUrl;
    options.redirectHosts = m_config.redirectHosts;
    options.paymentsOff = m_config.paymentsOff;
    // Each service gets only the stores it writes (and reads).
    m_checkout = std::make_unique<CheckoutService>(&m_journal->attemptStore(),
                                                   &m_journal->channelCacheStore(), m_client.get(),
                                                   m_config.clock, options);

    m_staff = std::make_unique<StaffDirectory>(&m_journal->staffStore(), m_config.pinIterations);

    m_receipts =
        std::make_unique<ReceiptService>(&m_journal->receiptStore(), &m_journal->attemptStore(),
                                         m_config.store, m_config.dataDir, m_config.receiptWidth);
    // Invariant: every Paid attempt gets its original receipt (and a crash in between is made
    // good by recover() at the next start).
    connect(m_checkout.get(), &CheckoutService::paid, m_receipts.get(), [this](const Attempt &a) {
        if (m_config.beforeReceipt && !m_config.beforeReceipt(a))
            return;
        m_receipts->handlePaid(a);
    });

    if (m_config.notificationListen) {
        // A verified notification is stored by the service before the receiver acknowledges
        // it; while the service is gone (teardown) the receiver answers "try again".
        m_receiver = std::make_unique<NotificationReceiver>(
            m_config.credentials, m_config.clock,
            [this](const faspay::PaymentNotification &n, const QByteArray &body) {
                return m_checkout ? m_checkout->notificationReceived(n, body)
                                  : CheckoutService::NotificationOutcome::StorageFailed;
            });
        const auto [address, port] = *m_config.notificationListen;
        QString listenError;
        if (!m_receiver->listen(address, port, &listenError)) {
            return fail(
                TranslatableText(Ctx,
                                 QT_TRANSLATE_NOOP("kasir::Engine",
                                                   "The notification receiver cannot listen on "
                                                   "%1:%2 (%3). Choose another address in Settings "
                                                   "or KASIR_NOTIFY_LISTEN."),
                                 {address.toString(), QString::number(port), listenError}),
                listenError);
        }
    }
    return true;
}

void Engine::setGateway(const QUrl &baseUrl)
{
    m_config.gatewayUrl = baseUrl;
    faspay::FaspayClientConfig c = m_client->config();
    c.baseUrl = baseUrl;
    m_client->setConfig(c);
    m_checkout->setGatewayUrl(baseUrl);
}

void Engine::setReceiptOutput(std::unique_ptr<ReceiptOutput> output)
{
    // The service forgets the old output before it goes.
    m_receipts->setOutput(output.get(), m_config.autoPrint);
    m_output = std::move(output);
}

void Engine::testConnection(const QUrl &gatewayUrl, const faspay::Credentials &credentials,
                            QObject *context, ChannelInquiryCallback done)
{
    Q_ASSERT(context);
    faspay::FaspayClientConfig config = m_config.client;
    config.baseUrl = gatewayUrl;
    config.deadlineMs = 20000;
    config.maxRetries = 0;
    // The client lives as long as its one call: it goes with the answer, or with `context`.
    auto *client = new faspay::FaspayClient(m_config.network, config, context);
    inquireChannels(client, credentials, context,
                    [client, done = std::move(done)](const ChannelInquiryResult &result) {
                        client->deleteLater();
                        done(result);
                    });
}

Reconciliation *Engine::reconciliation(QObject *parent) const
{
    return new EndOfDayReconciler(m_client.get(), m_config.credentials, parent);
}

void Engine::start()
{
    m_receipts->recover();
    m_checkout->resume();
    m_checkout->refreshChannels();
}

} // namespace kasir
