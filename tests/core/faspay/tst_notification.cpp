#include "core/faspay/notification.h"
#include "core/faspay/wire.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QXmlStreamReader>

using namespace kasir;
using namespace kasir::faspay;

Q_DECLARE_METATYPE(kasir::faspay::BodyError)

// Part A §13, Part B §12: JSON and XML notifications, verification, acknowledgement.
class TestNotification : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void realJson2026();
    void xml2021();
    void verification_data();
    void verification();
    void tolerated_data();
    void tolerated();
    void refused_data();
    void refused();
    void acknowledgement_data();
    void acknowledgement();
    void bodyRoundTrip_data();
    void bodyRoundTrip();
    void mutatedBodies_data();
    void mutatedBodies();
};

namespace {
// Part B §12, the real 2026 sandbox notification ([C-rasa]; signature = §3.3 vector 7).
const QByteArray Json2026 =
    R"({"request":"Payment Notification","trx_id":"3702081255404571","merchant_id":"37020",
 "merchant":"Rasa Group","bill_no":"WS260903001","payment_reff":"103712",
 "payment_date":"2026-09-03 15:02:50","payment_status_code":"2","payment_status_desc":"Payment Sukses",
 "bill_total":"60000","payment_total":"60000","payment_channel_uid":"812","payment_channel":"OVO",
 "signature":"555a983b15c986644cd481c6a2e13705b39e59c6"})";

// The 2021 sandbox notification of [C-grow] (signature = §3.3 vector 6), in the XML flavour the
// official plugins parse.
const QByteArray Xml2021 = R"(<?xml version="1.0" encoding="UTF-8"?>
<faspay>
  <request>Payment Notification</request>
  <trx_id>3366082500000174</trx_id>
  <merchant_id>33660</merchant_id>
  <merchant>Growinc</merchant>
  <bill_no>1612782267</bill_no>
  <payment_reff>5678</payment_reff>
  <payment_date>2021-02-08 18:05:12</payment_date>
  <payment_status_code>2</payment_status_code>
  <payment_status_desc>Payment Sukses</payment_status_desc>
  <bill_total>6894</bill_total>
  <payment_total>6894</payment_total>
  <payment_channel_uid>807</payment_channel_uid>
  <payment_channel>Akulaku</payment_channel>
  <signature>ebebca6942f75a3c1fd72120c3ebbad384c973c0</signature>
</faspay>
)";

Credentials rasa()
{
    return Credentials{QStringLiteral("37020"), QStringLiteral("Rasa Group"), QString(),
                       QStringLiteral("p@ssw0rd")};
}

Credentials growinc()
{
    return Credentials{QStringLiteral("33660"), QStringLiteral("Growinc"), QString(),
                       QStringLiteral("p@ssw0rd")};
}

QByteArray replaced(QByteArray body, const char *from, const char *to)
{
    const QByteArray before = body;
    body.replace(from, to);
    if (body == before)
        qFatal("test data: %s not found", from);
    return body;
}

// Reads a flat <faspay> document into (name, text) pairs, in order.
QList<std::pair<QString, QString>> xmlFields(const QByteArray &xml, QString *root)
{
    QList<std::pair<QString, QString>> fields;
    QXmlStreamReader r(xml);
    if (r.readNextStartElement()) {
        *root = r.name().toString();
        while (r.readNextStartElement()) {
            const QString name = r.name().toString();
            fields.append({name, r.readElementText()});
        }
    }
    if (r.hasError())
        fields.append({QStringLiteral("<error>"), r.errorString()});
    return fields;
}
} // namespace

