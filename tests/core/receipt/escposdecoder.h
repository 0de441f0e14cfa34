#pragma once

// A small virtual ESC/POS printer for tests: it interprets the commands Kasir sends and returns
// what would come out on paper, line by line, with the QR symbols and the cut.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace kasir::test {

struct PrintedLine
{
    QString text; // placed in the columns as the printer aligns it
    int mode = 0; // ESC ! bits in force
    bool bold = false;
    bool reverse = false;
};

struct Printout
{
    QList<PrintedLine> lines;
    QList<QByteArray> qrPrinted; // payloads of printed QR symbols
    int qrLineIndex = -1;        // lines printed before the (first) QR
    int qrModuleSize = 0;
    int qrModel = 0;
    int qrErrorLevel = 0;
    bool initialised = false; // began with ESC @
    int codePage = -1;
    int charset = -1;
    bool cutAtEnd = false; // GS V is the very last command
    int feedLines = 0;
    QString error; // the first byte sequence the printer would not understand

    QStringList texts() const
    {
        QStringList out;
        for (const PrintedLine &l : lines)
            out << l.text;
        return out;
    }
};

inline Printout decodeEscPos(const QByteArray &bytes, int columns)
{
    Printout out;
    int align = 0;
    int mode = 0;
    bool emphasized = false;
    bool reverse = false;
    QByteArray stored;
    QString current;
    bool afterQr = false; // the LF that ends the QR's line prints no text line
    qsizetype i = 0;
    const auto fail = [&](const QString &why) {
        if (out.error.isEmpty())
            out.error = QStringLiteral("offset %1: %2").arg(i).arg(why);
    };
    const auto arg = [&](qsizetype k) -> int {
        return i + k < bytes.size() ? quint8(bytes.at(i + k)) : -1;
    };

    while (i < bytes.size() && out.error.isEmpty()) {
        const quint8 b = quint8(bytes.at(i));
        out.cutAtEnd = false;
        if (b == 0x1B) { // ESC
            const int c = arg(1);
            const int n = arg(2);
            if (c == '@') {
                out.initialised = out.initialised || i == 0;
                align = mode = 0;
                emphasized = reverse = false;
                i += 2;
                continue;
            }
            if (n < 0) {
                fail(QStringLiteral("truncated ESC command"));
                break;
            }
            switch (c) {
            case 't':
                out.codePage = n;
                break;
            case 'R':
                out.charset = n;
                break;
            case '!':
                mode = n;
                break;
            case 'E':
                emphasized = n & 1;
                break;
            case 'a':
                align = n % 48;
                if (align > 2)
                    fail(QStringLiteral("ESC a %1").arg(n));
                break;
            case 'd':
                out.feedLines += n;
                break;
            default:
                fail(QStringLiteral("unknown ESC %1").arg(c));
            }
            i += 3;
            continue;
        }
        if (b == 0x1D) { // GS
            const int c = arg(1);
            if (c == 'B') {
                reverse = arg(2) & 1;
                i += 3;
            } else if (c == 'V') {
                const int m = arg(2);
                i += (m == 65 || m == 66) ? 4 : 3;
                out.cutAtEnd = i == bytes.size();
                continue;
            } else if (c == '(' && arg(2) == 'k') {
                const int length = arg(3) + 256 * arg(4);
                if (arg(4) < 0 || i + 5 + length > bytes.size() || length < 2) {
                    fail(QStringLiteral("truncated GS ( k"));
                    break;
                }
                const QByteArray params = bytes.mid(i + 5, length);
                if (quint8(params.at(0)) != 49)
                    fail(QStringLiteral("GS ( k for another symbol"));
                switch (quint8(params.at(1))) {
                case 65:
                    out.qrModel = quint8(params.at(2));
                    break;
                case 67:
                    out.qrModuleSize = quint8(params.at(2));
                    break;
                case 69:
                    out.qrErrorLevel = quint8(params.at(2));
                    break;
                case 80:
                    stored = params.mid(3);
                    break;
                case 81:
                    out.qrPrinted.append(stored);
                    if (out.qrLineIndex < 0)
                        out.qrLineIndex = int(out.lines.size());
                    afterQr = true;
                    break;
                default:
                    fail(QStringLiteral("GS ( k function %1").arg(quint8(params.at(1))));
                }
                i += 5 + length;
            } else {
                fail(QStringLiteral("unknown GS %1").arg(c));
            }
            continue;
        }
        if (b == 0x0A) { // LF: print the line as aligned
            if (!current.isEmpty() || !afterQr) {
                const qsizetype room = qMax<qsizetype>(0, columns - current.size());
                const qsizetype pad = align == 1 ? room / 2 : align == 2 ? room : 0;
                out.lines.append(PrintedLine{QString(pad, u' ') + current, mode,
                                             emphasized || (mode & 0x08), reverse});
            }
            current.clear();
            afterQr = false;
            ++i;
            continue;
        }
        if (b < 0x20 || b > 0x7E) {
            fail(QStringLiteral("byte 0x%1 outside printable ASCII")
                     .arg(b, 2, 16, QLatin1Char('0')));
            break;
        }
        current += QLatin1Char(char(b));
        ++i;
    }
    if (!current.isEmpty())
        fail(QStringLiteral("text after the last LF: %1").arg(current));
    return out;
}

} // namespace kasir::test
