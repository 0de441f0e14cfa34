// ScannerInput: a barcode scanner is a keyboard wedge. A burst of keys less than 40 ms apart
// (by the key events' own timestamps) that ends with Enter is a scan; slower typing is a
// person's. Never in a password or PIN field or the embedded browser, whatever the speed; a
// quickly typed buyer field keeps its text unless the burst is a known product code in full.
//
// The keys are sent as the window system delivers them: a QKeyEvent with its timestamp, to the
// focused widget, after the shortcut override, through the application's event filters.

#include "ui/cashier/scannerinput.h"
#include "uitestsupport.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace kasir;

namespace {

// QTest's own key events carry no timestamp: these carry the one a keyboard would give.
class Keyboard
{
public:
    ulong now = 1'000'000;

    void key(int key, const QString &text, qint64 gapMs)
    {
        now += static_cast<ulong>(gapMs);
        QWidget *to = QApplication::focusWidget();
        QVERIFY(to);
        if (qt_sendShortcutOverrideEvent(to, now, key, Qt::NoModifier, text))
            return;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        press.setTimestamp(now);
        QSpontaneKeyEvent::setSpontaneous(&press);
        QApplication::sendEvent(to, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        release.setTimestamp(now + 1);
        QSpontaneKeyEvent::setSpontaneous(&release);
        QApplication::sendEvent(to, &release);
    }
    void type(const QString &text, qint64 gapMs)
    {
        for (const QChar c : text) {
            const int k = c.isDigit()    ? Qt::Key_0 + c.digitValue()
                          : c.isLetter() ? Qt::Key_A + (c.toUpper().unicode() - 'A')
                                         : Qt::Key_unknown;
            key(k, QString(c), gapMs);
        }
    }
    void enter(qint64 gapMs) { key(Qt::Key_Return, QStringLiteral("\r"), gapMs); }
};

// Every text the window shows, but for `except`.
QStringList shownTexts(const QWidget *window, const QWidget *except)
{
    QStringList texts;
    for (const QLabel *l : window->findChildren<QLabel *>())
        texts << l->text();
    for (const QLineEdit *e : window->findChildren<QLineEdit *>()) {
        if (e != except)
            texts << e->text();
    }
    texts << window->windowTitle();
    return texts;
}

} // namespace

class TestScannerInput : public QObject
{
    Q_OBJECT

private:
    Keyboard m_keys;

private Q_SLOTS:
    void burstDetection_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("gapMs");
        QTest::addColumn<bool>("isScan");
        QTest::newRow("EAN-13 at 10 ms") << QStringLiteral("8991000200007") << 10 << true;
        QTest::newRow("SKU at 30 ms") << QStringLiteral("HPSAMA15") << 30 << true;
        QTest::newRow("at the 40 ms limit") << QStringLiteral("12345") << 40 << true;
        QTest::newRow("person at 120 ms") << QStringLiteral("budiexamplecom") << 120 << false;
        QTest::newRow("just over the limit") << QStringLiteral("12345") << 41 << false;
        QTest::newRow("PIN at 60 ms") << QStringLiteral("663482") << 60 << false;
        QTest::newRow("too short") << QStringLiteral("123") << 5 << false;
    }
    void burstDetection()
    {
        QFETCH(QString, keys);
        QFETCH(int, gapMs);
        QFETCH(bool, isScan);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *product = new QLineEdit(&window);
        auto *email = new QLineEdit(&window);
        layout->addWidget(product);
        layout->addWidget(email);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        scanner.setOwnEdit(product);
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy emailEnter(email, &QLineEdit::returnPressed);

        email->setText(QStringLiteral("ani@"));
        email->setFocus();
        m_keys.type(keys, gapMs);
        m_keys.enter(gapMs);
        QCOMPARE(scanned.count(), isScan ? 1 : 0);
        if (isScan) {
            QCOMPARE(scanned.at(0).at(0).toString(), keys);
            // The field the burst was typed into is as it was, and its Enter never fired.
            QCOMPARE(email->text(), QStringLiteral("ani@"));
            QCOMPARE(emailEnter.count(), 0);
        } else {
            QCOMPARE(email->text(), QStringLiteral("ani@") + keys);
            QCOMPARE(emailEnter.count(), 1);
        }
    }

