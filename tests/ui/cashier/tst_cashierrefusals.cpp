// Acceptance 3 of issue #5: every way the sale can be wrong is refused in the window, with the
// message at its field, and the training sandbox receives nothing. An over-long product name is
// the exception on purpose: it is accepted, and sent shortened to Faspay's 50 characters.

#include "cashierharness.h"
#include "core/faspay/wire.h"
#include "ui/cashier/buyerform.h"
#include "ui/cashier/cartmodel.h"
#include "ui/cashier/cartview.h"
#include "ui/cashier/channelpicker.h"
#include "ui/cashier/feespanel.h"
#include "ui/cashier/paymentpanel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/salepage.h"
#include "ui/widgets/formfield.h"
#include "ui/widgets/moneyedit.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace kasir;
using namespace kasir::test;

namespace {

Customer budi()
{
    return Customer{QStringLiteral("C0042"), QStringLiteral("Budi"), QStringLiteral("Santoso"),
                    QStringLiteral("081234567890"), QStringLiteral("budi@example.com")};
}

Address sabang()
{
    Address a;
    a.firstName = QStringLiteral("Budi");
    a.lastName = QStringLiteral("Santoso");
    a.address = QStringLiteral("Jl. Sabang 37");
    a.city = QStringLiteral("Jakarta Pusat");
    a.region = QStringLiteral("Menteng");
    a.state = QStringLiteral("DKI Jakarta");
    a.postcode = QStringLiteral("10350");
    a.phone = QStringLiteral("081234567890");
    return a;
}

// A sale that would go through: two products, a buyer, Akulaku.
void validSale(SalePage *sale,
               const QStringList &skus = {QStringLiteral("TV-POL-32"), QStringLiteral("RC-MIY-18")})
{
    for (const QString &sku : skus)
        QVERIFY(sale->productEntry()->submit(sku));
    sale->buyerForm()->setCustomer(budi());
    sale->buyerForm()->setBilling(sabang());
    QVERIFY(sale->channelPicker()->setChannel(Channel::Akulaku));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

// Pay, and the window stays on the sale with a message under Pay.
void payIsRefused(CashierHarness &h)
{
    QTest::keyClick(focused(), Qt::Key_F12);
    QCoreApplication::processEvents();
    QCOMPARE(h.window->currentPage(), MainWindow::Page::Sale);
    QVERIFY(child<SalePage>(h.window.get(), "salePage")->payMessage()->isVisible());
    QVERIFY(!child<SalePage>(h.window.get(), "salePage")->payMessage()->text().isEmpty());
}

} // namespace

class TestCashierRefusals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { applyStyle(); }

