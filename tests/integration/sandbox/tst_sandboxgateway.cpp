#include "core/sandbox/trainingsandbox.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace kasir;
using namespace kasir::test;

using Mutation = std::function<void(QJsonObject &)>;
Q_DECLARE_METATYPE(Mutation)

// The gateway side of the training sandbox over real loopback sockets: the four calls in
// Faspay's JSON shapes, and a refusal with the right response code and the field named for
// each kind of Part A violation.
class TestSandboxGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void channelList();
    void channelListNeedsSignature();
    void postDataCreatesBill_data();
    void postDataCreatesBill();
    void postDataViolations_data();
    void postDataViolations();
    void postDataBodyFormat_data();
    void postDataBodyFormat();
    void duplicateBillNo();
    void inquiryUnknownBill();
    void inquiryViolations_data();
    void inquiryViolations();
    void expiryFollowsTheClock();
    void cancelUnpaid();
    void cancelAfterPayment();
    void cancelUnknownBill();
    void plantedStatus();
    void amountsTimes100WhenConfigured();
    void oversizedBodyIsRefused();
    void oversizedBodyIsRefusedBeforeItIsSent();
    void oversizedChunkedBodyIsRefused();
    void logLinePerRequest();
    void summaryForTheCommandLine();
    void refusesABadConfiguration();
};

namespace {

const QString PostData = QStringLiteral("/cvr/300011/10");
const QString Inquiry = QStringLiteral("/cvr/100004/10");
const QString Cancel = QStringLiteral("/cvr/100005/10");

void setItem(QJsonObject &body, int index, const QString &field, const QJsonValue &value)
{
    QJsonArray items = body.value(QLatin1String("item")).toArray();
    QJsonObject line = items[index].toObject();
    if (value.isUndefined())
        line.remove(field);
    else
        line.insert(field, value);
    items[index] = line;
    body.insert(QStringLiteral("item"), items);
}

Mutation setField(const QString &field, const QJsonValue &value)
{
    return [field, value](QJsonObject &body) {
        body.insert(field, value);
    };
}

Mutation removeField(const QString &field)
{
    return [field](QJsonObject &body) {
        body.remove(field);
    };
}

Mutation setItemField(int index, const QString &field, const QJsonValue &value)
{
    return [index, field, value](QJsonObject &body) {
        setItem(body, index, field, value);
    };
}

// Moves the answer's response_error into a {code, desc} pair.
std::pair<QString, QString> errorOf(const QJsonObject &answer)
{
    const QJsonObject error = answer.value(QLatin1String("response_error")).toObject();
    return {error.value(QLatin1String("response_code")).toString(),
            error.value(QLatin1String("response_desc")).toString()};
}

bool allStrings(const QJsonObject &object)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray() || it.value().isObject())
            continue;
        if (!it.value().isString())
            return false;
    }
    return true;
}

} // namespace

