#include "core/faspay/requests.h"

#include "core/faspay/billno.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/wire.h"

#include <QJsonArray>

namespace kasir::faspay {

namespace {
constexpr char Ctx[] = "kasir::faspay::Requests";

FieldError error(QString field, const char *source, QStringList args = {})
{
    return FieldError{std::move(field), TranslatableText(Ctx, source, std::move(args))};
}

QString itemField(qsizetype index, const char *name)
{
    return QStringLiteral("items[%1].%2").arg(index).arg(QLatin1String(name));
}

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

std::optional<qint64> digitsValue(const QJsonValue &value)
{
    if (!value.isString() || !isDigits(value.toString()) || value.toString().size() > 18)
        return std::nullopt;
    return value.toString().toLongLong();
}

QJsonObject itemLine(const QString &id, const QString &product, qint64 qty, const QString &amount,
                     const QString &merchantId)
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("product"), product},
        {QStringLiteral("qty"), QString::number(qty)},
        {QStringLiteral("amount"), amount},
        {QStringLiteral("payment_plan"), QStringLiteral("1")}, // full settlement (Part B U6)
        {QStringLiteral("tenor"), QStringLiteral("00")},
        {QStringLiteral("merchant_id"), merchantId},
    };
}

// Part A §5: reads the built body back and checks, on the wire values themselves, that
// sum(amount x qty over all lines but the discount) - discount = bill_total, that the fee lines
// add up to bill_miscfee and that bill_gross + bill_miscfee = bill_total.
bool totalsAddUp(const QJsonObject &body)
{
    const auto total = digitsValue(body.value(QLatin1String("bill_total")));
    const auto gross = digitsValue(body.value(QLatin1String("bill_gross")));
    const auto miscFee = digitsValue(body.value(QLatin1String("bill_miscfee")));
    if (!total || !gross || !miscFee)
        return false;
    qint64 lines = 0;
    qint64 fees = 0;
    qint64 discount = 0;
    const QJsonValue items = body.value(QLatin1String("item"));
    if (!items.isArray() || items.toArray().isEmpty())
        return false;
    for (const QJsonValue &item : items.toArray()) {
        const QJsonObject line = item.toObject();
        const QString id = line.value(QLatin1String("id")).toString();
        const auto qty = digitsValue(line.value(QLatin1String("qty")));
        const auto amount = digitsValue(line.value(QLatin1String("amount")));
        qint64 lineTotal = 0;
        if (!qty || !amount || *qty <= 0 || qMulOverflow(*amount, *qty, &lineTotal))
            return false;
        if (id == QLatin1String("discount")) {
            if (*qty != 1 || qAddOverflow(discount, lineTotal, &discount))
                return false;
            continue;
        }
        if (qAddOverflow(lines, lineTotal, &lines))
            return false;
        if (feeKindFromId(id) && qAddOverflow(fees, lineTotal, &fees))
            return false;
    }
    return lines - discount == *total && fees == *miscFee && *gross + *miscFee == *total;
}

// A channel code must be digits and must not contradict the order's channel: a published code
// is the only one accepted for its lender, and BRI Ceria (unpublished) cannot borrow one of
// theirs. This keeps, say, Kredivo's reserve2 from ever reaching Akulaku.
void checkChannelCode(FieldErrors &errors, const Order &order, const QString &code)
{
    const QString channelName = channelDisplayName(order.channel);
    if (code.isEmpty()) {
        errors.append(error(QStringLiteral("channel"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "There is no Faspay channel code for %1. Refresh the "
                                              "channel list, or ask Faspay to enable the channel."),
                            {channelName}));
        return;
    }
    if (!isDigits(code) || code.size() > 8) {
        errors.append(error(QStringLiteral("channel"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The Faspay channel code \"%1\" is not a number. "
                                              "Refresh the channel list."),
                            {code.left(16)}));
        return;
    }
    const QString known = ChannelCatalog::knownCode(order.channel);
    bool belongsToAnother = false;
    for (Channel other : allChannels()) {
        if (other != order.channel && ChannelCatalog::knownCode(other) == code)
            belongsToAnother = true;
    }
    if ((!known.isEmpty() && code != known) || belongsToAnother) {
        errors.append(error(QStringLiteral("channel"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The Faspay channel code %1 does not belong to %2. "
                                              "Refresh the channel list."),
                            {code, channelName}));
    }
}

