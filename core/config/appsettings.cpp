#include "core/config/appsettings.h"

#include "core/config/pinhash.h"
#include "core/config/settingsrules.h"

#include <QRegularExpression>
#include <QSettings>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Config";

FieldError error(QString field, const char *source, QStringList args = {})
{
    return FieldError{std::move(field), TranslatableText(Ctx, source, std::move(args))};
}
} // namespace

QString gatewayEnvironmentKey(GatewayEnvironment env)
{
    switch (env) {
    case GatewayEnvironment::Training:
        return QStringLiteral("training");
    case GatewayEnvironment::FaspaySandbox:
        return QStringLiteral("sandbox");
    case GatewayEnvironment::Production:
        return QStringLiteral("production");
    case GatewayEnvironment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<GatewayEnvironment> gatewayEnvironmentFromKey(QStringView key)
{
    for (GatewayEnvironment e : {GatewayEnvironment::Training, GatewayEnvironment::FaspaySandbox,
                                 GatewayEnvironment::Production, GatewayEnvironment::Custom}) {
        if (gatewayEnvironmentKey(e) == key)
            return e;
    }
    return std::nullopt;
}

QUrl defaultGatewayUrl(GatewayEnvironment env)
{
    switch (env) {
    case GatewayEnvironment::FaspaySandbox:
        return QUrl(QStringLiteral("https://debit-sandbox.faspay.co.id"));
    case GatewayEnvironment::Production:
        return QUrl(QStringLiteral("https://web.faspay.co.id"));
    default:
        return {};
    }
}

QString printerKindKey(PrinterKind kind)
{
    switch (kind) {
    case PrinterKind::None:
        return QStringLiteral("none");
    case PrinterKind::System:
        return QStringLiteral("system");
    case PrinterKind::EscPosTcp:
        return QStringLiteral("escpos-tcp");
    case PrinterKind::EscPosDevice:
        return QStringLiteral("escpos-device");
    }
    return {};
}

std::optional<PrinterKind> printerKindFromKey(QStringView key)
{
    for (PrinterKind k : {PrinterKind::None, PrinterKind::System, PrinterKind::EscPosTcp,
                          PrinterKind::EscPosDevice}) {
        if (printerKindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

QStringList BrowserSettings::defaultLenderHosts()
{
    // Settings can add hosts when a lender moves its pages.
    return {
        QStringLiteral("*.faspay.co.id"), QStringLiteral("*.kredivo.com"),
        QStringLiteral("*.kredivo.id"),   QStringLiteral("*.akulaku.com"),
        QStringLiteral("*.akulaku.net"),  QStringLiteral("*.indodana.id"),
        QStringLiteral("*.indodana.com"), QStringLiteral("*.bri.co.id"),
        QStringLiteral("*.ceria.id"),
    };
}

QStringList splitHostList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList hosts;
    for (const QString &p : text.split(separators, Qt::SkipEmptyParts))
        hosts << p.trimmed();
    return hosts;
}

QUrl AppSettings::gatewayUrl() const
{
    switch (environment) {
    case GatewayEnvironment::Production:
        return productionGatewayUrl;
    case GatewayEnvironment::Custom:
        return customGatewayUrl;
    default:
        return defaultGatewayUrl(environment);
    }
}

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a;
    s.beginGroup(QStringLiteral("store"));
    a.store.name = s.value(QStringLiteral("name"), a.store.name).toString();
    a.store.address = s.value(QStringLiteral("address")).toString();
    a.store.terminalCode = s.value(QStringLiteral("terminal"), a.store.terminalCode).toString();
    a.store.cashier = s.value(QStringLiteral("cashier")).toString();
    s.endGroup();

    s.beginGroup(QStringLiteral("faspay"));
    a.environment = gatewayEnvironmentFromKey(s.value(QStringLiteral("environment")).toString())
                        .value_or(GatewayEnvironment::Training);
    a.customGatewayUrl = QUrl(s.value(QStringLiteral("custom_url")).toString());
    a.productionGatewayUrl = QUrl(
        s.value(QStringLiteral("production_url"), a.productionGatewayUrl.toString()).toString());
    a.merchantId = s.value(QStringLiteral("merchant_id")).toString();
    a.merchantName = s.value(QStringLiteral("merchant_name")).toString();
    a.userId = s.value(QStringLiteral("user_id")).toString();
    a.billExpiryMinutes =
        qBound(5, s.value(QStringLiteral("bill_expiry_minutes"), 60).toInt(), 30 * 24 * 60);
    a.notificationReceiverEnabled = s.value(QStringLiteral("notify_enabled"), false).toBool();
    a.notificationListen =
        s.value(QStringLiteral("notify_listen"), a.notificationListen).toString();
    s.endGroup();

    s.beginGroup(QStringLiteral("printer"));
    a.printer.kind =
        printerKindFromKey(s.value(QStringLiteral("kind")).toString()).value_or(PrinterKind::None);
    a.printer.systemPrinterName = s.value(QStringLiteral("system_name")).toString();
    a.printer.host = s.value(QStringLiteral("host")).toString();
    a.printer.port = static_cast<quint16>(s.value(QStringLiteral("port"), 9100).toUInt());
    a.printer.device = s.value(QStringLiteral("device")).toString();
    a.printer.widthMm = s.value(QStringLiteral("width_mm"), 80).toInt() == 58 ? 58 : 80;
    a.printer.autoPrint = s.value(QStringLiteral("auto_print"), true).toBool();
    s.endGroup();

    a.language = s.value(QStringLiteral("ui/language")).toString();
    a.supervisorPinHash = s.value(QStringLiteral("security/supervisor_pin")).toString();

    a.browser.enabled = s.value(QStringLiteral("browser/enabled"), true).toBool();
    const QVariant hosts = s.value(QStringLiteral("browser/lenderHosts"));
    if (hosts.isValid())
        a.browser.lenderHosts = splitHostList(hosts.toStringList().join(QLatin1Char(' ')));
    a.browser.returnUrl =
        QUrl(s.value(QStringLiteral("browser/returnUrl")).toString(), QUrl::StrictMode);
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("store"));
    s.setValue(QStringLiteral("name"), store.name);
    s.setValue(QStringLiteral("address"), store.address);
    s.setValue(QStringLiteral("terminal"), store.terminalCode);
    s.setValue(QStringLiteral("cashier"), store.cashier);
    s.endGroup();

    s.beginGroup(QStringLiteral("faspay"));
    s.setValue(QStringLiteral("environment"), gatewayEnvironmentKey(environment));
    s.setValue(QStringLiteral("custom_url"), customGatewayUrl.toString());
    s.setValue(QStringLiteral("production_url"), productionGatewayUrl.toString());
    s.setValue(QStringLiteral("merchant_id"), merchantId);
    s.setValue(QStringLiteral("merchant_name"), merchantName);
    s.setValue(QStringLiteral("user_id"), userId);
    s.setValue(QStringLiteral("bill_expiry_minutes"), billExpiryMinutes);
    s.setValue(QStringLiteral("notify_enabled"), notificationReceiverEnabled);
    s.setValue(QStringLiteral("notify_listen"), notificationListen);
    s.endGroup();

    s.beginGroup(QStringLiteral("printer"));
    s.setValue(QStringLiteral("kind"), printerKindKey(printer.kind));
    s.setValue(QStringLiteral("system_name"), printer.systemPrinterName);
    s.setValue(QStringLiteral("host"), printer.host);
    s.setValue(QStringLiteral("port"), printer.port);
    s.setValue(QStringLiteral("device"), printer.device);
    s.setValue(QStringLiteral("width_mm"), printer.widthMm);
    s.setValue(QStringLiteral("auto_print"), printer.autoPrint);
    s.endGroup();

    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("security/supervisor_pin"), supervisorPinHash);

    s.setValue(QStringLiteral("browser/enabled"), browser.enabled);
    s.setValue(QStringLiteral("browser/lenderHosts"), browser.lenderHosts);
    s.setValue(QStringLiteral("browser/returnUrl"), browser.returnUrl.toString());
}

void AppSettings::setSupervisorPin(const QString &pin)
{
    supervisorPinHash = pinhash::hash(pin);
}

bool AppSettings::checkSupervisorPin(const QString &pin) const
{
    return pinhash::verify(supervisorPinHash, pin).ok;
}

std::optional<std::pair<QHostAddress, quint16>> parseListenAddress(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon).toString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return std::nullopt;
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return std::nullopt;
    return std::make_pair(address, static_cast<quint16>(port));
}

