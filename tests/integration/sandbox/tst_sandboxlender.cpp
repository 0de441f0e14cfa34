#include "core/sandbox/trainingsandbox.h"
#include "sandboxtestsupport.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace kasir;
using namespace kasir::test;

// The lender side of the training sandbox, driven with HTTP requests the way a browser drives it:
// GET redirect_url, POST the sign-in form, POST the OTP, (Kredivo) choose the tenor, POST
// approve or decline, follow the 302 to the return URL and verify its signature.
class TestSandboxLender : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void approveInTheBrowser_data();
    void approveInTheBrowser();
    void declineInTheBrowser();
    void configuredReturnUrlKeepsItsQuery();
    void wrongRedirectSignature_data();
    void wrongRedirectSignature();
    void unknownBillOrTrx_data();
    void unknownBillOrTrx();
    void wrongSignIn_data();
    void wrongSignIn();
    void wrongOtp();
    void staleFormIsRefused();
    void instalmentsUnderTheMinimumAreDisabled();
    void decidedBillShowsTheOutcome();
    void expiredBillShowsExpiry();
    void pageEscapesWhatTheClientSent();
    void pagesWorkWithoutScriptsOnAPhone();
};

namespace {

// One customer in a browser: the current page and its URL.
struct Browser
{
    SandboxFixture &f;
    QUrl pageUrl;
    HttpResult page;

    HttpResult open(const QUrl &url)
    {
        pageUrl = url;
        page = f.http.get(url);
        return page;
    }

    // Submits the page's form with the token; follows a 303 like a browser.
    HttpResult submit(QList<std::pair<QString, QString>> fields)
    {
        fields.prepend({QStringLiteral("token"), formToken(page.body)});
        const QUrl action = formAction(pageUrl, page.body);
        HttpResult answer = f.http.postForm(action, fields);
        if (answer.status == 303) {
            open(pageUrl.resolved(QUrl(QString::fromLatin1(answer.header("location")))));
            return answer;
        }
        if (answer.status == 200)
            page = answer;
        return answer;
    }
};

QString redirectOf(const QJsonObject &created)
{
    return created.value(u"redirect_url").toString();
}

void verifyReturnUrl(const QUrl &location, const faspay::Credentials &credentials,
                     const QString &billNo, const QString &trxId, const QString &status)
{
    const QUrlQuery query(location);
    const auto value = [&query](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QCOMPARE(value("trx_id"), trxId);
    QCOMPARE(value("merchant_id"), credentials.merchantId);
    QCOMPARE(value("merchant"), credentials.merchantName);
    QCOMPARE(value("bill_no"), billNo);
    QCOMPARE(value("bill_ref"), billNo);
    QCOMPARE(value("bill_total"), QString::number(ValidTotalRupiah));
    QCOMPARE(value("bank_user_name"), u"Budi Santoso");
    QCOMPARE(value("status"), status);
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"))
                .match(value("payment_date"))
                .hasMatch());
    // Part B §13: sha1(md5(user_id + password + bill_no + status)).
    QCOMPARE(value("signature"), faspay::statusSignature(credentials, billNo, status));
}

} // namespace

void TestSandboxLender::approveInTheBrowser_data()
{
    QTest::addColumn<QString>("channel");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tenor"); // Kredivo only
    QTest::newRow("Kredivo") << QStringLiteral("709") << QStringLiteral("Kredivo")
                             << QStringLiteral("6_months");
    QTest::newRow("Akulaku") << QStringLiteral("807") << QStringLiteral("Akulaku") << QString();
    QTest::newRow("Indodana") << QStringLiteral("820") << QStringLiteral("Indodana") << QString();
    QTest::newRow("BRI Ceria") << QStringLiteral("721") << QStringLiteral("BRI Ceria") << QString();
}

