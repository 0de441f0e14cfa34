#include "app/appcontext.h"

#include "core/faspay/faspayclient.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/receiptoutput.h"
#include "core/receipt/receiptservice.h"
#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/trainingsandbox.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::AppContext";

// KASIR_POLL_SCALE=N (a test and training knob, not a setting): status checks and their
// escalation bounds run N times faster (N from 1 to 1000), so that the headless tests and a
// training demo need not wait 3 s for the first check. Anything else: the normal pace.
PollPolicy pollPolicyFromEnvironment()
{
    bool ok = false;
    const double factor = qEnvironmentVariable("KASIR_POLL_SCALE").toDouble(&ok);
    if (!ok || !(factor >= 1.0 && factor <= 1000.0))
        return PollPolicy();
    return PollPolicy().scaled(factor);
}

ReceiptWidth receiptWidth(const PrinterSettings &p)
{
    return p.widthMm == 58 ? ReceiptWidth::Mm58 : ReceiptWidth::Mm80;
}
} // namespace

std::unique_ptr<QSettings> AppContext::openSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Kasir"), QStringLiteral("kasir"));
}

QString AppContext::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

AppContext::AppContext(Purpose purpose, AppSettings settings, EffectiveConfig config)
    : m_purpose(purpose)
    , m_settings(std::move(settings))
    , m_config(std::move(config))
{
}

AppContext::~AppContext()
{
    // Order matters: the service stops its calls before the client, journal and lock go.
    m_checkout.reset();
    m_receipts.reset();
    m_output.reset();
    m_receiver.reset();
    m_client.reset();
    m_sandbox.reset();
    m_journal.reset();
    m_lock.reset();
}

std::unique_ptr<AppContext> AppContext::create(Purpose purpose, TranslatableText *problem)
{
    const std::unique_ptr<QSettings> settingsFile = openSettings();
    AppSettings settings = AppSettings::load(*settingsFile);
    // The keychain password is read by the window's settings code (PasswordStore) and handed
    // in through KASIR_FASPAY_PASSWORD's slot only for this process; headless use sets the
    // environment variable itself.
    EffectiveConfig config = resolveConfig(settings, QProcessEnvironment::systemEnvironment(),
                                           defaultDataDir(), QString());
    if (!config.ok()) {
        if (problem)
            *problem = config.errors.first().message;
        return nullptr;
    }
    std::unique_ptr<AppContext> context(new AppContext(purpose, std::move(settings),
                                                       std::move(config)));
    if (!context->build(problem))
        return nullptr;
    return context;
}

bool AppContext::build(TranslatableText *problem)
{
    if (!QDir().mkpath(m_config.dataDir)) {
        if (problem) {
            *problem = TranslatableText(Ctx,
                                        QT_TRANSLATE_NOOP("kasir::AppContext",
                                                          "The data folder %1 cannot be created. "
                                                          "Choose another one with "
                                                          "KASIR_DATA_DIR."),
                                        {m_config.dataDir});
        }
        return false;
    }
    const QString journalPath = QDir(m_config.dataDir).filePath(QStringLiteral("journal.sqlite"));
    JournalError error;

    if (m_purpose == Purpose::ReadOnly) {
        m_journal = Journal::openReadOnly(journalPath, &m_clock, &error);
        if (!m_journal) {
            if (problem)
                *problem = error.message;
            return false;
        }
        return true;
    }

    m_lock = InstanceLock::acquire(m_config.dataDir, &error);
    if (!m_lock) {
        if (problem)
            *problem = error.message;
        return false;
    }
    m_journal = Journal::open(journalPath, *m_lock, &m_clock, &error);
    if (!m_journal) {
        if (problem)
            *problem = error.message;
        return false;
    }

    faspay::Credentials credentials = m_config.credentials;
    QUrl gateway = m_config.gatewayUrl;
    SandboxConfig sandboxConfig;
    if (m_config.training)
        credentials = sandboxConfig.credentials();

    // The notification receiver: where the settings say, or, in training, on loopback so that
    // the embedded sandbox's notifications show the whole flow.
    auto handler = [this](const faspay::PaymentNotification &n, const QByteArray &body) {
        return m_checkout ? m_checkout->notificationReceived(n, body)
                          : CheckoutService::NotificationOutcome::StorageFailed;
    };
    if (m_config.notificationListen || m_config.training) {
        m_receiver = std::make_unique<NotificationReceiver>(credentials, &m_clock, handler);
        const QHostAddress address = m_config.notificationListen
                                         ? m_config.notificationListen->first
                                         : QHostAddress(QHostAddress::LocalHost);
        const quint16 port = m_config.notificationListen ? m_config.notificationListen->second : 0;
        QString listenError;
        if (!m_receiver->listen(address, port, &listenError)) {
            if (problem) {
                *problem = TranslatableText(
                    Ctx,
                    QT_TRANSLATE_NOOP("kasir::AppContext",
                                      "The notification receiver cannot listen on %1:%2 (%3). "
                                      "Choose another address in Settings or "
                                      "KASIR_NOTIFY_LISTEN."),
                    {address.toString(), QString::number(port), listenError});
            }
            return false;
        }
    }

    if (m_config.training) {
        if (m_receiver)
            sandboxConfig.notificationUrl = m_receiver->url();
        m_sandbox = std::make_unique<TrainingSandbox>(sandboxConfig, &m_clock, &m_network);
        if (!m_sandbox->start()) {
            if (problem) {
                *problem = TranslatableText(
                    Ctx,
                    QT_TRANSLATE_NOOP("kasir::AppContext",
                                      "The training sandbox could not start (%1). Restart "
                                      "Kasir."),
                    {m_sandbox->errorString()});
            }
            return false;
        }
        gateway = m_sandbox->baseUrl();
    }

    faspay::FaspayClientConfig clientConfig;
    clientConfig.baseUrl = gateway;
    m_client = std::make_unique<faspay::FaspayClient>(&m_network, clientConfig);

    CheckoutService::Options options;
    options.credentials = credentials;
    options.terminalCode = m_settings.store.terminalCode;
    options.cashier = m_settings.store.cashier;
    options.billExpiryMinutes = m_settings.billExpiryMinutes;
    options.training = m_config.training;
    options.poll = pollPolicyFromEnvironment();
    m_checkout = std::make_unique<CheckoutService>(m_journal.get(), m_client.get(), &m_clock,
                                                   options);

    const StoreInfo store{m_settings.store.name, m_settings.store.address,
                          m_settings.store.terminalCode, m_settings.store.cashier};
    m_receipts = std::make_unique<ReceiptService>(m_journal.get(), store, m_config.dataDir,
                                                  receiptWidth(m_settings.printer));
    connect(m_checkout.get(), &CheckoutService::paid, m_receipts.get(),
            &ReceiptService::handlePaid);
    return true;
}

void AppContext::setReceiptOutput(std::unique_ptr<ReceiptOutput> output)
{
    m_output = std::move(output);
    if (m_receipts)
        m_receipts->setOutput(m_output.get(), m_settings.printer.autoPrint);
}

void AppContext::start()
{
    if (!m_checkout)
        return;
    m_receipts->recover();
    m_checkout->resume();
    m_checkout->refreshChannels();
}

} // namespace kasir
