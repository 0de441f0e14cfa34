#pragma once

#include "core/common/translatabletext.h"
#include "core/config/appsettings.h"
#include "core/config/passwordstore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTabWidget;

namespace kasir {

namespace faspay {
class FaspayCall;
class FaspayClient;
} // namespace faspay

// Settings (issue #6): store identity, gateway environment and Faspay merchant, the password
// (kept in the keychain through PasswordStore, never in the settings file), notification
// receiver, bill expiry, receipt printer, language, supervisor PIN, and the hosts the embedded
// browser may open. Every field is checked as it is typed; its message shows under it and Save
// stays disabled while any remains. "Test connection" asks Faspay for the merchant's channel
// list with the values on screen (Payment Channel Inquiry) and says what to fix when it fails.
//
// Opened with open()/show(); on Save it writes the settings file and the keychain, emits
// saved() and closes.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings`, `passwords` and `network` are not owned and must outlive the dialog.
    SettingsDialog(QSettings *settings, PasswordStore *passwords, QNetworkAccessManager *network,
                   QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the fields say now (the password excluded).
    AppSettings currentSettings() const;
    QStringList currentLenderHosts() const;
    // Field path -> message for every problem on screen: "store.name", "store.terminal",
    // "gateway.productionUrl", "gateway.customUrl", "merchant.id", "merchant.name",
    // "merchant.userId", "notification.listen", "printer.address", "printer.device",
    // "pin.current", "pin.new", "pin.repeat", "browser.hosts", "browser.returnUrl", "password".
    QHash<QString, QString> fieldErrors() const { return m_errors; }
    bool canSave() const;
    bool isTestingConnection() const;

    // The hosts the embedded browser may open (gateway and lenders), as saved; the defaults
    // (BrowserPane::defaultLenderHosts) when none were saved. Key "browser/lenderHosts".
    static QStringList lenderHosts(const QSettings &settings);
    static void setLenderHosts(QSettings &settings, const QStringList &hosts);
    // The merchant's Return URL as registered at Faspay (key "browser/returnUrl"): the embedded
    // browser's BrowserPane::setReturnUrlPrefix outside training. Empty when not set.
    static QUrl returnUrl(const QSettings &settings);
    // Whether the embedded browser is on (key "browser/enabled", default on). Off: QR code
    // only, and Kasir starts without the OpenGL context Qt WebEngine needs (faster, less memory).
    static bool embeddedBrowserEnabled(const QSettings &settings);

    // The validation rules on their own, for tests: messages in the window's language.
    static QHash<QString, QString> validate(const AppSettings &settings, const QString &currentPin,
                                            const QString &newPin, const QString &repeatPin,
                                            bool hadPin, const QString &escPosText,
                                            const QStringList &lenderHosts);

public Q_SLOTS:
    void testConnection();
    void save();

Q_SIGNALS:
    void saved(const kasir::AppSettings &settings);
    // Test connection ended: ok, and the text shown.
    void connectionTested(bool ok, const QString &message);

private:
    void buildUi();
    QWidget *buildStorePage();
    QWidget *buildGatewayPage();
    QWidget *buildPrinterPage();
    QWidget *buildOtherPage();
    void load(const AppSettings &settings);
    void revalidate();
    void markTabs();
    void updateEnabled();
    void showError(const QString &field, const QString &message);
    QLabel *errorLabel(const QString &field, QWidget *parent);
    void onPasswordResult(const PasswordStore::Result &result);
    void readKeychainStatus();
    void setKeychainStatus(const QString &text, bool warning);
    void runChannelInquiry(const QString &password);
    void finishSave();
    QString escPosText() const;

    QSettings *m_settings;
    PasswordStore *m_passwords; // may be null: no keychain at all
    QNetworkAccessManager *m_network;
    AppSettings m_loaded;
    QHash<QString, QString> m_errors;
    QHash<QString, QLabel *> m_errorLabels;
    QHash<QString, QWidget *> m_fieldWidgets;

    // Keychain requests in flight, by purpose.
    quint64 m_statusRequest = 0;
    quint64 m_saveRequest = 0;
    quint64 m_testRequest = 0;
    bool m_saving = false;
    std::unique_ptr<faspay::FaspayClient> m_client;
    QPointer<faspay::FaspayCall> m_call;

    QTabWidget *m_tabs = nullptr;
    // Store
    QLineEdit *m_storeName = nullptr;
    QPlainTextEdit *m_storeAddress = nullptr;
    QLineEdit *m_terminal = nullptr;
    QLineEdit *m_cashier = nullptr;
    // Gateway
    QComboBox *m_environment = nullptr;
    QLineEdit *m_productionUrl = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLineEdit *m_merchantId = nullptr;
    QLineEdit *m_merchantName = nullptr;
    QLineEdit *m_userId = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_keychainStatus = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    QListWidget *m_channels = nullptr;
    QCheckBox *m_notifyEnabled = nullptr;
    QLineEdit *m_notifyListen = nullptr;
    QSpinBox *m_billExpiry = nullptr;
    QPlainTextEdit *m_lenderHosts = nullptr;
    QLineEdit *m_returnUrl = nullptr;
    // Printer
    QComboBox *m_printerKind = nullptr;
    QComboBox *m_systemPrinter = nullptr;
    QLineEdit *m_escposAddress = nullptr;
    QLineEdit *m_escposDevice = nullptr;
    QComboBox *m_paperWidth = nullptr;
    QCheckBox *m_autoPrint = nullptr;
    QCheckBox *m_browserEnabled = nullptr;
    // Other
    QComboBox *m_language = nullptr;
    QLabel *m_pinState = nullptr;
    QLineEdit *m_pinCurrent = nullptr;
    QLineEdit *m_pinNew = nullptr;
    QLineEdit *m_pinRepeat = nullptr;

    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
};

} // namespace kasir
