#include "core/faspay/billno.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace kasir::faspay;

// Part A §6: bill_no form.
class TestBillNo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void make_data();
    void make();
    void valid_data();
    void valid();
    void terminalCode_data();
    void terminalCode();
    void injective();
    void localeIndependent();
};

void TestBillNo::make_data()
{
    QTest::addColumn<QString>("terminal");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<qint64>("sequence");
    QTest::addColumn<QString>("billNo"); // empty: refused
    QTest::newRow("Part B §5.4 example")
        << "P01" << QDate(2025, 1, 15) << qint64(42) << "P01250115000042";
    QTest::newRow("lower-case terminal")
        << "p01" << QDate(2025, 1, 15) << qint64(42) << "P01250115000042";
    QTest::newRow("four characters: 16 in all")
        << "K001" << QDate(2026, 12, 31) << qint64(999'999) << "K001261231999999";
    QTest::newRow("one character") << "7" << QDate(2026, 2, 3) << qint64(0) << "7260203000000";
    QTest::newRow("year 2000") << "A" << QDate(2000, 1, 1) << qint64(1) << "A000101000001";
    QTest::newRow("empty terminal") << "" << QDate(2025, 1, 15) << qint64(1) << "";
    QTest::newRow("five-character terminal") << "K0001" << QDate(2025, 1, 15) << qint64(1) << "";
    QTest::newRow("terminal with dash") << "K-1" << QDate(2025, 1, 15) << qint64(1) << "";
    QTest::newRow("terminal with space") << "K 1" << QDate(2025, 1, 15) << qint64(1) << "";
    QTest::newRow("non-ASCII terminal")
        << QStringLiteral("K\u00C91") << QDate(2025, 1, 15) << qint64(1) << "";
    QTest::newRow("sequence too large") << "P01" << QDate(2025, 1, 15) << qint64(1'000'000) << "";
    QTest::newRow("negative sequence") << "P01" << QDate(2025, 1, 15) << qint64(-1) << "";
    QTest::newRow("invalid date") << "P01" << QDate() << qint64(1) << "";
    QTest::newRow("year 1999") << "P01" << QDate(1999, 12, 31) << qint64(1) << "";
    QTest::newRow("year 2100") << "P01" << QDate(2100, 1, 1) << qint64(1) << "";
}

void TestBillNo::make()
{
    QFETCH(QString, terminal);
    QFETCH(QDate, date);
    QFETCH(qint64, sequence);
    QFETCH(QString, billNo);
    const QString got = makeBillNo(terminal, date, sequence);
    QCOMPARE(got, billNo);
    if (!billNo.isEmpty()) {
        QVERIFY(isValidBillNo(got));
        QVERIFY(got.size() <= MaxBillNoLength);
    } else {
        QVERIFY(!isValidBillNo(got));
    }
}

void TestBillNo::valid_data()
{
    QTest::addColumn<QString>("billNo");
    QTest::addColumn<bool>("valid");
    QTest::newRow("example") << "P01250115000042" << true;
    QTest::newRow("one character") << "1" << true;
    QTest::newRow("16 characters") << "ABCDEFGHIJ123456" << true;
    QTest::newRow("notification example") << "WS260903001" << true;
    QTest::newRow("17 characters") << "ABCDEFGHIJ1234567" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dash") << "P01-250115" << false;
    QTest::newRow("underscore") << "P01_250115" << false;
    QTest::newRow("space") << "P01 250115" << false;
    QTest::newRow("trailing newline") << "P01250115\n" << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("P\u00D6250115") << false;
    QTest::newRow("full-width digit") << QStringLiteral("P\uFF11") << false;
}

void TestBillNo::valid()
{
    QFETCH(QString, billNo);
    QFETCH(bool, valid);
    QCOMPARE(isValidBillNo(billNo), valid);
}

void TestBillNo::terminalCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("P01") << "P01" << true;
    QTest::newRow("lower case") << "k1" << true;
    QTest::newRow("four") << "ABCD" << true;
    QTest::newRow("five") << "ABCDE" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("symbol") << "A#" << false;
}

void TestBillNo::terminalCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidTerminalCode(code), valid);
}

void TestBillNo::injective()
{
    // Terminal codes that are prefixes of each other, with digit endings, across dates and
    // sequences: never the same bill_no (the fixed-width sequence makes the split unambiguous).
    const QStringList terminals = {QStringLiteral("1"),   QStringLiteral("12"),
                                   QStringLiteral("126"), QStringLiteral("1260"),
                                   QStringLiteral("A"),   QStringLiteral("A1")};
    const QList<QDate> dates = {QDate(2026, 1, 1), QDate(2026, 10, 11), QDate(2060, 10, 10),
                                QDate(2001, 1, 1)};
    const QList<qint64> sequences = {0, 1, 10, 101011, 999'999};
    QSet<QString> seen;
    int made = 0;
    for (const QString &t : terminals) {
        for (QDate d : dates) {
            for (qint64 s : sequences) {
                const QString b = makeBillNo(t, d, s);
                QVERIFY(!b.isEmpty());
                QVERIFY2(!seen.contains(b), qPrintable(b));
                seen.insert(b);
                ++made;
            }
        }
    }
    QCOMPARE(seen.size(), made);
}

void TestBillNo::localeIndependent()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString billNo = makeBillNo(u"P01", QDate(2025, 1, 15), 42);
    QLocale::setDefault(before);
    QCOMPARE(billNo, QStringLiteral("P01250115000042"));
}

QTEST_GUILESS_MAIN(TestBillNo)
#include "tst_billno.moc"
