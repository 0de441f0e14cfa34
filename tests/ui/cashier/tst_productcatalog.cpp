// The product catalog the cashier sells from: the training sample (realistic, valid barcodes,
// seeded only into an empty catalog) and the CSV import with its report of rejected rows.

#include "ui/backoffice/productimportdialog.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/samplecatalog.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryFile>
#include <QTest>

using namespace kasir;

namespace {
bool validEan13(const QString &code)
{
    if (code.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        if (!code.at(i).isDigit())
            return false;
        sum += code.at(i).digitValue() * (i % 2 ? 3 : 1);
    }
    return (10 - sum % 10) % 10 == code.at(12).digitValue();
}
} // namespace

class TestProductCatalog : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

private Q_SLOTS:
    void initTestCase() { test::applyStyle(); }

    void sampleIsRealistic()
    {
        const QList<Product> products = sampleCatalog();
        QVERIFY(products.size() >= 30);
        QSet<QString> skus;
        bool longName = false;
        for (const Product &p : products) {
            QVERIFY2(!skus.contains(p.sku), qPrintable(p.sku));
            skus.insert(p.sku);
            QVERIFY2(p.unitPrice >= Money::fromRupiah(5'000) &&
                         p.unitPrice <= Money::fromRupiah(8'000'000),
                     qPrintable(p.sku));
            QCOMPARE(p.codes.size(), 1);
            QVERIFY2(validEan13(p.codes.first()), qPrintable(p.codes.first()));
            QVERIFY(p.codes.first().startsWith(QLatin1String("899"))); // GS1 Indonesia
            longName = longName || p.name.size() > 50;
        }
        QVERIFY(longName); // training shows the shortened name on the wire
    }

    void seededOnlyWhenEmpty()
    {
        test::TempJournal j(&m_clock);
        QCOMPARE(seedSampleCatalog(j.journal.get()), int(sampleCatalog().size()));
        QCOMPARE(seedSampleCatalog(j.journal.get()), 0);
        QVERIFY(j.journal->productByCode(QStringLiteral("8991000200007")));
    }

    void csvImportReportsRejectedRows()
    {
        test::TempJournal j(&m_clock);
        QTemporaryFile csv;
        QVERIFY(csv.open());
        // A spreadsheet export with Indonesian separators: two good rows, three bad ones.
        csv.write("sku;name;harga;barcode\n"
                  "KOP-ABC-1;Kopi ABC Susu 10 sachet;Rp 15.500;8991234567895\n"
                  "GUL-X;Gula Pasir 1 kg;;\n"
                  "SAB-1;Sabun Mandi;12,5;\n"
                  "KOP-ABC-1;Kopi ABC lagi;16000;\n"
                  "TEH-1;Teh Celup 25;9.000;\n");
        csv.close();
        ProductImportDialog dialog(j.journal.get());
        QSignalSpy changed(&dialog, &ProductImportDialog::catalogChanged);
        QVERIFY(dialog.importFile(csv.fileName()));
        QCOMPARE(changed.count(), 1);
        QTableWidget *rejected = dialog.rejectedTable();
        QVERIFY(!rejected->isHidden());
        QCOMPARE(rejected->rowCount(), 3);
        QCOMPARE(rejected->item(0, 0)->text(), QStringLiteral("3"));
        QCOMPARE(rejected->item(1, 0)->text(), QStringLiteral("4"));
        QCOMPARE(rejected->item(2, 0)->text(), QStringLiteral("5"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(!rejected->item(i, 1)->text().isEmpty());
        QVERIFY(dialog.summaryLabel()->text().startsWith(
            QStringLiteral("Added: 2, updated: 0, rejected rows: 3.")));
        // What was imported sells at once.
        ProductEntry entry(j.journal.get());
        QSignalSpy chosen(&entry, &ProductEntry::productChosen);
        QVERIFY(entry.submit(QStringLiteral("8991234567895")));
        QCOMPARE(chosen.at(0).at(0).value<Product>().unitPrice, Money::fromRupiah(15'500));
    }

    void unreadableFileIsSaid()
    {
        test::TempJournal j(&m_clock);
        ProductImportDialog dialog(j.journal.get());
        QVERIFY(!dialog.importFile(QStringLiteral("/nonexistent/products.csv")));
        QVERIFY(
            dialog.summaryLabel()->text().contains(QStringLiteral("/nonexistent/products.csv")));
        QVERIFY(dialog.rejectedTable()->isHidden());
    }
};

QTEST_MAIN(TestProductCatalog)
#include "tst_productcatalog.moc"