    void kredivoInstalmentUnderTheMinimum()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale, {QStringLiteral("RC-MIY-18"), QStringLiteral("BL-PHI-HR")}); // Rp 978.000
        QVERIFY(sale->channelPicker()->setChannel(Channel::Kredivo));
        sale->channelPicker()->setTenor(KredivoTenor::Months6);
        QCoreApplication::processEvents();
        // Explained at the tenor as soon as it is chosen, before Pay.
        QLabel *rule = sale->channelPicker()->ruleLabel();
        QVERIFY(rule->isVisible());
        QCOMPARE(rule->property("role").toString(), QStringLiteral("error"));
        QVERIFY(rule->text().contains(KredivoInstalmentMinimum.format()));
        payIsRefused(h);
        QCOMPARE(QApplication::focusWidget(), sale->channelPicker()->tenorBox());
        QCOMPARE(sale->channelPicker()->tenorError(),
                 validateOrder(sale->order()).constLast().message.toString());
        // Pay in 30 days is fine.
        sale->channelPicker()->setTenor(KredivoTenor::Days30);
        QCoreApplication::processEvents();
        QVERIFY(h.window->currentErrors().isEmpty());
        QCOMPARE(h.postDataCount(), 0);
    }

    void quantityZeroOrLess_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("0") << QStringLiteral("0");
        QTest::newRow("-1") << QStringLiteral("-1");
    }
    void quantityZeroOrLess()
    {
        QFETCH(QString, typed);
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale);
        CartView *view = sale->cartView();
        view->setFocus();
        view->selectRow(1);
        QTest::keyClick(view, Qt::Key_Return);
        QWidget *editor = view->findChild<QWidget *>(QStringLiteral("qtyEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, typed);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(sale->cartMessage()->text(),
                     QStringLiteral("Line 2: Quantity must be at least 1."));
        QCOMPARE(sale->cartModel()->cart().lines.at(1).qty, 1); // the cart never took it
        QCOMPARE(h.postDataCount(), 0);
    }

    void negativePrice()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale);
        CartView *view = sale->cartView();
        view->setFocus();
        view->setCurrentIndex(sale->cartModel()->index(0, CartModel::PriceColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QWidget *editor = view->findChild<QWidget *>(QStringLiteral("priceEditor"));
        QVERIFY(editor);
        QTest::keyClicks(editor, QStringLiteral("-1.849.000"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(sale->cartMessage()->text(),
                     QStringLiteral("Line 1: The price cannot be negative."));
        QCOMPARE(sale->cartModel()->cart().lines.at(0).unitPrice, Money::fromRupiah(1'849'000));
        QCOMPARE(h.postDataCount(), 0);
    }

    void emptyCart()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale, {});
        payIsRefused(h);
        QCOMPARE(sale->cartMessage()->text(),
                 QStringLiteral("The cart is empty. Scan or add at least one item."));
        QCOMPARE(QApplication::focusWidget(), sale->productEntry()->lineEdit());
        QCOMPARE(h.postDataCount(), 0);
    }

    void onlyWhitelistedFeeKindsAreOffered()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        FeesPanel *fees = child<SalePage>(h.window.get(), "salePage")->feesPanel();
        // The fee inputs are the five kinds Faspay accepts, and the discount: there is no
        // field where another kind could be named.
        QCOMPARE(fees->offeredKinds(), allFeeKinds());
        QCOMPARE(fees->findChildren<QLineEdit *>().size(), allFeeKinds().size() + 1);
        for (FeeKind kind : allFeeKinds())
            QCOMPARE(fees->feeEdit(kind)->property("feeKind").toString(), feeKindId(kind));
        // A negative fee is refused at its field and never reaches the cart.
        validSale(child<SalePage>(h.window.get(), "salePage"));
        typeInto(fees->feeEdit(FeeKind::Admin), QStringLiteral("-2500"));
        QCOMPARE(fees->feeField(FeeKind::Admin)->error(),
                 QStringLiteral("A fee must be zero or more and not too large."));
        QCOMPARE(
            child<SalePage>(h.window.get(), "salePage")->cartModel()->cart().fee(FeeKind::Admin),
            Money());
        QCOMPARE(h.postDataCount(), 0);
    }

    void badPhoneOrEmail_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("message");
        QTest::newRow("phone too short")
            << QStringLiteral("customer.phone") << QStringLiteral("0812") << QString();
        QTest::newRow("phone with letters")
            << QStringLiteral("customer.phone") << QStringLiteral("0812-ABCD-777") << QString();
        QTest::newRow("foreign phone")
            << QStringLiteral("billing.phone") << QStringLiteral("+1 415 555 0100") << QString();
        QTest::newRow("e-mail without domain")
            << QStringLiteral("customer.email") << QStringLiteral("budi@")
            << QStringLiteral("Not an e-mail address. Use the form name@example.com.");
        QTest::newRow("e-mail with a space")
            << QStringLiteral("customer.email") << QStringLiteral("budi santoso@example.com")
            << QStringLiteral("Not an e-mail address. Use the form name@example.com.");
    }
    void badPhoneOrEmail()
    {
        QFETCH(QString, path);
        QFETCH(QString, typed);
        QFETCH(QString, message);
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale);
        BuyerForm *form = sale->buyerForm();
        form->tabs()->setCurrentIndex(path.startsWith(QLatin1String("billing")) ? 1 : 0);
        typeInto(form->edit(path), typed);
        QCoreApplication::processEvents();
        // As you type: the message is under the field already.
        const QString shown = form->field(path)->error();
        QVERIFY2(!shown.isEmpty(), qPrintable(path));
        if (!message.isEmpty())
            QCOMPARE(shown, message);
        QVERIFY(form->field(path)->errorLabel()->isVisible());
        payIsRefused(h);
        QCOMPARE(QApplication::focusWidget(), form->edit(path));
        QCOMPARE(h.postDataCount(), 0);
    }

    void overLongProductNameIsAcceptedAndShortenedOnTheWire()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale, {QStringLiteral("KLK-SHP-2P")});
        const QString name = sale->cartModel()->cart().lines.at(0).name;
        QVERIFY(name.size() > faspay::MaxProductNameLength);
        // The cashier is told how it will be sent; nothing to fix.
        QVERIFY(sale->productEntry()->feedbackLabel()->text().contains(
            QString::number(faspay::MaxProductNameLength)));
        QVERIFY(sale->cartModel()
                    ->index(0, CartModel::NameColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(faspay::wireProductName(name)));
        QVERIFY(h.window->currentErrors().isEmpty());
        QTest::keyClick(focused(), Qt::Key_F12);
        QCOMPARE(h.window->currentPage(), MainWindow::Page::Payment);
        QTRY_COMPARE(child<PaymentPanel>(h.window.get(), "paymentPanel")->attempt()->state,
                     AttemptState::AwaitingPayment);
        const std::optional<SandboxBill> bill =
            h.sandbox->bill(child<PaymentPanel>(h.window.get(), "paymentPanel")->attempt()->billNo);
        QVERIFY(bill);
        const QJsonObject line = bill->request.value(u"item").toArray().at(0).toObject();
        QCOMPARE(line.value(u"product").toString(), faspay::wireProductName(name));
        QCOMPARE(line.value(u"product").toString().size(), faspay::MaxProductNameLength);
        QCOMPARE(h.postDataCount(), 1);
    }

    void requiredFieldsAreMarked()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        BuyerForm *form = child<SalePage>(h.window.get(), "salePage")->buyerForm();
        QVERIFY(child<SalePage>(h.window.get(), "salePage")
                    ->channelPicker()
                    ->setChannel(Channel::Indodana));
        QCoreApplication::processEvents();
        // The online-credit providers need the whole buyer and both addresses; the buyer's
        // last name is the one optional field.
        for (const char *path :
             {"customer.id", "customer.first_name", "customer.phone", "customer.email",
              "billing.last_name", "billing.postcode", "shipping.city", "shipping.phone"}) {
            const FormField *field = form->field(QLatin1String(path));
            QVERIFY2(field && field->isRequired(), path);
        }
        const FormField *lastName = form->field(QStringLiteral("customer.last_name"));
        QVERIFY(lastName && !lastName->isRequired());
    }

    void noProviderChosen()
    {
        CashierHarness h;
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        validSale(sale);
        sale->channelPicker()->clearChannel();
        payIsRefused(h);
        QCOMPARE(sale->channelPicker()->channelError(),
                 QStringLiteral("Choose how the customer pays (F6)."));
        QVERIFY(sale->channelPicker()->messageLabel()->isVisible());
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("channelButton"));
        QCOMPARE(h.postDataCount(), 0);
    }

    void unavailableProvider()
    {
        // A merchant whose cached channel list has no BRI Ceria.
        CashierHarness h(CashierHarness::Channels::WithoutBriCeria);
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        ChannelPicker *picker = sale->channelPicker();
        QVERIFY(!picker->isAvailable(Channel::BriCeria));
        QToolButton *bri = picker->button(Channel::BriCeria);
        QVERIFY(!bri->isEnabled());
        QVERIFY(picker->messageLabel()->isVisible());
        QVERIFY(
            picker->messageLabel()->text().contains(picker->unavailableReason(Channel::BriCeria)));
        validSale(sale);
        // Its key does nothing; the choice stays where it was.
        picker->focusPicker();
        QTest::keyClick(focused(), Qt::Key_4);
        QCOMPARE(picker->channel(), std::optional<Channel>(Channel::Akulaku));
        QVERIFY(!picker->setChannel(Channel::BriCeria));
        // And the service refuses it too, at the "channel" field, should an order name it.
        Order order = sale->order();
        order.channel = Channel::BriCeria;
        QVERIFY(hasFieldError(h.checkout->validate(order), u"channel"));
        QCOMPARE(h.postDataCount(), 0);
    }

    void channelListNeverFetched()
    {
        // Offline from the start: no provider can be offered, and each says why.
        CashierHarness h(CashierHarness::Channels::NeverFetched);
        QVERIFY(h.showWindow());
        SalePage *sale = child<SalePage>(h.window.get(), "salePage");
        for (Channel c : allChannels()) {
            QVERIFY(!sale->channelPicker()->isAvailable(c));
            QVERIFY(!sale->channelPicker()->unavailableReason(c).isEmpty());
        }
        QVERIFY(sale->productEntry()->submit(QStringLiteral("TV-POL-32")));
        sale->buyerForm()->setCustomer(budi());
        sale->buyerForm()->setBilling(sabang());
        QVERIFY(!sale->channelPicker()->setChannel(Channel::Akulaku));
        payIsRefused(h);
        QVERIFY(!sale->channelPicker()->channelError().isEmpty());
        QCOMPARE(h.postDataCount(), 0);
    }
};

QTEST_MAIN(TestCashierRefusals)
#include "tst_cashierrefusals.moc"
