#pragma once

#include "core/money/money.h"

#include <QString>
#include <QStringList>

namespace kasir {

// One line of the product catalog the cashier picks from: scanned by barcode, typed by SKU or
// an alias, or found by name.
struct Product
{
    QString sku;
    QString name;
    Money unitPrice;
    QStringList codes; // barcodes and aliases; each names exactly one product

    bool operator==(const Product &) const = default;
};

} // namespace kasir
