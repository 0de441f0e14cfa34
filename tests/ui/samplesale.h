#pragma once

// The sale the screenshots show: four products (one scanned), a shipping fee, a discount and a
// buyer typed into the form the way a cashier types it.

#include "ui/cashier/buyerform.h"
#include "ui/cashier/feespanel.h"
#include "ui/cashier/productentry.h"
#include "ui/cashier/salepage.h"
#include "ui/widgets/moneyedit.h"

#include <QLineEdit>
#include <QTest>

namespace kasir::test {

inline void fillSampleCart(SalePage *sale)
{
    QTest::keyClicks(sale->productEntry()->lineEdit(), QStringLiteral("8991000200007"));
    QTest::keyClick(sale->productEntry()->lineEdit(), Qt::Key_Return);
    for (const char *sku : {"AKS-CHG-25W", "2*AKS-PB-10K", "KLK-SHP-2P"})
        QVERIFY(sale->productEntry()->submit(QLatin1String(sku)));
    sale->feesPanel()->feeEdit(FeeKind::Shipping)->setFocus();
    QTest::keyClicks(sale->feesPanel()->feeEdit(FeeKind::Shipping), QStringLiteral("45000"));
    sale->feesPanel()->discountEdit()->setFocus();
    QTest::keyClicks(sale->feesPanel()->discountEdit(), QStringLiteral("100000"));
    sale->productEntry()->lineEdit()->setFocus();
}

// `valid` false: a phone number and an e-mail address the form refuses, no address.
inline void typeSampleBuyer(BuyerForm *form, bool valid)
{
    const auto type = [form](const char *path, const QString &text) {
        QLineEdit *e = form->edit(QLatin1String(path));
        e->setFocus();
        e->selectAll();
        QTest::keyClicks(e, text);
    };
    type("customer.first_name", QStringLiteral("Budi"));
    type("customer.last_name", QStringLiteral("Santoso"));
    type("customer.phone", valid ? QStringLiteral("0812 3456 7890") : QStringLiteral("0812 345"));
    type("customer.email",
         valid ? QStringLiteral("budi.santoso@example.com") : QStringLiteral("budi.santoso@"));
    if (valid) {
        type("billing.address", QStringLiteral("Jl. Sabang No. 37, RT 02/RW 05"));
        type("billing.postcode", QStringLiteral("10350"));
        type("billing.city", QStringLiteral("Jakarta Pusat"));
        type("billing.region", QStringLiteral("Menteng"));
        type("billing.state", QStringLiteral("DKI Jakarta"));
    }
}

} // namespace kasir::test