void TestSandboxGateway::channelList()
{
    SandboxFixture f;
    const HttpResult result = f.http.postJson(f.url(QStringLiteral("/cvr/100001/10")),
                                              channelInquiryBody(f.credentials()));
    QCOMPARE(result.status, 200);
    QVERIFY(result.header("content-type").startsWith("application/json"));
    const QJsonObject answer = result.json();
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    QCOMPARE(answer.value(u"merchant_id").toString(), f.credentials().merchantId);
    QCOMPARE(answer.value(u"merchant").toString(), u"TOKO LATIHAN");
    QVERIFY(allStrings(answer));
    const QJsonArray list = answer.value(u"payment_channel").toArray();
    QMap<QString, QString> channels;
    for (const QJsonValue &value : list) {
        const QJsonObject channel = value.toObject();
        QVERIFY(channel.value(u"pg_code").isString());
        QVERIFY(channel.value(u"pg_name").isString());
        channels.insert(channel.value(u"pg_code").toString(), channel.value(u"pg_name").toString());
    }
    const QMap<QString, QString> expected = {{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                             {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                             {QStringLiteral("820"), QStringLiteral("Indodana")},
                                             {QStringLiteral("721"), QStringLiteral("BRI Ceria")}};
    QCOMPARE(channels, expected);
}

void TestSandboxGateway::channelListNeedsSignature()
{
    SandboxFixture f;
    QJsonObject body = channelInquiryBody(f.credentials());
    // Signed like a bill (with a bill_no appended): wrong for the channel inquiry.
    body.insert(QStringLiteral("signature"), faspay::billSignature(f.credentials(), u"1"));
    const auto [code, desc] = errorOf(f.call(QStringLiteral("/cvr/100001/10"), body));
    QCOMPARE(code, u"55");
    QVERIFY2(desc.contains(u"signature"), qPrintable(desc));
}

void TestSandboxGateway::postDataCreatesBill_data()
{
    QTest::addColumn<QString>("channel");
    QTest::newRow("Kredivo") << QStringLiteral("709");
    QTest::newRow("Akulaku") << QStringLiteral("807");
    QTest::newRow("Indodana") << QStringLiteral("820");
    QTest::newRow("BRI Ceria") << QStringLiteral("721");
}

void TestSandboxGateway::postDataCreatesBill()
{
    QFETCH(QString, channel);
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01A0001");
    const QJsonObject body = validPostData(f.credentials(), billNo, channel, f.clock.now());
    const HttpResult result = f.http.postJson(f.url(PostData), body);
    QCOMPARE(result.status, 200);
    const QJsonObject answer = result.json();
    QVERIFY2(!answer.contains(u"response_error"), result.body.constData());
    QCOMPARE(answer.value(u"response").toString(), u"Transmisi Info Detil Pembelian");
    QCOMPARE(answer.value(u"response_code").toString(), u"00");
    QCOMPARE(answer.value(u"response_desc").toString(), u"Sukses");
    QCOMPARE(answer.value(u"bill_no").toString(), billNo);
    QCOMPARE(answer.value(u"merchant_id").toString(), f.credentials().merchantId);
    QVERIFY(allStrings(answer));
    const QString trxId = answer.value(u"trx_id").toString();
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]{16}$")).match(trxId).hasMatch(),
             qPrintable(trxId));
    QVERIFY(trxId.startsWith(f.credentials().merchantId));
    QCOMPARE(answer.value(u"bill_items").toArray(), body.value(u"item").toArray());

    // redirect_url = {base}/pws/100003/0830000010100000/{sig}?trx_id&merchant_id&bill_no
    const QUrl redirect(answer.value(u"redirect_url").toString());
    QCOMPARE(redirect.scheme(), u"http");
    QCOMPARE(redirect.host(), f.sandbox->baseUrl().host());
    QCOMPARE(redirect.port(), int(f.sandbox->port()));
    QCOMPARE(redirect.path(), QStringLiteral("/pws/100003/0830000010100000/") +
                                  faspay::billSignature(f.credentials(), billNo));
    const QUrlQuery query(redirect);
    QCOMPARE(query.queryItemValue(QStringLiteral("trx_id")), trxId);
    QCOMPARE(query.queryItemValue(QStringLiteral("merchant_id")), f.credentials().merchantId);
    QCOMPARE(query.queryItemValue(QStringLiteral("bill_no")), billNo);

    const std::optional<SandboxBill> bill = f.sandbox->bill(billNo);
    QVERIFY(bill);
    QCOMPARE(bill->paymentStatus, SandboxStatus::Unprocessed);
    QCOMPARE(bill->total, Money::fromRupiah(ValidTotalRupiah));
    QCOMPARE(bill->trxId, trxId);
    QCOMPARE(bill->channelCode, channel);
    QCOMPARE(f.sandbox->postCount(billNo), 1);

    const QJsonObject status = f.inquiry(trxId, billNo);
    QCOMPARE(status.value(u"response_code").toString(), u"00");
    QCOMPARE(status.value(u"payment_status_code").toString(), u"0");
    QCOMPARE(status.value(u"payment_total").toString(), QString());
    QVERIFY(allStrings(status));
}

