// The settings screen as a cashier uses it (real widgets, offscreen): values load and save,
// every field's rule (core's, see tst_config) shows its message under the field and keeps Save
// disabled, the password
// goes to the keychain and never into the settings file, a computer without a keychain says
// so, the supervisor PIN is changed only with the current one, and "Test connection" runs
// Payment Channel Inquiry against the training sandbox (success, wrong password = 55).

#include "core/common/clock.h"
#include "core/config/appsettings.h"
#include "core/engine/engine.h"
#include "core/sandbox/trainingsandbox.h"
#include "fakepasswordstore.h"
#include "screenshots.h"
#include "ui/backoffice/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;
using kasir::testsupport::FakePasswordStore;

namespace {

// Kasir sends only Part A: the sandbox refuses what only real Faspay tolerates.
SandboxConfig strictSandboxConfig()
{
    SandboxConfig config;
    config.strict = true;
    return config;
}

template<class T>
T *field(QWidget *dialog, const char *name)
{
    T *w = dialog->findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void setText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    if (!text.isEmpty())
        QTest::keyClicks(edit, text);
}

QString errorText(QWidget *dialog, const QString &path)
{
    auto *label = dialog->findChild<QLabel *>(QStringLiteral("error:") + path);
    // Not isVisibleTo(): the field may be on another tab.
    return label && !label->isHidden() ? label->text() : QString();
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i < 0)
        qFatal("no such item");
    combo->setCurrentIndex(i);
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsSettings();
    void inlineErrorsBlockSave();
    void passwordToKeychainNeverToFile();
    void noKeychainSaysSo();
    void supervisorPin();
    void embeddedBrowserSwitch();
    void testConnectionAgainstSandbox();
    void testConnectionWrongPassword();
    void screenshot();

private:
    // Test connection as the window has it: Engine::testConnection, with the password typed
    // or else the one in the (fake) keychain.
    ConnectionTester tester(FakePasswordStore *store);

    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("kasir.ini")); }
};

ConnectionTester TestSettingsDialog::tester(FakePasswordStore *store)
{
    return [this, store](const AppSettings &form, const QString &typed, QObject *context,
                         ChannelInquiryCallback done) {
        const QString password = typed.isEmpty() ? store->stored.value(form.merchantId) : typed;
        if (password.isEmpty())
            return done(ChannelInquiryResult::noPassword());
        m_engine->testConnection(
            form.gatewayUrl(),
            faspay::Credentials{form.merchantId, form.merchantName, form.userId, password}, context,
            std::move(done));
    };
}

void TestSettingsDialog::init()
{
    m_engine.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    EngineConfig engine;
    engine.dataDir = m_dir->filePath(QStringLiteral("data"));
    engine.clock = &m_clock;
    engine.network = &m_network;
    TranslatableText problem;
    m_engine = Engine::open(std::move(engine), &problem);
    QVERIFY2(m_engine, qPrintable(problem.english()));
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
    AppSettings s;
    s.store.name = QStringLiteral("Toko Sinar Jaya Ponsel");
    s.store.address = QStringLiteral("Jl. Pemuda No. 118, Semarang");
    s.store.terminalCode = QStringLiteral("K01");
    s.environment = GatewayEnvironment::FaspaySandbox;
    s.merchantId = QStringLiteral("12345");
    s.merchantName = QStringLiteral("SINAR JAYA");
    s.printer.kind = PrinterKind::EscPosTcp;
    s.printer.host = QStringLiteral("192.168.1.50");
    s.printer.port = 9100;
    s.printer.widthMm = 58;
    s.save(*m_settings);
    m_settings->sync();
}

