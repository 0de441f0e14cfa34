#include "core/faspay/wire.h"

#include <QTest>

using namespace kasir;
using namespace kasir::faspay;

// Part A §4 (amounts), §7 (dates) and the product-name decision of wire.h.
class TestWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wireAmount_data();
    void wireAmount();
    void fromWire_data();
    void fromWire();
    void returnedAmount_data();
    void returnedAmount();
    void formatWib_data();
    void formatWib();
    void parseWib_data();
    void parseWib();
    void productName_data();
    void productName();
    void wireTextLimits_data();
    void wireTextLimits();
    void localeIndependent();
};

void TestWire::wireAmount_data()
{
    QTest::addColumn<qint64>("rupiah");
    QTest::addColumn<QString>("wire");
    QTest::newRow("zero") << qint64(0) << "0";
    QTest::newRow("one rupiah") << qint64(1) << "100";
    QTest::newRow("Rp 1.500.000") << qint64(1'500'000) << "150000000";
    QTest::newRow("Rp 20.000") << qint64(20'000) << "2000000";
    QTest::newRow("cart maximum (N(15))") << qint64(9'999'999'999'999) << "999999999999900";
    QTest::newRow("largest that fits") << qint64(92'233'720'368'547'758) << "9223372036854775800";
    QTest::newRow("overflow refused") << qint64(92'233'720'368'547'759) << "";
    QTest::newRow("negative refused") << qint64(-1) << "";
    QTest::newRow("very negative refused") << std::numeric_limits<qint64>::min() << "";
}

void TestWire::wireAmount()
{
    QFETCH(qint64, rupiah);
    QFETCH(QString, wire);
    const QString got = toWireAmount(Money::fromRupiah(rupiah));
    QCOMPARE(got, wire);
    if (!wire.isEmpty()) {
        QCOMPARE(fromWireAmount(got), Money::fromRupiah(rupiah)); // round trip
    }
}

void TestWire::fromWire_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<qint64>("rupiah"); // -1: refused
    QTest::newRow("x100") << "150000000" << qint64(1'500'000);
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("cents") << "150000050" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("sign") << "-100" << qint64(-1);
    QTest::newRow("decimal") << "1500.00" << qint64(-1);
    QTest::newRow("space") << " 100" << qint64(-1);
    QTest::newRow("overflow") << "99999999999999999999900" << qint64(-1);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0660\u0660") << qint64(-1);
}

void TestWire::fromWire()
{
    QFETCH(QString, wire);
    QFETCH(qint64, rupiah);
    const std::optional<Money> got = fromWireAmount(wire);
    if (rupiah < 0)
        QVERIFY(!got);
    else
        QCOMPARE(got, Money::fromRupiah(rupiah));
}

void TestWire::returnedAmount_data()
{
    QTest::addColumn<QString>("returned");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("matches");
    QTest::newRow("whole rupiah (2026 notification)") << "550000" << qint64(550'000) << true;
    QTest::newRow("x100") << "55000000" << qint64(550'000) << true;
    QTest::newRow("surrounding spaces") << " 60000 " << qint64(60'000) << true;
    QTest::newRow("leading zero") << "060000" << qint64(60'000) << true;
    QTest::newRow("one rupiah less") << "549999" << qint64(550'000) << false;
    QTest::newRow("x10") << "5500000" << qint64(550'000) << false;
    QTest::newRow("divided by 100") << "5500" << qint64(550'000) << false;
    QTest::newRow("x100 minus one") << "54999999" << qint64(550'000) << false;
    QTest::newRow("empty (unpaid inquiry)") << "" << qint64(550'000) << false;
    QTest::newRow("blank") << "   " << qint64(550'000) << false;
    QTest::newRow("decimal") << "550000.00" << qint64(550'000) << false;
    QTest::newRow("grouped") << "550.000" << qint64(550'000) << false;
    QTest::newRow("negative") << "-550000" << qint64(550'000) << false;
    QTest::newRow("plus sign") << "+550000" << qint64(550'000) << false;
    QTest::newRow("garbage") << "Rp 550000" << qint64(550'000) << false;
    QTest::newRow("hex") << "0x86470" << qint64(550'000) << false;
    QTest::newRow("overflow") << "999999999999999999999999" << qint64(550'000) << false;
    QTest::newRow("negative expected") << "100" << qint64(-1) << false;
    QTest::newRow("full-width digits") << QStringLiteral("\uFF15\uFF15") << qint64(55) << false;
}

void TestWire::returnedAmount()
{
    QFETCH(QString, returned);
    QFETCH(qint64, expected);
    QFETCH(bool, matches);
    QCOMPARE(returnedAmountMatches(returned, Money::fromRupiah(expected)), matches);
}

void TestWire::formatWib_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("wib");
    QTest::newRow("UTC") << QDateTime(QDate(2025, 1, 15), QTime(7, 3, 10), Qt::UTC)
                         << "2025-01-15 14:03:10";
    QTest::newRow("UTC crossing midnight")
        << QDateTime(QDate(2025, 12, 31), QTime(17, 0, 0), Qt::UTC) << "2026-01-01 00:00:00";
    QTest::newRow("already WIB") << QDateTime(QDate(2025, 1, 15), QTime(14, 3, 10),
                                              Qt::OffsetFromUTC, 7 * 3600)
                                 << "2025-01-15 14:03:10";
    QTest::newRow("WITA +8") << QDateTime(QDate(2025, 1, 15), QTime(15, 3, 10), Qt::OffsetFromUTC,
                                          8 * 3600)
                             << "2025-01-15 14:03:10";
    QTest::newRow("milliseconds dropped")
        << QDateTime(QDate(2025, 1, 15), QTime(7, 3, 10, 999), Qt::UTC) << "2025-01-15 14:03:10";
    QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(0, 0), Qt::UTC)
                              << "2028-02-29 07:00:00";
    QTest::newRow("invalid") << QDateTime() << "";
}

void TestWire::formatWib()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, wib);
    QCOMPARE(kasir::faspay::formatWib(dateTime), wib);
    if (!wib.isEmpty()) {
        const std::optional<QDateTime> back = kasir::faspay::parseWib(wib);
        QVERIFY(back);
        QCOMPARE(back->toSecsSinceEpoch(), dateTime.toSecsSinceEpoch());
        QCOMPARE(back->offsetFromUtc(), WibOffsetSeconds);
    }
}

void TestWire::parseWib_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("utc"); // invalid: refused
    QTest::newRow("notification date")
        << "2026-09-03 15:02:50" << QDateTime(QDate(2026, 9, 3), QTime(8, 2, 50), Qt::UTC);
    QTest::newRow("WIB midnight is the previous UTC day")
        << "2026-01-01 03:00:00" << QDateTime(QDate(2025, 12, 31), QTime(20, 0), Qt::UTC);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("ISO T") << "2026-09-03T15:02:50" << QDateTime();
    QTest::newRow("with zone") << "2026-09-03 15:02:50+07:00" << QDateTime();
    QTest::newRow("one-digit month") << "2026-9-03 15:02:50" << QDateTime();
    QTest::newRow("no seconds") << "2026-09-03 15:02" << QDateTime();
    QTest::newRow("month 13") << "2026-13-03 15:02:50" << QDateTime();
    QTest::newRow("30 February") << "2026-02-30 15:02:50" << QDateTime();
    QTest::newRow("hour 24") << "2026-09-03 24:00:00" << QDateTime();
    QTest::newRow("second 60") << "2026-09-03 23:59:60" << QDateTime();
    QTest::newRow("letters") << "2026-0a-03 15:02:50" << QDateTime();
    QTest::newRow("leading space") << " 2026-09-03 15:02:5" << QDateTime();
    QTest::newRow("arabic-indic digits")
        << QStringLiteral("\u0662\u0660\u0662\u0666-09-03 15:02:50") << QDateTime();
    QTest::newRow("all zeros") << "0000-00-00 00:00:00" << QDateTime();
}

void TestWire::parseWib()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, utc);
    const std::optional<QDateTime> got = kasir::faspay::parseWib(text);
    if (!utc.isValid()) {
        QVERIFY(!got);
        return;
    }
    QVERIFY(got);
    QCOMPARE(got->toUTC(), utc);
    QCOMPARE(kasir::faspay::formatWib(*got), text);
}

void TestWire::productName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("wire");
    const QString fifty = QString(50, u'a');
    QTest::newRow("short") << "Kulkas 2 pintu"
                           << "Kulkas 2 pintu";
    QTest::newRow("exactly 50") << fifty << fifty;
    QTest::newRow("51 trimmed to 50") << fifty + u'b' << fifty;
    QTest::newRow("long sentence")
        << "Televisi LED 55 inci Smart TV Android dengan Dolby Vision dan HDR10+ garansi 2 tahun"
        << "Televisi LED 55 inci Smart TV Android dengan Dolby";
    QTest::newRow("space at the cut is trimmed")
        << QString(QString(49, u'x') + QStringLiteral(" yz")) << QString(49, u'x');
    // U+1F600 is a surrogate pair: it would straddle the cut at 49/50, so it goes entirely.
    QTest::newRow("surrogate pair not split")
        << QString(QString(49, u'x') + QStringLiteral("\U0001F600") + QStringLiteral("tail"))
        << QString(49, u'x');
    QTest::newRow("surrogate pair that fits")
        << QString(QString(48, u'x') + QStringLiteral("\U0001F600") + QStringLiteral("tail"))
        << QString(QString(48, u'x') + QStringLiteral("\U0001F600"));
    // e + COMBINING ACUTE ACCENT is one grapheme: not split from its accent.
    QTest::newRow("combining mark kept with its letter")
        << QString(QString(49, u'x') + QStringLiteral("e\u0301") + QStringLiteral("z"))
        << QString(49, u'x');
    QTest::newRow("control characters") << "Rak\tpiring\nbesar\r\x01"
                                        << "Rak piring besar";
    QTest::newRow("bidi override and zero width")
        << QStringLiteral("Rak\u202Egnirip\u200B") << "Rakgnirip";
    QTest::newRow("runs of spaces") << "  Rak    piring  "
                                    << "Rak piring";
    QTest::newRow("unpaired surrogate") << QString(QStringLiteral("Rak") + QChar(0xD800)) << "Rak";
    QTest::newRow("only controls") << "\x01\x02\t"
                                   << "";
    QTest::newRow("non-ASCII kept") << "Kopi Gayo — 250 g"
                                    << "Kopi Gayo — 250 g";
    QTest::newRow("empty") << ""
                           << "";
}

void TestWire::productName()
{
    QFETCH(QString, name);
    QFETCH(QString, wire);
    const QString got = wireProductName(name);
    QCOMPARE(got, wire);
    QVERIFY(got.size() <= MaxProductNameLength);
    QVERIFY(got.isEmpty() || !got.back().isHighSurrogate());
    QCOMPARE(got.trimmed(), got);
    // Idempotent: the wire form of a wire form is itself.
    QCOMPARE(wireProductName(got), got);
}

void TestWire::wireTextLimits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qsizetype>("max");
    QTest::addColumn<QString>("wire");
    QTest::newRow("zero limit") << "abc" << qsizetype(0) << "";
    QTest::newRow("negative limit") << "abc" << qsizetype(-5) << "";
    QTest::newRow("128 for bill_desc")
        << QString(200, u'd') << qsizetype(128) << QString(128, u'd');
    QTest::newRow("limit 1 with a pair") << QStringLiteral("\U0001F600") << qsizetype(1) << "";
}

void TestWire::wireTextLimits()
{
    QFETCH(QString, text);
    QFETCH(qsizetype, max);
    QFETCH(QString, wire);
    QCOMPARE(wireText(text, max), wire);
}

void TestWire::localeIndependent()
{
    // A counter set to a locale with its own digits and separators still speaks ASCII on the
    // wire.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Arabic, QLocale::Egypt));
    const QString amount = toWireAmount(Money::fromRupiah(1'500'000));
    const QString date =
        kasir::faspay::formatWib(QDateTime(QDate(2025, 1, 15), QTime(7, 3, 10), Qt::UTC));
    const std::optional<QDateTime> parsed = kasir::faspay::parseWib(u"2025-01-15 14:03:10");
    QLocale::setDefault(before);
    QCOMPARE(amount, QStringLiteral("150000000"));
    QCOMPARE(date, QStringLiteral("2025-01-15 14:03:10"));
    QVERIFY(parsed);
}

QTEST_GUILESS_MAIN(TestWire)
#include "tst_wire.moc"
