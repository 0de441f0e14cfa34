#include "core/faspay/billno.h"

namespace kasir::faspay {

namespace {
bool isAsciiAlnum(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool allAsciiAlnum(QStringView text)
{
    for (QChar c : text) {
        if (!isAsciiAlnum(c))
            return false;
    }
    return true;
}
} // namespace

bool isValidTerminalCode(QStringView code)
{
    return !code.isEmpty() && code.size() <= MaxTerminalCodeLength && allAsciiAlnum(code);
}

bool isValidBillNo(QStringView billNo)
{
    return !billNo.isEmpty() && billNo.size() <= MaxBillNoLength && allAsciiAlnum(billNo);
}

QString makeBillNo(QStringView terminalCode, QDate date, qint64 sequence)
{
    if (!isValidTerminalCode(terminalCode) || !date.isValid() || sequence < 0 ||
        sequence > MaxBillNoSequence)
        return {};
    // yyMMdd from the numbers, not QDate::toString, so that no locale can change the digits.
    const int yy = date.year() % 100;
    if (date.year() < 2000 || date.year() > 2099)
        return {};
    const QString billNo =
        terminalCode.toString().toUpper() +
        QStringLiteral("%1%2%3")
            .arg(yy, 2, 10, QLatin1Char('0'))
            .arg(date.month(), 2, 10, QLatin1Char('0'))
            .arg(date.day(), 2, 10, QLatin1Char('0')) +
        QStringLiteral("%1").arg(sequence, BillNoSequenceDigits, 10, QLatin1Char('0'));
    Q_ASSERT(isValidBillNo(billNo));
    return billNo;
}

} // namespace kasir::faspay