void checkDates(FieldErrors &errors, const QDateTime &billDate, const QDateTime &billExpired)
{
    if (!billDate.isValid()) {
        errors.append(error(QStringLiteral("bill_date"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The bill date is missing. Check the computer's "
                                              "clock and try again.")));
        return;
    }
    if (!billExpired.isValid()) {
        errors.append(error(QStringLiteral("bill_expired"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The bill expiry time is missing. Check the payment "
                                              "expiry setting.")));
        return;
    }
    // Whole seconds, as they go on the wire.
    const qint64 lifetime = billExpired.toSecsSinceEpoch() - billDate.toSecsSinceEpoch();
    if (lifetime <= 0) {
        errors.append(error(QStringLiteral("bill_expired"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The bill must expire after it is issued. Check the "
                                              "payment expiry setting.")));
    } else if (lifetime > MaxBillLifetimeSecs) {
        errors.append(error(QStringLiteral("bill_expired"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "A bill can stay open for at most 30 days. Shorten "
                                              "the payment expiry setting.")));
    }
}

QString phone(const QString &text)
{
    return normalizeIndonesianPhone(text).value_or(QString());
}
} // namespace

QJsonObject buildChannelInquiry(const Credentials &credentials)
{
    return QJsonObject{
        {QStringLiteral("request"), channelInquiryRequestText()},
        {QStringLiteral("merchant_id"), credentials.merchantId},
        {QStringLiteral("merchant"), wireText(credentials.merchantName, 32)},
        {QStringLiteral("signature"), channelInquirySignature(credentials)},
    };
}

QJsonObject buildStatusInquiry(const Credentials &credentials, const QString &trxId,
                               const QString &billNo)
{
    return QJsonObject{
        {QStringLiteral("request"), statusInquiryRequestText()},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), credentials.merchantId},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("signature"), billSignature(credentials, billNo)},
    };
}

QJsonObject buildCancel(const Credentials &credentials, const QString &trxId, const QString &billNo,
                        const QString &reason)
{
    QString cancel = wireText(reason, 50);
    if (cancel.isEmpty())
        cancel = QStringLiteral("Cancelled at the counter");
    return QJsonObject{
        {QStringLiteral("request"), cancelRequestText()},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), credentials.merchantId},
        {QStringLiteral("merchant"), wireText(credentials.merchantName, 32)},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("payment_cancel"), cancel},
        {QStringLiteral("signature"), billSignature(credentials, billNo)},
    };
}

