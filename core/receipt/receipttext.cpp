#include "core/receipt/receipttext.h"

#include "core/common/wib.h"
#include "core/receipt/receipttexts.h"

#include <QLocale>

namespace kasir {

namespace {
using Line = ReceiptTextLine;
using Align = ReceiptTextLine::Align;
using Style = ReceiptTextLine::Style;

QString money(Money amount)
{
    return amount.format(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}

const char *spelledOut(char32_t c)
{
    switch (c) {
    case U'\u00DF':
        return "ss";
    case U'\u00C6':
        return "AE";
    case U'\u00E6':
        return "ae";
    case U'\u0152':
        return "OE";
    case U'\u0153':
        return "oe";
    case U'\u00D8':
        return "O";
    case U'\u00F8':
        return "o";
    case U'\u0110':
    case U'\u00D0':
        return "D";
    case U'\u0111':
    case U'\u00F0':
        return "d";
    case U'\u0141':
        return "L";
    case U'\u0142':
        return "l";
    case U'\u0131':
        return "i";
    case U'\u00DE':
        return "Th";
    case U'\u00FE':
        return "th";
    case U'\u2018':
    case U'\u2019':
    case U'\u201A':
    case U'\u201B':
    case U'\u2032':
    case U'\u00B4':
        return "'";
    case U'\u201C':
    case U'\u201D':
    case U'\u201E':
    case U'\u201F':
    case U'\u2033':
    case U'\u00AB':
    case U'\u00BB':
        return "\"";
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2015':
    case U'\u2212':
    case U'\u00AD':
        return "-";
    case U'\u2026':
        return "...";
    case U'\u2022':
    case U'\u00B7':
    case U'\u2027':
        return "*";
    case U'\u00D7':
        return "x";
    case U'\u00F7':
    case U'\u2044':
        return "/";
    case U'\u20AC':
        return "EUR";
    case U'\u00A3':
        return "GBP";
    case U'\u00A5':
        return "JPY";
    case U'\u00A9':
        return "(c)";
    case U'\u00AE':
        return "(R)";
    case U'\u2122':
        return "TM";
    case U'\u00B0':
        return "o";
    case U'\u00B1':
        return "+/-";
    default:
        return nullptr;
    }
}

void appendAscii(QString &out, char32_t c)
{
    if (c >= 0x20 && c < 0x7F) {
        out += QChar(char16_t(c));
        return;
    }
    if (const char *s = spelledOut(c)) {
        out += QLatin1String(s);
        return;
    }
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
        category == QChar::Mark_SpacingCombining || category == QChar::Other_Format) {
        return; // accents left over from the decomposition, zero-width joiners and the like
    }
    if (QChar::isSpace(c) || category == QChar::Other_Control) {
        if (!out.endsWith(u' '))
            out += u' ';
        return;
    }
    out += u'?';
}

// Word wrap at spaces; a word longer than the width is cut.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString current;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (QString word : words) {
        if (!current.isEmpty() && current.size() + 1 + word.size() <= width) {
            current += u' ' + word;
            continue;
        }
        if (!current.isEmpty())
            lines.append(current);
        while (word.size() > width) {
            lines.append(word.left(width));
            word.remove(0, width);
        }
        current = word;
    }
    if (!current.isEmpty())
        lines.append(current);
    return lines;
}

class Builder
{
public:
    explicit Builder(int columns)
        : m_columns(columns)
    {}

    QList<Line> lines;

    void add(Align align, Style style, const QString &text, bool qrCaption = false)
    {
        lines.append(Line{Line::Kind::Text, align, style, text, qrCaption});
    }

    // A text of any length, wrapped into lines of one alignment and style. A bilingual text
    // that does not fit breaks between its languages first.
    void text(Align align, Style style, const QString &raw, bool qrCaption = false)
    {
        const QString ascii = toPrinterAscii(raw);
        const QStringList parts = ascii.size() > m_columns
                                      ? ascii.split(QLatin1String(" / "), Qt::SkipEmptyParts)
                                      : QStringList{ascii};
        for (const QString &part : parts) {
            for (const QString &l : wrap(part, m_columns))
                add(align, style, l, qrCaption);
        }
    }

