// The end-of-day window over a real journal and the training sandbox: the day's counts and
// totals per channel and status, Reconcile listing a disagreement planted in the sandbox
// (journal waiting, Faspay paid; journal paid, Faspay not), Stop, and CSV / PDF export.
// Also the supervisor dialog's rules (reason required, wrong PINs lock it, no PIN set).

#include "core/common/clock.h"
#include "core/engine/engine.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/endofdayreconciler.h"
#include "core/sandbox/trainingsandbox.h"
#include "screenshots.h"
#include "tests/core/journal/journaltestdata.h"
#include "tests/support/namedchild.h"
#include "tests/ui/trainingengine.h"
#include "ui/backoffice/endofdaydialog.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;
using kasir::test::child;

class TestEndOfDayDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportReconcileExport();
    void salesToLookAtAgain();
};

void TestEndOfDayDialog::reportReconcileExport()
{
    SystemClock clock;
    QNetworkAccessManager nam;
    SandboxConfig config;
    config.strict = true; // Kasir sends only Part A: refuse what only real Faspay tolerates
    TrainingSandbox sandbox(config, &clock, &nam);
    QVERIFY(sandbox.start());
    // The engine the application runs; status checks only when the test asks.
    QTemporaryDir dir;
    const std::unique_ptr<Engine> engine = test::startTrainingEngine(
        dir.path(), sandbox,
        {QStringLiteral("Toko Latihan"), QString(), QStringLiteral("K01"), QString()},
        test::noPolling(), &clock, &nam);
    Journal *journal = engine->journal();
    CheckoutService &checkout = *engine->checkout();

    QList<Attempt> made;
    const QList<Channel> which{Channel::Kredivo, Channel::Akulaku, Channel::Indodana,
                               Channel::Kredivo};
    for (int i = 0; i < which.size(); ++i) {
        Order order = testdata::sampleOrderOfCustomer(i);
        order.channel = which.at(i);
        order.tenor = KredivoTenor::Days30;
        order.description = QStringLiteral("cart %1").arg(i);
        const CheckoutService::StartResult r = checkout.startCheckout(order);
        QVERIFY2(r.ok(), qPrintable(r.refusal.english()));
        QTRY_VERIFY_WITH_TIMEOUT(
            checkout.attempt(r.attemptId)->state == AttemptState::AwaitingPayment, 10000);
        made << *checkout.attempt(r.attemptId);
    }
    // 0: paid on both sides. 1: planted paid at Faspay only. 3: Kasir paid, then Faspay planted
    // back to unpaid. 2: waiting on both sides.
    QVERIFY(sandbox.approve(made[0].billNo));
    checkout.checkNow(made[0].id);
    QVERIFY(sandbox.approve(made[3].billNo));
    checkout.checkNow(made[3].id);
    QTRY_COMPARE_WITH_TIMEOUT(checkout.attempt(made[0].id)->state, AttemptState::Paid, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(checkout.attempt(made[3].id)->state, AttemptState::Paid, 10000);
    QVERIFY(sandbox.setPaymentStatus(made[1].billNo, 2));
    QVERIFY(sandbox.setPaymentStatus(made[3].billNo, 0));

    // As the application opens it (app/windowwiring.cpp).
    EndOfDayDialog dialog(journal, engine->reconciliation(nullptr), QStringLiteral("Toko Latihan"),
                          &clock, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const EndOfDayReport &report = dialog.report();
    QCOMPARE(report.attemptCount(), 4);
    QCOMPARE(report.paid().count, 2);
    QCOMPARE(report.cell(Channel::Kredivo, AttemptState::Paid).count, 2);
    QCOMPARE(report.cell(Channel::Akulaku, AttemptState::AwaitingPayment).count, 1);
    auto *summary = child<QTableWidget>(&dialog, "summary");
    QCOMPARE(summary->rowCount(), 4);                             // three channels and "all"
    QVERIFY(child<QTableWidget>(&dialog, "notices")->isHidden()); // nothing to look at again
    QVERIFY(child<QLabel>(&dialog, "headline")->text().contains(QStringLiteral("2")));

    // Real sales only: none today.
    child<QCheckBox>(&dialog, "training")->setChecked(false);
    QCOMPARE(dialog.report().attemptCount(), 0);
    QVERIFY(!child<QPushButton>(&dialog, "reconcile")->isEnabled());
    child<QCheckBox>(&dialog, "training")->setChecked(true);

    QSignalSpy reconciled(&dialog, &EndOfDayDialog::reconciled);
    QTest::mouseClick(child<QPushButton>(&dialog, "reconcile"), Qt::LeftButton);
    QVERIFY(dialog.isReconciling());
    QVERIFY(!child<QPushButton>(&dialog, "stopReconcile")->isHidden());
    QVERIFY(reconciled.wait(20000));
    const ReconcileResult result = dialog.reconcileResult().value();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.checked, 4);
    QCOMPARE(result.discrepancies.size(), 2);
    auto *differences = child<QTableWidget>(&dialog, "differences");
    QVERIFY(!differences->isHidden());
    QCOMPARE(differences->rowCount(), 2);
    QStringList bills;
    for (int r = 0; r < differences->rowCount(); ++r)
        bills << differences->item(r, 0)->text();
    QVERIFY(bills.contains(made[1].billNo)); // the planted disagreement
    QVERIFY(bills.contains(made[3].billNo));
    QVERIFY(!bills.contains(made[0].billNo));
    QVERIFY(!bills.contains(made[2].billNo));

    // Export.
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("eod.csv"));
    QVERIFY(dialog.exportCsv(csvPath));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.contains(made[1].billNo.toUtf8()));
    QVERIFY(bytes.contains("faspay-paid-journal-not"));
    QVERIFY(bytes.contains("journal-paid-faspay-not"));
    const QString pdfPath = out.filePath(QStringLiteral("eod.pdf"));
    QVERIFY(dialog.exportPdf(pdfPath));
    QVERIFY(QFileInfo(pdfPath).size() > 1000);
    QVERIFY(!dialog.exportCsv(QStringLiteral("/nonexistent-dir/x/eod.csv")));
    QVERIFY(!child<QLabel>(&dialog, "status")->text().isEmpty());

    // Stop: every inquiry hangs, Stop ends the run at once.
    QVERIFY(sandbox.addFaultSpec(QStringLiteral("hang@inquiry*always")));
    reconciled.clear();
    dialog.reconcile();
    QTRY_VERIFY(dialog.reconciler()->inFlight() > 0);
    QTest::mouseClick(child<QPushButton>(&dialog, "stopReconcile"), Qt::LeftButton);
    QCOMPARE(reconciled.size(), 1);
    QVERIFY(dialog.reconcileResult()->cancelled);
    QVERIFY(!dialog.isReconciling());
    sandbox.clearFaults();
    sandbox.releaseHungConnections();

    if (testsupport::screenshotsRequested()) {
        testsupport::ScreenshotLanguage language;
        EndOfDayDialog shot(journal, engine->reconciliation(nullptr),
                            QStringLiteral("Toko Latihan"), &clock, true);
        shot.resize(980, 620);
        shot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shot));
        QSignalSpy done(&shot, &EndOfDayDialog::reconciled);
        shot.reconcile();
        QVERIFY(done.wait(20000));
        QCoreApplication::processEvents(); // the layout requests the results posted have run
        QVERIFY(testsupport::saveScreenshot(&shot, QStringLiteral("endofday-id.png")));
    }
}

