#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "journaltestdata.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace kasir;
using namespace kasir::testdata;

using AttemptPredicate = std::function<bool(const Attempt &)>;
Q_DECLARE_METATYPE(HistoryQuery)
Q_DECLARE_METATYPE(AttemptPredicate)

namespace {

const QDate Day1(2026, 11, 23);

QList<AttemptState> nonTerminalStatesForTest()
{
    QList<AttemptState> states;
    for (AttemptState s : allAttemptStates()) {
        if (!isTerminal(s))
            states << s;
    }
    return states;
}

// A journal in its own temporary folder, with that folder's lock and a clock that stands still.
struct Fixture
{
    QTemporaryDir dir;
    ManualClock clock;
    std::unique_ptr<InstanceLock> lock = InstanceLock::acquire(dir.path(), nullptr);
    std::unique_ptr<Journal> journal;
    JournalError openError;

    QString path() const { return dir.filePath(QStringLiteral("journal.sqlite")); }
    bool open(const Journal::Options &options = {})
    {
        journal.reset();
        journal = Journal::open(path(), *lock, &clock, &openError, options);
        return journal != nullptr;
    }
    void close() { journal.reset(); }

    std::optional<Attempt> create(Attempt draft = draftAttempt(), QDate day = Day1)
    {
        JournalError error;
        std::optional<Attempt> a = journal->createAttempt(
            draft, makeEvent(QStringLiteral("created"), EventSource::Cashier), day, &billNo,
            &error);
        if (!a)
            qWarning("createAttempt: %s", qPrintable(error.detail));
        return a;
    }
};

// Statements on the journal's own connection: PRAGMAs are per connection, and fault injection
// (TEMP triggers, query_only, max_page_count) must act on the connection the journal writes with.
bool rawExec(const Journal &j, const QString &sql, QString *problem = nullptr)
{
    QSqlDatabase db = QSqlDatabase::database(j.connectionName(), false);
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok && problem)
        *problem = q.lastError().text();
    return ok;
}

QVariant rawValue(const Journal &j, const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::database(j.connectionName(), false);
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant();
    return q.value(0);
}

qint64 rawCount(const Journal &j, const QString &table)
{
    return rawValue(j, QLatin1String("SELECT COUNT(*) FROM ") + table).toLongLong();
}

// Reads through a separate, plain connection: what another process would see.
QVariant independentValue(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("independent");
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The database and its write-ahead log: everything SQLite has put on the disk.
QByteArray journalBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(path + QLatin1String("-wal"));
}

bool writeBytes(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    return f.write(bytes) == bytes.size();
}

QStringList billNos(const QList<Attempt> &attempts)
{
    QStringList out;
    for (const Attempt &a : attempts)
        out << a.billNo;
    return out;
}

Order orderFor(Channel channel, const QString &first, const QString &last, const QString &phone)
{
    Order o = sampleOrder();
    o.channel = channel;
    o.customer.firstName = first;
    o.customer.lastName = last;
    o.customer.phone = phone;
    o.customer.email = first.toLower() + QLatin1String("@example.com");
    return o;
}

// The history set used by the search tests: 40 attempts over four days, every channel, a spread
// of states and customers (one with non-ASCII letters), some training sales.
struct HistoryRow
{
    Channel channel;
    AttemptState state;
    QString first;
    QString last;
    QString phone;
};

const QList<AttemptState> &historyStates()
{
    static const QList<AttemptState> s = {
        AttemptState::Paid,     AttemptState::Failed,         AttemptState::AwaitingPayment,
        AttemptState::Unknown,  AttemptState::Expired,        AttemptState::Cancelled,
        AttemptState::Rejected, AttemptState::NeedsAttention, AttemptState::Sending,
        AttemptState::Paid,     AttemptState::Reversed};
    return s;
}

struct Person
{
    QString first, last, phone;
};

const QList<Person> &people()
{
    static const QList<Person> p = {
        {QStringLiteral("Budi"), QStringLiteral("Santoso"), QStringLiteral("081234567890")},
        {QStringLiteral("Siti"), QStringLiteral("Rahayu"), QStringLiteral("081311112222")},
        {QStringLiteral("Ayu"), QStringLiteral("Lestari"), QStringLiteral("085733334444")},
        {QStringLiteral("Śarah"), QStringLiteral("Ōno"), QStringLiteral("087755556666")},
        {QStringLiteral("Agus"), QStringLiteral("Salim"), QStringLiteral("081399998888")},
    };
    return p;
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // opening, settings, schema
    void createsFileWithWalAndFullSync();
    void indexesExist();
    void reopeningIsIdempotent();
    void migratesFromVersion1KeepingData();
    void failedMigrationLeavesPreviousVersion();
    void refusesNewerSchema();
    void damagedFileIsLeftUntouched_data();
    void damagedFileIsLeftUntouched();
    void journalMustLiveInTheLockedFolder();

    // attempts and events
    void roundTripsEveryField();
    void billNumbersAreConsecutivePerDayAndTerminal();
    void billNoIsUnique();
    void createIsAtomic();
    void transitionIsCompareAndSet();
    void transitionIsAtomic();
    void sameStateTransitionRecordsFacts();
    void appendEvent();
    void eventsAreAppendOnly();
    void eventTimes();
    void eventBodiesAreRedactedAndCapped();
    void noSecretReachesTheDisk();
    void nonTerminalAttempts();

    // faults of the disk
    void diskFullDisablesPaymentsAndWritesNothing();
    void readOnlyConnectionDisablesPayments();
    void almostFullDiskRefusesNewPayments();
    void immutableFileOpensWithPaymentsDisabled();
    void realFullDiskInAnotherProcess();

    // read-only open
    void readOnlyOpenBesideWriter();
    void readOnlyOpenRefusals();

    // history
    void search_data();
    void search();
    void searchOver100000Attempts();

    // receipts, channels, products
    void receipts();
    void channelCache();
    void products();
    void productCsvImport();

private:
    Fixture m_history;
    QList<Attempt> m_historyAttempts;
};

void TestJournal::initTestCase()
{
    QVERIFY(m_history.lock);
    QVERIFY(m_history.open());
    // 40 attempts over four days, ten a day, one every 37 minutes.
    for (int i = 0; i < 40; ++i) {
        const Person &p = people().at(i % people().size());
        const Channel channel = allChannels().at(i % 4);
        const AttemptState state = historyStates().at(i % historyStates().size());
        const QDate day = Day1.addDays(i / 10);
        m_history.clock.set(QDateTime(day, QTime(1, 0), Qt::UTC).addSecs((i % 10) * 37 * 60));
        Attempt draft = draftAttempt(orderFor(channel, p.first, p.last, p.phone));
        draft.training = i % 7 == 0;
        std::optional<Attempt> a = m_history.create(draft, day);
        QVERIFY(a);
        if (state != AttemptState::Sending) {
            Attempt next = *a;
            next.state = state;
            a = m_history.journal->transition(a->id, AttemptState::Sending, next,
                                              makeEvent(QStringLiteral("moved")), nullptr);
            QVERIFY(a);
        }
        m_historyAttempts << *a;
    }
}

// ---- opening, settings, schema -----------------------------------------------------------------

