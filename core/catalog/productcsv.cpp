#include "core/catalog/productcsv.h"

#include "core/cart/cart.h"

#include <QHash>
#include <QRegularExpression>

namespace kasir {

namespace {

constexpr char Ctx[] = "kasir::Journal";

struct Record
{
    int line = 0;
    QStringList fields;
    bool unterminated = false;
};

QChar detectSeparator(QStringView text)
{
    const qsizetype newline = text.indexOf(u'\n');
    const QStringView first = newline < 0 ? text : text.first(newline);
    qsizetype commas = 0;
    qsizetype semicolons = 0;
    bool quoted = false;
    for (QChar c : first) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
    }
    return semicolons > commas ? u';' : u',';
}

// RFC 4180 records; a quoted field may span lines, the record keeps the line it started on.
QList<Record> readRecords(QStringView text, QChar separator)
{
    QList<Record> records;
    Record current{1, {}, false};
    QString field;
    bool quoted = false;
    bool fieldWasQuoted = false;
    int line = 1;
    const auto endField = [&] {
        current.fields << (fieldWasQuoted ? field : field.trimmed());
        field.clear();
        fieldWasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
            fieldWasQuoted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            if (field.endsWith(u'\r'))
                field.chop(1);
            endField();
            records << current;
            ++line;
            current = Record{line, {}, false};
        } else {
            field += c;
        }
    }
    if (quoted) {
        current.unterminated = true;
        endField();
        records << current;
    } else if (!field.isEmpty() || !current.fields.isEmpty()) {
        if (field.endsWith(u'\r'))
            field.chop(1);
        endField();
        records << current;
    }
    return records;
}