void TestSandboxGateway::postDataViolations_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<bool>("resign");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const faspay::Credentials other{QStringLiteral("77777"), QStringLiteral("TOKO LATIHAN"),
                                    QString(), QStringLiteral("not-the-password")};
    const auto row = [](const char *name, Mutation mutation, const char *code, const char *field,
                        bool resign = true) {
        QTest::newRow(name) << mutation << resign << QString::fromLatin1(code)
                            << QString::fromUtf8(field);
    };

    // Mandatory fields (83).
    row("request missing", removeField(QStringLiteral("request")), "83", "request");
    row("merchant missing", removeField(QStringLiteral("merchant")), "83", "merchant");
    row("bill_desc missing", removeField(QStringLiteral("bill_desc")), "83", "bill_desc");
    row("bill_desc empty", setField(QStringLiteral("bill_desc"), QString()), "83", "bill_desc");
    row("bill_date blank", setField(QStringLiteral("bill_date"), QStringLiteral("  ")), "83",
        "bill_date");
    row("cust_name missing", removeField(QStringLiteral("cust_name")), "83", "cust_name");
    row("email missing", removeField(QStringLiteral("email")), "83", "email");
    row("terminal missing", removeField(QStringLiteral("terminal")), "83", "terminal");
    row("bill_total missing", removeField(QStringLiteral("bill_total")), "83", "bill_total");
    row("signature missing", removeField(QStringLiteral("signature")), "83", "signature", false);
    row("item missing", removeField(QStringLiteral("item")), "83", "item");
    row("item empty", setField(QStringLiteral("item"), QJsonArray()), "83", "item");
    row("item id missing", setItemField(0, QStringLiteral("id"), QJsonValue::Undefined), "83",
        "item[0].id");
    row("item product empty", setItemField(1, QStringLiteral("product"), QString()), "83",
        "item[1].product");

    // Every value a JSON string (30).
    row("qty as a number", setItemField(0, QStringLiteral("qty"), 1), "30", "item[0].qty");
    row("amount as a number", setItemField(0, QStringLiteral("amount"), 150000000.0), "30",
        "item[0].amount");
    row("bill_total as a number", setField(QStringLiteral("bill_total"), 166000000.0), "30",
        "bill_total");
    row("merchant_id as a number", setField(QStringLiteral("merchant_id"), 77777), "30",
        "merchant_id");
    row("pay_type as a boolean", setField(QStringLiteral("pay_type"), true), "30", "pay_type");
    row("reserve1 null", setField(QStringLiteral("reserve1"), QJsonValue::Null), "30", "reserve1");
    row(
        "item as an object",
        [](QJsonObject &body) {
            const QJsonArray items = body.value(u"item").toArray();
            QJsonObject keyed;
            for (qsizetype i = 0; i < items.size(); ++i)
                keyed.insert(QString::number(i), items[i]);
            body.insert(QStringLiteral("item"), keyed);
        },
        "30", "item");
    row(
        "item line not an object",
        [](QJsonObject &body) {
            QJsonArray items = body.value(u"item").toArray();
            items.append(QStringLiteral("SKU9"));
            body.insert(QStringLiteral("item"), items);
        },
        "30", "item[4]");

    // Fields Faspay does not have (84).
    row("misspelt field", setField(QStringLiteral("shiping_address"), QStringLiteral("Jl X")), "84",
        "shiping_address");
    row("unknown item field", setItemField(0, QStringLiteral("price"), QStringLiteral("1")), "84",
        "item[0].price");

    // Merchant and signature (03, 55).
    row("wrong merchant id", setField(QStringLiteral("merchant_id"), QStringLiteral("12345")), "03",
        "merchant_id");
    row("wrong merchant name", setField(QStringLiteral("merchant"), QStringLiteral("TOKO LAIN")),
        "03", "merchant");
    row("item merchant id", setItemField(2, QStringLiteral("merchant_id"), QStringLiteral("12345")),
        "03", "item[2].merchant_id");
    row(
        "wrong password", [other](QJsonObject &body) { sign(body, other); }, "55", "signature",
        false);
    row(
        "signature without bill_no",
        [](QJsonObject &body) {
            body.insert(QStringLiteral("signature"),
                        faspay::channelInquirySignature(
                            faspay::Credentials{QStringLiteral("77777"), QString(), QString(),
                                                QStringLiteral("latihan-kasir")}));
        },
        "55", "signature", false);
    row(
        "signature upper case",
        [](QJsonObject &body) {
            body.insert(QStringLiteral("signature"), body.value(u"signature").toString().toUpper());
        },
        "55", "signature", false);
    row(
        "signature of another bill",
        [](QJsonObject &body) { body.insert(QStringLiteral("bill_no"), QStringLiteral("K01B9")); },
        "55", "signature", false);

    // Header formats (30).
    row("request text", setField(QStringLiteral("request"), QStringLiteral("Post Data")), "30",
        "request");
    row("bill_no 17 characters",
        setField(QStringLiteral("bill_no"), QStringLiteral("K01A0123456789012")), "30", "bill_no");
    row("bill_no with a dash", setField(QStringLiteral("bill_no"), QStringLiteral("K01-0001")),
        "30", "bill_no");
    row("bill_no with a space", setField(QStringLiteral("bill_no"), QStringLiteral("K01 0001")),
        "30", "bill_no");
    row("bill_reff too long", setField(QStringLiteral("bill_reff"), QString(33, u'R')), "30",
        "bill_reff");
    row("bill_desc too long", setField(QStringLiteral("bill_desc"), QString(129, u'd')), "30",
        "bill_desc");
    row("reserve1 too long", setField(QStringLiteral("reserve1"), QString(51, u'r')), "30",
        "reserve1");
    row("currency USD", setField(QStringLiteral("bill_currency"), QStringLiteral("USD")), "30",
        "bill_currency");
    row("pay_type 01", setField(QStringLiteral("pay_type"), QStringLiteral("01")), "30",
        "pay_type");
    row("pay_type 2", setField(QStringLiteral("pay_type"), QStringLiteral("2")), "30", "pay_type");
    row("terminal 21", setField(QStringLiteral("terminal"), QStringLiteral("21")), "30",
        "terminal");

    // Channel (30, 40).
    row("channel by name", setField(QStringLiteral("payment_channel"), QStringLiteral("kredivo")),
        "30", "payment_channel");
    row("channel not enabled", setField(QStringLiteral("payment_channel"), QStringLiteral("702")),
        "40", "payment_channel");

    // Dates (30, 54). The fixture's clock: 2026-11-23 03:00 UTC = 10:00 WIB.
    row("bill_date ISO with T",
        setField(QStringLiteral("bill_date"), QStringLiteral("2026-11-23T10:00:00")), "30",
        "bill_date");
    row("bill_date day first",
        setField(QStringLiteral("bill_date"), QStringLiteral("23-11-2026 10:00:00")), "30",
        "bill_date");
    row("bill_date without seconds",
        setField(QStringLiteral("bill_date"), QStringLiteral("2026-11-23 10:00")), "30",
        "bill_date");
    row("bill_date not a date",
        setField(QStringLiteral("bill_date"), QStringLiteral("2026-02-30 10:00:00")), "30",
        "bill_date");
    row("bill_expired bad format",
        setField(QStringLiteral("bill_expired"), QStringLiteral("2026/11/23 11:00:00")), "30",
        "bill_expired");
    row(
        "bill_date in UTC, not WIB",
        [](QJsonObject &body) {
            body.insert(QStringLiteral("bill_date"), QStringLiteral("2026-11-23 03:00:00"));
            body.insert(QStringLiteral("bill_expired"), QStringLiteral("2026-11-23 04:00:00"));
        },
        "30", "bill_date");
    row("expired equal to date",
        setField(QStringLiteral("bill_expired"), QStringLiteral("2026-11-23 10:00:00")), "30",
        "bill_expired");
    row("expired before date",
        setField(QStringLiteral("bill_expired"), QStringLiteral("2026-11-23 09:59:59")), "30",
        "bill_expired");
    row("expired 30 days and a second later",
        setField(QStringLiteral("bill_expired"), QStringLiteral("2026-12-23 10:00:01")), "30",
        "bill_expired");
    row(
        "expired already past",
        [](QJsonObject &body) {
            body.insert(QStringLiteral("bill_date"), QStringLiteral("2026-11-23 09:55:00"));
            body.insert(QStringLiteral("bill_expired"), QStringLiteral("2026-11-23 09:59:00"));
        },
        "54", "bill_expired");

    // Customer (18, 83, 30).
    row("msisdn +62", setField(QStringLiteral("msisdn"), QStringLiteral("+6281234567890")), "18",
        "msisdn");
    row("msisdn 62 prefix", setField(QStringLiteral("msisdn"), QStringLiteral("6281234567890")),
        "18", "msisdn");
    row("msisdn without 0", setField(QStringLiteral("msisdn"), QStringLiteral("81234567890")), "18",
        "msisdn");
    row("msisdn with dashes", setField(QStringLiteral("msisdn"), QStringLiteral("0812-3456-7890")),
        "18", "msisdn");
    row("msisdn 7 digits", setField(QStringLiteral("msisdn"), QStringLiteral("0812345")), "18",
        "msisdn");
    row("msisdn 16 digits", setField(QStringLiteral("msisdn"), QStringLiteral("0812345678901234")),
        "18", "msisdn");
    row("email without domain", setField(QStringLiteral("email"), QStringLiteral("budi@")), "18",
        "email");
    row("billing_lastname missing", removeField(QStringLiteral("billing_lastname")), "83",
        "billing_lastname");
    row("billing city missing", removeField(QStringLiteral("billing_address_city")), "83",
        "billing_address_city");
    row("receiver name missing", removeField(QStringLiteral("receiver_name_for_shipping")), "83",
        "receiver_name_for_shipping");
    row("shipping_address missing", removeField(QStringLiteral("shipping_address")), "83",
        "shipping_address");
    row("shipping poscode missing", removeField(QStringLiteral("shipping_address_poscode")), "83",
        "shipping_address_poscode");
    row("shipping_msisdn missing", removeField(QStringLiteral("shipping_msisdn")), "83",
        "shipping_msisdn");
    row("shipping country missing", removeField(QStringLiteral("shipping_address_country_code")),
        "83", "shipping_address_country_code");
    row("shipping_msisdn +62",
        setField(QStringLiteral("shipping_msisdn"), QStringLiteral("+6281234567890")), "18",
        "shipping_msisdn");
    row("billing_msisdn letters",
        setField(QStringLiteral("billing_msisdn"), QStringLiteral("08123abc890")), "18",
        "billing_msisdn");
    row("country IDN",
        setField(QStringLiteral("billing_address_country_code"), QStringLiteral("IDN")), "30",
        "billing_address_country_code");
    row("postcode 4 digits",
        setField(QStringLiteral("shipping_address_poscode"), QStringLiteral("1017")), "30",
        "shipping_address_poscode");
    row("city too long", setField(QStringLiteral("shipping_address_city"), QString(51, u'c')), "30",
        "shipping_address_city");

    // Item lines (84, 30, 03).
    row("unknown fee id", setItemField(2, QStringLiteral("id"), QStringLiteral("servicefee")), "84",
        "item[2].id");
    row("fee id in another case",
        setItemField(2, QStringLiteral("id"), QStringLiteral("ShippingFee")), "84", "item[2].id");
    row("discount id in another case",
        setItemField(3, QStringLiteral("id"), QStringLiteral("Discount")), "84", "item[3].id");
    row("qty zero", setItemField(0, QStringLiteral("qty"), QStringLiteral("0")), "30",
        "item[0].qty");
    row("qty negative", setItemField(0, QStringLiteral("qty"), QStringLiteral("-1")), "30",
        "item[0].qty");
    row("qty with decimals", setItemField(0, QStringLiteral("qty"), QStringLiteral("1.0")), "30",
        "item[0].qty");
    row("product 51 characters", setItemField(0, QStringLiteral("product"), QString(51, u'p')),
        "30", "item[0].product");
    row("payment_plan 01", setItemField(0, QStringLiteral("payment_plan"), QStringLiteral("01")),
        "30", "item[0].payment_plan");
    row("tenor 03", setItemField(0, QStringLiteral("tenor"), QStringLiteral("03")), "30",
        "item[0].tenor");
    row("discount qty 2", setItemField(3, QStringLiteral("qty"), QStringLiteral("2")), "30",
        "item[3].qty");
    row(
        "two discount lines",
        [](QJsonObject &body) {
            QJsonArray items = body.value(u"item").toArray();
            items.append(items[3]);
            body.insert(QStringLiteral("item"), items);
        },
        "30", "item[4].id");

    // Amounts (13).
    row("amount with decimals",
        setItemField(0, QStringLiteral("amount"), QStringLiteral("1500000.00")), "13",
        "item[0].amount");
    row("amount with separators",
        setItemField(0, QStringLiteral("amount"), QStringLiteral("1.500.000")), "13",
        "item[0].amount");
    row("amount not x 100", setItemField(0, QStringLiteral("amount"), QStringLiteral("150000050")),
        "13", "item[0].amount");
    row("amount 16 digits",
        setItemField(0, QStringLiteral("amount"), QStringLiteral("1000000000000000")), "13",
        "item[0].amount");
    row("discount negative", setItemField(3, QStringLiteral("amount"), QStringLiteral("-1000000")),
        "13", "item[3].amount");
    row("discount zero", setItemField(3, QStringLiteral("amount"), QStringLiteral("0")), "13",
        "item[3].amount");
    row("discount larger than the goods",
        setItemField(3, QStringLiteral("amount"), times100(2'000'000)), "13", "item[3].amount");
    row("bill_total with decimals",
        setField(QStringLiteral("bill_total"), QStringLiteral("1660000.00")), "13", "bill_total");
    row("bill_total not x 100 (whole rupiah)",
        setField(QStringLiteral("bill_total"), QStringLiteral("166000050")), "13", "bill_total");
    row(
        "bill_total zero",
        [](QJsonObject &body) {
            setSingleLine(body, 0);
            body.insert(QStringLiteral("reserve2"), QStringLiteral("30_days"));
        },
        "13", "bill_total");
    row("bill_gross + bill_miscfee is not bill_total",
        setField(QStringLiteral("bill_total"), times100(ValidTotalRupiah + 1)), "13", "bill_total");
    row(
        "sum invariant broken",
        [](QJsonObject &body) {
            body.remove(QStringLiteral("bill_gross"));
            body.remove(QStringLiteral("bill_miscfee"));
            body.insert(QStringLiteral("bill_total"), times100(ValidTotalRupiah - 1000));
        },
        "13", "bill_total");
    row(
        "discount added instead of taken off",
        [](QJsonObject &body) {
            body.remove(QStringLiteral("bill_gross"));
            body.remove(QStringLiteral("bill_miscfee"));
            body.insert(QStringLiteral("bill_total"), times100(ValidTotalRupiah + 20'000));
        },
        "13", "bill_total");
    row(
        "line total sent as amount",
        // Rp 75.000 x 2 sent as amount 150.000 with qty 2: the sum no longer matches.
        [](QJsonObject &body) {
            setItem(body, 1, QStringLiteral("amount"), times100(150'000));
            body.remove(QStringLiteral("bill_gross"));
            body.remove(QStringLiteral("bill_miscfee"));
        },
        "13", "bill_total");
    row(
        "bill_gross not goods minus discount",
        [](QJsonObject &body) {
            body.insert(QStringLiteral("bill_gross"), times100(1'650'000));
            body.insert(QStringLiteral("bill_miscfee"), times100(10'000));
        },
        "13", "bill_gross");
    row(
        "bill_miscfee not the fees",
        [](QJsonObject &body) {
            body.remove(QStringLiteral("bill_gross"));
            body.insert(QStringLiteral("bill_miscfee"), times100(30'000));
        },
        "13", "bill_miscfee");
    row("bill_gross with decimals",
        setField(QStringLiteral("bill_gross"), QStringLiteral("1640000.00")), "13", "bill_gross");

    // Channel rules (83, 30, 13).
    row("Kredivo without reserve2", removeField(QStringLiteral("reserve2")), "83", "reserve2");
    row("Kredivo reserve2 empty", setField(QStringLiteral("reserve2"), QString()), "83",
        "reserve2");
    row("Kredivo reserve2 unknown",
        setField(QStringLiteral("reserve2"), QStringLiteral("24_months")), "30", "reserve2");
    row(
        "Kredivo instalment under Rp 1.500.000",
        [](QJsonObject &body) {
            setSingleLine(body, 1'499'900);
            body.insert(QStringLiteral("reserve2"), QStringLiteral("3_months"));
        },
        "13", "reserve2");
    row(
        "Akulaku with reserve2",
        [](QJsonObject &body) {
            body.insert(QStringLiteral("payment_channel"), QStringLiteral("807"));
        },
        "30", "reserve2");
}

void TestSandboxGateway::postDataViolations()
{
    QFETCH(Mutation, mutation);
    QFETCH(bool, resign);
    QFETCH(QString, code);
    QFETCH(QString, field);

    SandboxFixture f;
    QJsonObject body = validPostData(f.credentials(), QStringLiteral("K01V0001"),
                                     QStringLiteral("709"), f.clock.now());
    mutation(body);
    if (resign && body.value(u"bill_no").isString())
        sign(body, f.credentials());

    const HttpResult result = f.http.postJson(f.url(PostData), body);
    QCOMPARE(result.status, 200); // business errors come with HTTP 200 (Part B §2.2)
    const QJsonObject answer = result.json();
    QCOMPARE(answer.keys(), QStringList{QStringLiteral("response_error")});
    const auto [gotCode, desc] = errorOf(answer);
    QVERIFY2(gotCode == code, qPrintable(gotCode + QStringLiteral(": ") + desc));
    QVERIFY2(desc.contains(field), qPrintable(desc));
    QVERIFY(f.sandbox->bills().isEmpty());
    const QString billNo = body.value(u"bill_no").toString();
    if (!billNo.isEmpty())
        QCOMPARE(f.sandbox->postCount(billNo), 1); // received and counted, no bill
}

void TestSandboxGateway::postDataBodyFormat_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("form encoded") << QByteArray("POST")
                                  << QByteArray("application/x-www-form-urlencoded")
                                  << QByteArray("bill_no=1") << 200 << "30"
                                  << "Content-Type";
    QTest::newRow("text/plain JSON")
        << QByteArray("POST") << QByteArray("text/plain") << QByteArray("{}") << 200 << "30"
        << "Content-Type";
    QTest::newRow("not JSON") << QByteArray("POST") << QByteArray("application/json")
                              << QByteArray("bill_no=1") << 200 << "30"
                              << "body";
    QTest::newRow("truncated JSON")
        << QByteArray("POST") << QByteArray("application/json; charset=utf-8")
        << QByteArray("{\"bill_no\":\"1\"") << 200 << "30"
        << "body";
    QTest::newRow("JSON array") << QByteArray("POST") << QByteArray("application/json")
                                << QByteArray("[]") << 200 << "30"
                                << "body";
    QTest::newRow("GET") << QByteArray("GET") << QByteArray() << QByteArray() << 405 << "40"
                         << "method";
}

void TestSandboxGateway::postDataBodyFormat()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QString, code);
    QFETCH(QString, field);

    SandboxFixture f;
    QList<std::pair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const HttpResult result = f.http.send(method, f.url(PostData), body, headers);
    QCOMPARE(result.status, httpStatus);
    const auto [gotCode, desc] = errorOf(result.json());
    QCOMPARE(gotCode, code);
    QVERIFY2(desc.contains(field), qPrintable(desc));
}

void TestSandboxGateway::duplicateBillNo()
{
    SandboxFixture f;
    const QJsonObject body = validPostData(f.credentials(), QStringLiteral("K01D0001"),
                                           QStringLiteral("820"), f.clock.now());
    const QJsonObject first = f.call(PostData, body);
    QCOMPARE(first.value(u"response_code").toString(), u"00");
    const auto [code, desc] = errorOf(f.call(PostData, body));
    QCOMPARE(code, u"14");
    QVERIFY2(desc.contains(u"bill_no"), qPrintable(desc));
    QCOMPARE(f.sandbox->postCount(QStringLiteral("K01D0001")), 2);
    QCOMPARE(f.sandbox->bills().size(), 1);
    QCOMPARE(f.sandbox->bill(QStringLiteral("K01D0001"))->trxId, first.value(u"trx_id").toString());
}

void TestSandboxGateway::inquiryUnknownBill()
{
    SandboxFixture f;
    const QJsonObject unknown =
        f.inquiry(QStringLiteral("7777700000000001"), QStringLiteral("NOPE1"));
    QCOMPARE(unknown.value(u"response_code").toString(), u"00");
    QCOMPARE(unknown.value(u"payment_status_code").toString(), u"5");
    QCOMPARE(unknown.value(u"payment_status_desc").toString(), u"No bills found");

    // A known bill_no with another trx_id names no bill either.
    const QJsonObject created = f.createBill(QStringLiteral("K01U0001"));
    QString otherTrx = created.value(u"trx_id").toString();
    otherTrx.back() = otherTrx.back() == u'1' ? u'2' : u'1';
    QCOMPARE(
        f.inquiry(otherTrx, QStringLiteral("K01U0001")).value(u"payment_status_code").toString(),
        u"5");
}

void TestSandboxGateway::inquiryViolations_data()
{
    QTest::addColumn<Mutation>("mutation");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("trx_id 15 digits")
        << setField(QStringLiteral("trx_id"), QStringLiteral("777770000000001")) << "30"
        << "trx_id";
    QTest::newRow("trx_id as a number")
        << setField(QStringLiteral("trx_id"), 7777700000000001.0) << "30"
        << "trx_id";
    QTest::newRow("bill_no missing") << removeField(QStringLiteral("bill_no")) << "83"
                                     << "bill_no";
    QTest::newRow("wrong merchant")
        << setField(QStringLiteral("merchant_id"), QStringLiteral("1")) << "03"
        << "merchant_id";
    QTest::newRow("wrong signature")
        << setField(QStringLiteral("signature"), QString(40, u'0')) << "55"
        << "signature";
    QTest::newRow("unknown field")
        << setField(QStringLiteral("billno"), QStringLiteral("1")) << "84"
        << "billno";
}

void TestSandboxGateway::inquiryViolations()
{
    QFETCH(Mutation, mutation);
    QFETCH(QString, code);
    QFETCH(QString, field);
    SandboxFixture f;
    const QJsonObject created = f.createBill(QStringLiteral("K01I0001"));
    QJsonObject body = statusInquiryBody(f.credentials(), created.value(u"trx_id").toString(),
                                         QStringLiteral("K01I0001"));
    mutation(body);
    const auto [gotCode, desc] = errorOf(f.call(Inquiry, body));
    QCOMPARE(gotCode, code);
    QVERIFY2(desc.contains(field), qPrintable(desc));
}

void TestSandboxGateway::expiryFollowsTheClock()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01E0001");
    const QString trxId = f.createBill(billNo).value(u"trx_id").toString();
    f.clock.advanceSecs(59 * 60 + 59);
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_status_code").toString(), u"0");
    f.clock.advanceSecs(1); // bill_expired reached
    const QJsonObject status = f.inquiry(trxId, billNo);
    QCOMPARE(status.value(u"payment_status_code").toString(), u"7");
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::Expired);
    QVERIFY(!f.sandbox->approve(billNo));

    const QJsonObject cancel = f.call(Cancel, cancelBody(f.credentials(), trxId, billNo));
    QCOMPARE(cancel.value(u"response_code").toString(), u"54");
    QCOMPARE(cancel.value(u"payment_status_code").toString(), u"7");

    // expire() does the same without moving the clock.
    const QString second = QStringLiteral("K01E0002");
    const QString secondTrx = f.createBill(second).value(u"trx_id").toString();
    QVERIFY(f.sandbox->expire(second));
    QCOMPARE(f.inquiry(secondTrx, second).value(u"payment_status_code").toString(), u"7");
}

void TestSandboxGateway::cancelUnpaid()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01C0001");
    const QString trxId = f.createBill(billNo, QStringLiteral("807")).value(u"trx_id").toString();
    const QJsonObject cancel = f.call(Cancel, cancelBody(f.credentials(), trxId, billNo));
    QCOMPARE(cancel.value(u"response_code").toString(), u"00");
    QCOMPARE(cancel.value(u"payment_status_code").toString(), u"8");
    QCOMPARE(cancel.value(u"response").toString(), u"Pembatalan Pembayaran");
    QCOMPARE(cancel.value(u"payment_cancel").toString(), u"Pembeli batal");
    QVERIFY(!cancel.value(u"payment_cancel_date").toString().isEmpty());
    QVERIFY(allStrings(cancel));
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_status_code").toString(), u"8");
    // A repeated cancel (a retry after a lost answer) answers the same.
    const QJsonObject again = f.call(Cancel, cancelBody(f.credentials(), trxId, billNo));
    QCOMPARE(again.value(u"response_code").toString(), u"00");
    QCOMPARE(again.value(u"payment_status_code").toString(), u"8");
    // A cancelled bill cannot be paid any more.
    QVERIFY(!f.sandbox->approve(billNo));
}

void TestSandboxGateway::cancelAfterPayment()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01C0002");
    const QString trxId = f.createBill(billNo).value(u"trx_id").toString();
    QVERIFY(f.sandbox->approve(billNo));
    const QJsonObject cancel = f.call(Cancel, cancelBody(f.credentials(), trxId, billNo));
    QCOMPARE(cancel.value(u"response_code").toString(), u"81");
    QCOMPARE(cancel.value(u"payment_status_code").toString(), u"2");
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_status_code").toString(), u"2");
}

