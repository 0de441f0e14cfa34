#include "core/receipt/receipttext.h"
#include "core/receipt/receipttexts.h"
#include "receiptsamples.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>

using namespace kasir;
using namespace kasir::test;

Q_DECLARE_METATYPE(kasir::ReceiptData)

namespace {
QString rp(qint64 rupiah)
{
    return Money::fromRupiah(rupiah).format(QLocale(QLocale::Indonesian, QLocale::Indonesia));
}

ReceiptData longNames()
{
    ReceiptData d = sampleReceipt();
    d.storeName = QStringLiteral("Koperasi Karyawan Pabrik Tekstil Sumber Rejeki Makmur Sentosa");
    d.lines.append(ReceiptLine{QStringLiteral("Kabel data USB-C Fast Charge 1 meter putih, garansi "
                                              "resmi 12 bulan, kemasan ritel"),
                               10'000, Money::fromRupiah(1'000'000'000),
                               Money::fromRupiah(10'000'000'000'000)});
    d.lines.append(ReceiptLine{QStringLiteral("Supercalifragilisticexpialidocious-Kopi-Gayo-Arabika"
                                              "-Premium-1kg"),
                               3, Money::fromRupiah(185'000), Money::fromRupiah(555'000)});
    d.subtotal = Money::fromRupiah(10'000'004'004'000);
    d.total = Money::fromRupiah(9'999'999'999'999);
    d.paymentReff = QStringLiteral("BRICERIA-2611230000871-ABCDEFGHIJ"); // 32+ characters
    return d;
}

ReceiptData nonAscii()
{
    ReceiptData d = sampleReceipt(Channel::Akulaku);
    d.storeName = QStringLiteral("Kaf\u00E9 \u201CKopi Kit\u00E1\u201D \u2013 Ubud");
    d.cashier = QStringLiteral("Ni Luh Putu Ay\u00FC \u2615");
    d.lines[0].name = QStringLiteral("Teh tarik \u00D7 es \u2014 \u00BD liter \u65E5\u672C");
    return d;
}

ReceiptData allFees()
{
    ReceiptData d = sampleReceipt(Channel::Indodana);
    d.fees.clear();
    qint64 amount = 1'000;
    for (FeeKind kind : allFeeKinds())
        d.fees.append(ReceiptFee{kind, Money::fromRupiah(amount *= 3)});
    d.discount = Money();
    d.paymentReff.clear();
    d.paymentTime = QDateTime();
    return d;
}

struct Case
{
    const char *name;
    ReceiptData data;
};

QList<Case> cases()
{
    ReceiptData nextDayPayment = sampleReceipt(Channel::BriCeria);
    nextDayPayment.paymentTime = nextDayPayment.saleTime.addDays(1);
    return {
        {"kredivo original", sampleReceipt()},
        {"training", sampleReceipt(Channel::Kredivo, true)},
        {"copy 3", sampleReceipt(Channel::Akulaku, false, 3)},
        {"training copy 1", sampleReceipt(Channel::Indodana, true, 1)},
        {"long names, huge amounts", longNames()},
        {"non-ascii", nonAscii()},
        {"all fees, no discount, no reff", allFees()},
        {"paid the next day", nextDayPayment},
    };
}

int leadingSpaces(const QString &s)
{
    int n = 0;
    while (n < s.size() && s.at(n) == u' ')
        ++n;
    return n;
}

bool isCentred(const QString &line, const QString &text, int columns)
{
    return line.trimmed() == text && leadingSpaces(line) == (columns - text.size()) / 2;
}

// The line ends flush with the right edge on `value`, on this line or the next.
bool rightAlignedAt(const QStringList &lines, qsizetype i, const QString &value, int columns)
{
    if (lines.at(i).endsWith(value) && lines.at(i).size() == columns)
        return true;
    return i + 1 < lines.size() && lines.at(i + 1).size() == columns &&
           lines.at(i + 1).trimmed() == value;
}
} // namespace

