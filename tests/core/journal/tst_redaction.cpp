#include "core/journal/redaction.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kasir;

namespace {

// Secret values used in the realistic bodies below; none may survive redaction.
const QList<QByteArray> &secrets()
{
    static const QList<QByteArray> s = {"fe682369781d960cd164758e7e39c3257e45f869", "081234567890",
                                        "budi@example.com", "s3cretPW",
                                        "555a983b15c986644cd481c6a2e13705b39e59c6"};
    return s;
}

QByteArray postDataRequest()
{
    return R"({
  "request": "Post Data Transaction",
  "merchant_id": "12345", "merchant": "TOKO CONTOH",
  "bill_no": "P01250115000042", "bill_total": "152000000",
  "cust_no": "C000981", "cust_name": "Budi Santoso",
  "payment_channel": "709", "pay_type": "1",
  "msisdn": "081234567890", "email": "budi@example.com", "terminal": "10",
  "billing_msisdn": "081234567890", "shipping_msisdn": "081234567890",
  "item": [
    {"id": "SKU-778", "product": "Kulkas 2 pintu", "qty": "1", "amount": "150000000"},
    {"id": "shippingfee", "product": "Ongkos kirim", "qty": "1", "amount": "2000000"}
  ],
  "reserve1": "", "reserve2": "30_days",
  "password": "s3cretPW",
  "signature": "fe682369781d960cd164758e7e39c3257e45f869"
})";
}

QByteArray xmlNotification()
{
    return "<?xml version=\"1.0\"?><faspay><request>Payment Notification</request>"
           "<trx_id>3702081255404571</trx_id><bill_no>WS260903001</bill_no>"
           "<payment_status_code>2</payment_status_code>"
           "<signature>555a983b15c986644cd481c6a2e13705b39e59c6</signature>"
           "<customer><Email>budi@example.com</Email><phone>081234567890</phone></customer>"
           "</faspay>";
}

QByteArray returnUrl()
{
    return "https://toko.example/thanks?trx_id=3702081255404571&merchant_id=37020"
           "&bill_no=WS260903001&status=2&signature=555a983b15c986644cd481c6a2e13705b39e59c6";
}

QByteArray leakedSecret(const QByteArray &redacted)
{
    for (const QByteArray &s : secrets()) {
        if (redacted.contains(s))
            return s;
    }
    return {};
}

} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sensitiveKeys_data();
    void sensitiveKeys();
    void redacts_data();
    void redacts();
    void realisticBodiesLeakNothing_data();
    void realisticBodiesLeakNothing();
    void everyTruncationLeaksNothing_data();
    void everyTruncationLeaksNothing();
    void binaryBodyKeepsOnlyItsSize();
    void randomBytesNeverCrash();
    void logLines();
};

void TestRedaction::sensitiveKeys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("sensitive");
    const QList<QPair<QByteArray, bool>> rows = {
        {"password", true},
        {"signature", true},
        {"msisdn", true},
        {"billing_msisdn", true},
        {"shipping_msisdn", true},
        {"receiver_msisdn", true},
        {"email", true},
        {"cust_email", true},
        {"phone", true},
        {"billing_phone", true},
        {"Signature", true},
        {"EMAIL", true},
        {"ns:signature", true},
        {"user.email", true},
        {"billing-msisdn", true},
        {"bill_no", false},
        {"trx_id", false},
        {"emailed", false},
        {"phones", false},
        {"signature_ok", false},
        {"msisdn_checked", false},
        {"_email", false},
        {"", false},
        {"bank_user_name", false},
    };
    for (const auto &[key, sensitive] : rows)
        QTest::newRow(key.isEmpty() ? "(empty)" : key.constData()) << key << sensitive;
}

void TestRedaction::sensitiveKeys()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, sensitive);
    QCOMPARE(isSensitiveKey(key), sensitive);
}

