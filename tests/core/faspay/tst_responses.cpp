#include "core/faspay/responses.h"
#include "core/faspay/signature.h"
#include "core/faspay/wire.h"

#include <QRandomGenerator>
#include <QTest>

using namespace kasir;
using namespace kasir::faspay;

Q_DECLARE_METATYPE(kasir::faspay::BodyError)

// Typed, tolerant parsing of the four answers (Part A §2, Part B §4, §5.3, §7, §8) and the
// redirect_url check of design §4.
class TestResponses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelList();
    void channelListTolerance_data();
    void channelListTolerance();
    void postData();
    void postDataErrors_data();
    void postDataErrors();
    void status_data();
    void status();
    void statusErrors_data();
    void statusErrors();
    void cancel();
    void hostileBodies_data();
    void hostileBodies();
    void redirectUrl_data();
    void redirectUrl();
    void mutatedBodies_data();
    void mutatedBodies();
};

namespace {
// Part B §4 answer (field table; the 2021 sandbox list had Akulaku as 807), with the
// online-credit channels and some others.
const QByteArray ChannelListBody = R"({"response":"Request List of Payment Gateway",
 "merchant_id":"31019","merchant":"FASPAY STORE",
 "payment_channel":[{"pg_code":"402","pg_name":"Permata"},{"pg_code":"709","pg_name":"Kredivo"},
  {"pg_code":"807","pg_name":"Akulaku"},{"pg_code":"820","pg_name":"Indodana"},
  {"pg_code":"831","pg_name":"BRI Ceria"},{"pg_code":802,"pg_name":"Mandiri VA"}],
 "response_code":"00","response_desc":"Sukses"})";

// Part B §5.3: the live sandbox answer quoted by [C-julo] (redirect signature = vector 8).
const QByteArray PostDataBody = R"({
    "response": "Transmisi Info Detil Pembelian",
    "trx_id": "3193281207679625",
    "merchant_id": "31932",
    "merchant": "JULO",
    "bill_no": "3864",
    "bill_items": [{"tenor": "0"}],
    "response_code": "00",
    "response_desc": "Sukses",
    "redirect_url": "https://debit-sandbox.faspay.co.id/pws/100003/0830000010100000/350acba245d569e6ba50c0108a07348af2eff3ee?trx_id=3193281207679625&merchant_id=31932&bill_no=3864"
})";

// Part B §7: unpaid (status 0, empty payment fields, Indonesian description as the 2021 sandbox
// sent it) and paid.
const QByteArray StatusUnpaidBody = R"({"response":"Pengecekan Status Pembayaran",
 "trx_id":"3366082500000174","merchant_id":"33660","merchant":"Growinc","bill_no":"1612782267",
 "payment_reff":"","payment_date":"","payment_status_code":"0",
 "payment_status_desc":"Belum diproses","payment_total":"","response_code":"00",
 "response_desc":"Sukses"})";
const QByteArray StatusPaidBody = R"({"response":"Pengecekan Status Pembayaran",
 "trx_id":"3702081255404571","merchant_id":"37020","merchant":"Rasa Group",
 "bill_no":"WS260903001","payment_reff":"103712","payment_date":"2026-09-03 15:02:50",
 "payment_status_code":"2","payment_status_desc":"Payment Sukses","payment_total":"60000",
 "response_code":"00","response_desc":"Sukses"})";

// Part B §8: the refused cancel of [C-faqih]'s test.
const QByteArray CancelBody = R"({"response":"Canceling Payment","trx_id":"3193281207679625",
 "merchant_id":"31932","merchant":"JULO","bill_no":"3864","trx_status_code":"3",
 "trx_status_desc":"Order Expired","payment_status_code":"7",
 "payment_status_desc":"Payment Expired","payment_cancel_date":"2026-01-05 10:00:00",
 "payment_cancel":"Customer left","response_code":"54","response_desc":"Order Expired"})";
} // namespace

