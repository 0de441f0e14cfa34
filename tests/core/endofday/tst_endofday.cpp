// End of day: WIB day bounds, counts and totals per channel and state (from attempts and from a
// real journal), the journal-versus-Faspay comparison table, CSV and PDF export, and Reconcile
// against the training sandbox with disagreements planted there (setPaymentStatus), progress,
// a bounded number of calls in flight, and cancellation.

#include "core/faspay/faspayclient.h"
#include "core/faspay/requests.h"
#include "core/faspay/responses.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/payment/endofday.h"
#include "core/payment/endofdayreconciler.h"
#include "core/sandbox/trainingsandbox.h"
#include "tests/core/journal/journaltestdata.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kasir;
using PS = faspay::PaymentStatus;
using Kind = Discrepancy::Kind;

Q_DECLARE_METATYPE(std::optional<Discrepancy::Kind>)

namespace {

QDateTime utc(int y, int m, int d, int h, int min, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}

Attempt attemptAt(const QDateTime &created, Channel channel, AttemptState state, qint64 rupiah,
                  bool training = false)
{
    Attempt a = testdata::draftAttempt();
    static qint64 nextId = 1;
    a.id = nextId++;
    a.billNo = QStringLiteral("T01261123%1").arg(a.id, 4, 10, QLatin1Char('0'));
    a.createdAt = created;
    a.order.channel = channel;
    a.state = state;
    a.total = Money::fromRupiah(rupiah);
    a.training = training;
    a.trxId = QStringLiteral("77777000000%1").arg(a.id, 5, 10, QLatin1Char('0'));
    return a;
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestEndOfDay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wibDay_data();
    void wibDay();
    void compare_data();
    void compare();
    void reportFromAttempts();
    void reportFromJournal();
    void noticesFromAttempts();
    void settledByHandNamesTheSupervisor();
    void csv();
    void pdf();
    void reconcileFindsPlantedDisagreements();
    void reconcileCancel();
};

void TestEndOfDay::wibDay_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDate>("day");
    QTest::newRow("WIB midnight") << utc(2026, 11, 22, 17, 0) << QDate(2026, 11, 23);
    QTest::newRow("just before") << utc(2026, 11, 22, 16, 59, 59) << QDate(2026, 11, 22);
    QTest::newRow("UTC midnight is 07:00 WIB") << utc(2026, 11, 23, 0, 0) << QDate(2026, 11, 23);
    QTest::newRow("last second") << utc(2026, 11, 23, 16, 59, 59) << QDate(2026, 11, 23);
    QTest::newRow("new year") << utc(2026, 12, 31, 17, 30) << QDate(2027, 1, 1);
}

void TestEndOfDay::wibDay()
{
    QFETCH(QDateTime, time);
    QFETCH(QDate, day);
    QCOMPARE(wibDayOf(time), day);
    QVERIFY(wibDayStartUtc(day) <= time);
    QVERIFY(time < wibDayEndUtc(day));
    QCOMPARE(wibDayStartUtc(day).secsTo(wibDayEndUtc(day)), 24 * 3600);
}

