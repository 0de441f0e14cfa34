#include "core/faspay/returnurl.h"

#include "core/faspay/jsonfieldreader_p.h"

#include <QHash>

#include <utility>

namespace kasir::faspay {

namespace {
// Form decoding: '+' is a space, then %XX. Done by hand because QUrlQuery leaves '+' alone.
QString formDecode(QByteArrayView encoded)
{
    QByteArray bytes = encoded.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

QByteArray formEncode(const QString &value)
{
    return QUrl::toPercentEncoding(value);
}
} // namespace

std::optional<ReturnUrlParams> parseReturnUrl(const QUrl &url)
{
    if (!url.isValid() || !url.hasQuery())
        return std::nullopt;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    QHash<QString, QString> values;
    for (const QByteArray &pair : query.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString key = formDecode(QByteArrayView(pair).first(eq < 0 ? pair.size() : eq));
        const QString value = eq < 0 ? QString() : formDecode(QByteArrayView(pair).sliced(eq + 1));
        const auto existing = values.constFind(key);
        if (existing != values.constEnd() && *existing != value)
            return std::nullopt;
        values.insert(key, value);
    }
    const auto get = [&values](const char *key) -> QString {
        return values.value(QLatin1String(key)).trimmed();
    };

    ReturnUrlParams p;
    p.trxId = get("trx_id");
    p.merchantId = get("merchant_id");
    p.merchant = get("merchant");
    p.billNo = get("bill_no");
    p.billRef = values.contains(QStringLiteral("bill_ref")) ? get("bill_ref") : get("bill_reff");
    p.billTotal = get("bill_total");
    p.paymentReff = get("payment_reff");
    p.paymentDate = get("payment_date");
    p.bankUserName = get("bank_user_name");
    p.status = get("status");
    p.signature = get("signature");
    if (p.merchantId.isEmpty() || p.billNo.isEmpty() || p.signature.isEmpty() ||
        !detail::isSingleAsciiDigit(p.status))
        return std::nullopt;
    return p;
}

bool verifyReturnUrl(const ReturnUrlParams &params, const Credentials &credentials)
{
    if (!credentials.isComplete() || params.billNo.isEmpty() || params.status.isEmpty())
        return false;
    const bool sameMerchant = params.merchantId == credentials.merchantId;
    const bool genuine = signaturesEqual(
        params.signature, statusSignature(credentials, params.billNo, params.status));
    return sameMerchant && genuine;
}

QUrl buildReturnUrl(const QUrl &base, const ReturnUrlParams &params, const Credentials &credentials)
{
    const std::pair<const char *, QString> fields[] = {
        {"trx_id", params.trxId},
        {"merchant_id", params.merchantId},
        {"merchant", params.merchant},
        {"bill_no", params.billNo},
        {"bill_ref", params.billRef},
        {"bill_total", params.billTotal},
        {"payment_reff", params.paymentReff},
        {"payment_date", params.paymentDate},
        {"bank_user_name", params.bankUserName},
        {"status", params.status},
        {"signature", statusSignature(credentials, params.billNo, params.status)},
    };
    QByteArray query = base.query(QUrl::FullyEncoded).toLatin1();
    for (const auto &[key, value] : fields) {
        if (!query.isEmpty())
            query += '&';
        query += key;
        query += '=';
        query += formEncode(value);
    }
    QUrl url = base;
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

} // namespace kasir::faspay
