#pragma once

#include "core/catalog/product.h"
#include "core/journal/journalerror.h"
#include "core/journal/records.h"

#include <QIODevice>
#include <QList>
#include <QString>

#include <optional>

namespace kasir {

// What a widget may hold of the journal: reading only. Attempts are written by the engine alone
// (stores.h, CheckoutService); widgets read them through AttemptReader and send intent to the
// engine. scripts/check-modules.cmake keeps journal.h and stores.h out of ui/.
//
// Each call returns what is stored now; `error` (optional) says why a read failed, and the
// result is then empty.

class AttemptReader
{
public:
    virtual ~AttemptReader();

    virtual std::optional<Attempt> attempt(qint64 id, JournalError *error = nullptr) const = 0;
    virtual std::optional<Attempt> attemptByBillNo(const QString &billNo,
                                                   JournalError *error = nullptr) const = 0;
    // Everything that must resume after a restart (not isTerminal()), oldest first.
    virtual QList<Attempt> nonTerminalAttempts(JournalError *error = nullptr) const = 0;
    // Oldest first.
    virtual QList<AttemptEvent> events(qint64 attemptId, JournalError *error = nullptr) const = 0;
    virtual QList<Attempt> search(const HistoryQuery &query,
                                  JournalError *error = nullptr) const = 0;
    virtual int count(const HistoryQuery &query, JournalError *error = nullptr) const = 0;
};

// The product catalogue: look-ups for the cashier, and the back office's import and upsert
// (products are not money: a widget may edit them).
class ProductCatalog
{
public:
    virtual ~ProductCatalog();

    virtual std::optional<Product> productBySku(const QString &sku,
                                                JournalError *error = nullptr) const = 0;
    // What the scanner or the SKU field gives: a SKU first, else a barcode or alias.
    virtual std::optional<Product> productByCode(const QString &code,
                                                 JournalError *error = nullptr) const = 0;
    // Name contains `text` (any case), or SKU starts with it, or a code equals it; by name.
    virtual QList<Product> searchProducts(const QString &text, int limit = 50,
                                          JournalError *error = nullptr) const = 0;

    // Inserts or replaces the product and its codes. A code of another product: Conflict.
    virtual bool upsertProduct(const Product &product, JournalError *error) = 0;
    // Imports a CSV (productcsv.h) in one transaction: valid rows are added or updated, the
    // others reported by line; a barcode that belongs to a product not in this row is
    // rejected too. Fails as a whole only when the journal cannot be written (nothing imported).
    virtual std::optional<ProductImportReport> importProductsCsv(QIODevice &device,
                                                                 JournalError *error) = 0;
};

} // namespace kasir