void TestNotification::realJson2026()
{
    const Parsed<PaymentNotification> p = parseNotification(Json2026);
    QVERIFY2(p.ok(), qPrintable(bodyErrorKey(p.error) + QLatin1Char(' ') + p.detail));
    const PaymentNotification &n = *p.value;
    QCOMPARE(n.format, PaymentNotification::Json);
    QCOMPARE(n.request, QStringLiteral("Payment Notification"));
    QCOMPARE(n.trxId, QStringLiteral("3702081255404571"));
    QCOMPARE(n.merchantId, QStringLiteral("37020"));
    QCOMPARE(n.merchant, QStringLiteral("Rasa Group"));
    QCOMPARE(n.billNo, QStringLiteral("WS260903001"));
    QCOMPARE(n.paymentReff, QStringLiteral("103712"));
    QCOMPARE(n.paymentDate, QStringLiteral("2026-09-03 15:02:50"));
    QCOMPARE(n.paymentDateTime()->toUTC(), QDateTime(QDate(2026, 9, 3), QTime(8, 2, 50), Qt::UTC));
    QCOMPARE(n.paymentStatusCode, QStringLiteral("2"));
    QCOMPARE(n.status(), PaymentStatus::Success);
    QCOMPARE(n.paymentStatusDesc, QStringLiteral("Payment Sukses"));
    QCOMPARE(n.billTotal, QStringLiteral("60000"));
    QCOMPARE(n.paymentTotal, QStringLiteral("60000"));
    QVERIFY(returnedAmountMatches(n.paymentTotal, Money::fromRupiah(60'000)));
    QCOMPARE(n.paymentChannelUid, QStringLiteral("812"));
    QCOMPARE(n.paymentChannel, QStringLiteral("OVO"));
    QCOMPARE(n.signature, QStringLiteral("555a983b15c986644cd481c6a2e13705b39e59c6"));
    QVERIFY(verifyNotification(n, rasa()));
}

void TestNotification::xml2021()
{
    const Parsed<PaymentNotification> p = parseNotification(Xml2021);
    QVERIFY2(p.ok(), qPrintable(bodyErrorKey(p.error) + QLatin1Char(' ') + p.detail));
    const PaymentNotification &n = *p.value;
    QCOMPARE(n.format, PaymentNotification::Xml);
    QCOMPARE(n.trxId, QStringLiteral("3366082500000174"));
    QCOMPARE(n.billNo, QStringLiteral("1612782267"));
    QCOMPARE(n.status(), PaymentStatus::Success);
    QCOMPARE(n.paymentChannelUid, QStringLiteral("807"));
    QCOMPARE(n.billTotal, QStringLiteral("6894"));
    QVERIFY(verifyNotification(n, growinc()));
    QVERIFY(!verifyNotification(n, rasa()));
}

void TestNotification::verification_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("genuine");
    QTest::newRow("genuine") << Json2026 << true;
    QTest::newRow("upper-case signature")
        << replaced(Json2026, "555a983b15c986644cd481c6a2e13705b39e59c6",
                    "555A983B15C986644CD481C6A2E13705B39E59C6")
        << true;
    QTest::newRow("forged: one character of the signature")
        << replaced(Json2026, "555a983b", "555a983c") << false;
    QTest::newRow("forged: status changed to failed")
        << replaced(Json2026, "\"payment_status_code\":\"2\"", "\"payment_status_code\":\"3\"")
        << false;
    QTest::newRow("forged: another bill")
        << replaced(Json2026, "WS260903001", "WS260903002") << false;
    QTest::newRow("forged: truncated signature")
        << replaced(Json2026, "555a983b15c986644cd481c6a2e13705b39e59c6\"", "555a983b\"") << false;
    QTest::newRow("forged: signature with a suffix")
        << replaced(Json2026, "b39e59c6\"", "b39e59c600\"") << false;
    // The signature is right for merchant 37020's credentials, but the body names another
    // merchant: refused all the same.
    QTest::newRow("wrong merchant_id")
        << replaced(Json2026, "\"merchant_id\":\"37020\"", "\"merchant_id\":\"37021\"") << false;
}

void TestNotification::verification()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, genuine);
    const Parsed<PaymentNotification> p = parseNotification(body);
    QVERIFY(p.ok());
    QCOMPARE(verifyNotification(*p.value, rasa()), genuine);

    // Never with incomplete or other credentials.
    Credentials noPassword = rasa();
    noPassword.password.clear();
    QVERIFY(!verifyNotification(*p.value, noPassword));
    Credentials otherPassword = rasa();
    otherPassword.password = QStringLiteral("p@ssw0rD");
    QVERIFY(!verifyNotification(*p.value, otherPassword));
}

