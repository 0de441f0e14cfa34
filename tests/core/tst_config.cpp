#include "core/config/appsettings.h"
#include "core/config/settingsrules.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void trainingByDefault();
    void environmentOverrides();
    void gatewayWithoutCredentialsIsAnError();
    void savedProductionNeedsPassword();
    void keychainPasswordUsed();
    void listenAddress_data();
    void listenAddress();
    void settingsRoundTrip();
    void supervisorPin();
    void settingsRules_data();
    void settingsRules();
    void environmentGatewayFollowsTheDialogRule_data();
    void environmentGatewayFollowsTheDialogRule();
    void browserSettings();
};

void TestConfig::trainingByDefault()
{
    const EffectiveConfig c =
        resolveConfig(AppSettings(), QProcessEnvironment(), QStringLiteral("/data"));
    QVERIFY(c.ok());
    QVERIFY(c.training);
    QCOMPARE(c.dataDir, QStringLiteral("/data"));
    QVERIFY(!c.notificationListen);
}

void TestConfig::environmentOverrides()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KASIR_DATA_DIR"), QStringLiteral("/tmp/k"));
    env.insert(QStringLiteral("KASIR_GATEWAY_URL"), QStringLiteral("http://127.0.0.1:9000"));
    env.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("12345"));
    env.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("s3cret"));
    env.insert(QStringLiteral("KASIR_NOTIFY_LISTEN"), QStringLiteral("127.0.0.1:8765"));
    AppSettings s;
    s.merchantId = QStringLiteral("99999");
    const EffectiveConfig c =
        resolveConfig(s, env, QStringLiteral("/data"), {QStringLiteral("kc"), {}});
    QVERIFY(c.ok());
    QVERIFY(!c.training);
    QCOMPARE(c.environment, GatewayEnvironment::Custom);
    QCOMPARE(c.dataDir, QStringLiteral("/tmp/k"));
    QCOMPARE(c.gatewayUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
    QCOMPARE(c.credentials.merchantId, QStringLiteral("12345"));
    QCOMPARE(c.credentials.password, QStringLiteral("s3cret")); // env wins over the keychain
    QCOMPARE(c.credentials.effectiveUserId(), QStringLiteral("bot12345"));
    QVERIFY(c.notificationListen);
    QCOMPARE(c.notificationListen->second, quint16(8765));
}

void TestConfig::gatewayWithoutCredentialsIsAnError()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("KASIR_GATEWAY_URL"), QStringLiteral("https://faspay.example"));
    const EffectiveConfig c = resolveConfig(AppSettings(), env, QStringLiteral("/d"));
    QVERIFY(!c.training);
    QVERIFY(hasFieldError(c.errors, u"merchant_id"));
    QVERIFY(hasFieldError(c.errors, u"password"));
}

void TestConfig::savedProductionNeedsPassword()
{
    AppSettings s;
    s.environment = GatewayEnvironment::Production;
    s.merchantId = QStringLiteral("12345");
    // Production at the default terminal code: refused (two installs would share bill numbers).
    EffectiveConfig k01 =
        resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"), {QStringLiteral("pw"), {}});
    QVERIFY(hasFieldError(k01.errors, u"terminal"));
    s.store.terminalCode = QStringLiteral("P02");
    // No password anywhere: refused, never training (issue 12, fail closed).
    EffectiveConfig c = resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"));
    QVERIFY(!c.training);
    QVERIFY(hasFieldError(c.errors, u"password"));
    // The keychain could not be read: it runs with payments off and says why, never training.
    KeychainAnswer failed;
    failed.problem = TranslatableText("kasir::Test", "The keychain did not answer.");
    c = resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"), failed);
    QVERIFY(c.ok());
    QVERIFY(!c.training);
    QCOMPARE(c.environment, GatewayEnvironment::Production);
    QCOMPARE(c.paymentsOff.english(), QStringLiteral("The keychain did not answer."));
    // An empty KASIR_GATEWAY_URL beside a password is a mistake, not training.
    QProcessEnvironment env;
    env.insert(QStringLiteral("KASIR_GATEWAY_URL"), QString());
    env.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("12345"));
    env.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("pw"));
    c = resolveConfig(AppSettings(), env, QStringLiteral("/d"));
    QVERIFY(!c.training);
    QVERIFY(hasFieldError(c.errors, u"gateway_url"));
    c = resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"), {QStringLiteral("pw"), {}});
    QVERIFY(c.ok());
    QVERIFY(!c.training);
    QCOMPARE(c.gatewayUrl, QUrl(QStringLiteral("https://web.faspay.co.id")));
}

