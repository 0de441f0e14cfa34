// A second process for tst_instancelock: holds the instance lock, or writes to a journal, while
// the test process looks on. It talks over stdout (one line per fact) and stops when its stdin
// closes.
//
//   journal_helper lock <dir>          "locked <pid>" | "refused <message>" (exit 1)
//   journal_helper write <dir> <n>     "locked <pid>", then "wrote <i>" for i = 1..n
//   journal_helper fill <dir>          writes attempts with large event bodies until the disk is
//                                      full: "wrote <i>"..., "failed <kind> <payments enabled>
//                                      <message>", "count <attempts>", "events <events>",
//                                      "refused <kind>", "reopened <kind> <payments enabled>
//                                      <attempts>" (the restart uses the default free-space
//                                      margin)

#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "journaltestdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace kasir;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void waitForStdinToClose()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return;
    while (!in.atEnd() || in.waitForReadyRead(-1)) {
        if (in.readLine().isEmpty())
            break;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString mode = args.at(1);
    const QString dir = args.at(2);

    JournalError error;
    const std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir, &error);
    if (!lock) {
        say(QStringLiteral("refused ") + error.message.english());
        return 1;
    }
    say(QStringLiteral("locked %1").arg(QCoreApplication::applicationPid()));

    if (mode == QLatin1String("write")) {
        const int count = args.value(3).toInt();
        SystemClock clock;
        const std::unique_ptr<Journal> journal = Journal::open(
            QDir(dir).filePath(QStringLiteral("journal.sqlite")), *lock, &clock, &error);
        if (!journal) {
            say(QStringLiteral("failed ") + error.detail);
            return 1;
        }
        for (int i = 1; i <= count; ++i) {
            if (!journal->createAttempt(testdata::draftAttempt(),
                                        testdata::makeEvent(QStringLiteral("created")),
                                        QDate(2026, 11, 23), &testdata::billNo, &error)) {
                say(QStringLiteral("failed ") + error.detail);
                return 1;
            }
            say(QStringLiteral("wrote %1").arg(i));
            QThread::msleep(5);
        }
    }
    if (mode == QLatin1String("fill")) {
        SystemClock clock;
        const QString path = QDir(dir).filePath(QStringLiteral("journal.sqlite"));
        // No safety margin: write until the disk itself refuses.
        Journal::Options noMargin;
        noMargin.minimumFreeBytes = 0;
        std::unique_ptr<Journal> journal = Journal::open(path, *lock, &clock, &error, noMargin);
        if (!journal) {
            say(QStringLiteral("failed ") + error.detail);
            return 1;
        }
        // Text that does not compress and is not secret: 48 KiB of hex per event.
        QByteArray noise(24 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(4);
        int created = 0;
        int events = 0;
        for (int i = 1; i < 10'000; ++i) {
            rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
            const std::optional<Attempt> a = journal->createAttempt(
                testdata::draftAttempt(), testdata::makeEvent(QStringLiteral("created")),
                QDate(2026, 11, 23), &testdata::billNo, &error);
            if (!a)
                break;
            ++created;
            ++events;
            if (!journal->appendEvent(a->id,
                                      testdata::makeEvent(QStringLiteral("answered"),
                                                          EventSource::Api, {}, noise.toHex()),
                                      &error)) {
                break;
            }
            ++events;
            say(QStringLiteral("wrote %1").arg(i));
        }
        say(QStringLiteral("failed %1 %2 %3")
                .arg(journalErrorKindName(error.kind))
                .arg(int(journal->paymentsEnabled()))
                .arg(error.message.english()));
        say(QStringLiteral("count %1 %2").arg(journal->count({})).arg(created));
        int stored = 0;
        for (const Attempt &a : journal->search({}))
            stored += int(journal->events(a.id).size());
        say(QStringLiteral("events %1 %2").arg(stored).arg(events));
        const bool refused = !journal->createAttempt(
            testdata::draftAttempt(), testdata::makeEvent(QStringLiteral("created")),
            QDate(2026, 11, 23), &testdata::billNo, &error);
        say(QStringLiteral("refused %1 %2")
                .arg(int(refused))
                .arg(journalErrorKindName(error.kind)));
        // A restart on the (almost) full disk, with the default margin: readable, payments
        // disabled, nothing lost.
        journal.reset();
        journal = Journal::open(path, *lock, &clock, &error);
        say(QStringLiteral("reopened %1 %2 %3")
                .arg(journal ? journalErrorKindName(error.kind) : QStringLiteral("null"))
                .arg(int(journal && journal->paymentsEnabled()))
                .arg(journal ? journal->count({}) : -1));
        return 0;
    }
    waitForStdinToClose();
    return 0;
}
