#include "core/config/appsettings.h"

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
};

void TestConfig::trainingByDefault()
{
    const EffectiveConfig c =
        resolveConfig(AppSettings(), QProcessEnvironment(), QStringLiteral("/data"), QString());
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
    const EffectiveConfig c = resolveConfig(s, env, QStringLiteral("/data"), QStringLiteral("kc"));
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
    const EffectiveConfig c = resolveConfig(AppSettings(), env, QStringLiteral("/d"), QString());
    QVERIFY(!c.training);
    QVERIFY(hasFieldError(c.errors, u"merchant_id"));
    QVERIFY(hasFieldError(c.errors, u"password"));
}

void TestConfig::savedProductionNeedsPassword()
{
    AppSettings s;
    s.environment = GatewayEnvironment::Production;
    s.merchantId = QStringLiteral("12345");
    // No password anywhere: training rather than a broken production set-up.
    EffectiveConfig c = resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"), QString());
    QVERIFY(c.training);
    c = resolveConfig(s, QProcessEnvironment(), QStringLiteral("/d"), QStringLiteral("pw"));
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
                                            QStringLiteral("from-keychain"));
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

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