EffectiveConfig resolveConfig(const AppSettings &settings, const QProcessEnvironment &env,
                              const QString &defaultDataDir, const KeychainAnswer &keychain)
{
    EffectiveConfig c;
    c.dataDir = env.value(QStringLiteral("KASIR_DATA_DIR"), defaultDataDir);

    const QString envUrl = env.value(QStringLiteral("KASIR_GATEWAY_URL")).trimmed();
    const QString merchantId =
        env.value(QStringLiteral("KASIR_MERCHANT_ID"), settings.merchantId).trimmed();
    const QString merchantName =
        env.value(QStringLiteral("KASIR_MERCHANT_NAME"), settings.merchantName).trimmed();
    const QString userId =
        env.value(QStringLiteral("KASIR_FASPAY_USER_ID"), settings.userId).trimmed();
    const QString password = env.contains(QStringLiteral("KASIR_FASPAY_PASSWORD"))
                                 ? env.value(QStringLiteral("KASIR_FASPAY_PASSWORD"))
                                 : keychain.password;

    GatewayEnvironment environment = settings.environment;
    QUrl url;
    if (env.contains(QStringLiteral("KASIR_GATEWAY_URL"))) {
        environment = GatewayEnvironment::Custom;
        url = QUrl(envUrl, QUrl::StrictMode); // empty: refused below, never training
    } else {
        url = settings.gatewayUrl();
    }

    // Training only when the settings say so and the environment names no gateway (set but
    // empty counts as named: a script that meant production must not sell in training). A
    // production set-up whose password is missing never falls back to training.
    if (environment == GatewayEnvironment::Training) {
        c.training = true;
        c.environment = GatewayEnvironment::Training;
    } else {
        c.training = false;
        c.environment = environment;
        c.gatewayUrl = url;
        c.credentials = faspay::Credentials{merchantId, merchantName, userId, password};
        // The rule the Settings dialog enforces, with its message; from the environment the
        // message names the variable.
        if (const auto problem = gatewayUrlProblem(environment, url)) {
            const QString where = env.contains(QStringLiteral("KASIR_GATEWAY_URL"))
                                      ? QStringLiteral("KASIR_GATEWAY_URL")
                                      : url.toString();
            c.errors.append(
                FieldError{QStringLiteral("gateway_url"),
                           where.isEmpty() ? *problem : problem->withPrefix(where + u": ")});
        }
        if (const auto problem = terminalCodeProblem(environment, settings.store.terminalCode))
            c.errors.append(FieldError{QStringLiteral("terminal"), *problem});
        if (merchantId.isEmpty()) {
            c.errors.append(error(QStringLiteral("merchant_id"),
                                  QT_TRANSLATE_NOOP("kasir::Config",
                                                    "No merchant id. Set KASIR_MERCHANT_ID or the "
                                                    "merchant id in Settings.")));
        } else if (const auto problem = merchantIdProblem(merchantId)) {
            c.errors.append(
                FieldError{QStringLiteral("merchant_id"),
                           env.contains(QStringLiteral("KASIR_MERCHANT_ID"))
                               ? problem->withPrefix(QStringLiteral("KASIR_MERCHANT_ID: "))
                               : *problem});
        }
        if (password.isEmpty() && !keychain.problem.isEmpty()) {
            c.paymentsOff = keychain.problem;
        } else if (password.isEmpty()) {
            c.errors.append(error(QStringLiteral("password"),
                                  QT_TRANSLATE_NOOP("kasir::Config",
                                                    "No Faspay password. Set "
                                                    "KASIR_FASPAY_PASSWORD or save it in Settings "
                                                    "(kept in the system keychain).")));
        }
        if (merchantName.isEmpty()) {
            c.credentials.merchantName = QStringLiteral("Kasir %1").arg(merchantId);
        }
    }

    const QString listen =
        env.value(QStringLiteral("KASIR_NOTIFY_LISTEN"),
                  settings.notificationReceiverEnabled ? settings.notificationListen : QString())
            .trimmed();
    if (!listen.isEmpty()) {
        c.notificationListen = parseListenAddress(listen);
        if (!c.notificationListen) {
            c.errors.append(
                error(QStringLiteral("notify_listen"),
                      QT_TRANSLATE_NOOP("kasir::Config", "The notification address \"%1\" is not "
                                                         "host:port (for example 0.0.0.0:8765)."),
                      {listen}));
        }
    }
    if (c.dataDir.isEmpty()) {
        c.errors.append(
            error(QStringLiteral("data_dir"),
                  QT_TRANSLATE_NOOP("kasir::Config", "No data folder. Set KASIR_DATA_DIR.")));
    }
    return c;
}

} // namespace kasir