void TestNotification::tolerated_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("merchant");
    QTest::newRow("numbers where strings are expected")
        << replaced(replaced(replaced(Json2026, "\"payment_status_code\":\"2\"",
                                      "\"payment_status_code\":2"),
                             "\"bill_total\":\"60000\"", "\"bill_total\":60000"),
                    "\"merchant_id\":\"37020\"", "\"merchant_id\":37020")
        << "Rasa Group";
    QTest::newRow("unknown fields")
        << replaced(Json2026, "\"request\"", "\"extra\":{\"a\":[1]},\"request\"") << "Rasa Group";
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF") + Json2026 << "Rasa Group";
    QTest::newRow("surrounding white space") << QByteArray("\r\n  ") + Json2026 + "\n"
                                             << "Rasa Group";
    const QByteArray xml = QByteArray("<faspay>") + "<trx_id>3702081255404571</trx_id>" +
                           "<merchant_id>37020</merchant_id>" + "<bill_no>WS260903001</bill_no>" +
                           "<payment_status_code>2</payment_status_code>" +
                           "<signature>555a983b15c986644cd481c6a2e13705b39e59c6</signature>";
    QTest::newRow("xml predefined entity") << xml + "<merchant>Rasa &amp; Group</merchant></faspay>"
                                           << "Rasa & Group";
    QTest::newRow("xml character reference") << xml + "<merchant>Rasa&#32;Group</merchant></faspay>"
                                             << "Rasa Group";
    QTest::newRow("xml CDATA") << xml + "<merchant><![CDATA[Rasa <Group>]]></merchant></faspay>"
                               << "Rasa <Group>";
    QTest::newRow("xml comment and processing instruction")
        << xml + "<!-- note --><?pi x?><merchant>Rasa<!-- c -->Group</merchant></faspay>"
        << "RasaGroup";
    QTest::newRow("xml unknown nested field ignored")
        << xml + "<extra><a>1</a></extra><merchant>Rasa Group</merchant></faspay>"
        << "Rasa Group";
    QTest::newRow("xml declaration in ISO-8859-1")
        << QByteArray("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>") + xml +
               "<merchant>Caf\xe9</merchant></faspay>"
        << QStringLiteral("Caf\u00e9");
}

void TestNotification::tolerated()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, merchant);
    const Parsed<PaymentNotification> p = parseNotification(body);
    QVERIFY2(p.ok(), qPrintable(bodyErrorKey(p.error) + QLatin1Char(' ') + p.detail));
    QCOMPARE(p.value->merchant, merchant);
    QCOMPARE(p.value->paymentStatusCode, QStringLiteral("2"));
    QVERIFY(verifyNotification(*p.value, rasa()));
}

