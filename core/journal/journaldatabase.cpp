#include "core/journal/journaldatabase.h"

#include "core/journal/instancelock.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>
#include <QVariant>

#include <atomic>

namespace kasir {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("kasir-journal-%1").arg(++counter);
}

JournalError runQuickCheck(QSqlDatabase &db, const SqlDialect &dialect, const QString &path)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(dialect.integrityCheck()))
        return dialect.describe(q.lastError(), path, QStringLiteral("quick_check"));
    QStringList problems;
    while (q.next()) {
        const QString row = q.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row;
        if (problems.size() >= 5)
            break;
    }
    if (q.lastError().isValid())
        return dialect.describe(q.lastError(), path, QStringLiteral("quick_check"));
    if (!problems.isEmpty())
        return JournalError::corrupt(path, QStringLiteral("quick_check: ") +
                                               problems.join(QLatin1String("; ")));
    return {};
}

} // namespace

// ---- transaction -------------------------------------------------------------------------------

JournalDatabase::Transaction::~Transaction()
{
    if (m_open) {
        // After SQLITE_FULL or IOERR SQLite may have rolled back already; that is fine.
        QSqlQuery q = m_db.query();
        q.exec(m_db.dialect().rollback());
    }
}

bool JournalDatabase::Transaction::begin(JournalError *error)
{
    QSqlQuery q = m_db.query();
    m_open =
        m_db.exec(q, m_db.dialect().beginWrite(), {}, QStringLiteral("begin transaction"), error);
    return m_open;
}

bool JournalDatabase::Transaction::commit(JournalError *error)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, m_db.dialect().commit(), {}, QStringLiteral("commit"), error))
        return false; // the destructor rolls back
    m_open = false;
    return true;
}

// ---- opening -----------------------------------------------------------------------------------

JournalDatabase::JournalDatabase(const QString &path, const Clock *clock, bool readOnly)
    : m_path(path)
    , m_clock(clock)
    , m_readOnly(readOnly)
    , m_connectionName(nextConnectionName())
{
    Q_ASSERT(clock);
}