class TestReceiptText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void settledByHandIsMarked_data();
    void settledByHandIsMarked();
    void layoutRules_data();
    void layoutRules();
    void golden_data();
    void golden();
    void compactLabelsOnNarrowPaper();
    void layoutKeepsQr();
    void columnsAreClamped();
    void printerAscii_data();
    void printerAscii();
    void lookupPayload_data();
    void lookupPayload();
    void fromAttempt();
    void gatewayIsPrinted_data();
    void gatewayIsPrinted();
    void fromAttemptFallbacks();
    void times_data();
    void times();
    void everyTextIsBilingualAscii();
};

void TestReceiptText::layoutRules_data()
{
    QTest::addColumn<ReceiptData>("data");
    QTest::addColumn<int>("columns");
    for (int columns : {32, 48}) {
        for (const Case &c : cases())
            QTest::addRow("%d cols, %s", columns, c.name) << c.data << columns;
    }
}

void TestReceiptText::layoutRules()
{
    QFETCH(ReceiptData, data);
    QFETCH(int, columns);
    const QStringList lines = receiptTextLines(data, columns);
    QVERIFY(lines.size() > 20);

    // Every line fits, is printable ASCII and has no trailing space.
    static const QRegularExpression printable(QStringLiteral("^[\\x20-\\x7E]*$"));
    for (const QString &line : lines) {
        QVERIFY2(line.size() <= columns, qPrintable(line));
        QVERIFY2(printable.match(line).hasMatch(), qPrintable(line));
        QVERIFY2(!line.endsWith(u' '), qPrintable(line));
    }

    // Header: the store name, centred (its first line when it wraps).
    const QString store = toPrinterAscii(data.storeName);
    if (store.size() <= columns)
        QVERIFY2(isCentred(lines.first(), store, columns), qPrintable(lines.first()));
    else
        QVERIFY(store.startsWith(lines.first().trimmed()));

    // Items: the name on its own line(s), then "qty x price" and the line total flush right.
    qsizetype i = 0;
    for (const ReceiptLine &item : std::as_const(data.lines)) {
        const QString name = toPrinterAscii(item.name).simplified();
        const QString first = name.section(u' ', 0, 0).left(columns);
        while (i < lines.size() && !lines.at(i).startsWith(first))
            ++i;
        QVERIFY2(i < lines.size(), qPrintable(name));
        QString joined;
        const QString qtyPrefix = QLatin1String("  ") + QString::number(item.qty) +
                                  QLatin1String(" x ") + rp(item.unitPrice.rupiah());
        while (i < lines.size() && !lines.at(i).startsWith(qtyPrefix)) {
            joined += lines.at(i);
            ++i;
        }
        QVERIFY2(i < lines.size(), qPrintable(qtyPrefix));
        QCOMPARE(joined.remove(u' '), QString(name).remove(u' '));
        QVERIFY2(rightAlignedAt(lines, i, rp(item.lineTotal.rupiah()), columns),
                 qPrintable(lines.at(i)));
    }

    // TOTAL between two '=' rules, amount flush right.
    const qsizetype total = lines.indexOf(QRegularExpression(QStringLiteral("^TOTAL\\b.*")));
    QVERIFY(total > 0);
    QCOMPARE(lines.at(total - 1), QString(columns, u'='));
    QVERIFY(rightAlignedAt(lines, total, rp(data.total.rupiah()), columns));

    const QString all = lines.join(u'\n');
    QCOMPARE(all.contains(QLatin1String("Rp 3.449.000")), data.subtotal.rupiah() == 3'449'000);
    QCOMPARE(all.contains(QLatin1String("-Rp 100.000")), !data.discount.isZero());
    for (const ReceiptFee &fee : std::as_const(data.fees))
        QVERIFY(all.contains(rp(fee.amount.rupiah())));

    // Marks: training at the top and bottom, copy once, only when they apply.
    const QString training = QStringLiteral("*** TRAINING / LATIHAN ***");
    const qsizetype trainingLines =
        std::count_if(lines.cbegin(), lines.cend(),
                      [&](const QString &l) { return isCentred(l, training, columns); });
    QCOMPARE(trainingLines, data.training ? 2 : 0);
    QCOMPARE(all.contains(QLatin1String("LATIHAN")), data.training);
    const QString copy = QStringLiteral("SALINAN / COPY #%1").arg(data.copyNumber);
    QCOMPARE(std::count_if(lines.cbegin(), lines.cend(),
                           [&](const QString &l) { return isCentred(l, copy, columns); }),
             data.copyNumber > 0 ? 1 : 0);
    QCOMPARE(all.contains(QLatin1String("SALINAN")), data.copyNumber > 0);

    // Payment details and footer.
    QVERIFY(all.contains(data.billNo));
    QVERIFY(all.contains(data.trxId));
    QVERIFY(all.contains(data.channelName));
    QCOMPARE(all.contains(QLatin1String("3 bulan / 3 months")), !data.tenorLabel.isEmpty());
    if (!data.paymentReff.isEmpty())
        QVERIFY(QString(all).remove(u'\n').remove(u' ').contains(data.paymentReff));
    QVERIFY(isCentred(lines.at(lines.size() - (data.training ? 2 : 1)),
                      QStringLiteral("Terima kasih / Thank you"), columns));
}