void TestSandboxGateway::cancelUnknownBill()
{
    SandboxFixture f;
    const QJsonObject cancel =
        f.call(Cancel, cancelBody(f.credentials(), QStringLiteral("7777700000000001"),
                                  QStringLiteral("X1")));
    QCOMPARE(cancel.value(u"response_code").toString(), u"14");
    QCOMPARE(cancel.value(u"payment_status_code").toString(), u"5");
}

void TestSandboxGateway::plantedStatus()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01P0001");
    const QString trxId = f.createBill(billNo).value(u"trx_id").toString();
    QVERIFY(f.sandbox->setPaymentStatus(billNo, SandboxStatus::Paid));
    QJsonObject status = f.inquiry(trxId, billNo);
    QCOMPARE(status.value(u"payment_status_code").toString(), u"2");
    QVERIFY(!status.value(u"payment_reff").toString().isEmpty());
    QCOMPARE(status.value(u"payment_total").toString(), QString::number(ValidTotalRupiah));
    QVERIFY(f.sandbox->setPaymentStatus(billNo, SandboxStatus::Reversed));
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_status_code").toString(), u"4");
    QVERIFY(!f.sandbox->setPaymentStatus(billNo, 6));
    QVERIFY(!f.sandbox->setPaymentStatus(QStringLiteral("NOPE"), 2));
}