    void rule(char c) { add(Align::Left, Style::Normal, QString(m_columns, QLatin1Char(c))); }

    // `left` and `right` on one line, `right` flush with the right edge; when they do not fit
    // together, `left` (wrapped) and then `right` on a line of its own, right-aligned.
    void pair(const QString &rawLeft, const QString &rawRight, Style style = Style::Normal,
              int indent = 0)
    {
        const QString left = QString(indent, u' ') + toPrinterAscii(rawLeft);
        const QString right = toPrinterAscii(rawRight);
        if (right.isEmpty()) {
            text(Align::Left, style, left);
            return;
        }
        if (left.size() + 1 + right.size() <= m_columns) {
            add(Align::Left, style,
                left + QString(m_columns - left.size() - right.size(), u' ') + right);
            return;
        }
        for (const QString &l : wrap(left, m_columns - indent))
            add(Align::Left, style, QString(indent, u' ') + l);
        for (const QString &r : wrap(right, m_columns))
            add(Align::Right, style, r);
    }

private:
    int m_columns;
};
} // namespace

QString toPrinterAscii(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    // toUcs4() turns a lone surrogate into U+FFFD, which becomes "?" like any other unknown.
    for (const char32_t c : decomposed.toUcs4())
        appendAscii(out, c);
    return out;
}