void TestReceiptText::golden_data()
{
    QTest::addColumn<int>("columns");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("58 mm, 32 columns") << 32
                                       << QStringList{
                                              QStringLiteral("     Toko Sinar Jaya Ponsel"),
                                              QStringLiteral("  Jl. Pemuda No. 118, Semarang"),
                                              QStringLiteral("             50132"),
                                              QStringLiteral("      Telp. (024) 3545 871"),
                                              QStringLiteral("================================"),
                                              QStringLiteral("Nota / Bill      K01261123000042"),
                                              QStringLiteral("Tgl / Date  23/11/2026 10:12 WIB"),
                                              QStringLiteral("Kasir / Cashier     Dewi Lestari"),
                                              QStringLiteral("Terminal                     K01"),
                                              QStringLiteral("--------------------------------"),
                                              QStringLiteral("Samsung Galaxy A15 8/256GB Biru"),
                                              QStringLiteral("Tua"),
                                              QStringLiteral("  1 x Rp 3.299.000  Rp 3.299.000"),
                                              QStringLiteral("Tempered glass + casing bening"),
                                              QStringLiteral("A15"),
                                              QStringLiteral("  2 x Rp 75.000       Rp 150.000"),
                                              QStringLiteral("--------------------------------"),
                                              QStringLiteral("Subtotal            Rp 3.449.000"),
                                              QStringLiteral("Diskon / Discount    -Rp 100.000"),
                                              QStringLiteral("Ongkir / Shipping      Rp 25.000"),
                                              QStringLiteral("================================"),
                                              QStringLiteral("TOTAL               Rp 3.374.000"),
                                              QStringLiteral("================================"),
                                              QStringLiteral("Pembayaran / Payment     Kredivo"),
                                              QStringLiteral("Tenor         3 bulan / 3 months"),
                                              QStringLiteral("ID Trx / Trx ID 3183540500001234"),
                                              QStringLiteral("Ref             KRD2611230000871"),
                                              QStringLiteral("Bayar / Paid           10:15 WIB"),
                                              QStringLiteral("--------------------------------"),
                                              QStringLiteral("    Terima kasih / Thank you"),
                                          };
    QTest::newRow("80 mm, 48 columns")
        << 48
        << QStringList{
               QStringLiteral("             Toko Sinar Jaya Ponsel"),
               QStringLiteral("       Jl. Pemuda No. 118, Semarang 50132"),
               QStringLiteral("              Telp. (024) 3545 871"),
               QStringLiteral("================================================"),
               QStringLiteral("No. Nota / Bill No.              K01261123000042"),
               QStringLiteral("Tanggal / Date              23/11/2026 10:12 WIB"),
               QStringLiteral("Kasir / Cashier                     Dewi Lestari"),
               QStringLiteral("Terminal                                     K01"),
               QStringLiteral("------------------------------------------------"),
               QStringLiteral("Samsung Galaxy A15 8/256GB Biru Tua"),
               QStringLiteral("  1 x Rp 3.299.000                  Rp 3.299.000"),
               QStringLiteral("Tempered glass + casing bening A15"),
               QStringLiteral("  2 x Rp 75.000                       Rp 150.000"),
               QStringLiteral("------------------------------------------------"),
               QStringLiteral("Subtotal                            Rp 3.449.000"),
               QStringLiteral("Diskon / Discount                    -Rp 100.000"),
               QStringLiteral("Ongkos kirim / Shipping                Rp 25.000"),
               QStringLiteral("================================================"),
               QStringLiteral("TOTAL                               Rp 3.374.000"),
               QStringLiteral("================================================"),
               QStringLiteral("Pembayaran / Payment                     Kredivo"),
               QStringLiteral("Tenor                         3 bulan / 3 months"),
               QStringLiteral("ID Transaksi / Trx ID           3183540500001234"),
               QStringLiteral("Ref. Bayar / Payment Ref.       KRD2611230000871"),
               QStringLiteral("Waktu Bayar / Paid At       23/11/2026 10:15 WIB"),
               QStringLiteral("------------------------------------------------"),
               QStringLiteral("            Terima kasih / Thank you"),
           };
}

