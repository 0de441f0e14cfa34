#include "core/customer/customer.h"

#include <QTest>

using namespace kasir;

class TestCustomer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phone_data();
    void phone();
    void email_data();
    void email();
    void customerFields();
    void addressComplete();
};

void TestCustomer::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("+62 with dashes") << "+62 812-3456-7890"
                                     << "081234567890";
    QTest::newRow("62 prefix") << "6281234567890"
                               << "081234567890";
    QTest::newRow("0062 prefix") << "0062 812 3456 7890"
                                 << "081234567890";
    QTest::newRow("national") << "0812-3456-7890"
                              << "081234567890";
    QTest::newRow("no prefix (docs)") << "8562927907"
                                      << "08562927907";
    QTest::newRow("landline") << "(021) 555-1234"
                              << "0215551234";
    QTest::newRow("dots") << "0812.3456.7890"
                          << "081234567890";
    QTest::newRow("too short") << "0812345"
                               << "";
    QTest::newRow("too long") << "08123456789012345"
                              << "";
    QTest::newRow("letters") << "0812-CALL-ME"
                             << "";
    QTest::newRow("other country") << "+1 415 555 0100"
                                   << "";
    QTest::newRow("plus in middle") << "0812+3456789"
                                    << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("double zero") << "00812345678"
                                 << "";
}

void TestCustomer::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const auto n = normalizeIndonesianPhone(input);
    if (expected.isEmpty()) {
        QVERIFY2(!n, qPrintable(n.value_or(QString())));
    } else {
        QVERIFY(n);
        QCOMPARE(*n, expected);
    }
}

void TestCustomer::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "budi@example.com" << true;
    QTest::newRow("subdomain") << "budi.santoso+pos@mail.example.co.id" << true;
    QTest::newRow("no at") << "budi.example.com" << false;
    QTest::newRow("two at") << "budi@@example.com" << false;
    QTest::newRow("no dot in domain") << "budi@localhost" << false;
    QTest::newRow("space") << "budi santoso@example.com" << false;
    QTest::newRow("trailing dot local") << "budi.@example.com" << false;
    QTest::newRow("double dot") << "bu..di@example.com" << false;
    QTest::newRow("empty") << "" << false;
}

void TestCustomer::email()
{
    QFETCH(QString, input);
    QFETCH(bool, ok);
    QCOMPARE(isPlausibleEmail(input), ok);
}

void TestCustomer::customerFields()
{
    Customer c{QStringLiteral("C1"), QStringLiteral("Budi"), QStringLiteral("Santoso"),
               QStringLiteral("+62 812-3456-7890"), QStringLiteral("budi@example.com")};
    QVERIFY(c.validate().isEmpty());
    QCOMPARE(c.fullName(), QStringLiteral("Budi Santoso"));
    c.phone = QStringLiteral("12");
    c.email = QStringLiteral("nope");
    const FieldErrors e = c.validate();
    QVERIFY(hasFieldError(e, u"customer.phone"));
    QVERIFY(hasFieldError(e, u"customer.email"));
    QCOMPARE(e.size(), 2);
}

void TestCustomer::addressComplete()
{
    Address a;
    a.firstName = QStringLiteral("Budi");
    FieldErrors e = a.validate(QStringLiteral("shipping"), true);
    for (const char *f :
         {"shipping.last_name", "shipping.address", "shipping.city", "shipping.region",
          "shipping.state", "shipping.postcode", "shipping.phone"}) {
        QVERIFY2(hasFieldError(e, QString::fromLatin1(f)), f);
    }
    QVERIFY(a.validate(QStringLiteral("billing"), false).isEmpty());
    a.postcode = QStringLiteral("1017");
    QVERIFY(hasFieldError(a.validate(QStringLiteral("billing"), false), u"billing.postcode"));
    a.postcode = QStringLiteral("10170");
    a.countryCode = QStringLiteral("SG");
    QVERIFY(hasFieldError(a.validate(QStringLiteral("billing"), false), u"billing.country_code"));
}

QTEST_GUILESS_MAIN(TestCustomer)
#include "tst_customer.moc"