void TestSandboxGateway::amountsTimes100WhenConfigured()
{
    SandboxConfig config;
    config.answerAmountsTimes100 = true;
    SandboxFixture f(config);
    const QString billNo = QStringLiteral("K01H0001");
    const QString trxId = f.createBill(billNo).value(u"trx_id").toString();
    QVERIFY(f.sandbox->approve(billNo));
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_total").toString(),
             times100(ValidTotalRupiah));
}

void TestSandboxGateway::oversizedBodyIsRefused()
{
    SandboxFixture f;
    QSignalSpy refused(f.sandbox.get(), &TrainingSandbox::requestRefused);
    // Exactly 64 KiB is read (and refused by the checks, not by the limit)...
    QByteArray atLimit = "{\"bill_desc\":\"";
    atLimit += QByteArray(64 * 1024 - atLimit.size() - 2, 'x') + "\"}";
    QCOMPARE(atLimit.size(), 64 * 1024);
    const HttpResult accepted = f.http.post(f.url(PostData), atLimit, "application/json");
    QCOMPARE(accepted.status, 200);
    QVERIFY(accepted.json().contains(u"response_error"));
    QCOMPARE(refused.size(), 0);

    // ...one byte more is not.
    const HttpResult tooLarge = f.http.post(f.url(PostData), atLimit + ' ', "application/json");
    QCOMPARE(tooLarge.status, 413);
    QCOMPARE(refused.size(), 1);
    QVERIFY(f.sandbox->requests().size() == 1); // the refused one never reached the sandbox
}