void TestJournal::createsFileWithWalAndFullSync()
{
    Fixture f;
    QVERIFY(!QFile::exists(f.path()));
    QVERIFY2(f.open(), qPrintable(f.openError.detail));
    QVERIFY(!f.openError.isError());
    QVERIFY(QFile::exists(f.path()));
    QVERIFY(f.journal->paymentsEnabled());
    QCOMPARE(rawValue(*f.journal, QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
    QCOMPARE(rawValue(*f.journal, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    QCOMPARE(rawValue(*f.journal, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(rawValue(*f.journal, QStringLiteral("PRAGMA user_version")).toInt(),
             Journal::currentSchemaVersion());
    QCOMPARE(f.journal->schemaVersion(), Journal::currentSchemaVersion());
    QVERIFY(!Journal::checkIntegrity(f.path()).isError());
    QCOMPARE(Journal::checkIntegrity(f.dir.filePath(QStringLiteral("missing"))).kind,
             JournalError::NotFound);
    // WAL is a property of the file: another connection sees it too.
    QCOMPARE(independentValue(f.path(), QStringLiteral("PRAGMA journal_mode")).toString(),
             QStringLiteral("wal"));
}

void TestJournal::indexesExist()
{
    // History search and recovery stay fast with 100 000 attempts only with these.
    const auto indexed = [&](const QString &table, const QString &column) {
        QSqlDatabase db = QSqlDatabase::database(m_history.journal->connectionName(), false);
        QSqlQuery list(db);
        list.exec(QStringLiteral("PRAGMA index_list(%1)").arg(table));
        QStringList names;
        while (list.next())
            names << list.value(1).toString();
        for (const QString &index : std::as_const(names)) {
            QSqlQuery info(db);
            info.exec(QStringLiteral("PRAGMA index_info(%1)").arg(index));
            if (info.next() && info.value(2).toString() == column)
                return true; // the column leads the index
        }
        return false;
    };
    QVERIFY(indexed(QStringLiteral("attempts"), QStringLiteral("state")));
    QVERIFY(indexed(QStringLiteral("attempts"), QStringLiteral("created_at")));
    QVERIFY(indexed(QStringLiteral("attempts"), QStringLiteral("channel")));
    QVERIFY(indexed(QStringLiteral("attempts"), QStringLiteral("bill_no")));
    QVERIFY(indexed(QStringLiteral("attempts"), QStringLiteral("customer_search")));
    QVERIFY(indexed(QStringLiteral("attempts"), QStringLiteral("trx_id")));
    QVERIFY(indexed(QStringLiteral("events"), QStringLiteral("attempt_id")));
    QVERIFY(indexed(QStringLiteral("products"), QStringLiteral("name_search")));
}

void TestJournal::reopeningIsIdempotent()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    QVERIFY(a);
    const QString schema = QStringLiteral("sqlite_master WHERE name NOT LIKE 'sqlite%'");
    const qint64 tables = rawCount(*f.journal, schema);
    for (int i = 0; i < 3; ++i) {
        f.close();
        QVERIFY2(f.open(), qPrintable(f.openError.detail));
        QCOMPARE(f.journal->schemaVersion(), Journal::currentSchemaVersion());
        QCOMPARE(rawCount(*f.journal, schema), tables);
        QCOMPARE(f.journal->attempt(a->id)->billNo, a->billNo);
        QCOMPARE(f.journal->events(a->id).size(), 1);
    }
}

void TestJournal::migratesFromVersion1KeepingData()
{
    Fixture f;
    // A version-1 file with data in it, written as version 1 wrote it (this program's stores
    // write later columns)...
    Journal::Options v1;
    v1.migrations = journalMigrations(SqlDialect()).mid(0, 1);
    QVERIFY(f.open(v1));
    QCOMPARE(f.journal->schemaVersion(), 1);
    const Order order = sampleOrder();
    const QString orderJson =
        QString::fromUtf8(QJsonDocument(orderToJson(order)).toJson(QJsonDocument::Compact));
    QString problem;
    QVERIFY2(
        rawExec(*f.journal,
                QStringLiteral("INSERT INTO attempts (id, bill_no, state, channel,"
                               " channel_code, total, customer_search, terminal, cashier,"
                               " training, created_at, updated_at) VALUES (7, 'T01261123000001',"
                               " 'awaiting_payment', 'kredivo', '709', %1, 'x', 'T01', 'sari', 0,"
                               " 1, 1)")
                    .arg(order.cart.totals().total.rupiah()),
                &problem),
        qPrintable(problem));
    QSqlQuery insertOrder(QSqlDatabase::database(f.journal->connectionName(), false));
    insertOrder.prepare(QStringLiteral("INSERT INTO attempt_orders VALUES (7, ?)"));
    insertOrder.addBindValue(orderJson);
    QVERIFY2(insertOrder.exec(), qPrintable(insertOrder.lastError().text()));
    insertOrder.finish();
    QVERIFY2(rawExec(*f.journal,
                     QStringLiteral("INSERT INTO events (attempt_id, at, source, kind, detail)"
                                    " VALUES (7, 1, 'cashier', 'created', 'checkout started')"),
                     &problem),
             qPrintable(problem));
    QVERIFY2(rawExec(*f.journal,
                     QStringLiteral("INSERT INTO channels VALUES ('709', 'Kredivo', 0, 1)"),
                     &problem),
             qPrintable(problem));
    f.close();

    // ... opened by this program: version 2 adds the gateway, merchant and staff columns with
    // empty values for what version 1 wrote, and starts the channel cache afresh.
    QVERIFY2(f.open(), qPrintable(f.openError.detail));
    QCOMPARE(f.journal->schemaVersion(), Journal::currentSchemaVersion());
    const std::optional<Attempt> a = f.journal->attempt(7);
    QVERIFY(a);
    QCOMPARE(a->billNo, QStringLiteral("T01261123000001"));
    QCOMPARE(a->order, order);
    QCOMPARE(a->cashier, QStringLiteral("sari"));
    QVERIFY(a->gatewayHost.isEmpty());
    QVERIFY(a->merchantId.isEmpty());
    const QList<AttemptEvent> oldEvents = f.journal->events(7);
    QCOMPARE(oldEvents.size(), 1);
    QVERIFY(oldEvents.first().actor.isEmpty());
    QVERIFY(f.journal->cachedChannels(QStringLiteral("production M1")).channels.isEmpty());
    f.close();

    // ... and by a program that knows one more step, with a data conversion.
    Journal::Options v2;
    v2.migrations = journalMigrations(SqlDialect());
    MigrationStep step;
    step.version = v2.migrations.constLast().version + 1;
    step.statements << QStringLiteral("ALTER TABLE attempts ADD COLUMN note TEXT");
    step.convert = [](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("UPDATE attempts SET note = 'from ' || bill_no"))
                   ? QString()
                   : q.lastError().text();
    };
    v2.migrations << step;
    QVERIFY2(f.open(v2), qPrintable(f.openError.detail));
    QCOMPARE(f.journal->schemaVersion(), step.version);
    QCOMPARE(rawValue(*f.journal, QStringLiteral("PRAGMA user_version")).toInt(), step.version);
    const std::optional<Attempt> again = f.journal->attempt(a->id);
    QVERIFY(again);
    QCOMPARE(again->billNo, a->billNo);
    QCOMPARE(again->order, a->order);
    QCOMPARE(f.journal->events(a->id).size(), 1);
    QCOMPARE(rawValue(*f.journal, QStringLiteral("SELECT note FROM attempts")).toString(),
             QLatin1String("from ") + a->billNo);
    // And it still works after the step.
    QVERIFY(f.create());
}

void TestJournal::failedMigrationLeavesPreviousVersion()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.create());
    f.close();
    const QByteArray before = fileBytes(f.path());

    Journal::Options broken;
    broken.migrations = journalMigrations(SqlDialect());
    MigrationStep step;
    step.version = broken.migrations.constLast().version + 1;
    step.statements << QStringLiteral("ALTER TABLE attempts ADD COLUMN half_done TEXT")
                    << QStringLiteral("THIS IS NOT SQL");
    broken.migrations << step;
    QVERIFY(!f.open(broken));
    QCOMPARE(f.openError.kind, JournalError::Other);
    QVERIFY(f.openError.message.english().contains(QStringLiteral("could not update")));

    // The step rolled back as a whole: previous version, no half-added column, same data.
    QCOMPARE(independentValue(f.path(), QStringLiteral("PRAGMA user_version")).toInt(),
             Journal::currentSchemaVersion());
    QVERIFY(independentValue(f.path(), QStringLiteral("SELECT COUNT(*) FROM pragma_table_info("
                                                      "'attempts') WHERE name = 'half_done'"))
                .toInt() == 0);
    QCOMPARE(fileBytes(f.path()), before);
    QVERIFY(f.open());
    QCOMPARE(f.journal->count({}), 1);
}

void TestJournal::refusesNewerSchema()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA user_version = 99")));
    f.close();
    const QByteArray before = fileBytes(f.path());

    QVERIFY(!f.open());
    QCOMPARE(f.openError.kind, JournalError::Incompatible);
    QVERIFY(f.openError.message.english().contains(QStringLiteral("newer version of Kasir")));
    QCOMPARE(fileBytes(f.path()), before);

    JournalError error;
    QVERIFY(!Journal::openReadOnly(f.path(), &f.clock, &error));
    QCOMPARE(error.kind, JournalError::Incompatible);
}

void TestJournal::damagedFileIsLeftUntouched_data()
{
    QTest::addColumn<qint64>("offset"); // -1: truncate to half
    QTest::addColumn<QByteArray>("garbage");
    QTest::newRow("header overwritten") << qint64(0) << QByteArray(32, 'X');
    QTest::newRow("table page overwritten") << qint64(4096 * 2) << QByteArray(4096, '\xA5');
    QTest::newRow("page header zeroed") << qint64(4096 * 3) << QByteArray(16, '\0');
    QTest::newRow("truncated") << qint64(-1) << QByteArray();
}

void TestJournal::damagedFileIsLeftUntouched()
{
    QFETCH(qint64, offset);
    QFETCH(QByteArray, garbage);
    Fixture f;
    QVERIFY(f.open());
    for (int i = 0; i < 60; ++i)
        QVERIFY(f.create());
    f.close(); // checkpoints the WAL into the file
    QVERIFY(!QFile::exists(f.path() + QLatin1String("-wal")));
    if (offset >= 0) {
        QVERIFY(writeBytes(f.path(), offset, garbage));
    } else {
        QFile file(f.path());
        QVERIFY(file.resize(file.size() / 2));
    }
    const QByteArray damaged = fileBytes(f.path());

    QVERIFY(!f.open());
    QCOMPARE(journalErrorKindName(f.openError.kind), journalErrorKindName(JournalError::Corrupt));
    const QString message = f.openError.message.english();
    QVERIFY2(message.contains(QStringLiteral("is damaged")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("Payments are disabled")));
    QVERIFY(message.contains(QStringLiteral("Do not delete it")));
    QVERIFY(message.contains(QDir::toNativeSeparators(f.path())));
    QVERIFY(!f.openError.detail.isEmpty());
    // Byte for byte as it was.
    QCOMPARE(fileBytes(f.path()), damaged);
    // The same check on its own (for a `check` command or a worker thread).
    QCOMPARE(journalErrorKindName(Journal::checkIntegrity(f.path()).kind),
             journalErrorKindName(JournalError::Corrupt));
    QCOMPARE(fileBytes(f.path()), damaged);
}

void TestJournal::journalMustLiveInTheLockedFolder()
{
    Fixture f;
    QTemporaryDir other;
    JournalError error;
    QVERIFY(!Journal::open(other.filePath(QStringLiteral("journal.sqlite")), *f.lock, &f.clock,
                           &error));
    QCOMPARE(error.kind, JournalError::Other);
    QVERIFY(!QFile::exists(other.filePath(QStringLiteral("journal.sqlite"))));
}

// ---- attempts and events -----------------------------------------------------------------------

void TestJournal::roundTripsEveryField()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> first = f.create();
    QVERIFY(first);

    Attempt draft = draftAttempt();
    draft.previousAttemptId = first->id;
    draft.state = AttemptState::Draft;
    draft.training = true;
    draft.trxId = QStringLiteral("3183540500001172");
    draft.redirectUrl = QStringLiteral("https://example.invalid/pay");
    draft.paymentStatusCode = 1;
    draft.paymentReff = QStringLiteral("R1");
    draft.paymentDate = QDateTime(Day1, QTime(4, 5, 6, 789), Qt::UTC);
    draft.responseCode = QStringLiteral("00");
    draft.reason = QStringLiteral("none");
    draft.gatewayHost = QStringLiteral("debit-sandbox.faspay.co.id");
    draft.merchantId = QStringLiteral("99999");
    f.clock.advanceMSecs(1234);
    const std::optional<Attempt> a = f.create(draft);
    QVERIFY(a);
    QVERIFY(a->id > first->id);
    QCOMPARE(a->billNo, billNo(Day1, 2));
    QCOMPARE(a->createdAt, f.clock.now());
    QCOMPARE(a->updatedAt, f.clock.now());

    Attempt expected = draft;
    expected.id = a->id;
    expected.billNo = a->billNo;
    expected.createdAt = f.clock.now();
    expected.updatedAt = f.clock.now();
    const auto same = [](const Attempt &x, const Attempt &y) {
        return x.id == y.id && x.billNo == y.billNo && x.previousAttemptId == y.previousAttemptId &&
               x.state == y.state && x.order == y.order && x.channelCode == y.channelCode &&
               x.total == y.total && x.createdAt == y.createdAt && x.updatedAt == y.updatedAt &&
               x.billDate == y.billDate && x.billExpired == y.billExpired && x.trxId == y.trxId &&
               x.redirectUrl == y.redirectUrl && x.paymentStatusCode == y.paymentStatusCode &&
               x.paymentReff == y.paymentReff && x.paymentDate == y.paymentDate &&
               x.responseCode == y.responseCode && x.reason == y.reason &&
               x.terminal == y.terminal && x.cashier == y.cashier && x.training == y.training &&
               x.gatewayHost == y.gatewayHost && x.merchantId == y.merchantId;
    };
    QVERIFY(same(*a, expected));
    QVERIFY(same(*f.journal->attempt(a->id), expected));
    QVERIFY(same(*f.journal->attemptByBillNo(a->billNo), expected));

    // Every mutable column moves; the others are ignored.
    Attempt next = *a;
    next.state = AttemptState::Paid;
    next.trxId = QStringLiteral("T2");
    next.redirectUrl = QString();
    next.paymentStatusCode = 2;
    next.paymentReff = QStringLiteral("R2");
    next.paymentDate = QDateTime(Day1, QTime(5, 0), Qt::UTC);
    next.responseCode = QStringLiteral("01");
    next.reason = QString();
    next.billNo = QStringLiteral("IGNORED");
    next.total = Money::fromRupiah(1);
    f.clock.advanceSecs(60);
    const std::optional<Attempt> moved = f.journal->transition(
        a->id, AttemptState::Draft, next, makeEvent(QStringLiteral("paid")), nullptr);
    QVERIFY(moved);
    expected.state = AttemptState::Paid;
    expected.trxId = next.trxId;
    expected.redirectUrl.clear();
    expected.paymentStatusCode = 2;
    expected.paymentReff = next.paymentReff;
    expected.paymentDate = next.paymentDate;
    expected.responseCode = next.responseCode;
    expected.reason.clear();
    expected.updatedAt = f.clock.now();
    QVERIFY(same(*moved, expected));
    QVERIFY(same(*f.journal->attempt(a->id), expected));
    // Where it was sold is as fixed as its bill number, even for SQL written by hand.
    for (const char *column : {"gateway_host", "merchant_id"}) {
        QString problem;
        QVERIFY(!rawExec(*f.journal,
                         QStringLiteral("UPDATE attempts SET %1 = 'elsewhere' WHERE id = %2")
                             .arg(QLatin1String(column))
                             .arg(a->id),
                         &problem));
        QVERIFY2(problem.contains(QLatin1String("never change")), qPrintable(problem));
    }

    JournalError error;
    QVERIFY(!f.journal->attempt(999, &error));
    QCOMPARE(error.kind, JournalError::NotFound);
    QVERIFY(!f.journal->attemptByBillNo(QStringLiteral("NOPE"), &error));
    QCOMPARE(error.kind, JournalError::NotFound);
}