// The whole sample receipt, character for character: what a cashier sees on paper.
void TestReceiptText::golden()
{
    QFETCH(int, columns);
    QFETCH(QStringList, expected);
    QCOMPARE(receiptTextLines(sampleReceipt(), columns), expected);
}

void TestReceiptText::compactLabelsOnNarrowPaper()
{
    const QStringList narrow = receiptTextLines(sampleReceipt(Channel::Kredivo, true, 1), 32);
    const QStringList wide = receiptTextLines(sampleReceipt(Channel::Kredivo, true, 1), 48);
    // Bilingual lines that do not fit break between the languages, not inside one.
    QVERIFY(narrow.contains(QStringLiteral("     Bukan transaksi nyata")));
    QVERIFY(narrow.contains(QStringLiteral("        Not a real sale")));
    QVERIFY(wide.contains(QStringLiteral("    Bukan transaksi nyata / Not a real sale")));
}

void TestReceiptText::layoutKeepsQr()
{
    const ReceiptData data = sampleReceipt();
    const QList<ReceiptTextLine> layout = receiptTextLayout(data, 48);
    const auto qr = std::find_if(layout.cbegin(), layout.cend(), [](const ReceiptTextLine &l) {
        return l.kind == ReceiptTextLine::Kind::Qr;
    });
    QVERIFY(qr != layout.cend());
    QCOMPARE(qr->text, QStringLiteral("KASIR:K01261123000042:3183540500001234"));
    QCOMPARE(qr->align, ReceiptTextLine::Align::Centre);
    QVERIFY((qr + 1)->qrCaption);
    QCOMPARE((qr + 1)->text, QStringLiteral("Pindai untuk cek nota / Scan to look up"));
    // TOTAL is printed large.
    const auto total = std::find_if(layout.cbegin(), layout.cend(), [](const ReceiptTextLine &l) {
        return l.text.startsWith(QLatin1String("TOTAL"));
    });
    QVERIFY(total != layout.cend());
    QCOMPARE(total->style, ReceiptTextLine::Style::Large);
}

void TestReceiptText::columnsAreClamped()
{
    const ReceiptData data = longNames();
    for (int columns : {0, 10, MinReceiptColumns}) {
        for (const QString &line : receiptTextLines(data, columns))
            QVERIFY(line.size() <= MinReceiptColumns);
    }
    for (const QString &line : receiptTextLines(data, 1000))
        QVERIFY(line.size() <= MaxReceiptColumns);
}

void TestReceiptText::printerAscii_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("Nasi Goreng #2 (pedas) @Rp 25.000")
                           << QStringLiteral("Nasi Goreng #2 (pedas) @Rp 25.000");
    QTest::newRow("accents") << QStringLiteral(
                                    "Caf\u00E9 cr\u00E8me br\u00FBl\u00E9e \u00C5ngstr\u00F6m")
                             << QStringLiteral("Cafe creme brulee Angstrom");
    QTest::newRow("letters spelt out")
        << QStringLiteral("Stra\u00DFe \u00C6sop \u00F8l \u0141\u00F3d\u017A")
        << QStringLiteral("Strasse AEsop ol Lodz");
    QTest::newRow("typography") << QStringLiteral(
                                       "\u201CKopi\u201D \u2018tubruk\u2019 \u2013 2\u00D73\u2026")
                                << QStringLiteral("\"Kopi\" 'tubruk' - 2x3...");
    QTest::newRow("fractions and full width")
        << QStringLiteral("\u00BD kg \uFF32\uFF50 \uFB01t") << QStringLiteral("1/2 kg Rp fit");
    QTest::newRow("currency") << QStringLiteral("\u20AC 5 \u00A3 3 \u00A5 9")
                              << QStringLiteral("EUR 5 GBP 3 JPY 9");
    QTest::newRow("white space and control") << QStringLiteral("a\tb\nc\u00A0d\x01"
                                                               "e\u200Bf")
                                             << QStringLiteral("a b c d ef");
    QTest::newRow("other scripts and emoji")
        << QStringLiteral("\u65E5\u672C \u2615 ok \U0001F600") << QStringLiteral("?? ? ok ?");
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800)) + QStringLiteral("x") << QStringLiteral("?x");
    QTest::newRow("empty") << QString() << QString();
}

