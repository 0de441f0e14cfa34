#include "core/faspay/returnurl.h"

#include <QTest>
#include <QUrlQuery>

using namespace kasir;
using namespace kasir::faspay;

// Part B §13: the browser redirect back to the merchant's Return URL.
class TestReturnUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docsExample();
    void real2026();
    void verification_data();
    void verification();
    void refused_data();
    void refused();
    void buildRoundTrip_data();
    void buildRoundTrip();
    void buildKeepsBaseQuery();
};

namespace {
// Part B §13 docs example (signature = §3.3 vector 5).
const QString DocsExample = QStringLiteral(
    "https://merchant.example/thankyou?trx_id=8985999990013136&merchant_id=99999&merchant=FASPAY+"
    "STORE&bill_no=4370&bill_ref=4370&bill_total=10000&bank_user_name=FaspayTest&status=0&"
    "signature=0da33ad07fe9980f7b7ff70a964803e821a86866");

// Part B §13 real 2026 sandbox return URL (same signature as its notification, vector 7).
const QString Real2026 = QStringLiteral(
    "https://rasa.example/faspay/return?bank_user_name=Budi&bill_no=WS260903001&bill_ref=&"
    "bill_total=60000&merchant=Rasa%20Group&merchant_id=37020&payment_date=2026-09-03%2015%3A02%"
    "3A50&payment_reff=103712&signature=555a983b15c986644cd481c6a2e13705b39e59c6&status=2&trx_id="
    "3702081255404571");

Credentials bot99999()
{
    return Credentials{QStringLiteral("99999"), QStringLiteral("FASPAY STORE"), QString(),
                       QStringLiteral("p@ssw0rd")};
}

Credentials rasa()
{
    return Credentials{QStringLiteral("37020"), QStringLiteral("Rasa Group"), QString(),
                       QStringLiteral("p@ssw0rd")};
}

QUrl url(const QString &text)
{
    return QUrl(text, QUrl::StrictMode);
}
} // namespace

void TestReturnUrl::docsExample()
{
    const std::optional<ReturnUrlParams> p = parseReturnUrl(url(DocsExample));
    QVERIFY(p);
    QCOMPARE(p->trxId, QStringLiteral("8985999990013136"));
    QCOMPARE(p->merchantId, QStringLiteral("99999"));
    QCOMPARE(p->merchant, QStringLiteral("FASPAY STORE")); // '+' is a space
    QCOMPARE(p->billNo, QStringLiteral("4370"));
    QCOMPARE(p->billRef, QStringLiteral("4370"));
    QCOMPARE(p->billTotal, QStringLiteral("10000"));
    QCOMPARE(p->bankUserName, QStringLiteral("FaspayTest"));
    QCOMPARE(p->status, QStringLiteral("0"));
    QCOMPARE(p->paymentStatus(), PaymentStatus::Unprocessed);
    QCOMPARE(p->signature, QStringLiteral("0da33ad07fe9980f7b7ff70a964803e821a86866"));
    QVERIFY(p->paymentReff.isEmpty());
    QVERIFY(verifyReturnUrl(*p, bot99999()));
}

void TestReturnUrl::real2026()
{
    const std::optional<ReturnUrlParams> p = parseReturnUrl(url(Real2026));
    QVERIFY(p);
    QCOMPARE(p->merchant, QStringLiteral("Rasa Group"));
    QCOMPARE(p->billRef, QString());
    QCOMPARE(p->paymentDate, QStringLiteral("2026-09-03 15:02:50"));
    QCOMPARE(p->paymentReff, QStringLiteral("103712"));
    QCOMPARE(p->paymentStatus(), PaymentStatus::Success);
    QVERIFY(verifyReturnUrl(*p, rasa()));
    QVERIFY(!verifyReturnUrl(*p, bot99999()));
}

void TestReturnUrl::verification_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("genuine");
    QTest::newRow("docs example") << DocsExample << true;
    QTest::newRow("status changed to paid")
        << QString(DocsExample).replace(QLatin1String("status=0"), QLatin1String("status=2"))
        << false;
    QTest::newRow("other bill") << QString(DocsExample)
                                       .replace(QLatin1String("bill_no=4370"),
                                                QLatin1String("bill_no=4371"))
                                << false;
    QTest::newRow("forged signature")
        << QString(DocsExample).replace(QLatin1String("0da33ad0"), QLatin1String("0da33ad1"))
        << false;
    QTest::newRow("other merchant_id")
        << QString(DocsExample)
               .replace(QLatin1String("merchant_id=99999"), QLatin1String("merchant_id=99998"))
        << false;
    // Fields outside the signature may change without breaking it; Kasir never trusts them.
    QTest::newRow("bill_total is not signed")
        << QString(DocsExample)
               .replace(QLatin1String("bill_total=10000"), QLatin1String("bill_total=1"))
        << true;
}

