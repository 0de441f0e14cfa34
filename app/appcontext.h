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
class InstanceLock;
class Journal;
class NotificationReceiver;
class ReceiptOutput;
class ReceiptService;
class TrainingSandbox;
namespace faspay {
class FaspayClient;
}

// The composition root: the one place that names the concrete classes and wires them, for the
// window and for the headless commands alike (so both run the same CheckoutService).
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
    // `keychainPassword` is what the system keychain holds for the saved merchant (the window
    // reads it before; headless use sets KASIR_FASPAY_PASSWORD instead).
    static std::unique_ptr<AppContext> create(Purpose purpose, TranslatableText *problem,
                                              const QString &keychainPassword = QString());
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

    Journal *journal() const { return m_journal.get(); }
    TrainingSandbox *sandbox() const { return m_sandbox.get(); }
    faspay::FaspayClient *client() const { return m_client.get(); }
    CheckoutService *checkout() const { return m_checkout.get(); }
    NotificationReceiver *receiver() const { return m_receiver.get(); }
    ReceiptService *receipts() const { return m_receipts.get(); }

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
    std::unique_ptr<InstanceLock> m_lock;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<TrainingSandbox> m_sandbox;
    std::unique_ptr<faspay::FaspayClient> m_client;
    std::unique_ptr<NotificationReceiver> m_receiver;
    std::unique_ptr<ReceiptService> m_receipts;
    std::unique_ptr<ReceiptOutput> m_output;
    std::unique_ptr<CheckoutService> m_checkout;
};

} // namespace kasir
