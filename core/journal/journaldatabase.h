#pragma once

#include "core/common/clock.h"
#include "core/journal/journalerror.h"
#include "core/journal/migrations.h"
#include "core/journal/sqldialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace kasir {

class InstanceLock;

struct JournalOptions
{
    // Empty: journalMigrations(). Tests pass a longer history to exercise the runner.
    QList<MigrationStep> migrations;
    bool quickCheck = true;
    // Below this much free space on the journal's disk no new payment starts (and open()
    // reports it): every payment already started must still be able to record its answer.
    qint64 minimumFreeBytes = 16 * 1024 * 1024;
};

// The journal's one database, below its stores (journal.h): the Qt SQL connection, opening
// (quick_check, settings, migrations, the write probe), write transactions, the mapping of
// native errors to JournalError (and the fault that disables payments), and the SqlDialect
// that every store builds its non-portable SQL with. The stores (sql*store.h, sqlchannelcache.h,
// sqlproductcatalog.h) hold a reference to it and run all their statements through exec().
//
// One instance per process, used from one thread (the GUI thread). Not a QObject.
class JournalDatabase
{
public:
    // As Journal::open(), Journal::openReadOnly(), Journal::checkIntegrity().
    static std::unique_ptr<JournalDatabase> open(const QString &path, const InstanceLock &lock,
                                                 const Clock *clock, JournalError *error,
                                                 const JournalOptions &options);
    static std::unique_ptr<JournalDatabase> openReadOnly(const QString &path, const Clock *clock,
                                                         JournalError *error);
    static int currentSchemaVersion();
    static JournalError checkIntegrity(const QString &path);

    ~JournalDatabase();
    JournalDatabase(const JournalDatabase &) = delete;
    JournalDatabase &operator=(const JournalDatabase &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }
    QString connectionName() const { return m_connectionName; }
    const SqlDialect &dialect() const { return m_dialect; }
    const Clock &clock() const { return *m_clock; }
    qint64 nowMs() const;

    // None while writable; else the fault that disabled payments (read-only mode, disk, damage).
    const JournalError &fault() const { return m_fault; }
    // Checks the free space and tries a real write; on success payments are enabled again.
    bool probeWritable(JournalError *error);

    // A query on this connection (forward only once exec() prepares it).
    QSqlQuery query() const { return QSqlQuery(m_db); }
    // Prepares `sql`, binds `values` in order and runs it; on failure `error` says why (and a
    // fault of the disk or the file disables payments).
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what,
              JournalError *error) const;
    // Maps a failed statement to a JournalError; Corrupt and Unwritable become the fault.
    JournalError fail(const QSqlError &sqlError, const QString &what) const;
    // True (with `error`) when no write may be tried: read-only, damaged, or (for a new
    // payment, `newPayment`) any fault.
    bool refuseWrite(bool newPayment, JournalError *error) const;
    // False (with `error`, and the fault set) when the disk is below Options::minimumFreeBytes.
    bool enoughSpace(JournalError *error) const;

    // One write transaction: begin() takes the write lock, commit() makes it durable; leaving
    // the scope without commit() rolls everything back.
    class Transaction
    {
    public:
        explicit Transaction(const JournalDatabase &db)
            : m_db(db)
        {}
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        bool begin(JournalError *error);
        bool commit(JournalError *error);

    private:
        const JournalDatabase &m_db;
        bool m_open = false;
    };

private:
    JournalDatabase(const QString &path, const Clock *clock, bool readOnly);
    bool connect(JournalError *error);
    bool applySettings(JournalError *error);
    bool migrate(const QList<MigrationStep> &steps, JournalError *error);
    bool writeProbe(JournalError *error);

    QString m_path;
    const Clock *m_clock = nullptr;
    bool m_readOnly = false;
    qint64 m_minimumFreeBytes = 0;
    int m_schemaVersion = 0;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_ready = false; // fully opened (settings applied, migrated)
    // Reads that meet a damaged page record it too, hence mutable.
    mutable JournalError m_fault;
};

// For the stores: sets `*out` when the caller asked for the error.
inline void setJournalError(JournalError *out, JournalError error)
{
    if (out)
        *out = std::move(error);
}

} // namespace kasir