void TestReturnUrl::verification()
{
    QFETCH(QString, text);
    QFETCH(bool, genuine);
    const std::optional<ReturnUrlParams> p = parseReturnUrl(url(text));
    QVERIFY(p);
    QCOMPARE(verifyReturnUrl(*p, bot99999()), genuine);
    Credentials noPassword = bot99999();
    noPassword.password.clear();
    QVERIFY(!verifyReturnUrl(*p, noPassword));
}

void TestReturnUrl::refused_data()
{
    QTest::addColumn<QString>("text");
    const auto without = [](const char *pair) -> QString {
        QString s = DocsExample;
        s.remove(QLatin1String(pair));
        return s;
    };
    QTest::newRow("no query") << QStringLiteral("https://merchant.example/thankyou");
    QTest::newRow("empty query") << QStringLiteral("https://merchant.example/thankyou?");
    QTest::newRow("no bill_no") << without("&bill_no=4370");
    QTest::newRow("no status") << without("&status=0");
    QTest::newRow("no signature") << without("&signature=0da33ad07fe9980f7b7ff70a964803e821a86866");
    QTest::newRow("no merchant_id") << without("&merchant_id=99999");
    QTest::newRow("status two digits")
        << QString(DocsExample).replace(QLatin1String("status=0"), QLatin1String("status=00"));
    QTest::newRow("status a word")
        << QString(DocsExample).replace(QLatin1String("status=0"), QLatin1String("status=paid"));
    QTest::newRow("bill_no twice, different") << DocsExample + QStringLiteral("&bill_no=4371");
    QTest::newRow("status twice, different") << DocsExample + QStringLiteral("&status=2");
    QTest::newRow("garbage") << QStringLiteral("%%%");
}

void TestReturnUrl::refused()
{
    QFETCH(QString, text);
    QVERIFY(!parseReturnUrl(url(text)));
    QVERIFY(!parseReturnUrl(QUrl(text, QUrl::TolerantMode)));
}

void TestReturnUrl::buildRoundTrip_data()
{
    QTest::addColumn<QString>("merchant");
    QTest::addColumn<QString>("bankUserName");
    QTest::addColumn<QString>("status");
    QTest::newRow("plain") << "Rasa Group"
                           << "Budi"
                           << "2";
    QTest::newRow("plus, ampersand, equals, percent") << "A+B & C=D 100%"
                                                      << "x&status=2"
                                                      << "0";
    QTest::newRow("non-ASCII") << QStringLiteral("Toko Kopi \u00e9\u00e8 \u2014 Jaya")
                               << QStringLiteral("\U0001F600") << "3";
}

void TestReturnUrl::buildRoundTrip()
{
    QFETCH(QString, merchant);
    QFETCH(QString, bankUserName);
    QFETCH(QString, status);
    ReturnUrlParams in;
    in.trxId = QStringLiteral("3702081255404571");
    in.merchantId = QStringLiteral("37020");
    in.merchant = merchant;
    in.billNo = QStringLiteral("WS260903001");
    in.billRef = QStringLiteral("WS260903001");
    in.billTotal = QStringLiteral("60000");
    in.paymentReff = QStringLiteral("103712");
    in.paymentDate = QStringLiteral("2026-09-03 15:02:50");
    in.bankUserName = bankUserName;
    in.status = status;
    in.signature = QStringLiteral("ignored");

    const QUrl built =
        buildReturnUrl(url(QStringLiteral("http://127.0.0.1:8765/faspay/return")), in, rasa());
    QVERIFY(built.isValid());
    QCOMPARE(built.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(built.path(), QStringLiteral("/faspay/return"));
    // Survives a trip through text, as a browser would carry it.
    const QUrl again = url(built.toString(QUrl::FullyEncoded));
    const std::optional<ReturnUrlParams> out = parseReturnUrl(again);
    QVERIFY(out);
    ReturnUrlParams expected = in;
    expected.signature = statusSignature(rasa(), in.billNo, in.status);
    QCOMPARE(*out, expected);
    QVERIFY(verifyReturnUrl(*out, rasa()));
    QVERIFY(!built.toString(QUrl::FullyEncoded).contains(u'+')); // '+' went out as %2B
}

void TestReturnUrl::buildKeepsBaseQuery()
{
    ReturnUrlParams in;
    in.merchantId = QStringLiteral("37020");
    in.billNo = QStringLiteral("WS260903001");
    in.status = QStringLiteral("2");
    const QUrl built =
        buildReturnUrl(url(QStringLiteral("https://shop.example/return?lang=id")), in, rasa());
    const QUrlQuery q(built);
    QCOMPARE(q.queryItemValue(QStringLiteral("lang")), QStringLiteral("id"));
    QCOMPARE(q.queryItemValue(QStringLiteral("signature")),
             QStringLiteral("555a983b15c986644cd481c6a2e13705b39e59c6")); // vector 7
    QVERIFY(verifyReturnUrl(*parseReturnUrl(built), rasa()));
}

QTEST_GUILESS_MAIN(TestReturnUrl)
#include "tst_returnurl.moc"
