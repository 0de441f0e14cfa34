#include "core/order/order.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Order";

FieldError error(QString field, const char *source, QStringList args = {})
{
    return FieldError{std::move(field), TranslatableText(Ctx, source, std::move(args))};
}

// Reads JSON into the model, collecting a field-level error for every value of the wrong type.
class Reader
{
public:
    FieldErrors errors;

    QString string(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isString()) {
            errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Must be text.")));
            return {};
        }
        return v.toString();
    }

    // Whole rupiah as a JSON integer (a number with no fraction, within qint64 and 2^53).
    std::optional<qint64> integer(const QJsonObject &o, const char *key, const QString &path,
                                  bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Required.")));
            return std::nullopt;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9.0e15) {
            errors.append(
                error(path, QT_TRANSLATE_NOOP("kasir::Order", "Must be a whole number (rupiah).")));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    QJsonObject object(const QJsonObject &o, const char *key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Required.")));
            return {};
        }
        if (!v.isObject()) {
            errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Must be an object.")));
            return {};
        }
        return v.toObject();
    }

    QJsonArray array(const QJsonObject &o, const char *key, const QString &path)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Must be a list.")));
            return {};
        }
        return v.toArray();
    }

    Address address(const QJsonObject &o, const QString &prefix)
    {
        const auto p = [&prefix](const char *name) -> QString {
            return prefix + QLatin1Char('.') + QLatin1String(name);
        };
        Address a;
        a.firstName = string(o, "first_name", p("first_name"));
        a.lastName = string(o, "last_name", p("last_name"));
        a.address = string(o, "address", p("address"));
        a.city = string(o, "city", p("city"));
        a.region = string(o, "region", p("region"));
        a.state = string(o, "state", p("state"));
        a.postcode = string(o, "postcode", p("postcode"));
        const QString cc = string(o, "country_code", p("country_code"));
        a.countryCode = cc.isEmpty() ? QStringLiteral("ID") : cc;
        a.phone = string(o, "phone", p("phone"));
        return a;
    }
};

QJsonObject addressToJson(const Address &a)
{
    return QJsonObject{{QStringLiteral("first_name"), a.firstName},
                       {QStringLiteral("last_name"), a.lastName},
                       {QStringLiteral("address"), a.address},
                       {QStringLiteral("city"), a.city},
                       {QStringLiteral("region"), a.region},
                       {QStringLiteral("state"), a.state},
                       {QStringLiteral("postcode"), a.postcode},
                       {QStringLiteral("country_code"), a.countryCode},
                       {QStringLiteral("phone"), a.phone}};
}
} // namespace

QList<Channel> allChannels()
{
    return {Channel::Kredivo, Channel::Akulaku, Channel::Indodana, Channel::BriCeria};
}

QString channelKey(Channel channel)
{
    switch (channel) {
    case Channel::Kredivo:
        return QStringLiteral("kredivo");
    case Channel::Akulaku:
        return QStringLiteral("akulaku");
    case Channel::Indodana:
        return QStringLiteral("indodana");
    case Channel::BriCeria:
        return QStringLiteral("briceria");
    }
    return {};
}

std::optional<Channel> channelFromKey(QStringView key)
{
    for (Channel c : allChannels()) {
        if (channelKey(c) == key)
            return c;
    }
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::Kredivo:
        return QStringLiteral("Kredivo");
    case Channel::Akulaku:
        return QStringLiteral("Akulaku");
    case Channel::Indodana:
        return QStringLiteral("Indodana");
    case Channel::BriCeria:
        return QStringLiteral("BRI Ceria");
    }
    return {};
}

QList<KredivoTenor> allKredivoTenors()
{
    return {KredivoTenor::Days30, KredivoTenor::Months3, KredivoTenor::Months6,
            KredivoTenor::Months12};
}

QString kredivoTenorKey(KredivoTenor tenor)
{
    switch (tenor) {
    case KredivoTenor::Days30:
        return QStringLiteral("30_days");
    case KredivoTenor::Months3:
        return QStringLiteral("3_months");
    case KredivoTenor::Months6:
        return QStringLiteral("6_months");
    case KredivoTenor::Months12:
        return QStringLiteral("12_months");
    }
    return {};
}

