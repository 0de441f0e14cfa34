// SalePage: the sale on one screen. Layout at 1366×768 (a six-line cart fits without scrolling),
// the flow of the focus, products from the catalog, and problems shown at their fields.

#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/cartview.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/feespanel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/salepage.h"
#include "ui/cashier/samplecatalog.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/moneyedit.h"
#include "uitestsupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace kasir;

class TestSalePage : public QObject
{
    Q_OBJECT

private:
    ManualClock m_clock;

    static bool fullyInside(const QWidget *w, const QWidget *top)
    {
        const QRect r(w->mapTo(top, QPoint(0, 0)), w->size());
        return w->isVisible() && top->rect().contains(r);
    }

private Q_SLOTS:
    void initTestCase() { test::applyStyle(); }

    void sixLinesFitAt1366x768()
    {
        test::TempJournal j(&m_clock);
        seedSampleCatalog(j.journal.get());
        QWidget window;
        window.setStyleSheet(theme::styleSheet());
        auto *page = new SalePage(j.journal.get(), &window);
        // The window's header, banner and status bar take about 110 px of the 768.
        window.resize(1366, 768 - 110);
        page->resize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<Product> products = sampleCatalog();
        for (int i = 0; i < 6; ++i)
            QVERIFY(page->productEntry()->submit(products.at(i).sku));
        QCoreApplication::processEvents();
        QCOMPARE(page->cartModel()->rowCount(), 6);
        CartView *view = page->cartView();
        QVERIFY(!view->verticalScrollBar()->isVisible());
        const int rowsHeight = view->verticalHeader()->length();
        QVERIFY2(rowsHeight <= view->viewport()->height(),
                 qPrintable(QStringLiteral("rows %1 > viewport %2")
                                .arg(rowsHeight)
                                .arg(view->viewport()->height())));
        for (QWidget *w :
             {static_cast<QWidget *>(page->payButton()), static_cast<QWidget *>(page->buyerForm()),
              static_cast<QWidget *>(page->channelPicker()),
              static_cast<QWidget *>(page->feesPanel()->discountEdit())}) {
            QVERIFY2(fullyInside(w, &window), qPrintable(w->objectName()));
        }
        // Every field of the billing tab is visible without scrolling.
        page->buyerForm()->tabs()->setCurrentIndex(BuyerForm::BillingPage);
        QCoreApplication::processEvents();
        for (const QString &path : page->buyerForm()->fieldPaths()) {
            if (path.startsWith(QLatin1String("billing.")))
                QVERIFY2(fullyInside(page->buyerForm()->edit(path), &window), qPrintable(path));
        }
        if (qEnvironmentVariableIsSet("KASIR_SHOT"))
            window.grab().save(qEnvironmentVariable("KASIR_SHOT"));
    }

    void productsByCodeBarcodeNameAndQuantity()
    {
        test::TempJournal j(&m_clock);
        seedSampleCatalog(j.journal.get());
        SalePage page(j.journal.get());
        ProductEntry *entry = page.productEntry();
        QVERIFY(entry->submit(QStringLiteral("HP-SAM-A15")));    // SKU
        QVERIFY(entry->submit(QStringLiteral("8991777223735"))); // EAN-13 of the cooking oil
        QVERIFY(entry->submit(QStringLiteral("3*TEH-SOS-350"))); // quantity prefix
        QVERIFY(entry->submit(QStringLiteral("rice cooker")));   // the one name that matches
        const Cart &cart = page.cartModel()->cart();
        QCOMPARE(cart.lines.size(), 4);
        QCOMPARE(cart.lines.at(1).sku, QStringLiteral("MYK-BIM-2L"));
        QCOMPARE(cart.lines.at(2).qty, 3);
        QCOMPARE(cart.lines.at(3).sku, QStringLiteral("RC-MIY-18"));
        QVERIFY(entry->feedbackLabel()->text().contains(QStringLiteral("Rice Cooker")));
        // Unknown code: said at the field, nothing added.
        QVERIFY(!entry->submit(QStringLiteral("0000000000000")));
        QCOMPARE(cart.lines.size(), 4);
        QVERIFY(entry->feedbackLabel()->text().contains(QStringLiteral("0000000000000")));
        // Several names match: the list opens, nothing is guessed.
        QVERIFY(!entry->submit(QStringLiteral("Samsung")));
        QCOMPARE(page.cartModel()->cart().lines.size(), 4);
    }

    void longNameSaysHowItIsSent()
    {
        test::TempJournal j(&m_clock);
        seedSampleCatalog(j.journal.get());
        SalePage page(j.journal.get());
        QVERIFY(page.productEntry()->submit(QStringLiteral("KLK-SHP-2P")));
        // Accepted, and the cashier is told that Faspay gets a shortened name; the cart's
        // tooltip shows exactly what is sent.
        QVERIFY(page.productEntry()->feedbackLabel()->text().contains(QStringLiteral("50")));
        const QModelIndex name = page.cartModel()->index(0, CartModel::NameColumn);
        QVERIFY(name.data(Qt::ToolTipRole)
                    .toString()
                    .contains(CartModel::wireName(page.cartModel()->cart().lines.at(0).name)));
    }

    void feesOfferOnlyTheWhitelistedKinds()
    {
        test::TempJournal j(&m_clock);
        SalePage page(j.journal.get());
        FeesPanel *fees = page.feesPanel();
        QCOMPARE(fees->offeredKinds(), allFeeKinds());
        const QList<MoneyEdit *> edits = fees->findChildren<MoneyEdit *>();
        // Five fee kinds and the discount, nothing where another kind could be typed.
        QCOMPARE(edits.size(), 6);
        QStringList ids;
        for (MoneyEdit *e : edits) {
            if (e != fees->discountEdit())
                ids.append(e->property("feeKind").toString());
        }
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("additionalfee"), QStringLiteral("adminfee"),
                                   QStringLiteral("insurancefee"), QStringLiteral("shippingfee"),
                                   QStringLiteral("taxfee")}));
        QVERIFY(fees->findChildren<QLineEdit *>().size() == edits.size());
    }

    void feeTypedGoesIntoTheCart()
    {
        test::TempJournal j(&m_clock);
        seedSampleCatalog(j.journal.get());
        SalePage page(j.journal.get());
        page.show();
        QVERIFY(page.productEntry()->submit(QStringLiteral("TV-POL-32")));
        MoneyEdit *shipping = page.feesPanel()->feeEdit(FeeKind::Shipping);
        QTest::keyClicks(shipping, QStringLiteral("25.000"));
        QCOMPARE(page.cartModel()->cart().fee(FeeKind::Shipping), Money::fromRupiah(25000));
        QTest::keyClicks(shipping, QStringLiteral("x"));
        QVERIFY(!page.feesPanel()->feeField(FeeKind::Shipping)->error().isEmpty());
        QCOMPARE(page.cartModel()->cart().fee(FeeKind::Shipping), Money::fromRupiah(25000));
        shipping->clear();
        QTest::keyClicks(shipping, QStringLiteral("-1"));
        QCOMPARE(page.feesPanel()->feeField(FeeKind::Shipping)->error(),
                 QStringLiteral("A fee must be zero or more and not too large."));
    }
};

QTEST_MAIN(TestSalePage)
#include "tst_salepage.moc"