void TestSandboxGateway::oversizedBodyIsRefusedBeforeItIsSent()
{
    SandboxFixture f;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.sandbox->port());
    QVERIFY(socket.waitForConnected(10000));
    // Headers only: the answer must come from Content-Length alone.
    socket.write("POST /cvr/300011/10 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nContent-Length: 10000000\r\n\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 20000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(f.sandbox->requests().isEmpty());
}

void TestSandboxGateway::oversizedChunkedBodyIsRefused()
{
    SandboxFixture f;
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.sandbox->port());
    QVERIFY(socket.waitForConnected(10000));
    socket.write("POST /cvr/300011/10 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                 "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = QByteArray(8 * 1024, 'x');
    for (int i = 0; i < 9; ++i) // 72 KiB in 8 KiB chunks
        socket.write("2000\r\n" + chunk + "\r\n");
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 20000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
    QVERIFY(f.sandbox->requests().isEmpty());
}

void TestSandboxGateway::logLinePerRequest()
{
    SandboxFixture f;
    QSignalSpy handled(f.sandbox.get(), &TrainingSandbox::requestHandled);
    QTest::ignoreMessage(
        QtInfoMsg, QRegularExpression(QStringLiteral(
                       "^POST /cvr/300011/10 \\[post-data\\] bill_no=K01L0001 -> 200 00 .*")));
    f.createBill(QStringLiteral("K01L0001"));
    QCOMPARE(handled.size(), 1);
    const auto record = handled.constFirst().constFirst().value<SandboxRequestRecord>();
    QCOMPARE(record.operation, SandboxOperation::PostData);
    QCOMPARE(record.billNo, u"K01L0001");
    QCOMPARE(record.responseCode, u"00");
    QCOMPARE(record.httpStatus, 200);
    QVERIFY(record.fault.isEmpty());
}

