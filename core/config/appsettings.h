#pragma once

#include "core/common/translatabletext.h"
#include "core/faspay/signature.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QSettings;

namespace kasir {

// Where Kasir sends its Faspay calls.
enum class GatewayEnvironment { Training, FaspaySandbox, Production, Custom };
QString
gatewayEnvironmentKey(GatewayEnvironment env); // "training", "sandbox", "production", "custom"
std::optional<GatewayEnvironment> gatewayEnvironmentFromKey(QStringView key);
// Part A §1 base URLs; empty for Training (the embedded sandbox picks its own) and Custom.
QUrl defaultGatewayUrl(GatewayEnvironment env);

enum class PrinterKind { None, System, EscPosTcp, EscPosDevice };
QString printerKindKey(PrinterKind kind); // "none", "system", "escpos-tcp", "escpos-device"
std::optional<PrinterKind> printerKindFromKey(QStringView key);

struct StoreIdentity
{
    QString name = QStringLiteral("Toko Kasir");
    QString address;
    QString terminalCode = QStringLiteral("K01"); // in every bill_no: 1-4 letters/digits
    QString cashier;
};

struct PrinterSettings
{
    PrinterKind kind = PrinterKind::None;
    QString systemPrinterName; // QPrinter name, empty = default printer
    QString host;              // ESC/POS over TCP
    quint16 port = 9100;
    QString device;   // ESC/POS device file, e.g. /dev/usb/lp0
    int widthMm = 80; // 58 or 80
    int columns() const { return widthMm == 58 ? 32 : 48; }
    bool autoPrint = true; // print the original receipt once when Paid
};

// The embedded browser (keys browser/*): whether it is on, the hosts it may open, and the
// merchant's Return URL as registered at Faspay, where it stops and checks the payment.
struct BrowserSettings
{
    // Off: QR code only, and Kasir starts without the OpenGL context Qt WebEngine needs.
    bool enabled = true;
    QStringList lenderHosts = defaultLenderHosts();
    QUrl returnUrl; // empty when not set

    // Faspay's hosts (Part B §1.1) and the lenders' sign-in and approval pages.
    static QStringList defaultLenderHosts();
};

// "a.example b.example, *.c.example" -> the host names, split at spaces, commas and semicolons.
QStringList splitHostList(const QString &text);

// What the shop owner saves in Settings. The Faspay password is NOT here: it lives in the OS
// keychain (or comes from KASIR_FASPAY_PASSWORD).
struct AppSettings
{
    StoreIdentity store;
    GatewayEnvironment environment = GatewayEnvironment::Training;
    QUrl customGatewayUrl;
    QUrl productionGatewayUrl = QUrl(QStringLiteral("https://web.faspay.co.id"));
    QString merchantId;
    QString merchantName;
    QString userId; // empty: "bot" + merchant id
    bool notificationReceiverEnabled = false;
    QString notificationListen = QStringLiteral("0.0.0.0:8765"); // host:port
    int billExpiryMinutes = 60;
    PrinterSettings printer;
    QString language; // "" follows the system, "id" or "en"
    // core/config/pinhash.h: "pbkdf2-sha256$iterations$salt$key" (older installs: a salted
    // SHA-256, "salt$hex", re-hashed on its first right entry); empty = no PIN set
    QString supervisorPinHash;
    BrowserSettings browser;

    // The gateway the environment names: the saved production or custom address, Faspay's
    // sandbox, or empty for training.
    QUrl gatewayUrl() const;

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    void setSupervisorPin(const QString &pin);
    // Constant time; about 100 ms (PBKDF2). SupervisorPin adds the counted tries.
    bool checkSupervisorPin(const QString &pin) const;
    bool hasSupervisorPin() const { return !supervisorPinHash.isEmpty(); }
};

// "host:port" -> address and port; nullopt when malformed.
std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(QStringView text);

// The configuration a run of Kasir actually uses: saved settings, then the environment variables
// (KASIR_DATA_DIR, KASIR_GATEWAY_URL, KASIR_MERCHANT_ID, KASIR_MERCHANT_NAME,
// KASIR_FASPAY_USER_ID, KASIR_FASPAY_PASSWORD, KASIR_NOTIFY_LISTEN) on top.
struct EffectiveConfig
{
    QString dataDir;
    bool training = true; // the embedded sandbox is the gateway
    GatewayEnvironment environment = GatewayEnvironment::Training;
    QUrl gatewayUrl;                 // empty in training until the sandbox has started
    faspay::Credentials credentials; // empty in training until the sandbox has started
    std::optional<std::pair<QHostAddress, quint16>> notificationListen;
    FieldErrors errors; // configuration problems; non-empty = refuse to run
    // Runs, but takes no payment and asks Faspay nothing, for this reason (what happened and
    // what to do): the production password could not be read from the keychain.
    TranslatableText paymentsOff;

    bool ok() const { return errors.isEmpty(); }
};

// What the system keychain gave for the saved merchant at start: the password, or why there is
// none (`problem` empty when nothing is stored or the keychain was not asked).
struct KeychainAnswer
{
    QString password;
    TranslatableText problem; // the read failed, was refused or timed out
};

// `keychain` is what the keychain holds; the environment wins over it. Fail closed: a production
// or custom set-up never becomes training. Without a password it runs with payments off
// (`paymentsOff`, the window can still open Settings) when the keychain failed, and refuses to
// run (`errors`) when none was ever given.
EffectiveConfig resolveConfig(const AppSettings &settings, const QProcessEnvironment &env,
                              const QString &defaultDataDir, const KeychainAnswer &keychain = {});

} // namespace kasir