void TestSandboxLender::approveInTheBrowser()
{
    QFETCH(QString, channel);
    QFETCH(QString, name);
    QFETCH(QString, tenor);

    SandboxFixture f;
    const QString billNo = QStringLiteral("K01W0001");
    const QJsonObject created = f.createBill(billNo, channel);
    const QString trxId = created.value(u"trx_id").toString();
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(channel);
    Browser browser{f, {}, {}};

    // 1. The lender's sign-in page, marked as training, with the training values shown.
    QCOMPARE(browser.open(QUrl(redirectOf(created))).status, 200);
    const QString signIn = browser.page.text();
    QVERIFY(browser.page.header("content-type").startsWith("text/html"));
    QVERIFY(signIn.contains(u"LATIHAN"));
    QVERIFY(signIn.contains(u"TRAINING"));
    QVERIFY(signIn.contains(QStringLiteral("Masuk ke ") + name));
    QVERIFY(signIn.contains(QStringLiteral("Sign in to ") + name));
    QVERIFY(signIn.contains(login.phone));
    QVERIFY(signIn.contains(login.pin));
    QVERIFY(signIn.contains(u"Rp 1.660.000"));

    // 2. Sign in with the customer's own number and the training PIN.
    HttpResult step =
        browser.submit({{QStringLiteral("step"), QStringLiteral("signin")},
                        {QStringLiteral("phone"), QStringLiteral("+62 812-3456-7890")},
                        {QStringLiteral("pin"), login.pin}});
    QCOMPARE(step.status, 303);
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_status_code").toString(), u"1");
    QVERIFY(browser.page.text().contains(u"OTP"));
    QVERIFY(browser.page.text().contains(login.otp));

    // 3. The one-time code.
    step = browser.submit(
        {{QStringLiteral("step"), QStringLiteral("otp")}, {QStringLiteral("otp"), login.otp}});
    QCOMPARE(step.status, 303);
    const QString confirm = browser.page.text();
    QVERIFY(confirm.contains(u"Konfirmasi pembayaran"));
    QVERIFY(confirm.contains(u"value=\"approve\""));
    QVERIFY(confirm.contains(u"value=\"decline\""));
    QList<std::pair<QString, QString>> approve = {
        {QStringLiteral("step"), QStringLiteral("confirm")},
        {QStringLiteral("action"), QStringLiteral("approve")}};
    if (!tenor.isEmpty()) {
        // Prefilled from reserve2; the customer picks another.
        QVERIFY(confirm.contains(u"value=\"30_days\" checked"));
        approve.append({QStringLiteral("tenor"), tenor});
    } else {
        QVERIFY(!confirm.contains(u"name=\"tenor\""));
    }

    // 4. Approve: 302 to the return URL with Faspay's parameters and signature.
    step = browser.submit(approve);
    QCOMPARE(step.status, 302);
    const QUrl location(QString::fromLatin1(step.header("location")));
    QCOMPARE(location.path(), u"/kasir/return");
    QCOMPARE(location.host(), f.sandbox->baseUrl().host());
    verifyReturnUrl(location, f.credentials(), billNo, trxId, QStringLiteral("2"));
    const QString paymentReff =
        QUrlQuery(location).queryItemValue(QStringLiteral("payment_reff"), QUrl::FullyDecoded);
    QVERIFY(!paymentReff.isEmpty());

    // 5. The default return page.
    const HttpResult back = f.http.get(location);
    QCOMPARE(back.status, 200);
    QVERIFY(back.text().contains(u"Pembayaran selesai — kembali ke kasir"));
    QVERIFY(back.text().contains(u"Payment finished — return to the cashier"));

    // 6. Only the inquiry decides: paid, with the same reference.
    const QJsonObject status = f.inquiry(trxId, billNo);
    QCOMPARE(status.value(u"payment_status_code").toString(), u"2");
    QCOMPARE(status.value(u"payment_reff").toString(), paymentReff);
    QCOMPARE(
        status.value(u"payment_date").toString(),
        QUrlQuery(location).queryItemValue(QStringLiteral("payment_date"), QUrl::FullyDecoded));
    QCOMPARE(status.value(u"payment_total").toString(), QString::number(ValidTotalRupiah));
    if (!tenor.isEmpty())
        QCOMPARE(f.sandbox->bill(billNo)->chosenTenor, tenor);
}

