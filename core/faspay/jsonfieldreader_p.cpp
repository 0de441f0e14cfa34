#include "core/faspay/jsonfieldreader_p.h"

namespace kasir::faspay::detail {

QString JsonFieldReader::text(const char *key)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        return {};
    case QJsonValue::String:
    case QJsonValue::Double: {
        const QString text = jsonText(value);
        // Line breaks and tabs around a value (pretty-printed XML) are trimmed; inside it they
        // are not plain text.
        if (!isPlainText(trimmedAsciiSpace(text))) {
            fail(BodyError::BadText, QLatin1String(key));
            return {};
        }
        return text.trimmed();
    }
    case QJsonValue::Bool:
    case QJsonValue::Array:
    case QJsonValue::Object:
        break;
    }
    fail(BodyError::WrongType, QLatin1String(key));
    return {};
}

QString JsonFieldReader::required(const char *key)
{
    QString value = text(key);
    if (value.isEmpty())
        fail(BodyError::MissingField, QLatin1String(key)); // kept if text() already failed
    return value;
}

void JsonFieldReader::fail(BodyError error, const QString &detail)
{
    if (m_error != BodyError::None)
        return;
    m_error = error;
    m_detail = detail;
}

QStringView trimmedAsciiSpace(QStringView text)
{
    const auto isAsciiSpace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
    };
    while (!text.isEmpty() && isAsciiSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isAsciiSpace(text.back()))
        text.chop(1);
    return text;
}

bool isPlainText(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::category(c)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_Surrogate:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            return false;
        default:
            break;
        }
    }
    return true;
}

bool isSingleAsciiDigit(QStringView text)
{
    return text.size() == 1 && text.front() >= u'0' && text.front() <= u'9';
}

} // namespace kasir::faspay::detail