void TestSandboxGateway::summaryForTheCommandLine()
{
    SandboxFixture f;
    const QString summary = f.sandbox->summary();
    QVERIFY(summary.contains(f.sandbox->baseUrl().toString()));
    QVERIFY(summary.contains(u"merchant_id 77777 (TOKO LATIHAN), user_id bot77777"));
    QVERIFY(summary.contains(u"721 BRI Ceria"));
    QVERIFY(summary.contains(u"Kredivo 081513114262 / PIN 663482 / OTP 4567"));
    QVERIFY(summary.contains(u"/kasir/return"));
    QVERIFY(f.sandbox->isListening());
    f.sandbox->stop();
    QVERIFY(!f.sandbox->isListening());
}

void TestSandboxGateway::refusesABadConfiguration()
{
    ManualClock clock;
    QNetworkAccessManager network;
    SandboxConfig config;
    config.merchantId = QStringLiteral("7777");
    TrainingSandbox shortId(config, &clock, &network);
    QVERIFY(!shortId.start());
    QVERIFY(shortId.errorString().contains(u"5 digits"));
    config = SandboxConfig();
    config.briCeriaCode = QStringLiteral("709");
    TrainingSandbox clash(config, &clock, &network);
    QVERIFY(!clash.start());
    // A port in use.
    SandboxFixture f;
    config = SandboxConfig();
    config.port = f.sandbox->port();
    TrainingSandbox busy(config, &clock, &network);
    QVERIFY(!busy.start());
    QVERIFY(!busy.errorString().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxGateway)
#include "tst_sandboxgateway.moc"
