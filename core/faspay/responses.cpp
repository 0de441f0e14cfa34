#include "core/faspay/responses.h"

#include "core/faspay/jsonfieldreader_p.h"
#include "core/faspay/wire.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace kasir::faspay {

namespace {
using detail::JsonFieldReader;

// Runs the header parse and hands the body to `fill`, which reads the typed fields.
template<class T, class Fill>
Parsed<T> parseAnswer(const QByteArray &body, Fill fill)
{
    Parsed<T> result;
    const HeaderParse header = parseResponseHeader(body);
    if (!header.header) {
        result.error = header.error;
        return result;
    }
    T value;
    value.header = *header.header;
    JsonFieldReader reader(header.object);
    fill(value, reader);
    if (!reader.ok()) {
        result.error = reader.error();
        result.detail = reader.detail();
        return result;
    }
    result.value = std::move(value);
    return result;
}

bool isOpaqueId(QStringView id)
{
    if (id.isEmpty() || id.size() > 32)
        return false;
    for (QChar c : id) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')))
            return false;
    }
    return true;
}

// A payment status code: optional unless `required`; when present it must be a §9.1 code.
void readPaymentStatus(JsonFieldReader &reader, bool required, QString &code,
                       std::optional<PaymentStatus> &status)
{
    code = required ? reader.required("payment_status_code") : reader.text("payment_status_code");
    if (code.isEmpty())
        return;
    status = paymentStatusFromText(code);
    if (!status)
        reader.fail(BodyError::WrongType, QStringLiteral("payment_status_code"));
}
} // namespace

std::optional<QDateTime> StatusResponse::paymentDateTime() const
{
    return parseWib(paymentDate);
}

Parsed<ChannelListResponse> parseChannelListResponse(const QByteArray &body)
{
    return parseAnswer<ChannelListResponse>(body, [](ChannelListResponse &v, JsonFieldReader &r) {
        v.merchantId = r.text("merchant_id");
        v.merchant = r.text("merchant");
        const QJsonValue list = r.object().value(QLatin1String("payment_channel"));
        QJsonArray entries;
        if (list.isArray()) {
            entries = list.toArray();
        } else if (list.isObject()) {
            entries.append(list); // a one-channel list written as an object: read it tolerantly
        } else if (!list.isUndefined() && !list.isNull()) {
            r.fail(BodyError::WrongType, QStringLiteral("payment_channel"));
            return;
        } else if (v.isSuccess()) {
            r.fail(BodyError::MissingField, QStringLiteral("payment_channel"));
            return;
        }
        for (const QJsonValue &entry : std::as_const(entries)) {
            // A malformed entry is skipped rather than failing the whole list: the channel it
            // might have named is then simply unavailable, which is the safe side.
            JsonFieldReader e(entry.toObject());
            const QString code = e.text("pg_code");
            const QString name = e.text("pg_name");
            if (!entry.isObject() || !e.ok() || code.isEmpty()) {
                ++v.skippedEntries;
                continue;
            }
            v.channels.append(ChannelInfo{code, name});
        }
    });
}

Parsed<PostDataResponse> parsePostDataResponse(const QByteArray &body)
{
    return parseAnswer<PostDataResponse>(body, [](PostDataResponse &v, JsonFieldReader &r) {
        v.billNo = r.text("bill_no");
        v.merchantId = r.text("merchant_id");
        v.merchant = r.text("merchant");
        if (v.isSuccess()) {
            v.trxId = r.required("trx_id");
            v.redirectUrl = r.required("redirect_url");
        } else {
            v.trxId = r.text("trx_id");
            v.redirectUrl = r.text("redirect_url");
        }
        if (!v.trxId.isEmpty() && !isOpaqueId(v.trxId))
            r.fail(BodyError::WrongType, QStringLiteral("trx_id"));
    });
}

Parsed<StatusResponse> parseStatusResponse(const QByteArray &body)
{
    return parseAnswer<StatusResponse>(body, [](StatusResponse &v, JsonFieldReader &r) {
        v.trxId = r.text("trx_id");
        v.billNo = r.text("bill_no");
        v.merchantId = r.text("merchant_id");
        v.merchant = r.text("merchant");
        readPaymentStatus(r, v.isSuccess(), v.paymentStatusCode, v.paymentStatus);
        v.paymentStatusDesc = r.text("payment_status_desc");
        v.paymentReff = r.text("payment_reff");
        v.paymentDate = r.text("payment_date");
        v.paymentTotal = r.text("payment_total");
    });
}

Parsed<CancelResponse> parseCancelResponse(const QByteArray &body)
{
    return parseAnswer<CancelResponse>(body, [](CancelResponse &v, JsonFieldReader &r) {
        v.trxId = r.text("trx_id");
        v.billNo = r.text("bill_no");
        v.merchantId = r.text("merchant_id");
        v.merchant = r.text("merchant");
        v.trxStatusCode = r.text("trx_status_code");
        v.trxStatusDesc = r.text("trx_status_desc");
        readPaymentStatus(r, false, v.paymentStatusCode, v.paymentStatus);
        v.paymentStatusDesc = r.text("payment_status_desc");
        v.paymentCancelDate = r.text("payment_cancel_date");
        v.paymentCancel = r.text("payment_cancel");
    });
}

bool redirectUrlLooksRight(const QUrl &url, const QString &billNo, const QString &merchantId)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    // user:password@ in a link shown to a customer is a classic disguise for another host.
    if (!url.userInfo().isEmpty())
        return false;
    const QUrlQuery query(url);
    const auto allEqual = [&query](const char *key, const QString &expected) -> bool {
        const QStringList values = query.allQueryItemValues(QLatin1String(key), QUrl::FullyDecoded);
        for (const QString &value : values) {
            if (value != expected)
                return false;
        }
        return true;
    };
    return allEqual("bill_no", billNo) && allEqual("merchant_id", merchantId);
}

} // namespace kasir::faspay
