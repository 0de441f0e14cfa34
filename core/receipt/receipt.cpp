#include "core/receipt/receipt.h"

#include "core/attempt/attempt.h"
#include "core/common/wib.h"
#include "core/faspay/hosts.h"
#include "core/receipt/receipttexts.h"

namespace kasir {

namespace {
bool isAlnumAscii(QStringView s, qsizetype min, qsizetype max)
{
    if (s.size() < min || s.size() > max)
        return false;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z')))
            return false;
    }
    return true;
}

constexpr QLatin1String LookupPrefix("KASIR:");
} // namespace

QString ReceiptData::lookupPayload() const
{
    return receiptLookupPayload(billNo, trxId);
}

QString formatReceiptTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return toWib(time).toString(QStringLiteral("dd/MM/yyyy HH:mm")) + QLatin1String(" WIB");
}

QString receiptLookupPayload(const QString &billNo, const QString &trxId)
{
    return LookupPrefix + billNo + u':' + trxId;
}

std::optional<ReceiptLookup> parseReceiptLookupPayload(QStringView payload)
{
    if (!payload.startsWith(LookupPrefix))
        return std::nullopt;
    const QStringView rest = payload.mid(LookupPrefix.size());
    const qsizetype colon = rest.indexOf(u':');
    if (colon < 0)
        return std::nullopt;
    const QStringView billNo = rest.left(colon);
    const QStringView trxId = rest.mid(colon + 1);
    if (!isAlnumAscii(billNo, 1, 16) || !isAlnumAscii(trxId, 0, 32))
        return std::nullopt;
    return ReceiptLookup{billNo.toString(), trxId.toString()};
}

ReceiptData receiptFromAttempt(const Attempt &attempt, const StoreInfo &store, int copyNumber)
{
    const Order &order = attempt.order;
    const CartTotals totals = order.cart.totals();

    ReceiptData r;
    r.storeName = store.name;
    r.storeAddress = store.address;
    r.terminal = attempt.terminal.isEmpty() ? store.terminal : attempt.terminal;
    r.cashier = attempt.cashier.isEmpty() ? store.cashier : attempt.cashier;
    r.billNo = attempt.billNo;
    r.saleTime = attempt.billDate.isValid() ? attempt.billDate : attempt.createdAt;

    for (const LineItem &item : order.cart.lines)
        r.lines.append(ReceiptLine{item.name, item.qty, item.unitPrice, item.lineTotal()});
    r.subtotal = totals.goods;
    r.discount = order.cart.discount;
    for (const Fee &fee : order.cart.fees) {
        if (!fee.amount.isZero())
            r.fees.append(ReceiptFee{fee.kind, fee.amount});
    }
    // bill_total is what the lender charged; the cart's sum is only a fallback for attempts
    // recorded without it.
    r.total = attempt.total.isZero() ? totals.total : attempt.total;

    r.channelName = channelDisplayName(order.channel);
    if (order.channel == Channel::Kredivo)
        r.tenorLabel = receiptTenorLabel(order.tenor);
    r.trxId = attempt.trxId;
    r.paymentReff = attempt.paymentReff;
    r.paymentTime = attempt.paymentDate;
    r.training = attempt.training;
    r.settledByHand = isSettledByHand(attempt);
    r.gatewayHost = attempt.gatewayHost;
    r.merchantId = attempt.merchantId;
    r.notFaspay = faspay::isMarkedNotFaspay(attempt.training, attempt.gatewayHost);
    r.copyNumber = qMax(0, copyNumber);
    return r;
}

} // namespace kasir
