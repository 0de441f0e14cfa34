#include "core/order/order.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace kasir;

namespace {
QJsonObject sampleOrder()
{
    QFile f(QStringLiteral(KASIR_SOURCE_DIR "/tests/data/order-kredivo.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("sample order missing");
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray toBytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString fieldList(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field + QLatin1String(": ") + e.message.english();
    return out.join(QLatin1String("; "));
}
} // namespace

class TestOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSample();
    void roundTrip();
    void shippingDefaultsToBilling();
    void refusals_data();
    void refusals();
    void instalmentBoundary_data();
    void instalmentBoundary();
    void notJson_data();
    void notJson();
    void channelKeys();
};

void TestOrder::parsesSample()
{
    const OrderParseResult r = parseOrderJson(toBytes(sampleOrder()));
    QVERIFY2(r.ok(), qPrintable(fieldList(r.errors)));
    const Order &o = *r.order;
    QCOMPARE(o.channel, Channel::Kredivo);
    QCOMPARE(o.tenor, KredivoTenor::Months3);
    QCOMPARE(o.cart.lines.size(), 2);
    QCOMPARE(o.cart.lines.at(1).qty, 2);
    QCOMPARE(o.cart.fee(FeeKind::Shipping).rupiah(), 20'000);
    QCOMPARE(o.cart.discount.rupiah(), 10'000);
    QCOMPARE(o.cart.totals().total.rupiah(), 1'500'000 + 150'000 - 10'000 + 20'000);
    QVERIFY(!o.shipping);
}

void TestOrder::roundTrip()
{
    const Order o = *parseOrderJson(toBytes(sampleOrder())).order;
    const OrderParseResult again = parseOrderJson(toBytes(orderToJson(o)));
    QVERIFY(again.ok());
    QCOMPARE(*again.order, o);
}

void TestOrder::shippingDefaultsToBilling()
{
    QJsonObject json = sampleOrder();
    const Order o = *parseOrderJson(toBytes(json)).order;
    QCOMPARE(o.effectiveShipping(), o.billing);
    QJsonObject shipping = json.value(QLatin1String("billing")).toObject();
    shipping.insert(QStringLiteral("city"), QStringLiteral("Bandung"));
    json.insert(QStringLiteral("shipping"), shipping);
    const Order o2 = *parseOrderJson(toBytes(json)).order;
    QCOMPARE(o2.effectiveShipping().city, QStringLiteral("Bandung"));
}

void TestOrder::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    const QJsonObject base = sampleOrder();
    const auto with = [&base](const char *key, const QJsonValue &v) {
        QJsonObject o = base;
        o.insert(QLatin1String(key), v);
        return toBytes(o);
    };
    const auto withItem = [&base](const char *key, const QJsonValue &v) {
        QJsonObject o = base;
        QJsonArray items = o.value(QLatin1String("items")).toArray();
        QJsonObject first = items.at(0).toObject();
        first.insert(QLatin1String(key), v);
        items.replace(0, first);
        o.insert(QStringLiteral("items"), items);
        return toBytes(o);
    };
    const auto withSub = [&base](const char *obj, const char *key, const QJsonValue &v) {
        QJsonObject o = base;
        QJsonObject sub = o.value(QLatin1String(obj)).toObject();
        sub.insert(QLatin1String(key), v);
        o.insert(QLatin1String(obj), sub);
        return toBytes(o);
    };

    QTest::newRow("kredivo instalment under 1.5M") << withItem("unit_price", 100'000) << "tenor";
    QTest::newRow("qty zero") << withItem("qty", 0) << "items[0].qty";
    QTest::newRow("qty negative") << withItem("qty", -1) << "items[0].qty";
    QTest::newRow("qty fractional") << withItem("qty", 1.5) << "items[0].qty";
    QTest::newRow("qty as text") << withItem("qty", QStringLiteral("1")) << "items[0].qty";
    QTest::newRow("negative price") << withItem("unit_price", -5) << "items[0].unit_price";
    QTest::newRow("empty cart") << with("items", QJsonArray()) << "items";
    QTest::newRow("no items key") << [&base] {
        QJsonObject o = base;
        o.remove(QStringLiteral("items"));
        return toBytes(o);
    }() << "items";
    QTest::newRow("unknown fee kind")
        << with("fees", QJsonArray{QJsonObject{{QStringLiteral("kind"), QStringLiteral("tipfee")},
                                               {QStringLiteral("amount"), 5000}}})
        << "fees[0].kind";
    QTest::newRow("bad phone") << withSub("customer", "phone", QStringLiteral("12345"))
                               << "customer.phone";
    QTest::newRow("bad email") << withSub("customer", "email", QStringLiteral("budi(at)example"))
                               << "customer.email";
    QTest::newRow("bad billing phone")
        << withSub("billing", "phone", QStringLiteral("+1 555")) << "billing.phone";
    QTest::newRow("unknown channel") << with("channel", QStringLiteral("gopaylater")) << "channel";
    QTest::newRow("unknown tenor") << with("tenor", QStringLiteral("24_months")) << "tenor";
    QTest::newRow("missing customer") << [&base] {
        QJsonObject o = base;
        o.remove(QStringLiteral("customer"));
        return toBytes(o);
    }() << "customer";
    QTest::newRow("incomplete billing") << withSub("billing", "city", QString()) << "billing.city";
    QTest::newRow("discount negative") << with("discount", -1) << "discount";
    QTest::newRow("name as number") << withItem("name", 42) << "items[0].name";
}

void TestOrder::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const OrderParseResult r = parseOrderJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(hasFieldError(r.errors, field), qPrintable(fieldList(r.errors)));
}

void TestOrder::instalmentBoundary_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("tenor");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<bool>("ok");
    QTest::newRow("exactly 1.5M, 3 months") << qint64(1'500'000) << "3_months"
                                            << "kredivo" << true;
    QTest::newRow("1 below, 6 months") << qint64(1'499'999) << "6_months"
                                       << "kredivo" << false;
    QTest::newRow("1 below, 12 months") << qint64(1'499'999) << "12_months"
                                        << "kredivo" << false;
    QTest::newRow("1 below, 30 days") << qint64(1'499'999) << "30_days"
                                      << "kredivo" << true;
    QTest::newRow("small akulaku") << qint64(10'000) << ""
                                   << "akulaku" << true;
}

void TestOrder::instalmentBoundary()
{
    QFETCH(qint64, total);
    QFETCH(QString, tenor);
    QFETCH(QString, channel);
    QFETCH(bool, ok);
    Order o = *parseOrderJson(toBytes(sampleOrder())).order;
    o.channel = *channelFromKey(channel);
    if (!tenor.isEmpty())
        o.tenor = *kredivoTenorFromKey(tenor);
    o.cart.fees.clear();
    o.cart.discount = Money();
    o.cart.lines = {
        LineItem{QStringLiteral("X"), QStringLiteral("TV"), 1, Money::fromRupiah(total)}};
    const FieldErrors e = validateOrder(o);
    QCOMPARE(e.isEmpty(), ok);
    if (!ok) {
        QVERIFY(hasFieldError(e, u"tenor"));
        // The message names the minimum, so the cashier knows what to do.
        QVERIFY(e.first().message.english().contains(QLatin1String("1,500,000")) ||
                e.first().message.english().contains(QLatin1String("1.500.000")));
    }
}

void TestOrder::notJson_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("truncated") << QByteArray("{\"channel\": \"kre");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
}

void TestOrder::notJson()
{
    QFETCH(QByteArray, bytes);
    const OrderParseResult r = parseOrderJson(bytes);
    QVERIFY(!r.ok());
    QVERIFY(hasFieldError(r.errors, u"order"));
}

void TestOrder::channelKeys()
{
    for (Channel c : allChannels())
        QCOMPARE(channelFromKey(channelKey(c)), c);
    QCOMPARE(channelDisplayName(Channel::BriCeria), QStringLiteral("BRI Ceria"));
    QVERIFY(!channelFromKey(u"Kredivo")); // keys are lower case
}

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