void TestReceiptText::printerAscii()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(toPrinterAscii(input), expected);
}

void TestReceiptText::lookupPayload_data()
{
    QTest::addColumn<QString>("payload");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("billNo");
    QTest::addColumn<QString>("trxId");
    QTest::newRow("typical") << QStringLiteral("KASIR:K01261123000042:3183540500001234") << true
                             << QStringLiteral("K01261123000042")
                             << QStringLiteral("3183540500001234");
    QTest::newRow("no trx_id yet")
        << QStringLiteral("KASIR:ABC:") << true << QStringLiteral("ABC") << QString();
    QTest::newRow("bill_no 16") << QStringLiteral("KASIR:abcdefghij123456:1") << true
                                << QStringLiteral("abcdefghij123456") << QStringLiteral("1");
    QTest::newRow("bill_no 17") << QStringLiteral("KASIR:abcdefghij1234567:1") << false << QString()
                                << QString();
    QTest::newRow("empty bill_no") << QStringLiteral("KASIR::1") << false << QString() << QString();
    QTest::newRow("payment link") << QStringLiteral("https://faspay.co.id/x") << false << QString()
                                  << QString();
    QTest::newRow("lower-case prefix")
        << QStringLiteral("kasir:A:1") << false << QString() << QString();
    QTest::newRow("third field") << QStringLiteral("KASIR:A:1:2") << false << QString()
                                 << QString();
    QTest::newRow("space") << QStringLiteral("KASIR:A B:1") << false << QString() << QString();
    QTest::newRow("no colon") << QStringLiteral("KASIR:A") << false << QString() << QString();
}

void TestReceiptText::lookupPayload()
{
    QFETCH(QString, payload);
    QFETCH(bool, valid);
    QFETCH(QString, billNo);
    QFETCH(QString, trxId);
    const std::optional<ReceiptLookup> parsed = parseReceiptLookupPayload(payload);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(parsed->billNo, billNo);
    QCOMPARE(parsed->trxId, trxId);
    QCOMPARE(receiptLookupPayload(billNo, trxId), payload);
}

