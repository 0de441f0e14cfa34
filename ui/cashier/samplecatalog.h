#pragma once

#include "core/catalog/product.h"
#include "core/journal/journalerror.h"

#include <QList>

namespace kasir {

class ProductCatalog;

// A small catalog of what an Indonesian electronics-and-grocery shop sells (phones, appliances,
// groceries), with SKUs, EAN-13 barcodes (GS1 Indonesia prefix 899, valid check digits) and
// prices from Rp 5.000 to Rp 8.000.000, for training mode. One name is longer than the 50
// characters Faspay takes, on purpose: training shows that it is accepted and shortened.
QList<Product> sampleCatalog();

// Puts the sample catalog into the journal when its catalog is empty. Returns how many products
// were added (0 when there were products already); -1 with `error` when the journal refused.
int seedSampleCatalog(ProductCatalog *catalog, JournalError *error = nullptr);

} // namespace kasir
