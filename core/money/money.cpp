#include "core/money/money.h"

#include <QtNumeric>

namespace kasir {

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 result = 0;
    if (qAddOverflow(m_rupiah, other.m_rupiah, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::checkedSub(Money other) const
{
    qint64 result = 0;
    if (qSubOverflow(m_rupiah, other.m_rupiah, &result))
        return std::nullopt;
    return Money(result);
}

std::optional<Money> Money::checkedMul(qint64 factor) const
{
    qint64 result = 0;
    if (qMulOverflow(m_rupiah, factor, &result))
        return std::nullopt;
    return Money(result);
}

QString Money::formatNumber(const QLocale &locale) const
{
    QLocale l = locale;
    l.setNumberOptions(l.numberOptions() & ~QLocale::OmitGroupSeparator);
    return l.toString(m_rupiah);
}

QString Money::format(const QLocale &locale) const
{
    if (m_rupiah < 0)
        return QLatin1String("-Rp ") + Money(-m_rupiah).formatNumber(locale);
    return QLatin1String("Rp ") + formatNumber(locale);
}

std::optional<Money> Money::parse(QStringView text)
{
    QStringView t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t = t.mid(1).trimmed();
    }
    if (t.startsWith(u"Rp", Qt::CaseInsensitive))
        t = t.mid(2).trimmed();
    if (t.isEmpty())
        return std::nullopt;

    // Grouping separators are '.', ',' or spaces, always in groups of three digits after the
    // first group. Anything else (a decimal part, letters) is refused.
    qint64 value = 0;
    int digitsInGroup = 0;
    bool sawSeparator = false;
    bool firstGroup = true;
    for (QChar c : t) {
        if (c.isDigit()) {
            const int d = c.digitValue();
            if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(d), &value))
                return std::nullopt;
            ++digitsInGroup;
        } else if (c == u'.' || c == u',' || c == u' ' || c == QChar(0x00A0)) {
            if (digitsInGroup == 0 || (!firstGroup && digitsInGroup != 3) || digitsInGroup > 3)
                return std::nullopt;
            sawSeparator = true;
            firstGroup = false;
            digitsInGroup = 0;
        } else {
            return std::nullopt;
        }
    }
    if (sawSeparator && digitsInGroup != 3)
        return std::nullopt;
    if (digitsInGroup == 0)
        return std::nullopt;
    return Money(negative ? -value : value);
}

} // namespace kasir
