// The history window with real widgets over a real journal: filters (WIB dates, status,
// channel, bill number, customer, training), paging, the detail and its event timeline; and
// its actions over the application's Engine against the training sandbox: cancel and settling
// by hand only with the supervisor PIN and a reason (logged), status check, reprint of a copy.

#include "core/common/clock.h"
#include "core/config/appsettings.h"
#include "core/engine/engine.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/payment/checkoutservice.h"
#include "core/payment/endofday.h"
#include "core/receipt/receiptservice.h"
#include "core/sandbox/trainingsandbox.h"
#include "screenshots.h"
#include "tests/core/journal/journaltestdata.h"
#include "tests/core/receipt/receiptsamples.h"
#include "tests/support/namedchild.h"
#include "tests/ui/trainingengine.h"
#include "ui/backoffice/historymodel.h"
#include "ui/backoffice/historywindow.h"
#include "ui/backoffice/supervisordialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace kasir;
using kasir::test::child;

namespace {

// An attempt written straight into the journal, as an earlier session of Kasir left it.
std::optional<Attempt> addAttempt(Journal *journal, Order order, AttemptState state, bool training,
                                  const QDate &day)
{
    JournalError error;
    Attempt draft = testdata::draftAttempt(order);
    draft.training = training;
    std::optional<Attempt> a = journal->createAttempt(
        draft, testdata::makeEvent(QStringLiteral("created"), EventSource::Cashier), day,
        &testdata::billNo, &error);
    if (!a || state == AttemptState::Sending)
        return a;
    Attempt u = *a;
    u.state = state;
    u.trxId = QStringLiteral("77777%1").arg(a->id, 11, 10, QLatin1Char('0'));
    return journal->transition(a->id, AttemptState::Sending, u,
                               testdata::makeEvent(QStringLiteral("answered"), EventSource::Api),
                               &error);
}

struct JournalRig
{
    QTemporaryDir dir;
    std::unique_ptr<InstanceLock> lock;
    std::unique_ptr<Journal> journal;

    bool open(const Clock *clock)
    {
        JournalError error;
        lock = InstanceLock::acquire(dir.path(), &error);
        if (!lock)
            return false;
        journal =
            Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, clock, &error);
        return journal != nullptr;
    }

    std::optional<Attempt> add(Order order, AttemptState state, bool training, const QDate &day)
    {
        return addAttempt(journal.get(), std::move(order), state, training, day);
    }
};

QString timelineText(QTreeWidget *tree)
{
    QStringList lines;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList cols;
        for (int c = 0; c < tree->columnCount(); ++c)
            cols << tree->topLevelItem(i)->text(c);
        lines << cols.join(QLatin1Char('|'));
    }
    return lines.join(QLatin1Char('\n'));
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestHistoryWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filtersAndPaging();
    void gatewayAndStaffAreShown();
    void actionsNeedSupervisorAndAreLogged();
};

