#include "core/customer/customer.h"

#include <QRegularExpression>

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::Customer";

FieldError error(QString field, const char *source, QStringList args = {})
{
    return FieldError{std::move(field), TranslatableText(Ctx, source, std::move(args))};
}

void requireText(FieldErrors &errors, const QString &field, const QString &value,
                 qsizetype maxLength)
{
    const QString t = value.trimmed();
    if (t.isEmpty()) {
        errors.append(error(field, QT_TRANSLATE_NOOP("kasir::Customer", "Required.")));
    } else if (t.size() > maxLength) {
        errors.append(
            error(field, QT_TRANSLATE_NOOP("kasir::Customer", "Too long (%1 characters at most)."),
                  {QString::number(maxLength)}));
    }
}

void optionalText(FieldErrors &errors, const QString &field, const QString &value,
                  qsizetype maxLength)
{
    if (value.trimmed().size() > maxLength) {
        errors.append(
            error(field, QT_TRANSLATE_NOOP("kasir::Customer", "Too long (%1 characters at most)."),
                  {QString::number(maxLength)}));
    }
}

void checkPhone(FieldErrors &errors, const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty()) {
        errors.append(error(field, QT_TRANSLATE_NOOP("kasir::Customer", "Required.")));
    } else if (!normalizeIndonesianPhone(value)) {
        errors.append(error(field, QT_TRANSLATE_NOOP("kasir::Customer",
                                                     "Not an Indonesian phone number. Use the "
                                                     "form 0812-3456-7890 or +62 812-3456-7890.")));
    }
}
} // namespace

std::optional<QString> normalizeIndonesianPhone(QStringView text)
{
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c >= u'0' && c <= u'9') {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' ||
                   c == QChar(0x00A0)) {
            continue;
        } else {
            return std::nullopt;
        }
    }
    if (plus) {
        if (!digits.startsWith(QLatin1String("62")))
            return std::nullopt; // another country's number
        digits = QLatin1Char('0') + digits.mid(2);
    } else if (digits.startsWith(QLatin1String("0062"))) {
        digits = QLatin1Char('0') + digits.mid(4);
    } else if (digits.startsWith(QLatin1String("62")) && digits.size() >= 10) {
        digits = QLatin1Char('0') + digits.mid(2);
    } else if (digits.startsWith(u'8')) {
        digits.prepend(QLatin1Char('0'));
    }
    if (!digits.startsWith(u'0') || digits.startsWith(QLatin1String("00")))
        return std::nullopt;
    if (digits.size() < 8 || digits.size() > 15)
        return std::nullopt;
    return digits;
}

bool isPlausibleEmail(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    if (text.size() > 128)
        return false;
    if (!re.match(text.toString()).hasMatch())
        return false;
    const qsizetype at = text.indexOf(u'@');
    const QStringView local = text.left(at);
    return !local.startsWith(u'.') && !local.endsWith(u'.') && !local.contains(u"..");
}

QString Customer::fullName() const
{
    return QString(firstName.trimmed() + QLatin1Char(' ') + lastName.trimmed()).trimmed();
}

FieldErrors Customer::validate() const
{
    FieldErrors errors;
    requireText(errors, QStringLiteral("customer.id"), id, 32);
    requireText(errors, QStringLiteral("customer.first_name"), firstName, 64);
    optionalText(errors, QStringLiteral("customer.last_name"), lastName, 64);
    checkPhone(errors, QStringLiteral("customer.phone"), phone);
    if (email.trimmed().isEmpty()) {
        errors.append(error(QStringLiteral("customer.email"),
                            QT_TRANSLATE_NOOP("kasir::Customer", "Required.")));
    } else if (!isPlausibleEmail(email.trimmed())) {
        errors.append(
            error(QStringLiteral("customer.email"),
                  QT_TRANSLATE_NOOP("kasir::Customer", "Not an e-mail address. Use the form "
                                                       "name@example.com.")));
    }
    return errors;
}

FieldErrors Address::validate(const QString &prefix, bool complete) const
{
    FieldErrors errors;
    const auto f = [&prefix](const char *name) -> QString {
        return prefix + QLatin1Char('.') + QLatin1String(name);
    };
    requireText(errors, f("first_name"), firstName, 64);
    if (complete) {
        requireText(errors, f("last_name"), lastName, 64);
        requireText(errors, f("address"), address, 200);
        requireText(errors, f("city"), city, 50);
        requireText(errors, f("region"), region, 100);
        requireText(errors, f("state"), state, 100);
        requireText(errors, f("postcode"), postcode, 10);
        checkPhone(errors, f("phone"), phone);
    } else {
        optionalText(errors, f("last_name"), lastName, 64);
        optionalText(errors, f("address"), address, 200);
        optionalText(errors, f("city"), city, 50);
        optionalText(errors, f("region"), region, 100);
        optionalText(errors, f("state"), state, 100);
        optionalText(errors, f("postcode"), postcode, 10);
        if (!phone.trimmed().isEmpty())
            checkPhone(errors, f("phone"), phone);
    }
    if (!postcode.trimmed().isEmpty()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{5}$"));
        if (!digits.match(postcode.trimmed()).hasMatch()) {
            errors.append(error(f("postcode"), QT_TRANSLATE_NOOP("kasir::Customer",
                                                                 "A postcode has five digits.")));
        }
    }
    if (countryCode.trimmed() != QLatin1String("ID")) {
        errors.append(error(f("country_code"),
                            QT_TRANSLATE_NOOP("kasir::Customer",
                                              "Only addresses in Indonesia (ID) are accepted.")));
    }
    return errors;
}

bool isSameCustomer(const Customer &a, const Customer &b)
{
    const std::optional<QString> phone = normalizeIndonesianPhone(a.phone);
    if (phone && phone == normalizeIndonesianPhone(b.phone))
        return true;
    const QString email = a.email.trimmed();
    return !email.isEmpty() && email.compare(b.email.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace kasir