void TestReceiptText::fromAttempt()
{
    const Attempt attempt = sampleAttempt();
    const ReceiptData r = receiptFromAttempt(attempt, sampleStore(), 2);
    QCOMPARE(r.storeName, QStringLiteral("Toko Sinar Jaya Ponsel"));
    QCOMPARE(r.billNo, attempt.billNo);
    QCOMPARE(r.saleTime, attempt.billDate);
    QCOMPARE(r.lines.size(), 2);
    QCOMPARE(r.lines.at(1), (ReceiptLine{QStringLiteral("Tempered glass + casing bening A15"), 2,
                                         Money::fromRupiah(75'000), Money::fromRupiah(150'000)}));
    QCOMPARE(r.subtotal.rupiah(), 3'449'000);
    QCOMPARE(r.discount.rupiah(), 100'000);
    QCOMPARE(r.fees, (QList<ReceiptFee>{{FeeKind::Shipping, Money::fromRupiah(25'000)}}));
    QCOMPARE(r.total.rupiah(), 3'374'000);
    QCOMPARE(r.channelName, QStringLiteral("Kredivo"));
    QCOMPARE(r.tenorLabel, QStringLiteral("3 bulan / 3 months"));
    QCOMPARE(r.trxId, attempt.trxId);
    QCOMPARE(r.paymentReff, attempt.paymentReff);
    QCOMPARE(r.paymentTime, attempt.paymentDate);
    QCOMPARE(r.copyNumber, 2);
    QVERIFY(!r.training);
    QCOMPARE(r.lookupPayload(), QStringLiteral("KASIR:K01261123000042:3183540500001234"));

    for (Channel channel : {Channel::Akulaku, Channel::Indodana, Channel::BriCeria}) {
        const ReceiptData other = receiptFromAttempt(sampleAttempt(channel), sampleStore(), 0);
        QCOMPARE(other.channelName, channelDisplayName(channel));
        QVERIFY2(other.tenorLabel.isEmpty(), "a tenor is Kredivo's only");
    }
}

void TestReceiptText::settledByHandIsMarked_data()
{
    QTest::addColumn<int>("columns");
    QTest::newRow("58 mm") << 32;
    QTest::newRow("80 mm") << 48;
}

void TestReceiptText::settledByHandIsMarked()
{
    // A sale a supervisor settled by hand never prints like one Faspay confirmed (issue 12).
    QFETCH(int, columns);
    Attempt settled = sampleAttempt();
    settled.reason = QStringLiteral("supervisor");
    ReceiptData byHand = receiptFromAttempt(settled, sampleStore(), 0);
    QVERIFY(byHand.settledByHand);
    // ReceiptService takes who and why from the supervisor's event.
    byHand.settledBy = QStringLiteral("Sari");
    byHand.settledReason = QStringLiteral("paid in the Faspay portal, ref 12345");
    const QString text = receiptTextLines(byHand, columns).join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("SUPERVISOR")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Faspay")));
    QVERIFY(text.contains(QStringLiteral("Sari")));
    QVERIFY(text.simplified().contains(QStringLiteral("ref 12345")));
    for (const QString &line : receiptTextLines(byHand, columns))
        QVERIFY2(line.size() <= columns, qPrintable(line));

    const ReceiptData confirmed = receiptFromAttempt(sampleAttempt(), sampleStore(), 0);
    QVERIFY(!confirmed.settledByHand);
    QVERIFY(!receiptTextLines(confirmed, columns)
                 .join(QLatin1Char('\n'))
                 .contains(QStringLiteral("SUPERVISOR")));
}

void TestReceiptText::gatewayIsPrinted_data()
{
    settledByHandIsMarked_data();
}

void TestReceiptText::gatewayIsPrinted()
{
    // Every receipt names the gateway and merchant the bill went through; a host that is not one
    // of Faspay's is marked NOT FASPAY (issue 12, the fake gateway through Settings).
    QFETCH(int, columns);
    Attempt viaFaspay = sampleAttempt();
    viaFaspay.gatewayHost = QStringLiteral("web.faspay.co.id");
    viaFaspay.merchantId = QStringLiteral("31337");
    const ReceiptData faspay = receiptFromAttempt(viaFaspay, sampleStore(), 0);
    QVERIFY(!faspay.notFaspay);
    const QString faspayText = receiptTextLines(faspay, columns).join(QLatin1Char('\n'));
    QVERIFY2(faspayText.contains(QStringLiteral("web.faspay.co.id")), qPrintable(faspayText));
    QVERIFY(faspayText.contains(QStringLiteral("31337")));
    QVERIFY(!faspayText.contains(QStringLiteral("NOT FASPAY")));

    Attempt viaFake = viaFaspay;
    viaFake.gatewayHost = QStringLiteral("127.0.0.1:8123");
    const ReceiptData fake = receiptFromAttempt(viaFake, sampleStore(), 0);
    QVERIFY(fake.notFaspay);
    const QStringList fakeLines = receiptTextLines(fake, columns);
    const QString fakeText = fakeLines.join(QLatin1Char('\n'));
    QVERIFY2(fakeText.count(QStringLiteral("NOT FASPAY")) == 2, qPrintable(fakeText));
    QVERIFY(fakeText.contains(QStringLiteral("127.0.0.1:8123")));
    for (const QString &line : fakeLines)
        QVERIFY2(line.size() <= columns, qPrintable(line));

    // Training is marked as training, not as a foreign gateway.
    viaFake.training = true;
    QVERIFY(!receiptFromAttempt(viaFake, sampleStore(), 0).notFaspay);
}

void TestReceiptText::fromAttemptFallbacks()
{
    Attempt attempt = sampleAttempt();
    attempt.cashier.clear();
    attempt.terminal.clear();
    attempt.total = Money();
    attempt.billDate = QDateTime();
    attempt.training = true;
    StoreInfo store = sampleStore();
    store.cashier = QStringLiteral("Budi");
    store.terminal = QStringLiteral("K09");
    const ReceiptData r = receiptFromAttempt(attempt, store, -4);
    QCOMPARE(r.cashier, QStringLiteral("Budi"));
    QCOMPARE(r.terminal, QStringLiteral("K09"));
    QCOMPARE(r.total.rupiah(), 3'374'000); // from the cart
    QCOMPARE(r.saleTime, attempt.createdAt);
    QCOMPARE(r.copyNumber, 0);
    QVERIFY(r.training);

    // The attempt's own cashier wins over today's settings (a reprint shows who sold).
    const ReceiptData reprint = receiptFromAttempt(sampleAttempt(), store, 1);
    QCOMPARE(reprint.cashier, QStringLiteral("Dewi Lestari"));
}

void TestReceiptText::times_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utc morning") << QDateTime(QDate(2026, 11, 23), QTime(3, 12), QTimeZone::utc())
                                 << QStringLiteral("23/11/2026 10:12 WIB");
    QTest::newRow("next day in WIB")
        << QDateTime(QDate(2026, 12, 31), QTime(17, 30), QTimeZone::utc())
        << QStringLiteral("01/01/2027 00:30 WIB");
    QTest::newRow("given in WITA")
        << QDateTime(QDate(2026, 11, 23), QTime(11, 0), QTimeZone(8 * 3600))
        << QStringLiteral("23/11/2026 10:00 WIB");
    QTest::newRow("invalid") << QDateTime() << QString();
}

void TestReceiptText::times()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(formatReceiptTime(time), expected);
}

void TestReceiptText::everyTextIsBilingualAscii()
{
    static const QRegularExpression printable(QStringLiteral("^[\\x20-\\x7E]+$"));
    const QList<ReceiptText> texts = {
        ReceiptText::BillNo,       ReceiptText::Date,         ReceiptText::Cashier,
        ReceiptText::Terminal,     ReceiptText::Subtotal,     ReceiptText::Discount,
        ReceiptText::Total,        ReceiptText::Payment,      ReceiptText::Tenor,
        ReceiptText::TrxId,        ReceiptText::PaymentReff,  ReceiptText::PaidAt,
        ReceiptText::Training,     ReceiptText::TrainingNote, ReceiptText::Copy,
        ReceiptText::ScanToLookUp, ReceiptText::ThankYou};
    for (ReceiptText t : texts) {
        for (ReceiptTextForm form : {ReceiptTextForm::Full, ReceiptTextForm::Compact}) {
            const QString s = receiptText(t, form);
            QVERIFY(printable.match(s).hasMatch());
            // Compact labels of dates and ids leave room for a 16-20 character value on a
            // 32-column line.
            const bool dateOrId = t == ReceiptText::BillNo || t == ReceiptText::Date ||
                                  t == ReceiptText::TrxId || t == ReceiptText::PaymentReff ||
                                  t == ReceiptText::PaidAt;
            if (form == ReceiptTextForm::Compact && dateOrId)
                QVERIFY2(s.size() <= 15, qPrintable(s));
        }
    }
    for (FeeKind kind : allFeeKinds()) {
        QVERIFY(receiptFeeLabel(kind).contains(QLatin1String(" / ")));
        QVERIFY(printable.match(receiptFeeLabel(kind, ReceiptTextForm::Compact)).hasMatch());
    }
    for (KredivoTenor tenor : allKredivoTenors())
        QVERIFY(receiptTenorLabel(tenor).contains(QLatin1String(" / ")));
    QCOMPARE(receiptCopyMark(12), QStringLiteral("SALINAN / COPY #12"));
    QCOMPARE(receiptText(ReceiptText::Training), QStringLiteral("TRAINING / LATIHAN"));
}

QTEST_MAIN(TestReceiptText)
#include "tst_receipttext.moc"