void TestHistoryWindow::filtersAndPaging()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 19), QTime(17, 30), QTimeZone::utc()));
    JournalRig rig;
    QVERIFY(rig.open(&clock));
    const QList<Channel> channels = allChannels();
    int paid = 0, kredivo = 0, siti = 0, training = 0;
    QMap<QDate, int> perDay;
    QString someBillNo;
    for (int i = 0; i < 130; ++i) {
        Order order = testdata::sampleOrder();
        order.channel = channels.at(i % channels.size());
        order.tenor = KredivoTenor::Days30;
        if (i % 7 == 0) {
            order.customer.firstName = QStringLiteral("Siti");
            order.customer.lastName = QStringLiteral("Aminah");
        }
        const AttemptState state = i % 3 == 0 ? AttemptState::Paid : AttemptState::Expired;
        const bool isTraining = i % 10 == 9;
        const std::optional<Attempt> a = rig.add(order, state, isTraining, wibDayOf(clock.now()));
        QVERIFY(a);
        paid += state == AttemptState::Paid;
        kredivo += order.channel == Channel::Kredivo;
        siti += i % 7 == 0;
        training += isTraining;
        ++perDay[wibDayOf(clock.now())];
        if (i == 77)
            someBillNo = a->billNo;
        clock.advanceSecs(20 * 60);
    }

    HistoryWindow window(rig.journal.get(), nullptr, nullptr, &clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // No actions without a checkout service or receipts.
    QVERIFY(child<QPushButton>(&window, "cancelPayment")->isHidden());
    QVERIFY(child<QPushButton>(&window, "reprint")->isHidden());

    auto *from = child<QDateEdit>(&window, "from");
    auto *to = child<QDateEdit>(&window, "to");
    QCOMPARE(to->date(), wibDayOf(clock.now())); // today by the clock
    from->setDate(QDate(2026, 11, 1));
    window.search();
    QCOMPARE(window.totalCount(), 130);
    auto *table = child<QTableView>(&window, "table");
    // Every page, filter and search below goes through a model that keeps Qt's model contract.
    QAbstractItemModelTester tester(table->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(table->model()->rowCount(), HistoryWindow::PageSize);
    auto *pageLabel = child<QLabel>(&window, "pageLabel");
    QVERIFY(pageLabel->text().contains(QStringLiteral("130")));
    // Newest first.
    QVERIFY(table->model()->index(0, 1).data().toString() >
            table->model()->index(1, 1).data().toString());
    QVERIFY(!child<QPushButton>(&window, "previous")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, "next"), Qt::LeftButton);
    QCOMPARE(window.page(), 1);
    QTest::mouseClick(child<QPushButton>(&window, "next"), Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), 30);
    QVERIFY(pageLabel->text().startsWith(QStringLiteral("101")));
    QVERIFY(!child<QPushButton>(&window, "next")->isEnabled());
    QTest::mouseClick(child<QPushButton>(&window, "previous"), Qt::LeftButton);
    QCOMPARE(window.page(), 1);

    auto *state = child<QComboBox>(&window, "state");
    state->setCurrentIndex(state->findData(int(AttemptState::Paid)));
    window.search();
    QCOMPARE(window.totalCount(), paid);
    QCOMPARE(window.page(), 0);
    state->setCurrentIndex(0);

    auto *channel = child<QComboBox>(&window, "channel");
    channel->setCurrentIndex(channel->findData(int(Channel::Kredivo)));
    window.search();
    QCOMPARE(window.totalCount(), kredivo);
    channel->setCurrentIndex(0);

    auto *mode = child<QComboBox>(&window, "mode");
    mode->setCurrentIndex(mode->findData(1));
    window.search();
    QCOMPARE(window.totalCount(), training);
    mode->setCurrentIndex(0);

    // Typing searches by itself after a short pause.
    typeInto(child<QLineEdit>(&window, "customer"), QStringLiteral("siti"));
    QTRY_COMPARE(window.totalCount(), siti);
    child<QLineEdit>(&window, "customer")->clear();
    typeInto(child<QLineEdit>(&window, "billNo"), someBillNo.right(6).toLower());
    QTRY_COMPARE(window.totalCount(), 1);
    QCOMPARE(table->model()->index(0, 1).data().toString(), someBillNo);
    child<QLineEdit>(&window, "billNo")->clear();

    // One WIB day.
    const QDate day(2026, 11, 21);
    from->setDate(day);
    to->setDate(day);
    window.search();
    QCOMPARE(window.totalCount(), perDay.value(day));

    // The detail and its timeline.
    table->selectRow(0);
    const std::optional<Attempt> selected = window.selectedAttempt();
    QVERIFY(selected);
    QVERIFY(child<QLabel>(&window, "detail")->text().contains(selected->billNo));
    auto *timeline = child<QTreeWidget>(&window, "timeline");
    QCOMPARE(timeline->topLevelItemCount(), 2);
    QVERIFY(timelineText(timeline).contains(QStringLiteral("created")));
}