void TestNotification::refused_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyError>("error");

    QTest::newRow("empty") << QByteArray() << BodyError::Empty;
    QTest::newRow("white space") << QByteArray("  \n") << BodyError::Empty;
    QTest::newRow("over 64 KiB")
        << replaced(Json2026, "\"Rasa Group\"",
                    QByteArray("\"" + QByteArray(64 * 1024, 'R') + "\"").constData())
        << BodyError::TooLarge;
    QTest::newRow("1 MiB") << QByteArray(1024 * 1024, '{') << BodyError::TooLarge;
    QTest::newRow("truncated JSON") << Json2026.left(Json2026.size() - 10) << BodyError::NotJson;
    QTest::newRow("JSON array") << QByteArray("[") + Json2026 + "]" << BodyError::NotObject;
    QTest::newRow("form encoded") << QByteArray("trx_id=1&merchant_id=37020&bill_no=WS260903001")
                                  << BodyError::NotJson;
    QTest::newRow("truncated XML") << Xml2021.left(Xml2021.size() / 2) << BodyError::NotXml;
    QTest::newRow("HTML page") << QByteArray("<html><body><h1>It works!</h1></body></html>")
                               << BodyError::NotXml;
    QTest::newRow("HTML page with doctype")
        << QByteArray("<!DOCTYPE html><html><body>502</body></html>") << BodyError::DtdRefused;
    QTest::newRow("XML wrong root")
        << replaced(replaced(Xml2021, "<faspay>", "<notification>"), "</faspay>", "</notification>")
        << BodyError::NotXml;
    QTest::newRow("XML trailing second root") << Xml2021 + "<faspay></faspay>" << BodyError::NotXml;
    QTest::newRow("XML billion laughs") << QByteArray(R"(<?xml version="1.0"?>
<!DOCTYPE faspay [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<faspay><merchant>&g;</merchant><trx_id>1</trx_id><merchant_id>37020</merchant_id>
<bill_no>WS260903001</bill_no><payment_status_code>2</payment_status_code>
<signature>555a983b15c986644cd481c6a2e13705b39e59c6</signature></faspay>)")
                                        << BodyError::DtdRefused;
    QTest::newRow("XML external entity")
        << QByteArray(
               R"(<?xml version="1.0"?><!DOCTYPE faspay [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<faspay><merchant>&x;</merchant></faspay>)")
        << BodyError::DtdRefused;
    QTest::newRow("XML undeclared entity")
        << replaced(Xml2021, "<merchant>Growinc</merchant>", "<merchant>&x;</merchant>")
        << BodyError::NotXml;
    QTest::newRow("XML repeated field")
        << replaced(Xml2021, "<payment_status_code>2</payment_status_code>",
                    "<payment_status_code>2</payment_status_code>"
                    "<payment_status_code>3</payment_status_code>")
        << BodyError::WrongType;
    QTest::newRow("XML field with children") << replaced(Xml2021, "<bill_no>1612782267</bill_no>",
                                                         "<bill_no><x>1612782267</x></bill_no>")
                                             << BodyError::WrongType;
    QTest::newRow("XML missing signature")
        << replaced(Xml2021, "<signature>ebebca6942f75a3c1fd72120c3ebbad384c973c0</signature>", "")
        << BodyError::MissingField;
    QTest::newRow("JSON status an array")
        << replaced(Json2026, "\"payment_status_code\":\"2\"", "\"payment_status_code\":[\"2\"]")
        << BodyError::WrongType;
    QTest::newRow("JSON bill_no an object")
        << replaced(Json2026, "\"bill_no\":\"WS260903001\"", "\"bill_no\":{\"v\":1}")
        << BodyError::WrongType;
    QTest::newRow("JSON signature a boolean")
        << replaced(Json2026, "\"signature\":\"555a983b15c986644cd481c6a2e13705b39e59c6\"",
                    "\"signature\":true")
        << BodyError::WrongType;
    QTest::newRow("JSON status two digits")
        << replaced(Json2026, "\"payment_status_code\":\"2\"", "\"payment_status_code\":\"22\"")
        << BodyError::WrongType;
    QTest::newRow("JSON status a word")
        << replaced(Json2026, "\"payment_status_code\":\"2\"", "\"payment_status_code\":\"paid\"")
        << BodyError::WrongType;
    QTest::newRow("JSON missing bill_no")
        << replaced(Json2026, "\"bill_no\":\"WS260903001\",", "") << BodyError::MissingField;
    QTest::newRow("JSON empty merchant_id")
        << replaced(Json2026, "\"merchant_id\":\"37020\"", "\"merchant_id\":\"\"")
        << BodyError::MissingField;
    QTest::newRow("JSON missing trx_id")
        << replaced(Json2026, "\"trx_id\":\"3702081255404571\",", "") << BodyError::MissingField;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << BodyError::NotJson;
    // Text that is not plain: nobody can say which bill or merchant it means (and trimming it
    // does not give the same value twice), so it is refused rather than guessed at.
    QTest::newRow("bill_no with NUL and control bytes")
        << replaced(Json2026, "\"bill_no\":\"WS260903001\"",
                    "\"bill_no\":\"WS26\\u0001\\u000003001\"")
        << BodyError::BadText;
    QTest::newRow("byte order mark inside merchant_id")
        << replaced(Json2026, "\"merchant_id\":\"37020\"",
                    "\"merchant_id\":\"  \xEF\xBB\xBF"
                    "37020\"")
        << BodyError::BadText;
    QTest::newRow("byte order mark at the start of merchant_id")
        << replaced(Json2026, "\"merchant_id\":\"37020\"",
                    "\"merchant_id\":\"\xEF\xBB\xBF"
                    "37020\"")
        << BodyError::BadText;
    // Qt's reader drops a byte-order mark at the start of a key: this would read as merchant_id.
    QTest::newRow("byte order mark at the start of a key") << replaced(Json2026, "\"merchant_id\"",
                                                                       "\"\xEF\xBB\xBF"
                                                                       "merchant_id\"")
                                                           << BodyError::BadText;
    QTest::newRow("byte order mark at the start of bill_no")
        << replaced(Json2026, "\"bill_no\":\"", "\"bill_no\":\"\xEF\xBB\xBF") << BodyError::BadText;
    QTest::newRow("zero-width space in request")
        << replaced(Json2026, "\"request\":\"", "\"request\":\"\xE2\x80\x8B") << BodyError::BadText;
    QTest::newRow("XML tab inside bill_no")
        << replaced(Xml2021, "<bill_no>1612782267</bill_no>", "<bill_no>1612\t782267</bill_no>")
        << BodyError::BadText;
    const auto regression = [](const char *name) {
        QFile f(QStringLiteral(KASIR_SOURCE_DIR "/tests/fuzz/corpus/notification/%1")
                    .arg(QLatin1String(name)));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    QTest::newRow("fuzz: BOM in request, control bytes in bill_no")
        << regression("regress-bom-request-control-billno") << BodyError::BadText;
    QTest::newRow("fuzz: BOM inside merchant_id")
        << regression("regress-bom-merchant") << BodyError::BadText;
}

void TestNotification::refused()
{
    QFETCH(QByteArray, body);
    QFETCH(BodyError, error);
    const Parsed<PaymentNotification> p = parseNotification(body);
    QCOMPARE(p.error, error);
    QVERIFY(!p.ok());
}

void TestNotification::acknowledgement_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("desc");
    QTest::newRow("JSON, accepted") << Json2026 << "00"
                                    << "Sukses";
    QTest::newRow("XML, accepted") << Xml2021 << "00"
                                   << "Sukses";
    QTest::newRow("JSON, already paid") << Json2026 << "14"
                                        << "Invalid order";
    QTest::newRow("XML, merchant with markup")
        << replaced(Xml2021, "<merchant>Growinc</merchant>",
                    "<merchant>Toko &lt;A&gt; &amp; B \"C\"</merchant>")
        << "00"
        << "Sukses";
}