void TestResponses::channelList()
{
    const Parsed<ChannelListResponse> p = parseChannelListResponse(ChannelListBody);
    QVERIFY(p.ok());
    QCOMPARE(p.error, BodyError::None);
    QVERIFY(p.value->isSuccess());
    QCOMPARE(p.value->merchantId, QStringLiteral("31019"));
    QCOMPARE(p.value->channels.size(), 6);
    QCOMPARE(p.value->channels.at(1),
             (ChannelInfo{QStringLiteral("709"), QStringLiteral("Kredivo")}));
    // A number where a string is expected is accepted.
    QCOMPARE(p.value->channels.at(5).code, QStringLiteral("802"));
    QCOMPARE(p.value->skippedEntries, 0);

    const ChannelCatalog catalog(p.value->channels);
    QCOMPARE(catalog.code(Channel::Kredivo), QStringLiteral("709"));
    QCOMPARE(catalog.code(Channel::BriCeria), QStringLiteral("831"));
}

void TestResponses::channelListTolerance_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyError>("error");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("skipped");
    QTest::newRow("empty list") << QByteArray(R"({"payment_channel":[],"response_code":"00"})")
                                << BodyError::None << 0 << 0;
    QTest::newRow("one channel as an object")
        << QByteArray(R"({"payment_channel":{"pg_code":"709","pg_name":"Kredivo"},
                         "response_code":"00"})")
        << BodyError::None << 1 << 0;
    QTest::newRow("malformed entries skipped")
        << QByteArray(R"({"payment_channel":["709",{"pg_code":["709"]},{"pg_name":"x"},
                         {"pg_code":"807","pg_name":"Akulaku"},null],"response_code":"00"})")
        << BodyError::None << 1 << 4;
    QTest::newRow("list missing on success")
        << QByteArray(R"({"response_code":"00"})") << BodyError::MissingField << 0 << 0;
    QTest::newRow("list missing on failure is fine")
        << QByteArray(R"({"response_code":"55","response_desc":"Incorrect user/password"})")
        << BodyError::None << 0 << 0;
    QTest::newRow("list is text") << QByteArray(R"({"payment_channel":"709","response_code":"00"})")
                                  << BodyError::WrongType << 0 << 0;
    QTest::newRow("merchant is an array")
        << QByteArray(R"({"merchant":["x"],"payment_channel":[],"response_code":"00"})")
        << BodyError::WrongType << 0 << 0;
}

void TestResponses::channelListTolerance()
{
    QFETCH(QByteArray, body);
    QFETCH(BodyError, error);
    QFETCH(int, channels);
    QFETCH(int, skipped);
    const Parsed<ChannelListResponse> p = parseChannelListResponse(body);
    QCOMPARE(p.error, error);
    QCOMPARE(p.ok(), error == BodyError::None);
    if (p.ok()) {
        QCOMPARE(p.value->channels.size(), channels);
        QCOMPARE(p.value->skippedEntries, skipped);
    } else {
        QVERIFY(!p.detail.isEmpty());
    }
}