void TestSettingsDialog::loadsSettings()
{
    FakePasswordStore store;
    QNetworkAccessManager nam;
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    QCOMPARE(field<QLineEdit>(&dialog, "storeName")->text(),
             QStringLiteral("Toko Sinar Jaya Ponsel"));
    QCOMPARE(field<QLineEdit>(&dialog, "terminalCode")->text(), QStringLiteral("K01"));
    QCOMPARE(field<QComboBox>(&dialog, "environment")->currentData().toString(),
             QStringLiteral("sandbox"));
    QCOMPARE(field<QLineEdit>(&dialog, "merchantId")->text(), QStringLiteral("12345"));
    QCOMPARE(field<QLineEdit>(&dialog, "userId")->placeholderText(), QStringLiteral("bot12345"));
    QCOMPARE(field<QLineEdit>(&dialog, "escposAddress")->text(),
             QStringLiteral("192.168.1.50:9100"));
    QCOMPARE(field<QComboBox>(&dialog, "paperWidth")->currentData().toInt(), 58);
    QVERIFY(!field<QLineEdit>(&dialog, "productionUrl")->isEnabled());
    QVERIFY(field<QLineEdit>(&dialog, "password")->text().isEmpty());
    QVERIFY(dialog.fieldErrors().isEmpty());
    QVERIFY(dialog.canSave());
    // The password field never shows a stored password.
    store.stored.insert(QStringLiteral("12345"), QStringLiteral("stored-secret"));
    SettingsDialog again(m_settings.get(), &store, tester(&store));
    QTRY_VERIFY(!field<QLineEdit>(&again, "password")->placeholderText().isEmpty());
    QVERIFY(field<QLineEdit>(&again, "password")->text().isEmpty());
    QVERIFY(field<QLabel>(&again, "keychainStatus")->text().contains(QStringLiteral("keychain")));
}