    // The gaps are the events' own: keys a person typed 60 ms apart but that reach Kasir all
    // at once (the GUI thread was busy) are still a person's.
    void keysQueuedByABusyWindowAreStillAPersons()
    {
        QWidget window;
        auto *edit = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy enter(edit, &QLineEdit::returnPressed);
        edit->setFocus();
        const QString pin = QStringLiteral("663482");
        ulong t = 5'000;
        for (const QChar c : pin) {
            t += 60;
            auto *e = new QKeyEvent(QEvent::KeyPress, Qt::Key_0 + c.digitValue(), Qt::NoModifier,
                                    QString(c));
            e->setTimestamp(t);
            QCoreApplication::postEvent(edit, e);
        }
        auto *e =
            new QKeyEvent(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QStringLiteral("\r"));
        e->setTimestamp(t + 60);
        QCoreApplication::postEvent(edit, e);
        QTRY_COMPARE(enter.count(), 1); // all of them handled in one go
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(edit->text(), pin);
    }

    void secretFieldsAreNeverScanned_data()
    {
        QTest::addColumn<int>("gapMs");
        QTest::addColumn<int>("echoMode");
        QTest::newRow("PIN at 60 ms") << 60 << int(QLineEdit::Password);
        QTest::newRow("PIN at 10 ms") << 10 << int(QLineEdit::Password);
        QTest::newRow("no echo, 10 ms") << 10 << int(QLineEdit::NoEcho);
        QTest::newRow("echo on edit, 10 ms") << 10 << int(QLineEdit::PasswordEchoOnEdit);
    }
    void secretFieldsAreNeverScanned()
    {
        QFETCH(int, gapMs);
        QFETCH(int, echoMode);
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *product = new QLineEdit(&window);
        auto *pin = new QLineEdit(&window);
        pin->setEchoMode(QLineEdit::EchoMode(echoMode));
        auto *status = new QLabel(&window);
        layout->addWidget(product);
        layout->addWidget(pin);
        layout->addWidget(status);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        scanner.setOwnEdit(product);
        // What the window would do with a scan: say it.
        connect(&scanner, &ScannerInput::scanned, status, &QLabel::setText);
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy unknown(&scanner, &ScannerInput::unknownScanned);
        QSignalSpy enter(pin, &QLineEdit::returnPressed);
        pin->setFocus();
        const QString secret = QStringLiteral("663482");
        for (const QChar c : secret) {
            m_keys.type(QString(c), gapMs);
            QCOMPARE(scanner.pendingLength(), 0); // nothing of it is kept
        }
        m_keys.enter(gapMs);
        QCOMPARE(enter.count(), 1); // the Enter reached the field
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(unknown.count(), 0);
        QCOMPARE(pin->text(), secret);
        for (const QString &t : shownTexts(&window, pin))
            QVERIFY2(!t.contains(secret), qPrintable(t));

        // A scanner burst on the product entry still works.
        product->setFocus();
        m_keys.type(QStringLiteral("8991000200007"), 8);
        m_keys.enter(8);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("8991000200007"));
        QVERIFY(product->text().isEmpty());
    }

    // The embedded browser (BrowserPane marks itself) and everything inside it.
    void markedWidgetsAreNeverScanned()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *browser = new QWidget(&window);
        ScannerInput::markSecret(browser);
        auto *inner = new QWidget(browser);
        auto *page = new QLineEdit(inner); // stands for the page's PIN field
        new QVBoxLayout(inner);
        (new QVBoxLayout(browser))->addWidget(inner);
        inner->layout()->addWidget(page);
        layout->addWidget(browser);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(ScannerInput::isSecretInput(page));
        ScannerInput scanner(&window);
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy enter(page, &QLineEdit::returnPressed);
        page->setFocus();
        m_keys.type(QStringLiteral("663482"), 10);
        m_keys.enter(10);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(enter.count(), 1);
        QCOMPARE(page->text(), QStringLiteral("663482"));
    }

    void quickBuyerFieldIsNotWiped()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *product = new QLineEdit(&window);
        auto *name = new QLineEdit(&window);
        layout->addWidget(product);
        layout->addWidget(name);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        scanner.setOwnEdit(product);
        scanner.setKnownCode([](const QString &code) { return code == QLatin1String("AKS25W"); });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy enter(name, &QLineEdit::returnPressed);
        name->setFocus();
        m_keys.type(QStringLiteral("Budi"), 20); // a fast typist
        m_keys.enter(20);
        QCOMPARE(name->text(), QStringLiteral("Budi"));
        QCOMPARE(enter.count(), 1);
        QCOMPARE(scanned.count(), 0);
        // A known code scanned into the same field is taken, and the field is put back.
        m_keys.type(QStringLiteral("AKS25W"), 8);
        m_keys.enter(8);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(name->text(), QStringLiteral("Budi"));
        QCOMPARE(enter.count(), 1);
    }

    void unknownBurstOnAButtonIsSwallowed()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *button = new QPushButton(QStringLiteral("Cancel the bill"), &window);
        button->setAutoDefault(true); // Enter would press it
        layout->addWidget(button);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        scanner.setKnownCode([](const QString &) { return false; });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy unknown(&scanner, &ScannerInput::unknownScanned);
        QSignalSpy clicked(button, &QPushButton::clicked);
        button->setFocus();
        QCOMPARE(QApplication::focusWidget(), button);
        m_keys.type(QStringLiteral("4006381333931"), 8);
        QCOMPARE(scanner.pendingLength(), 13);
        m_keys.enter(8);
        QCOMPARE(unknown.count(), 1);
        QCOMPARE(scanned.count(), 0);
        QCOMPARE(clicked.count(), 0);
        // A person's Enter still presses it.
        m_keys.enter(500);
        QCOMPARE(clicked.count(), 1);
    }

    void scanIntoProductEntryIsTakenFromIt()
    {
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *product = new QLineEdit(&window);
        layout->addWidget(product);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        scanner.setOwnEdit(product);
        scanner.setKnownCode([](const QString &) { return false; });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        product->setFocus();
        m_keys.type(QStringLiteral("8991777223735"), 8);
        m_keys.enter(8);
        // Taken even when unknown: the window says so without repeating it.
        QCOMPARE(scanned.count(), 1);
        QVERIFY(product->text().isEmpty());
    }

    void pauseInsideABurstStartsOver()
    {
        QWidget window;
        auto *edit = new QLineEdit(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        edit->setFocus();
        m_keys.type(QStringLiteral("abc"), 10);
        m_keys.type(QStringLiteral("1"), 500); // the person paused
        m_keys.type(QStringLiteral("2345678"), 10);
        m_keys.enter(10);
        QCOMPARE(scanned.count(), 1);
        QCOMPARE(scanned.at(0).at(0).toString(), QStringLiteral("12345678"));
        QCOMPARE(edit->text(), QStringLiteral("abc"));
    }

    void disabledOrOtherWindowIgnored()
    {
        QWidget window;
        auto *edit = new QLineEdit(&window);
        QWidget other;
        auto *otherEdit = new QLineEdit(&other);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        ScannerInput scanner(&window);
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        scanner.setEnabled(false);
        edit->setFocus();
        m_keys.type(QStringLiteral("12345678"), 5);
        m_keys.enter(5);
        QCOMPARE(scanned.count(), 0);
        scanner.setEnabled(true);
        other.show();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        otherEdit->setFocus();
        m_keys.type(QStringLiteral("12345678"), 5);
        m_keys.enter(5);
        QCOMPARE(scanned.count(), 0);
    }
};

QTEST_MAIN(TestScannerInput)
#include "tst_scannerinput.moc"