void TestResponses::postData()
{
    const Parsed<PostDataResponse> p = parsePostDataResponse(PostDataBody);
    QVERIFY(p.ok());
    const PostDataResponse &r = *p.value;
    QVERIFY(r.isSuccess());
    QCOMPARE(r.header.responseDesc, QStringLiteral("Sukses"));
    QCOMPARE(r.trxId, QStringLiteral("3193281207679625"));
    QCOMPARE(r.billNo, QStringLiteral("3864"));
    QCOMPARE(r.merchantId, QStringLiteral("31932"));
    const QUrl url(r.redirectUrl, QUrl::StrictMode);
    QVERIFY(url.isValid());
    QVERIFY(redirectUrlLooksRight(url, QStringLiteral("3864"), QStringLiteral("31932")));
    QVERIFY(!redirectUrlLooksRight(url, QStringLiteral("3865"), QStringLiteral("31932")));
    QVERIFY(!redirectUrlLooksRight(url, QStringLiteral("3864"), QStringLiteral("31933")));
    // The path carries the bill signature (Part B §6), here vector 8.
    const Credentials c{QStringLiteral("31932"), QStringLiteral("JULO"), QString(),
                        QStringLiteral("p@ssw0rd")};
    QVERIFY(url.path().endsWith(billSignature(c, u"3864")));

    // JSON may escape '/' ("https:\/\/..."): the same URL.
    QByteArray escaped = PostDataBody;
    escaped.replace("https://debit-sandbox.faspay.co.id/",
                    "https:\\/\\/debit-sandbox.faspay.co.id\\/");
    QVERIFY(escaped != PostDataBody);
    const Parsed<PostDataResponse> e = parsePostDataResponse(escaped);
    QVERIFY(e.ok());
    QCOMPARE(e.value->redirectUrl, r.redirectUrl);

    // A trx_id sent as a number is accepted and read without an exponent.
    QByteArray numeric = PostDataBody;
    numeric.replace("\"trx_id\": \"3193281207679625\"", "\"trx_id\": 3193281207679625");
    QVERIFY(numeric != PostDataBody);
    const Parsed<PostDataResponse> n = parsePostDataResponse(numeric);
    QVERIFY(n.ok());
    QCOMPARE(n.value->trxId, QStringLiteral("3193281207679625"));
}

