#pragma once

#include "core/receipt/receipt.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kasir {

// Character-cell layout for thermal receipt printers: 32 columns on 58 mm paper, 48 on 80 mm
// (font A, 12 x 24 dots). Every line is printable ASCII, see toPrinterAscii().

// One line of the layout with what a printer needs beyond the characters. `text` is unpadded:
// Centre and Right lines are placed by the printer (ESC a) or by receiptTextLines().
struct ReceiptTextLine
{
    enum class Kind { Text, Qr }; // Qr: the lookup QR (text holds its payload)
    enum class Align { Left, Centre, Right };
    enum class Style {
        Normal,
        Bold,
        Large,
        Banner
    }; // Large: bold, double height (same width);
       // Banner: Large, white on black
    Kind kind = Kind::Text;
    Align align = Align::Left;
    Style style = Style::Normal;
    QString text;
    bool qrCaption = false; // the line that explains the QR; dropped with it

    bool operator==(const ReceiptTextLine &) const = default;
};

// Columns the layout accepts; anything outside is clamped into this range.
constexpr int MinReceiptColumns = 24;
constexpr int MaxReceiptColumns = 64;

// The layout with the QR and its caption line. No line is longer than `columns`.
QList<ReceiptTextLine> receiptTextLayout(const ReceiptData &data, int columns);

// Plain text of the receipt (no QR: text cannot carry it): centred header, items with their name
// on its own line(s) and "qty x price ... line total" under it, fees, discount, TOTAL, payment
// details and footer. No line is longer than `columns`; no line has trailing spaces.
QStringList receiptTextLines(const ReceiptData &data, int columns);

// The line as a printer places it in `columns` cells: Centre lines get (columns - length) / 2
// leading spaces, Right lines columns - length.
QString placeTextLine(const ReceiptTextLine &line, int columns);

// Printable ASCII for the printer's character generator. Receipt printers have no Unicode, and
// the code page tables of the cheap 58 mm printers sold in Indonesia disagree above 0x7F, so
// only 0x20-0x7E is sent: accents are dropped (NFKD, "é" -> "e"), common letters and signs are
// spelt out ("ß" -> "ss", "€" -> "EUR", typographic quotes and dashes -> ' " -, "…" -> "...",
// "×" -> "x"), white space and control characters become one space, and anything else
// (CJK, emoji, ...) becomes "?".
QString toPrinterAscii(QStringView text);

} // namespace kasir