void TestSettingsDialog::inlineErrorsBlockSave()
{
    FakePasswordStore store;
    QNetworkAccessManager nam;
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *save = field<QPushButton>(&dialog, "save");
    QVERIFY(save->isEnabled());
    setText(field<QLineEdit>(&dialog, "terminalCode"), QStringLiteral("K-1"));
    QVERIFY(!errorText(&dialog, QStringLiteral("store.terminal")).isEmpty());
    QVERIFY(!save->isEnabled());
    setText(field<QLineEdit>(&dialog, "merchantId"), QStringLiteral("12"));
    QVERIFY(!errorText(&dialog, QStringLiteral("merchant.id")).isEmpty());
    QVERIFY(!field<QPushButton>(&dialog, "testConnection")->isEnabled());
    setText(field<QLineEdit>(&dialog, "terminalCode"), QStringLiteral("K02"));
    QVERIFY(errorText(&dialog, QStringLiteral("store.terminal")).isEmpty());
    QVERIFY(!save->isEnabled()); // the merchant ID still is wrong
    setText(field<QLineEdit>(&dialog, "merchantId"), QStringLiteral("12345"));
    QVERIFY(save->isEnabled());
    // Switching the printer to a device with no path shows that field's error.
    selectData(field<QComboBox>(&dialog, "printerKind"), QStringLiteral("escpos-device"));
    QVERIFY(!errorText(&dialog, QStringLiteral("printer.device")).isEmpty());
    QVERIFY(!save->isEnabled());
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save(); // refused while errors remain
    QCOMPARE(saved.size(), 0);
    setText(field<QLineEdit>(&dialog, "escposDevice"), QStringLiteral("/dev/usb/lp0"));
    QVERIFY(save->isEnabled());
    // The Return URL must be a whole http(s) address.
    setText(field<QLineEdit>(&dialog, "returnUrl"), QStringLiteral("toko.example/return"));
    QVERIFY(!errorText(&dialog, QStringLiteral("browser.returnUrl")).isEmpty());
    QVERIFY(!save->isEnabled());
    setText(field<QLineEdit>(&dialog, "returnUrl"),
            QStringLiteral("https://toko.example/kasir/return"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(AppSettings::load(*m_settings).browser.returnUrl,
             QUrl(QStringLiteral("https://toko.example/kasir/return")));
    const AppSettings reread = AppSettings::load(*m_settings);
    QCOMPARE(reread.store.terminalCode, QStringLiteral("K02"));
    QCOMPARE(reread.printer.kind, PrinterKind::EscPosDevice);
    QCOMPARE(reread.printer.device, QStringLiteral("/dev/usb/lp0"));
}

void TestSettingsDialog::passwordToKeychainNeverToFile()
{
    FakePasswordStore store;
    QNetworkAccessManager nam;
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    QTRY_VERIFY(field<QLineEdit>(&dialog, "password")->isEnabled());
    const QString secret = QStringLiteral("Rahasia-Toko-7731");
    setText(field<QLineEdit>(&dialog, "password"), secret);
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QTest::mouseClick(field<QPushButton>(&dialog, "save"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(store.stored.value(QStringLiteral("12345")), secret);
    QVERIFY(!dialog.isVisible());
    QVERIFY(field<QLineEdit>(&dialog, "password")->text().isEmpty());
    m_settings->sync();
    QFile ini(settingsPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray bytes = ini.readAll();
    QVERIFY(!bytes.isEmpty());
    QVERIFY(!bytes.contains(secret.toUtf8()));
    QVERIFY(!bytes.contains("Rahasia"));
}

void TestSettingsDialog::noKeychainSaysSo()
{
    FakePasswordStore store;
    store.noKeychain = true;
    QNetworkAccessManager nam;
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    QTRY_VERIFY(field<QLabel>(&dialog, "keychainStatus")
                    ->text()
                    .contains(QStringLiteral("KASIR_FASPAY_PASSWORD")));
    QVERIFY(!field<QLineEdit>(&dialog, "password")->isEnabled());
    // Everything else still saves.
    setText(field<QLineEdit>(&dialog, "storeName"), QStringLiteral("Toko Baru"));
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    QTest::mouseClick(field<QPushButton>(&dialog, "save"), Qt::LeftButton);
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(store.writes, 0);
    QCOMPARE(AppSettings::load(*m_settings).store.name, QStringLiteral("Toko Baru"));
}

// On by default; off is saved for the next start (main.cpp then creates no OpenGL context and
// the window has no "Open here").
void TestSettingsDialog::embeddedBrowserSwitch()
{
    QVERIFY(AppSettings::load(*m_settings).browser.enabled);
    FakePasswordStore store;
    QNetworkAccessManager nam;
    {
        SettingsDialog dialog(m_settings.get(), &store, tester(&store));
        auto *box = field<QCheckBox>(&dialog, "browserEnabled");
        QVERIFY(box->isChecked());
        box->setChecked(false);
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.save();
        QCOMPARE(saved.size(), 1);
    }
    QVERIFY(!AppSettings::load(*m_settings).browser.enabled);
    SettingsDialog again(m_settings.get(), &store, tester(&store));
    QVERIFY(!field<QCheckBox>(&again, "browserEnabled")->isChecked());
}

void TestSettingsDialog::supervisorPin()
{
    FakePasswordStore store;
    QNetworkAccessManager nam;
    {
        SettingsDialog dialog(m_settings.get(), &store, tester(&store));
        dialog.show();
        QVERIFY(!field<QLineEdit>(&dialog, "pinCurrent")->isEnabled()); // none set yet
        setText(field<QLineEdit>(&dialog, "pinNew"), QStringLiteral("2468"));
        QVERIFY(!dialog.canSave()); // repeat missing
        setText(field<QLineEdit>(&dialog, "pinRepeat"), QStringLiteral("2468"));
        QVERIFY(dialog.canSave());
        dialog.save();
    }
    AppSettings s = AppSettings::load(*m_settings);
    QVERIFY(s.hasSupervisorPin());
    QVERIFY(s.checkSupervisorPin(QStringLiteral("2468")));
    QVERIFY(!m_settings->allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("2468")));

    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    QVERIFY(field<QLineEdit>(&dialog, "pinCurrent")->isEnabled());
    setText(field<QLineEdit>(&dialog, "pinNew"), QStringLiteral("13579"));
    setText(field<QLineEdit>(&dialog, "pinRepeat"), QStringLiteral("13579"));
    QVERIFY(!errorText(&dialog, QStringLiteral("pin.current")).isEmpty()); // current needed
    setText(field<QLineEdit>(&dialog, "pinCurrent"), QStringLiteral("1111"));
    QSignalSpy saved(&dialog, &SettingsDialog::saved);
    dialog.save();
    QCOMPARE(saved.size(), 0);
    QVERIFY(!errorText(&dialog, QStringLiteral("pin.current")).isEmpty());
    QVERIFY(AppSettings::load(*m_settings).checkSupervisorPin(QStringLiteral("2468")));
    setText(field<QLineEdit>(&dialog, "pinCurrent"), QStringLiteral("2468"));
    QVERIFY(dialog.canSave());
    dialog.save();
    QCOMPARE(saved.size(), 1);
    s = AppSettings::load(*m_settings);
    QVERIFY(s.checkSupervisorPin(QStringLiteral("13579")));
    QVERIFY(!s.checkSupervisorPin(QStringLiteral("2468")));
}

void TestSettingsDialog::testConnectionAgainstSandbox()
{
    SystemClock clock;
    QNetworkAccessManager nam;
    TrainingSandbox sandbox(strictSandboxConfig(), &clock, &nam);
    QVERIFY(sandbox.start());
    FakePasswordStore store;
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    selectData(field<QComboBox>(&dialog, "environment"), QStringLiteral("custom"));
    setText(field<QLineEdit>(&dialog, "customUrl"), sandbox.baseUrl().toString());
    setText(field<QLineEdit>(&dialog, "merchantId"), sandbox.config().merchantId);
    setText(field<QLineEdit>(&dialog, "merchantName"), sandbox.config().merchantName);
    QTRY_VERIFY(field<QLineEdit>(&dialog, "password")->isEnabled());
    setText(field<QLineEdit>(&dialog, "password"), sandbox.config().password);
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QTest::mouseClick(field<QPushButton>(&dialog, "testConnection"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
    QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(tested.at(0).at(1).toString()));
    auto *list = field<QListWidget>(&dialog, "channelList");
    QVERIFY(!list->isHidden());
    QCOMPARE(list->count(), 4);
    QStringList codes;
    for (int i = 0; i < list->count(); ++i)
        codes << list->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(codes, (QStringList{QStringLiteral("709"), QStringLiteral("807"),
                                 QStringLiteral("820"), sandbox.config().briCeriaCode}));
    // Testing saves nothing.
    QCOMPARE(store.writes, 0);
    QCOMPARE(AppSettings::load(*m_settings).environment, GatewayEnvironment::FaspaySandbox);
}

void TestSettingsDialog::testConnectionWrongPassword()
{
    SystemClock clock;
    QNetworkAccessManager nam;
    TrainingSandbox sandbox(strictSandboxConfig(), &clock, &nam);
    QVERIFY(sandbox.start());
    FakePasswordStore store;
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.show();
    selectData(field<QComboBox>(&dialog, "environment"), QStringLiteral("custom"));
    setText(field<QLineEdit>(&dialog, "customUrl"), sandbox.baseUrl().toString());
    setText(field<QLineEdit>(&dialog, "merchantId"), sandbox.config().merchantId);
    setText(field<QLineEdit>(&dialog, "merchantName"), sandbox.config().merchantName);
    QTRY_VERIFY(field<QLineEdit>(&dialog, "password")->isEnabled());
    setText(field<QLineEdit>(&dialog, "password"), QStringLiteral("wrong-password"));
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    dialog.testConnection();
    QTRY_COMPARE_WITH_TIMEOUT(tested.size(), 1, 20000);
    QVERIFY(!tested.at(0).at(0).toBool());
    const QString message = tested.at(0).at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("55")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("password")));
    QCOMPARE(field<QLabel>(&dialog, "connectionResult")->text(), message);
}

void TestSettingsDialog::screenshot()
{
    if (!testsupport::screenshotsRequested())
        QSKIP("set KASIR_SCREENSHOT_DIR to write docs/screenshots/settings-id.png");
    testsupport::ScreenshotLanguage language;
    SystemClock clock;
    QNetworkAccessManager nam;
    TrainingSandbox sandbox(strictSandboxConfig(), &clock, &nam);
    QVERIFY(sandbox.start());
    FakePasswordStore store;
    store.stored.insert(sandbox.config().merchantId, sandbox.config().password);
    AppSettings s = AppSettings::load(*m_settings);
    s.environment = GatewayEnvironment::Custom;
    s.customGatewayUrl = sandbox.baseUrl();
    s.merchantId = sandbox.config().merchantId;
    s.merchantName = sandbox.config().merchantName;
    s.notificationReceiverEnabled = true;
    s.save(*m_settings);
    SettingsDialog dialog(m_settings.get(), &store, tester(&store));
    dialog.resize(760, 860);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    field<QTabWidget>(&dialog, "tabs")->setCurrentIndex(1);
    QSignalSpy tested(&dialog, &SettingsDialog::connectionTested);
    QTRY_VERIFY(field<QLineEdit>(&dialog, "password")->isEnabled());
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!tested.isEmpty(), 20000);
    setText(field<QLineEdit>(&dialog, "notifyListen"), QStringLiteral("0.0.0.0"));
    QCoreApplication::processEvents(); // the field's validation message is laid out
    QVERIFY(testsupport::saveScreenshot(&dialog, QStringLiteral("settings-id.png")));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