void TestResponses::postDataErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyError>("error");
    QTest::addColumn<QString>("code"); // when parsed
    QTest::newRow("response_error wrapper (business error)")
        << QByteArray(R"({"response_error":{"response_code":"40",
                         "response_desc":"Requested function not supported"}})")
        << BodyError::None << "40";
    QTest::newRow("response_error first, even beside a 00")
        << QByteArray(R"({"response_code":"00","trx_id":"1","redirect_url":"https://x.test/",
                         "response_error":{"response_code":"55","response_desc":"x"}})")
        << BodyError::None << "55";
    QTest::newRow("refusal without trx_id")
        << QByteArray(R"({"response_code":"14"})") << BodyError::None << "14";
    QTest::newRow("code as a number")
        << QByteArray(R"({"response_code":13})") << BodyError::None << "13";
    QTest::newRow("00 without trx_id")
        << QByteArray(R"({"response_code":"00","redirect_url":"https://x.test/"})")
        << BodyError::MissingField << "";
    QTest::newRow("00 without redirect_url")
        << QByteArray(R"({"response_code":"00","trx_id":"3193281207679625"})")
        << BodyError::MissingField << "";
    QTest::newRow("00 with empty trx_id")
        << QByteArray(R"({"response_code":"00","trx_id":"","redirect_url":"https://x.test/"})")
        << BodyError::MissingField << "";
    QTest::newRow("trx_id an array")
        << QByteArray(R"({"response_code":"00","trx_id":["1"],"redirect_url":"https://x.test/"})")
        << BodyError::WrongType << "";
    QTest::newRow("trx_id an object")
        << QByteArray(R"({"response_code":"00","trx_id":{},"redirect_url":"https://x.test/"})")
        << BodyError::WrongType << "";
    QTest::newRow("trx_id a boolean")
        << QByteArray(R"({"response_code":"00","trx_id":true,"redirect_url":"https://x.test/"})")
        << BodyError::WrongType << "";
    QTest::newRow("trx_id with a slash")
        << QByteArray(R"({"response_code":"00","trx_id":"12/34","redirect_url":"https://x.test/"})")
        << BodyError::WrongType << "";
    QTest::newRow("redirect_url an array")
        << QByteArray(R"({"response_code":"00","trx_id":"1","redirect_url":["https://x.test/"]})")
        << BodyError::WrongType << "";
    QTest::newRow("no response code")
        << QByteArray(R"({"trx_id":"1"})") << BodyError::NoResponseCode << "";
}

void TestResponses::postDataErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(BodyError, error);
    QFETCH(QString, code);
    const Parsed<PostDataResponse> p = parsePostDataResponse(body);
    QCOMPARE(p.error, error);
    QCOMPARE(p.ok(), error == BodyError::None);
    if (p.ok()) {
        QCOMPARE(p.value->header.responseCode, code);
        QVERIFY(!p.value->isSuccess());
    }
}

void TestResponses::status_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("total");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<bool>("amountMatches");
    QTest::newRow("unpaid") << StatusUnpaidBody << int(PaymentStatus::Unprocessed) << ""
                            << qint64(60'000) << false;
    QTest::newRow("paid, whole rupiah")
        << StatusPaidBody << int(PaymentStatus::Success) << "60000" << qint64(60'000) << true;
    QTest::newRow("paid, other amount")
        << StatusPaidBody << int(PaymentStatus::Success) << "60000" << qint64(61'000) << false;
    QByteArray numbers = StatusPaidBody;
    numbers.replace("\"payment_status_code\":\"2\"", "\"payment_status_code\":2");
    numbers.replace("\"payment_total\":\"60000\"", "\"payment_total\":6000000");
    QTest::newRow("numbers instead of strings, total x100")
        << numbers << int(PaymentStatus::Success) << "6000000" << qint64(60'000) << true;
    QByteArray extra = StatusPaidBody;
    extra.replace("\"response_code\"", "\"new_field\":[1,2,{}],\"response_code\"");
    QTest::newRow("unknown fields ignored")
        << extra << int(PaymentStatus::Success) << "60000" << qint64(60'000) << true;
}

void TestResponses::status()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, total);
    QFETCH(qint64, expected);
    QFETCH(bool, amountMatches);
    const Parsed<StatusResponse> p = parseStatusResponse(body);
    QVERIFY2(p.ok(), qPrintable(bodyErrorKey(p.error) + QLatin1Char(' ') + p.detail));
    const StatusResponse &r = *p.value;
    QVERIFY(r.isSuccess());
    QVERIFY(r.paymentStatus);
    QCOMPARE(int(*r.paymentStatus), status);
    QCOMPARE(r.paymentTotal, total);
    QCOMPARE(returnedAmountMatches(r.paymentTotal, Money::fromRupiah(expected)), amountMatches);
    if (*r.paymentStatus == PaymentStatus::Success) {
        QCOMPARE(r.billNo, QStringLiteral("WS260903001"));
        QCOMPARE(r.paymentReff, QStringLiteral("103712"));
        QCOMPARE(r.paymentDateTime()->toUTC(),
                 QDateTime(QDate(2026, 9, 3), QTime(8, 2, 50), Qt::UTC));
    } else {
        QVERIFY(!r.paymentDateTime());
        QCOMPARE(r.paymentStatusDesc, QStringLiteral("Belum diproses"));
    }
}

void TestResponses::statusErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyError>("error");
    QTest::newRow("00 without payment_status_code")
        << QByteArray(R"({"response_code":"00","bill_no":"1"})") << BodyError::MissingField;
    QTest::newRow("status 6 (undefined)")
        << QByteArray(R"({"response_code":"00","payment_status_code":"6"})")
        << BodyError::WrongType;
    QTest::newRow("status not a digit")
        << QByteArray(R"({"response_code":"00","payment_status_code":"paid"})")
        << BodyError::WrongType;
    QTest::newRow("status an array")
        << QByteArray(R"({"response_code":"00","payment_status_code":["2"]})")
        << BodyError::WrongType;
    QTest::newRow("status a fraction")
        << QByteArray(R"({"response_code":"00","payment_status_code":2.5})")
        << BodyError::WrongType;
    QTest::newRow("payment_total an object")
        << QByteArray(R"({"response_code":"00","payment_status_code":"2","payment_total":{}})")
        << BodyError::WrongType;
    QTest::newRow("refusal without status is an answer")
        << QByteArray(R"({"response_code":"14","response_desc":"Invalid order"})")
        << BodyError::None;
}

void TestResponses::statusErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(BodyError, error);
    const Parsed<StatusResponse> p = parseStatusResponse(body);
    QCOMPARE(p.error, error);
    QCOMPARE(p.ok(), error == BodyError::None);
    if (!p.ok())
        QVERIFY(p.detail.startsWith(QLatin1String("payment_")));
}

void TestResponses::cancel()
{
    const Parsed<CancelResponse> p = parseCancelResponse(CancelBody);
    QVERIFY(p.ok());
    const CancelResponse &r = *p.value;
    QVERIFY(!r.isSuccess());
    QCOMPARE(r.header.responseCode, QStringLiteral("54"));
    QCOMPARE(r.trxStatusCode, QStringLiteral("3"));
    QCOMPARE(r.trxStatusDesc, QStringLiteral("Order Expired"));
    QCOMPARE(r.paymentStatus, PaymentStatus::Expired);
    QCOMPARE(r.paymentCancelDate, QStringLiteral("2026-01-05 10:00:00"));
    QCOMPARE(r.paymentCancel, QStringLiteral("Customer left"));

    const Parsed<CancelResponse> ok = parseCancelResponse(
        R"({"response_code":"00","trx_status_code":8,"payment_status_code":"8"})");
    QVERIFY(ok.ok());
    QVERIFY(ok.value->isSuccess());
    QCOMPARE(ok.value->paymentStatus, PaymentStatus::Cancelled);
    QCOMPARE(ok.value->trxStatusCode, QStringLiteral("8"));

    const Parsed<CancelResponse> noStatus = parseCancelResponse(R"({"response_code":"00"})");
    QVERIFY(noStatus.ok());
    QVERIFY(!noStatus.value->paymentStatus);

    const Parsed<CancelResponse> bad =
        parseCancelResponse(R"({"response_code":"00","payment_status_code":"x"})");
    QCOMPARE(bad.error, BodyError::WrongType);
}

void TestResponses::hostileBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BodyError>("error");
    QTest::newRow("empty") << QByteArray() << BodyError::Empty;
    QTest::newRow("white space") << QByteArray(" \r\n\t") << BodyError::Empty;
    QTest::newRow("truncated JSON")
        << PostDataBody.left(PostDataBody.size() / 2) << BodyError::NotJson;
    QTest::newRow("truncated status") << StatusPaidBody.chopped(1) << BodyError::NotJson;
    QTest::newRow("HTML error page")
        << QByteArray("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body>"
                      "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center>"
                      "</body></html>")
        << BodyError::NotJson;
    QTest::newRow("1 MiB body") << QByteArray(1024 * 1024, ' ') + "{}" << BodyError::TooLarge;
    QTest::newRow("1 MiB of JSON") << QByteArray("{\"response_code\":\"00\",\"x\":\"") +
                                          QByteArray(1024 * 1024, 'a') + QByteArray("\"}")
                                   << BodyError::TooLarge;
    QTest::newRow("array") << QByteArray(R"([{"response_code":"00"}])") << BodyError::NotObject;
    // Qt would read the key as response_code (it drops a byte-order mark at a string's start).
    QTest::newRow("byte order mark at the start of a key") << QByteArray("{\"\xEF\xBB\xBF"
                                                                         "response_code\":\"00\"}")
                                                           << BodyError::BadText;
    // Qt 6.4's QJsonDocument refuses a top-level scalar outright.
    QTest::newRow("scalar") << QByteArray("42") << BodyError::NotJson;
    QTest::newRow("null") << QByteArray("null") << BodyError::NotJson;
    QTest::newRow("string") << QByteArray("\"00\"") << BodyError::NotJson;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01{", 5) << BodyError::NotJson;
    QTest::newRow("XML") << QByteArray("<faspay><response_code>00</response_code></faspay>")
                         << BodyError::NotJson;
    QTest::newRow("response code an array")
        << QByteArray(R"({"response_code":["00"]})") << BodyError::NoResponseCode;
    QTest::newRow("deep nesting") << QByteArray(10000, '[') + QByteArray(10000, ']')
                                  << BodyError::NotJson;
}

void TestResponses::hostileBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(BodyError, error);
    // The same typed error from every parser, never a crash.
    QCOMPARE(parseChannelListResponse(body).error, error);
    QCOMPARE(parsePostDataResponse(body).error, error);
    QCOMPARE(parseStatusResponse(body).error, error);
    QCOMPARE(parseCancelResponse(body).error, error);
    QVERIFY(!parsePostDataResponse(body).ok());
}

void TestResponses::redirectUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("looksRight");
    const QString base =
        QStringLiteral("https://debit-sandbox.faspay.co.id/pws/100003/0830000010100000/"
                       "350acba245d569e6ba50c0108a07348af2eff3ee");
    QTest::newRow("docs form") << base + QStringLiteral("?trx_id=1&merchant_id=31932&bill_no=3864")
                               << true;
    QTest::newRow("no query") << base << true;
    QTest::newRow("http (training sandbox)")
        << QStringLiteral("http://127.0.0.1:8765/pws/100003/x?bill_no=3864") << true;
    QTest::newRow("upper-case scheme") << QStringLiteral("HTTPS://web.faspay.co.id/pws/x") << true;
    QTest::newRow("other bill_no")
        << base + QStringLiteral("?trx_id=1&merchant_id=31932&bill_no=3865") << false;
    QTest::newRow("other merchant_id")
        << base + QStringLiteral("?trx_id=1&merchant_id=99999&bill_no=3864") << false;
    QTest::newRow("bill_no twice, second other")
        << base + QStringLiteral("?bill_no=3864&bill_no=3865") << false;
    QTest::newRow("empty bill_no") << base + QStringLiteral("?bill_no=") << false;
    QTest::newRow("encoded other bill_no") << base + QStringLiteral("?bill_no=38%36%35") << false;
    QTest::newRow("encoded same bill_no") << base + QStringLiteral("?bill_no=38%36%34") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<b>pay</b>") << false;
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://web.faspay.co.id/x") << false;
    QTest::newRow("relative") << QStringLiteral("/pws/100003/x?bill_no=3864") << false;
    QTest::newRow("no host") << QStringLiteral("https:///pws") << false;
    QTest::newRow("user info") << QStringLiteral("https://web.faspay.co.id@evil.test/pws") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("garbage") << QStringLiteral("not a url at all") << false;
}

void TestResponses::redirectUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, looksRight);
    QCOMPARE(redirectUrlLooksRight(QUrl(url, QUrl::StrictMode), QStringLiteral("3864"),
                                   QStringLiteral("31932")),
             looksRight);
}

void TestResponses::mutatedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("channel list") << ChannelListBody;
    QTest::newRow("post data") << PostDataBody;
    QTest::newRow("status unpaid") << StatusUnpaidBody;
    QTest::newRow("status paid") << StatusPaidBody;
    QTest::newRow("cancel") << CancelBody;
}

