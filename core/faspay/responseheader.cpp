#include "core/faspay/responseheader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace kasir::faspay {

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

bool hasInnerByteOrderMark(QByteArrayView body)
{
    constexpr QByteArrayView Bom("\xEF\xBB\xBF");
    qsizetype from = 0;
    while (from < body.size() && (body.at(from) == ' ' || body.at(from) == '\t' ||
                                  body.at(from) == '\n' || body.at(from) == '\r'))
        ++from;
    if (body.sliced(from).startsWith(Bom))
        from += Bom.size();
    return body.indexOf(Bom, from) >= 0;
}

QString bodyErrorKey(BodyError error)
{
    switch (error) {
    case BodyError::None:
        return QStringLiteral("none");
    case BodyError::Empty:
        return QStringLiteral("empty");
    case BodyError::TooLarge:
        return QStringLiteral("too_large");
    case BodyError::NotJson:
        return QStringLiteral("not_json");
    case BodyError::NotObject:
        return QStringLiteral("not_object");
    case BodyError::NoResponseCode:
        return QStringLiteral("no_response_code");
    case BodyError::WrongType:
        return QStringLiteral("wrong_type");
    case BodyError::MissingField:
        return QStringLiteral("missing_field");
    case BodyError::NotXml:
        return QStringLiteral("not_xml");
    case BodyError::DtdRefused:
        return QStringLiteral("dtd_refused");
    case BodyError::BadText:
        return QStringLiteral("bad_text");
    }
    return {};
}

namespace {
// Response codes are two digits; a number 0 in a tolerant body means "00".
QString normalizedCode(const QJsonValue &value)
{
    QString code = jsonText(value).trimmed();
    if (code.size() == 1 && code.at(0).isDigit())
        code.prepend(QLatin1Char('0'));
    return code;
}
} // namespace

HeaderParse parseResponseHeader(const QByteArray &body)
{
    HeaderParse result;
    if (body.trimmed().isEmpty()) {
        result.error = BodyError::Empty;
        return result;
    }
    if (body.size() > MaxResponseBytes) {
        result.error = BodyError::TooLarge;
        return result;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = BodyError::NotJson;
        return result;
    }
    if (!doc.isObject()) {
        result.error = BodyError::NotObject;
        return result;
    }
    if (hasInnerByteOrderMark(body)) {
        result.error = BodyError::BadText;
        return result;
    }
    result.object = doc.object();

    const QJsonValue errorValue = result.object.value(QLatin1String("response_error"));
    if (errorValue.isObject()) {
        const QJsonObject e = errorValue.toObject();
        const QString code = normalizedCode(e.value(QLatin1String("response_code")));
        if (!code.isEmpty()) {
            result.header =
                ResponseHeader{code, jsonText(e.value(QLatin1String("response_desc"))), true};
            return result;
        }
    }
    const QString code = normalizedCode(result.object.value(QLatin1String("response_code")));
    if (code.isEmpty()) {
        result.error = BodyError::NoResponseCode;
        return result;
    }
    result.header =
        ResponseHeader{code, jsonText(result.object.value(QLatin1String("response_desc"))), false};
    return result;
}

} // namespace kasir::faspay