void TestRedaction::redacts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("json flat") << QByteArray(
                                      R"({"bill_no":"P1","signature":"abc","email":"a@b.c"})")
                               << QByteArray(R"({"bill_no":"P1","signature":"***","email":"***"})");
    QTest::newRow("json spacing and order kept")
        << QByteArray("{ \"z\" : 1 ,\n  \"msisdn\" :  \"0812\" , \"a\":2}")
        << QByteArray("{ \"z\" : 1 ,\n  \"msisdn\" :  \"***\" , \"a\":2}");
    QTest::newRow("json number value") << QByteArray(R"({"msisdn": 81234567890, "n": 1})")
                                       << QByteArray(R"({"msisdn": "***", "n": 1})");
    QTest::newRow("json nested item array")
        << QByteArray(R"({"item":[{"id":"1","phone":"0812"},{"id":"2","email":"x@y"}]})")
        << QByteArray(R"({"item":[{"id":"1","phone":"***"},{"id":"2","email":"***"}]})");
    QTest::newRow("json object under sensitive key")
        << QByteArray(R"({"password":{"a":"b","c":[1,2]},"ok":true})")
        << QByteArray(R"({"password":"***","ok":true})");
    QTest::newRow("json case-insensitive keys")
        << QByteArray(R"({"Signature":"x","EMAIL":"y"})")
        << QByteArray(R"({"Signature":"***","EMAIL":"***"})");
    QTest::newRow("json escaped quote in value")
        << QByteArray(R"({"signature":"ab\"cd","bill_no":"P1"})")
        << QByteArray(R"({"signature":"***","bill_no":"P1"})");
    QTest::newRow("json truncated in value") << QByteArray(R"({"bill_no":"P1","signature":"abc)")
                                             << QByteArray(R"({"bill_no":"P1","signature":"***")");
    QTest::newRow("json truncated after colon")
        << QByteArray(R"({"email":)") << QByteArray(R"({"email":)");
    QTest::newRow("json escaped inside a string")
        << QByteArray(R"({"raw":"{\"signature\":\"abc\",\"n\":1}"})")
        << QByteArray(R"({"raw":"{\"signature\":\"***\",\"n\":1}"})");
    QTest::newRow("json similar keys untouched")
        << QByteArray(R"({"emailed":"no","phones":"x","signature_ok":"y","bill_no":"P1"})")
        << QByteArray(R"({"emailed":"no","phones":"x","signature_ok":"y","bill_no":"P1"})");
    QTest::newRow("json empty value")
        << QByteArray(R"({"email":""})") << QByteArray(R"({"email":"***"})");
    QTest::newRow("xml elements") << QByteArray(
                                         "<faspay><bill_no>P1</bill_no><signature>abc</signature>"
                                         "<ns:email>x@y</ns:email></faspay>")
                                  << QByteArray(
                                         "<faspay><bill_no>P1</bill_no><signature>***</signature>"
                                         "<ns:email>***</ns:email></faspay>");
    QTest::newRow("xml element with attributes and cdata")
        << QByteArray("<msisdn type=\"m\"><![CDATA[0812]]></msisdn>")
        << QByteArray("<msisdn type=\"m\">***</msisdn>");
    QTest::newRow("xml self-closing")
        << QByteArray("<a><email/><b>1</b></a>") << QByteArray("<a><email/><b>1</b></a>");
    QTest::newRow("xml truncated")
        << QByteArray("<faspay><signature>abc") << QByteArray("<faspay><signature>***");
    QTest::newRow("xml attribute") << QByteArray("<customer email=\"x@y\" name=\"Budi\"/>")
                                   << QByteArray("<customer email=\"***\" name=\"Budi\"/>");
    QTest::newRow("xml prefix is not the element")
        << QByteArray("<emailaddress>kept</emailaddress>")
        << QByteArray("<emailaddress>kept</emailaddress>");
    QTest::newRow("form body") << QByteArray("trx_id=1&signature=abc&bill_no=P1")
                               << QByteArray("trx_id=1&signature=***&bill_no=P1");
    QTest::newRow("return url")
        << QByteArray("https://shop/thanks?trx_id=1&status=2&signature=555a&bill_no=W1")
        << QByteArray("https://shop/thanks?trx_id=1&status=2&signature=***&bill_no=W1");
    QTest::newRow("url inside json") << QByteArray(R"({"url":"https://s/x?signature=abc&a=1"})")
                                     << QByteArray(R"({"url":"https://s/x?signature=***&a=1"})");
    QTest::newRow("html untouched") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                                    << QByteArray("<html><body>502 Bad Gateway</body></html>");
    QTest::newRow("garbage with a key") << QByteArray("\xff\xfe{{{ \"email\":\"x@y\" ]]")
                                        << QByteArray("\xff\xfe{{{ \"email\":\"***\" ]]");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestRedaction::redacts()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(redactBody(input), expected);
    // Redacting twice changes nothing more.
    QCOMPARE(redactBody(redactBody(input)), expected);
}

void TestRedaction::realisticBodiesLeakNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("post data request") << postDataRequest();
    QTest::newRow("xml notification") << xmlNotification();
    QTest::newRow("return url") << returnUrl();
    QTest::newRow("json notification")
        << QByteArray(R"({"request":"Payment Notification","trx_id":"3702081255404571",)"
                      R"("bill_no":"WS260903001","payment_status_code":"2",)"
                      R"("signature":"555a983b15c986644cd481c6a2e13705b39e59c6"})");
}