void TestResponses::mutatedBodies()
{
    // Deterministic mutations (fixed seed) of real bodies: flipped bytes, cuts, inserted
    // quotes and brackets. Every parser must come back with a consistent typed result; run
    // under KASIR_SANITIZE this also proves there is no out-of-bounds access.
    QFETCH(QByteArray, body);
    QRandomGenerator random(20260903);
    const char specials[] = {'"', '{', '}', '[', ']', ':', ',', '\\', '\0', '\xff', '0', ' '};
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
        const Parsed<ChannelListResponse> a = parseChannelListResponse(m);
        const Parsed<PostDataResponse> b = parsePostDataResponse(m);
        const Parsed<StatusResponse> c = parseStatusResponse(m);
        const Parsed<CancelResponse> d = parseCancelResponse(m);
        QCOMPARE(a.ok(), a.error == BodyError::None);
        QCOMPARE(b.ok(), b.error == BodyError::None);
        QCOMPARE(c.ok(), c.error == BodyError::None);
        QCOMPARE(d.ok(), d.error == BodyError::None);
        if (b.ok() && b.value->isSuccess())
            QVERIFY(!b.value->trxId.isEmpty() && !b.value->redirectUrl.isEmpty());
        if (c.ok() && c.value->isSuccess())
            QVERIFY(c.value->paymentStatus.has_value());
    }
}

QTEST_GUILESS_MAIN(TestResponses)
#include "tst_responses.moc"
