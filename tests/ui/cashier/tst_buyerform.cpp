// BuyerForm: field paths of the order file mapped to the widgets, problems shown as the cashier
// types (touched fields) or all at once on Pay, required marks, the convenience followers, and
// one focus chain across the three tabs.

#include "core/order/order.h"
#include "ui/cashier/buyerform.h"
#include "ui/widgets/formfield.h"
#include "uitestsupport.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace kasir;

namespace {
FieldErrors validationOf(const BuyerForm &form)
{
    Order o;
    o.customer = form.customer();
    o.billing = form.billing();
    o.shipping = form.shipping();
    FieldErrors out;
    for (const FieldError &e : validateOrder(o)) {
        if (!e.field.startsWith(QLatin1String("items")))
            out.append(e);
    }
    return out;
}

void type(BuyerForm &form, const char *path, const QString &text)
{
    QLineEdit *e = form.edit(QLatin1String(path));
    e->selectAll();
    QTest::keyClicks(e, text);
    form.setFieldErrors(validationOf(form));
}

void fillValid(BuyerForm &form)
{
    type(form, "customer.first_name", QStringLiteral("Budi"));
    type(form, "customer.last_name", QStringLiteral("Santoso"));
    type(form, "customer.phone", QStringLiteral("+62 812-3456-7890"));
    type(form, "customer.email", QStringLiteral("budi@example.com"));
    type(form, "billing.address", QStringLiteral("Jl. Sabang 37"));
    type(form, "billing.city", QStringLiteral("Jakarta Pusat"));
    type(form, "billing.region", QStringLiteral("Menteng"));
    type(form, "billing.state", QStringLiteral("DKI Jakarta"));
    type(form, "billing.postcode", QStringLiteral("10350"));
}
} // namespace

class TestBuyerForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::applyStyle(); }

    void everyOrderPathHasAField()
    {
        // Every path validateOrder() can name for the buyer and the addresses is a field of the
        // form (country_code is fixed to ID and not shown).
        BuyerForm form;
        Order o;
        o.shipping = Address();
        o.shipping->countryCode = QStringLiteral("ID");
        QStringList missing;
        for (const FieldError &e : validateOrder(o)) {
            const bool buyerPath = e.field.startsWith(QLatin1String("customer.")) ||
                                   e.field.startsWith(QLatin1String("billing.")) ||
                                   e.field.startsWith(QLatin1String("shipping."));
            if (buyerPath && !form.field(e.field))
                missing.append(e.field);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char(' '))));
        QCOMPARE(form.fieldPaths().size(), 5 + 8 + 8);
    }

    void errorsShowWhereTypedThenAllOnReveal()
    {
        BuyerForm form;
        form.show();
        form.setFieldErrors(validationOf(form));
        QVERIFY(form.visibleErrorPaths().isEmpty()); // nothing touched yet
        type(form, "customer.phone", QStringLiteral("12"));
        QCOMPARE(form.visibleErrorPaths(), QStringList{QStringLiteral("customer.phone")});
        QVERIFY(!form.field(QStringLiteral("customer.phone"))->error().isEmpty());
        QVERIFY(form.field(QStringLiteral("customer.phone"))->errorLabel()->isVisible());
        type(form, "customer.email", QStringLiteral("budi@"));
        QVERIFY(form.visibleErrorPaths().contains(QStringLiteral("customer.email")));
        QCOMPARE(form.field(QStringLiteral("customer.email"))->error(),
                 QStringLiteral("Not an e-mail address. Use the form name@example.com."));
        // Fixing it clears it as you type.
        type(form, "customer.email", QStringLiteral("budi@example.com"));
        QVERIFY(!form.visibleErrorPaths().contains(QStringLiteral("customer.email")));
        // Pay: every problem is shown, and the tab titles count them.
        form.revealAll();
        QVERIFY(form.visibleErrorPaths().contains(QStringLiteral("billing.city")));
        QVERIFY(form.tabs()->tabText(BuyerForm::BillingPage).contains(QLatin1Char('(')));
        // Shipping is the same as billing: its fields are not checked.
        for (const QString &p : form.visibleErrorPaths())
            QVERIFY2(!p.startsWith(QLatin1String("shipping.")), qPrintable(p));
    }

    void followersSaveTyping()
    {
        BuyerForm form;
        form.show();
        type(form, "customer.first_name", QStringLiteral("Siti"));
        type(form, "customer.phone", QStringLiteral("0812 1111 2222"));
        QCOMPARE(form.billing().firstName, QStringLiteral("Siti"));
        QCOMPARE(form.billing().phone, QStringLiteral("0812 1111 2222"));
        QCOMPARE(form.customer().id, QStringLiteral("081211112222"));
        // Typed by hand, the follower keeps its own value.
        type(form, "billing.first_name", QStringLiteral("Ani"));
        type(form, "customer.first_name", QStringLiteral("Sri"));
        QCOMPARE(form.billing().firstName, QStringLiteral("Ani"));
        type(form, "customer.id", QStringLiteral("M-0042"));
        type(form, "customer.phone", QStringLiteral("0813 0000 1111"));
        QCOMPARE(form.customer().id, QStringLiteral("M-0042"));
    }

    void shippingSameAsBilling()
    {
        BuyerForm form;
        form.show();
        fillValid(form);
        QVERIFY(form.shippingSameAsBilling());
        QVERIFY(!form.shipping().has_value());
        QCOMPARE(form.edit(QStringLiteral("shipping.city"))->text(),
                 QStringLiteral("Jakarta Pusat"));
        QVERIFY(!form.field(QStringLiteral("shipping.city"))->isEnabled());
        form.sameAsBillingBox()->setChecked(false);
        QVERIFY(form.shipping().has_value());
        QCOMPARE(form.shipping()->city, QStringLiteral("Jakarta Pusat"));
        type(form, "shipping.city", QStringLiteral("Bandung"));
        QCOMPARE(form.shipping()->city, QStringLiteral("Bandung"));
        QCOMPARE(form.billing().city, QStringLiteral("Jakarta Pusat"));
        QVERIFY(validationOf(form).isEmpty());
    }

    void requiredMarks()
    {
        BuyerForm form;
        form.setRequiredFields({QStringLiteral("customer.phone")});
        QVERIFY(form.field(QStringLiteral("customer.phone"))->isRequired());
        QVERIFY(form.field(QStringLiteral("customer.phone"))
                    ->captionLabel()
                    ->text()
                    .contains(QLatin1Char('*')));
        QVERIFY(!form.field(QStringLiteral("customer.last_name"))->isRequired());
    }

    void oneFocusChainAcrossTabs()
    {
        QWidget window;
        auto *form = new BuyerForm(&window);
        auto *after = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy finished(form, &BuyerForm::finished);
        form->focusFirst();
        QCOMPARE(QApplication::focusWidget(), form->edit(QStringLiteral("customer.first_name")));
        // Enter goes on like Tab; after the buyer's last field comes the billing tab.
        QStringList visited;
        for (int i = 0; i < 20 && finished.isEmpty(); ++i) {
            visited.append(QApplication::focusWidget()->objectName());
            QTest::keyClick(QApplication::focusWidget(), i % 2 ? Qt::Key_Tab : Qt::Key_Return);
        }
        QCOMPARE(finished.count(), 1);
        QCOMPARE(visited.value(4), QStringLiteral("customer.id"));
        QCOMPARE(visited.value(5), QStringLiteral("billing.first_name"));
        QCOMPARE(visited.last(), QStringLiteral("sameAsBilling"));
        QCOMPARE(visited.size(), 5 + 8 + 1); // shipping fields are skipped while "same"
        Q_UNUSED(after)
    }

    void focusFirstErrorOpensItsTab()
    {
        QWidget window;
        auto *form = new BuyerForm(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        fillValid(*form);
        type(*form, "billing.postcode", QStringLiteral("123"));
        form->revealAll();
        QCOMPARE(form->visibleErrorPaths(), QStringList{QStringLiteral("billing.postcode")});
        QVERIFY(form->focusFirstError());
        QCOMPARE(form->tabs()->currentIndex(), int(BuyerForm::BillingPage));
        QCOMPARE(QApplication::focusWidget(), form->edit(QStringLiteral("billing.postcode")));
        QCOMPARE(form->field(QStringLiteral("billing.postcode"))->error(),
                 QStringLiteral("A postcode has five digits."));
    }
};

QTEST_MAIN(TestBuyerForm)
#include "tst_buyerform.moc"