void TestRedaction::realisticBodiesLeakNothing()
{
    QFETCH(QByteArray, body);
    const QByteArray redacted = redactBody(body);
    QVERIFY2(leakedSecret(redacted).isEmpty(), redacted.constData());
    // What is not secret stays.
    QVERIFY(redacted.contains("WS260903001") || redacted.contains("P01250115000042"));
}

void TestRedaction::everyTruncationLeaksNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("post data request") << postDataRequest();
    QTest::newRow("xml notification") << xmlNotification();
    QTest::newRow("return url") << returnUrl();
}

void TestRedaction::everyTruncationLeaksNothing()
{
    // A response cut off anywhere (timeout, reset) must not leak what it carried.
    QFETCH(QByteArray, body);
    for (qsizetype n = 0; n <= body.size(); ++n) {
        const QByteArray redacted = redactBody(body.left(n));
        const QByteArray leaked = leakedSecret(redacted);
        QVERIFY2(
            leaked.isEmpty(),
            qPrintable(QStringLiteral("prefix %1 leaks %2").arg(n).arg(QLatin1String(leaked))));
    }
}

void TestRedaction::binaryBodyKeepsOnlyItsSize()
{
    const QByteArray body("PK\0\x03signature=abc", 18);
    QCOMPARE(redactBody(body), QByteArray("[binary body of 18 bytes, not stored]"));
}

void TestRedaction::randomBytesNeverCrash()
{
    QRandomGenerator rng(20261123);
    const QByteArray alphabet("{}[]\":,=&?<>/\\ \n'emailsgnturpho_x0123");
    for (int round = 0; round < 2000; ++round) {
        QByteArray input;
        const int size = int(rng.bounded(200));
        for (int i = 0; i < size; ++i)
            input += alphabet.at(int(rng.bounded(int(alphabet.size()))));
        const QByteArray out = redactBody(input);
        QVERIFY(out.size() <= input.size() * 4 + 8);
    }
}

void TestRedaction::logLines()
{
    QCOMPARE(redactText(QStringLiteral("post-data P1: password=s3cret msisdn: 0812 ok")),
             QStringLiteral("post-data P1: password=*** msisdn: *** ok"));
    QCOMPARE(redactText(QStringLiteral("Śantoso email='b@x.id', total 1.500.000")),
             QStringLiteral("Śantoso email='***', total 1.500.000"));
    QCOMPARE(redactText(QStringLiteral("signature mismatch for P1")),
             QStringLiteral("signature mismatch for P1"));
}

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