void TestJournal::billNumbersAreConsecutivePerDayAndTerminal()
{
    Fixture f;
    QVERIFY(f.open());
    const QDate day2 = Day1.addDays(1);
    QStringList got;
    for (QDate day : {Day1, Day1, Day1, day2, day2, Day1})
        got << f.create(draftAttempt(), day)->billNo;
    QCOMPARE(got, (QStringList{billNo(Day1, 1), billNo(Day1, 2), billNo(Day1, 3), billNo(day2, 1),
                               billNo(day2, 2), billNo(Day1, 4)}));

    // Each terminal counts on its own (the chain's shared database later).
    Attempt other = draftAttempt();
    other.terminal = QStringLiteral("T02");
    qint64 seen = 0;
    const std::optional<Attempt> a = f.journal->createAttempt(
        other, makeEvent(QStringLiteral("created")), Day1,
        [&](QDate, qint64 sequence) -> QString {
            seen = sequence;
            return QStringLiteral("T02X") + QString::number(sequence);
        },
        nullptr);
    QVERIFY(a);
    QCOMPARE(seen, 1);

    // The sequence survives a restart.
    f.close();
    QVERIFY(f.open());
    QCOMPARE(f.create(draftAttempt(), Day1)->billNo, billNo(Day1, 5));
}

void TestJournal::billNoIsUnique()
{
    Fixture f;
    QVERIFY(f.open());
    const auto constant = [](QDate, qint64) -> QString {
        return QStringLiteral("DUP1");
    };
    QVERIFY(f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                     constant, nullptr));
    JournalError error;
    QVERIFY(!f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                      constant, &error));
    QCOMPARE(error.kind, JournalError::Conflict);
    QVERIFY(error.message.english().contains(QStringLiteral("DUP1")));
    QVERIFY(error.message.english().contains(QStringLiteral("nothing was sent")));
    QCOMPARE(rawCount(*f.journal, QStringLiteral("attempts")), 1);
    // The failed attempt did not use up a number.
    QCOMPARE(f.create()->billNo, billNo(Day1, 2));
    // The schema itself refuses a duplicate, whoever writes.
    QString problem;
    QVERIFY(!rawExec(*f.journal,
                     QStringLiteral("UPDATE attempts SET bill_no = 'DUP1' WHERE bill_no <> 'DUP1'"),
                     &problem));
    QVERIFY(f.journal->paymentsEnabled()); // a refused duplicate is not a disk fault
    QVERIFY(!f.journal->createAttempt(
        draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
        [](QDate, qint64) -> QString { return {}; }, &error));
    QCOMPARE(error.kind, JournalError::Other);
}

void TestJournal::createIsAtomic()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.create());
    // The event insert fails after the attempt row and the sequence were written.
    QVERIFY(rawExec(*f.journal, QStringLiteral("CREATE TEMP TRIGGER fail_events BEFORE INSERT ON "
                                               "main.events BEGIN SELECT RAISE(ABORT, "
                                               "'injected failure'); END")));
    JournalError error;
    QVERIFY(!f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                      &billNo, &error));
    QVERIFY(error.detail.contains(QStringLiteral("injected failure")));
    QCOMPARE(rawCount(*f.journal, QStringLiteral("attempts")), 1);
    QCOMPARE(rawCount(*f.journal, QStringLiteral("attempt_orders")), 1);
    QCOMPARE(rawCount(*f.journal, QStringLiteral("events")), 1);
    QCOMPARE(rawValue(*f.journal, QStringLiteral("SELECT last_value FROM bill_sequences")).toInt(),
             1);
    QVERIFY(rawExec(*f.journal, QStringLiteral("DROP TRIGGER temp.fail_events")));
    QCOMPARE(f.create()->billNo, billNo(Day1, 2));
}

