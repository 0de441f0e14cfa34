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
    case QJsonValue::Double:
        return jsonText(value).trimmed();
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

bool isSingleAsciiDigit(QStringView text)
{
    return text.size() == 1 && text.front() >= u'0' && text.front() <= u'9';
}

} // namespace kasir::faspay::detail