BuiltRequest buildPostData(const Credentials &credentials, const PostDataParams &params)
{
    BuiltRequest result;
    const Order &order = params.order;
    result.errors = validateOrder(order);
    if (!result.errors.isEmpty())
        return result;

    FieldErrors &errors = result.errors;
    if (!credentials.isComplete() || !isDigits(credentials.merchantId) ||
        wireText(credentials.merchantName, 32).isEmpty()) {
        errors.append(error(QStringLiteral("credentials"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The Faspay merchant ID, merchant name or password "
                                              "is not set. A supervisor must enter them in "
                                              "Settings.")));
    }
    if (!isValidBillNo(params.billNo)) {
        errors.append(error(QStringLiteral("bill_no"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The bill number \"%1\" is not valid (1 to 16 "
                                              "letters or digits). Check the terminal code in "
                                              "Settings."),
                            {params.billNo.left(32)}));
    }
    checkDates(errors, params.billDate, params.billExpired);
    const QString channelCode = params.channelCode.trimmed();
    checkChannelCode(errors, order, channelCode);

    const QString merchantId = credentials.merchantId;
    QJsonArray items;
    const QList<LineItem> &lines = order.cart.lines;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineItem &line = lines.at(i);
        const QString product = wireProductName(line.name);
        if (product.isEmpty()) {
            errors.append(error(itemField(i, "name"),
                                QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                                  "The item name has no printable characters. "
                                                  "Correct the name in the catalog.")));
        }
        const QString amount = toWireAmount(line.unitPrice);
        if (amount.isEmpty()) {
            errors.append(error(itemField(i, "unit_price"),
                                QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                                  "This price cannot be sent to Faspay. "
                                                  "Correct the price.")));
        }
        items.append(itemLine(wireText(line.sku, 64), product, line.qty, amount, merchantId));
    }
    // One line per fee kind, in the order the kinds first appear; a zero fee is no line.
    QList<FeeKind> feeKinds;
    for (const Fee &fee : order.cart.fees) {
        if (!feeKinds.contains(fee.kind))
            feeKinds.append(fee.kind);
    }
    for (FeeKind kind : std::as_const(feeKinds)) {
        const Money amount = order.cart.fee(kind);
        if (amount.isZero())
            continue;
        items.append(itemLine(feeKindId(kind), feeKindLabel(kind).english(), 1,
                              toWireAmount(amount), merchantId));
    }
    if (!order.cart.discount.isZero()) {
        items.append(itemLine(QStringLiteral("discount"), QStringLiteral("Discount"), 1,
                              toWireAmount(order.cart.discount), merchantId));
    }
    if (!errors.isEmpty())
        return result;

    const CartTotals totals = order.cart.totals();
    const Customer &customer = order.customer;
    const Address &billing = order.billing;
    const Address shipping = order.effectiveShipping();
    const QString description = wireText(order.description, 128);

    QJsonObject body{
        {QStringLiteral("request"), postDataRequestText()},
        {QStringLiteral("merchant_id"), merchantId},
        {QStringLiteral("merchant"), wireText(credentials.merchantName, 32)},
        {QStringLiteral("bill_no"), params.billNo},
        {QStringLiteral("bill_reff"), params.billNo},
        {QStringLiteral("bill_date"), formatWib(params.billDate)},
        {QStringLiteral("bill_expired"), formatWib(params.billExpired)},
        {QStringLiteral("bill_desc"), description.isEmpty()
                                          ? QString(QStringLiteral("POS sale ") + params.billNo)
                                          : description},
        {QStringLiteral("bill_currency"), QStringLiteral("IDR")},
        {QStringLiteral("bill_gross"), toWireAmount(totals.gross)},
        {QStringLiteral("bill_miscfee"), toWireAmount(totals.miscFee)},
        {QStringLiteral("bill_total"), toWireAmount(totals.total)},
        {QStringLiteral("cust_no"), wireText(customer.id, 32)},
        {QStringLiteral("cust_name"), wireText(customer.fullName(), 128)},
        {QStringLiteral("payment_channel"), channelCode},
        {QStringLiteral("pay_type"), QStringLiteral("1")},
        {QStringLiteral("msisdn"), phone(customer.phone)},
        {QStringLiteral("email"), customer.email.trimmed()},
        {QStringLiteral("terminal"), QStringLiteral("10")},
        {QStringLiteral("billing_name"), wireText(billing.firstName, 64)},
        {QStringLiteral("billing_lastname"), wireText(billing.lastName, 64)},
        {QStringLiteral("billing_address"), wireText(billing.address, 200)},
        {QStringLiteral("billing_address_city"), wireText(billing.city, 50)},
        {QStringLiteral("billing_address_region"), wireText(billing.region, 100)},
        {QStringLiteral("billing_address_state"), wireText(billing.state, 100)},
        {QStringLiteral("billing_address_poscode"), wireText(billing.postcode, 10)},
        {QStringLiteral("billing_msisdn"), phone(billing.phone)},
        {QStringLiteral("billing_address_country_code"), billing.countryCode.trimmed()},
        {QStringLiteral("receiver_name_for_shipping"), wireText(shipping.firstName, 64)},
        {QStringLiteral("shipping_lastname"), wireText(shipping.lastName, 64)},
        {QStringLiteral("shipping_address"), wireText(shipping.address, 200)},
        {QStringLiteral("shipping_address_city"), wireText(shipping.city, 50)},
        {QStringLiteral("shipping_address_region"), wireText(shipping.region, 100)},
        {QStringLiteral("shipping_address_state"), wireText(shipping.state, 100)},
        {QStringLiteral("shipping_address_poscode"), wireText(shipping.postcode, 10)},
        {QStringLiteral("shipping_msisdn"), phone(shipping.phone)},
        {QStringLiteral("shipping_address_country_code"), shipping.countryCode.trimmed()},
        {QStringLiteral("item"), items},
        {QStringLiteral("reserve1"), QString()},
        // Part A §11: Kredivo's tenor; empty for the other lenders.
        {QStringLiteral("reserve2"),
         order.channel == Channel::Kredivo ? kredivoTenorKey(order.tenor) : QString()},
        {QStringLiteral("signature"), billSignature(credentials, params.billNo)},
    };

    if (!totalsAddUp(body)) {
        // Unreachable while Cart and this builder agree; if they ever do not, nothing is sent.
        errors.append(error(QStringLiteral("items"),
                            QT_TRANSLATE_NOOP("kasir::faspay::Requests",
                                              "The bill lines do not add up to the total, so "
                                              "nothing was sent. Report this to support with the "
                                              "sale.")));
        return result;
    }
    result.body = body;
    return result;
}

} // namespace kasir::faspay
