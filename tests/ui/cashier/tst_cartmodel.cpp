// CartModel: the cart as a table, edits checked with the cart's own rules, fees and discount.

#include "ui/cashier/cartmodel.h"
#include "ui/cashier/cartview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kasir;

class TestCartModel : public QObject
{
    Q_OBJECT

private:
    static LineItem item(const char *sku, qint64 price, qint64 qty = 1)
    {
        return LineItem{QString::fromLatin1(sku), QStringLiteral("Item %1").arg(QLatin1String(sku)),
                        qty, Money::fromRupiah(price)};
    }

private Q_SLOTS:
    void addMergesSameSkuAndPrice()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &CartModel::cartChanged);
        QCOMPARE(model.addItem(item("A", 10000)), 0);
        QCOMPARE(model.addItem(item("B", 5000, 2)), 1);
        QCOMPARE(model.addItem(item("A", 10000)), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.cart().lines.at(0).qty, 2);
        QCOMPARE(model.totals().total, Money::fromRupiah(30000));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.index(0, CartModel::TotalColumn).data().toString(),
                 Money::fromRupiah(20000).formatNumber());
    }

    void quantityEdits_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("qtyAfter");
        QTest::addColumn<QString>("message");
        QTest::newRow("3") << QVariant(QStringLiteral("3")) << true << qint64(3) << QString();
        QTest::newRow("int 7") << QVariant(7) << true << qint64(7) << QString();
        QTest::newRow("zero") << QVariant(QStringLiteral("0")) << false << qint64(1)
                              << QStringLiteral("Quantity must be at least 1.");
        QTest::newRow("negative") << QVariant(QStringLiteral("-2")) << false << qint64(1)
                                  << QStringLiteral("Quantity must be at least 1.");
        QTest::newRow("too many") << QVariant(QStringLiteral("10001")) << false << qint64(1)
                                  << QStringLiteral("Quantity is too large (10000 at most).");
        QTest::newRow("text") << QVariant(QStringLiteral("two")) << false << qint64(1)
                              << QStringLiteral("Type the quantity as a whole number, e.g. 2.");
        QTest::newRow("decimal") << QVariant(QStringLiteral("1.5")) << false << qint64(1)
                                 << QStringLiteral("Type the quantity as a whole number, e.g. 2.");
    }
    void quantityEdits()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(qint64, qtyAfter);
        QFETCH(QString, message);
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addItem(item("A", 10000));
        QSignalSpy rejected(&model, &CartModel::editRejected);
        QCOMPARE(model.setData(model.index(0, CartModel::QtyColumn), value), accepted);
        QCOMPARE(model.cart().lines.at(0).qty, qtyAfter);
        QCOMPARE(rejected.count(), accepted ? 0 : 1);
        if (!accepted) {
            QCOMPARE(rejected.at(0).at(0).toInt(), 0);
            QCOMPARE(rejected.at(0).at(1).toString(), QStringLiteral("items[0].qty"));
            QCOMPARE(rejected.at(0).at(2).toString(), message);
        }
    }

    void priceEdits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("priceAfter");
        QTest::addColumn<QString>("message");
        QTest::newRow("plain") << QStringLiteral("15000") << true << qint64(15000) << QString();
        QTest::newRow("grouped") << QStringLiteral("1.250.000") << true << qint64(1250000)
                                 << QString();
        QTest::newRow("with Rp") << QStringLiteral("Rp 20.000") << true << qint64(20000)
                                 << QString();
        QTest::newRow("zero is allowed") << QStringLiteral("0") << true << qint64(0) << QString();
        QTest::newRow("negative") << QStringLiteral("-5000") << false << qint64(10000)
                                  << QStringLiteral("The price cannot be negative.");
        QTest::newRow("decimals") << QStringLiteral("12,5") << false << qint64(10000)
                                  << QStringLiteral(
                                         "Type the price in whole rupiah, e.g. 15000 or 15.000.");
        QTest::newRow("too large") << QStringLiteral("1000000001") << false << qint64(10000)
                                   << QStringLiteral("The price is too large.");
    }
    void priceEdits()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(qint64, priceAfter);
        QFETCH(QString, message);
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addItem(item("A", 10000));
        QSignalSpy rejected(&model, &CartModel::editRejected);
        QCOMPARE(model.setData(model.index(0, CartModel::PriceColumn), text), accepted);
        QCOMPARE(model.cart().lines.at(0).unitPrice, Money::fromRupiah(priceAfter));
        QCOMPARE(rejected.count(), accepted ? 0 : 1);
        if (!accepted) {
            QCOMPARE(rejected.at(0).at(1).toString(), QStringLiteral("items[0].unit_price"));
            QCOMPARE(rejected.at(0).at(2).toString(), message);
        }
    }

    void onlyQtyAndPriceAreEditable()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addItem(item("A", 10000));
        QVERIFY(!(model.flags(model.index(0, CartModel::SkuColumn)) & Qt::ItemIsEditable));
        QVERIFY(!(model.flags(model.index(0, CartModel::NameColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(0, CartModel::QtyColumn)) & Qt::ItemIsEditable);
        QVERIFY(model.flags(model.index(0, CartModel::PriceColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, CartModel::TotalColumn)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, CartModel::NameColumn), QStringLiteral("x")));
    }

    void removeLine()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addItem(item("A", 1000));
        model.addItem(item("B", 2000));
        QVERIFY(model.removeLine(0));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.cart().lines.at(0).sku, QStringLiteral("B"));
        QVERIFY(!model.removeLine(5));
    }

    void feesAndDiscount()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addItem(item("A", 100000));
        QVERIFY(model.setFee(FeeKind::Shipping, Money::fromRupiah(20000)).isEmpty());
        QVERIFY(model.setFee(FeeKind::Insurance, Money::fromRupiah(5000)).isEmpty());
        QVERIFY(model.setDiscount(Money::fromRupiah(10000)).isEmpty());
        const CartTotals t = model.totals();
        QCOMPARE(t.goods, Money::fromRupiah(100000));
        QCOMPARE(t.miscFee, Money::fromRupiah(25000));
        QCOMPARE(t.total, Money::fromRupiah(115000));
        QCOMPARE(model.setFee(FeeKind::Admin, Money::fromRupiah(-1)),
                 QStringLiteral("A fee must be zero or more and not too large."));
        QCOMPARE(model.cart().fee(FeeKind::Admin), Money());
        QCOMPARE(model.setDiscount(Money::fromRupiah(-1)),
                 QStringLiteral("The discount cannot be negative."));
        // A zero fee removes the line.
        QVERIFY(model.setFee(FeeKind::Shipping, Money()).isEmpty());
        QCOMPARE(model.cart().fees.size(), 1);
    }

    void fieldErrorsMarkCells()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addItem(item("A", 1000));
        model.setFieldErrors({FieldError{QStringLiteral("items[0].qty"),
                                         TranslatableText("kasir::Cart", "Quantity must be at "
                                                                         "least 1.")}});
        const QModelIndex qty = model.index(0, CartModel::QtyColumn);
        QCOMPARE(qty.data(CartModel::ErrorRole).toString(),
                 QStringLiteral("Quantity must be at least 1."));
        QCOMPARE(qty.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Quantity must be at least 1."));
        QVERIFY(qty.data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, CartModel::PriceColumn).data(Qt::BackgroundRole).isValid());
        model.setFieldErrors({});
        QVERIFY(qty.data(CartModel::ErrorRole).toString().isEmpty());
    }

    void longNameIsAcceptedAndSaysHowItIsSent()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString name =
            QStringLiteral("Kulkas Sharp 2 Pintu SJ-IG56PG-SL Inverter Kapasitas 500 Liter Silver");
        QVERIFY(name.size() > 50);
        QCOMPARE(
            model.addItem(LineItem{QStringLiteral("KLK"), name, 1, Money::fromRupiah(7899000)}), 0);
        QCOMPARE(model.index(0, CartModel::NameColumn).data().toString(), name);
        QVERIFY(CartModel::nameIsShortenedOnWire(name));
        QCOMPARE(CartModel::wireName(name).size(), 50);
        QVERIFY(model.index(0, CartModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(CartModel::wireName(name)));
    }

    void viewKeyboard()
    {
        CartModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        CartView view(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.addItem(item("A", 1000));
        model.addItem(item("B", 2000));
        view.setFocus();
        view.selectRow(0);
        QTest::keyClick(&view, Qt::Key_Plus);
        QCOMPARE(model.cart().lines.at(0).qty, 2);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(model.cart().lines.at(0).qty, 1);
        // Minus below 1 is refused by the cart's rule.
        QSignalSpy rejected(&model, &CartModel::editRejected);
        QTest::keyClick(&view, Qt::Key_Minus);
        QCOMPARE(model.cart().lines.at(0).qty, 1);
        QCOMPARE(rejected.count(), 1);
        QTest::keyClick(&view, Qt::Key_Delete);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.cart().lines.at(0).sku, QStringLiteral("B"));
        // Typing a number on the quantity cell edits it; Enter commits.
        view.selectRow(0);
        QTest::keyClick(&view, Qt::Key_Return);
        QWidget *editor = view.findChild<QWidget *>(QStringLiteral("qtyEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("4"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model.cart().lines.at(0).qty, 4); // the delegate commits queued
    }
};

QTEST_MAIN(TestCartModel)
#include "tst_cartmodel.moc"