// Where each sale was posted (a gateway that is not Faspay's stands out) and who did what.
void TestHistoryWindow::gatewayAndStaffAreShown()
{
    ManualClock clock(QDateTime(QDate(2026, 11, 19), QTime(3, 0), QTimeZone::utc()));
    JournalRig rig;
    QVERIFY(rig.open(&clock));
    JournalError error;
    const auto add = [&](const QString &host, int customer) -> std::optional<Attempt> {
        Attempt draft = testdata::draftAttempt(testdata::sampleOrderOfCustomer(customer));
        draft.gatewayHost = host;
        draft.merchantId = QStringLiteral("31932");
        AttemptEvent created = testdata::makeEvent(QStringLiteral("created"), EventSource::Cashier);
        created.actor = QStringLiteral("Sari");
        created.approver = QStringLiteral("Budi");
        clock.advanceSecs(60);
        return rig.journal->createAttempt(draft, created, wibDayOf(clock.now()), &testdata::billNo,
                                          &error);
    };
    const std::optional<Attempt> faspay = add(QStringLiteral("debit.faspay.co.id"), 1);
    const std::optional<Attempt> fake = add(QStringLiteral("127.0.0.1:8123"), 2);
    QVERIFY2(faspay && fake, qPrintable(error.detail));

    HistoryWindow window(rig.journal.get(), nullptr, nullptr, &clock);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableView>(&window, "table");
    const auto gatewayOf = [table](const QString &billNo) -> QModelIndex {
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, HistoryModel::BillNo).data().toString() == billNo)
                return table->model()->index(r, HistoryModel::Gateway);
        }
        return {};
    };
    QCOMPARE(table->model()->headerData(HistoryModel::Gateway, Qt::Horizontal).toString(),
             QStringLiteral("Gateway"));
    QCOMPARE(gatewayOf(faspay->billNo).data().toString(), QStringLiteral("debit.faspay.co.id"));
    QCOMPARE(gatewayOf(fake->billNo).data().toString(),
             QStringLiteral("127.0.0.1:8123 — NOT FASPAY"));
    QVERIFY(gatewayOf(fake->billNo).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!gatewayOf(faspay->billNo).data(Qt::FontRole).isValid());

    window.selectAttempt(fake->id);
    const QString detail = child<QLabel>(&window, "detail")->text();
    QVERIFY2(detail.contains(QStringLiteral("127.0.0.1:8123 — NOT FASPAY")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("31932")), qPrintable(detail));
    const QString timeline = timelineText(child<QTreeWidget>(&window, "timeline"));
    QVERIFY2(timeline.contains(QStringLiteral("(Sari) approved by Budi")), qPrintable(timeline));
}