void TestNotification::acknowledgement()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, desc);
    const PaymentNotification n = *parseNotification(body).value;
    const QDateTime now(QDate(2026, 9, 3), QTime(8, 2, 55), Qt::UTC); // 15:02:55 WIB
    const QByteArray ack = notificationAcknowledgement(n, now, code);

    const QList<std::pair<QString, QString>> expected = {
        {QStringLiteral("response"), QStringLiteral("Payment Notification")},
        {QStringLiteral("trx_id"), n.trxId},
        {QStringLiteral("merchant_id"), n.merchantId},
        {QStringLiteral("merchant"), n.merchant},
        {QStringLiteral("bill_no"), n.billNo},
        {QStringLiteral("response_code"), code},
        {QStringLiteral("response_desc"), desc},
        {QStringLiteral("response_date"), QStringLiteral("2026-09-03 15:02:55")},
    };
    if (n.format == PaymentNotification::Json) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(ack, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject o = doc.object();
        QCOMPARE(o.size(), expected.size());
        for (const auto &[key, value] : expected) {
            QVERIFY2(o.value(key).isString(), qPrintable(key));
            QCOMPARE(o.value(key).toString(), value);
        }
    } else {
        QVERIFY(ack.startsWith("<?xml"));
        QString root;
        QCOMPARE(xmlFields(ack, &root), expected); // same fields, same order
        QCOMPARE(root, QStringLiteral("faspay"));
    }
}

