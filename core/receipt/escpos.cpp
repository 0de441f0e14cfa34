#include "core/receipt/escpos.h"

#include "core/receipt/receipttext.h"

namespace kasir {

namespace {
constexpr char ESC = 0x1B;
constexpr char GS = 0x1D;
constexpr char LF = 0x0A;

// ESC ! bits.
constexpr char ModeEmphasized = 0x08;
constexpr char ModeDoubleHeight = 0x10;

class EscPos
{
public:
    QByteArray bytes;

    void command(std::initializer_list<char> b) { bytes.append(b.begin(), qsizetype(b.size())); }

    void align(ReceiptTextLine::Align align)
    {
        char n = 0;
        switch (align) {
        case ReceiptTextLine::Align::Left:
            n = 0;
            break;
        case ReceiptTextLine::Align::Centre:
            n = 1;
            break;
        case ReceiptTextLine::Align::Right:
            n = 2;
            break;
        }
        if (n != m_align) {
            command({ESC, 'a', n});
            m_align = n;
        }
    }

    void style(ReceiptTextLine::Style style)
    {
        char mode = 0;
        bool reverse = false;
        switch (style) {
        case ReceiptTextLine::Style::Normal:
            break;
        case ReceiptTextLine::Style::Bold:
            mode = ModeEmphasized;
            break;
        case ReceiptTextLine::Style::Large:
            mode = ModeEmphasized | ModeDoubleHeight;
            break;
        case ReceiptTextLine::Style::Banner:
            mode = ModeEmphasized | ModeDoubleHeight;
            reverse = true;
            break;
        }
        if (mode != m_mode) {
            command({ESC, '!', mode});
            m_mode = mode;
        }
        if (reverse != m_reverse) {
            command({GS, 'B', char(reverse ? 1 : 0)});
            m_reverse = reverse;
        }
    }

    void line(const QString &text)
    {
        bytes.append(text.toLatin1()); // printable ASCII by construction (toPrinterAscii)
        bytes.append(LF);
    }

    // GS ( k: cn 49 (QR), fn 65 model, 67 module size, 69 error level, 80 store, 81 print.
    void qr(const QByteArray &payload, int moduleDots)
    {
        command({GS, '(', 'k', 4, 0, 49, 65, 50, 0}); // model 2
        command({GS, '(', 'k', 3, 0, 49, 67, char(moduleDots)});
        command({GS, '(', 'k', 3, 0, 49, 69, 49}); // level M (15 %)
        const qsizetype length = payload.size() + 3;
        command({GS, '(', 'k', char(length & 0xFF), char((length >> 8) & 0xFF), 49, 80, 48});
        bytes.append(payload);
        command({GS, '(', 'k', 3, 0, 49, 81, 48});
        bytes.append(LF);
    }

private:
    char m_align = 0; // ESC @ resets alignment and mode
    char m_mode = 0;
    bool m_reverse = false;
};
} // namespace

QByteArray escPosReceipt(const ReceiptData &data, int requestedColumns,
                         const EscPosOptions &options)
{
    const int columns = qBound(MinReceiptColumns, requestedColumns, MaxReceiptColumns);
    EscPos out;
    out.command({ESC, '@'});
    out.command({ESC, 't', 0}); // code page 0: PC437
    out.command({ESC, 'R', 0}); // international set USA: # $ @ [ \ ] ^ ` { | } ~ as in ASCII

    for (const ReceiptTextLine &line : receiptTextLayout(data, columns)) {
        if (line.kind == ReceiptTextLine::Kind::Qr || line.qrCaption) {
            if (!options.qr)
                continue;
        }
        out.align(line.align);
        if (line.kind == ReceiptTextLine::Kind::Qr) {
            out.style(ReceiptTextLine::Style::Normal);
            // 6 dots a module at 8 dots/mm: a version 3 symbol is 22 mm wide on 80 mm paper;
            // 5 dots (18 mm) leaves 58 mm paper room for the quiet zone.
            const QByteArray payload = toPrinterAscii(line.text).toLatin1();
            // The store command carries at most 7089 bytes; lookup codes are ~40.
            if (payload.size() <= 7089)
                out.qr(payload, columns >= 42 ? 6 : 5);
            continue;
        }
        out.style(line.style);
        out.line(line.text);
    }

    out.style(ReceiptTextLine::Style::Normal);
    out.align(ReceiptTextLine::Align::Left);
    if (options.cut)
        out.command({GS, 'V', 66, 0}); // function B: feed to the cutter, then partial cut
    else
        out.command({ESC, 'd', 4}); // past the tear bar
    return out.bytes;
}

} // namespace kasir
