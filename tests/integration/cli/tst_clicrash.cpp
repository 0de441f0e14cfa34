// kill -9 at the moments that matter (design §4 "kill -9 at any point", issue #4 acceptance 2):
// the real `kasir checkout` is killed with SIGKILL at a named crash point (KASIR_CRASH_AT) or by
// the test, then `kasir resume --wait N` starts it again. Each attempt must end in the right
// state, each bill_no must reach the gateway at most once (exactly once when it was sent), and
// no receipt may be lost or doubled.

#include "clirig.h"
#include "core/common/clock.h"
#include "core/journal/journal.h"

#include <QFileInfo>
#include <QTest>

using namespace kasir;
using namespace kasir::clitest;

namespace {

// The attempt as stored (read-only, beside whatever runs).
std::optional<Attempt> stored(const CliRig &rig, const QString &billNo)
{
    SystemClock clock;
    JournalError error;
    const std::unique_ptr<Journal> journal =
        Journal::openReadOnly(rig.journalPath(), &clock, &error);
    if (!journal)
        return std::nullopt;
    return journal->attemptByBillNo(billNo);
}

QString onlyBillNo(const CliRig &rig)
{
    SystemClock clock;
    JournalError error;
    const std::unique_ptr<Journal> journal =
        Journal::openReadOnly(rig.journalPath(), &clock, &error);
    if (!journal)
        return QString();
    const QList<Attempt> all = journal->search(HistoryQuery{});
    return all.size() == 1 ? all.constFirst().billNo : QString();
}

} // namespace

class TestCliCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedBeforeOrAfterPostData_data();
    void killedBeforeOrAfterPostData();
    void killedWhileWaitingForPayment();
    void killedAfterPaidBeforeReceipt();
};

void TestCliCrash::initTestCase()
{
    QVERIFY2(QFileInfo(kasirExecutable()).isExecutable(), qPrintable(kasirExecutable()));
}

void TestCliCrash::killedBeforeOrAfterPostData_data()
{
    QTest::addColumn<QString>("point");
    QTest::addColumn<int>("posted"); // how often the sandbox received the bill
    QTest::newRow("after-commit-before-post") << QStringLiteral("after-commit-before-post") << 0;
    QTest::newRow("after-post-before-store") << QStringLiteral("after-post-before-store") << 1;
}

void TestCliCrash::killedBeforeOrAfterPostData()
{
    QFETCH(QString, point);
    QFETCH(int, posted);
    CliRig rig;
    QVERIFY(rig.startSandbox());
    const KasirResult crashed =
        rig.run({QStringLiteral("checkout"), rig.writeOrder(orderJson()), QStringLiteral("--wait"),
                 QStringLiteral("30")},
                rig.environment({{QStringLiteral("KASIR_CRASH_AT"), point}}));
    QVERIFY2(crashed.crashed, qPrintable(crashed.describe()));
    QVERIFY(crashed.errText().contains(QStringLiteral("crash point ") + point));
    QVERIFY(crashed.out.isEmpty()); // nothing was reported as done

    // The attempt survived the kill, committed in Sending.
    const QString billNo = onlyBillNo(rig);
    QVERIFY(!billNo.isEmpty());
    QCOMPARE(stored(rig, billNo)->state, AttemptState::Sending);
    const int sandboxBills = int(rig.sandbox.bills().size());
    QCOMPARE(sandboxBills, posted);
    QCOMPARE(rig.sandbox.posted(billNo), posted);

    // Started again: Sending becomes Unknown (the answer, if any, is lost), never re-posted.
    const KasirResult resumed =
        rig.run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("2")});
    QVERIFY2(resumed.exitCode == 3, qPrintable(resumed.describe()));
    QCOMPARE(resumed.array().size(), 1);
    const QJsonObject o = resumed.array().at(0).toObject();
    QCOMPARE(o.value(u"bill_no").toString(), billNo);
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("unknown"));
    QCOMPARE(o.value(u"reason").toString(), QStringLiteral("interrupted"));
    QVERIFY(o.value(u"receipt").isNull());
    QCOMPARE(stored(rig, billNo)->state, AttemptState::Unknown);
    QCOMPARE(rig.sandbox.posted(billNo), posted);
    QCOMPARE(int(rig.sandbox.bills().size()), posted);
    // pending lists it; a second resume changes nothing and posts nothing.
    const KasirResult pending = rig.run({QStringLiteral("pending")});
    QCOMPARE(pending.array().size(), 1);
    QCOMPARE(pending.array().at(0).toObject().value(u"status").toString(),
             QStringLiteral("unknown"));
    QCOMPARE(rig.run({QStringLiteral("resume")}).exitCode, 3);
    QCOMPARE(rig.sandbox.posted(billNo), posted);
    QCOMPARE(rig.originalReceipts(billNo), 0);
}