bool isBlank(const Record &r)
{
    for (const QString &f : r.fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

RowRejection reject(int line, const char *source, QStringList args = {})
{
    args.prepend(QString::number(line));
    return RowRejection{line, TranslatableText(Ctx, source, std::move(args))};
}

struct Columns
{
    int sku = 0;
    int name = 1;
    int price = 2;
    int codes = 3;
};

std::optional<Columns> headerColumns(const Record &header)
{
    QStringList names;
    for (const QString &f : header.fields)
        names << f.trimmed().toCaseFolded();
    if (!names.contains(QLatin1String("sku")))
        return std::nullopt;
    const auto find = [&](std::initializer_list<const char *> candidates) -> int {
        for (const char *c : candidates) {
            const qsizetype at = names.indexOf(QLatin1String(c));
            if (at >= 0)
                return int(at);
        }
        return -1;
    };
    Columns c;
    c.sku = find({"sku"});
    c.name = find({"name", "nama", "product", "produk"});
    c.price = find({"price", "unit_price", "harga"});
    c.codes = find({"barcode", "barcodes", "alias", "aliases", "code", "codes", "kode"});
    return c;
}

QString field(const Record &r, int column)
{
    return column >= 0 && column < r.fields.size() ? r.fields.at(column).trimmed() : QString();
}

} // namespace

ProductCsv parseProductCsv(const QByteArray &bytes)
{
    ProductCsv out;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<Record> records = readRecords(text, detectSeparator(text));

    Columns columns;
    qsizetype first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;
    if (first < records.size()) {
        if (const std::optional<Columns> header = headerColumns(records.at(first))) {
            const int line = records.at(first).line;
            if (header->name < 0 || header->price < 0) {
                out.rejected << reject(line, QT_TRANSLATE_NOOP("kasir::Journal",
                                                               "line %1: the header must name the "
                                                               "columns sku, name and price"));
                return out;
            }
            columns = *header;
            ++first;
        }
    }

    QHash<QString, int> skuLines;  // SKU -> line
    QHash<QString, int> codeLines; // code -> line
    static const QRegularExpression codeSeparators(QStringLiteral("[|\\s]+"));
    for (qsizetype i = first; i < records.size(); ++i) {
        const Record &r = records.at(i);
        if (isBlank(r))
            continue;
        if (r.unterminated) {
            out.rejected << reject(r.line, QT_TRANSLATE_NOOP("kasir::Journal",
                                                             "line %1: a quoted field is not "
                                                             "closed"));
            continue;
        }
        const int needed = std::max({columns.sku, columns.name, columns.price}) + 1;
        if (r.fields.size() < needed) {
            out.rejected << reject(r.line,
                                   QT_TRANSLATE_NOOP("kasir::Journal",
                                                     "line %1: too few fields (sku, name and "
                                                     "price are needed)"));
            continue;
        }
        Product p;
        p.sku = field(r, columns.sku);
        p.name = field(r, columns.name);
        const QString price = field(r, columns.price);
        if (p.sku.isEmpty()) {
            out.rejected << reject(
                r.line, QT_TRANSLATE_NOOP("kasir::Journal", "line %1: the SKU is empty"));
            continue;
        }
        if (p.sku.size() > MaxSkuLength) {
            out.rejected << reject(r.line,
                                   QT_TRANSLATE_NOOP("kasir::Journal",
                                                     "line %1: the SKU is longer than %2 "
                                                     "characters"),
                                   {QString::number(MaxSkuLength)});
            continue;
        }
        if (p.name.isEmpty()) {
            out.rejected << reject(
                r.line, QT_TRANSLATE_NOOP("kasir::Journal", "line %1: the name is empty"));
            continue;
        }
        if (p.name.size() > MaxProductNameLength) {
            out.rejected << reject(r.line,
                                   QT_TRANSLATE_NOOP("kasir::Journal",
                                                     "line %1: the name is longer than %2 "
                                                     "characters"),
                                   {QString::number(MaxProductNameLength)});
            continue;
        }
        if (price.isEmpty()) {
            out.rejected << reject(
                r.line, QT_TRANSLATE_NOOP("kasir::Journal", "line %1: the price is empty"));
            continue;
        }
        const std::optional<Money> money = Money::parse(price);
        if (!money) {
            out.rejected << reject(
                r.line,
                QT_TRANSLATE_NOOP("kasir::Journal", "line %1: price is not a number (\"%2\")"),
                {price});
            continue;
        }
        if (money->isNegative()) {
            out.rejected << reject(
                r.line, QT_TRANSLATE_NOOP("kasir::Journal", "line %1: the price is negative"));
            continue;
        }
        if (money->rupiah() > Cart::MaxUnitPrice) {
            out.rejected << reject(r.line,
                                   QT_TRANSLATE_NOOP("kasir::Journal",
                                                     "line %1: the price is above the limit of "
                                                     "%2 rupiah"),
                                   {QString::number(Cart::MaxUnitPrice)});
            continue;
        }
        p.unitPrice = *money;
        const QString skuKey = p.sku; // SKUs are exact, as in the catalog table
        if (const auto seen = skuLines.constFind(skuKey); seen != skuLines.cend()) {
            out.rejected << reject(r.line,
                                   QT_TRANSLATE_NOOP("kasir::Journal",
                                                     "line %1: SKU %2 already appears on line "
                                                     "%3"),
                                   {p.sku, QString::number(*seen)});
            continue;
        }
        bool codesOk = true;
        for (const QString &code :
             field(r, columns.codes).split(codeSeparators, Qt::SkipEmptyParts)) {
            if (p.codes.contains(code))
                continue;
            if (const auto seen = codeLines.constFind(code); seen != codeLines.cend()) {
                out.rejected << reject(r.line,
                                       QT_TRANSLATE_NOOP("kasir::Journal",
                                                         "line %1: barcode %2 already appears "
                                                         "on line %3"),
                                       {code, QString::number(*seen)});
                codesOk = false;
                break;
            }
            p.codes << code;
        }
        if (!codesOk)
            continue;
        skuLines.insert(skuKey, r.line);
        for (const QString &code : std::as_const(p.codes))
            codeLines.insert(code, r.line);
        out.rows << ProductCsvRow{r.line, p};
    }
    return out;
}

} // namespace kasir