void TestConfig::keychainPasswordUsed()
{
    AppSettings s;
    s.environment = GatewayEnvironment::FaspaySandbox;
    s.merchantId = QStringLiteral("12345");
    const EffectiveConfig c = resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"),
                                            {QStringLiteral("from-keychain"), {}});
    QVERIFY(c.ok());
    QCOMPARE(c.credentials.password, QStringLiteral("from-keychain"));
    QCOMPARE(c.gatewayUrl, QUrl(QStringLiteral("https://debit-sandbox.faspay.co.id")));
}

void TestConfig::listenAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("any") << "0.0.0.0:8765" << true;
    QTest::newRow("loopback") << "127.0.0.1:1" << true;
    QTest::newRow("localhost") << "localhost:8080" << true;
    QTest::newRow("ipv6") << "[::1]:8080" << true;
    QTest::newRow("no port") << "127.0.0.1" << false;
    QTest::newRow("port zero") << "127.0.0.1:0" << false;
    QTest::newRow("port too big") << "127.0.0.1:70000" << false;
    QTest::newRow("hostname") << "example.com:80" << false;
}

void TestConfig::listenAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE(parseListenAddress(text).has_value(), ok);
}

void TestConfig::settingsRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kasir.ini"));
    AppSettings a;
    a.store.name = QStringLiteral("Toko Maju");
    a.store.terminalCode = QStringLiteral("T9");
    a.environment = GatewayEnvironment::Custom;
    a.customGatewayUrl = QUrl(QStringLiteral("http://10.0.0.5:8080"));
    a.merchantId = QStringLiteral("31019");
    a.printer.kind = PrinterKind::EscPosTcp;
    a.printer.host = QStringLiteral("10.0.0.9");
    a.printer.widthMm = 58;
    a.language = QStringLiteral("en");
    {
        QSettings s(path, QSettings::IniFormat);
        a.save(s);
    }
    QSettings s(path, QSettings::IniFormat);
    const AppSettings b = AppSettings::load(s);
    QCOMPARE(b.store.name, a.store.name);
    QCOMPARE(b.store.terminalCode, a.store.terminalCode);
    QCOMPARE(b.environment, a.environment);
    QCOMPARE(b.customGatewayUrl, a.customGatewayUrl);
    QCOMPARE(b.merchantId, a.merchantId);
    QCOMPARE(b.printer.kind, a.printer.kind);
    QCOMPARE(b.printer.columns(), 32);
    QCOMPARE(b.language, a.language);
}

void TestConfig::supervisorPin()
{
    AppSettings a;
    QVERIFY(!a.hasSupervisorPin());
    QVERIFY(!a.checkSupervisorPin(QString()));
    a.setSupervisorPin(QStringLiteral("4321"));
    QVERIFY(a.hasSupervisorPin());
    QVERIFY(!a.supervisorPinHash.contains(QLatin1String("4321")));
    QVERIFY(a.checkSupervisorPin(QStringLiteral("4321")));
    QVERIFY(!a.checkSupervisorPin(QStringLiteral("1234")));
    QVERIFY(!a.checkSupervisorPin(QString()));
}

