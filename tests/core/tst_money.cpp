#include "core/money/money.h"

#include <QTest>

#include <limits>

using kasir::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void format_data();
    void format();
    void parse_data();
    void parse();
    void checkedArithmetic();
};

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("rupiah");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("id 1.5 M") << qint64(1'500'000) << "id_ID"
                              << "Rp 1.500.000";
    QTest::newRow("id zero") << qint64(0) << "id_ID"
                             << "Rp 0";
    QTest::newRow("id small") << qint64(999) << "id_ID"
                              << "Rp 999";
    QTest::newRow("id thousand") << qint64(1000) << "id_ID"
                                 << "Rp 1.000";
    QTest::newRow("id negative") << qint64(-25'000) << "id_ID"
                                 << "-Rp 25.000";
    QTest::newRow("en 1.5 M") << qint64(1'500'000) << "en_US"
                              << "Rp 1,500,000";
}

void TestMoney::format()
{
    QFETCH(qint64, rupiah);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(Money::fromRupiah(rupiah).format(QLocale(locale)), expected);
}

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("rupiah");
    QTest::newRow("plain") << "1500000" << true << qint64(1'500'000);
    QTest::newRow("dots") << "1.500.000" << true << qint64(1'500'000);
    QTest::newRow("commas") << "1,500,000" << true << qint64(1'500'000);
    QTest::newRow("symbol") << "Rp 1.500.000" << true << qint64(1'500'000);
    QTest::newRow("spaces around") << "  25000 " << true << qint64(25'000);
    QTest::newRow("negative") << "-2.000" << true << qint64(-2000);
    QTest::newRow("decimal part") << "1500,50" << false << qint64(0);
    QTest::newRow("bad grouping") << "1.50.000" << false << qint64(0);
    QTest::newRow("letters") << "12a" << false << qint64(0);
    QTest::newRow("empty") << "" << false << qint64(0);
    QTest::newRow("only symbol") << "Rp" << false << qint64(0);
    QTest::newRow("overflow") << "99999999999999999999999" << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(qint64, rupiah);
    const auto parsed = Money::parse(text);
    QCOMPARE(parsed.has_value(), ok);
    if (ok)
        QCOMPARE(parsed->rupiah(), rupiah);
}

void TestMoney::checkedArithmetic()
{
    const Money max = Money::fromRupiah(std::numeric_limits<qint64>::max());
    QVERIFY(!max.checkedAdd(Money::fromRupiah(1)));
    QVERIFY(!max.checkedMul(2));
    QVERIFY(
        !Money::fromRupiah(std::numeric_limits<qint64>::min()).checkedSub(Money::fromRupiah(1)));
    QCOMPARE(Money::fromRupiah(12'500).checkedMul(3)->rupiah(), 37'500);
    QCOMPARE(Money::fromRupiah(100).checkedSub(Money::fromRupiah(250))->rupiah(), -150);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
