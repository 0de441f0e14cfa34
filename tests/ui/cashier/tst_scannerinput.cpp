// ScannerInput: a barcode scanner is a keyboard wedge. A burst of keys less than 40 ms apart
// that ends with Enter is a scan, wherever the focus is; slower typing is a person's.

#include "ui/cashier/scannerinput.h"
#include "uitestsupport.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace kasir;

class TestScannerInput : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;
    qint64 m_step = 10;

    void typeAs(QWidget *w, const QString &text, qint64 gapMs)
    {
        m_step = gapMs;
        for (const QChar c : text)
            QTest::keyClick(w, c.toLatin1());
    }

private Q_SLOTS:
    void burstDetection_data()
    {
        QTest::addColumn<QString>("keys");
        QTest::addColumn<int>("gapMs");
        QTest::addColumn<bool>("isScan");
        QTest::newRow("EAN-13 at 10 ms") << QStringLiteral("8991000200007") << 10 << true;
        QTest::newRow("SKU at 30 ms") << QStringLiteral("HP-SAM-A15") << 30 << true;
        QTest::newRow("at the 40 ms limit") << QStringLiteral("12345") << 40 << true;
        QTest::newRow("person at 120 ms") << QStringLiteral("budi@example.com") << 120 << false;
        QTest::newRow("just over the limit") << QStringLiteral("12345") << 41 << false;
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
        scanner.setTimeSource([this] { return m_now += m_step; });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        QSignalSpy emailEnter(email, &QLineEdit::returnPressed);

        email->setText(QStringLiteral("ani@"));
        email->setFocus();
        typeAs(email, keys, gapMs);
        QTest::keyClick(email, Qt::Key_Return);
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
        scanner.setTimeSource([this] { return m_now += m_step; });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        product->setFocus();
        typeAs(product, QStringLiteral("8991777223735"), 8);
        QTest::keyClick(product, Qt::Key_Return);
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
        scanner.setTimeSource([this] { return m_now += m_step; });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        edit->setFocus();
        typeAs(edit, QStringLiteral("abc"), 10);
        m_now += 500; // the person paused
        typeAs(edit, QStringLiteral("12345678"), 10);
        QTest::keyClick(edit, Qt::Key_Return);
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
        scanner.setTimeSource([this] { return m_now += m_step; });
        QSignalSpy scanned(&scanner, &ScannerInput::scanned);
        scanner.setEnabled(false);
        edit->setFocus();
        typeAs(edit, QStringLiteral("12345678"), 5);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(scanned.count(), 0);
        scanner.setEnabled(true);
        other.show();
        QVERIFY(QTest::qWaitForWindowActive(&other));
        otherEdit->setFocus();
        typeAs(otherEdit, QStringLiteral("12345678"), 5);
        QTest::keyClick(otherEdit, Qt::Key_Return);
        QCOMPARE(scanned.count(), 0);
    }
};

QTEST_MAIN(TestScannerInput)
#include "tst_scannerinput.moc"
