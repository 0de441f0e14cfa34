#pragma once

#include "core/cart/cart.h"
#include "core/common/translatabletext.h"
#include "core/customer/customer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace kasir {

// The four online-credit ("paylater") providers Kasir sells through.
enum class Channel { Kredivo, Akulaku, Indodana, BriCeria };

QList<Channel> allChannels();
// Stable key used in order files, settings and the journal: "kredivo", "akulaku", "indodana",
// "briceria".
QString channelKey(Channel channel);
std::optional<Channel> channelFromKey(QStringView key);
// "Kredivo", "Akulaku", "Indodana", "BRI Ceria" (brand names are not translated).
QString channelDisplayName(Channel channel);

// Kredivo's reserve2 values (Part A §11).
enum class KredivoTenor { Days30, Months3, Months6, Months12 };
QList<KredivoTenor> allKredivoTenors();
QString kredivoTenorKey(KredivoTenor tenor); // "30_days", "3_months", ...
std::optional<KredivoTenor> kredivoTenorFromKey(QStringView key);
TranslatableText kredivoTenorLabel(KredivoTenor tenor);
inline bool isInstalment(KredivoTenor tenor)
{
    return tenor != KredivoTenor::Days30;
}
// Kredivo instalments need a bill total of at least this.
constexpr Money KredivoInstalmentMinimum = Money::fromRupiah(1'500'000);

// One sale as the cashier (or an order file) describes it, before anything is sent.
struct Order
{
    Channel channel = Channel::Kredivo;
    KredivoTenor tenor = KredivoTenor::Days30; // Kredivo only
    Customer customer;
    Address billing;
    std::optional<Address> shipping; // absent: same as billing
    Cart cart;
    QString description;

    Address effectiveShipping() const { return shipping.value_or(billing); }
    bool operator==(const Order &) const = default;
};

// Everything checked locally before a request is built: cart, customer, complete billing and
// shipping blocks, and the channel rules (Kredivo instalment minimum). Empty means valid.
FieldErrors validateOrder(const Order &order);

// The order file format of `kasir checkout` (README): amounts are whole rupiah as JSON integers.
struct OrderParseResult
{
    std::optional<Order> order; // set when the file could be read into an order
    FieldErrors errors;         // parse errors, then validation errors
    bool ok() const { return order.has_value() && errors.isEmpty(); }
};
OrderParseResult parseOrderJson(const QByteArray &json);
QJsonObject orderToJson(const Order &order);

} // namespace kasir
