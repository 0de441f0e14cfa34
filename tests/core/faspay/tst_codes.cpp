#include "core/faspay/codes.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace kasir;
using namespace kasir::faspay;

// Part B §9: payment status and response codes, their messages and the translator's table.
class TestCodes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentStatusFromText_data();
    void paymentStatusFromText();
    void paymentStatusTexts();
    void responseCodeTable_data();
    void responseCodeTable();
    void configurationErrors_data();
    void configurationErrors();
    void unknownCode_data();
    void unknownCode();
    void indonesianTableCoversEverySource();
};

namespace {
// docs/translations-faspay-id.tsv: English source <TAB> Indonesian, one message a line.
QHash<QString, QString> indonesianTable()
{
    QHash<QString, QString> table;
    QFile f(QStringLiteral(KASIR_SOURCE_DIR "/docs/translations-faspay-id.tsv"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return table;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = line.split(u'\t');
        if (parts.size() == 3)
            table.insert(parts.at(1), parts.at(2)); // context, source, Indonesian
    }
    return table;
}
} // namespace

void TestCodes::paymentStatusFromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("status"); // -1: refused
    const QList<int> codes = {0, 1, 2, 3, 4, 5, 7, 8, 9};
    for (int c : codes)
        QTest::addRow("%d", c) << QString::number(c) << c;
    QTest::newRow("spaces") << " 2 " << 2;
    QTest::newRow("leading zero") << "02" << 2;
    QTest::newRow("zero zero") << "00" << 0;
    QTest::newRow("6 is not defined") << "6" << -1;
    QTest::newRow("empty") << "" << -1;
    QTest::newRow("two digits") << "12" << -1;
    QTest::newRow("decimal") << "2.0" << -1;
    QTest::newRow("text") << "paid" << -1;
    QTest::newRow("negative") << "-2" << -1;
    QTest::newRow("long zeros") << "0002" << -1;
    QTest::newRow("arabic-indic two") << QStringLiteral("\u0662") << -1;
}

void TestCodes::paymentStatusFromText()
{
    QFETCH(QString, text);
    QFETCH(int, status);
    const std::optional<PaymentStatus> got = kasir::faspay::paymentStatusFromText(text);
    if (status < 0) {
        QVERIFY(!got);
    } else {
        QVERIFY(got);
        QCOMPARE(static_cast<int>(*got), status);
        QCOMPARE(paymentStatusCode(*got), QString::number(status));
    }
}

void TestCodes::paymentStatusTexts()
{
    QSet<QString> seen;
    for (PaymentStatus s : allPaymentStatuses()) {
        const TranslatableText t = paymentStatusText(s);
        QVERIFY(!t.isEmpty());
        QCOMPARE(QLatin1String(t.context()), QLatin1String("kasir::faspay::Codes"));
        QVERIFY(t.english().size() > 20);
        seen.insert(t.english());
    }
    QCOMPARE(allPaymentStatuses().size(), 9);
    QCOMPARE(seen.size(), 9); // each status says something different
}

void TestCodes::responseCodeTable_data()
{
    QTest::addColumn<QString>("code");
    // Part B §9.2, every row.
    const QStringList codes = {QStringLiteral("00"), QStringLiteral("03"), QStringLiteral("13"),
                               QStringLiteral("14"), QStringLiteral("17"), QStringLiteral("18"),
                               QStringLiteral("21"), QStringLiteral("30"), QStringLiteral("40"),
                               QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"),
                               QStringLiteral("63"), QStringLiteral("66"), QStringLiteral("80"),
                               QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("83"),
                               QStringLiteral("84"), QStringLiteral("85"), QStringLiteral("96")};
    for (const QString &c : codes)
        QTest::newRow(qPrintable(c)) << c;
}

void TestCodes::responseCodeTable()
{
    QFETCH(QString, code);
    QVERIFY(isKnownResponseCode(code));
    QVERIFY(knownResponseCodes().contains(code));
    const TranslatableText t = responseCodeText(code);
    QVERIFY(!t.isEmpty());
    QCOMPARE(QLatin1String(t.context()), QLatin1String("kasir::faspay::Codes"));
    const QString english = t.english();
    QVERIFY(!english.isEmpty());
    // What happened, then what to do: at least two sentences.
    QVERIFY2(english.count(u'.') >= 2, qPrintable(english));
    QVERIFY(!english.contains(QLatin1String("%1")));
    QVERIFY(!responseCodeName(code).isEmpty());
    QVERIFY(responseCodeName(code) != code);
}

void TestCodes::configurationErrors_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("configuration");
    QTest::newRow("55") << "55" << true;
    QTest::newRow("56") << "56" << true;
    QTest::newRow("63") << "63" << true;
    QTest::newRow("63 with spaces") << " 63 " << true;
    QTest::newRow("00") << "00" << false;
    QTest::newRow("14") << "14" << false;
    QTest::newRow("54") << "54" << false;
    QTest::newRow("5") << "5" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("555") << "555" << false;
}

void TestCodes::configurationErrors()
{
    QFETCH(QString, code);
    QFETCH(bool, configuration);
    QCOMPARE(isConfigurationError(code), configuration);
}

void TestCodes::unknownCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("99") << "99";
    QTest::newRow("07") << "07";
    QTest::newRow("letters") << "XY";
}

void TestCodes::unknownCode()
{
    QFETCH(QString, code);
    QVERIFY(!isKnownResponseCode(code));
    const QString english = responseCodeText(code).english();
    QVERIFY2(english.contains(code), qPrintable(english));
    QVERIFY(english.contains(QLatin1String("does not know")));
    QCOMPARE(responseCodeName(code), code);
    // One-digit codes read with a leading zero, as parseResponseHeader does.
    QCOMPARE(responseCodeText(u"0"), responseCodeText(u"00"));
}

void TestCodes::indonesianTableCoversEverySource()
{
    const QHash<QString, QString> table = indonesianTable();
    QVERIFY2(!table.isEmpty(), "docs/translations-faspay-id.tsv is missing or empty");
    QList<TranslatableText> texts;
    for (PaymentStatus s : allPaymentStatuses())
        texts.append(paymentStatusText(s));
    for (const QString &c : knownResponseCodes())
        texts.append(responseCodeText(c));
    texts.append(responseCodeText(u"99"));
    for (const TranslatableText &t : std::as_const(texts)) {
        const QString source = QString::fromUtf8(t.source());
        QVERIFY2(table.contains(source), qPrintable(source));
        const QString id = table.value(source);
        QVERIFY(!id.isEmpty());
        QVERIFY(id != source);
        // Placeholders survive translation.
        QCOMPARE(id.contains(QLatin1String("%1")), source.contains(QLatin1String("%1")));
    }
}

QTEST_GUILESS_MAIN(TestCodes)
#include "tst_codes.moc"