void TestNotification::bodyRoundTrip_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("merchant");
    QTest::newRow("json") << int(PaymentNotification::Json) << "Rasa Group";
    QTest::newRow("xml") << int(PaymentNotification::Xml) << "Rasa Group";
    QTest::newRow("json, special characters")
        << int(PaymentNotification::Json) << QStringLiteral("Toko \"A\" & <B> \u00e9\\");
    QTest::newRow("xml, special characters")
        << int(PaymentNotification::Xml) << QStringLiteral("Toko \"A\" & <B> \u00e9 ]]>");
}

void TestNotification::bodyRoundTrip()
{
    QFETCH(int, format);
    QFETCH(QString, merchant);
    PaymentNotification n = *parseNotification(Json2026).value;
    n.merchant = merchant;
    n.format = static_cast<PaymentNotification::Format>(format);
    const QByteArray body = notificationBody(n, n.format);
    const Parsed<PaymentNotification> back = parseNotification(body);
    QVERIFY2(back.ok(), qPrintable(bodyErrorKey(back.error) + QLatin1Char(' ') + back.detail));
    QCOMPARE(*back.value, n);
    QVERIFY(verifyNotification(*back.value, rasa()));
    QVERIFY(body.size() < MaxNotificationBytes);

    // The sandbox signs its own notifications the same way.
    PaymentNotification failed = n;
    failed.paymentStatusCode = QStringLiteral("3");
    failed.signature = statusSignature(rasa(), failed.billNo, failed.paymentStatusCode);
    const Parsed<PaymentNotification> f = parseNotification(notificationBody(failed, n.format));
    QVERIFY(f.ok());
    QCOMPARE(f.value->status(), PaymentStatus::Failed);
    QVERIFY(verifyNotification(*f.value, rasa()));
}

void TestNotification::mutatedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("json") << Json2026;
    QTest::newRow("xml") << Xml2021;
}

void TestNotification::mutatedBodies()
{
    // Deterministic mutations (fixed seed) of real notifications. A parse either fails with a
    // typed error or yields a notification with every required field; a mutated body never
    // verifies unless the mutation left every signed field and the signature intact.
    QFETCH(QByteArray, body);
    const Parsed<PaymentNotification> original = parseNotification(body);
    QVERIFY(original.ok());
    QRandomGenerator random(20260903);
    const char specials[] = {'<', '>', '/', '&', ';', '!', '"', '{', '}', '[', ']', '\0'};
    for (int round = 0; round < 400; ++round) {
        QByteArray m = body;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits && !m.isEmpty(); ++e) {
            const qsizetype at = random.bounded(m.size());
            switch (random.bounded(4)) {
            case 0:
                m[at] = char(random.bounded(256));
                break;
            case 1:
                m.truncate(at);
                break;
            case 2:
                m.insert(at, specials[random.bounded(int(sizeof(specials)))]);
                break;
            default:
                m.remove(at, 1 + random.bounded(8));
            }
        }
        const Parsed<PaymentNotification> p = parseNotification(m);
        QCOMPARE(p.ok(), p.error == BodyError::None);
        if (!p.ok())
            continue;
        const PaymentNotification &n = *p.value;
        QVERIFY(!n.trxId.isEmpty() && !n.merchantId.isEmpty() && !n.billNo.isEmpty() &&
                !n.signature.isEmpty());
        QCOMPARE(n.paymentStatusCode.size(), 1);
        const Credentials c = body.startsWith('<') ? growinc() : rasa();
        const PaymentNotification &o = *original.value;
        const bool signedFieldsIntact = n.merchantId == o.merchantId && n.billNo == o.billNo &&
                                        n.paymentStatusCode == o.paymentStatusCode &&
                                        n.signature.toLower() == o.signature;
        QCOMPARE(verifyNotification(n, c), signedFieldsIntact);
    }
}

QTEST_GUILESS_MAIN(TestNotification)
#include "tst_notification.moc"