QList<ReceiptTextLine> receiptTextLayout(const ReceiptData &data, int requestedColumns)
{
    const int columns = qBound(MinReceiptColumns, requestedColumns, MaxReceiptColumns);
    const ReceiptTextForm form = columns < 40 ? ReceiptTextForm::Compact : ReceiptTextForm::Full;
    const auto label = [form](ReceiptText text) -> QString {
        return receiptText(text, form);
    };
    Builder b(columns);

    // Header: who sold it.
    b.text(Align::Centre, Style::Large, data.storeName);
    for (const QString &addressLine : data.storeAddress.split(u'\n', Qt::SkipEmptyParts))
        b.text(Align::Centre, Style::Normal, addressLine);
    b.rule('=');
    if (data.training) {
        b.text(Align::Centre, Style::Banner,
               QLatin1String("*** ") + receiptText(ReceiptText::Training) + QLatin1String(" ***"));
        b.text(Align::Centre, Style::Normal, receiptText(ReceiptText::TrainingNote));
    }
    if (data.notFaspay) {
        b.text(Align::Centre, Style::Banner,
               QLatin1String("*** ") + receiptText(ReceiptText::NotFaspay) + QLatin1String(" ***"));
        b.text(Align::Centre, Style::Normal, receiptText(ReceiptText::NotFaspayNote, form));
        b.text(Align::Centre, Style::Normal, data.gatewayHost);
    }
    if (data.settledByHand) {
        b.text(Align::Centre, Style::Bold, receiptText(ReceiptText::SettledByHand));
        b.text(Align::Centre, Style::Normal, receiptText(ReceiptText::SettledByHandNote));
        if (!data.settledBy.isEmpty())
            b.pair(label(ReceiptText::SettledBy), data.settledBy);
        if (!data.settledReason.isEmpty())
            b.text(Align::Left, Style::Normal,
                   label(ReceiptText::SettledReason) + QLatin1String(": ") + data.settledReason);
    }
    if (data.copyNumber > 0)
        b.text(Align::Centre, Style::Bold, receiptCopyMark(data.copyNumber));
    if (data.training || data.notFaspay || data.settledByHand || data.copyNumber > 0)
        b.rule('-');

    b.pair(label(ReceiptText::BillNo), data.billNo);
    b.pair(label(ReceiptText::Date), formatReceiptTime(data.saleTime));
    b.pair(label(ReceiptText::Cashier), data.cashier);
    b.pair(label(ReceiptText::Terminal), data.terminal);
    b.rule('-');

    // Items: the name on its own line(s), then quantity, unit price and line total.
    for (const ReceiptLine &line : data.lines) {
        b.text(Align::Left, Style::Normal, line.name);
        b.pair(QString::number(line.qty) + QLatin1String(" x ") + money(line.unitPrice),
               money(line.lineTotal), Style::Normal, 2);
    }
    b.rule('-');

    b.pair(label(ReceiptText::Subtotal), money(data.subtotal));
    if (!data.discount.isZero())
        b.pair(label(ReceiptText::Discount), money(Money() - data.discount));
    for (const ReceiptFee &fee : data.fees)
        b.pair(receiptFeeLabel(fee.kind, form), money(fee.amount));
    b.rule('=');
    b.pair(label(ReceiptText::Total), money(data.total), Style::Large);
    b.rule('=');

    // Payment: through which lender, and the references to quote to them.
    b.pair(label(ReceiptText::Payment), data.channelName);
    if (!data.tenorLabel.isEmpty())
        b.pair(label(ReceiptText::Tenor), data.tenorLabel);
    b.pair(label(ReceiptText::TrxId), data.trxId);
    if (!data.paymentReff.isEmpty())
        b.pair(label(ReceiptText::PaymentReff), data.paymentReff);
    if (data.paymentTime.isValid()) {
        // Narrow paper: the time alone when it was paid on the day of the sale.
        const bool sameDay = data.saleTime.isValid() &&
                             toWib(data.saleTime).date() == toWib(data.paymentTime).date();
        const QString paidAt =
            form == ReceiptTextForm::Compact && sameDay
                ? toWib(data.paymentTime).toString(QStringLiteral("HH:mm")) + QLatin1String(" WIB")
                : formatReceiptTime(data.paymentTime);
        b.pair(label(ReceiptText::PaidAt), paidAt);
    }
    if (!data.gatewayHost.isEmpty())
        b.pair(label(ReceiptText::Gateway), data.gatewayHost);
    if (!data.merchantId.isEmpty())
        b.pair(label(ReceiptText::Merchant), data.merchantId);
    b.rule('-');

    if (!data.billNo.isEmpty()) {
        b.lines.append(Line{Line::Kind::Qr, Align::Centre, Style::Normal, data.lookupPayload()});
        b.text(Align::Centre, Style::Normal, receiptText(ReceiptText::ScanToLookUp), true);
    }
    b.text(Align::Centre, Style::Bold, receiptText(ReceiptText::ThankYou));
    if (data.training)
        b.text(Align::Centre, Style::Banner,
               QLatin1String("*** ") + receiptText(ReceiptText::Training) + QLatin1String(" ***"));
    if (data.notFaspay)
        b.text(Align::Centre, Style::Banner,
               QLatin1String("*** ") + receiptText(ReceiptText::NotFaspay) + QLatin1String(" ***"));
    return b.lines;
}

QString placeTextLine(const ReceiptTextLine &line, int columns)
{
    const qsizetype room = qMax<qsizetype>(0, columns - line.text.size());
    switch (line.align) {
    case Align::Left:
        return line.text;
    case Align::Centre:
        return QString(room / 2, u' ') + line.text;
    case Align::Right:
        return QString(room, u' ') + line.text;
    }
    return line.text;
}

QStringList receiptTextLines(const ReceiptData &data, int columns)
{
    const int cols = qBound(MinReceiptColumns, columns, MaxReceiptColumns);
    QStringList out;
    for (const ReceiptTextLine &line : receiptTextLayout(data, cols)) {
        if (line.kind == ReceiptTextLine::Kind::Qr || line.qrCaption)
            continue;
        out.append(placeTextLine(line, cols));
    }
    return out;
}

} // namespace kasir
