#include "core/faspay/notification.h"

#include "core/faspay/jsonfieldreader_p.h"
#include "core/faspay/wire.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <utility>

namespace kasir::faspay {

namespace {
using detail::JsonFieldReader;

const QString RootElement = QStringLiteral("faspay");
const QString NotificationRequest = QStringLiteral("Payment Notification");

struct ObjectParse
{
    QJsonObject object;
    BodyError error = BodyError::None;
    QString detail;
};

// XML notifications are flat: <faspay><field>text</field>...</faspay>. They are read into the
// same shape as a JSON body (text fields as strings, a field with child elements as an object,
// so that reading it as text is a WrongType), and then share one field reader.
ObjectParse readXmlObject(const QByteArray &body)
{
    ObjectParse result;
    QXmlStreamReader xml(body);
    // Even a declared entity must never be expanded; a DOCTYPE is refused below before any
    // content could use one. Keep the expansion budget tiny in case that ever changes.
    xml.setEntityExpansionLimit(0);
    int depth = 0;
    QString field;
    QString text;
    bool structured = false;
    bool sawRoot = false;

    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::EntityReference:
            result.error = BodyError::DtdRefused;
            return result;
        case QXmlStreamReader::StartElement:
            if (depth == 0) {
                if (sawRoot || xml.name() != RootElement) {
                    result.error = BodyError::NotXml;
                    result.detail = xml.name().toString().left(32);
                    return result;
                }
                sawRoot = true;
            } else if (depth == 1) {
                field = xml.name().toString();
                text.clear();
                structured = false;
            } else {
                structured = true;
            }
            ++depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth == 2)
                text += xml.text();
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (depth == 1) {
                if (result.object.contains(field)) {
                    // Two values for one field: which one did the sender sign? Refuse.
                    result.error = BodyError::WrongType;
                    result.detail = field.left(32);
                    return result;
                }
                result.object.insert(field,
                                     structured ? QJsonValue(QJsonObject()) : QJsonValue(text));
            }
            break;
        default:
            break; // comments, processing instructions, the XML declaration
        }
    }
    if (xml.hasError() || !sawRoot) {
        result.object = {};
        result.error = BodyError::NotXml;
        result.detail = xml.errorString().left(80);
        return result;
    }
    return result;
}

ObjectParse readJsonObject(const QByteArray &body)
{
    ObjectParse result;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = BodyError::NotJson;
        result.detail = parseError.errorString();
    } else if (!doc.isObject()) {
        result.error = BodyError::NotObject;
    } else if (hasInnerByteOrderMark(body)) {
        result.error = BodyError::BadText;
        result.detail = QStringLiteral("byte-order mark inside the body");
    } else {
        result.object = doc.object();
    }
    return result;
}

QString ackDescription(const QString &responseCode)
{
    // "Sukses" is what Faspay's own answers and the accepted 2026 exchange use (Part B §12.1).
    if (responseCode == QLatin1String("00"))
        return QStringLiteral("Sukses");
    return responseCodeName(responseCode);
}

// Field order of Part B §12 / §12.1, used for both formats.
QList<std::pair<QString, QString>> notificationFields(const PaymentNotification &n)
{
    return {
        {QStringLiteral("request"), n.request.isEmpty() ? NotificationRequest : n.request},
        {QStringLiteral("trx_id"), n.trxId},
        {QStringLiteral("merchant_id"), n.merchantId},
        {QStringLiteral("merchant"), n.merchant},
        {QStringLiteral("bill_no"), n.billNo},
        {QStringLiteral("payment_reff"), n.paymentReff},
        {QStringLiteral("payment_date"), n.paymentDate},
        {QStringLiteral("payment_status_code"), n.paymentStatusCode},
        {QStringLiteral("payment_status_desc"), n.paymentStatusDesc},
        {QStringLiteral("bill_total"), n.billTotal},
        {QStringLiteral("payment_total"), n.paymentTotal},
        {QStringLiteral("payment_channel_uid"), n.paymentChannelUid},
        {QStringLiteral("payment_channel"), n.paymentChannel},
        {QStringLiteral("signature"), n.signature},
    };
}