void TestJournal::transitionIsCompareAndSet()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    QCOMPARE(a->state, AttemptState::Sending);

    Attempt next = *a;
    next.state = AttemptState::AwaitingPayment;
    next.trxId = QStringLiteral("3183540500001172");
    next.redirectUrl = QStringLiteral("https://example.invalid/pay");
    f.clock.advanceSecs(2);
    JournalError error;
    const std::optional<Attempt> moved =
        f.journal->transition(a->id, AttemptState::Sending, next,
                              makeEvent(QStringLiteral("answered"), EventSource::Api), &error);
    QVERIFY2(moved, qPrintable(error.detail));
    QCOMPARE(moved->state, AttemptState::AwaitingPayment);
    QCOMPARE(moved->trxId, next.trxId);
    const QList<AttemptEvent> events = f.journal->events(a->id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).kind, QStringLiteral("answered"));
    QCOMPARE(events.at(1).source, EventSource::Api);
    QCOMPARE(events.at(1).from, AttemptState::Sending);
    QCOMPARE(events.at(1).to, AttemptState::AwaitingPayment);

    // A second, stale writer (it still believes Sending) changes nothing.
    Attempt stale = *a;
    stale.state = AttemptState::Unknown;
    stale.reason = QStringLiteral("timeout");
    f.clock.advanceSecs(2);
    QVERIFY(!f.journal->transition(a->id, AttemptState::Sending, stale,
                                   makeEvent(QStringLiteral("timeout")), &error));
    QCOMPARE(error.kind, JournalError::Conflict);
    QVERIFY(error.detail.contains(QStringLiteral("awaiting_payment")));
    QVERIFY(error.message.english().contains(a->billNo));
    const std::optional<Attempt> now = f.journal->attempt(a->id);
    QCOMPARE(now->state, AttemptState::AwaitingPayment);
    QCOMPARE(now->reason, QString());
    QCOMPARE(now->updatedAt, moved->updatedAt);
    QCOMPARE(f.journal->events(a->id).size(), 2);
    QVERIFY(f.journal->paymentsEnabled());

    QVERIFY(!f.journal->transition(4242, AttemptState::Sending, stale,
                                   makeEvent(QStringLiteral("x")), &error));
    QCOMPARE(error.kind, JournalError::NotFound);
}

void TestJournal::transitionIsAtomic()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    // The attempt row is updated first, then the event insert fails: both or neither.
    QVERIFY(rawExec(*f.journal, QStringLiteral("CREATE TEMP TRIGGER fail_events BEFORE INSERT ON "
                                               "main.events BEGIN SELECT RAISE(ABORT, "
                                               "'injected failure'); END")));
    Attempt next = *a;
    next.state = AttemptState::AwaitingPayment;
    next.trxId = QStringLiteral("T1");
    f.clock.advanceSecs(5);
    JournalError error;
    QVERIFY(!f.journal->transition(a->id, AttemptState::Sending, next,
                                   makeEvent(QStringLiteral("answered")), &error));
    QVERIFY(error.isError());
    QCOMPARE(f.journal->attempt(a->id)->state, AttemptState::Sending);
    QCOMPARE(f.journal->attempt(a->id)->trxId, QString());
    QCOMPARE(f.journal->attempt(a->id)->updatedAt, a->updatedAt);
    QCOMPARE(f.journal->events(a->id).size(), 1);
    // What another process sees agrees.
    QCOMPARE(independentValue(f.path(), QStringLiteral("SELECT state FROM attempts")).toString(),
             QStringLiteral("sending"));

    QVERIFY(rawExec(*f.journal, QStringLiteral("DROP TRIGGER temp.fail_events")));
    QVERIFY(f.journal->transition(a->id, AttemptState::Sending, next,
                                  makeEvent(QStringLiteral("answered")), &error));
    QCOMPARE(independentValue(f.path(), QStringLiteral("SELECT state FROM attempts")).toString(),
             QStringLiteral("awaiting_payment"));
}

void TestJournal::sameStateTransitionRecordsFacts()
{
    Fixture f;
    QVERIFY(f.open());
    std::optional<Attempt> a = f.create(draftAttempt(sampleOrder(), AttemptState::AwaitingPayment));
    Attempt checked = *a;
    checked.paymentStatusCode = 1;
    checked.responseCode = QStringLiteral("00");
    a = f.journal->transition(a->id, AttemptState::AwaitingPayment, checked,
                              makeEvent(QStringLiteral("status-check"), EventSource::Inquiry),
                              nullptr);
    QVERIFY(a);
    QCOMPARE(a->state, AttemptState::AwaitingPayment);
    QCOMPARE(a->paymentStatusCode, 1);
    const AttemptEvent last = f.journal->events(a->id).constLast();
    QCOMPARE(last.from, AttemptState::AwaitingPayment);
    QCOMPARE(last.to, AttemptState::AwaitingPayment);
}

void TestJournal::appendEvent()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    AttemptEvent e = makeEvent(QStringLiteral("notification"), EventSource::Notification,
                               QStringLiteral("duplicate notification"));
    e.from = AttemptState::Paid; // ignored: an appended event is not a transition
    e.actor = QStringLiteral("Sari");
    e.approver = QStringLiteral("Budi");
    JournalError error;
    QVERIFY(f.journal->appendEvent(a->id, e, &error));
    const QList<AttemptEvent> events = f.journal->events(a->id);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).detail, QStringLiteral("duplicate notification"));
    QCOMPARE(events.at(1).actor, QStringLiteral("Sari"));
    QCOMPARE(events.at(1).approver, QStringLiteral("Budi"));
    QVERIFY(!events.at(1).from);
    QVERIFY(!events.at(1).to);
    QCOMPARE(f.journal->attempt(a->id)->updatedAt, a->updatedAt);
    QVERIFY(!f.journal->appendEvent(999, e, &error));
    QCOMPARE(error.kind, JournalError::NotFound);
    QCOMPARE(rawCount(*f.journal, QStringLiteral("events")), 2);
}

void TestJournal::eventsAreAppendOnly()
{
    // The Journal has no call that changes or removes an event, an attempt or a receipt; the
    // schema refuses it too, whoever connects.
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    Attempt paid = *a;
    paid.state = AttemptState::Paid;
    QVERIFY(f.journal->transition(a->id, AttemptState::Sending, paid,
                                  makeEvent(QStringLiteral("p")), nullptr));
    QVERIFY(f.journal->addReceipt(a->id, nullptr));
    const QStringList refused = {
        QStringLiteral("UPDATE events SET detail = 'rewritten'"),
        QStringLiteral("DELETE FROM events"),
        QStringLiteral("DELETE FROM attempts"),
        QStringLiteral("UPDATE attempts SET bill_no = 'OTHER'"),
        QStringLiteral("UPDATE attempts SET total = 1"),
        QStringLiteral("UPDATE attempt_orders SET order_json = '{}'"),
        QStringLiteral("DELETE FROM attempt_orders"),
        QStringLiteral("DELETE FROM receipts"),
    };
    for (const QString &sql : refused) {
        QString problem;
        QVERIFY2(!rawExec(*f.journal, sql, &problem), qPrintable(sql));
        QVERIFY2(problem.contains(QStringLiteral("append-only")) ||
                     problem.contains(QStringLiteral("never")),
                 qPrintable(problem));
    }
    QCOMPARE(rawCount(*f.journal, QStringLiteral("events")), 2);
    QCOMPARE(f.journal->attempt(a->id)->billNo, a->billNo);
}

void TestJournal::eventTimes()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    AttemptEvent given = makeEvent(QStringLiteral("notification"), EventSource::Notification);
    given.at = QDateTime(Day1, QTime(2, 59, 58, 123), Qt::UTC);
    f.clock.advanceSecs(10);
    QVERIFY(f.journal->appendEvent(a->id, given, nullptr));
    QVERIFY(f.journal->appendEvent(a->id, makeEvent(QStringLiteral("now")), nullptr));
    const QList<AttemptEvent> events = f.journal->events(a->id);
    QCOMPARE(events.at(0).at, a->createdAt);
    QCOMPARE(events.at(1).at, given.at);
    QCOMPARE(events.at(2).at, f.clock.now());
    QCOMPARE(events.at(2).at.timeSpec(), Qt::UTC);
    QVERIFY(events.at(0).id < events.at(1).id);
}

void TestJournal::eventBodiesAreRedactedAndCapped()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    QVERIFY(f.journal->appendEvent(
        a->id,
        makeEvent(QStringLiteral("sent"), EventSource::Api, QStringLiteral("password=hunter2 sent"),
                  R"({"bill_no":"X","signature":"abc","email":"b@x.id"})"),
        nullptr));
    QByteArray huge(1024 * 1024, 'x');
    huge.prepend("<html>");
    QVERIFY(f.journal->appendEvent(
        a->id, makeEvent(QStringLiteral("answered"), EventSource::Api, {}, huge), nullptr));
    const QList<AttemptEvent> events = f.journal->events(a->id);
    QCOMPARE(events.at(1).body, QByteArray(R"({"bill_no":"X","signature":"***","email":"***"})"));
    QCOMPARE(events.at(1).detail, QStringLiteral("password=*** sent"));
    QVERIFY(events.at(2).body.size() < 300 * 1024);
    QVERIFY(events.at(2).body.endsWith(" more bytes not stored]"));
    QVERIFY(events.at(2).body.startsWith("<html>xxx"));
}