void TestSandboxLender::declineInTheBrowser()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01W0002");
    const QJsonObject created = f.createBill(billNo, QStringLiteral("820"));
    const QString trxId = created.value(u"trx_id").toString();
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(QStringLiteral("820"));
    Browser browser{f, {}, {}};
    browser.open(QUrl(redirectOf(created)));
    QCOMPARE(browser
                 .submit({{QStringLiteral("step"), QStringLiteral("signin")},
                          {QStringLiteral("phone"), login.phone},
                          {QStringLiteral("pin"), login.pin}})
                 .status,
             303);
    QCOMPARE(browser
                 .submit({{QStringLiteral("step"), QStringLiteral("otp")},
                          {QStringLiteral("otp"), login.otp}})
                 .status,
             303);
    const HttpResult step = browser.submit({{QStringLiteral("step"), QStringLiteral("confirm")},
                                            {QStringLiteral("action"), QStringLiteral("decline")}});
    QCOMPARE(step.status, 302);
    const QUrl location(QString::fromLatin1(step.header("location")));
    verifyReturnUrl(location, f.credentials(), billNo, trxId, QStringLiteral("3"));
    QVERIFY(QUrlQuery(location).queryItemValue(QStringLiteral("payment_reff")).isEmpty());
    QCOMPARE(f.inquiry(trxId, billNo).value(u"payment_status_code").toString(), u"3");
    QVERIFY(f.http.get(location).text().contains(u"declined"));
}

void TestSandboxLender::configuredReturnUrlKeepsItsQuery()
{
    SandboxConfig config;
    config.returnUrl = QUrl(QStringLiteral("https://toko.example/thanks?src=kasir"));
    config.merchantName = QStringLiteral("TOKO A+B");
    SandboxFixture f(config);
    const QString billNo = QStringLiteral("K01W0003");
    QJsonObject body = validPostData(f.credentials(), billNo, QStringLiteral("807"), f.clock.now());
    const QJsonObject created = f.call(QStringLiteral("/cvr/300011/10"), body);
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(QStringLiteral("807"));
    Browser browser{f, {}, {}};
    browser.open(QUrl(redirectOf(created)));
    browser.submit({{QStringLiteral("step"), QStringLiteral("signin")},
                    {QStringLiteral("phone"), login.phone},
                    {QStringLiteral("pin"), login.pin}});
    browser.submit(
        {{QStringLiteral("step"), QStringLiteral("otp")}, {QStringLiteral("otp"), login.otp}});
    const HttpResult step = browser.submit({{QStringLiteral("step"), QStringLiteral("confirm")},
                                            {QStringLiteral("action"), QStringLiteral("approve")}});
    QCOMPARE(step.status, 302);
    const QByteArray location = step.header("location");
    QVERIFY2(location.startsWith("https://toko.example/thanks?src=kasir&trx_id="),
             location.constData());
    // A '+' in a value is sent as %2B, never as a bare '+' that reads as a space.
    QVERIFY2(location.contains("merchant=TOKO%20A%2BB"), location.constData());
    QCOMPARE(QUrlQuery(QUrl::fromEncoded(location))
                 .queryItemValue(QStringLiteral("merchant"), QUrl::FullyDecoded),
             u"TOKO A+B");
}

void TestSandboxLender::wrongRedirectSignature_data()
{
    QTest::addColumn<int>("variant");
    QTest::newRow("another bill's signature") << 0;
    QTest::newRow("upper case") << 1;
    QTest::newRow("truncated") << 2;
}

void TestSandboxLender::wrongRedirectSignature()
{
    QFETCH(int, variant);
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0001");
    QUrl url(redirectOf(f.createBill(billNo)));
    const QString signature = url.path().section(QLatin1Char('/'), -1);
    QString wrong;
    switch (variant) {
    case 0:
        wrong = faspay::billSignature(f.credentials(), u"K01S0002");
        break;
    case 1:
        wrong = signature.toUpper();
        break;
    default:
        wrong = signature.chopped(1);
        break;
    }
    url.setPath(url.path().section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + wrong);
    const HttpResult page = f.http.get(url);
    QCOMPARE(page.status, 403);
    QVERIFY(page.text().contains(u"Tautan pembayaran tidak sah"));
    QVERIFY(page.text().contains(u"The payment link is not valid"));
    QVERIFY(!page.text().contains(u"name=\"pin\""));
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::Unprocessed);
}

void TestSandboxLender::unknownBillOrTrx_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    QTest::newRow("trx_id") << QStringLiteral("trx_id") << QStringLiteral("7777799999999999");
    QTest::newRow("merchant_id") << QStringLiteral("merchant_id") << QStringLiteral("12345");
    QTest::newRow("bill_no") << QStringLiteral("bill_no") << QStringLiteral("K01S0009");
}

