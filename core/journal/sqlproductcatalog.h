#pragma once

#include "core/journal/readers.h"

namespace kasir {

class JournalDatabase;

// The product catalogue (products and their barcodes or aliases) and its CSV import, in the
// journal's database (journaldatabase.h).
class SqlProductCatalog final : public ProductCatalog
{
public:
    explicit SqlProductCatalog(JournalDatabase &db)
        : m_db(db)
    {}

    std::optional<Product> productBySku(const QString &sku,
                                        JournalError *error = nullptr) const override;
    std::optional<Product> productByCode(const QString &code,
                                         JournalError *error = nullptr) const override;
    QList<Product> searchProducts(const QString &text, int limit = 50,
                                  JournalError *error = nullptr) const override;
    bool upsertProduct(const Product &product, JournalError *error) override;
    std::optional<ProductImportReport> importProductsCsv(QIODevice &device,
                                                         JournalError *error) override;

private:
    // The SKU of the product other than `exceptSku` that holds `code`; empty: none.
    std::optional<QString> codeOwner(const QString &code, const QString &exceptSku,
                                     JournalError *error) const;
    bool writeProduct(const Product &product, bool *added, JournalError *error);
    QList<Product> readProducts(const QString &where, const QVariantList &values,
                                JournalError *error) const;

    JournalDatabase &m_db;
};

} // namespace kasir
