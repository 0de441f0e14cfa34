#pragma once

#include "core/common/clock.h"
#include "core/journal/journalerror.h"
#include "core/journal/migrations.h"
#include "core/journal/sqldialect.h"
#include "core/journal/stores.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QSqlQuery;

namespace kasir {

class InstanceLock;

// The payment journal: one SQLite database (Qt SQL, WAL, synchronous=FULL) with its connection,
// migrations, transactions, fault mapping and SQL dialect, under the narrow stores of stores.h
// and readers.h: attempts and their events, receipts, the channel cache, the product catalogue
// (and the bill number sequences behind createAttempt). Who holds which interface: stores.h.
//
// Guarantees:
//  - every state change is one transaction that updates the attempt and appends its event
//    (compare-and-set on the state: a stale caller changes nothing);
//  - events are append-only (triggers refuse UPDATE and DELETE) and their bodies and details
//    are redacted here, so that no caller can forget to (redaction.h);
//  - attempts are never deleted, and their bill_no, id, created_at and total never change;
//  - a write that fails leaves nothing half-written, returns a typed error and, when the cause
//    is the disk or the file (full, read-only, I/O, damaged), disables payments with a message
//    that says why: createAttempt() refuses from then on until probeWritable() succeeds.
//    Writes about attempts already in flight (transition, appendEvent) are still tried, since
//    recording what happened to money already asked for is worth a try;
//  - on open: quick_check before anything is written (a damaged file is left untouched),
//    schema migrations step by step, and a real write to prove the file can be written;
//  - no new payment starts while the disk is almost full (Options::minimumFreeBytes).
//
// Dates are stored as UTC milliseconds since the epoch, money as whole rupiah, both INTEGER.
// One instance per process, used from one thread (the GUI thread). Not a QObject.
class Journal final : public AttemptStore,
                      public ReceiptStore,
                      public ChannelCacheStore,
                      public ProductCatalog
{
public:
    struct Options
    {
        // Empty: journalMigrations(). Tests pass a longer history to exercise the runner.
        QList<MigrationStep> migrations;
        bool quickCheck = true;
        // Below this much free space on the journal's disk no new payment starts (and open()
        // reports it): every payment already started must still be able to record its answer.
        qint64 minimumFreeBytes = 16 * 1024 * 1024;
    };
    // Opens (creating it and its folder if needed) the journal for tracking payments. Requires
    // the data folder's InstanceLock, and the journal to live in that folder.
    // nullptr with `error` when it cannot be used at all: damaged (Corrupt, file untouched),
    // written by a newer Kasir (Incompatible), cannot be created or migrated.
    // A journal that opens but cannot be written comes back with paymentsEnabled() false and
    // `error` set (Unwritable): its history can still be read.
    static std::unique_ptr<Journal> open(const QString &path, const InstanceLock &lock,
                                         const Clock *clock, JournalError *error,
                                         const Options &options);
    static std::unique_ptr<Journal> open(const QString &path, const InstanceLock &lock,
                                         const Clock *clock, JournalError *error);
    // For `status` and `pending`: no lock, no migration, never writes; works beside a running
    // instance. Refuses a file whose schema version is not this program's.
    static std::unique_ptr<Journal> openReadOnly(const QString &path, const Clock *clock,
                                                 JournalError *error);
    static int currentSchemaVersion();
    // PRAGMA quick_check on a read-only connection of its own (the file is never changed);
    // safe to run on a worker thread. open() runs it before anything is written; a `kasir
    // check` command or a background re-check can call it directly.
    static JournalError checkIntegrity(const QString &path);

    ~Journal() override;
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // False when read-only or after a fault of the disk or the file; the reason says what to do.
    bool paymentsEnabled() const override { return !m_fault.isError(); }
    TranslatableText disabledReason() const override { return m_fault.message; }
    JournalError fault() const { return m_fault; }
    // Checks the free space and tries a real write; on success payments are enabled again
    // (after the cashier freed disk space, say). Does nothing for a read-only journal.
    bool probeWritable(JournalError *error);

    // The Qt SQL connection name, for diagnostics and fault injection in tests. Writing
    // through it bypasses every guarantee above.
    QString connectionName() const { return m_connectionName; }

    // ---- AttemptStore ----
    std::optional<Attempt> createAttempt(const Attempt &draft, const AttemptEvent &created,
                                         QDate day, const BillNoMaker &makeBillNo,
                                         JournalError *error) override;
    std::optional<Attempt> transition(qint64 attemptId, AttemptState expectedFrom,
                                      const Attempt &updated, const AttemptEvent &event,
                                      JournalError *error) override;
    bool appendEvent(qint64 attemptId, const AttemptEvent &event, JournalError *error) override;
    std::optional<Attempt> attempt(qint64 id, JournalError *error = nullptr) const override;
    std::optional<Attempt> attemptByBillNo(const QString &billNo,
                                           JournalError *error = nullptr) const override;
    QList<Attempt> nonTerminalAttempts(JournalError *error = nullptr) const override;
    QList<AttemptEvent> events(qint64 attemptId, JournalError *error = nullptr) const override;
    QList<Attempt> search(const HistoryQuery &query, JournalError *error = nullptr) const override;
    int count(const HistoryQuery &query, JournalError *error = nullptr) const override;

    // ---- ReceiptStore ----
    std::optional<ReceiptRecord> addReceipt(qint64 attemptId, JournalError *error) override;
    bool updateReceipt(qint64 receiptId, ReceiptStatus status, const QString &problem,
                       const QString &pdfPath, JournalError *error) override;
    QList<ReceiptRecord> receipts(qint64 attemptId, JournalError *error = nullptr) const override;
    QList<ReceiptRecord> unprintedReceipts(JournalError *error = nullptr) const override;
    QList<Attempt> paidAttemptsWithoutReceipt(JournalError *error = nullptr) const override;

    // ---- ChannelCacheStore ----
    bool saveChannels(const QList<CachedChannel> &channels, const QDateTime &fetchedAt,
                      JournalError *error) override;
    ChannelCache cachedChannels(JournalError *error = nullptr) const override;

    // ---- ProductCatalog ----
    bool upsertProduct(const Product &product, JournalError *error) override;
    std::optional<Product> productBySku(const QString &sku,
                                        JournalError *error = nullptr) const override;
    std::optional<Product> productByCode(const QString &code,
                                         JournalError *error = nullptr) const override;
    QList<Product> searchProducts(const QString &text, int limit = 50,
                                  JournalError *error = nullptr) const override;
    std::optional<ProductImportReport> importProductsCsv(QIODevice &device,
                                                         JournalError *error) override;

private:
    class Transaction;

    Journal(const QString &path, const Clock *clock, bool readOnly);
    bool connect(JournalError *error);
    bool applySettings(JournalError *error);
    bool migrate(const QList<MigrationStep> &steps, JournalError *error);
    bool writeProbe(JournalError *error);
    bool enoughSpace(JournalError *error) const;

    // Prepares `sql`, binds `values` in order and runs it; on failure `error` says why.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, const QString &what,
              JournalError *error) const;
    JournalError fail(const QSqlError &sqlError, const QString &what) const;
    bool refuseWrite(bool newPayment, JournalError *error) const;
    qint64 nowMs() const;

    bool insertEvent(qint64 attemptId, const AttemptEvent &event, std::optional<AttemptState> from,
                     std::optional<AttemptState> to, JournalError *error);
    std::optional<Attempt> readAttempt(const QString &where, const QVariantList &values,
                                       JournalError *error) const;
    QList<Attempt> readAttempts(const QString &tail, const QVariantList &values,
                                JournalError *error) const;
    QList<ReceiptRecord> readReceipts(const QString &where, const QVariantList &values,
                                      JournalError *error) const;
    std::optional<QString> codeOwner(const QString &code, const QString &exceptSku,
                                     JournalError *error) const;
    bool writeProduct(const Product &product, bool *added, JournalError *error);
    QList<Product> readProducts(const QString &where, const QVariantList &values,
                                JournalError *error) const;

    QString m_path;
    const Clock *m_clock = nullptr;
    bool m_readOnly = false;
    qint64 m_minimumFreeBytes = 0;
    int m_schemaVersion = 0;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_ready = false; // fully opened (settings applied, migrated)
    // The fault that disabled payments (read-only mode, disk, damage); None while writable.
    // Reads that meet a damaged page record it too, hence mutable.
    mutable JournalError m_fault;
};

} // namespace kasir
