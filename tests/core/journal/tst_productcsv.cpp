#include "core/catalog/productcsv.h"

#include <QTest>

using namespace kasir;

namespace {

QString rejections(const ProductCsv &csv)
{
    QStringList out;
    for (const RowRejection &r : csv.rejected)
        out << r.message.english();
    return out.join(QLatin1Char('\n'));
}

QString skus(const ProductCsv &csv)
{
    QStringList out;
    for (const ProductCsvRow &r : csv.rows)
        out << QStringLiteral("%1@%2").arg(r.product.sku).arg(r.line);
    return out.join(QLatin1Char(' '));
}

} // namespace

class TestProductCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void readsFields();
    void quotedFieldsAndLineNumbers();
    void randomBytesNeverCrash();
};

void TestProductCsv::parses_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("rows");     // sku@line ...
    QTest::addColumn<QString>("rejected"); // English messages, one per line

    QTest::newRow("header, commas")
        << QByteArray("sku,name,price,barcode\nA1,Kulkas,1500000,8991\nA2,Rak,75000,\n")
        << QStringLiteral("A1@2 A2@3") << QString();
    QTest::newRow("semicolons and rupiah text")
        << QByteArray("sku;nama;harga\nA1;Kulkas 2 pintu;Rp 1.500.000\nA2;Rak, piring;75.000\n")
        << QStringLiteral("A1@2 A2@3") << QString();
    QTest::newRow("no header: sku, name, price, barcodes")
        << QByteArray("A1,Kulkas,1500000\r\nA2,Rak,75000,8991|8992\r\n")
        << QStringLiteral("A1@1 A2@2") << QString();
    QTest::newRow("bom, crlf, blank lines")
        << QByteArray("\xEF\xBB\xBFsku,name,price\r\n\r\nA1,Kulkas,1500000\r\n,,\r\n")
        << QStringLiteral("A1@3") << QString();
    QTest::newRow("columns in any order")
        << QByteArray("price,barcodes,name,sku\n15000,8991,Sabun,S1\n") << QStringLiteral("S1@2")
        << QString();
    QTest::newRow("price is not a number on line 7")
        << QByteArray("sku,name,price\nA1,a,1\nA2,b,2\nA3,c,3\nA4,d,4\nA5,e,5\nA6,f,12x\nA7,g,7\n")
        << QStringLiteral("A1@2 A2@3 A3@4 A4@5 A5@6 A7@8")
        << QStringLiteral("line 7: price is not a number (\"12x\")");
    QTest::newRow("decimals refused")
        << QByteArray("sku,name,price\nA1,a,\"1500,50\"\n") << QString()
        << QStringLiteral("line 2: price is not a number (\"1500,50\")");
    QTest::newRow("every reason")
        << QByteArray("sku,name,price,barcode\n"
                      ",nameless sku,1\n"        // 2
                      "B2,,1\n"                  // 3
                      "B3,no price,\n"           // 4
                      "B4,negative,-5\n"         // 5
                      "B5,too dear,1000000001\n" // 6
                      "B6,short\n"               // 7
                      "B7,ok,10,X1\n"            // 8
                      "B7,again,11\n"            // 9
                      "B9,same code,12,X1\n")    // 10
        << QStringLiteral("B7@8")
        << QStringLiteral("line 2: the SKU is empty\n"
                          "line 3: the name is empty\n"
                          "line 4: the price is empty\n"
                          "line 5: the price is negative\n"
                          "line 6: the price is above the limit of 1000000000 rupiah\n"
                          "line 7: too few fields (sku, name and price are needed)\n"
                          "line 9: SKU B7 already appears on line 8\n"
                          "line 10: barcode X1 already appears on line 8");
    QTest::newRow("header without price")
        << QByteArray("sku,name\nA1,a\n") << QString()
        << QStringLiteral("line 1: the header must name the columns sku, name and price");
    QTest::newRow("unterminated quote")
        << QByteArray("sku,name,price\nA1,\"Kulkas,100\n") << QString()
        << QStringLiteral("line 2: a quoted field is not closed");
    QTest::newRow("empty file") << QByteArray() << QString() << QString();
}

void TestProductCsv::parses()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, rows);
    QFETCH(QString, rejected);
    const ProductCsv result = parseProductCsv(csv);
    QCOMPARE(skus(result), rows);
    QCOMPARE(rejections(result), rejected);
}

void TestProductCsv::readsFields()
{
    const ProductCsv csv = parseProductCsv("sku;name;price;barcodes\nSKU-778;  Kulkas 2 pintu ;Rp "
                                           "1.500.000;8991002 | 8991003 ALIAS\n");
    QCOMPARE(csv.rows.size(), 1);
    const Product &p = csv.rows.constFirst().product;
    QCOMPARE(p.sku, QStringLiteral("SKU-778"));
    QCOMPARE(p.name, QStringLiteral("Kulkas 2 pintu"));
    QCOMPARE(p.unitPrice.rupiah(), 1'500'000);
    QCOMPARE(p.codes, (QStringList{QStringLiteral("8991002"), QStringLiteral("8991003"),
                                   QStringLiteral("ALIAS")}));
}

void TestProductCsv::quotedFieldsAndLineNumbers()
{
    // A quoted name with a separator, a doubled quote and a line break: the next row's line
    // number still counts physical lines.
    const ProductCsv csv = parseProductCsv("sku,name,price\n"
                                           "A1,\"Rak \"\"besar\"\", 2 susun\nwarna putih\",75000\n"
                                           "A2,Sabun,oops\n");
    QCOMPARE(csv.rows.size(), 1);
    QCOMPARE(csv.rows.constFirst().product.name,
             QStringLiteral("Rak \"besar\", 2 susun\nwarna putih"));
    QCOMPARE(rejections(csv), QStringLiteral("line 4: price is not a number (\"oops\")"));
}

void TestProductCsv::randomBytesNeverCrash()
{
    const QByteArray alphabet("ab1,;\"\n\r |.-Rp9");
    quint32 seed = 7;
    for (int round = 0; round < 2000; ++round) {
        QByteArray input;
        for (int i = 0; i < 60; ++i) {
            seed = seed * 1664525u + 1013904223u;
            input += alphabet.at(int((seed >> 16) % alphabet.size()));
        }
        const ProductCsv csv = parseProductCsv(input);
        for (const ProductCsvRow &r : csv.rows) {
            QVERIFY(!r.product.sku.isEmpty());
            QVERIFY(!r.product.unitPrice.isNegative());
        }
    }
}

QTEST_GUILESS_MAIN(TestProductCsv)
#include "tst_productcsv.moc"
