#include "core/faspay/billno.h"
#include "core/faspay/channelcatalog.h"
#include "core/faspay/requests.h"
#include "core/faspay/signature.h"
#include "core/faspay/wire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace kasir;
using namespace kasir::faspay;

// Part A §2-§11 for the four request bodies, field by field, for each of the four channels.
class TestRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partB54Example();
    void channels_data();
    void channels();
    void refusals_data();
    void refusals();
    void longProductName();
    void billDates_data();
    void billDates();
    void msisdn_data();
    void msisdn();
    void description_data();
    void description();
    void channelInquiry();
    void statusInquiry();
    void cancel_data();
    void cancel();
};

namespace {
// Part B §3.4 / §5.4 credentials.
Credentials credentials()
{
    return Credentials{QStringLiteral("12345"), QStringLiteral("TOKO CONTOH"), QString(),
                       QStringLiteral("s3cret")};
}

Address budiAddress()
{
    Address a;
    a.firstName = QStringLiteral("Budi");
    a.lastName = QStringLiteral("Santoso");
    a.address = QStringLiteral("Jl Sabang 37");
    a.city = QStringLiteral("Jakarta");
    a.region = QStringLiteral("DKI Jakarta");
    a.state = QStringLiteral("Indonesia");
    a.postcode = QStringLiteral("10170");
    a.countryCode = QStringLiteral("ID");
    a.phone = QStringLiteral("081234567890");
    return a;
}

// The order of Part B §5.4: Kredivo, pay in 30 days, one fridge and shipping.
Order exampleOrder()
{
    Order o;
    o.channel = Channel::Kredivo;
    o.tenor = KredivoTenor::Days30;
    o.customer =
        Customer{QStringLiteral("C000981"), QStringLiteral("Budi"), QStringLiteral("Santoso"),
                 QStringLiteral("+62 812-3456-7890"), QStringLiteral("budi@example.com")};
    o.billing = budiAddress();
    o.cart.lines = {LineItem{QStringLiteral("SKU-778"), QStringLiteral("Kulkas 2 pintu"), 1,
                             Money::fromRupiah(1'500'000)}};
    o.cart.setFee(FeeKind::Shipping, Money::fromRupiah(20'000));
    return o;
}

// 2025-01-15 14:03:10 WIB.
QDateTime exampleBillDate()
{
    return QDateTime(QDate(2025, 1, 15), QTime(7, 3, 10), Qt::UTC);
}

PostDataParams exampleParams()
{
    return PostDataParams{exampleOrder(), QStringLiteral("P01250115000042"), exampleBillDate(),
                          exampleBillDate().addSecs(3600), QStringLiteral("709")};
}

QString fieldList(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + QLatin1String(": ") + e.message.english();
    return out.join(QLatin1String("; "));
}

// Every value anywhere in the body (objects inside `item` too) is a JSON string; `item` is the
// one array. Returns the paths that are not.
QStringList nonStringValues(const QJsonValue &value, const QString &path)
{
    QStringList bad;
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            bad += nonStringValues(it.value(), path + QLatin1Char('.') + it.key());
    } else if (value.isArray()) {
        if (path != QLatin1String("$.item"))
            bad << path + QLatin1String(" (unexpected array)");
        const QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isObject())
                bad << path + QStringLiteral("[%1] (not an object)").arg(i);
            bad += nonStringValues(a.at(i), path + QStringLiteral("[%1]").arg(i));
        }
    } else if (!value.isString()) {
        bad << path;
    }
    return bad;
}