JournalDatabase::~JournalDatabase()
{
    if (m_db.isOpen()) {
        if (m_ready && !m_readOnly) {
            for (const QString &statement : m_dialect.closingStatements()) {
                QSqlQuery q(m_db);
                q.exec(statement);
            }
        }
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

int JournalDatabase::currentSchemaVersion()
{
    return journalMigrations(SqlDialect()).constLast().version;
}

std::unique_ptr<JournalDatabase> JournalDatabase::open(const QString &path,
                                                       const InstanceLock &lock, const Clock *clock,
                                                       JournalError *error,
                                                       const JournalOptions &options)
{
    setJournalError(error, {});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QString dir = QFileInfo(absolute).absolutePath();
    if (!QDir().mkpath(dir)) {
        setJournalError(error,
                        JournalError::cannotOpen(absolute, QStringLiteral("cannot create ") + dir));
        return nullptr;
    }
    if (QFileInfo(dir).canonicalFilePath() != QFileInfo(lock.directory()).canonicalFilePath()) {
        setJournalError(error,
                        JournalError::other(QStringLiteral("the instance lock is for %1, the "
                                                           "journal is in %2")
                                                .arg(lock.directory(), dir)));
        return nullptr;
    }

    const SqlDialect dialect;
    const QFileInfo file(absolute);
    const bool existed = file.exists() && file.size() > 0;
    bool checked = false;
    if (existed && options.quickCheck) {
        // Checked on a read-only connection first: a damaged file must stay exactly as it is,
        // and closing a read-write connection may checkpoint the WAL into it.
        const JournalError check = checkIntegrity(absolute);
        if (check.kind == JournalError::Corrupt) {
            setJournalError(error, check);
            return nullptr;
        }
        // Another failure (no -shm possible, say) is retried on the read-write connection.
        checked = !check.isError();
    }

    std::unique_ptr<JournalDatabase> db(new JournalDatabase(absolute, clock, false));
    db->m_minimumFreeBytes = options.minimumFreeBytes;
    if (!db->connect(error))
        return nullptr;
    if (existed && options.quickCheck && !checked) {
        const JournalError check = runQuickCheck(db->m_db, dialect, absolute);
        if (check.isError()) {
            setJournalError(error, check);
            return nullptr;
        }
    }
    if (!db->applySettings(error))
        return nullptr;
    const QList<MigrationStep> steps =
        options.migrations.isEmpty() ? journalMigrations(dialect) : options.migrations;
    if (!db->migrate(steps, error))
        return nullptr;
    db->m_ready = true;
    JournalError probe;
    if (!db->writeProbe(&probe)) {
        // Readable but not writable: history works, payments do not.
        db->m_fault = probe;
        setJournalError(error, probe);
    }
    return db;
}

std::unique_ptr<JournalDatabase>
JournalDatabase::openReadOnly(const QString &path, const Clock *clock, JournalError *error)
{
    setJournalError(error, {});
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo file(absolute);
    if (!file.exists() || file.size() == 0) {
        setJournalError(error, JournalError::journalNotFound(absolute));
        return nullptr;
    }
    std::unique_ptr<JournalDatabase> db(new JournalDatabase(absolute, clock, true));
    if (!db->connect(error))
        return nullptr;
    for (const QString &statement : db->m_dialect.readOnlySettings()) {
        QSqlQuery q(db->m_db);
        if (!db->exec(q, statement, {}, statement, error))
            return nullptr;
    }
    QSqlQuery q(db->m_db);
    if (!db->exec(q, db->m_dialect.schemaVersionQuery(), {}, QStringLiteral("read schema version"),
                  error) ||
        !q.next()) {
        return nullptr;
    }
    const int version = q.value(0).toInt();
    q.finish();
    const int current = currentSchemaVersion();
    if (version == 0) {
        setJournalError(error, JournalError::journalNotFound(absolute));
        return nullptr;
    }
    if (version > current) {
        setJournalError(error, JournalError::tooNew(absolute, version, current));
        return nullptr;
    }
    if (version < current) {
        setJournalError(error, JournalError::tooOld(absolute, version));
        return nullptr;
    }
    db->m_schemaVersion = version;
    db->m_fault = JournalError::readOnlyMode();
    db->m_ready = true;
    return db;
}

JournalError JournalDatabase::checkIntegrity(const QString &path)
{
    const SqlDialect dialect;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute))
        return JournalError::journalNotFound(absolute);
    const QString name = nextConnectionName();
    JournalError check;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), name);
        db.setDatabaseName(absolute);
        db.setConnectOptions(dialect.connectOptions(true));
        if (db.open()) {
            check = runQuickCheck(db, dialect, absolute);
            db.close();
        } else {
            check = dialect.describe(db.lastError(), absolute, QStringLiteral("open"));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return check;
}