void TestJournal::noSecretReachesTheDisk()
{
    // A whole realistic exchange is stored; then the raw bytes of the database and its WAL are
    // searched for every secret. The order is stored without contact details here so that the
    // phone and e-mail can only come from the event log (the order itself keeps the buyer's
    // contact on purpose: a new attempt after Unknown is posted with it).
    Fixture f;
    QVERIFY(f.open());
    Order order = sampleOrder();
    order.customer.phone.clear();
    order.customer.email.clear();
    order.billing.phone.clear();
    const std::optional<Attempt> a = f.create(draftAttempt(order));
    QVERIFY(a);

    const QByteArray password = "s3cretPW";
    const QByteArray billSignature = "fe682369781d960cd164758e7e39c3257e45f869";
    const QByteArray statusSignature = "555a983b15c986644cd481c6a2e13705b39e59c6";
    const QByteArray phone = "081234567890";
    const QByteArray email = "budi@example.com";
    const QByteArray redirect = "https://dev.faspay.co.id/pws/100003/0830000010100000/" +
                                billSignature + "?trx_id=3183540500001172&merchant_id=12345";

    const QByteArray request = R"({"request":"Post Data Transaction","merchant_id":"12345",)"
                               R"("bill_no":")" +
                               a->billNo.toUtf8() + R"(","msisdn":")" + phone + R"(","email":")" +
                               email + R"(","billing_msisdn":")" + phone +
                               R"(","shipping_msisdn":")" + phone + R"(","password":")" + password +
                               R"(","item":[{"id":"SKU-778","phone":")" + phone +
                               R"("}],"signature":")" + billSignature + R"("})";
    QVERIFY(f.journal->appendEvent(
        a->id, makeEvent(QStringLiteral("sent"), EventSource::Api, {}, request), nullptr));
    const QByteArray response =
        R"({"response":"Post Data Transaction","trx_id":"3183540500001172",)"
        R"("response_code":"00","redirect_url":")" +
        redirect + R"("})";
    Attempt next = *a;
    next.state = AttemptState::AwaitingPayment;
    next.trxId = QStringLiteral("3183540500001172");
    next.redirectUrl = QString::fromUtf8(redirect);
    QVERIFY(f.journal->transition(
        a->id, AttemptState::Sending, next,
        makeEvent(QStringLiteral("answered"), EventSource::Api, {}, response), nullptr));
    const QByteArray inquiry = "<faspay><request>Inquiry Payment Status</request><bill_no>" +
                               a->billNo.toUtf8() + "</bill_no><signature>" + billSignature +
                               "</signature></faspay>";
    QVERIFY(f.journal->appendEvent(
        a->id, makeEvent(QStringLiteral("status-check"), EventSource::Inquiry, {}, inquiry),
        nullptr));
    const QByteArray notification =
        R"({"request":"Payment Notification","payment_status_code":"2",)"
        R"("customer":{"email":")" +
        email + R"(","phone":")" + phone + R"("},"signature":")" + statusSignature + R"("})";
    const QByteArray returnUrl = "https://toko.example/thanks?trx_id=3183540500001172&status=2"
                                 "&signature=" +
                                 statusSignature;
    Attempt paid = next;
    paid.state = AttemptState::Paid;
    QVERIFY(f.journal->transition(
        a->id, AttemptState::AwaitingPayment, paid,
        makeEvent(QStringLiteral("notification"), EventSource::Notification,
                  QStringLiteral("verified; signature=") + QString::fromLatin1(statusSignature) +
                      QStringLiteral(" phone=") + QString::fromLatin1(phone),
                  notification),
        nullptr));
    QVERIFY(f.journal->appendEvent(
        a->id, makeEvent(QStringLiteral("return-url"), EventSource::ReturnUrl, {}, returnUrl),
        nullptr));

    const auto check = [&](const QByteArray &bytes) {
        for (const QByteArray &secret : {password, statusSignature, phone, email})
            QVERIFY2(!bytes.contains(secret), secret.constData());
        // The bill signature is part of the redirect link (the QR shown to the customer), which
        // the attempt keeps to show it again after a restart; it appears nowhere else.
        for (qsizetype at = bytes.indexOf(billSignature); at >= 0;
             at = bytes.indexOf(billSignature, at + 1)) {
            QVERIFY2(bytes.mid(at - 18, 18) == "/0830000010100000/",
                     bytes.mid(at - 40, 100).constData());
        }
    };
    check(journalBytes(f.path())); // while open: database and WAL
    f.close();
    check(journalBytes(f.path())); // after the checkpoint
}

void TestJournal::nonTerminalAttempts()
{
    QStringList expected;
    for (const Attempt &a : std::as_const(m_historyAttempts)) {
        if (!isTerminal(a.state))
            expected << a.billNo;
    }
    QVERIFY(!expected.isEmpty());
    QCOMPARE(billNos(m_history.journal->nonTerminalAttempts()), expected);
}

// ---- faults of the disk ------------------------------------------------------------------------

void TestJournal::diskFullDisablesPaymentsAndWritesNothing()
{
    // PRAGMA max_page_count makes SQLite answer SQLITE_FULL exactly as a full disk does, as
    // root and on every platform: the file may not grow by one more page.
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    const qint64 pages = rawValue(*f.journal, QStringLiteral("PRAGMA page_count")).toLongLong();
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    Attempt next = *a;
    next.state = AttemptState::AwaitingPayment;
    next.trxId = QStringLiteral("T1");
    QByteArray body(64 * 1024, 'b'); // needs new pages
    JournalError error;
    QVERIFY(!f.journal->transition(
        a->id, AttemptState::Sending, next,
        makeEvent(QStringLiteral("answered"), EventSource::Api, {}, body), &error));
    QCOMPARE(journalErrorKindName(error.kind), journalErrorKindName(JournalError::Unwritable));
    QVERIFY2(error.message.english().contains(QStringLiteral("is full")),
             qPrintable(error.message.english()));
    QVERIFY(error.detail.contains(QStringLiteral("sqlite 13"))); // SQLITE_FULL
    QVERIFY(!f.journal->paymentsEnabled());
    QCOMPARE(f.journal->disabledReason(), error.message);
    // Nothing half-written.
    QCOMPARE(f.journal->attempt(a->id)->state, AttemptState::Sending);
    QCOMPARE(f.journal->events(a->id).size(), 1);

    // No new payment starts while the journal cannot be written.
    QVERIFY(!f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                      &billNo, &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    QCOMPARE(rawCount(*f.journal, QStringLiteral("attempts")), 1);

    // Space freed: the probe enables payments again.
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QVERIFY(f.journal->probeWritable(&error));
    QVERIFY(f.journal->paymentsEnabled());
    QVERIFY(f.journal->transition(a->id, AttemptState::Sending, next,
                                  makeEvent(QStringLiteral("answered"), EventSource::Api, {}, body),
                                  &error));
    QVERIFY(f.create());
}

void TestJournal::readOnlyConnectionDisablesPayments()
{
    // PRAGMA query_only makes every write answer SQLITE_READONLY, as a read-only file does.
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA query_only = ON")));
    JournalError error;
    QVERIFY(!f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                      &billNo, &error));
    QCOMPARE(journalErrorKindName(error.kind), journalErrorKindName(JournalError::Unwritable));
    QVERIFY(error.message.english().contains(QStringLiteral("read-only")));
    QVERIFY(!f.journal->paymentsEnabled());
    QVERIFY(!f.journal->probeWritable(&error));
    QVERIFY(!f.journal->paymentsEnabled());
    // Reading still works.
    QCOMPARE(f.journal->attempt(a->id)->billNo, a->billNo);
    QCOMPARE(f.journal->count({}), 1);

    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA query_only = OFF")));
    QVERIFY(f.journal->probeWritable(&error));
    QVERIFY(f.create());
}

void TestJournal::almostFullDiskRefusesNewPayments()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    f.close();
    Journal::Options greedy;
    greedy.minimumFreeBytes = qint64(1) << 60; // more than any disk has free
    QVERIFY(f.open(greedy));
    QCOMPARE(f.openError.kind, JournalError::Unwritable);
    QVERIFY2(f.openError.message.english().contains(QStringLiteral("almost full")),
             qPrintable(f.openError.message.english()));
    QVERIFY(!f.journal->paymentsEnabled());
    JournalError error;
    QVERIFY(!f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                      &billNo, &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    QVERIFY(!f.journal->probeWritable(&error));
    // What is already under way is still recorded.
    Attempt next = *a;
    next.state = AttemptState::AwaitingPayment;
    QVERIFY(f.journal->transition(a->id, AttemptState::Sending, next,
                                  makeEvent(QStringLiteral("answered")), &error));
    QCOMPARE(f.journal->count({}), 1);
}

