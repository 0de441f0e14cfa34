#include "core/cart/cart.h"

#include <QTest>

using namespace kasir;

namespace {
LineItem item(const char *sku, qint64 qty, qint64 price)
{
    return LineItem{QString::fromLatin1(sku), QStringLiteral("Barang ") + QLatin1String(sku), qty,
                    Money::fromRupiah(price)};
}
QStringList fields(const FieldErrors &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out << e.field;
    return out;
}
} // namespace

Q_DECLARE_METATYPE(kasir::Cart)

class TestCart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals();
    void addMerges();
    void setFee();
    void feeIds();
    void refusals_data();
    void refusals();
    void messagesAreTranslatable();
};

void TestCart::totals()
{
    Cart cart;
    cart.lines << item("A", 2, 500'000) << item("B", 1, 250'000);
    cart.setFee(FeeKind::Shipping, Money::fromRupiah(20'000));
    cart.setFee(FeeKind::Admin, Money::fromRupiah(5'000));
    cart.discount = Money::fromRupiah(50'000);
    QVERIFY(cart.validate().isEmpty());
    const CartTotals t = cart.totals();
    QCOMPARE(t.goods.rupiah(), 1'250'000);
    QCOMPARE(t.discount.rupiah(), 50'000);
    QCOMPARE(t.gross.rupiah(), 1'200'000);
    QCOMPARE(t.miscFee.rupiah(), 25'000);
    QCOMPARE(t.total.rupiah(), 1'225'000);
}

void TestCart::addMerges()
{
    Cart cart;
    cart.addItem(item("A", 1, 1000));
    cart.addItem(item("A", 2, 1000));
    cart.addItem(item("A", 1, 1500)); // another price: another line
    QCOMPARE(cart.lines.size(), 2);
    QCOMPARE(cart.lines.at(0).qty, 3);
}

void TestCart::setFee()
{
    Cart cart;
    cart.setFee(FeeKind::Shipping, Money::fromRupiah(10'000));
    cart.setFee(FeeKind::Shipping, Money::fromRupiah(12'000));
    QCOMPARE(cart.fees.size(), 1);
    QCOMPARE(cart.fee(FeeKind::Shipping).rupiah(), 12'000);
    cart.setFee(FeeKind::Shipping, Money());
    QVERIFY(cart.fees.isEmpty());
}

void TestCart::feeIds()
{
    QStringList ids;
    for (FeeKind k : allFeeKinds()) {
        ids << feeKindId(k);
        QCOMPARE(feeKindFromId(feeKindId(k)), k);
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("shippingfee"), QStringLiteral("adminfee"),
                               QStringLiteral("taxfee"), QStringLiteral("additionalfee"),
                               QStringLiteral("insurancefee")}));
    QVERIFY(!feeKindFromId(u"discount")); // discount is not a fee
    QVERIFY(!feeKindFromId(u"tipfee"));
}

void TestCart::refusals_data()
{
    QTest::addColumn<Cart>("cart");
    QTest::addColumn<QString>("field");

    QTest::newRow("empty cart") << Cart() << "items";
    Cart c;
    c.lines << item("A", 0, 1000);
    QTest::newRow("qty zero") << c << "items[0].qty";
    c.lines = {item("A", 1, 1000), item("B", -2, 1000)};
    QTest::newRow("qty negative") << c << "items[1].qty";
    c.lines = {item("A", 1, -1)};
    QTest::newRow("negative price") << c << "items[0].unit_price";
    c.lines = {item("A", Cart::MaxQuantity + 1, 1)};
    QTest::newRow("qty too large") << c << "items[0].qty";
    c.lines = {item("A", 1, Cart::MaxUnitPrice + 1)};
    QTest::newRow("price too large") << c << "items[0].unit_price";
    c.lines = {LineItem{QString(), QStringLiteral("x"), 1, Money::fromRupiah(1)}};
    QTest::newRow("no sku") << c << "items[0].sku";
    c.lines = {LineItem{QStringLiteral("A"), QStringLiteral(" "), 1, Money::fromRupiah(1)}};
    QTest::newRow("no name") << c << "items[0].name";
    c.lines = {item("A", 1, 1000)};
    c.fees = {Fee{FeeKind::Tax, Money::fromRupiah(-5)}};
    QTest::newRow("negative fee") << c << "fees[0].amount";
    c.fees.clear();
    c.discount = Money::fromRupiah(-1);
    QTest::newRow("negative discount") << c << "discount";
    c.discount = Money::fromRupiah(1001);
    QTest::newRow("discount above goods") << c << "discount";
    c.discount = Money::fromRupiah(1000);
    QTest::newRow("total zero") << c << "items";
    Cart big;
    for (int i = 0; i < Cart::MaxLines; ++i)
        big.lines << item("A", Cart::MaxQuantity, Cart::MaxUnitPrice);
    QTest::newRow("total over N(15)") << big << "items";
}

void TestCart::refusals()
{
    QFETCH(Cart, cart);
    QFETCH(QString, field);
    const FieldErrors errors = cart.validate();
    QVERIFY2(hasFieldError(errors, field), qPrintable(fields(errors).join(QLatin1Char(','))));
    for (const FieldError &e : errors)
        QVERIFY(!e.message.english().isEmpty());
}

void TestCart::messagesAreTranslatable()
{
    const FieldErrors errors = Cart().validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(QString::fromLatin1(errors.first().message.context()), QStringLiteral("kasir::Cart"));
    QVERIFY(errors.first().message.english().contains(QLatin1String("empty")));
}

QTEST_GUILESS_MAIN(TestCart)
#include "tst_cart.moc"