QByteArray serialize(const QList<std::pair<QString, QString>> &fields,
                     PaymentNotification::Format format)
{
    if (format == PaymentNotification::Json) {
        QJsonObject o;
        for (const auto &[key, value] : fields)
            o.insert(key, value);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(RootElement);
    for (const auto &[key, value] : fields)
        xml.writeTextElement(key, value);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}
} // namespace

std::optional<QDateTime> PaymentNotification::paymentDateTime() const
{
    return parseWib(paymentDate);
}

Parsed<PaymentNotification> parseNotification(const QByteArray &body)
{
    Parsed<PaymentNotification> result;
    if (body.size() > MaxNotificationBytes) {
        result.error = BodyError::TooLarge;
        return result;
    }
    QByteArrayView content(body);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3); // UTF-8 byte order mark
    content = content.trimmed();
    if (content.isEmpty()) {
        result.error = BodyError::Empty;
        return result;
    }

    PaymentNotification n;
    ObjectParse parsed;
    if (content.front() == '<') {
        n.format = PaymentNotification::Xml;
        parsed = readXmlObject(body);
    } else {
        n.format = PaymentNotification::Json;
        parsed = readJsonObject(content.toByteArray());
    }
    if (parsed.error != BodyError::None) {
        result.error = parsed.error;
        result.detail = parsed.detail;
        return result;
    }

    JsonFieldReader r(parsed.object);
    n.request = r.text("request");
    n.trxId = r.required("trx_id");
    n.merchantId = r.required("merchant_id");
    n.merchant = r.text("merchant");
    n.billNo = r.required("bill_no");
    n.paymentReff = r.text("payment_reff");
    n.paymentDate = r.text("payment_date");
    n.paymentStatusCode = r.required("payment_status_code");
    n.paymentStatusDesc = r.text("payment_status_desc");
    n.billTotal = r.text("bill_total");
    n.paymentTotal = r.text("payment_total");
    n.paymentChannelUid = r.text("payment_channel_uid");
    n.paymentChannel = r.text("payment_channel");
    n.signature = r.required("signature");
    if (!n.paymentStatusCode.isEmpty() && !detail::isSingleAsciiDigit(n.paymentStatusCode))
        r.fail(BodyError::WrongType, QStringLiteral("payment_status_code"));
    if (!r.ok()) {
        result.error = r.error();
        result.detail = r.detail();
        return result;
    }
    result.value = std::move(n);
    return result;
}

bool verifyNotification(const PaymentNotification &notification, const Credentials &credentials)
{
    if (!credentials.isComplete() || notification.billNo.isEmpty() ||
        notification.paymentStatusCode.isEmpty())
        return false;
    // Both checks always run, so that the time taken does not tell which one failed.
    const bool sameMerchant = notification.merchantId == credentials.merchantId;
    const bool genuine =
        signaturesEqual(notification.signature, statusSignature(credentials, notification.billNo,
                                                                notification.paymentStatusCode));
    return sameMerchant && genuine;
}

QByteArray notificationAcknowledgement(const PaymentNotification &notification,
                                       const QDateTime &now, const QString &responseCode)
{
    const QList<std::pair<QString, QString>> fields = {
        {QStringLiteral("response"), NotificationRequest},
        {QStringLiteral("trx_id"), notification.trxId},
        {QStringLiteral("merchant_id"), notification.merchantId},
        {QStringLiteral("merchant"), notification.merchant},
        {QStringLiteral("bill_no"), notification.billNo},
        {QStringLiteral("response_code"), responseCode},
        {QStringLiteral("response_desc"), ackDescription(responseCode)},
        {QStringLiteral("response_date"), formatWib(now)},
    };
    return serialize(fields, notification.format);
}

QByteArray notificationBody(const PaymentNotification &notification,
                            PaymentNotification::Format format)
{
    return serialize(notificationFields(notification), format);
}

} // namespace kasir::faspay
