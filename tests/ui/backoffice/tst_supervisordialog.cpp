// SupervisorDialog on a real SupervisorPin: the reason rule, Settings' PIN-only form, and the
// wrong tries counted in the data folder, so that another dialog or a restarted Kasir still
// waits, shown as "try again in N s" in both languages.

#include "core/common/clock.h"
#include "core/config/pinhash.h"
#include "core/config/supervisorpin.h"
#include "ui/backoffice/supervisordialog.h"
#include "uitestsupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;

namespace {

template<class T>
T *child(QObject *parent, const char *name)
{
    T *c = parent->findChild<T *>(QLatin1String(name));
    if (!c)
        qFatal("no child %s", name);
    return c;
}

} // namespace

class TestSupervisorDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    test::Language m_language;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("kasir.ini")); }
    std::unique_ptr<SupervisorPin> makePin()
    {
        const QString file = settingsFile();
        return std::make_unique<SupervisorPin>(
            [file] { return std::make_unique<QSettings>(file, QSettings::IniFormat); },
            m_dir.path(), &m_clock);
    }
    void typeWrong(SupervisorDialog &dialog, int times)
    {
        for (int i = 0; i < times; ++i) {
            QTest::keyClicks(child<QLineEdit>(&dialog, "pin"), QStringLiteral("0000"));
            dialog.confirm();
        }
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_language.install(QStringLiteral("en")));
        QFile::remove(SupervisorPin::triesFilePath(m_dir.path()));
        QSettings s(settingsFile(), QSettings::IniFormat);
        // Few iterations keep the test quick; the first right PIN stores the full count.
        s.setValue(SupervisorPin::settingsKey(), pinhash::hash(QStringLiteral("2468"), 1000));
    }

    void reasonIsRequired()
    {
        auto pin = makePin();
        SupervisorDialog dialog(QStringLiteral("Cancel payment K01 of Rp 1.000.000?"), pin.get());
        dialog.show();
        auto *approve = child<QPushButton>(&dialog, "approve");
        QTest::keyClicks(child<QLineEdit>(&dialog, "pin"), QStringLiteral("2468"));
        QVERIFY(!approve->isEnabled()); // no reason yet
        auto *reason = child<QPlainTextEdit>(&dialog, "reason");
        QTest::keyClicks(reason, QStringLiteral("ok"));
        QVERIFY(!approve->isEnabled()); // too short to explain anything
        QTest::keyClicks(reason, QStringLiteral(" - customer left"));
        QVERIFY(approve->isEnabled());
        QSignalSpy approved(&dialog, &SupervisorDialog::approved);
        QTest::keyClick(child<QLineEdit>(&dialog, "pin"), Qt::Key_Return); // Enter approves
        QCOMPARE(approved.size(), 1);
        QCOMPARE(approved.at(0).at(0).toString(), QStringLiteral("ok - customer left"));
        QVERIFY(!dialog.isVisible());
    }

    void pinOnlyForSettings()
    {
        auto pin = makePin();
        SupervisorDialog dialog(QStringLiteral("Open the settings?"), pin.get(),
                                SupervisorDialog::Reason::NotAsked);
        dialog.show();
        QVERIFY(!child<QPlainTextEdit>(&dialog, "reason")->isVisible());
        QSignalSpy approved(&dialog, &SupervisorDialog::approved);
        QTest::keyClicks(child<QLineEdit>(&dialog, "pin"), QStringLiteral("2468"));
        QVERIFY(child<QPushButton>(&dialog, "approve")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "approve"), Qt::LeftButton);
        QCOMPARE(approved.size(), 1);
        QVERIFY(approved.at(0).at(0).toString().isEmpty());
    }

    void wrongPinsWaitAcrossDialogsAndRestarts()
    {
        auto pin = makePin();
        {
            SupervisorDialog dialog(QStringLiteral("Settle"), pin.get());
            dialog.show();
            QTest::keyClicks(child<QPlainTextEdit>(&dialog, "reason"),
                             QStringLiteral("Lender confirmed"));
            typeWrong(dialog, 3);
            QCOMPARE(dialog.errorText(), QStringLiteral("The PIN is not right. Try again."));
            QVERIFY(!dialog.isLockedOut());
        } // closed: the count stays
        SupervisorDialog second(QStringLiteral("Settle"), pin.get());
        second.show();
        QTest::keyClicks(child<QPlainTextEdit>(&second, "reason"),
                         QStringLiteral("Lender confirmed"));
        typeWrong(second, 2);
        QVERIFY(second.isLockedOut());
        QCOMPARE(second.errorText(),
                 QStringLiteral("Too many wrong PINs (5 in a row). Try again in 30 s."));
        QTest::keyClicks(child<QLineEdit>(&second, "pin"), QStringLiteral("2468"));
        QVERIFY(!child<QPushButton>(&second, "approve")->isEnabled());
        QSignalSpy approved(&second, &SupervisorDialog::approved);
        second.confirm(); // refused while locked: the PIN is not even checked
        QCOMPARE(approved.size(), 0);
        QCOMPARE(pin->failures(), 5);

        // Kasir restarted 10 s later: a new SupervisorPin reads the same file.
        m_clock.advanceSecs(10);
        pin = makePin();
        SupervisorDialog third(QStringLiteral("Settle"), pin.get());
        third.show();
        QVERIFY(third.isLockedOut());
        QCOMPARE(third.errorText(),
                 QStringLiteral("Too many wrong PINs (5 in a row). Try again in 20 s."));
        QVERIFY(m_language.install(QStringLiteral("id")));
        SupervisorDialog indonesian(QStringLiteral("Selesaikan"), pin.get());
        indonesian.show();
        QVERIFY2(indonesian.errorText().contains(QStringLiteral("20 detik")),
                 qPrintable(indonesian.errorText()));
        QVERIFY(m_language.install(QStringLiteral("en")));

        // The wait ends: the countdown finds it and the dialog takes a PIN again.
        m_clock.advanceSecs(20);
        QTRY_VERIFY(!third.isLockedOut());
        QCOMPARE(third.errorText(), QStringLiteral("You can try the PIN again."));
        QTest::keyClicks(child<QPlainTextEdit>(&third, "reason"), QStringLiteral("Lender ok"));
        typeWrong(third, 1);
        QVERIFY(third.isLockedOut());
        QVERIFY(third.errorText().contains(QStringLiteral("Try again in 60 s.")));
        m_clock.advanceSecs(60);
        QTRY_VERIFY(!third.isLockedOut());
        QSignalSpy ok(&third, &SupervisorDialog::approved);
        QTest::keyClicks(child<QLineEdit>(&third, "pin"), QStringLiteral("2468"));
        third.confirm();
        QCOMPARE(ok.size(), 1);
        QCOMPARE(pin->failures(), 0);
    }

    void noPinSetCannotApprove()
    {
        QSettings(settingsFile(), QSettings::IniFormat).remove(SupervisorPin::settingsKey());
        auto pin = makePin();
        SupervisorDialog noPin(QStringLiteral("Settle"), pin.get());
        noPin.show();
        QVERIFY(!child<QLineEdit>(&noPin, "pin")->isEnabled());
        QVERIFY(!child<QPushButton>(&noPin, "approve")->isEnabled());
        QVERIFY(noPin.errorText().contains(QStringLiteral("Settings")));
        SupervisorDialog none(QStringLiteral("Settle"), nullptr);
        QVERIFY(!child<QPushButton>(&none, "approve")->isEnabled());
    }
};

QTEST_MAIN(TestSupervisorDialog)
#include "tst_supervisordialog.moc"
