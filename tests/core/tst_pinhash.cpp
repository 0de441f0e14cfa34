// The supervisor PIN: PBKDF2-HMAC-SHA256 with a salt of its own, a self-describing stored
// string, the old SHA-256 form accepted once and re-hashed, and wrong tries counted in the data
// folder with a growing wait that survives a new SupervisorPin (another dialog, a restart).

#include "core/common/clock.h"
#include "core/config/appsettings.h"
#include "core/config/pinhash.h"
#include "core/config/supervisorpin.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace kasir;

namespace {

QString legacyHash(const QString &salt, const QString &pin)
{
    return salt + QLatin1Char('$') +
           QString::fromLatin1(
               QCryptographicHash::hash(QString(salt + QLatin1Char(':') + pin).toUtf8(),
                                        QCryptographicHash::Sha256)
                   .toHex());
}

} // namespace

class TestPinHash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    SupervisorPin::SettingsOpener opener() const
    {
        const QString file = settingsFile();
        return [file] {
            return std::make_unique<QSettings>(file, QSettings::IniFormat);
        };
    }
    void storeHash(const QString &hash)
    {
        QSettings s(settingsFile(), QSettings::IniFormat);
        s.setValue(SupervisorPin::settingsKey(), hash);
    }
    QString storedHash() const
    {
        QSettings s(settingsFile(), QSettings::IniFormat);
        return s.value(SupervisorPin::settingsKey()).toString();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(settingsFile());
        QFile::remove(SupervisorPin::triesFilePath(m_dir.path()));
    }

    void storedStringDescribesItself()
    {
        const QString h = pinhash::hash(QStringLiteral("2468"));
        const QStringList parts = h.split(QLatin1Char('$'));
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1).toInt(), pinhash::DefaultIterations);
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), pinhash::SaltBytes);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), pinhash::KeyBytes);
        QVERIFY(!h.contains(QLatin1String("2468")));
        QVERIFY(pinhash::isPbkdf2(h));
        QCOMPARE(pinhash::iterationsOf(h), pinhash::DefaultIterations);
        // A salt of its own: the same PIN never gives the same string.
        QVERIFY(pinhash::hash(QStringLiteral("2468")) != h);
        QVERIFY(pinhash::hash(QString()).isEmpty());
    }

    void verifies()
    {
        const QString h = pinhash::hash(QStringLiteral("2468"));
        QVERIFY(pinhash::verify(h, QStringLiteral("2468")).ok);
        QVERIFY(!pinhash::verify(h, QStringLiteral("2469")).ok);
        QVERIFY(!pinhash::verify(h, QStringLiteral("24680")).ok);
        QVERIFY(!pinhash::verify(h, QString()).ok);
        QVERIFY(!pinhash::verify(h, QStringLiteral("2468")).needsRehash);
    }

    void fewerIterationsVerifyAndAskForARehash()
    {
        const QString weak = pinhash::hash(QStringLiteral("2468"), 2000);
        QCOMPARE(pinhash::iterationsOf(weak), 2000);
        const pinhash::Verification v = pinhash::verify(weak, QStringLiteral("2468"));
        QVERIFY(v.ok);
        QVERIFY(v.needsRehash);
        QVERIFY(!pinhash::verify(weak, QStringLiteral("1111")).needsRehash);
    }

    void legacySha256VerifiesOnce()
    {
        const QString old = legacyHash(QStringLiteral("1f2e3d4c"), QStringLiteral("2468"));
        const pinhash::Verification v = pinhash::verify(old, QStringLiteral("2468"));
        QVERIFY(v.ok);
        QVERIFY(v.needsRehash);
        QVERIFY(!pinhash::verify(old, QStringLiteral("2467")).ok);
        QVERIFY(!pinhash::isPbkdf2(old));
    }

    void malformedNeverVerifies_data()
    {
        QTest::addColumn<QString>("stored");
        const QString good = pinhash::hash(QStringLiteral("2468"), 1000);
        const QStringList p = good.split(QLatin1Char('$'));
        QTest::newRow("empty") << QString();
        QTest::newRow("dollar only") << QStringLiteral("$");
        QTest::newRow("other algorithm")
            << QStringList{QStringLiteral("pbkdf2-md5"), p[1], p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("one iteration")
            << QStringList{p[0], QStringLiteral("1"), p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("iterations not a number")
            << QStringList{p[0], QStringLiteral("x"), p[2], p[3]}.join(QLatin1Char('$'));
        QTest::newRow("salt not base64")
            << QStringList{p[0], p[1], QStringLiteral("***"), p[3]}.join(QLatin1Char('$'));
        QTest::newRow("key missing") << QStringList{p[0], p[1], p[2]}.join(QLatin1Char('$'));
        QTest::newRow("key cut short")
            << QStringList{p[0], p[1], p[2], p[3].left(8)}.join(QLatin1Char('$'));
        QTest::newRow("legacy without digest") << QStringLiteral("abc$");
        QTest::newRow("legacy without salt") << QStringLiteral("$abc");
    }
    void malformedNeverVerifies()
    {
        QFETCH(QString, stored);
        QVERIFY(!pinhash::verify(stored, QStringLiteral("2468")).ok);
    }

    void appSettingsUsePbkdf2()
    {
        AppSettings a;
        a.setSupervisorPin(QStringLiteral("4321"));
        QVERIFY(pinhash::isPbkdf2(a.supervisorPinHash));
        QVERIFY(a.checkSupervisorPin(QStringLiteral("4321")));
        a.supervisorPinHash = legacyHash(QStringLiteral("99"), QStringLiteral("4321"));
        QVERIFY(a.checkSupervisorPin(QStringLiteral("4321"))); // still accepted until re-hashed
    }

    // The figure docs/design.md §8 quotes; printed, never asserted (design §5).
    void oneCheckTakesAbout100Ms()
    {
        const QString h = pinhash::hash(QStringLiteral("2468"));
        QList<qint64> ms;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            QVERIFY(pinhash::verify(h, QStringLiteral("2468")).ok);
            ms.append(t.elapsed());
        }
        std::sort(ms.begin(), ms.end());
        qInfo("PBKDF2-HMAC-SHA256, %d iterations: one check takes %lld ms (median of 5)",
              pinhash::DefaultIterations, ms.at(2));
    }

    void lockoutGrows_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("seconds");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("four") << 4 << 0;
        QTest::newRow("five") << 5 << 30;
        QTest::newRow("six") << 6 << 60;
        QTest::newRow("seven") << 7 << 120;
        QTest::newRow("nine") << 9 << 480;
        QTest::newRow("ten: capped") << 10 << 900;
        QTest::newRow("a thousand: capped") << 1000 << 900;
    }
    void lockoutGrows()
    {
        QFETCH(int, failures);
        QFETCH(int, seconds);
        QCOMPARE(SupervisorPin::lockoutSeconds(failures), seconds);
    }

    void notSetApprovesNothing()
    {
        SupervisorPin pin(opener(), m_dir.path(), &m_clock);
        QVERIFY(!pin.isSet());
        QCOMPARE(pin.check(QStringLiteral("2468")).outcome, SupervisorPin::Outcome::NotSet);
    }

    void wrongTriesSurviveARestart()
    {
        storeHash(pinhash::hash(QStringLiteral("2468"), 1000));
        auto first = std::make_unique<SupervisorPin>(opener(), m_dir.path(), &m_clock);
        QSignalSpy changed(first.get(), &SupervisorPin::triesChanged);
        for (int i = 1; i < SupervisorPin::MaxTries; ++i) {
            const SupervisorPin::Result r = first->check(QStringLiteral("0000"));
            QCOMPARE(r.outcome, SupervisorPin::Outcome::Wrong);
            QCOMPARE(r.failures, i);
            QCOMPARE(r.retryInSeconds, 0);
        }
        QCOMPARE(changed.size(), SupervisorPin::MaxTries - 1);
        // Another dialog, or Kasir started again: the count goes on from the file.
        first.reset();
        SupervisorPin second(opener(), m_dir.path(), &m_clock);
        QCOMPARE(second.failures(), SupervisorPin::MaxTries - 1);
        SupervisorPin::Result r = second.check(QStringLiteral("0000"));
        QCOMPARE(r.outcome, SupervisorPin::Outcome::Wrong);
        QCOMPARE(r.retryInSeconds, 30);
        QCOMPARE(second.lockedForSeconds(), 30);

        // Locked: even the right PIN is not compared, and the wait does not grow.
        m_clock.advanceSecs(10);
        r = second.check(QStringLiteral("2468"));
        QCOMPARE(r.outcome, SupervisorPin::Outcome::LockedOut);
        QCOMPARE(r.retryInSeconds, 20);
        SupervisorPin third(opener(), m_dir.path(), &m_clock);
        QCOMPARE(third.lockedForSeconds(), 20);

        // After the wait one more wrong PIN doubles it.
        m_clock.advanceSecs(20);
        QCOMPARE(third.lockedForSeconds(), 0);
        r = third.check(QStringLiteral("1357"));
        QCOMPARE(r.outcome, SupervisorPin::Outcome::Wrong);
        QCOMPARE(r.retryInSeconds, 60);
        QCOMPARE(second.lockedForSeconds(), 60);

        // A clock set back does not make the wait longer than one wait, nor end it.
        m_clock.advanceSecs(-3600);
        QCOMPARE(third.lockedForSeconds(), 60);
        m_clock.advanceSecs(3600 + 60);

        // The right PIN clears the count.
        r = third.check(QStringLiteral("2468"));
        QVERIFY(r.approved());
        QCOMPARE(second.failures(), 0);
        QCOMPARE(second.check(QStringLiteral("0000")).retryInSeconds, 0);
    }

    void oldHashIsReplacedOnItsFirstRightEntry()
    {
        const QString old = legacyHash(QStringLiteral("a1b2c3"), QStringLiteral("2468"));
        storeHash(old);
        SupervisorPin pin(opener(), m_dir.path(), &m_clock);
        QVERIFY(!pin.check(QStringLiteral("1111")).approved());
        QCOMPARE(storedHash(), old); // a wrong PIN changes nothing
        QVERIFY(pin.check(QStringLiteral("2468")).approved());
        const QString now = storedHash();
        QVERIFY(pinhash::isPbkdf2(now));
        QCOMPARE(pinhash::iterationsOf(now), pinhash::DefaultIterations);
        QVERIFY(pinhash::verify(now, QStringLiteral("2468")).ok);
        QVERIFY(!pinhash::verify(now, QStringLiteral("2468")).needsRehash);
        QVERIFY(AppSettings::load(*opener()()).checkSupervisorPin(QStringLiteral("2468")));
    }

    void triesFileIsInTheDataFolder()
    {
        storeHash(pinhash::hash(QStringLiteral("2468"), 1000));
        SupervisorPin pin(opener(), m_dir.path(), &m_clock);
        QVERIFY(!pin.check(QStringLiteral("0000")).approved());
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("pin-tries.ini"))));
    }
};

QTEST_GUILESS_MAIN(TestPinHash)
#include "tst_pinhash.moc"