void TestHistoryWindow::actionsNeedSupervisorAndAreLogged()
{
    SystemClock clock;
    QNetworkAccessManager nam;
    SandboxConfig config;
    config.strict = true; // Kasir sends only Part A: refuse what only real Faspay tolerates
    TrainingSandbox sandbox(config, &clock, &nam);
    QVERIFY(sandbox.start());
    // The engine the application runs; only the window's actions ask Faspay here.
    QTemporaryDir data;
    const StoreInfo sample = test::sampleStore();
    const std::unique_ptr<Engine> engine = test::startTrainingEngine(
        data.path(), sandbox, {sample.name, sample.address, sample.terminal, QString()},
        test::noPolling(), &clock, &nam);
    Journal *journal = engine->journal();
    CheckoutService &checkout = *engine->checkout();
    ReceiptService &receipts = *engine->receipts();

    int carts = 0;
    const auto start = [&]() -> qint64 {
        Order order = testdata::sampleOrderOfCustomer(++carts); // another sale each time
        const CheckoutService::StartResult r = checkout.startCheckout(order);
        if (!r.ok())
            return 0;
        const bool awaiting = QTest::qWaitFor(
            [&] { return checkout.attempt(r.attemptId)->state == AttemptState::AwaitingPayment; },
            10000);
        return awaiting ? r.attemptId : 0;
    };
    // One that lost track: needs a supervisor.
    std::optional<Attempt> lost =
        addAttempt(journal, testdata::sampleOrder(), AttemptState::NeedsAttention, true,
                   wibDayOf(clock.now()));
    QVERIFY(lost);
    const qint64 toCheck = start();
    QVERIFY(toCheck);

    AppSettings settings;
    settings.setSupervisorPin(QStringLiteral("2468"));
    const QString settingsFile = data.filePath(QStringLiteral("kasir.ini"));
    {
        QSettings file(settingsFile, QSettings::IniFormat);
        settings.save(file);
    }
    SupervisorPin supervisor(
        [settingsFile] { return std::make_unique<QSettings>(settingsFile, QSettings::IniFormat); },
        data.path(), &clock);
    HistoryWindow window(journal, &checkout, &receipts, &clock);
    window.setSupervisorPin(&supervisor);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.totalCount(), 2);
    auto *timeline = child<QTreeWidget>(&window, "timeline");

    // Check status: the event shows up in the open timeline by itself.
    window.selectAttempt(toCheck);
    QVERIFY(!child<QPushButton>(&window, "reprint")->isEnabled());
    const int before = timeline->topLevelItemCount();
    QVERIFY(before >= 3);
    QVERIFY(sandbox.approve(checkout.attempt(toCheck)->billNo));
    QTest::mouseClick(child<QPushButton>(&window, "checkStatus"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checkout.attempt(toCheck)->state, AttemptState::Paid, 10000);
    QTRY_VERIFY(timeline->topLevelItemCount() > before);
    QVERIFY(timelineText(timeline).contains(QStringLiteral("status-check")));
    QCOMPARE(window.selectedAttempt()->state, AttemptState::Paid); // the row followed

    // Reprint: a numbered copy (the original was made when the sale became Paid).
    auto *reprint = child<QPushButton>(&window, "reprint");
    QTRY_VERIFY(reprint->isEnabled());
    QSignalSpy said(&window, &HistoryWindow::message);
    QTest::mouseClick(reprint, Qt::LeftButton);
    QList<ReceiptRecord> records = journal->receipts(toCheck);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().copyNumber, 1);
    QVERIFY(said.last().at(0).toString().contains(QStringLiteral("1")));
    // A second copy needs a supervisor: nothing is made until one approves with a reason.
    QTest::mouseClick(reprint, Qt::LeftButton);
    QCOMPARE(journal->receipts(toCheck).size(), 2);
    SupervisorDialog *copyApproval = window.supervisorDialog();
    QVERIFY(copyApproval);
    QTRY_VERIFY(copyApproval->isVisible());
    QVERIFY(copyApproval->findChild<QLabel *>(QStringLiteral("action"))
                ->text()
                .contains(QStringLiteral("copy 2")));
    QTest::keyClicks(child<QPlainTextEdit>(copyApproval, "reason"),
                     QStringLiteral("customer lost the first copy"));
    QTest::keyClicks(child<QLineEdit>(copyApproval, "pin"), QStringLiteral("2468"));
    QTest::mouseClick(child<QPushButton>(copyApproval, "approve"), Qt::LeftButton);
    records = journal->receipts(toCheck);
    QCOMPARE(records.size(), 3);
    QCOMPARE(records.last().copyNumber, 2);
    QTRY_VERIFY(!window.supervisorDialog());

    // Cancel: refused with a wrong PIN, done with the right one; the reason is logged.
    const qint64 toCancel = start();
    QVERIFY(toCancel);
    window.search();
    window.selectAttempt(toCancel);
    auto *cancel = child<QPushButton>(&window, "cancelPayment");
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    SupervisorDialog *dialog = window.supervisorDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *approve = child<QPushButton>(dialog, "approve");
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"),
                     QStringLiteral("Pelanggan bayar tunai / paid cash"));
    QVERIFY(!approve->isEnabled()); // no PIN yet
    QTest::keyClicks(child<QLineEdit>(dialog, "pin"), QStringLiteral("1111"));
    QTest::mouseClick(approve, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!child<QLabel>(dialog, "error")->isHidden());
    QCOMPARE(checkout.attempt(toCancel)->state, AttemptState::AwaitingPayment);
    QTest::keyClicks(child<QLineEdit>(dialog, "pin"), QStringLiteral("2468"));
    QTest::mouseClick(approve, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(checkout.attempt(toCancel)->state, AttemptState::Cancelled, 10000);
    QTRY_VERIFY(!window.supervisorDialog());
    window.selectAttempt(toCancel);
    QVERIFY2(timelineText(timeline).contains(QStringLiteral("paid cash")),
             qPrintable(timelineText(timeline)));
    QVERIFY(!cancel->isEnabled()); // cancelled: nothing more to cancel

    // Settle by hand: only with the PIN; logged as the supervisor's, with the reason.
    window.selectAttempt(lost->id);
    QVERIFY(child<QPushButton>(&window, "settle")->isEnabled());
    child<QAction>(&window, "settle:paid")->trigger();
    dialog = window.supervisorDialog();
    QVERIFY(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reason"),
                     QStringLiteral("Kredivo confirmed by phone"));
    QTest::keyClicks(child<QLineEdit>(dialog, "pin"), QStringLiteral("2468"));
    QTest::mouseClick(child<QPushButton>(dialog, "approve"), Qt::LeftButton);
    QTRY_COMPARE(journal->attempt(lost->id)->state, AttemptState::Paid);
    const QList<AttemptEvent> events = journal->events(lost->id);
    QCOMPARE(events.last().source, EventSource::Supervisor);
    QVERIFY(events.last().detail.contains(QStringLiteral("Kredivo confirmed by phone")));

    if (testsupport::screenshotsRequested()) {
        testsupport::ScreenshotLanguage language;
        HistoryWindow shot(journal, &checkout, &receipts, &clock);
        shot.setSupervisorPin(&supervisor);
        shot.resize(1180, 640);
        shot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&shot));
        shot.selectAttempt(toCancel);
        QCoreApplication::processEvents(); // the selection's details and layout have run
        QVERIFY(testsupport::saveScreenshot(&shot, QStringLiteral("history-id.png")));
    }
}

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
