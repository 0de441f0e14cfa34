// A second process for tst_instancelock: holds the instance lock, or writes to a journal, while
// the test process looks on. It talks over stdout (one line per fact) and stops when its stdin
// closes.
//
//   journal_helper lock <dir>          "locked <pid>" | "refused <message>" (exit 1)
//   journal_helper write <dir> <n>     "locked <pid>", then "wrote <i>" for i = 1..n

#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "journaltestdata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
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
    waitForStdinToClose();
    return 0;
}
