#include "core/journal/instancelock.h"
#include "core/journal/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;

namespace {

// journal_helper in another process: started, and read line by line.
class Helper
{
public:
    explicit Helper(const QStringList &args)
    {
        m_process.setProgram(QStringLiteral(JOURNAL_HELPER));
        m_process.setArguments(args);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
    }
    ~Helper()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // The next line that starts with `prefix` (others are skipped); empty after 10 s.
    QString waitFor(const QString &prefix)
    {
        while (true) {
            while (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
                if (line.startsWith(prefix))
                    return line;
            }
            if (!m_process.waitForReadyRead(10'000))
                return {};
        }
    }
    // Closes its stdin: it unlocks and exits.
    int finish()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10'000))
            return -1;
        return m_process.exitCode();
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TestInstanceLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondLockInSameProcessIsRefused();
    void secondProcessIsRefused();
    void helperIsRefusedWhileWeHoldIt();
    void lockOfDeadProcessIsTakenOver();
    void lockFolderThatCannotBeMade();
    void readerWorksBesideWritingProcess();
};

void TestInstanceLock::secondLockInSameProcessIsRefused()
{
    QTemporaryDir dir;
    JournalError error;
    std::unique_ptr<InstanceLock> first = InstanceLock::acquire(dir.path(), &error);
    QVERIFY2(first, qPrintable(error.detail));
    QVERIFY(QFile::exists(dir.filePath(InstanceLock::fileName())));
    QCOMPARE(first->directory(), QDir(dir.path()).absolutePath());

    LockHolder holder;
    QVERIFY(!InstanceLock::acquire(dir.path(), &error, &holder));
    QCOMPARE(journalErrorKindName(error.kind), journalErrorKindName(JournalError::Locked));
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    QCOMPARE(holder.host, QSysInfo::machineHostName());
    QVERIFY(holder.since.isValid());
    QVERIFY(qAbs(holder.since.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    const QString message = error.message.english();
    QVERIFY2(message.contains(QStringLiteral("already tracking payments")), qPrintable(message));
    QVERIFY(message.contains(QString::number(holder.pid)));
    QVERIFY(message.contains(holder.host));
    QVERIFY(message.contains(QStringLiteral("kasir status")));

    first.reset();
    QVERIFY(!QFile::exists(dir.filePath(InstanceLock::fileName())));
    QVERIFY(InstanceLock::acquire(dir.path(), &error));
}

void TestInstanceLock::secondProcessIsRefused()
{
    QTemporaryDir dir;
    Helper helper({QStringLiteral("lock"), dir.path()});
    const QString locked = helper.waitFor(QStringLiteral("locked"));
    QVERIFY2(!locked.isEmpty(), "the helper did not take the lock");
    const qint64 pid = helper.process().processId();
    QCOMPARE(locked, QStringLiteral("locked %1").arg(pid));

    JournalError error;
    LockHolder holder;
    QVERIFY(!InstanceLock::acquire(dir.path(), &error, &holder));
    QCOMPARE(error.kind, JournalError::Locked);
    QCOMPARE(holder.pid, pid);
    QVERIFY(error.message.english().contains(QString::number(pid)));

    QCOMPARE(helper.finish(), 0);
    QVERIFY(InstanceLock::acquire(dir.path(), &error));
}

void TestInstanceLock::helperIsRefusedWhileWeHoldIt()
{
    QTemporaryDir dir;
    JournalError error;
    const std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
    QVERIFY(lock);
    Helper helper({QStringLiteral("lock"), dir.path()});
    const QString refused = helper.waitFor(QStringLiteral("refused"));
    QVERIFY(refused.contains(QString::number(QCoreApplication::applicationPid())));
    QVERIFY(helper.process().waitForFinished(10'000));
    QCOMPARE(helper.process().exitCode(), 1);
}

void TestInstanceLock::lockOfDeadProcessIsTakenOver()
{
    // kill -9: the lock file stays behind, but its process is gone.
    QTemporaryDir dir;
    Helper helper({QStringLiteral("lock"), dir.path()});
    QVERIFY(!helper.waitFor(QStringLiteral("locked")).isEmpty());
    helper.process().kill();
    QVERIFY(helper.process().waitForFinished(10'000));
    QVERIFY(QFile::exists(dir.filePath(InstanceLock::fileName())));

    JournalError error;
    const std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
    QVERIFY2(lock, qPrintable(error.detail));
}

void TestInstanceLock::lockFolderThatCannotBeMade()
{
    // A folder below a regular file cannot be made, not even by root.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("file")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    JournalError error;
    QVERIFY(!InstanceLock::acquire(file.fileName() + QStringLiteral("/data"), &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    QVERIFY(error.message.english().contains(QStringLiteral("cannot create its lock file")));
}

void TestInstanceLock::readerWorksBesideWritingProcess()
{
    // `kasir status` beside a running instance that is writing: no lock, no waiting.
    QTemporaryDir dir;
    Helper writer({QStringLiteral("write"), dir.path(), QStringLiteral("300")});
    QVERIFY(!writer.waitFor(QStringLiteral("wrote 20")).isEmpty());

    ManualClock clock;
    JournalError error;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    std::unique_ptr<Journal> reader = Journal::openReadOnly(path, &clock, &error);
    QVERIFY2(reader, qPrintable(error.detail));
    const int seen = reader->count({});
    QVERIFY(seen >= 20);
    QVERIFY(!writer.waitFor(QStringLiteral("wrote 120")).isEmpty());
    QVERIFY(reader->count({}) >= 120);
    QVERIFY(reader->count({}) > seen);
    QVERIFY(reader->nonTerminalAttempts(&error).size() >= 120);
    QVERIFY(!error.isError());

    // The writer holds the lock all along.
    QVERIFY(!InstanceLock::acquire(dir.path(), &error));
    QCOMPARE(error.kind, JournalError::Locked);

    QVERIFY(!writer.waitFor(QStringLiteral("wrote 300")).isEmpty());
    QCOMPARE(writer.finish(), 0);
    QCOMPARE(reader->count({}), 300);
    reader.reset();
    reader = Journal::openReadOnly(path, &clock, &error);
    QVERIFY(reader);
    QCOMPARE(reader->count({}), 300);
}

QTEST_GUILESS_MAIN(TestInstanceLock)
#include "tst_instancelock.moc"
