#include "core/config/settingsrules.h"

#include "core/common/loopback.h"
#include "core/receipt/escpossender.h"

#include <QRegularExpression>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Settings";

struct Collector
{
    FieldErrors errors;
    void add(const char *field, const char *source, QStringList args = {})
    {
        add(field, TranslatableText(Ctx, source, std::move(args)));
    }
    void add(const char *field, TranslatableText message)
    {
        errors.append(FieldError{QString::fromLatin1(field), std::move(message)});
    }
};
} // namespace

std::optional<TranslatableText> gatewayUrlProblem(GatewayEnvironment env, const QUrl &u)
{
    if (env == GatewayEnvironment::Production) {
        if (!u.isValid() || u.host().isEmpty() || u.scheme() != QLatin1String("https") ||
            !u.userInfo().isEmpty())
            return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Settings",
                                                           "Enter the https:// address Faspay "
                                                           "gives for production, for example "
                                                           "https://web.faspay.co.id."));
    } else if (env == GatewayEnvironment::Custom) {
        const bool schemeOk = u.scheme() == QLatin1String("https") ||
                              (u.scheme() == QLatin1String("http") && isLoopbackHost(u.host()));
        if (!u.isValid() || u.host().isEmpty() || !schemeOk || !u.userInfo().isEmpty())
            return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Settings",
                                                           "Enter an https:// address (plain "
                                                           "http:// only for this computer, "
                                                           "127.0.0.1)."));
    }
    return std::nullopt;
}

std::optional<TranslatableText> terminalCodeProblem(GatewayEnvironment env, const QString &code)
{
    // Every install starts as K01: two counters of one merchant left at it would post the same
    // bill numbers to Faspay (Part A §6). Production needs the counter's own code.
    if (env == GatewayEnvironment::Production &&
        code.compare(AppSettings().store.terminalCode, Qt::CaseInsensitive) == 0)
        return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Settings",
                                                       "Give this counter its own terminal code "
                                                       "(K01 is every new install's): no two "
                                                       "counters of the merchant may share one."));
    return std::nullopt;
}

std::optional<TranslatableText> merchantIdProblem(const QString &merchantId)
{
    static const QRegularExpression merchantRe(QStringLiteral("^[0-9]{5}$"));
    if (!merchantRe.match(merchantId).hasMatch())
        return TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::Settings",
                                                       "The merchant ID is 5 digits, as Faspay "
                                                       "gave it."));
    return std::nullopt;
}

FieldErrors validateSettings(const SettingsForm &form)
{
    const AppSettings &s = form.settings;
    Collector e;
    if (s.store.name.trimmed().isEmpty())
        e.add("store.name", QT_TRANSLATE_NOOP("kasir::Settings", "Enter the store's name."));
    static const QRegularExpression terminalRe(QStringLiteral("^[A-Za-z0-9]{1,4}$"));
    if (!terminalRe.match(s.store.terminalCode).hasMatch())
        e.add("store.terminal",
              QT_TRANSLATE_NOOP("kasir::Settings",
                                "Use 1 to 4 letters or digits (A-Z, 0-9), without spaces."));

    const bool live = s.environment != GatewayEnvironment::Training;
    if (auto problem = terminalCodeProblem(s.environment, s.store.terminalCode))
        e.add("store.terminal", *problem);
    if (s.environment == GatewayEnvironment::Production) {
        if (auto problem = gatewayUrlProblem(s.environment, s.productionGatewayUrl))
            e.add("gateway.productionUrl", *problem);
    }
    if (s.environment == GatewayEnvironment::Custom) {
        if (auto problem = gatewayUrlProblem(s.environment, s.customGatewayUrl))
            e.add("gateway.customUrl", *problem);
    }
    if (live || !s.merchantId.isEmpty()) {
        if (auto problem = merchantIdProblem(s.merchantId))
            e.add("merchant.id", *problem);
    }
    if (live && s.merchantName.trimmed().isEmpty())
        e.add("merchant.name", QT_TRANSLATE_NOOP("kasir::Settings", "Enter the merchant name."));
    static const QRegularExpression userRe(QStringLiteral("^[A-Za-z0-9_.@-]{1,64}$"));
    if (!s.userId.isEmpty() && !userRe.match(s.userId).hasMatch())
        e.add("merchant.userId",
              QT_TRANSLATE_NOOP("kasir::Settings",
                                "Letters, digits and . _ - @ only, or leave it empty."));

    if (s.notificationReceiverEnabled) {
        const auto listen = parseListenAddress(s.notificationListen);
        if (!listen || listen->second == 0)
            e.add("notification.listen",
                  QT_TRANSLATE_NOOP("kasir::Settings",
                                    "Write it as address:port, for example 0.0.0.0:8765."));
    }

    if (s.printer.kind == PrinterKind::EscPosTcp) {
        const std::optional<EscPosTarget> t = EscPosTarget::fromString(form.escPosAddress);
        if (!t || t->kind != EscPosTarget::Kind::Network)
            e.add("printer.address",
                  QT_TRANSLATE_NOOP("kasir::Settings", "Enter the printer's address, for example "
                                                       "192.168.1.50:9100."));
    }
    if (s.printer.kind == PrinterKind::EscPosDevice) {
        const std::optional<EscPosTarget> t = EscPosTarget::fromString(s.printer.device);
        if (s.printer.device.isEmpty() || !t || t->kind != EscPosTarget::Kind::Device)
            e.add("printer.device",
                  QT_TRANSLATE_NOOP("kasir::Settings",
                                    "Enter the printer's device, for example /dev/usb/lp0."));
    }

    static const QRegularExpression hostRe(
        QStringLiteral("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$|^\\[[0-9A-Fa-f:.]+\\]$"));
    for (const QString &h : s.browser.lenderHosts) {
        if (!hostRe.match(h).hasMatch()) {
            e.add("browser.hosts",
                  QT_TRANSLATE_NOOP("kasir::Settings",
                                    "\"%1\" is not a host name. Write names like "
                                    "web.faspay.co.id or *.kredivo.com, separated by spaces."),
                  {h});
            break;
        }
    }
    if (!form.returnUrl.isEmpty()) {
        const QUrl u(form.returnUrl, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() ||
            (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            e.add("browser.returnUrl",
                  QT_TRANSLATE_NOOP("kasir::Settings",
                                    "Enter the whole address, starting with https://, as in "
                                    "Faspay's portal."));
    }

    static const QRegularExpression pinRe(QStringLiteral("^[0-9]{4,8}$"));
    if (!form.newPin.isEmpty() || !form.repeatPin.isEmpty()) {
        if (!pinRe.match(form.newPin).hasMatch())
            e.add("pin.new", QT_TRANSLATE_NOOP("kasir::Settings", "The PIN is 4 to 8 digits."));
        else if (form.repeatPin != form.newPin)
            e.add("pin.repeat",
                  QT_TRANSLATE_NOOP("kasir::Settings", "The two PINs are not the same."));
        if (form.hadPin && form.currentPin.isEmpty())
            e.add("pin.current",
                  QT_TRANSLATE_NOOP("kasir::Settings", "Enter the current PIN to change it."));
    }
    return e.errors;
}

} // namespace kasir