qint64 num(const QJsonValue &v)
{
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : -1;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

const QStringList PostDataKeys = {
    QStringLiteral("request"),
    QStringLiteral("merchant_id"),
    QStringLiteral("merchant"),
    QStringLiteral("bill_no"),
    QStringLiteral("bill_reff"),
    QStringLiteral("bill_date"),
    QStringLiteral("bill_expired"),
    QStringLiteral("bill_desc"),
    QStringLiteral("bill_currency"),
    QStringLiteral("bill_gross"),
    QStringLiteral("bill_miscfee"),
    QStringLiteral("bill_total"),
    QStringLiteral("cust_no"),
    QStringLiteral("cust_name"),
    QStringLiteral("payment_channel"),
    QStringLiteral("pay_type"),
    QStringLiteral("msisdn"),
    QStringLiteral("email"),
    QStringLiteral("terminal"),
    QStringLiteral("billing_name"),
    QStringLiteral("billing_lastname"),
    QStringLiteral("billing_address"),
    QStringLiteral("billing_address_city"),
    QStringLiteral("billing_address_region"),
    QStringLiteral("billing_address_state"),
    QStringLiteral("billing_address_poscode"),
    QStringLiteral("billing_msisdn"),
    QStringLiteral("billing_address_country_code"),
    QStringLiteral("receiver_name_for_shipping"),
    QStringLiteral("shipping_lastname"),
    QStringLiteral("shipping_address"),
    QStringLiteral("shipping_address_city"),
    QStringLiteral("shipping_address_region"),
    QStringLiteral("shipping_address_state"),
    QStringLiteral("shipping_address_poscode"),
    QStringLiteral("shipping_msisdn"),
    QStringLiteral("shipping_address_country_code"),
    QStringLiteral("item"),
    QStringLiteral("reserve1"),
    QStringLiteral("reserve2"),
    QStringLiteral("signature"),
};

const QStringList ItemKeys = {QStringLiteral("id"),           QStringLiteral("product"),
                              QStringLiteral("qty"),          QStringLiteral("amount"),
                              QStringLiteral("payment_plan"), QStringLiteral("tenor"),
                              QStringLiteral("merchant_id")};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Part A §5 checked from the test's side, on the wire strings only.
void checkSumInvariant(const QJsonObject &body)
{
    qint64 lines = 0;
    qint64 fees = 0;
    qint64 discount = 0;
    int discountLines = 0;
    for (const QJsonValue &v : body.value(QLatin1String("item")).toArray()) {
        const QJsonObject line = v.toObject();
        const qint64 qty = num(line.value(QLatin1String("qty")));
        const qint64 amount = num(line.value(QLatin1String("amount")));
        QVERIFY(qty >= 1);
        QVERIFY(amount >= 0);
        const QString id = str(line, "id");
        if (id == QLatin1String("discount")) {
            QCOMPARE(qty, 1);
            QVERIFY(amount > 0);
            discount += amount;
            ++discountLines;
            continue;
        }
        lines += amount * qty;
        if (feeKindFromId(id))
            fees += amount * qty;
    }
    QVERIFY(discountLines <= 1);
    QCOMPARE(lines - discount, num(body.value(QLatin1String("bill_total"))));
    QCOMPARE(fees, num(body.value(QLatin1String("bill_miscfee"))));
    QCOMPARE(num(body.value(QLatin1String("bill_gross"))) +
                 num(body.value(QLatin1String("bill_miscfee"))),
             num(body.value(QLatin1String("bill_total"))));
}

// The order file round trip: what `kasir checkout order.json` feeds the builder.
QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

void TestRequests::partB54Example()
{
    // Part B §5.4, verbatim, with two deliberate differences, both from the brief of this
    // module: a fee line's product is the English fee label ("Shipping fee", not the example's
    // "Ongkos kirim"), and the billing block also carries billing_msisdn (Part B §5.1 lists it;
    // the example leaves it out).
    const QByteArray documented = R"({
      "request": "Post Data Transaction",
      "merchant_id": "12345", "merchant": "TOKO CONTOH",
      "bill_no": "P01250115000042", "bill_reff": "P01250115000042",
      "bill_date": "2025-01-15 14:03:10", "bill_expired": "2025-01-15 15:03:10",
      "bill_desc": "POS sale P01250115000042", "bill_currency": "IDR",
      "bill_gross": "150000000", "bill_miscfee": "2000000", "bill_total": "152000000",
      "cust_no": "C000981", "cust_name": "Budi Santoso",
      "payment_channel": "709", "pay_type": "1",
      "msisdn": "081234567890", "email": "budi@example.com", "terminal": "10",
      "billing_name": "Budi", "billing_lastname": "Santoso", "billing_address": "Jl Sabang 37",
      "billing_address_city": "Jakarta", "billing_address_region": "DKI Jakarta",
      "billing_address_state": "Indonesia", "billing_address_poscode": "10170",
      "billing_address_country_code": "ID",
      "receiver_name_for_shipping": "Budi", "shipping_lastname": "Santoso",
      "shipping_address": "Jl Sabang 37", "shipping_address_city": "Jakarta",
      "shipping_address_region": "DKI Jakarta", "shipping_address_state": "Indonesia",
      "shipping_address_poscode": "10170", "shipping_msisdn": "081234567890",
      "shipping_address_country_code": "ID",
      "item": [
        {"id": "SKU-778", "product": "Kulkas 2 pintu", "qty": "1", "amount": "150000000",
         "payment_plan": "1", "tenor": "00", "merchant_id": "12345"},
        {"id": "shippingfee", "product": "Ongkos kirim", "qty": "1", "amount": "2000000",
         "payment_plan": "1", "tenor": "00", "merchant_id": "12345"}
      ],
      "reserve1": "", "reserve2": "30_days",
      "signature": "fe682369781d960cd164758e7e39c3257e45f869"
    })";
    QJsonObject expected = QJsonDocument::fromJson(documented).object();
    QVERIFY(!expected.isEmpty());
    QJsonArray items = expected.value(QLatin1String("item")).toArray();
    QJsonObject fee = items.at(1).toObject();
    fee.insert(QStringLiteral("product"), QStringLiteral("Shipping fee"));
    items.replace(1, fee);
    expected.insert(QStringLiteral("item"), items);
    QVERIFY(!expected.contains(QLatin1String("billing_msisdn")));
    expected.insert(QStringLiteral("billing_msisdn"), QStringLiteral("081234567890"));

    const BuiltRequest built = buildPostData(credentials(), exampleParams());
    QVERIFY2(built.ok(), qPrintable(fieldList(built.errors)));
    // Field by field first, for a readable failure; then the whole object.
    QCOMPARE(sorted(built.body.keys()), sorted(expected.keys()));
    for (const QString &key : expected.keys())
        QCOMPARE(built.body.value(key), expected.value(key));
    QCOMPARE(built.body, expected);
    QCOMPARE(str(built.body, "signature"),
             QStringLiteral("fe682369781d960cd164758e7e39c3257e45f869"));
    // And the bill number is the one makeBillNo gives for terminal P01, 15 January, #42.
    QCOMPARE(makeBillNo(u"P01", QDate(2025, 1, 15), 42), str(built.body, "bill_no"));
}

