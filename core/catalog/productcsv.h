#pragma once

#include "core/catalog/product.h"
#include "core/common/translatabletext.h"

#include <QByteArray>
#include <QList>

namespace kasir {

// A CSV row that was not imported, and why ("line 7: price is not a number ("12,5")").
struct RowRejection
{
    int line = 0; // 1-based physical line where the row starts
    TranslatableText message;
};

struct ProductCsvRow
{
    int line = 0;
    Product product;
};

struct ProductCsv
{
    QList<ProductCsvRow> rows;
    QList<RowRejection> rejected;
};

// Limits of the catalog (the cart's own limits apply to prices).
constexpr qsizetype MaxSkuLength = 64;
constexpr qsizetype MaxProductNameLength = 200;

// Reads a product list exported from a spreadsheet: UTF-8 (BOM allowed), RFC 4180 quoting,
// separator ',' or ';' (what an Indonesian-locale spreadsheet writes), taken from the first line.
// With a header line, columns are found by name: sku, name, price (or unit_price, harga),
// barcode (or barcodes, alias, aliases, code, codes); without one they are sku, name, price,
// barcodes. Several barcodes in one field are separated by '|' or spaces. Prices are whole
// rupiah as the cashier types them ("15000", "15.000", "Rp 15.000"). Every row that cannot be
// imported is reported with its line and the reason; a SKU or barcode repeated in the file is
// rejected on its later line. Never fails on any input.
ProductCsv parseProductCsv(const QByteArray &bytes);

} // namespace kasir