void TestEndOfDay::compare_data()
{
    QTest::addColumn<AttemptState>("state");
    QTest::addColumn<int>("status"); // -1: no usable status
    QTest::addColumn<QString>("faspayTotal");
    QTest::addColumn<std::optional<Kind>>("expected");
    const auto none = std::optional<Kind>();
    // The attempt's total is Rp 1.500.000.
    QTest::newRow("paid / 2, same total") << AttemptState::Paid << 2 << "1500000" << none;
    QTest::newRow("paid / 2, total x100") << AttemptState::Paid << 2 << "150000000" << none;
    QTest::newRow("paid / 2, no total") << AttemptState::Paid << 2 << "" << none;
    QTest::newRow("paid / 2, other total")
        << AttemptState::Paid << 2 << "1400000" << std::optional(Kind::AmountMismatch);
    QTest::newRow("paid / 0") << AttemptState::Paid << 0 << ""
                              << std::optional(Kind::JournalPaidFaspayNot);
    QTest::newRow("paid / 1") << AttemptState::Paid << 1 << ""
                              << std::optional(Kind::JournalPaidFaspayNot);
    QTest::newRow("paid / 3") << AttemptState::Paid << 3 << ""
                              << std::optional(Kind::JournalPaidFaspayNot);
    QTest::newRow("paid / 8") << AttemptState::Paid << 8 << ""
                              << std::optional(Kind::JournalPaidFaspayNot);
    QTest::newRow("paid / 5") << AttemptState::Paid << 5 << ""
                              << std::optional(Kind::JournalPaidFaspayNot);
    QTest::newRow("awaiting / 0") << AttemptState::AwaitingPayment << 0 << "" << none;
    QTest::newRow("awaiting / 1") << AttemptState::AwaitingPayment << 1 << "" << none;
    QTest::newRow("awaiting / 2") << AttemptState::AwaitingPayment << 2 << "1500000"
                                  << std::optional(Kind::FaspayPaidJournalNot);
    QTest::newRow("unknown / 2") << AttemptState::Unknown << 2 << "1500000"
                                 << std::optional(Kind::FaspayPaidJournalNot);
    QTest::newRow("cancelled / 2")
        << AttemptState::Cancelled << 2 << "1500000" << std::optional(Kind::FaspayPaidJournalNot);
    QTest::newRow("awaiting / 7") << AttemptState::AwaitingPayment << 7 << ""
                                  << std::optional(Kind::StatusDiffers);
    QTest::newRow("expired / 7") << AttemptState::Expired << 7 << "" << none;
    QTest::newRow("expired / 8") << AttemptState::Expired << 8 << ""
                                 << std::optional(Kind::StatusDiffers);
    QTest::newRow("expired / 0 (still payable)")
        << AttemptState::Expired << 0 << "" << std::optional(Kind::StatusDiffers);
    QTest::newRow("cancelled / 8") << AttemptState::Cancelled << 8 << "" << none;
    QTest::newRow("failed / 3") << AttemptState::Failed << 3 << "" << none;
    QTest::newRow("reversed / 4") << AttemptState::Reversed << 4 << "" << none;
    QTest::newRow("reversed / 2") << AttemptState::Reversed << 2 << "1500000"
                                  << std::optional(Kind::FaspayPaidJournalNot);
    QTest::newRow("awaiting / 5") << AttemptState::AwaitingPayment << 5 << ""
                                  << std::optional(Kind::NotFoundAtFaspay);
    QTest::newRow("rejected / 0") << AttemptState::Rejected << 0 << "" << none;
    QTest::newRow("needs attention / 2")
        << AttemptState::NeedsAttention << 2 << "1500000" << std::optional(Kind::NeedsAttention);
    QTest::newRow("awaiting / no status")
        << AttemptState::AwaitingPayment << -1 << "" << std::optional(Kind::NotChecked);
}

void TestEndOfDay::compare()
{
    QFETCH(AttemptState, state);
    QFETCH(int, status);
    QFETCH(QString, faspayTotal);
    QFETCH(std::optional<Kind>, expected);
    Attempt a = attemptAt(utc(2026, 11, 23, 3, 0), Channel::Kredivo, state, 1'500'000);
    const std::optional<PS> ps =
        status < 0 ? std::nullopt : faspay::paymentStatusFromText(QString::number(status));
    const std::optional<Discrepancy> d =
        compareWithFaspay(a, ps, status < 0 ? QString() : QString::number(status), faspayTotal);
    QCOMPARE(d.has_value(), expected.has_value());
    if (d) {
        QCOMPARE(d->kind, *expected);
        QVERIFY(!d->explanation.isEmpty());
        QVERIFY(!d->explanation.english().contains(QLatin1String("%1")));
        QCOMPARE(d->attempt.billNo, a.billNo);
    }
}

