#include "app/appcontext.h"

#include "core/common/platform.h"
#include "core/engine/engine.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/notificationreceiver.h"
#include "core/receipt/escposoutput.h"
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
{}

AppContext::~AppContext()
{
    // The engine stops its calls before the sandbox it may be talking to goes.
    m_engine.reset();
    m_sandbox.reset();
    m_readOnlyJournal.reset();
}

Journal *AppContext::journal() const
{
    return m_engine ? m_engine->journal() : m_readOnlyJournal.get();
}

faspay::FaspayClient *AppContext::client() const
{
    return m_engine ? m_engine->client() : nullptr;
}

CheckoutService *AppContext::checkout() const
{
    return m_engine ? m_engine->checkout() : nullptr;
}

NotificationReceiver *AppContext::receiver() const
{
    return m_engine ? m_engine->receiver() : nullptr;
}

ReceiptService *AppContext::receipts() const
{
    return m_engine ? m_engine->receipts() : nullptr;
}

std::unique_ptr<AppContext> AppContext::create(Purpose purpose, TranslatableText *problem,
                                               const KeychainAnswer &keychain)
{
    return create(purpose, AppSettings::load(*openSettings()), problem, keychain);
}

std::unique_ptr<AppContext> AppContext::create(Purpose purpose, AppSettings settings,
                                               TranslatableText *problem,
                                               const KeychainAnswer &keychain)
{
    // The environment is checked by the rules of the Settings dialog (core/config): a
    // KASIR_GATEWAY_URL the dialog would refuse is refused here, with its message.
    EffectiveConfig config = resolveConfig(settings, QProcessEnvironment::systemEnvironment(),
                                           defaultDataDir(), keychain);
    // The password is in the configuration now: no child process (the embedded browser's
    // Chromium helpers, a print filter) inherits it. A production process writes no core file.
    qunsetenv("KASIR_FASPAY_PASSWORD");
    if (!config.training)
        platform::disableCoreDumps();
    if (!config.ok()) {
        if (problem)
            *problem = config.errors.first().message;
        return nullptr;
    }
    std::unique_ptr<AppContext> context(
        new AppContext(purpose, std::move(settings), std::move(config)));
    if (!context->build(problem))
        return nullptr;
    return context;
}

bool AppContext::build(TranslatableText *problem)
{
    if (m_purpose == Purpose::ReadOnly) {
        const QString journalPath =
            QDir(m_config.dataDir).filePath(QStringLiteral("journal.sqlite"));
        JournalError error;
        m_readOnlyJournal = Journal::openReadOnly(journalPath, &m_clock, &error);
        if (!m_readOnlyJournal) {
            if (problem)
                *problem = error.message;
            return false;
        }
        return true;
    }

    EngineConfig engine;
    engine.dataDir = m_config.dataDir;
    engine.gatewayUrl = m_config.gatewayUrl;
    engine.credentials = m_config.credentials;
    engine.training = m_config.training;
    engine.paymentsOff = m_config.paymentsOff;
    engine.redirectHosts = m_settings.browser.lenderHosts;
    engine.store = StoreInfo{m_settings.store.name, m_settings.store.address,
                             m_settings.store.terminalCode, m_settings.store.cashier};
    engine.billExpiryMinutes = m_settings.billExpiryMinutes;
    engine.poll = pollPolicyFromEnvironment();
    engine.receiptWidth = receiptWidth(m_settings.printer);
    engine.autoPrint = m_settings.printer.autoPrint;
    engine.clock = &m_clock;
    engine.network = &m_network;
    // The notification receiver: where the settings say, or, in training, on loopback so that
    // the embedded sandbox's notifications show the whole flow.
    if (m_config.notificationListen)
        engine.notificationListen = *m_config.notificationListen;
    else if (m_config.training)
        engine.notificationListen = {QHostAddress(QHostAddress::LocalHost), 0};

    if (m_config.training) {
        // The sandbox answers first, so that the engine is built against it; it learns where
        // to notify once the engine listens.
        SandboxConfig sandboxConfig;
        // Only Kasir itself talks to the embedded sandbox, and Kasir sends Part A exactly:
        // strict, so that a training session shows any drift from it instead of tolerating it.
        sandboxConfig.strict = true;
        engine.credentials = sandboxConfig.credentials();
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
        engine.gatewayUrl = m_sandbox->baseUrl();
    }
    m_credentials = engine.credentials;

    m_engine = Engine::open(std::move(engine), problem);
    if (!m_engine)
        return false;
    if (m_sandbox && m_engine->receiver())
        m_sandbox->setNotificationUrl(m_engine->receiver()->url());

    // A thermal printer from the settings; a system printer is the window's (Qt Widgets).
    const PrinterSettings &printer = m_settings.printer;
    if (printer.kind == PrinterKind::EscPosTcp && !printer.host.isEmpty()) {
        setReceiptOutput(std::make_unique<EscPosReceiptOutput>(
            EscPosTarget::network(printer.host, printer.port), printer.columns()));
    } else if (printer.kind == PrinterKind::EscPosDevice && !printer.device.isEmpty()) {
        setReceiptOutput(std::make_unique<EscPosReceiptOutput>(EscPosTarget::device(printer.device),
                                                               printer.columns()));
    }
    return true;
}

void AppContext::setReceiptOutput(std::unique_ptr<ReceiptOutput> output)
{
    if (m_engine)
        m_engine->setReceiptOutput(std::move(output));
}

void AppContext::start()
{
    if (m_engine)
        m_engine->start();
}

} // namespace kasir