void TestSandboxLender::unknownBillOrTrx()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    SandboxFixture f;
    QUrl url(redirectOf(f.createBill(QStringLiteral("K01S0003"))));
    QUrlQuery query(url);
    query.removeQueryItem(parameter);
    query.addQueryItem(parameter, value);
    url.setQuery(query);
    const HttpResult page = f.http.get(url);
    QCOMPARE(page.status, 404);
    QVERIFY(page.text().contains(u"Bill not found"));
}

void TestSandboxLender::wrongSignIn_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrong PIN") << QString() << QStringLiteral("000000")
                               << QStringLiteral("PIN salah");
    QTest::newRow("unknown phone")
        << QStringLiteral("081299999999") << QString() << QStringLiteral("tidak terdaftar");
}

void TestSandboxLender::wrongSignIn()
{
    QFETCH(QString, phone);
    QFETCH(QString, pin);
    QFETCH(QString, message);
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0004");
    const QJsonObject created = f.createBill(billNo);
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(QStringLiteral("709"));
    Browser browser{f, {}, {}};
    browser.open(QUrl(redirectOf(created)));
    const HttpResult answer =
        browser.submit({{QStringLiteral("step"), QStringLiteral("signin")},
                        {QStringLiteral("phone"), phone.isEmpty() ? login.phone : phone},
                        {QStringLiteral("pin"), pin.isEmpty() ? login.pin : pin}});
    QCOMPARE(answer.status, 200);
    QVERIFY2(answer.text().contains(message), qPrintable(answer.text()));
    QVERIFY(answer.text().contains(u"role=\"alert\""));
    QVERIFY(answer.text().contains(u"name=\"pin\"")); // still the sign-in form
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::Unprocessed);
}

void TestSandboxLender::wrongOtp()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0005");
    const QJsonObject created = f.createBill(billNo, QStringLiteral("721"));
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(QStringLiteral("721"));
    Browser browser{f, {}, {}};
    browser.open(QUrl(redirectOf(created)));
    browser.submit({{QStringLiteral("step"), QStringLiteral("signin")},
                    {QStringLiteral("phone"), login.phone},
                    {QStringLiteral("pin"), login.pin}});
    const HttpResult answer = browser.submit({{QStringLiteral("step"), QStringLiteral("otp")},
                                              {QStringLiteral("otp"), QStringLiteral("0000")}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.text().contains(u"Kode OTP salah"));
    QVERIFY(answer.text().contains(u"Wrong one-time code"));
    QVERIFY(answer.text().contains(u"name=\"otp\""));
    // Approving without the OTP step is not possible either.
    const HttpResult skip =
        f.http.postForm(browser.pageUrl, {{QStringLiteral("token"), formToken(browser.page.body)},
                                          {QStringLiteral("step"), QStringLiteral("confirm")},
                                          {QStringLiteral("action"), QStringLiteral("approve")}});
    QCOMPARE(skip.status, 200);
    QVERIFY(skip.text().contains(u"out of date"));
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::InProcess);
}

void TestSandboxLender::staleFormIsRefused()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0006");
    const QJsonObject created = f.createBill(billNo);
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(QStringLiteral("709"));
    Browser browser{f, {}, {}};
    browser.open(QUrl(redirectOf(created)));
    const QByteArray signInPage = browser.page.body;
    browser.submit({{QStringLiteral("step"), QStringLiteral("signin")},
                    {QStringLiteral("phone"), login.phone},
                    {QStringLiteral("pin"), login.pin}});
    // The sign-in form submitted again (back button): its token is spent.
    const HttpResult again =
        f.http.postForm(browser.pageUrl, {{QStringLiteral("token"), formToken(signInPage)},
                                          {QStringLiteral("step"), QStringLiteral("signin")},
                                          {QStringLiteral("phone"), login.phone},
                                          {QStringLiteral("pin"), login.pin}});
    QCOMPARE(again.status, 200);
    QVERIFY(again.text().contains(u"out of date"));
    QVERIFY(again.text().contains(u"name=\"otp\"")); // shows where the customer really is
    // A form that is not url-encoded is refused.
    const HttpResult json = f.http.post(browser.pageUrl, "{}", "application/json");
    QCOMPARE(json.status, 415);
}