void TestRequests::channels_data()
{
    QTest::addColumn<int>("channel");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("tenor");
    QTest::addColumn<bool>("explicitShipping");
    QTest::addColumn<bool>("fullCart"); // several lines, qty > 1, fees, discount

    const QList<std::pair<Channel, QString>> channels = {
        {Channel::Kredivo, QStringLiteral("709")},
        {Channel::Akulaku, QStringLiteral("807")},
        {Channel::Indodana, QStringLiteral("820")},
        {Channel::BriCeria, QStringLiteral("831")}}; // as discovered by the channel inquiry
    for (const auto &[channel, code] : channels) {
        for (bool explicitShipping : {false, true}) {
            for (bool fullCart : {false, true}) {
                QTest::addRow("%s, %s shipping, %s cart", qPrintable(channelKey(channel)),
                              explicitShipping ? "explicit" : "default",
                              fullCart ? "full" : "simple")
                    << int(channel) << code << int(KredivoTenor::Days30) << explicitShipping
                    << fullCart;
            }
        }
    }
    QTest::newRow("kredivo, 3 months")
        << int(Channel::Kredivo) << "709" << int(KredivoTenor::Months3) << false << true;
    QTest::newRow("kredivo, 6 months")
        << int(Channel::Kredivo) << "709" << int(KredivoTenor::Months6) << true << true;
    QTest::newRow("kredivo, 12 months")
        << int(Channel::Kredivo) << "709" << int(KredivoTenor::Months12) << false << false;
    // A tenor set on a non-Kredivo order must not leak into reserve2.
    QTest::newRow("akulaku with a stray tenor")
        << int(Channel::Akulaku) << "807" << int(KredivoTenor::Months12) << false << true;
}