void TestConfig::settingsRules_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("errorField"); // empty: no error
    QTest::newRow("terminal ok") << "terminal"
                                 << "K01"
                                 << "";
    QTest::newRow("terminal 4") << "terminal"
                                << "AB12"
                                << "";
    QTest::newRow("terminal empty") << "terminal"
                                    << ""
                                    << "store.terminal";
    QTest::newRow("terminal 5") << "terminal"
                                << "AB123"
                                << "store.terminal";
    QTest::newRow("terminal dash") << "terminal"
                                   << "K-1"
                                   << "store.terminal";
    QTest::newRow("terminal space") << "terminal"
                                    << "K 1"
                                    << "store.terminal";
    QTest::newRow("store name empty") << "storeName"
                                      << "  "
                                      << "store.name";
    QTest::newRow("merchant 5 digits") << "merchant"
                                       << "31019"
                                       << "";
    QTest::newRow("merchant 4 digits") << "merchant"
                                       << "3101"
                                       << "merchant.id";
    QTest::newRow("merchant letters") << "merchant"
                                      << "31a19"
                                      << "merchant.id";
    QTest::newRow("merchant empty, sandbox") << "merchant"
                                             << ""
                                             << "merchant.id";
    QTest::newRow("user id ok") << "userId"
                                << "bot31019"
                                << "";
    QTest::newRow("user id space") << "userId"
                                   << "bot 31019"
                                   << "merchant.userId";
    QTest::newRow("production https") << "production"
                                      << "https://web.faspay.co.id"
                                      << "";
    QTest::newRow("production http") << "production"
                                     << "http://web.faspay.co.id"
                                     << "gateway.productionUrl";
    QTest::newRow("production ftp") << "production"
                                    << "ftp://web.faspay.co.id"
                                    << "gateway.productionUrl";
    QTest::newRow("production user info") << "production"
                                          << "https://u:p@web.faspay.co.id"
                                          << "gateway.productionUrl";
    QTest::newRow("custom https") << "custom"
                                  << "https://gw.example.com/x"
                                  << "";
    QTest::newRow("custom http loopback") << "custom"
                                          << "http://127.0.0.1:8080"
                                          << "";
    QTest::newRow("custom http remote") << "custom"
                                        << "http://gw.example.com"
                                        << "gateway.customUrl";
    // Production never keeps the terminal code every install starts with (Part A §6).
    QTest::newRow("production at the default terminal") << "productionTerminal"
                                                        << "K01"
                                                        << "store.terminal";
    QTest::newRow("production at the default, lower case") << "productionTerminal"
                                                           << "k01"
                                                           << "store.terminal";
    QTest::newRow("production with its own terminal") << "productionTerminal"
                                                      << "K02"
                                                      << "";
    QTest::newRow("custom empty") << "custom"
                                  << ""
                                  << "gateway.customUrl";
    QTest::newRow("listen ok") << "listen"
                               << "0.0.0.0:8765"
                               << "";
    QTest::newRow("listen no port") << "listen"
                                    << "0.0.0.0"
                                    << "notification.listen";
    QTest::newRow("listen port 0") << "listen"
                                   << "0.0.0.0:0"
                                   << "notification.listen";
    QTest::newRow("escpos host") << "escpos"
                                 << "192.168.1.50"
                                 << "";
    QTest::newRow("escpos host:port") << "escpos"
                                      << "printer.local:9100"
                                      << "";
    QTest::newRow("escpos empty") << "escpos"
                                  << ""
                                  << "printer.address";
    QTest::newRow("escpos bad port") << "escpos"
                                     << "192.168.1.50:99999"
                                     << "printer.address";
    QTest::newRow("device ok") << "device"
                               << "/dev/usb/lp0"
                               << "";
    QTest::newRow("device empty") << "device"
                                  << ""
                                  << "printer.device";
    QTest::newRow("hosts ok") << "hosts"
                              << "web.faspay.co.id *.kredivo.com 127.0.0.1"
                              << "";
    QTest::newRow("hosts url") << "hosts"
                               << "https://web.faspay.co.id"
                               << "browser.hosts";
    QTest::newRow("hosts star inside") << "hosts"
                                       << "web.*.co.id"
                                       << "browser.hosts";
    QTest::newRow("pin ok") << "pin"
                            << "1234"
                            << "";
    QTest::newRow("pin short") << "pin"
                               << "123"
                               << "pin.new";
    QTest::newRow("pin letters") << "pin"
                                 << "12ab"
                                 << "pin.new";
    QTest::newRow("pin mismatch") << "pinMismatch"
                                  << "1234"
                                  << "pin.repeat";
    QTest::newRow("pin change without current") << "pinChange"
                                                << "1234"
                                                << "pin.current";
    QTest::newRow("return url ok") << "returnUrl"
                                   << "https://toko.example/kasir/return"
                                   << "";
    QTest::newRow("return url none") << "returnUrl"
                                     << ""
                                     << "";
    QTest::newRow("return url no scheme") << "returnUrl"
                                          << "toko.example/return"
                                          << "browser.returnUrl";
    QTest::newRow("merchant name empty") << "merchantName"
                                         << ""
                                         << "merchant.name";
}

// The rules of Settings without any widget: one field changed from a valid form, and the one
// error it must give (or none).
void TestConfig::settingsRules()
{
    QFETCH(QString, what);
    QFETCH(QString, value);
    QFETCH(QString, errorField);
    SettingsForm form;
    AppSettings &s = form.settings;
    s.environment = GatewayEnvironment::FaspaySandbox;
    s.merchantId = QStringLiteral("12345");
    s.merchantName = QStringLiteral("SINAR JAYA");
    s.printer.kind = PrinterKind::EscPosTcp;
    form.escPosAddress = QStringLiteral("192.168.1.50:9100");
    QVERIFY(validateSettings(form).isEmpty());
    if (what == QLatin1String("terminal"))
        s.store.terminalCode = value;
    else if (what == QLatin1String("storeName"))
        s.store.name = value;
    else if (what == QLatin1String("merchant"))
        s.merchantId = value;
    else if (what == QLatin1String("merchantName"))
        s.merchantName = value;
    else if (what == QLatin1String("userId"))
        s.userId = value;
    else if (what == QLatin1String("production")) {
        s.environment = GatewayEnvironment::Production;
        s.store.terminalCode = QStringLiteral("P02");
        s.productionGatewayUrl = QUrl(value);
    } else if (what == QLatin1String("productionTerminal")) {
        s.environment = GatewayEnvironment::Production;
        s.store.terminalCode = value;
    } else if (what == QLatin1String("custom")) {
        s.environment = GatewayEnvironment::Custom;
        s.customGatewayUrl = QUrl(value);
    } else if (what == QLatin1String("listen")) {
        s.notificationReceiverEnabled = true;
        s.notificationListen = value;
    } else if (what == QLatin1String("escpos"))
        form.escPosAddress = value;
    else if (what == QLatin1String("device")) {
        s.printer.kind = PrinterKind::EscPosDevice;
        s.printer.device = value;
    } else if (what == QLatin1String("hosts"))
        s.browser.lenderHosts = splitHostList(value);
    else if (what == QLatin1String("returnUrl"))
        form.returnUrl = value;
    else if (what == QLatin1String("pin")) {
        form.newPin = value;
        form.repeatPin = value;
    } else if (what == QLatin1String("pinMismatch")) {
        form.newPin = value;
        form.repeatPin = value + QLatin1Char('9');
    } else if (what == QLatin1String("pinChange")) {
        form.hadPin = true;
        form.newPin = value;
        form.repeatPin = value;
    }
    const FieldErrors e = validateSettings(form);
    QStringList fields;
    for (const FieldError &error : e) {
        fields << error.field;
        QVERIFY(!error.message.english().isEmpty());
    }
    if (errorField.isEmpty())
        QVERIFY2(e.isEmpty(), qPrintable(fields.join(QLatin1Char(','))));
    else
        QCOMPARE(fields, QStringList{errorField});
}