void TestEndOfDay::reportFromAttempts()
{
    const QDate day(2026, 11, 23);
    QList<Attempt> all{
        attemptAt(utc(2026, 11, 22, 17, 0), Channel::Kredivo, AttemptState::Paid, 1'000'000),
        attemptAt(utc(2026, 11, 23, 2, 0), Channel::Kredivo, AttemptState::Paid, 2'500'000),
        attemptAt(utc(2026, 11, 23, 3, 0), Channel::Kredivo, AttemptState::Expired, 700'000),
        attemptAt(utc(2026, 11, 23, 4, 0), Channel::Akulaku, AttemptState::Paid, 300'000),
        attemptAt(utc(2026, 11, 23, 16, 59, 59), Channel::BriCeria, AttemptState::Cancelled,
                  50'000),
        // Outside the day, or training: left out.
        attemptAt(utc(2026, 11, 22, 16, 59, 59), Channel::Kredivo, AttemptState::Paid, 9'000'000),
        attemptAt(utc(2026, 11, 23, 17, 0), Channel::Kredivo, AttemptState::Paid, 9'000'000),
        attemptAt(utc(2026, 11, 23, 5, 0), Channel::Kredivo, AttemptState::Paid, 9'000'000, true),
    };
    const EndOfDayReport r = EndOfDayReport::fromAttempts(day, false, all);
    QCOMPARE(r.attemptCount(), 5);
    QCOMPARE(r.cell(Channel::Kredivo, AttemptState::Paid),
             (EndOfDayReport::Cell{2, Money::fromRupiah(3'500'000)}));
    QCOMPARE(r.cell(Channel::Kredivo, AttemptState::Expired),
             (EndOfDayReport::Cell{1, Money::fromRupiah(700'000)}));
    QCOMPARE(r.channelTotal(Channel::Kredivo),
             (EndOfDayReport::Cell{3, Money::fromRupiah(4'200'000)}));
    QCOMPARE(r.paid(), (EndOfDayReport::Cell{3, Money::fromRupiah(3'800'000)}));
    QCOMPARE(r.stateTotal(AttemptState::Cancelled),
             (EndOfDayReport::Cell{1, Money::fromRupiah(50'000)}));
    QCOMPARE(r.cell(Channel::Indodana, AttemptState::Paid), EndOfDayReport::Cell{});
    QCOMPARE(r.channels(), (QList<Channel>{Channel::Kredivo, Channel::Akulaku, Channel::BriCeria}));
    QCOMPARE(r.states(), (QList<AttemptState>{AttemptState::Paid, AttemptState::Expired,
                                              AttemptState::Cancelled}));
    for (qsizetype i = 1; i < r.attempts.size(); ++i)
        QVERIFY(r.attempts.at(i - 1).createdAt <= r.attempts.at(i).createdAt);

    const EndOfDayReport t = EndOfDayReport::fromAttempts(day, true, all);
    QCOMPARE(t.attemptCount(), 1);
    QVERIFY(t.training);
}

void TestEndOfDay::reportFromJournal()
{
    QTemporaryDir dir;
    ManualClock clock(utc(2026, 11, 22, 16, 30)); // 23:30 WIB on the 22nd
    JournalError error;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
    QVERIFY(lock);
    std::unique_ptr<Journal> journal =
        Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, &clock, &error);
    QVERIFY2(journal, qPrintable(error.detail));
    const auto create = [&](AttemptState finalState) {
        std::optional<Attempt> a = journal->createAttempt(
            testdata::draftAttempt(), testdata::makeEvent(QStringLiteral("created")),
            wibDayOf(clock.now()), &testdata::billNo, &error);
        QVERIFY2(a, qPrintable(error.detail));
        if (finalState != AttemptState::Sending) {
            Attempt u = *a;
            u.state = finalState;
            u.trxId = QStringLiteral("7777700000000") + QString::number(a->id);
            QVERIFY(journal->transition(a->id, AttemptState::Sending, u,
                                        testdata::makeEvent(QStringLiteral("answered")), &error));
        }
    };
    create(AttemptState::Paid); // the 22nd, WIB
    clock.advanceSecs(3600);    // 00:30 WIB on the 23rd
    for (int i = 0; i < 3; ++i)
        create(AttemptState::Paid);
    create(AttemptState::AwaitingPayment);
    create(AttemptState::Rejected);
    const Money each = testdata::draftAttempt().total;

    std::optional<EndOfDayReport> r =
        EndOfDayReport::fromJournal(*journal, QDate(2026, 11, 23), false, &error);
    QVERIFY(r);
    QCOMPARE(r->attemptCount(), 5);
    QCOMPARE(r->paid(), (EndOfDayReport::Cell{3, Money::fromRupiah(each.rupiah() * 3)}));
    QCOMPARE(r->stateTotal(AttemptState::AwaitingPayment).count, 1);
    QCOMPARE(r->stateTotal(AttemptState::Rejected).count, 1);
    std::optional<EndOfDayReport> before =
        EndOfDayReport::fromJournal(*journal, QDate(2026, 11, 22), false, &error);
    QVERIFY(before);
    QCOMPARE(before->attemptCount(), 1);
}

void TestEndOfDay::noticesFromAttempts()
{
    const QDate day(2026, 11, 23);
    using N = EndOfDayNotice::Kind;
    // 0: an ordinary Faspay sale; 1: settled by hand; 2: posted to a gateway that is not
    // Faspay's; 3 and 4: one customer paid twice 40 minutes apart (inside the hour's lifetime);
    // 5: the same customer again, but three hours later (a new visit, no notice).
    QList<Attempt> all;
    for (int i = 0; i < 6; ++i) {
        Attempt a = attemptAt(utc(2026, 11, 23, 2, 0).addSecs(i * 60), Channel::Kredivo,
                              AttemptState::Paid, 100'000 + i);
        a.order = testdata::sampleOrderOfCustomer(i);
        a.billDate = a.createdAt;
        a.billExpired = a.createdAt.addSecs(3600);
        a.gatewayHost = QStringLiteral("debit.faspay.co.id");
        a.merchantId = QStringLiteral("31932");
        all.append(a);
    }
    all[1].reason = QStringLiteral("supervisor");
    all[2].gatewayHost = QStringLiteral("127.0.0.1:8123");
    all[4].order.customer.phone = all[3].order.customer.phone;
    all[4].createdAt = all[3].createdAt.addSecs(40 * 60);
    all[5].order.customer.email = all[3].order.customer.email.toUpper();
    all[5].createdAt = all[3].createdAt.addSecs(3 * 3600);
    // A training sale on the sandbox's loopback address is training, never NOT FASPAY.
    Attempt training =
        attemptAt(utc(2026, 11, 23, 4, 0), Channel::Kredivo, AttemptState::Paid, 1, true);
    training.gatewayHost = QStringLiteral("127.0.0.1:40000");
    all.append(training);

    const EndOfDayReport r = EndOfDayReport::fromAttempts(day, false, all);
    QList<QPair<QString, N>> got;
    for (const EndOfDayNotice &n : r.notices)
        got.append({n.attempt.billNo, n.kind});
    const QList<QPair<QString, N>> expected{{all[1].billNo, N::SettledByHand},
                                            {all[2].billNo, N::NotFaspay},
                                            {all[3].billNo, N::PaidTwice},
                                            {all[4].billNo, N::PaidTwice}};
    QCOMPARE(got, expected);
    QCOMPARE(r.notices.at(2).otherBillNo, all[4].billNo);
    QCOMPARE(r.notices.at(3).otherBillNo, all[3].billNo);
    QVERIFY(r.notices.at(1).explanation().english().contains(QStringLiteral("127.0.0.1:8123")));
    QVERIFY(r.notices.at(1).explanation().english().contains(QStringLiteral("31932")));
    QVERIFY(EndOfDayReport::fromAttempts(day, true, all).notices.isEmpty());

    // The CSV carries the gateway of every sale and the notices.
    const QString csv = QString::fromUtf8(endOfDayCsv(r, {}));
    QVERIFY(csv.contains(QStringLiteral(",gateway_host,merchant_id\r\n")));
    QVERIFY(csv.contains(QStringLiteral(",127.0.0.1:8123,31932\r\n")));
    QVERIFY(csv.contains(QStringLiteral("\r\nnot-faspay,") + all[2].billNo +
                         QStringLiteral(",paid,100002,")));
    QVERIFY(csv.contains(QStringLiteral("\r\npaid-twice,") + all[3].billNo));
}

void TestEndOfDay::settledByHandNamesTheSupervisor()
{
    QTemporaryDir dir;
    ManualClock clock(utc(2026, 11, 23, 2, 0));
    JournalError error;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), &error);
    QVERIFY(lock);
    std::unique_ptr<Journal> journal =
        Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, &clock, &error);
    QVERIFY2(journal, qPrintable(error.detail));
    std::optional<Attempt> a = journal->createAttempt(
        testdata::draftAttempt(), testdata::makeEvent(QStringLiteral("created")),
        wibDayOf(clock.now()), &testdata::billNo, &error);
    QVERIFY2(a, qPrintable(error.detail));
    Attempt unknown = *a;
    unknown.state = AttemptState::Unknown;
    QVERIFY(journal->transition(a->id, AttemptState::Sending, unknown,
                                testdata::makeEvent(QStringLiteral("answered")), &error));
    Attempt paid = unknown;
    paid.state = AttemptState::Paid;
    paid.reason = QStringLiteral("supervisor");
    AttemptEvent settle = testdata::makeEvent(QStringLiteral("supervisor"), EventSource::Supervisor,
                                              QStringLiteral("lender statement shows it paid"));
    settle.from = AttemptState::Unknown;
    settle.to = AttemptState::Paid;
    settle.actor = QStringLiteral("sari");
    settle.approver = QStringLiteral("Budi");
    QVERIFY(journal->transition(a->id, AttemptState::Unknown, paid, settle, &error));

    std::optional<EndOfDayReport> r =
        EndOfDayReport::fromJournal(*journal, QDate(2026, 11, 23), false, &error);
    QVERIFY(r);
    QCOMPARE(r->notices.size(), 1);
    const EndOfDayNotice &n = r->notices.first();
    QCOMPARE(n.kind, EndOfDayNotice::Kind::SettledByHand);
    QCOMPARE(n.settledBy, QStringLiteral("Budi"));
    QCOMPARE(n.settledReason, QStringLiteral("lender statement shows it paid"));
    QCOMPARE(n.explanation().english(),
             QStringLiteral("Settled by supervisor Budi, not confirmed by Faspay (lender "
                            "statement shows it paid). Check it against the lender's statement."));
}

void TestEndOfDay::csv()
{
    QList<Attempt> all{
        attemptAt(utc(2026, 11, 23, 2, 0), Channel::Kredivo, AttemptState::Paid, 2'500'000),
        attemptAt(utc(2026, 11, 23, 3, 0), Channel::Akulaku, AttemptState::AwaitingPayment,
                  700'000),
    };
    all[0].cashier = QStringLiteral("=HYPERLINK(\"x\"), Sari");
    const EndOfDayReport r = EndOfDayReport::fromAttempts(QDate(2026, 11, 23), false, all);
    std::optional<Discrepancy> d =
        compareWithFaspay(all[1], PS::Success, QStringLiteral("2"), QStringLiteral("700000"));
    QVERIFY(d);
    const QString text = QString::fromUtf8(endOfDayCsv(r, {*d}));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QVERIFY(lines.contains(QStringLiteral("Kredivo,paid,1,2500000")));
    QVERIFY(lines.contains(QStringLiteral("Akulaku,awaiting_payment,1,700000")));
    QVERIFY(lines.contains(QStringLiteral("all,paid,1,2500000")));
    // WIB time, whole rupiah, a formula-looking cashier name neutralised and quoted.
    QVERIFY(text.contains(all[0].billNo + QStringLiteral(",2026-11-23 09:00:00,Kredivo,paid,"
                                                         "2500000,")));
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\"), Sari\"")));
    QVERIFY(text.contains(QStringLiteral("faspay-paid-journal-not,") + all[1].billNo +
                          QStringLiteral(",awaiting_payment,2,700000,700000,")));
    QVERIFY(text.endsWith(QStringLiteral("\r\n")));
}

void TestEndOfDay::pdf()
{
    QList<Attempt> all;
    for (int i = 0; i < 60; ++i) // enough rows for a second page
        all << attemptAt(utc(2026, 11, 23, 1, i), Channel::Indodana, AttemptState::Paid,
                         100'000 + i);
    const EndOfDayReport r = EndOfDayReport::fromAttempts(QDate(2026, 11, 23), false, all);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("eod.pdf"));
    QString error;
    QVERIFY2(writeEndOfDayPdf(r, {}, QStringLiteral("Toko Contoh"), path, &error),
             qPrintable(error));
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+[2-9]"))),
             qPrintable(info)); // 60 rows do not fit on one page
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("Toko Contoh")));
    QVERIFY(text.contains(all.first().billNo));
    QVERIFY(text.contains(all.last().billNo));
    QVERIFY(
        !writeEndOfDayPdf(r, {}, QString(), QStringLiteral("/nonexistent-dir/x/eod.pdf"), &error));
    QVERIFY(!error.isEmpty());
}

namespace {

// Kasir sends only Part A: the sandbox refuses what only real Faspay tolerates.
SandboxConfig strictConfig()
{
    SandboxConfig config;
    config.strict = true;
    return config;
}

// The sandbox on loopback with a client, and bills posted to it like the engine posts them.
struct SandboxRig
{
    SystemClock clock;
    QNetworkAccessManager nam;
    TrainingSandbox sandbox{strictConfig(), &clock, &nam};
    std::unique_ptr<faspay::FaspayClient> client;

    bool start()
    {
        if (!sandbox.start())
            return false;
        faspay::FaspayClientConfig config;
        config.baseUrl = sandbox.baseUrl();
        client = std::make_unique<faspay::FaspayClient>(&nam, config);
        return true;
    }

    // An attempt as the journal would hold it after Post Data answered.
    std::optional<Attempt> post(int sequence)
    {
        Attempt a = testdata::draftAttempt();
        a.id = sequence;
        a.billNo = QStringLiteral("R01") + QDate::currentDate().toString(QStringLiteral("yyMMdd")) +
                   QString::number(sequence).rightJustified(4, QLatin1Char('0'));
        a.createdAt = QDateTime::currentDateTimeUtc();
        a.billDate = a.createdAt;
        a.billExpired = a.createdAt.addSecs(3600);
        faspay::PostDataParams p{a.order, a.billNo, a.billDate, a.billExpired,
                                 QStringLiteral("709")};
        const faspay::BuiltRequest built = faspay::buildPostData(sandbox.credentials(), p);
        if (!built.ok())
            return std::nullopt;
        faspay::FaspayCall *call = client->send(faspay::FaspayOperation::PostData, built.body);
        QSignalSpy done(call, &faspay::FaspayCall::finished);
        if (!done.wait(10000))
            return std::nullopt;
        const auto result = done.at(0).at(0).value<faspay::CallResult>();
        const auto parsed = faspay::parsePostDataResponse(result.body);
        if (!parsed.ok() || !parsed.value->isSuccess())
            return std::nullopt;
        a.trxId = parsed.value->trxId;
        a.redirectUrl = parsed.value->redirectUrl;
        a.state = AttemptState::AwaitingPayment;
        return a;
    }
};

} // namespace

void TestEndOfDay::reconcileFindsPlantedDisagreements()
{
    SandboxRig rig;
    QVERIFY(rig.start());
    QList<Attempt> day;
    for (int i = 1; i <= 6; ++i) {
        std::optional<Attempt> a = rig.post(i);
        QVERIFY(a);
        day << *a;
    }
    // 1: paid on both sides. 2: open on both sides.
    QVERIFY(rig.sandbox.approve(day[0].billNo));
    day[0].state = AttemptState::Paid;
    // 3: the journal says Paid; Faspay was planted back to 0 (unpaid).
    day[2].state = AttemptState::Paid;
    QVERIFY(rig.sandbox.setPaymentStatus(day[2].billNo, 0));
    // 4: the journal still waits; Faspay was planted to 2 (paid).
    QVERIFY(rig.sandbox.setPaymentStatus(day[3].billNo, 2));
    // 5: paid on both sides, but the journal's total differs from what Faspay took.
    QVERIFY(rig.sandbox.approve(day[4].billNo));
    day[4].state = AttemptState::Paid;
    day[4].total = day[4].total + Money::fromRupiah(1000);
    // 6: expired here, cancelled at Faspay.
    QVERIFY(rig.sandbox.setPaymentStatus(day[5].billNo, 8));
    day[5].state = AttemptState::Expired;
    // 7: Unknown without trx_id: cannot be asked, listed. 8: Rejected without trx_id: skipped.
    Attempt unknown = testdata::draftAttempt();
    unknown.billNo = QStringLiteral("R01X0007");
    unknown.state = AttemptState::Unknown;
    Attempt rejected = unknown;
    rejected.billNo = QStringLiteral("R01X0008");
    rejected.state = AttemptState::Rejected;
    day << unknown << rejected;

    EndOfDayReconciler reconciler(rig.client.get(), rig.sandbox.credentials());
    reconciler.setMaxInFlight(2);
    QSignalSpy progress(&reconciler, &EndOfDayReconciler::progress);
    QSignalSpy finished(&reconciler, &EndOfDayReconciler::finished);
    int maxInFlight = 0;
    connect(&reconciler, &EndOfDayReconciler::progress, this,
            [&] { maxInFlight = qMax(maxInFlight, reconciler.inFlight()); });
    const int inquiriesBefore = int(rig.sandbox.requests().size());
    QVERIFY(reconciler.start(day));
    QVERIFY(!reconciler.start(day)); // one run at a time
    QCOMPARE(finished.size(), 0);
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(maxInFlight <= 2);
    QCOMPARE(progress.last().at(0).toInt(), int(day.size()));
    QCOMPARE(progress.last().at(1).toInt(), int(day.size()));

    const auto result = finished.at(0).at(0).value<ReconcileResult>();
    QVERIFY(!result.cancelled);
    QCOMPARE(result.total, 8);
    QCOMPARE(result.checked, 6);
    QCOMPARE(result.agreed, 2);
    QCOMPARE(int(rig.sandbox.requests().size()) - inquiriesBefore, 6);
    QMap<QString, Kind> kinds;
    for (const Discrepancy &d : result.discrepancies)
        kinds.insert(d.attempt.billNo, d.kind);
    QCOMPARE(kinds.size(), 5);
    QCOMPARE(kinds.value(day[2].billNo), Kind::JournalPaidFaspayNot);
    QCOMPARE(kinds.value(day[3].billNo), Kind::FaspayPaidJournalNot);
    QCOMPARE(kinds.value(day[4].billNo), Kind::AmountMismatch);
    QCOMPARE(kinds.value(day[5].billNo), Kind::StatusDiffers);
    QCOMPARE(kinds.value(unknown.billNo), Kind::NotChecked);
    QVERIFY(!kinds.contains(day[0].billNo));
    QVERIFY(!kinds.contains(day[1].billNo));
    QVERIFY(!kinds.contains(rejected.billNo));
    // In the order given.
    QCOMPARE(result.discrepancies.first().attempt.billNo, day[2].billNo);
}

void TestEndOfDay::reconcileCancel()
{
    SandboxRig rig;
    QVERIFY(rig.start());
    QList<Attempt> day;
    for (int i = 11; i <= 16; ++i) {
        std::optional<Attempt> a = rig.post(i);
        QVERIFY(a);
        day << *a;
    }
    // Every status inquiry hangs: nothing can finish on its own.
    QVERIFY(rig.sandbox.addFaultSpec(QStringLiteral("hang@inquiry*always")));
    EndOfDayReconciler reconciler(rig.client.get(), rig.sandbox.credentials());
    reconciler.setMaxInFlight(3);
    QSignalSpy finished(&reconciler, &EndOfDayReconciler::finished);
    QVERIFY(reconciler.start(day));
    QTRY_COMPARE(reconciler.inFlight(), 3);
    reconciler.cancel();
    QCOMPARE(finished.size(), 1);
    const auto result = finished.at(0).at(0).value<ReconcileResult>();
    QVERIFY(result.cancelled);
    QCOMPARE(result.checked, 0);
    QVERIFY(!reconciler.isRunning());
    QCOMPARE(reconciler.inFlight(), 0);
    QVERIFY(!finished.wait(300)); // exactly once: no late second "finished"
    rig.sandbox.releaseHungConnections();
}

QTEST_MAIN(TestEndOfDay)
#include "tst_endofday.moc"