bool JournalDatabase::connect(JournalError *error)
{
    m_db = QSqlDatabase::addDatabase(m_dialect.driverName(), m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(m_dialect.connectOptions(m_readOnly));
    if (!m_db.open()) {
        JournalError e = m_dialect.describe(m_db.lastError(), m_path, QStringLiteral("open"));
        if (e.kind == JournalError::Other)
            e = JournalError::cannotOpen(m_path, e.detail);
        setJournalError(error, e);
        return false;
    }
    return true;
}

bool JournalDatabase::applySettings(JournalError *error)
{
    for (const SqlDialect::Setting &s : m_dialect.readWriteSettings()) {
        QSqlQuery q(m_db);
        if (!exec(q, s.statement, {}, s.statement, error))
            return false;
        if (s.query.isEmpty())
            continue;
        if (!exec(q, s.query, {}, s.query, error))
            return false;
        const QString value = q.next() ? q.value(0).toString().toLower() : QString();
        if (value != s.expected) {
            const QString detail =
                QStringLiteral("%1 answered '%2', expected '%3'").arg(s.query, value, s.expected);
            setJournalError(error, s.expected == QLatin1String("wal")
                                       ? JournalError::walUnavailable(m_path, detail)
                                       : JournalError::other(detail));
            return false;
        }
    }
    return true;
}

bool JournalDatabase::migrate(const QList<MigrationStep> &steps, JournalError *error)
{
    QSqlQuery q(m_db);
    if (!exec(q, m_dialect.schemaVersionQuery(), {}, QStringLiteral("read schema version"),
              error) ||
        !q.next()) {
        return false;
    }
    int version = q.value(0).toInt();
    q.finish();
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (version > latest) {
        setJournalError(error, JournalError::tooNew(m_path, version, latest));
        return false;
    }
    for (const MigrationStep &step : steps) {
        if (step.version <= version)
            continue;
        const auto failed = [&](const JournalError &e) {
            // The disk's own problems keep their message; anything else is a failed step.
            const bool disk = e.kind == JournalError::Unwritable || e.kind == JournalError::Busy ||
                              e.kind == JournalError::Corrupt;
            setJournalError(
                error, disk ? e : JournalError::migrationFailed(m_path, step.version, e.detail));
            return false;
        };
        Transaction tx(*this);
        JournalError e;
        if (!tx.begin(&e))
            return failed(e);
        for (const QString &statement : step.statements) {
            QSqlQuery s(m_db);
            if (!exec(s, statement, {}, QStringLiteral("migration %1").arg(step.version), &e))
                return failed(e);
        }
        if (step.convert) {
            const QString problem = step.convert(m_db);
            if (!problem.isEmpty())
                return failed(JournalError::other(problem));
        }
        QSqlQuery v(m_db);
        if (!exec(v, m_dialect.setSchemaVersion(step.version), {},
                  QStringLiteral("set schema version"), &e) ||
            !tx.commit(&e)) {
            return failed(e);
        }
        version = step.version;
    }
    m_schemaVersion = version;
    return true;
}

bool JournalDatabase::enoughSpace(JournalError *error) const
{
    if (m_minimumFreeBytes <= 0)
        return true;
    const QStorageInfo storage(QFileInfo(m_path).absolutePath());
    const qint64 available = storage.isValid() ? storage.bytesAvailable() : -1;
    if (available < 0 || available >= m_minimumFreeBytes)
        return true;
    const JournalError e = JournalError::diskAlmostFull(m_path, available, m_minimumFreeBytes);
    if (!m_fault.isError())
        m_fault = e;
    setJournalError(error, e);
    return false;
}

bool JournalDatabase::writeProbe(JournalError *error)
{
    if (!enoughSpace(error))
        return false;
    // A real write: a read-only file still lets a transaction begin.
    Transaction tx(*this);
    if (!tx.begin(error))
        return false;
    const QString sql =
        m_dialect.upsert(QStringLiteral("journal_meta"),
                         {QStringLiteral("key"), QStringLiteral("value")}, {QStringLiteral("key")});
    QSqlQuery q(m_db);
    const QString now = m_clock->now().toUTC().toString(Qt::ISODateWithMs);
    if (!exec(q, sql, {QStringLiteral("last_write_check"), now}, QStringLiteral("write check"),
              error)) {
        return false;
    }
    return tx.commit(error);
}

bool JournalDatabase::probeWritable(JournalError *error)
{
    if (m_readOnly) {
        setJournalError(error, JournalError::readOnlyMode());
        return false;
    }
    if (m_fault.kind == JournalError::Corrupt) {
        setJournalError(error, m_fault);
        return false;
    }
    m_fault = {}; // the probe's own failure, if any, is the reason from now on
    JournalError e;
    if (writeProbe(&e)) {
        setJournalError(error, {});
        return true;
    }
    if (!m_fault.isError())
        m_fault = e;
    setJournalError(error, e);
    return false;
}

// ---- plumbing ----------------------------------------------------------------------------------

bool JournalDatabase::exec(QSqlQuery &query, const QString &sql, const QVariantList &values,
                           const QString &what, JournalError *error) const
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        setJournalError(error, fail(query.lastError(), what));
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        setJournalError(error, fail(query.lastError(), what));
        return false;
    }
    return true;
}

JournalError JournalDatabase::fail(const QSqlError &sqlError, const QString &what) const
{
    JournalError e = m_dialect.describe(sqlError, m_path, what);
    if ((e.kind == JournalError::Corrupt || e.kind == JournalError::Unwritable) &&
        !m_fault.isError()) {
        m_fault = e;
    }
    return e;
}

bool JournalDatabase::refuseWrite(bool newPayment, JournalError *error) const
{
    if (m_readOnly) {
        setJournalError(error, JournalError::readOnlyMode());
        return true;
    }
    if (m_fault.kind == JournalError::Corrupt || (newPayment && m_fault.isError())) {
        setJournalError(error, m_fault);
        return true;
    }
    return false;
}

qint64 JournalDatabase::nowMs() const
{
    return m_clock->now().toMSecsSinceEpoch();
}

} // namespace kasir