// KASIR_GATEWAY_URL is held to the rule of the dialog's custom address, and refused with the
// dialog's message, naming the variable.
void TestConfig::environmentGatewayFollowsTheDialogRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("https") << "https://gw.example.com" << false;
    QTest::newRow("http loopback") << "http://127.0.0.1:9000" << false;
    QTest::newRow("http localhost") << "http://localhost:9000" << false;
    QTest::newRow("http remote") << "http://example.com" << true;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << true;
    QTest::newRow("user info") << "https://u:p@gw.example.com" << true;
}

void TestConfig::environmentGatewayFollowsTheDialogRule()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QProcessEnvironment env;
    env.insert(QStringLiteral("KASIR_GATEWAY_URL"), url);
    env.insert(QStringLiteral("KASIR_MERCHANT_ID"), QStringLiteral("12345"));
    env.insert(QStringLiteral("KASIR_FASPAY_PASSWORD"), QStringLiteral("s3cret"));
    const EffectiveConfig c = resolveConfig(AppSettings(), env, QStringLiteral("/data"));
    QCOMPARE(!c.ok(), refused);
    if (!refused)
        return;
    QCOMPARE(c.errors.size(), 1);
    QCOMPARE(c.errors.first().field, QStringLiteral("gateway_url"));

    SettingsForm form;
    form.settings.environment = GatewayEnvironment::Custom;
    form.settings.customGatewayUrl = QUrl(url, QUrl::StrictMode);
    form.settings.merchantId = QStringLiteral("12345");
    form.settings.merchantName = QStringLiteral("SINAR JAYA");
    const FieldErrors dialog = validateSettings(form);
    QCOMPARE(dialog.size(), 1);
    QCOMPARE(dialog.first().field, QStringLiteral("gateway.customUrl"));
    QCOMPARE(c.errors.first().message.english(),
             QStringLiteral("KASIR_GATEWAY_URL: ") + dialog.first().message.english());
    QCOMPARE(c.errors.first().message.english(),
             QStringLiteral("KASIR_GATEWAY_URL: Enter an https:// address (plain http:// only for "
                            "this computer, 127.0.0.1)."));
}

// The browser/* keys are part of the settings, with their defaults.
void TestConfig::browserSettings()
{
    QTemporaryDir dir;
    QSettings file(dir.filePath(QStringLiteral("k.ini")), QSettings::IniFormat);
    AppSettings a = AppSettings::load(file);
    QVERIFY(a.browser.enabled);
    QCOMPARE(a.browser.lenderHosts, BrowserSettings::defaultLenderHosts());
    QVERIFY(a.browser.returnUrl.isEmpty());
    a.browser.enabled = false;
    a.browser.lenderHosts = {QStringLiteral("*.kredivo.com")};
    a.browser.returnUrl = QUrl(QStringLiteral("https://toko.example/return"));
    a.save(file);
    file.sync();
    const AppSettings b = AppSettings::load(file);
    QVERIFY(!b.browser.enabled);
    QCOMPARE(b.browser.lenderHosts, QStringList{QStringLiteral("*.kredivo.com")});
    QCOMPARE(b.browser.returnUrl, QUrl(QStringLiteral("https://toko.example/return")));
    QCOMPARE(splitHostList(QStringLiteral(" a.example, b.example;c.example\n")),
             (QStringList{QStringLiteral("a.example"), QStringLiteral("b.example"),
                          QStringLiteral("c.example")}));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