void TestJournal::immutableFileOpensWithPaymentsDisabled()
{
    // Tests run as root, which ignores file modes; the immutable attribute stops root too.
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    f.close();
    if (QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), f.path()}) != 0)
        QSKIP("chattr +i is not available here (needs Linux, ext4/xfs and CAP_LINUX_IMMUTABLE)");
    const auto undo = qScopeGuard([&] {
        QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), f.path()});
    });
    {
        QFile probe(f.path());
        if (probe.open(QIODevice::ReadWrite))
            QSKIP("the immutable attribute does not stop writes here");
    }
    const QByteArray before = fileBytes(f.path());

    QVERIFY(f.open());
    QCOMPARE(journalErrorKindName(f.openError.kind),
             journalErrorKindName(JournalError::Unwritable));
    QVERIFY(f.openError.message.english().contains(QStringLiteral("read-only")));
    QVERIFY(!f.journal->paymentsEnabled());
    QCOMPARE(f.journal->disabledReason(), f.openError.message);
    QCOMPARE(f.journal->attempt(a->id)->billNo, a->billNo);

    JournalError error;
    QVERIFY(!f.journal->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                      &billNo, &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    Attempt next = *a;
    next.state = AttemptState::Unknown;
    QVERIFY(!f.journal->transition(a->id, AttemptState::Sending, next,
                                   makeEvent(QStringLiteral("resumed")), &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    f.close();
    QCOMPARE(fileBytes(f.path()), before);
}

void TestJournal::realFullDiskInAnotherProcess()
{
    // A real full file system: a 1 MiB tmpfs mounted in a private mount namespace (gone with the
    // process), where journal_helper writes until the disk is full. Linux as root only.
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        QSKIP("needs util-linux unshare");
    QTemporaryDir dir;
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(unshare, {QStringLiteral("-m"), QStringLiteral("sh"), QStringLiteral("-c"),
                           QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$0\" && exec \"$1\" "
                                          "fill \"$0\""),
                           dir.path(), QStringLiteral(JOURNAL_HELPER)});
    QVERIFY(helper.waitForFinished(120'000));
    const QStringList lines =
        QString::fromUtf8(helper.readAllStandardOutput()).split(QLatin1Char('\n'));
    if (helper.exitCode() != 0 || !lines.constFirst().startsWith(QLatin1String("locked")))
        QSKIP("cannot mount a private tmpfs here (needs root and mount namespaces)");
    const auto line = [&](const QString &prefix) -> QStringList {
        for (const QString &l : lines) {
            if (l.startsWith(prefix + QLatin1Char(' ')))
                return l.split(QLatin1Char(' '));
        }
        return {};
    };
    QVERIFY2(!line(QStringLiteral("wrote")).isEmpty(), "nothing fitted on the disk");
    const QStringList failed = line(QStringLiteral("failed"));
    QCOMPARE(failed.value(1), journalErrorKindName(JournalError::Unwritable));
    QCOMPARE(failed.value(2), QStringLiteral("0")); // payments disabled
    const QString message = failed.mid(3).join(QLatin1Char(' '));
    QVERIFY2(message.contains(QStringLiteral("is full")) ||
                 message.contains(QStringLiteral("disk reported an error")),
             qPrintable(message));
    // Every attempt that was acknowledged is there, with all its events; nothing half-written.
    const QStringList count = line(QStringLiteral("count"));
    QCOMPARE(count.value(1), count.value(2));
    const QStringList events = line(QStringLiteral("events"));
    QCOMPARE(events.value(1), events.value(2));
    QCOMPARE(line(QStringLiteral("refused")),
             (QStringList{QStringLiteral("refused"), QStringLiteral("1"),
                          QStringLiteral("unwritable")}));
    // Closing checkpoints the WAL and frees some space, but far less than the margin: after a
    // restart the history is readable, payments stay disabled, and no attempt is lost.
    QCOMPARE(line(QStringLiteral("reopened")),
             (QStringList{QStringLiteral("reopened"), QStringLiteral("unwritable"),
                          QStringLiteral("0"), count.value(1)}));
}

// ---- read-only open ----------------------------------------------------------------------------

void TestJournal::readOnlyOpenBesideWriter()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.create());

    // No lock needed, and the writer keeps its lock and keeps writing.
    JournalError error;
    std::unique_ptr<Journal> reader = Journal::openReadOnly(f.path(), &f.clock, &error);
    QVERIFY2(reader, qPrintable(error.detail));
    QVERIFY(!error.isError());
    QVERIFY(reader->isReadOnly());
    QVERIFY(!reader->paymentsEnabled());
    QCOMPARE(reader->count({}), 1);

    const std::optional<Attempt> second = f.create();
    QVERIFY(second);
    QCOMPARE(reader->count({}), 2);
    QCOMPARE(reader->nonTerminalAttempts().size(), 2);
    QCOMPARE(reader->events(second->id).size(), 1);

    // While the writer holds an open write transaction, the reader still answers.
    QVERIFY(rawExec(*f.journal, QStringLiteral("BEGIN IMMEDIATE")));
    QVERIFY(rawExec(*f.journal, QStringLiteral("UPDATE attempts SET reason = 'x'")));
    QCOMPARE(reader->count({}), 2);
    QCOMPARE(reader->attempt(second->id)->reason, QString());
    QVERIFY(rawExec(*f.journal, QStringLiteral("ROLLBACK")));

    // The reader never writes.
    QVERIFY(!reader->createAttempt(draftAttempt(), makeEvent(QStringLiteral("created")), Day1,
                                   &billNo, &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    QVERIFY(!reader->appendEvent(second->id, makeEvent(QStringLiteral("x")), &error));
    QVERIFY(!reader->probeWritable(&error));
    QCOMPARE(f.journal->count({}), 2);
    QCOMPARE(f.journal->events(second->id).size(), 1);
}

void TestJournal::readOnlyOpenRefusals()
{
    QTemporaryDir dir;
    ManualClock clock;
    JournalError error;
    QVERIFY(!Journal::openReadOnly(dir.filePath(QStringLiteral("none.sqlite")), &clock, &error));
    QCOMPARE(error.kind, JournalError::NotFound);
    QVERIFY(error.message.english().contains(QStringLiteral("Start Kasir once")));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.sqlite"))));

    QFile junk(dir.filePath(QStringLiteral("junk.sqlite")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'j'));
    junk.close();
    QVERIFY(!Journal::openReadOnly(junk.fileName(), &clock, &error));
    QCOMPARE(error.kind, JournalError::Corrupt);

    // An older layout would need a migration, which a reader never runs.
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA user_version = 0")));
    QVERIFY(!Journal::openReadOnly(f.path(), &clock, &error));
    QCOMPARE(error.kind, JournalError::NotFound);
}

// ---- history -----------------------------------------------------------------------------------

void TestJournal::search_data()
{
    QTest::addColumn<HistoryQuery>("query");
    QTest::addColumn<AttemptPredicate>("matches");
    QTest::addColumn<int>("expectedCount"); // guards the oracle itself against matching nothing

    const auto customer = [](const Attempt &a) -> QString {
        const QString all = a.order.customer.fullName() + QLatin1Char(' ') +
                            a.order.customer.phone + QLatin1Char(' ') + a.order.customer.email;
        return all.toCaseFolded();
    };
    HistoryQuery q;
    QTest::newRow("everything") << q << AttemptPredicate([](const Attempt &) { return true; })
                                << 40;

    q = {};
    q.from = QDateTime(Day1.addDays(1), QTime(0, 0), Qt::UTC);
    q.to = QDateTime(Day1.addDays(2), QTime(0, 0), Qt::UTC);
    QTest::newRow("one day") << q << AttemptPredicate([q](const Attempt &a) {
        return a.createdAt >= q.from && a.createdAt < q.to;
    }) << 10;

    q = {};
    q.states = {AttemptState::Paid};
    QTest::newRow("paid") << q << AttemptPredicate([](const Attempt &a) {
        return a.state == AttemptState::Paid;
    }) << 7;

    q = {};
    q.states = {AttemptState::Paid, AttemptState::Failed};
    q.channel = Channel::Akulaku;
    QTest::newRow("paid or failed on akulaku") << q << AttemptPredicate([](const Attempt &a) {
        return (a.state == AttemptState::Paid || a.state == AttemptState::Failed) &&
               a.order.channel == Channel::Akulaku;
    }) << 3;

    q = {};
    q.billNo = QStringLiteral("0003");
    QTest::newRow("bill number part") << q << AttemptPredicate([](const Attempt &a) {
        return a.billNo.contains(QStringLiteral("0003"));
    }) << 4;

    q = {};
    q.billNo = QStringLiteral("t0126112");
    QTest::newRow("bill number any case") << q << AttemptPredicate([](const Attempt &a) {
        return a.billNo.startsWith(QStringLiteral("T0126112"));
    }) << 40;

    q = {};
    q.billNo = QStringLiteral("%");
    QTest::newRow("wildcards are text")
        << q << AttemptPredicate([](const Attempt &) { return false; }) << 0;

    q = {};
    q.customer = QStringLiteral("SANTOSO");
    QTest::newRow("customer name any case") << q << AttemptPredicate([=](const Attempt &a) {
        return customer(a).contains(QStringLiteral("santoso"));
    }) << 8;

    q = {};
    q.customer = QStringLiteral("ŚARAH ō");
    QTest::newRow("customer non-ascii") << q << AttemptPredicate([=](const Attempt &a) {
        return customer(a).contains(QStringLiteral("śarah ō"));
    }) << 8;

    q = {};
    q.customer = QStringLiteral("+62 813-1111");
    QTest::newRow("customer phone") << q << AttemptPredicate([](const Attempt &a) {
        return a.order.customer.phone.startsWith(QStringLiteral("08131111"));
    }) << 8;

    q = {};
    q.customer = QStringLiteral("ayu@example");
    QTest::newRow("customer e-mail") << q << AttemptPredicate([](const Attempt &a) {
        return a.order.customer.email.startsWith(QStringLiteral("ayu@"));
    }) << 8;

    q = {};
    q.training = true;
    QTest::newRow("training") << q << AttemptPredicate([](const Attempt &a) { return a.training; })
                              << 6;

    q = {};
    q.from = QDateTime(Day1, QTime(2, 0), Qt::UTC);
    q.to = QDateTime(Day1.addDays(3), QTime(3, 0), Qt::UTC);
    q.channel = Channel::Kredivo;
    q.customer = QStringLiteral("a");
    q.states = nonTerminalStatesForTest();
    QTest::newRow("combined") << q << AttemptPredicate([q, customer](const Attempt &a) {
        return a.createdAt >= q.from && a.createdAt < q.to && a.order.channel == Channel::Kredivo &&
               customer(a).contains(QLatin1Char('a')) && !isTerminal(a.state);
    }) << -1;

    q = {};
    q.limit = 7;
    q.offset = 9;
    QTest::newRow("page") << q << AttemptPredicate([](const Attempt &) { return true; }) << 40;
}

void TestJournal::search()
{
    QFETCH(HistoryQuery, query);
    QFETCH(AttemptPredicate, matches);
    QFETCH(int, expectedCount);

    QList<Attempt> oracle;
    for (const Attempt &a : std::as_const(m_historyAttempts)) {
        if (matches(a))
            oracle << a;
    }
    std::sort(oracle.begin(), oracle.end(), [](const Attempt &x, const Attempt &y) {
        return x.createdAt != y.createdAt ? x.createdAt > y.createdAt : x.id > y.id;
    });
    if (expectedCount >= 0)
        QCOMPARE(oracle.size(), expectedCount);
    JournalError error;
    QCOMPARE(m_history.journal->count(query, &error), int(oracle.size()));
    QVERIFY(!error.isError());
    const QList<Attempt> page = oracle.mid(query.offset, query.limit);
    QCOMPARE(billNos(m_history.journal->search(query, &error)), billNos(page));
    QVERIFY(!error.isError());
}

void TestJournal::searchOver100000Attempts()
{
    // 100 000 attempts over 35 days, written in one transaction straight into the tables (the
    // write path has its own tests); then the read path must find exactly the right ones.
    Fixture f;
    QVERIFY(f.open());
    constexpr int N = 100'000;
    const QDateTime base(Day1, QTime(0, 0), Qt::UTC);
    const QList<AttemptState> terminal = {AttemptState::Paid, AttemptState::Failed,
                                          AttemptState::Expired, AttemptState::Cancelled,
                                          AttemptState::Paid};
    const QList<AttemptState> live = nonTerminalStatesForTest();
    const auto stateOf = [&](int i) {
        return i % 997 == 0 ? live.at((i / 997) % live.size()) : terminal.at(i % terminal.size());
    };
    const QStringList names = {QStringLiteral("budi santoso"), QStringLiteral("siti rahayu"),
                               QStringLiteral("ayu lestari"),  QStringLiteral("agus salim"),
                               QStringLiteral("dewi sartika"), QStringLiteral("eko prasetyo"),
                               QStringLiteral("rina wati")};
    const QString orderJson =
        QString::fromUtf8(QJsonDocument(orderToJson(sampleOrder())).toJson(QJsonDocument::Compact));
    QElapsedTimer timer;
    timer.start();
    {
        QSqlDatabase db = QSqlDatabase::database(f.journal->connectionName(), false);
        QVERIFY(db.transaction());
        QSqlQuery attempt(db);
        QVERIFY(attempt.prepare(
            QStringLiteral("INSERT INTO attempts (id, bill_no, state, channel, channel_code, total,"
                           " customer_search, terminal, cashier, training, created_at, updated_at)"
                           " VALUES (?, ?, ?, ?, '709', 1500000, ?, 'T01', 'sari', ?, ?, ?)")));
        QSqlQuery order(db);
        QVERIFY(order.prepare(
            QStringLiteral("INSERT INTO attempt_orders (attempt_id, order_json) VALUES (?, ?)")));
        for (int i = 1; i <= N; ++i) {
            const qint64 at = base.addSecs(qint64(i) * 30).toMSecsSinceEpoch();
            attempt.addBindValue(i);
            attempt.addBindValue(QStringLiteral("B%1").arg(i, 7, 10, QLatin1Char('0')));
            attempt.addBindValue(attemptStateKey(stateOf(i)));
            attempt.addBindValue(channelKey(allChannels().at(i % 4)));
            attempt.addBindValue(
                QString(names.at(i % names.size()) + QStringLiteral(" 0812%1").arg(i)));
            attempt.addBindValue(i % 13 == 0 ? 1 : 0);
            attempt.addBindValue(at);
            attempt.addBindValue(at);
            QVERIFY2(attempt.exec(), qPrintable(attempt.lastError().text()));
            order.addBindValue(i);
            order.addBindValue(orderJson);
            QVERIFY(order.exec());
        }
        QVERIFY(db.commit());
    }
    qInfo("wrote %d attempts in %lld ms", N, timer.restart());

    // Recovery: the few live attempts among 100 000.
    QList<int> live1;
    for (int i = 1; i <= N; ++i) {
        if (!isTerminal(stateOf(i)))
            live1 << i;
    }
    const QList<Attempt> resumable = f.journal->nonTerminalAttempts();
    qInfo("nonTerminalAttempts: %lld ms", timer.restart());
    QCOMPARE(resumable.size(), live1.size());
    for (qsizetype k = 0; k < resumable.size(); ++k)
        QCOMPARE(resumable.at(k).id, qint64(live1.at(k)));
    QCOMPARE(resumable.constFirst().order, sampleOrder());

    // A typical history query: three days of paid Akulaku sales, and a customer.
    HistoryQuery q;
    q.from = base.addDays(10);
    q.to = base.addDays(13);
    q.states = {AttemptState::Paid};
    q.channel = Channel::Akulaku;
    q.limit = 50;
    QList<qint64> expected;
    for (int i = N; i >= 1; --i) {
        const QDateTime at = base.addSecs(qint64(i) * 30);
        if (at >= q.from && at < q.to && stateOf(i) == AttemptState::Paid && i % 4 == 1)
            expected << i;
    }
    QCOMPARE(f.journal->count(q), int(expected.size()));
    qInfo("count (range, state, channel): %lld ms", timer.restart());
    QList<qint64> got;
    for (const Attempt &a : f.journal->search(q))
        got << a.id;
    qInfo("search (range, state, channel): %lld ms", timer.restart());
    QCOMPARE(got, expected.mid(0, 50));

    HistoryQuery c;
    c.customer = QStringLiteral("Rahayu");
    c.limit = 20;
    c.offset = 100;
    expected.clear();
    for (int i = N; i >= 1; --i) {
        if (i % names.size() == 1)
            expected << i;
    }
    got.clear();
    for (const Attempt &a : f.journal->search(c))
        got << a.id;
    qInfo("search (customer, page 6): %lld ms", timer.restart());
    QCOMPARE(got, expected.mid(100, 20));
    QCOMPARE(f.journal->count(c), int(expected.size()));
    qInfo("count (customer): %lld ms", timer.restart());

    QCOMPARE(f.journal->attemptByBillNo(QStringLiteral("B0054321"))->id, 54321);
    HistoryQuery b;
    b.billNo = QStringLiteral("b005432");
    QCOMPARE(f.journal->count(b), 10);
    qInfo("bill lookups: %lld ms", timer.restart());

    // Reopening runs quick_check over the whole file: how long, for the lead's budget.
    f.close();
    timer.restart();
    QVERIFY(f.open());
    qInfo("reopen with quick_check of %lld MB: %lld ms", QFileInfo(f.path()).size() / (1024 * 1024),
          timer.elapsed());
}

// ---- receipts, channels, products --------------------------------------------------------------

void TestJournal::receipts()
{
    Fixture f;
    QVERIFY(f.open());
    const std::optional<Attempt> a = f.create();
    JournalError error;
    QVERIFY(!f.journal->addReceipt(a->id, &error));
    QCOMPARE(error.kind, JournalError::Conflict);
    QVERIFY(error.message.english().contains(QStringLiteral("not paid")));
    QVERIFY(!f.journal->addReceipt(999, &error));
    QCOMPARE(error.kind, JournalError::NotFound);

    Attempt paid = *a;
    paid.state = AttemptState::Paid;
    QVERIFY(f.journal->transition(a->id, AttemptState::Sending, paid,
                                  makeEvent(QStringLiteral("p")), nullptr));
    const std::optional<ReceiptRecord> original = f.journal->addReceipt(a->id, &error);
    QVERIFY(original);
    QCOMPARE(original->copyNumber, 0);
    QVERIFY(!original->isCopy());
    QCOMPARE(original->status, ReceiptStatus::Queued);
    const std::optional<ReceiptRecord> copy1 = f.journal->addReceipt(a->id, &error);
    const std::optional<ReceiptRecord> copy2 = f.journal->addReceipt(a->id, &error);
    QCOMPARE(copy1->copyNumber, 1);
    QCOMPARE(copy2->copyNumber, 2);
    QVERIFY(copy2->isCopy());

    // One original per attempt, whoever writes.
    QVERIFY(!rawExec(*f.journal,
                     QStringLiteral("INSERT INTO receipts (attempt_id, copy_number, status, error,"
                                    " pdf_path, created_at, updated_at)"
                                    " VALUES (%1, 0, 'queued', '', '', 0, 0)")
                         .arg(a->id)));

    f.clock.advanceSecs(3);
    QVERIFY(f.journal->updateReceipt(original->id, ReceiptStatus::Printed, {},
                                     QStringLiteral("/archive/a.pdf"), &error));
    QVERIFY(f.journal->updateReceipt(copy1->id, ReceiptStatus::Failed,
                                     QStringLiteral("printer offline"), QString(), &error));
    QVERIFY(!f.journal->updateReceipt(999, ReceiptStatus::Printed, {}, {}, &error));
    QCOMPARE(error.kind, JournalError::NotFound);

    const QList<ReceiptRecord> all = f.journal->receipts(a->id);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).status, ReceiptStatus::Printed);
    QCOMPARE(all.at(0).pdfPath, QStringLiteral("/archive/a.pdf"));
    QCOMPARE(all.at(0).updatedAt, f.clock.now());
    QCOMPARE(all.at(1).status, ReceiptStatus::Failed);
    QCOMPARE(all.at(1).error, QStringLiteral("printer offline"));
    QCOMPARE(all.at(1).pdfPath, QString());

    QList<qint64> unprinted;
    for (const ReceiptRecord &r : f.journal->unprintedReceipts())
        unprinted << r.id;
    QCOMPARE(unprinted, (QList<qint64>{copy1->id, copy2->id}));
}

void TestJournal::channelCache()
{
    Fixture f;
    QVERIFY(f.open());
    const QString scope = QStringLiteral("production M1");
    QVERIFY(f.journal->cachedChannels(scope).channels.isEmpty());
    QVERIFY(!f.journal->cachedChannels(scope).fetchedAt.isValid());
    const QList<CachedChannel> three = {{QStringLiteral("709"), QStringLiteral("Kredivo")},
                                        {QStringLiteral("807"), QStringLiteral("Akulaku")},
                                        {QStringLiteral("820"), QStringLiteral("Indodana")}};
    const QDateTime fetched(Day1, QTime(1, 2, 3), Qt::UTC);
    QVERIFY(f.journal->saveChannels(scope, three, fetched, nullptr));
    QCOMPARE(f.journal->cachedChannels(scope).channels, three);
    QCOMPARE(f.journal->cachedChannels(scope).fetchedAt, fetched);

    // Another environment or merchant has its own list: saving it leaves this one alone.
    const QString training = QStringLiteral("training M1");
    QVERIFY(f.journal->cachedChannels(training).channels.isEmpty());
    QVERIFY(f.journal->saveChannels(training, {three.at(1)}, fetched, nullptr));

    const QList<CachedChannel> two = {three.at(2), three.at(0)};
    QVERIFY(f.journal->saveChannels(scope, two, fetched.addDays(1), nullptr));
    f.close();
    QVERIFY(f.open());
    QCOMPARE(f.journal->cachedChannels(scope).channels, two);
    QCOMPARE(f.journal->cachedChannels(scope).fetchedAt, fetched.addDays(1));
    QCOMPARE(f.journal->cachedChannels(training).channels, QList<CachedChannel>{three.at(1)});
}

void TestJournal::products()
{
    Fixture f;
    QVERIFY(f.open());
    Product fridge{QStringLiteral("SKU-778"),
                   QStringLiteral("Kulkas 2 Pintu"),
                   Money::fromRupiah(1'500'000),
                   {QStringLiteral("8991002"), QStringLiteral("KULKAS")}};
    Product rack{QStringLiteral("SKU-120"),
                 QStringLiteral("Rak piring"),
                 Money::fromRupiah(75'000),
                 {QStringLiteral("8991003")}};
    JournalError error;
    QVERIFY(f.journal->upsertProduct(fridge, &error));
    QVERIFY(f.journal->upsertProduct(rack, &error));

    QCOMPARE(*f.journal->productBySku(QStringLiteral("SKU-778")), fridge);
    QCOMPARE(f.journal->productByCode(QStringLiteral("8991003"))->sku, rack.sku);
    QCOMPARE(f.journal->productByCode(QStringLiteral(" KULKAS "))->sku, fridge.sku);
    QCOMPARE(f.journal->productByCode(QStringLiteral("SKU-120"))->sku, rack.sku);
    QVERIFY(!f.journal->productByCode(QStringLiteral("nope")));

    const auto skus = [&](const QString &text) {
        QStringList out;
        for (const Product &p : f.journal->searchProducts(text))
            out << p.sku;
        return out;
    };
    QCOMPARE(skus(QStringLiteral("kulkas")), QStringList{fridge.sku});
    QCOMPARE(skus(QStringLiteral("PIRING")), QStringList{rack.sku});
    QCOMPARE(skus(QStringLiteral("sku-1")), QStringList{rack.sku});
    QCOMPARE(skus(QStringLiteral("8991002")), QStringList{fridge.sku});
    QCOMPARE(skus(QString()), (QStringList{fridge.sku, rack.sku})); // by name
    QCOMPARE(skus(QStringLiteral("_")), QStringList());

    // A barcode names one product.
    Product thief{QStringLiteral("SKU-9"),
                  QStringLiteral("Lain"),
                  Money::fromRupiah(1),
                  {QStringLiteral("8991002")}};
    QVERIFY(!f.journal->upsertProduct(thief, &error));
    QCOMPARE(error.kind, JournalError::Conflict);
    QVERIFY(error.message.english().contains(QStringLiteral("already belongs to product SKU-778")));
    QVERIFY(!f.journal->productBySku(thief.sku));

    // Updating replaces the name, price and codes.
    fridge.name = QStringLiteral("Kulkas 2 Pintu Besar");
    fridge.unitPrice = Money::fromRupiah(1'650'000);
    fridge.codes = {QStringLiteral("8991009")};
    QVERIFY(f.journal->upsertProduct(fridge, &error));
    QCOMPARE(*f.journal->productBySku(fridge.sku), fridge);
    QVERIFY(!f.journal->productByCode(QStringLiteral("KULKAS")));

    QVERIFY(!f.journal->upsertProduct(Product{QStringLiteral("X"), QString(), {}, {}}, &error));
    QVERIFY(!f.journal->upsertProduct(
        Product{QStringLiteral("X"), QStringLiteral("x"), Money::fromRupiah(-1), {}}, &error));
}

void TestJournal::productCsvImport()
{
    Fixture f;
    QVERIFY(f.open());
    QVERIFY(f.journal->upsertProduct(Product{QStringLiteral("OLD"),
                                             QStringLiteral("Lama"),
                                             Money::fromRupiah(1000),
                                             {QStringLiteral("111")}},
                                     nullptr));
    QVERIFY(f.journal->upsertProduct(
        Product{QStringLiteral("A2"), QStringLiteral("Rak"), Money::fromRupiah(1), {}}, nullptr));
    QByteArray csv = "sku,name,price,barcode\n"        // 1
                     "A1,Kulkas 2 pintu,1500000,222\n" // 2
                     "A2,Rak piring,75.000,\n"         // 3 updates A2
                     "A3,Sabun,Rp 5.000,111\n"         // 4 111 belongs to OLD
                     "A4,Gelas,\n"                     // 5 no price
                     "A5,Piring,2500,333\n"            // 6
                     "A6,Sendok,12x\n"                 // 7 price is not a number
                     "A7,Garpu,3000\n";                // 8
    QBuffer buffer(&csv);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    JournalError error;
    const std::optional<ProductImportReport> report = f.journal->importProductsCsv(buffer, &error);
    QVERIFY2(report, qPrintable(error.detail));
    QCOMPARE(report->added, 3);
    QCOMPARE(report->updated, 1);
    QStringList messages;
    for (const RowRejection &r : report->rejected)
        messages << r.message.english();
    QCOMPARE(messages, (QStringList{QStringLiteral("line 4: barcode 111 already belongs to "
                                                   "product OLD"),
                                    QStringLiteral("line 5: the price is empty"),
                                    QStringLiteral("line 7: price is not a number (\"12x\")")}));
    QCOMPARE(f.journal->productBySku(QStringLiteral("A2"))->unitPrice.rupiah(), 75'000);
    QCOMPARE(f.journal->productByCode(QStringLiteral("333"))->sku, QStringLiteral("A5"));
    QVERIFY(!f.journal->productBySku(QStringLiteral("A3")));
    QCOMPARE(f.journal->productByCode(QStringLiteral("111"))->sku, QStringLiteral("OLD"));

    // Nothing is imported when the journal cannot be written.
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA query_only = ON")));
    QByteArray more = "sku,name,price\nB1,Baru,100\n";
    QBuffer second(&more);
    QVERIFY(second.open(QIODevice::ReadOnly));
    QVERIFY(!f.journal->importProductsCsv(second, &error));
    QCOMPARE(error.kind, JournalError::Unwritable);
    QVERIFY(rawExec(*f.journal, QStringLiteral("PRAGMA query_only = OFF")));
    QVERIFY(!f.journal->productBySku(QStringLiteral("B1")));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
