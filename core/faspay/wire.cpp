#include "core/faspay/wire.h"

#include <QTextBoundaryFinder>

#include <limits>

namespace kasir::faspay {

namespace {
constexpr qint64 WireFactor = 100;

// ASCII digits only (QChar::isDigit would also accept Arabic-Indic and other digits).
bool isAsciiDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// A digit string as qint64; nullopt when it is not all ASCII digits or does not fit.
std::optional<qint64> digitsValue(QStringView text)
{
    if (!isAsciiDigits(text))
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (qMulOverflow(value, qint64(10), &value) ||
            qAddOverflow(value, qint64(c.unicode() - u'0'), &value))
            return std::nullopt;
    }
    return value;
}

bool isTwoDigits(QStringView s, qsizetype at)
{
    return isAsciiDigits(s.mid(at, 2));
}
} // namespace

QString toWireAmount(Money amount)
{
    if (amount.isNegative())
        return {};
    const std::optional<Money> scaled = amount.checkedMul(WireFactor);
    if (!scaled)
        return {};
    return QString::number(scaled->rupiah());
}

std::optional<Money> fromWireAmount(QStringView wire)
{
    const std::optional<qint64> value = digitsValue(wire);
    if (!value || *value % WireFactor != 0)
        return std::nullopt;
    return Money::fromRupiah(*value / WireFactor);
}

bool returnedAmountMatches(QStringView returned, Money expected)
{
    if (expected.isNegative())
        return false;
    const std::optional<qint64> value = digitsValue(returned.trimmed());
    if (!value)
        return false;
    if (*value == expected.rupiah())
        return true;
    const std::optional<Money> scaled = expected.checkedMul(WireFactor);
    return scaled && *value == scaled->rupiah();
}

QString formatWib(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toOffsetFromUtc(WibOffsetSeconds)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

std::optional<QDateTime> parseWib(QStringView text)
{
    // Checked by hand rather than with QDateTime::fromString, which accepts one-digit fields and
    // locale digits in some formats.
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' ' ||
        text.at(13) != u':' || text.at(16) != u':')
        return std::nullopt;
    if (!isAsciiDigits(text.mid(0, 4)) || !isTwoDigits(text, 5) || !isTwoDigits(text, 8) ||
        !isTwoDigits(text, 11) || !isTwoDigits(text, 14) || !isTwoDigits(text, 17))
        return std::nullopt;
    const auto number = [text](qsizetype at, qsizetype size) -> int {
        return static_cast<int>(*digitsValue(text.mid(at, size)));
    };
    const QDate date(number(0, 4), number(5, 2), number(8, 2));
    const QTime time(number(11, 2), number(14, 2), number(17, 2));
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::OffsetFromUTC, WibOffsetSeconds);
}

QString wireText(const QString &text, qsizetype maxLength)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            const char32_t ucs4 = QChar::surrogateToUcs4(c, text.at(i + 1));
            if (QChar::category(ucs4) != QChar::Other_Format) {
                clean += c;
                clean += text.at(i + 1);
            }
            ++i;
            continue;
        }
        if (c.isSurrogate())
            continue; // unpaired: would become U+FFFD or '?' on the wire
        switch (c.category()) {
        case QChar::Other_Control:
            // Tabs and new lines become a space so that words stay apart.
            if (c.isSpace())
                clean += u' ';
            break;
        case QChar::Other_Format:
            break;
        default:
            clean += c;
        }
    }
    clean = clean.simplified();
    if (clean.size() <= maxLength)
        return clean;
    if (maxLength <= 0)
        return {};

    // Cut at the last grapheme boundary at or before maxLength.
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, clean);
    finder.setPosition(maxLength);
    qsizetype cut = maxLength;
    if (!finder.isAtBoundary())
        cut = finder.toPreviousBoundary();
    if (cut < 0)
        cut = 0;
    // Belt and braces: never leave half a surrogate pair, whatever the boundary finder says.
    if (cut > 0 && clean.at(cut - 1).isHighSurrogate())
        --cut;
    clean.truncate(cut);
    return clean.trimmed();
}

QString wireProductName(const QString &name)
{
    return wireText(name, MaxProductNameLength);
}

} // namespace kasir::faspay
