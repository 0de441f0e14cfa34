#pragma once

#include "core/common/translatabletext.h"
#include "core/config/appsettings.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace kasir {

// What the Settings form holds beyond AppSettings: the text of the fields that AppSettings keeps
// parsed (an address that does not parse has no AppSettings value to check), and the PIN fields.
struct SettingsForm
{
    AppSettings settings;
    QString escPosAddress; // the network printer as typed, "192.168.1.50:9100"
    QString returnUrl;     // the Return URL as typed (trimmed), empty when none
    QString currentPin;
    QString newPin;
    QString repeatPin;
    bool hadPin = false; // a supervisor PIN was set before
};

// The rules of every setting, in one place: the Settings dialog shows them under its fields and
// refuses to save, start-up refuses a configuration from the environment that breaks them.
// Field paths: "store.name", "store.terminal", "gateway.productionUrl", "gateway.customUrl",
// "merchant.id", "merchant.name", "merchant.userId", "notification.listen", "printer.address",
// "printer.device", "browser.hosts", "browser.returnUrl", "pin.current", "pin.new",
// "pin.repeat". At most one error per field.
FieldErrors validateSettings(const SettingsForm &form);

// The one gateway-address rule: production must be https://; a custom address (also
// KASIR_GATEWAY_URL) https://, or plain http:// to this computer only (the training sandbox, a
// test server); never with a user name or password in it. nullopt when `url` is fine for `env`
// (Training and Faspay's sandbox have fixed addresses: always fine).
std::optional<TranslatableText> gatewayUrlProblem(GatewayEnvironment env, const QUrl &url);

// The merchant id rule: the 5 digits Faspay gave.
// A production set-up may not keep the default terminal code (bill numbers must be unique per
// merchant across counters and installs).
std::optional<TranslatableText> terminalCodeProblem(GatewayEnvironment env, const QString &code);
std::optional<TranslatableText> merchantIdProblem(const QString &merchantId);

} // namespace kasir
