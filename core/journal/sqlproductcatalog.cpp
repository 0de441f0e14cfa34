#include "core/journal/sqlproductcatalog.h"

#include "core/cart/cart.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/sqlrows.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kasir {

using namespace sqlrows;

namespace {

constexpr qint64 MaxCsvBytes = 32 * 1024 * 1024;
constexpr int MaxSearchLimit = 10'000;

} // namespace

std::optional<QString> SqlProductCatalog::codeOwner(const QString &code, const QString &exceptSku,
                                                    JournalError *error) const
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT sku FROM product_codes WHERE code = ? AND sku <> ?"),
                   {code, exceptSku}, QStringLiteral("check product code"), error)) {
        return std::nullopt;
    }
    if (q.next())
        return q.value(0).toString();
    return QString();
}

bool SqlProductCatalog::writeProduct(const Product &product, bool *added, JournalError *error)
{
    for (const QString &code : product.codes) {
        const std::optional<QString> owner = codeOwner(code, product.sku, error);
        if (!owner)
            return false;
        if (!owner->isEmpty()) {
            setJournalError(error, JournalError::barcodeTaken(code, *owner));
            return false;
        }
    }
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {product.sku},
                   QStringLiteral("find product"), error)) {
        return false;
    }
    *added = !q.next();
    q.finish();
    const QString upsert = m_db.dialect().upsert(
        QStringLiteral("products"),
        {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("name_search"),
         QStringLiteral("unit_price"), QStringLiteral("updated_at")},
        {QStringLiteral("sku")});
    if (!m_db.exec(q, upsert,
                   {product.sku, product.name, text(product.name.toCaseFolded()),
                    product.unitPrice.rupiah(), m_db.nowMs()},
                   QStringLiteral("save product"), error) ||
        !m_db.exec(q, QStringLiteral("DELETE FROM product_codes WHERE sku = ?"), {product.sku},
                   QStringLiteral("clear product codes"), error)) {
        return false;
    }
    QStringList seen;
    for (const QString &code : product.codes) {
        if (code.isEmpty() || seen.contains(code))
            continue;
        seen << code;
        if (!m_db.exec(q, QStringLiteral("INSERT INTO product_codes (code, sku) VALUES (?, ?)"),
                       {code, product.sku}, QStringLiteral("save product code"), error)) {
            return false;
        }
    }
    return true;
}

bool SqlProductCatalog::upsertProduct(const Product &product, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return false;
    if (product.sku.trimmed().isEmpty() || product.sku.size() > MaxSkuLength ||
        product.name.trimmed().isEmpty() || product.name.size() > MaxProductNameLength ||
        product.unitPrice.isNegative() || product.unitPrice.rupiah() > Cart::MaxUnitPrice) {
        setJournalError(
            error,
            JournalError::invalidInput(
                QStringLiteral("product %1: SKU, name or price out of range").arg(product.sku)));
        return false;
    }
    JournalDatabase::Transaction tx(m_db);
    bool added = false;
    return tx.begin(error) && writeProduct(product, &added, error) && tx.commit(error);
}

QList<Product> SqlProductCatalog::readProducts(const QString &where, const QVariantList &values,
                                               JournalError *error) const
{
    QList<Product> out;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QLatin1String("SELECT sku, name, unit_price FROM products ") + where, values,
                   QStringLiteral("read products"), error)) {
        return out;
    }
    while (q.next()) {
        out << Product{q.value(0).toString(),
                       q.value(1).toString(),
                       Money::fromRupiah(q.value(2).toLongLong()),
                       {}};
    }
    q.finish();
    for (Product &p : out) {
        if (!m_db.exec(q,
                       QStringLiteral("SELECT code FROM product_codes WHERE sku = ? ORDER BY code"),
                       {p.sku}, QStringLiteral("read product codes"), error)) {
            return {};
        }
        while (q.next())
            p.codes << q.value(0).toString();
    }
    return out;
}

std::optional<Product> SqlProductCatalog::productBySku(const QString &sku,
                                                       JournalError *error) const
{
    setJournalError(error, {});
    const QList<Product> found = readProducts(QStringLiteral("WHERE sku = ?"), {sku}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

std::optional<Product> SqlProductCatalog::productByCode(const QString &code,
                                                        JournalError *error) const
{
    const QString c = code.trimmed();
    if (std::optional<Product> p = productBySku(c, error))
        return p;
    const QList<Product> found = readProducts(
        QStringLiteral("WHERE sku = (SELECT sku FROM product_codes WHERE code = ?)"), {c}, error);
    if (found.isEmpty())
        return std::nullopt;
    return found.constFirst();
}

QList<Product> SqlProductCatalog::searchProducts(const QString &text, int limit,
                                                 JournalError *error) const
{
    setJournalError(error, {});
    const QString t = text.trimmed();
    const int n = std::clamp(limit, 1, MaxSearchLimit);
    if (t.isEmpty())
        return readProducts(QStringLiteral("ORDER BY name_search, sku LIMIT ?"), {n}, error);
    QString skuPrefix = SqlDialect::likePattern(t);
    skuPrefix.remove(0, 1); // "text%": SKU starts with it
    return readProducts(
        QLatin1String("WHERE ") + m_db.dialect().likeInsensitive(QStringLiteral("name_search")) +
            QLatin1String(" OR ") + m_db.dialect().likeInsensitive(QStringLiteral("sku")) +
            QLatin1String(" OR sku IN (SELECT sku FROM product_codes WHERE"
                          " code = ?) ORDER BY name_search, sku LIMIT ?"),
        {SqlDialect::likePattern(t.toCaseFolded()), skuPrefix, t, n}, error);
}

std::optional<ProductImportReport> SqlProductCatalog::importProductsCsv(QIODevice &device,
                                                                        JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return std::nullopt;
    if (!device.isReadable()) {
        setJournalError(error,
                        JournalError::invalidInput(QStringLiteral("the CSV file is not open")));
        return std::nullopt;
    }
    const QByteArray bytes = device.read(MaxCsvBytes + 1);
    if (bytes.size() > MaxCsvBytes) {
        setJournalError(error,
                        JournalError::invalidInput(QStringLiteral("the CSV file is over 32 MB")));
        return std::nullopt;
    }
    const ProductCsv csv = parseProductCsv(bytes);
    ProductImportReport report;
    report.rejected = csv.rejected;

    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return std::nullopt;
    for (const ProductCsvRow &row : csv.rows) {
        QString taken;
        QString owner;
        for (const QString &code : row.product.codes) {
            const std::optional<QString> o = codeOwner(code, row.product.sku, error);
            if (!o)
                return std::nullopt;
            if (!o->isEmpty()) {
                taken = code;
                owner = *o;
                break;
            }
        }
        if (!taken.isEmpty()) {
            report.rejected << RowRejection{
                row.line, TranslatableText("kasir::Journal",
                                           QT_TRANSLATE_NOOP("kasir::Journal",
                                                             "line %1: barcode %2 already belongs "
                                                             "to product %3"),
                                           {QString::number(row.line), taken, owner})};
            continue;
        }
        bool added = false;
        if (!writeProduct(row.product, &added, error))
            return std::nullopt;
        ++(added ? report.added : report.updated);
    }
    if (!tx.commit(error))
        return std::nullopt;
    std::stable_sort(report.rejected.begin(), report.rejected.end(),
                     [](const RowRejection &a, const RowRejection &b) { return a.line < b.line; });
    return report;
}

} // namespace kasir