void TestRequests::channels()
{
    QFETCH(int, channel);
    QFETCH(QString, code);
    QFETCH(int, tenor);
    QFETCH(bool, explicitShipping);
    QFETCH(bool, fullCart);

    PostDataParams p = exampleParams();
    Order &o = p.order;
    o.channel = static_cast<Channel>(channel);
    o.tenor = static_cast<KredivoTenor>(tenor);
    p.channelCode = code;
    p.billNo = makeBillNo(u"k2", QDate(2026, 11, 23), 7);
    // 2026-11-23 23:30:00 WIB: the bill expires on the next WIB day.
    p.billDate = QDateTime(QDate(2026, 11, 23), QTime(16, 30), Qt::UTC);
    p.billExpired = p.billDate.addSecs(60 * 60);
    o.customer.phone = QStringLiteral("+62 812-3456-7890");
    o.billing.phone = QStringLiteral("62 811 222 3333");
    if (explicitShipping) {
        Address s;
        s.firstName = QStringLiteral("Siti");
        s.lastName = QStringLiteral("Rahayu");
        s.address = QStringLiteral("Jl Braga 12");
        s.city = QStringLiteral("Bandung");
        s.region = QStringLiteral("Jawa Barat");
        s.state = QStringLiteral("Indonesia");
        s.postcode = QStringLiteral("40111");
        s.phone = QStringLiteral("0857-1234-5678");
        o.shipping = s;
    }
    qint64 goods = 1'500'000;
    qint64 fees = 20'000;
    qint64 discount = 0;
    if (fullCart) {
        o.cart.lines.append(LineItem{QStringLiteral("SKU-120"), QStringLiteral("Rak piring"), 3,
                                     Money::fromRupiah(75'000)});
        o.cart.lines.append(LineItem{QStringLiteral("GIFT-1"), QStringLiteral("Gantungan kunci"), 2,
                                     Money::fromRupiah(0)});
        // Two admin fees merge into one line; a zero tax fee makes no line.
        o.cart.fees.append(Fee{FeeKind::Admin, Money::fromRupiah(2'500)});
        o.cart.fees.append(Fee{FeeKind::Insurance, Money::fromRupiah(12'345)});
        o.cart.fees.append(Fee{FeeKind::Admin, Money::fromRupiah(1'000)});
        o.cart.fees.append(Fee{FeeKind::Tax, Money::fromRupiah(0)});
        o.cart.discount = Money::fromRupiah(25'001);
        goods += 3 * 75'000;
        fees += 2'500 + 12'345 + 1'000;
        discount = 25'001;
    }

    const BuiltRequest built = buildPostData(credentials(), p);
    QVERIFY2(built.ok(), qPrintable(fieldList(built.errors)));
    const QJsonObject &b = built.body;

    // Part A §2: every value a string, `item` the only array, nothing missing, nothing extra.
    const QStringList bad = nonStringValues(b, QStringLiteral("$"));
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1String(", "))));
    QCOMPARE(sorted(b.keys()), sorted(PostDataKeys));

    // Part A §8 fixed values.
    QCOMPARE(str(b, "request"), QStringLiteral("Post Data Transaction"));
    QCOMPARE(str(b, "bill_currency"), QStringLiteral("IDR"));
    QCOMPARE(str(b, "pay_type"), QStringLiteral("1"));
    QCOMPARE(str(b, "terminal"), QStringLiteral("10"));
    QCOMPARE(str(b, "merchant_id"), QStringLiteral("12345"));
    QCOMPARE(str(b, "merchant"), QStringLiteral("TOKO CONTOH"));
    QCOMPARE(str(b, "payment_channel"), code);

    // Part A §6: bill_no.
    QCOMPARE(str(b, "bill_no"), QStringLiteral("K2261123000007"));
    QVERIFY(isValidBillNo(str(b, "bill_no")));
    QCOMPARE(str(b, "bill_reff"), str(b, "bill_no"));
    QCOMPARE(str(b, "signature"), billSignature(credentials(), str(b, "bill_no")));

    // Part A §7: WIB dates.
    QCOMPARE(str(b, "bill_date"), QStringLiteral("2026-11-23 23:30:00"));
    QCOMPARE(str(b, "bill_expired"), QStringLiteral("2026-11-24 00:30:00"));
    static const QRegularExpression dateForm(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
    QVERIFY(dateForm.match(str(b, "bill_date")).hasMatch());

    // Part A §4/§5: amounts x100 and the three totals.
    QCOMPARE(str(b, "bill_gross"), QString::number((goods - discount) * 100));
    QCOMPARE(str(b, "bill_miscfee"), QString::number(fees * 100));
    QCOMPARE(str(b, "bill_total"), QString::number((goods - discount + fees) * 100));
    checkSumInvariant(b);

    // Part A §5: item lines.
    const QJsonArray items = b.value(QLatin1String("item")).toArray();
    QStringList ids;
    for (const QJsonValue &v : items) {
        const QJsonObject line = v.toObject();
        QCOMPARE(sorted(line.keys()), sorted(ItemKeys));
        QCOMPARE(str(line, "payment_plan"), QStringLiteral("1"));
        QCOMPARE(str(line, "tenor"), QStringLiteral("00"));
        QCOMPARE(str(line, "merchant_id"), QStringLiteral("12345"));
        QVERIFY(!str(line, "product").isEmpty());
        QVERIFY(str(line, "product").size() <= 50);
        ids << str(line, "id");
    }
    for (qsizetype i = 0; i < o.cart.lines.size(); ++i) {
        const LineItem &li = o.cart.lines.at(i);
        const QJsonObject line = items.at(i).toObject();
        QCOMPARE(str(line, "id"), li.sku);
        QCOMPARE(str(line, "product"), li.name);
        QCOMPARE(str(line, "qty"), QString::number(li.qty));
        // Unit price, not line total.
        QCOMPARE(str(line, "amount"), QString::number(li.unitPrice.rupiah() * 100));
    }
    if (fullCart) {
        QCOMPARE(ids, (QStringList{QStringLiteral("SKU-778"), QStringLiteral("SKU-120"),
                                   QStringLiteral("GIFT-1"), QStringLiteral("shippingfee"),
                                   QStringLiteral("adminfee"), QStringLiteral("insurancefee"),
                                   QStringLiteral("discount")}));
        const QJsonObject admin = items.at(4).toObject();
        QCOMPARE(str(admin, "amount"), QStringLiteral("350000"));
        QCOMPARE(str(admin, "qty"), QStringLiteral("1"));
        QCOMPARE(str(admin, "product"), QStringLiteral("Admin fee"));
        QCOMPARE(str(items.at(5).toObject(), "product"), QStringLiteral("Insurance"));
        const QJsonObject disc = items.at(6).toObject();
        QCOMPARE(str(disc, "qty"), QStringLiteral("1"));
        QCOMPARE(str(disc, "amount"), QStringLiteral("2500100")); // positive
        QCOMPARE(str(disc, "product"), QStringLiteral("Discount"));
    } else {
        QCOMPARE(ids, (QStringList{QStringLiteral("SKU-778"), QStringLiteral("shippingfee")}));
        QCOMPARE(str(items.at(1).toObject(), "product"), QStringLiteral("Shipping fee"));
    }

    // Part A §9: customer, msisdn normalised, complete billing and shipping.
    QCOMPARE(str(b, "cust_no"), QStringLiteral("C000981"));
    QCOMPARE(str(b, "cust_name"), QStringLiteral("Budi Santoso"));
    QCOMPARE(str(b, "msisdn"), QStringLiteral("081234567890"));
    QCOMPARE(str(b, "email"), QStringLiteral("budi@example.com"));
    QCOMPARE(str(b, "billing_name"), QStringLiteral("Budi"));
    QCOMPARE(str(b, "billing_lastname"), QStringLiteral("Santoso"));
    QCOMPARE(str(b, "billing_address"), QStringLiteral("Jl Sabang 37"));
    QCOMPARE(str(b, "billing_address_city"), QStringLiteral("Jakarta"));
    QCOMPARE(str(b, "billing_address_region"), QStringLiteral("DKI Jakarta"));
    QCOMPARE(str(b, "billing_address_state"), QStringLiteral("Indonesia"));
    QCOMPARE(str(b, "billing_address_poscode"), QStringLiteral("10170"));
    QCOMPARE(str(b, "billing_msisdn"), QStringLiteral("08112223333"));
    QCOMPARE(str(b, "billing_address_country_code"), QStringLiteral("ID"));
    const Address ship = o.effectiveShipping();
    QCOMPARE(str(b, "receiver_name_for_shipping"), ship.firstName);
    QCOMPARE(str(b, "shipping_lastname"), ship.lastName);
    QCOMPARE(str(b, "shipping_address"), ship.address);
    QCOMPARE(str(b, "shipping_address_city"), ship.city);
    QCOMPARE(str(b, "shipping_address_region"), ship.region);
    QCOMPARE(str(b, "shipping_address_state"), ship.state);
    QCOMPARE(str(b, "shipping_address_poscode"), ship.postcode);
    QCOMPARE(str(b, "shipping_address_country_code"), QStringLiteral("ID"));
    QCOMPARE(str(b, "shipping_msisdn"),
             explicitShipping ? QStringLiteral("085712345678") : QStringLiteral("08112223333"));
    if (explicitShipping)
        QCOMPARE(str(b, "shipping_address_city"), QStringLiteral("Bandung"));
    else
        QCOMPARE(str(b, "shipping_address_city"), str(b, "billing_address_city"));
    static const QRegularExpression digits(QStringLiteral("^0[0-9]{7,14}$"));
    for (const char *key : {"msisdn", "billing_msisdn", "shipping_msisdn"})
        QVERIFY2(digits.match(str(b, key)).hasMatch(), key);
    for (const QString &key : PostDataKeys) {
        if (key.startsWith(QLatin1String("billing_")) ||
            key.startsWith(QLatin1String("shipping_")) ||
            key == QLatin1String("receiver_name_for_shipping"))
            QVERIFY2(!str(b, qPrintable(key)).isEmpty(), qPrintable(key));
    }

    // Part A §11: reserve2.
    QCOMPARE(str(b, "reserve1"), QString());
    if (o.channel == Channel::Kredivo)
        QCOMPARE(str(b, "reserve2"), kredivoTenorKey(o.tenor));
    else
        QCOMPARE(str(b, "reserve2"), QString());
}

void TestRequests::refusals_data()
{
    // The order travels as an order file (parseOrderJson), the path `kasir checkout` takes; when
    // the file parses, buildPostData must refuse on its own too.
    QTest::addColumn<QByteArray>("orderJson");
    QTest::addColumn<QString>("billNo");
    QTest::addColumn<QDateTime>("billExpired");
    QTest::addColumn<QString>("channelCode");
    QTest::addColumn<bool>("goodCredentials");
    QTest::addColumn<QString>("field");

    const QJsonObject base = orderToJson(exampleOrder());
    const QString billNo = QStringLiteral("P01250115000042");
    const QDateTime expired = exampleBillDate().addSecs(3600);
    const auto with = [&base](const char *key, const QJsonValue &v) -> QByteArray {
        QJsonObject o = base;
        o.insert(QLatin1String(key), v);
        return toBytes(o);
    };
    const auto withItem = [&base](const char *key, const QJsonValue &v) -> QByteArray {
        QJsonObject o = base;
        QJsonArray items = o.value(QLatin1String("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QLatin1String(key), v);
        items.replace(0, first);
        o.insert(QStringLiteral("items"), items);
        return toBytes(o);
    };
    const auto withSub = [&base](const char *obj, const char *key,
                                 const QJsonValue &v) -> QByteArray {
        QJsonObject o = base;
        QJsonObject sub = o.value(QLatin1String(obj)).toObject();
        sub.insert(QLatin1String(key), v);
        o.insert(QLatin1String(obj), sub);
        return toBytes(o);
    };
    const QByteArray good = toBytes(base);

    QTest::newRow("kredivo instalment under Rp 1.500.000") << [&] {
        QJsonObject o = base;
        o.insert(QStringLiteral("tenor"), QStringLiteral("3_months"));
        QJsonArray items = o.value(QLatin1String("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QStringLiteral("unit_price"), 1'479'999); // + 20 000 shipping
        items.replace(0, first);
        o.insert(QStringLiteral("items"), items);
        return toBytes(o);
    }() << billNo << expired << "709" << true << "tenor";
    QTest::newRow("qty zero") << withItem("qty", 0) << billNo << expired << "709" << true
                              << "items[0].qty";
    QTest::newRow("qty negative") << withItem("qty", -3) << billNo << expired << "709" << true
                                  << "items[0].qty";
    QTest::newRow("negative price") << withItem("unit_price", -1) << billNo << expired << "709"
                                    << true << "items[0].unit_price";
    QTest::newRow("empty cart") << with("items", QJsonArray()) << billNo << expired << "709" << true
                                << "items";
    QTest::newRow("unknown fee kind")
        << with("fees", QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("tipfee")},
                                               {QStringLiteral("amount"), 5000}}})
        << billNo << expired << "709" << true << "fees[0].kind";
    QTest::newRow("bad phone") << withSub("customer", "phone", QStringLiteral("12345")) << billNo
                               << expired << "709" << true << "customer.phone";
    QTest::newRow("foreign phone") << withSub("customer", "phone", QStringLiteral("+1 555 0100"))
                                   << billNo << expired << "709" << true << "customer.phone";
    QTest::newRow("bad shipping phone") <<
        [&] {
            QJsonObject o = base;
            QJsonObject s = o.value(QLatin1String("billing")).toObject();
            s.insert(QStringLiteral("phone"), QStringLiteral("0812-ABC"));
            o.insert(QStringLiteral("shipping"), s);
            return toBytes(o);
        }() << billNo << expired << "709"
                                        << true << "shipping.phone";
    QTest::newRow("bad email") << withSub("customer", "email", QStringLiteral("budi@example"))
                               << billNo << expired << "709" << true << "customer.email";
    QTest::newRow("incomplete billing") << withSub("billing", "region", QString()) << billNo
                                        << expired << "709" << true << "billing.region";
    QTest::newRow("unknown channel") << with("channel", QStringLiteral("gopaylater")) << billNo
                                     << expired << "709" << true << "channel";
    QTest::newRow("empty channel code") << good << billNo << expired << "" << true << "channel";
    QTest::newRow("blank channel code") << good << billNo << expired << "  " << true << "channel";
    QTest::newRow("channel code not digits")
        << good << billNo << expired << "70a" << true << "channel";
    QTest::newRow("kredivo order, akulaku code")
        << good << billNo << expired << "807" << true << "channel";
    QTest::newRow("bri ceria order, kredivo code")
        << with("channel", QStringLiteral("briceria")) << billNo << expired << "709" << true
        << "channel";
    QTest::newRow("bill_expired equal to bill_date")
        << good << billNo << exampleBillDate() << "709" << true << "bill_expired";
    QTest::newRow("bill_expired before bill_date")
        << good << billNo << exampleBillDate().addSecs(-60) << "709" << true << "bill_expired";
    QTest::newRow("bill_expired 30 days and 1 s later")
        << good << billNo << exampleBillDate().addSecs(30 * 86400 + 1) << "709" << true
        << "bill_expired";
    QTest::newRow("bill_expired 31 days later")
        << good << billNo << exampleBillDate().addDays(31) << "709" << true << "bill_expired";
    QTest::newRow("bill_expired missing")
        << good << billNo << QDateTime() << "709" << true << "bill_expired";
    QTest::newRow("bill_no empty") << good << "" << expired << "709" << true << "bill_no";
    QTest::newRow("bill_no 17 characters")
        << good << "P0125011500004217" << expired << "709" << true << "bill_no";
    QTest::newRow("bill_no with a dash")
        << good << "P01-250115-42" << expired << "709" << true << "bill_no";
    QTest::newRow("bill_no with a space")
        << good << "P01 42" << expired << "709" << true << "bill_no";
    QTest::newRow("incomplete credentials")
        << good << billNo << expired << "709" << false << "credentials";
    QTest::newRow("name of control characters only")
        << withItem("name", QStringLiteral("\x01\x02")) << billNo << expired << "709" << true
        << "items[0].name";
}

void TestRequests::refusals()
{
    QFETCH(QByteArray, orderJson);
    QFETCH(QString, billNo);
    QFETCH(QDateTime, billExpired);
    QFETCH(QString, channelCode);
    QFETCH(bool, goodCredentials);
    QFETCH(QString, field);

    Credentials c = credentials();
    if (!goodCredentials)
        c.password.clear();
    const OrderParseResult parsed = parseOrderJson(orderJson);
    if (!parsed.ok()) {
        // Refused at the order file already; nothing can be built from it.
        QVERIFY2(hasFieldError(parsed.errors, field), qPrintable(fieldList(parsed.errors)));
        const bool parseOnly =
            field == QLatin1String("fees[0].kind") || field == QLatin1String("channel");
        if (parseOnly)
            return; // the unknown value never reaches the Order type
    }
    QVERIFY(parsed.order);
    const PostDataParams p{*parsed.order, billNo, exampleBillDate(), billExpired, channelCode};
    const BuiltRequest built = buildPostData(c, p);
    QVERIFY(!built.ok());
    QVERIFY(built.body.isEmpty());
    QVERIFY2(hasFieldError(built.errors, field), qPrintable(fieldList(built.errors)));
    for (const FieldError &e : built.errors) {
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.message.english().contains(QLatin1String("%1")));
    }
}

void TestRequests::longProductName()
{
    PostDataParams p = exampleParams();
    const BuiltRequest shortName = buildPostData(credentials(), p);
    QVERIFY(shortName.ok());

    const QString longName = QStringLiteral("Kulkas 2 pintu Sharp SJ-316MG-GB inverter 300 liter "
                                            "warna hitam garansi kompresor 10 tahun");
    QVERIFY(longName.size() > 50);
    p.order.cart.lines[0].name = longName;
    const BuiltRequest built = buildPostData(credentials(), p);
    QVERIFY2(built.ok(), qPrintable(fieldList(built.errors)));
    const QJsonArray items = built.body.value(QLatin1String("item")).toArray();
    const QString wire = str(items.at(0).toObject(), "product");
    QCOMPARE(wire.size(), 50);
    QVERIFY(longName.startsWith(wire));
    QCOMPARE(wire, wireProductName(longName));

    // Everything else is exactly what the short name gives.
    QJsonObject a = built.body;
    QJsonObject b = shortName.body;
    a.remove(QStringLiteral("item"));
    b.remove(QStringLiteral("item"));
    QCOMPARE(a, b);
    QJsonObject lineA = items.at(0).toObject();
    QJsonObject lineB = shortName.body.value(QLatin1String("item")).toArray().at(0).toObject();
    lineA.remove(QStringLiteral("product"));
    lineB.remove(QStringLiteral("product"));
    QCOMPARE(lineA, lineB);
    checkSumInvariant(built.body);
}

void TestRequests::billDates_data()
{
    QTest::addColumn<QDateTime>("billDate");
    QTest::addColumn<qint64>("lifetimeSecs");
    QTest::addColumn<QString>("wibDate");
    QTest::addColumn<QString>("wibExpired"); // empty: refused (bill_expired)

    const QDateTime utc(QDate(2025, 1, 15), QTime(7, 3, 10), Qt::UTC);
    QTest::newRow("one hour") << utc << qint64(3600) << "2025-01-15 14:03:10"
                              << "2025-01-15 15:03:10";
    QTest::newRow("one second") << utc << qint64(1) << "2025-01-15 14:03:10"
                                << "2025-01-15 14:03:11";
    QTest::newRow("exactly 30 days") << utc << qint64(30 * 86400) << "2025-01-15 14:03:10"
                                     << "2025-02-14 14:03:10";
    QTest::newRow("30 days and 1 s") << utc << qint64(30 * 86400 + 1) << "2025-01-15 14:03:10"
                                     << "";
    QTest::newRow("zero") << utc << qint64(0) << "2025-01-15 14:03:10"
                          << "";
    QTest::newRow("given in WITA (+8)")
        << QDateTime(QDate(2025, 1, 15), QTime(15, 3, 10), Qt::OffsetFromUTC, 8 * 3600)
        << qint64(3600) << "2025-01-15 14:03:10"
        << "2025-01-15 15:03:10";
    QTest::newRow("milliseconds do not make a zero lifetime positive")
        << QDateTime(QDate(2025, 1, 15), QTime(7, 3, 10, 100), Qt::UTC) << qint64(0)
        << "2025-01-15 14:03:10"
        << "";
}

void TestRequests::billDates()
{
    QFETCH(QDateTime, billDate);
    QFETCH(qint64, lifetimeSecs);
    QFETCH(QString, wibDate);
    QFETCH(QString, wibExpired);
    PostDataParams p = exampleParams();
    p.billDate = billDate;
    p.billExpired = billDate.addSecs(lifetimeSecs);
    if (QByteArray(QTest::currentDataTag()).startsWith("milliseconds"))
        p.billExpired = billDate.addMSecs(800); // same wire second
    const BuiltRequest built = buildPostData(credentials(), p);
    if (wibExpired.isEmpty()) {
        QVERIFY(!built.ok());
        QVERIFY(hasFieldError(built.errors, u"bill_expired"));
        QVERIFY(built.body.isEmpty());
        return;
    }
    QVERIFY2(built.ok(), qPrintable(fieldList(built.errors)));
    QCOMPARE(str(built.body, "bill_date"), wibDate);
    QCOMPARE(str(built.body, "bill_expired"), wibExpired);
}

void TestRequests::msisdn_data()
{
    QTest::addColumn<QString>("customerPhone");
    QTest::addColumn<QString>("shippingPhone"); // empty: shipping defaults to billing
    QTest::addColumn<QString>("msisdn");
    QTest::addColumn<QString>("shippingMsisdn");
    QTest::newRow("+62 with dashes") << "+62 812-3456-7890"
                                     << ""
                                     << "081234567890"
                                     << "081234567890";
    QTest::newRow("62 prefix") << "6281234567890"
                               << ""
                               << "081234567890"
                               << "081234567890";
    QTest::newRow("0062 prefix") << "0062 812 3456 7890"
                                 << ""
                                 << "081234567890"
                                 << "081234567890";
    QTest::newRow("no prefix (docs form)") << "8562927907"
                                           << ""
                                           << "08562927907"
                                           << "081234567890";
    QTest::newRow("dots and brackets") << "(0812) 3456.7890"
                                       << ""
                                       << "081234567890"
                                       << "081234567890";
    QTest::newRow("shipping phone of its own") << "081234567890"
                                               << "+62 857 1234 5678"
                                               << "081234567890"
                                               << "085712345678";
}

void TestRequests::msisdn()
{
    QFETCH(QString, customerPhone);
    QFETCH(QString, shippingPhone);
    QFETCH(QString, msisdn);
    QFETCH(QString, shippingMsisdn);
    PostDataParams p = exampleParams();
    p.order.customer.phone = customerPhone;
    if (!shippingPhone.isEmpty()) {
        Address s = budiAddress();
        s.phone = shippingPhone;
        p.order.shipping = s;
    }
    const BuiltRequest built = buildPostData(credentials(), p);
    QVERIFY2(built.ok(), qPrintable(fieldList(built.errors)));
    QCOMPARE(str(built.body, "msisdn"), msisdn);
    QCOMPARE(str(built.body, "shipping_msisdn"), shippingMsisdn);
}

void TestRequests::description_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("billDesc");
    QTest::newRow("none: default") << ""
                                   << "POS sale P01250115000042";
    QTest::newRow("blank: default") << "   "
                                    << "POS sale P01250115000042";
    QTest::newRow("given") << "Penjualan toko"
                           << "Penjualan toko";
    QTest::newRow("control characters cleaned") << "Penjualan\ttoko\n"
                                                << "Penjualan toko";
    QTest::newRow("128 characters kept") << QString(128, u'd') << QString(128, u'd');
}

void TestRequests::description()
{
    QFETCH(QString, description);
    QFETCH(QString, billDesc);
    PostDataParams p = exampleParams();
    p.order.description = description;
    const BuiltRequest built = buildPostData(credentials(), p);
    QVERIFY2(built.ok(), qPrintable(fieldList(built.errors)));
    QCOMPARE(str(built.body, "bill_desc"), billDesc);
    QVERIFY(str(built.body, "bill_desc").size() <= 128);
}

void TestRequests::channelInquiry()
{
    // Part B §3.3 vector 1 (channel inquiry sample, merchant 31019).
    const Credentials c{QStringLiteral("31019"), QStringLiteral("FASPAY STORE"), QString(),
                        QStringLiteral("p@ssw0rd")};
    const QJsonObject body = buildChannelInquiry(c);
    QCOMPARE(sorted(body.keys()),
             sorted({QStringLiteral("request"), QStringLiteral("merchant_id"),
                     QStringLiteral("merchant"), QStringLiteral("signature")}));
    QVERIFY(nonStringValues(body, QStringLiteral("$")).isEmpty());
    QCOMPARE(str(body, "request"), QStringLiteral("Request List of Payment Gateway"));
    QCOMPARE(str(body, "merchant_id"), QStringLiteral("31019"));
    QCOMPARE(str(body, "merchant"), QStringLiteral("FASPAY STORE"));
    QCOMPARE(str(body, "signature"), QStringLiteral("18a157f7dd95df490f28d62e3ec7bf5bb9911be1"));
    // §3.4 worked example.
    QCOMPARE(str(buildChannelInquiry(credentials()), "signature"),
             QStringLiteral("22fb339440ed4debdc4613addb9c427f615cbe74"));
}

void TestRequests::statusInquiry()
{
    // Part B §3.3 vector 3 (status inquiry JSON sample: merchant 98765, bill 9988776655).
    const Credentials c{QStringLiteral("98765"), QStringLiteral("FASPAY"), QString(),
                        QStringLiteral("p@ssw0rd")};
    const QJsonObject body =
        buildStatusInquiry(c, QStringLiteral("9876530300005566"), QStringLiteral("9988776655"));
    QCOMPARE(sorted(body.keys()), sorted({QStringLiteral("request"), QStringLiteral("trx_id"),
                                          QStringLiteral("merchant_id"), QStringLiteral("bill_no"),
                                          QStringLiteral("signature")}));
    QVERIFY(nonStringValues(body, QStringLiteral("$")).isEmpty());
    QCOMPARE(str(body, "request"), QStringLiteral("Inquiry Payment Status"));
    QCOMPARE(str(body, "trx_id"), QStringLiteral("9876530300005566"));
    QCOMPARE(str(body, "merchant_id"), QStringLiteral("98765"));
    QCOMPARE(str(body, "bill_no"), QStringLiteral("9988776655"));
    QCOMPARE(str(body, "signature"), QStringLiteral("b03951a6051dfa90894eea48ccb964619e8b3474"));
}

void TestRequests::cancel_data()
{
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("wireReason");
    QTest::newRow("given") << "Customer changed their mind"
                           << "Customer changed their mind";
    QTest::newRow("empty: default") << ""
                                    << "Cancelled at the counter";
    QTest::newRow("long: trimmed to 50") << QString(80, u'r') << QString(50, u'r');
    QTest::newRow("new lines cleaned") << "Salah\nbarang"
                                       << "Salah barang";
}

void TestRequests::cancel()
{
    QFETCH(QString, reason);
    QFETCH(QString, wireReason);
    const QJsonObject body = buildCancel(credentials(), QStringLiteral("1234508250000174"),
                                         QStringLiteral("P01250115000042"), reason);
    QCOMPARE(
        sorted(body.keys()),
        sorted({QStringLiteral("request"), QStringLiteral("trx_id"), QStringLiteral("merchant_id"),
                QStringLiteral("merchant"), QStringLiteral("bill_no"),
                QStringLiteral("payment_cancel"), QStringLiteral("signature")}));
    QVERIFY(nonStringValues(body, QStringLiteral("$")).isEmpty());
    QCOMPARE(str(body, "request"), QStringLiteral("Canceling Payment"));
    QCOMPARE(str(body, "trx_id"), QStringLiteral("1234508250000174"));
    QCOMPARE(str(body, "merchant"), QStringLiteral("TOKO CONTOH"));
    QCOMPARE(str(body, "payment_cancel"), wireReason);
    QCOMPARE(str(body, "signature"), QStringLiteral("fe682369781d960cd164758e7e39c3257e45f869"));
}

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
