#pragma once

#include "core/common/clock.h"
#include "core/common/translatabletext.h"
#include "core/config/appsettings.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class QSettings;

namespace kasir {

class CheckoutService;
class Engine;
class Journal;
class NotificationReceiver;
class ReceiptOutput;
class ReceiptService;
class TrainingSandbox;
namespace faspay {
class FaspayClient;
}

// The composition root: reads the settings and the environment, starts the training sandbox
// when there are no credentials, and builds the one payment Engine (core/engine) from them, for
// the window and for the headless commands alike (so both run the same CheckoutService).
class AppContext : public QObject
{
    Q_OBJECT

public:
    enum class Purpose {
        TrackPayments, // the window, `checkout`, `resume`: lock, journal for writing, gateway
        ReadOnly,      // `status`, `pending`: the journal read-only, nothing else
    };

    // nullptr with `problem` (what happened and what to do) when Kasir cannot run: bad
    // configuration, another instance holds the data folder, the journal is damaged.
    // `keychain` is what the system keychain gave for the saved merchant (the window reads it
    // before; headless use sets KASIR_FASPAY_PASSWORD instead).
    static std::unique_ptr<AppContext> create(Purpose purpose, TranslatableText *problem,
                                              const KeychainAnswer &keychain = {});
    // The same with the settings already read (the window reads them once, before the
    // application exists, for the embedded browser switch).
    static std::unique_ptr<AppContext> create(Purpose purpose, AppSettings settings,
                                              TranslatableText *problem,
                                              const KeychainAnswer &keychain);
    ~AppContext() override;

    // The settings file in use (QSettings, INI).
    static std::unique_ptr<QSettings> openSettings();
    static QString defaultDataDir();

    Purpose purpose() const { return m_purpose; }
    const AppSettings &settings() const { return m_settings; }
    const EffectiveConfig &config() const { return m_config; }
    bool isTraining() const { return m_config.training; }
    // The credentials in use: the training sandbox's in training mode.
    const faspay::Credentials &credentials() const { return m_credentials; }
    const Clock *clock() const { return &m_clock; }
    QNetworkAccessManager *network() { return &m_network; }

    // The payment engine (TrackPayments only; nullptr for ReadOnly).
    Engine *engine() const { return m_engine.get(); }
    Journal *journal() const;
    TrainingSandbox *sandbox() const { return m_sandbox.get(); }
    faspay::FaspayClient *client() const;
    CheckoutService *checkout() const;
    NotificationReceiver *receiver() const;
    ReceiptService *receipts() const;

    // The printer from the settings (ESC/POS); the window may replace it with a system printer.
    void setReceiptOutput(std::unique_ptr<ReceiptOutput> output);

    // Starts what runs in the background: resumes attempts, refreshes the channel list, makes
    // receipts that a crash left unmade.
    void start();

private:
    AppContext(Purpose purpose, AppSettings settings, EffectiveConfig config);
    bool build(TranslatableText *problem);

    Purpose m_purpose;
    AppSettings m_settings;
    EffectiveConfig m_config;
    faspay::Credentials m_credentials;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Journal> m_readOnlyJournal; // ReadOnly
    std::unique_ptr<TrainingSandbox> m_sandbox; // training
    std::unique_ptr<Engine> m_engine;           // TrackPayments
};

} // namespace kasir
