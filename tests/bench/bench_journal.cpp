// Journal benchmarks (design §5): with 100 000 attempts, open + recovery scan <= 100 ms and a
// history search <= 50 ms.
//
//   bench_journal [--data DIR] [--samples N]     generate once (kept in DIR), then measure
//   bench_journal --generate DIR [--attempts N]  only generate
//   bench_journal --open-sample DIR [--no-quick-check]   one open + scan, in this process
//
// The journal is generated once through the real Journal API (create, answered, final state,
// receipt for paid sales: about 5 writes per attempt, ~1 year of sales at one counter) with
// synchronous=OFF for speed; the file is then an ordinary journal. Open is measured in a new
// process per sample (the page cache stays warm: dropping it needs root and would hit the other
// users of this machine), once with the quick_check that Journal::open runs and once without,
// so that the table shows where the time goes.

#include "benchsupport.h"
#include "core/common/clock.h"
#include "core/faspay/billno.h"
#include "core/faspay/channelcatalog.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/order/order.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextStream>

using namespace kasir;
using namespace kasir::bench;

namespace {

constexpr int Version = 2; // bump when the generated content changes
const QString Marker = QStringLiteral("bench-journal.done");

const char *const FirstNames[] = {"Budi",  "Siti",  "Agus", "Dewi", "Rina",  "Joko",   "Ayu", "Eko",
                                  "Putri", "Wahyu", "Sri",  "Andi", "Fitri", "Hendra", "Yuni"};
const char *const LastNames[] = {"Santoso", "Wijaya",  "Saputra", "Lestari", "Hidayat",
                                 "Kusuma",  "Pratama", "Nugroho", "Rahayu",  "Setiawan"};

Order randomOrder(QRandomGenerator &random)
{
    Order o;
    const int c = random.bounded(100);
    o.channel = c < 45   ? Channel::Kredivo
                : c < 75 ? Channel::Akulaku
                : c < 92 ? Channel::Indodana
                         : Channel::BriCeria;
    o.tenor = random.bounded(2) ? KredivoTenor::Days30 : KredivoTenor::Months3;
    const QString first =
        QString::fromLatin1(FirstNames[random.bounded(int(std::size(FirstNames)))]);
    const QString last = QString::fromLatin1(LastNames[random.bounded(int(std::size(LastNames)))]);
    o.customer.id = QStringLiteral("C%1").arg(random.bounded(1, 99999), 6, 10, QLatin1Char('0'));
    o.customer.firstName = first;
    o.customer.lastName = last;
    o.customer.phone = QStringLiteral("0812%1").arg(random.bounded(10000000, 99999999));
    o.customer.email = first.toLower() + QLatin1Char('.') + last.toLower() +
                       QString::number(random.bounded(1000)) + QStringLiteral("@example.com");
    o.billing.firstName = first;
    o.billing.lastName = last;
    o.billing.address = QStringLiteral("Jl Sabang %1").arg(random.bounded(1, 200));
    o.billing.city = QStringLiteral("Jakarta Pusat");
    o.billing.region = QStringLiteral("DKI Jakarta");
    o.billing.state = QStringLiteral("Indonesia");
    o.billing.postcode = QStringLiteral("10170");
    o.billing.countryCode = QStringLiteral("ID");
    o.billing.phone = o.customer.phone;
    const int lines = random.bounded(1, 4);
    for (int i = 0; i < lines; ++i) {
        LineItem line;
        line.sku = QStringLiteral("SKU-%1").arg(random.bounded(1, 5000));
        line.name = QStringLiteral("Barang nomor %1").arg(random.bounded(1, 5000));
        line.qty = random.bounded(1, 4);
        line.unitPrice = Money::fromRupiah(qint64(random.bounded(50, 3000)) * 1000);
        o.cart.lines.append(line);
    }
    o.cart.fees.append(Fee{FeeKind::Shipping, Money::fromRupiah(20000)});
    o.description = QStringLiteral("Penjualan toko");
    return o;
}

AttemptEvent event(EventSource source, const QString &kind, const QString &detail,
                   const QByteArray &body = {})
{
    AttemptEvent e;
    e.source = source;
    e.kind = kind;
    e.detail = detail;
    e.body = body;
    return e;
}

int generate(const QString &dir, int attempts)
{
    QDir().mkpath(dir);
    QFile::remove(dir + u'/' + Marker);
    for (const QString &name : QDir(dir).entryList({QStringLiteral("journal.sqlite*")}))
        QFile::remove(dir + u'/' + name);
    JournalError error;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir, &error);
    if (!lock) {
        QTextStream(stderr) << "lock: " << error.detail << Qt::endl;
        return 1;
    }
    // A year of sales ending now, oldest first.
    ManualClock clock(QDateTime::currentDateTimeUtc().addDays(-365));
    std::unique_ptr<Journal> journal =
        Journal::open(dir + QStringLiteral("/journal.sqlite"), *lock, &clock, &error);
    if (!journal) {
        QTextStream(stderr) << "open: " << error.detail << Qt::endl;
        return 1;
    }
    {
        QSqlQuery q(QSqlDatabase::database(journal->connectionName()));
        q.exec(QStringLiteral("PRAGMA synchronous=OFF"));
    }
    QRandomGenerator random(20250115);
    const qint64 stepMs = 365LL * 24 * 3600 * 1000 / attempts;
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < attempts; ++i) {
        clock.advanceMSecs(stepMs);
        Attempt draft;
        draft.state = AttemptState::Sending;
        draft.order = randomOrder(random);
        draft.channelCode = faspay::ChannelCatalog::knownCode(draft.order.channel);
        if (draft.channelCode.isEmpty())
            draft.channelCode = QStringLiteral("831");
        draft.total = draft.order.cart.totals().total;
        draft.billDate = clock.now();
        draft.billExpired = clock.now().addSecs(3600);
        draft.terminal = QStringLiteral("K01");
        draft.cashier = QStringLiteral("sari");
        const QDate day = clock.now().toOffsetFromUtc(7 * 3600).date();
        std::optional<Attempt> a = journal->createAttempt(
            draft, event(EventSource::Cashier, QStringLiteral("created"), QString()), day,
            [](QDate d, qint64 seq) { return faspay::makeBillNo(QStringLiteral("K01"), d, seq); },
            &error);
        if (!a) {
            QTextStream(stderr) << "create: " << error.detail << Qt::endl;
            return 1;
        }
        // 0.1 % stay open (what the recovery scan finds); the rest end as a year of sales does.
        const int r = random.bounded(1000);
        if (r < 1)
            continue; // still Sending: a crash between commit and post
        const QString trx = QStringLiteral("77777%1").arg(qint64(i) + 10000000000LL);
        if (r < 19) {
            Attempt rejected = *a;
            rejected.state = AttemptState::Rejected;
            rejected.responseCode = QStringLiteral("66");
            rejected.reason = QStringLiteral("rejected");
            journal->transition(a->id, AttemptState::Sending, rejected,
                                event(EventSource::Api, QStringLiteral("answered"),
                                      QStringLiteral("response_code 66")),
                                &error);
            continue;
        }
        Attempt awaiting = *a;
        awaiting.state = AttemptState::AwaitingPayment;
        awaiting.trxId = trx;
        awaiting.responseCode = QStringLiteral("00");
        awaiting.redirectUrl = QStringLiteral("https://debit-sandbox.faspay.co.id/pws/100003/"
                                              "0830000010100000/{signature}?trx_id=%1&merchant_id="
                                              "77777&bill_no=%2")
                                   .arg(trx, a->billNo);
        const QByteArray answer =
            QJsonDocument(QJsonObject{{QStringLiteral("response"),
                                       QStringLiteral("Transmisi Info Detil Pembelian")},
                                      {QStringLiteral("trx_id"), trx},
                                      {QStringLiteral("merchant_id"), QStringLiteral("77777")},
                                      {QStringLiteral("merchant"), QStringLiteral("TOKO LATIHAN")},
                                      {QStringLiteral("bill_no"), a->billNo},
                                      {QStringLiteral("response_code"), QStringLiteral("00")},
                                      {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
                                      {QStringLiteral("redirect_url"), awaiting.redirectUrl}})
                .toJson(QJsonDocument::Compact);
        clock.advanceMSecs(300);
        std::optional<Attempt> b = journal->transition(
            a->id, AttemptState::Sending, awaiting,
            event(EventSource::Api, QStringLiteral("answered"), QStringLiteral("00"), answer),
            &error);
        if (!b)
            continue;
        if (r < 3) {
            continue; // AwaitingPayment
        }
        if (r < 4) {
            Attempt unknown = *b;
            unknown.state = AttemptState::Unknown;
            unknown.reason = QStringLiteral("transport_failing");
            journal->transition(b->id, AttemptState::AwaitingPayment, unknown,
                                event(EventSource::Inquiry, QStringLiteral("status-check-failed"),
                                      QStringLiteral("timeout")),
                                &error);
            continue;
        }
        clock.advanceMSecs(45'000);
        Attempt final = *b;
        int status = 2;
        if (r < 100) {
            final.state = AttemptState::Failed;
            status = 3;
        } else if (r < 170) {
            final.state = AttemptState::Expired;
            status = 7;
        } else if (r < 200) {
            final.state = AttemptState::Cancelled;
            status = 8;
        } else {
            final.state = AttemptState::Paid;
            final.paymentReff = QStringLiteral("709%1").arg(i);
            final.paymentDate = clock.now();
        }
        final.paymentStatusCode = status;
        const QByteArray inquiry =
            QJsonDocument(
                QJsonObject{
                    {QStringLiteral("response"), QStringLiteral("Pengecekan Status Pembayaran")},
                    {QStringLiteral("trx_id"), trx},
                    {QStringLiteral("bill_no"), a->billNo},
                    {QStringLiteral("payment_status_code"), QString::number(status)},
                    {QStringLiteral("payment_total"), QString::number(a->total.rupiah())},
                    {QStringLiteral("response_code"), QStringLiteral("00")}})
                .toJson(QJsonDocument::Compact);
        if (random.bounded(2)) {
            journal->appendEvent(b->id,
                                 event(EventSource::Notification, QStringLiteral("notification"),
                                       QStringLiteral("payment_status_code %1").arg(status)),
                                 &error);
        }
        std::optional<Attempt> c = journal->transition(
            b->id, AttemptState::AwaitingPayment, final,
            event(EventSource::Inquiry, QStringLiteral("status-check"),
                  QStringLiteral("payment_status_code %1").arg(status), inquiry),
            &error);
        if (c && c->state == AttemptState::Paid) {
            if (const auto receipt = journal->addReceipt(c->id, &error)) {
                journal->updateReceipt(receipt->id, ReceiptStatus::Printed, QString(),
                                       QStringLiteral("receipts/%1.pdf").arg(c->billNo), &error);
            }
        }
        if ((i + 1) % 10000 == 0)
            QTextStream(stderr) << "generated " << (i + 1) << " attempts, " << t.elapsed() / 1000
                                << " s" << Qt::endl;
    }
    {
        QSqlQuery q(QSqlDatabase::database(journal->connectionName()));
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    journal.reset();
    lock.reset();
    QFile marker(dir + u'/' + Marker);
    if (marker.open(QIODevice::WriteOnly))
        marker.write(QByteArray::number(Version) + ' ' + QByteArray::number(attempts));
    return 0;
}

bool generated(const QString &dir, int attempts)
{
    QFile marker(dir + u'/' + Marker);
    return marker.open(QIODevice::ReadOnly) &&
           marker.readAll() == QByteArray::number(Version) + ' ' + QByteArray::number(attempts);
}

// One sample, in this (fresh) process: what a restart does before the window can take a sale.
int openSample(const QString &dir, bool quickCheck)
{
    SystemClock clock;
    QElapsedTimer t;
    t.start();
    JournalError error;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir, &error);
    if (!lock)
        return 1;
    const double lockMs = msSince(t);
    Journal::Options options;
    options.quickCheck = quickCheck;
    std::unique_ptr<Journal> journal =
        Journal::open(dir + QStringLiteral("/journal.sqlite"), *lock, &clock, &error, options);
    if (!journal)
        return 1;
    const double openMs = msSince(t);
    const QList<Attempt> pending = journal->nonTerminalAttempts(&error);
    const double totalMs = msSince(t);
    QTextStream(stdout) << "SAMPLE " << lockMs << ' ' << openMs << ' ' << totalMs << ' '
                        << pending.size() << Qt::endl;
    return 0;
}

struct OpenSamples
{
    QList<double> lock, open, total;
    int pending = 0;
};

OpenSamples sampleOpen(const QString &dir, int samples, bool quickCheck)
{
    OpenSamples s;
    for (int i = 0; i < samples; ++i) {
        QProcess p;
        QStringList args{QStringLiteral("--open-sample"), dir};
        if (!quickCheck)
            args << QStringLiteral("--no-quick-check");
        p.start(QCoreApplication::applicationFilePath(), args);
        p.waitForFinished(60000);
        const QList<QByteArray> f = p.readAllStandardOutput().trimmed().split(' ');
        if (f.size() != 5 || f.first() != "SAMPLE") {
            QTextStream(stderr) << "open sample failed: " << p.readAllStandardError() << Qt::endl;
            continue;
        }
        s.lock.append(f.at(1).toDouble());
        s.open.append(f.at(2).toDouble());
        s.total.append(f.at(3).toDouble());
        s.pending = f.at(4).toInt();
    }
    return s;
}

void searchBench(const QString &dir, int reps)
{
    SystemClock clock;
    JournalError error;
    std::unique_ptr<Journal> journal =
        Journal::openReadOnly(dir + QStringLiteral("/journal.sqlite"), &clock, &error);
    if (!journal) {
        QTextStream(stderr) << "read-only open failed: " << error.detail << Qt::endl;
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    struct Case
    {
        QString name;
        HistoryQuery query;
    };
    QList<Case> cases;
    cases.append({QStringLiteral("newest 200 (history opens)"), HistoryQuery{}});
    HistoryQuery today;
    today.from = now.addDays(-1);
    cases.append({QStringLiteral("last 24 h"), today});
    HistoryQuery bill;
    bill.billNo = QStringLiteral("0412");
    cases.append({QStringLiteral("bill_no contains \"0412\""), bill});
    HistoryQuery customer;
    customer.customer = QStringLiteral("santoso");
    cases.append({QStringLiteral("customer contains \"santoso\""), customer});
    HistoryQuery phone;
    phone.customer = QStringLiteral("08129999");
    cases.append({QStringLiteral("customer phone contains \"08129999\""), phone});
    HistoryQuery paidWeek;
    paidWeek.from = now.addDays(-7);
    paidWeek.states = {AttemptState::Paid};
    paidWeek.channel = Channel::Kredivo;
    cases.append({QStringLiteral("paid Kredivo, last 7 days"), paidWeek});
    HistoryQuery unpaid;
    unpaid.states = {AttemptState::Failed, AttemptState::Expired, AttemptState::Cancelled};
    cases.append({QStringLiteral("failed/expired/cancelled, all time"), unpaid});

    double worst = 0;
    QString worstName;
    for (const Case &c : cases) {
        QList<double> search;
        QList<double> withCount;
        int rows = 0;
        journal->search(c.query, &error); // warm-up
        for (int i = 0; i < reps; ++i) {
            QElapsedTimer t;
            t.start();
            rows = int(journal->search(c.query, &error).size());
            search.append(msSince(t));
            journal->count(c.query, &error);
            withCount.append(msSince(t));
        }
        const Stats s = stats(search);
        const Stats sc = stats(withCount);
        report(QStringLiteral("history search: ") + c.name, s.median, QStringLiteral("ms"), 50,
               describe(s) + QStringLiteral("; %1 rows; with count(): median %2 p95 %3 ms")
                                 .arg(rows)
                                 .arg(sc.median, 0, 'f', 2)
                                 .arg(sc.p95, 0, 'f', 2));
        if (s.p95 > worst) {
            worst = s.p95;
            worstName = c.name;
        }
    }
    report(QStringLiteral("history search, worst p95"), worst, QStringLiteral("ms"), 50, worstName);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder of the generated journal."),
                      QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("generate"), QStringLiteral("Only generate."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("open-sample"), QStringLiteral("One open sample."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("no-quick-check"), QStringLiteral("Open without quick_check.")});
    parser.addOption({QStringLiteral("attempts"), QStringLiteral("Attempts to generate."),
                      QStringLiteral("n"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Open samples."),
                      QStringLiteral("n"), QStringLiteral("21")});
    parser.process(app);
    const int attempts = parser.value(QStringLiteral("attempts")).toInt();

    if (parser.isSet(QStringLiteral("open-sample")))
        return openSample(parser.value(QStringLiteral("open-sample")),
                          !parser.isSet(QStringLiteral("no-quick-check")));
    if (parser.isSet(QStringLiteral("generate")))
        return generate(parser.value(QStringLiteral("generate")), attempts);

    QString dir = parser.value(QStringLiteral("data"));
    if (dir.isEmpty())
        dir = QDir::tempPath() + QStringLiteral("/kasir-bench-journal");
    if (!generated(dir, attempts)) {
        QTextStream(stderr) << "generating " << attempts << " attempts in " << dir << Qt::endl;
        QElapsedTimer t;
        t.start();
        if (generate(dir, attempts) != 0)
            return 1;
        QTextStream(stderr) << "generated in " << t.elapsed() / 1000 << " s" << Qt::endl;
    }
    const qint64 bytes = QFileInfo(dir + QStringLiteral("/journal.sqlite")).size();
    const int samples = parser.value(QStringLiteral("samples")).toInt();

    const OpenSamples full = sampleOpen(dir, samples, true);
    const OpenSamples fast = sampleOpen(dir, samples, false);
    const Stats fullTotal = stats(full.total);
    const Stats fastTotal = stats(fast.total);
    const Stats fastScan = [&fast] {
        QList<double> scan;
        for (qsizetype i = 0; i < fast.total.size(); ++i)
            scan.append(fast.total.at(i) - fast.open.at(i));
        return stats(scan);
    }();
    QElapsedTimer t;
    t.start();
    QList<double> integrity;
    for (int i = 0; i < std::max(3, samples / 3); ++i) {
        t.restart();
        Journal::checkIntegrity(dir + QStringLiteral("/journal.sqlite"));
        integrity.append(msSince(t));
    }
    const Stats qc = stats(integrity);
    const QString size =
        QStringLiteral("%1 attempts, %2 MB").arg(attempts).arg(double(bytes) / 1e6, 0, 'f', 1);
    report(QStringLiteral("journal open + recovery scan (as shipped: quick_check)"),
           fullTotal.median, QStringLiteral("ms"), 100,
           describe(fullTotal) + QStringLiteral("; new process per sample; %1; %2 to resume")
                                     .arg(size)
                                     .arg(full.pending));
    report(QStringLiteral("journal open + recovery scan, quick_check off"), fastTotal.median,
           QStringLiteral("ms"), 100,
           describe(fastTotal) +
               QStringLiteral("; scan alone median %1 ms").arg(fastScan.median, 0, 'f', 2));
    report(QStringLiteral("journal quick_check alone (checkIntegrity)"), qc.median,
           QStringLiteral("ms"), 0, describe(qc));
    searchBench(dir, 30);
    return 0;
}