std::optional<KredivoTenor> kredivoTenorFromKey(QStringView key)
{
    for (KredivoTenor t : allKredivoTenors()) {
        if (kredivoTenorKey(t) == key)
            return t;
    }
    return std::nullopt;
}

TranslatableText kredivoTenorLabel(KredivoTenor tenor)
{
    switch (tenor) {
    case KredivoTenor::Days30:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Order", "Pay in 30 days")};
    case KredivoTenor::Months3:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Order", "3 monthly instalments")};
    case KredivoTenor::Months6:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Order", "6 monthly instalments")};
    case KredivoTenor::Months12:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::Order", "12 monthly instalments")};
    }
    return {};
}

FieldErrors validateOrder(const Order &order)
{
    FieldErrors errors = order.cart.validate();
    errors += order.customer.validate();
    // All four online-credit channels get the complete billing and shipping blocks (Part A §9).
    errors += order.billing.validate(QStringLiteral("billing"), true);
    if (order.shipping)
        errors += order.shipping->validate(QStringLiteral("shipping"), true);
    if (order.description.size() > 128) {
        errors.append(error(QStringLiteral("description"),
                            QT_TRANSLATE_NOOP("kasir::Order",
                                              "The description is too long (128 characters at "
                                              "most).")));
    }
    if (order.channel == Channel::Kredivo && isInstalment(order.tenor) &&
        !hasFieldError(errors, QStringLiteral("items")) && order.cart.validate().isEmpty() &&
        order.cart.totals().total < KredivoInstalmentMinimum) {
        errors.append(error(
            QStringLiteral("tenor"),
            QT_TRANSLATE_NOOP("kasir::Order", "Kredivo instalments need a total of at least %1; "
                                              "this sale is %2. Choose \"Pay in 30 days\" or "
                                              "another provider."),
            {KredivoInstalmentMinimum.format(), order.cart.totals().total.format()}));
    }
    return errors;
}