void TestSandboxLender::instalmentsUnderTheMinimumAreDisabled()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0007");
    QJsonObject body = validPostData(f.credentials(), billNo, QStringLiteral("709"), f.clock.now());
    setSingleLine(body, 1'000'000);
    sign(body, f.credentials());
    const QJsonObject created = f.call(QStringLiteral("/cvr/300011/10"), body);
    QCOMPARE(created.value(u"response_code").toString(), u"00");
    const TrainingSandbox::LenderLogin login = f.sandbox->lenderLogin(QStringLiteral("709"));
    Browser browser{f, {}, {}};
    browser.open(QUrl(redirectOf(created)));
    browser.submit({{QStringLiteral("step"), QStringLiteral("signin")},
                    {QStringLiteral("phone"), login.phone},
                    {QStringLiteral("pin"), login.pin}});
    browser.submit(
        {{QStringLiteral("step"), QStringLiteral("otp")}, {QStringLiteral("otp"), login.otp}});
    QVERIFY(browser.page.text().contains(u"value=\"3_months\" disabled"));
    const HttpResult answer =
        browser.submit({{QStringLiteral("step"), QStringLiteral("confirm")},
                        {QStringLiteral("action"), QStringLiteral("approve")},
                        {QStringLiteral("tenor"), QStringLiteral("3_months")}});
    QCOMPARE(answer.status, 200);
    QVERIFY(answer.text().contains(u"Instalments start at Rp 1,500,000"));
    QCOMPARE(f.sandbox->bill(billNo)->paymentStatus, SandboxStatus::InProcess);
}

void TestSandboxLender::decidedBillShowsTheOutcome()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0008");
    const QJsonObject created = f.createBill(billNo);
    QVERIFY(f.sandbox->approve(billNo));
    const HttpResult page = f.http.get(QUrl(redirectOf(created)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(u"Pembayaran disetujui"));
    QVERIFY(page.text().contains(u"Back to the store"));
    QVERIFY(!page.text().contains(u"<form"));
    QVERIFY(!f.sandbox->approve(billNo));
    QVERIFY(!f.sandbox->decline(billNo));
}

void TestSandboxLender::expiredBillShowsExpiry()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0010");
    const QJsonObject created = f.createBill(billNo);
    f.clock.advanceSecs(3600);
    const HttpResult page = f.http.get(QUrl(redirectOf(created)));
    QCOMPARE(page.status, 200);
    QVERIFY(page.text().contains(u"The bill has expired"));
    QVERIFY(!page.text().contains(u"<form"));
}

void TestSandboxLender::pageEscapesWhatTheClientSent()
{
    SandboxFixture f;
    const QString billNo = QStringLiteral("K01S0011");
    QJsonObject body = validPostData(f.credentials(), billNo, QStringLiteral("807"), f.clock.now());
    QJsonArray items = body.value(u"item").toArray();
    QJsonObject first = items[0].toObject();
    first.insert(QStringLiteral("product"), QStringLiteral("<script>alert(1)</script>"));
    items[0] = first;
    body.insert(QStringLiteral("item"), items);
    const QJsonObject created = f.call(QStringLiteral("/cvr/300011/10"), body);
    const HttpResult page = f.http.get(QUrl(redirectOf(created)));
    QVERIFY(page.text().contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(!page.text().contains(u"<script>"));
}

void TestSandboxLender::pagesWorkWithoutScriptsOnAPhone()
{
    SandboxFixture f;
    const QJsonObject created = f.createBill(QStringLiteral("K01S0012"));
    const HttpResult page = f.http.get(QUrl(redirectOf(created)));
    QVERIFY(page.text().contains(u"<meta name=\"viewport\" content=\"width=device-width"));
    QVERIFY(page.text().contains(u"<form method=\"post\""));
    QVERIFY(!page.text().contains(u"<script"));
    QVERIFY(page.header("content-security-policy").contains("default-src 'none'"));
    QCOMPARE(page.header("cache-control"), QByteArray("no-store"));
}

QTEST_GUILESS_MAIN(TestSandboxLender)
#include "tst_sandboxlender.moc"