// A sale settled by a supervisor (named) and one sold through a gateway that is not Faspay's are
// listed under "Sales to look at again", on screen as in the report.
void TestEndOfDayDialog::salesToLookAtAgain()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(3, 0), Qt::UTC));
    QTemporaryDir dir;
    JournalError error;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
    QVERIFY(lock);
    std::unique_ptr<Journal> journal =
        Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, &clock, &error);
    QVERIFY(journal);
    const auto create = [&](int customer, const QString &host) {
        Attempt draft = testdata::draftAttempt(testdata::sampleOrderOfCustomer(customer));
        draft.gatewayHost = host;
        draft.merchantId = QStringLiteral("31932");
        return journal->createAttempt(draft, testdata::makeEvent(QStringLiteral("created")),
                                      wibDayOf(clock.now()), &testdata::billNo, &error);
    };
    const std::optional<Attempt> settled = create(1, QStringLiteral("debit.faspay.co.id"));
    const std::optional<Attempt> fake = create(2, QStringLiteral("10.0.0.9:8443"));
    QVERIFY2(settled && fake, qPrintable(error.detail));
    Attempt paid = *settled;
    paid.state = AttemptState::Paid;
    paid.reason = QStringLiteral("supervisor");
    AttemptEvent e = testdata::makeEvent(QStringLiteral("supervisor"), EventSource::Supervisor,
                                         QStringLiteral("seen on the Kredivo statement"));
    e.to = AttemptState::Paid;
    e.approver = QStringLiteral("Budi");
    QVERIFY(journal->transition(settled->id, AttemptState::Sending, paid, e, &error));

    EndOfDayDialog dialog(journal.get(), nullptr, QStringLiteral("Toko"), &clock, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *notices = child<QTableWidget>(&dialog, "notices");
    QVERIFY(!notices->isHidden());
    QCOMPARE(notices->rowCount(), 2);
    QCOMPARE(notices->item(0, 0)->text(), settled->billNo);
    QVERIFY2(notices->item(0, 3)->text().contains(QStringLiteral("Budi")),
             qPrintable(notices->item(0, 3)->text()));
    QVERIFY(notices->item(0, 3)->text().contains(QStringLiteral("Kredivo statement")));
    QCOMPARE(notices->item(1, 0)->text(), fake->billNo);
    QVERIFY(notices->item(1, 3)->text().contains(QStringLiteral("10.0.0.9:8443")));
}

QTEST_MAIN(TestEndOfDayDialog)
#include "tst_endofdaydialog.moc"
