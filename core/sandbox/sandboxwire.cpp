#include "core/sandbox/sandboxwire.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kasir::sandboxwire {

QString formatWib(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(WibOffsetSecs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<QDateTime> parseWib(QStringView text)
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}$"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text.first(10).toString(), QStringLiteral("yyyy-MM-dd"));
    const QTime time = QTime::fromString(text.sliced(11).toString(), QStringLiteral("HH:mm:ss"));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::OffsetFromUTC, WibOffsetSecs).toUTC();
}

WireAmount parseWireAmount(QStringView text)
{
    WireAmount result;
    if (text.isEmpty() ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        result.error = WireAmount::Error::NotDigits;
        return result;
    }
    if (text.size() > 15) {
        result.error = WireAmount::Error::TooLong;
        return result;
    }
    const qint64 hundredths = text.toLongLong();
    if (hundredths % 100 != 0) {
        result.error = WireAmount::Error::NotWholeRupiah;
        return result;
    }
    result.money = Money::fromRupiah(hundredths / 100);
    return result;
}

QString wireAmountProblem(WireAmount::Error error)
{
    switch (error) {
    case WireAmount::Error::None:
        return QString();
    case WireAmount::Error::NotDigits:
        return QStringLiteral("must be rupiah x 100 as a digit string (no sign, separator or "
                              "decimal point)");
    case WireAmount::Error::TooLong:
        return QStringLiteral("has more than 15 digits");
    case WireAmount::Error::NotWholeRupiah:
        return QStringLiteral("is not whole rupiah x 100 (must end in 00)");
    }
    return QString();
}

QString answerAmount(Money amount, bool times100)
{
    return times100 ? QString::number(amount.rupiah()) + QStringLiteral("00")
                    : QString::number(amount.rupiah());
}

QByteArray fieldsToJson(const Fields &fields)
{
    QJsonObject object;
    for (const auto &[name, value] : fields)
        object.insert(name, value);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray fieldsToXml(const Fields &fields)
{
    QByteArray out;
    QXmlStreamWriter writer(&out);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("faspay"));
    for (const auto &[name, value] : fields)
        writer.writeTextElement(name, value);
    writer.writeEndElement();
    writer.writeEndDocument();
    return out;
}

QByteArray responseErrorJson(const QString &code, const QString &desc)
{
    QJsonObject inner;
    inner.insert(QStringLiteral("response_code"), code);
    inner.insert(QStringLiteral("response_desc"), desc);
    QJsonObject outer;
    outer.insert(QStringLiteral("response_error"), inner);
    return QJsonDocument(outer).toJson(QJsonDocument::Compact);
}

namespace {

std::optional<QMap<QString, QString>> readJsonAnswer(const QByteArray &body, QString *problem)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = QStringLiteral("answer is not a JSON object");
        return std::nullopt;
    }
    QMap<QString, QString> fields;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString()) {
            *problem = QStringLiteral("answer field %1 is not a JSON string").arg(it.key());
            return std::nullopt;
        }
        fields.insert(it.key(), it.value().toString());
    }
    return fields;
}

std::optional<QMap<QString, QString>> readXmlAnswer(const QByteArray &body, QString *problem)
{
    QXmlStreamReader reader(body);
    if (!reader.readNextStartElement() || reader.name() != u"faspay") {
        *problem = QStringLiteral("answer is not an XML <faspay> document");
        return std::nullopt;
    }
    QMap<QString, QString> fields;
    while (reader.readNextStartElement()) {
        const QString name = reader.name().toString();
        fields.insert(name, reader.readElementText());
    }
    if (reader.hasError()) {
        *problem = QStringLiteral("answer is not well-formed XML: %1").arg(reader.errorString());
        return std::nullopt;
    }
    return fields;
}

} // namespace

Acknowledgement checkAcknowledgement(const QByteArray &body,
                                     SandboxConfig::NotificationFormat format,
                                     const QString &billNo, const QString &trxId,
                                     const QString &merchantId)
{
    Acknowledgement ack;
    const std::optional<QMap<QString, QString>> fields =
        format == SandboxConfig::NotificationFormat::Json ? readJsonAnswer(body, &ack.problem)
                                                          : readXmlAnswer(body, &ack.problem);
    if (!fields)
        return ack;
    const QString code = fields->value(QStringLiteral("response_code"));
    if (code != u"00") {
        ack.problem = code.isEmpty() ? QStringLiteral("answer has no response_code")
                                     : QStringLiteral("answer has response_code %1").arg(code);
        return ack;
    }
    const std::pair<const char *, QString> echoes[] = {
        {"bill_no", billNo}, {"trx_id", trxId}, {"merchant_id", merchantId}};
    for (const auto &[name, expected] : echoes) {
        const QString got = fields->value(QLatin1String(name));
        if (got != expected) {
            ack.problem = QStringLiteral("answer's %1 is \"%2\", not \"%3\"")
                              .arg(QLatin1String(name), got, expected);
            return ack;
        }
    }
    ack.acknowledged = true;
    return ack;
}

} // namespace kasir::sandboxwire
