// Issue #6: "Printer offline: the sale stays Paid, the receipt is queued, a later reprint
// succeeds and is marked as a copy." A paid sale in a real journal, ReceiptService with the
// ESC/POS output: first to a closed port (the printer is off), then to a listening one; the
// bytes that reach the printer are decoded by the virtual ESC/POS printer.

#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/receipt/escposoutput.h"
#include "core/receipt/receiptservice.h"
#include "tests/core/journal/journaltestdata.h"
#include "tests/core/receipt/escposdecoder.h"
#include "tests/core/receipt/receiptsamples.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;

class TestPrinterOffline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saleStaysPaidReceiptQueuedReprintIsCopy();
    void recoverArchivesReceiptRecordedWithoutPdf();
};

namespace {
// A sale paid through Faspay.
std::optional<Attempt> paidSale(Journal &journal)
{
    JournalError error;
    std::optional<Attempt> a = journal.createAttempt(
        testdata::draftAttempt(), testdata::makeEvent(QStringLiteral("created")),
        QDate(2026, 11, 23), &testdata::billNo, &error);
    if (!a)
        return std::nullopt;
    Attempt u = *a;
    u.state = AttemptState::AwaitingPayment;
    u.trxId = QStringLiteral("7777700000000001");
    if (!journal.transition(a->id, AttemptState::Sending, u,
                            testdata::makeEvent(QStringLiteral("answered")), &error))
        return std::nullopt;
    u.state = AttemptState::Paid;
    u.paymentStatusCode = 2;
    u.paymentReff = QStringLiteral("KRD0001");
    return journal.transition(a->id, AttemptState::AwaitingPayment, u,
                              testdata::makeEvent(QStringLiteral("status-check")), &error);
}

// A real journal in a temporary folder with one paid sale.
struct Rig
{
    QTemporaryDir dir;
    ManualClock clock;
    JournalError error;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
    std::unique_ptr<Journal> journal =
        lock ? Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, &clock, &error)
             : nullptr;
    std::optional<Attempt> paid = journal ? paidSale(*journal) : std::nullopt;
};
} // namespace

void TestPrinterOffline::saleStaysPaidReceiptQueuedReprintIsCopy()
{
    Rig rig;
    QVERIFY2(rig.paid, qPrintable(rig.error.detail));
    Journal *journal = rig.journal.get();
    const std::optional<Attempt> &paid = rig.paid;
    const QTemporaryDir &dir = rig.dir;

    ReceiptService receipts(journal, journal, test::sampleStore(),
                            dir.filePath(QStringLiteral("data")), ReceiptWidth::Mm80);
    QSignalSpy finished(&receipts, &ReceiptService::printFinished);

    // The printer is off: nothing listens on its port.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    EscPosReceiptOutput offline(EscPosTarget::network(QStringLiteral("127.0.0.1"), port), 48);
    offline.setTimeouts(std::chrono::milliseconds(2000), std::chrono::milliseconds(2000));
    receipts.setOutput(&offline, true);
    receipts.handlePaid(*paid);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).toInt(), 0);      // the original
    QCOMPARE(finished.at(0).at(2).toBool(), false); // not printed
    QVERIFY(!finished.at(0).at(3).toString().isEmpty());

    // The sale stays Paid; the original is recorded, not printed, and waits for a reprint.
    QCOMPARE(journal->attempt(paid->id)->state, AttemptState::Paid);
    QList<ReceiptRecord> records = journal->receipts(paid->id);
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.at(0).copyNumber, 0);
    QCOMPARE(records.at(0).status, ReceiptStatus::Failed);
    QVERIFY(!records.at(0).error.isEmpty());
    QCOMPARE(journal->unprintedReceipts().size(), 1);
    QVERIFY(QFile::exists(records.at(0).pdfPath)); // archived all the same

    // The printer is back.
    QTcpServer printer;
    QList<QByteArray> received;
    int closed = 0;
    connect(&printer, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = printer.nextPendingConnection()) {
            received.append(QByteArray());
            const qsizetype index = received.size() - 1;
            connect(s, &QTcpSocket::readyRead, this,
                    [&, s, index] { received[index] += s->readAll(); });
            connect(s, &QTcpSocket::disconnected, this, [&, s, index] {
                received[index] += s->readAll();
                ++closed;
                s->deleteLater();
            });
        }
    });
    QVERIFY(printer.listen(QHostAddress::LocalHost, 0));
    EscPosReceiptOutput online(
        EscPosTarget::network(QStringLiteral("127.0.0.1"), printer.serverPort()), 48);
    receipts.setOutput(&online, true);
    TranslatableText problem;
    const std::optional<ReceiptRecord> copy = receipts.reprint(paid->id, &problem);
    QVERIFY2(copy, qPrintable(problem.english()));
    QCOMPARE(copy->copyNumber, 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
    QCOMPARE(finished.at(1).at(1).toInt(), 1);
    QVERIFY2(finished.at(1).at(2).toBool(), qPrintable(finished.at(1).at(3).toString()));
    QTRY_COMPARE(closed, 1); // everything the printer got
    QCOMPARE(received.size(), 1);
    const test::Printout out = test::decodeEscPos(received.at(0), 48);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    const QString text = out.texts().join(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("SALINAN / COPY #1")), qPrintable(text));
    QVERIFY(text.contains(paid->billNo));
    QVERIFY(out.cutAtEnd);

    records = journal->receipts(paid->id);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).copyNumber, 1);
    QCOMPARE(records.at(1).status, ReceiptStatus::Printed);
    QCOMPARE(journal->attempt(paid->id)->state, AttemptState::Paid);
}

// Found by the chaos driver: Kasir killed after the original receipt was recorded and before its
// PDF was written. On the next start the receipt exists (so it is not made twice) and recover()
// must still archive its PDF; printing stays queued.
void TestPrinterOffline::recoverArchivesReceiptRecordedWithoutPdf()
{
    Rig rig;
    QVERIFY2(rig.paid, qPrintable(rig.error.detail));
    Journal *journal = rig.journal.get();
    const std::optional<Attempt> &paid = rig.paid;
    const QTemporaryDir &dir = rig.dir;
    JournalError error;
    // What the killed process left: the original recorded, nothing archived.
    const std::optional<ReceiptRecord> recorded = journal->addReceipt(paid->id, &error);
    QVERIFY(recorded);
    QVERIFY(recorded->pdfPath.isEmpty());

    ReceiptService receipts(journal, journal, test::sampleStore(),
                            dir.filePath(QStringLiteral("data")), ReceiptWidth::Mm80);
    QSignalSpy archived(&receipts, &ReceiptService::receiptArchived);
    receipts.recover();

    const QList<ReceiptRecord> records = journal->receipts(paid->id);
    QCOMPARE(records.size(), 1); // still one original
    QCOMPARE(records.at(0).copyNumber, 0);
    QCOMPARE(records.at(0).status, ReceiptStatus::Queued);
    QVERIFY(!records.at(0).pdfPath.isEmpty());
    QVERIFY(QFile::exists(records.at(0).pdfPath));
    QVERIFY(records.at(0).pdfPath.startsWith(dir.filePath(QStringLiteral("data"))));
    QCOMPARE(archived.size(), 1);
    QCOMPARE(receipts.originalPdf(paid->id), records.at(0).pdfPath);

    // A second start finds nothing more to do.
    receipts.recover();
    QCOMPARE(archived.size(), 1);
    QCOMPARE(journal->receipts(paid->id).size(), 1);
}

QTEST_MAIN(TestPrinterOffline)
#include "tst_printeroffline.moc"