OrderParseResult parseOrderJson(const QByteArray &json)
{
    OrderParseResult result;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.errors.append(error(
            QStringLiteral("order"),
            QT_TRANSLATE_NOOP("kasir::Order", "The order is not a JSON object (%1)."),
            {parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                          : QStringLiteral("not an object")}));
        return result;
    }
    const QJsonObject root = doc.object();
    Reader r;
    Order order;

    const QString channel = r.string(root, "channel", QStringLiteral("channel"));
    if (const auto c = channelFromKey(channel)) {
        order.channel = *c;
    } else {
        r.errors.append(
            error(QStringLiteral("channel"),
                  QT_TRANSLATE_NOOP("kasir::Order", "Unknown channel \"%1\". Use kredivo, akulaku, "
                                                    "indodana or briceria."),
                  {channel}));
    }
    const QString tenor = r.string(root, "tenor", QStringLiteral("tenor"));
    if (!tenor.isEmpty()) {
        if (const auto t = kredivoTenorFromKey(tenor)) {
            order.tenor = *t;
        } else {
            r.errors.append(error(QStringLiteral("tenor"),
                                  QT_TRANSLATE_NOOP("kasir::Order",
                                                    "Unknown tenor \"%1\". Use 30_days, 3_months, "
                                                    "6_months or 12_months."),
                                  {tenor}));
        }
    }

    const QJsonObject customer = r.object(root, "customer", QStringLiteral("customer"), true);
    order.customer.id = r.string(customer, "id", QStringLiteral("customer.id"));
    order.customer.firstName =
        r.string(customer, "first_name", QStringLiteral("customer.first_name"));
    order.customer.lastName = r.string(customer, "last_name", QStringLiteral("customer.last_name"));
    order.customer.phone = r.string(customer, "phone", QStringLiteral("customer.phone"));
    order.customer.email = r.string(customer, "email", QStringLiteral("customer.email"));

    order.billing = r.address(r.object(root, "billing", QStringLiteral("billing"), true),
                              QStringLiteral("billing"));
    if (root.contains(QLatin1String("shipping")) &&
        !root.value(QLatin1String("shipping")).isNull()) {
        order.shipping = r.address(r.object(root, "shipping", QStringLiteral("shipping"), false),
                                   QStringLiteral("shipping"));
    }

    const QJsonArray items = r.array(root, "items", QStringLiteral("items"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            r.errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Must be an object.")));
            continue;
        }
        const QJsonObject item = items.at(i).toObject();
        LineItem line;
        line.sku = r.string(item, "sku", path + QLatin1String(".sku"));
        line.name = r.string(item, "name", path + QLatin1String(".name"));
        line.qty = r.integer(item, "qty", path + QLatin1String(".qty"), true).value_or(0);
        line.unitPrice = Money::fromRupiah(
            r.integer(item, "unit_price", path + QLatin1String(".unit_price"), true).value_or(0));
        order.cart.lines.append(line);
    }

    const QJsonArray fees = r.array(root, "fees", QStringLiteral("fees"));
    for (qsizetype i = 0; i < fees.size(); ++i) {
        const QString path = QStringLiteral("fees[%1]").arg(i);
        if (!fees.at(i).isObject()) {
            r.errors.append(error(path, QT_TRANSLATE_NOOP("kasir::Order", "Must be an object.")));
            continue;
        }
        const QJsonObject fee = fees.at(i).toObject();
        const QString kind = r.string(fee, "kind", path + QLatin1String(".kind"));
        const auto amount = r.integer(fee, "amount", path + QLatin1String(".amount"), true);
        const auto feeKind = feeKindFromId(kind);
        if (!feeKind) {
            r.errors.append(
                error(path + QLatin1String(".kind"),
                      QT_TRANSLATE_NOOP("kasir::Order", "Unknown fee kind \"%1\". Use shippingfee, "
                                                        "adminfee, taxfee, additionalfee or "
                                                        "insurancefee."),
                      {kind}));
            continue;
        }
        order.cart.fees.append(Fee{*feeKind, Money::fromRupiah(amount.value_or(0))});
    }

    order.cart.discount = Money::fromRupiah(
        r.integer(root, "discount", QStringLiteral("discount"), false).value_or(0));
    order.description = r.string(root, "description", QStringLiteral("description"));

    result.errors = r.errors;
    // Validation runs even after parse errors so that one run reports every problem, but a
    // field that already has a parse error is not reported twice.
    for (const FieldError &e : validateOrder(order)) {
        if (!hasFieldError(result.errors, e.field))
            result.errors.append(e);
    }
    result.order = order;
    return result;
}

QJsonObject orderToJson(const Order &order)
{
    QJsonObject root;
    root.insert(QStringLiteral("channel"), channelKey(order.channel));
    if (order.channel == Channel::Kredivo)
        root.insert(QStringLiteral("tenor"), kredivoTenorKey(order.tenor));
    root.insert(QStringLiteral("customer"),
                QJsonObject{{QStringLiteral("id"), order.customer.id},
                            {QStringLiteral("first_name"), order.customer.firstName},
                            {QStringLiteral("last_name"), order.customer.lastName},
                            {QStringLiteral("phone"), order.customer.phone},
                            {QStringLiteral("email"), order.customer.email}});
    root.insert(QStringLiteral("billing"), addressToJson(order.billing));
    if (order.shipping)
        root.insert(QStringLiteral("shipping"), addressToJson(*order.shipping));
    QJsonArray items;
    for (const LineItem &line : order.cart.lines) {
        items.append(QJsonObject{{QStringLiteral("sku"), line.sku},
                                 {QStringLiteral("name"), line.name},
                                 {QStringLiteral("qty"), line.qty},
                                 {QStringLiteral("unit_price"), line.unitPrice.rupiah()}});
    }
    root.insert(QStringLiteral("items"), items);
    QJsonArray fees;
    for (const Fee &fee : order.cart.fees) {
        fees.append(QJsonObject{{QStringLiteral("kind"), feeKindId(fee.kind)},
                                {QStringLiteral("amount"), fee.amount.rupiah()}});
    }
    if (!fees.isEmpty())
        root.insert(QStringLiteral("fees"), fees);
    if (!order.cart.discount.isZero())
        root.insert(QStringLiteral("discount"), order.cart.discount.rupiah());
    if (!order.description.isEmpty())
        root.insert(QStringLiteral("description"), order.description);
    return root;
}

} // namespace kasir