void TestCliCrash::killedWhileWaitingForPayment()
{
    CliRig rig;
    QVERIFY(rig.startSandbox());
    auto checkout = rig.launch({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                QStringLiteral("--wait"), QStringLiteral("60")});
    QString billNo;
    QVERIFY2(checkout->waitForRedirect(&billNo), checkout->err().constData());
    checkout->kill(); // kill -9 while the customer is paying
    const KasirResult killed = checkout->finish();
    QVERIFY(killed.crashed);
    QCOMPARE(stored(rig, billNo)->state, AttemptState::AwaitingPayment);

    QCOMPARE(rig.sandbox.act(billNo, QStringLiteral("approve")), 200);
    const KasirResult resumed =
        rig.run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("30")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QCOMPARE(resumed.array().size(), 1);
    const QJsonObject o = resumed.array().at(0).toObject();
    QCOMPARE(o.value(u"bill_no").toString(), billNo);
    QCOMPARE(o.value(u"status").toString(), QStringLiteral("paid"));
    QCOMPARE(o.value(u"payment_status_code").toInt(), 2);
    QVERIFY(QFileInfo::exists(o.value(u"receipt").toString()));
    QCOMPARE(rig.sandbox.posted(billNo), 1);
    QCOMPARE(rig.originalReceipts(billNo), 1);
    QCOMPARE(rig.allReceipts(billNo), 1);
    // Again: nothing left to do, nothing doubled.
    const KasirResult again = rig.run({QStringLiteral("resume")});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.array().size(), 0);
    QCOMPARE(rig.allReceipts(billNo), 1);
}

void TestCliCrash::killedAfterPaidBeforeReceipt()
{
    CliRig rig;
    QVERIFY(rig.startSandbox());
    auto checkout = rig.launch({QStringLiteral("checkout"), rig.writeOrder(orderJson()),
                                QStringLiteral("--wait"), QStringLiteral("60")},
                               rig.environment({{QStringLiteral("KASIR_CRASH_AT"),
                                                 QStringLiteral("after-paid-before-receipt")}}));
    QString billNo;
    QVERIFY2(checkout->waitForRedirect(&billNo), checkout->err().constData());
    QCOMPARE(rig.sandbox.act(billNo, QStringLiteral("approve")), 200);
    const KasirResult crashed = checkout->finish();
    QVERIFY2(crashed.crashed, qPrintable(crashed.describe()));
    QVERIFY(crashed.errText().contains(QStringLiteral("crash point after-paid-before-receipt")));

    // Paid was committed; the receipt was not made.
    QCOMPARE(stored(rig, billNo)->state, AttemptState::Paid);
    QCOMPARE(rig.allReceipts(billNo), 0);
    const KasirResult before = rig.run({QStringLiteral("status"), billNo});
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.object().value(u"receipt").isNull());

    // Started again: the one original receipt is made, once.
    const KasirResult resumed =
        rig.run({QStringLiteral("resume"), QStringLiteral("--wait"), QStringLiteral("5")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.describe()));
    QCOMPARE(rig.originalReceipts(billNo), 1);
    QCOMPARE(rig.allReceipts(billNo), 1);
    const KasirResult after = rig.run({QStringLiteral("status"), billNo});
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.object().value(u"status").toString(), QStringLiteral("paid"));
    const QString receipt = after.object().value(u"receipt").toString();
    QVERIFY2(QFileInfo::exists(receipt), qPrintable(after.describe()));
    QVERIFY(pdfText(receipt).isEmpty() || pdfText(receipt).contains(billNo));
    QCOMPARE(rig.run({QStringLiteral("resume")}).exitCode, 0);
    QCOMPARE(rig.allReceipts(billNo), 1);
    QCOMPARE(rig.sandbox.posted(billNo), 1);
}

QTEST_GUILESS_MAIN(TestCliCrash)
#include "tst_clicrash.moc"
