#pragma once

#include "core/common/clock.h"
#include "core/journal/journaldatabase.h"
#include "core/journal/journalerror.h"
#include "core/journal/sqlattemptstore.h"
#include "core/journal/sqlchannelcache.h"
#include "core/journal/sqlproductcatalog.h"
#include "core/journal/sqlreceiptstore.h"
#include "core/journal/sqlstaffstore.h"
#include "core/journal/stores.h"

#include <QString>

#include <memory>

class QIODevice;

namespace kasir {

// The payment journal: one database (journaldatabase.h: the SQLite connection with WAL and
// synchronous=FULL, migrations, transactions, fault mapping, the SQL dialect) under the narrow
// stores of stores.h and readers.h, each its own class over that database: SqlAttemptStore
// (attempts, their events, the bill number sequences behind createAttempt), SqlReceiptStore,
// SqlChannelCache and SqlProductCatalog (with the CSV import). Journal owns the database and
// the four stores and hands them out (attemptStore(), ...): the engine wires each service with
// only the store it needs. For the callers that hold "the journal" (headless commands, tests)
// it also implements every interface by handing the call to its store. Who holds which
// interface: stores.h.
//
// Guarantees:
//  - every state change is one transaction that updates the attempt and appends its event
//    (compare-and-set on the state: a stale caller changes nothing);
//  - events are append-only (triggers refuse UPDATE and DELETE) and their bodies and details
//    are redacted by the attempt store, so that no caller can forget to (redaction.h);
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
// Dates are stored as UTC milliseconds since the epoch, money as whole rupiah, both INTEGER
// (sqlrows.h). One instance per process, used from one thread (the GUI thread). Not a QObject.
class Journal final : public AttemptStore,
                      public ReceiptStore,
                      public ChannelCacheStore,
                      public ProductCatalog,
                      public StaffStore
{
public:
    using Options = JournalOptions;
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

    QString path() const { return m_db->path(); }
    bool isReadOnly() const { return m_db->isReadOnly(); }
    int schemaVersion() const { return m_db->schemaVersion(); }

    // False when read-only or after a fault of the disk or the file; the reason says what to do.
    bool paymentsEnabled() const override { return m_attempts.paymentsEnabled(); }
    TranslatableText disabledReason() const override { return m_attempts.disabledReason(); }
    JournalError fault() const { return m_db->fault(); }
    // Checks the free space and tries a real write; on success payments are enabled again
    // (after the cashier freed disk space, say). Does nothing for a read-only journal.
    bool probeWritable(JournalError *error) { return m_db->probeWritable(error); }

    // The Qt SQL connection name, for diagnostics and fault injection in tests. Writing
    // through it bypasses every guarantee above.
    QString connectionName() const { return m_db->connectionName(); }

    // The stores, each over this journal's database; they live as long as the journal.
    AttemptStore &attemptStore() { return m_attempts; }
    ReceiptStore &receiptStore() { return m_receipts; }
    ChannelCacheStore &channelCacheStore() { return m_channels; }
    ProductCatalog &productCatalog() { return m_products; }
    StaffStore &staffStore() { return m_staff; }

    // ---- AttemptStore (SqlAttemptStore) ----
    using AttemptStore::createAttempt;
    std::optional<Attempt> createAttempt(const Attempt &draft, const AttemptEvent &created,
                                         QDate day, qint64 minimumSequence,
                                         const BillNoMaker &makeBillNo,
                                         JournalError *error) override
    {
        return m_attempts.createAttempt(draft, created, day, minimumSequence, makeBillNo, error);
    }
    std::optional<Attempt> transition(qint64 attemptId, AttemptState expectedFrom,
                                      const Attempt &updated, const AttemptEvent &event,
                                      JournalError *error) override
    {
        return m_attempts.transition(attemptId, expectedFrom, updated, event, error);
    }
    bool appendEvent(qint64 attemptId, const AttemptEvent &event, JournalError *error) override
    {
        return m_attempts.appendEvent(attemptId, event, error);
    }
    std::optional<Attempt> attempt(qint64 id, JournalError *error = nullptr) const override
    {
        return m_attempts.attempt(id, error);
    }
    std::optional<Attempt> attemptByBillNo(const QString &billNo,
                                           JournalError *error = nullptr) const override
    {
        return m_attempts.attemptByBillNo(billNo, error);
    }
    QList<Attempt> nonTerminalAttempts(JournalError *error = nullptr) const override
    {
        return m_attempts.nonTerminalAttempts(error);
    }
    QList<AttemptEvent> events(qint64 attemptId, JournalError *error = nullptr) const override
    {
        return m_attempts.events(attemptId, error);
    }
    QList<Attempt> search(const HistoryQuery &query, JournalError *error = nullptr) const override
    {
        return m_attempts.search(query, error);
    }
    int count(const HistoryQuery &query, JournalError *error = nullptr) const override
    {
        return m_attempts.count(query, error);
    }

    // ---- ReceiptStore (SqlReceiptStore) ----
    std::optional<ReceiptRecord> addReceipt(qint64 attemptId, JournalError *error) override
    {
        return m_receipts.addReceipt(attemptId, error);
    }
    bool updateReceipt(qint64 receiptId, ReceiptStatus status, const QString &problem,
                       const QString &pdfPath, JournalError *error) override
    {
        return m_receipts.updateReceipt(receiptId, status, problem, pdfPath, error);
    }
    QList<ReceiptRecord> receipts(qint64 attemptId, JournalError *error = nullptr) const override
    {
        return m_receipts.receipts(attemptId, error);
    }
    QList<ReceiptRecord> unprintedReceipts(JournalError *error = nullptr) const override
    {
        return m_receipts.unprintedReceipts(error);
    }
    QList<Attempt> paidAttemptsWithoutReceipt(JournalError *error = nullptr) const override
    {
        return m_receipts.paidAttemptsWithoutReceipt(error);
    }

    // ---- ChannelCacheStore (SqlChannelCache) ----
    bool saveChannels(const QString &scope, const QList<CachedChannel> &channels,
                      const QDateTime &fetchedAt, JournalError *error) override
    {
        return m_channels.saveChannels(scope, channels, fetchedAt, error);
    }
    ChannelCache cachedChannels(const QString &scope, JournalError *error = nullptr) const override
    {
        return m_channels.cachedChannels(scope, error);
    }

    // ---- ProductCatalog (SqlProductCatalog) ----
    bool upsertProduct(const Product &product, JournalError *error) override
    {
        return m_products.upsertProduct(product, error);
    }
    std::optional<Product> productBySku(const QString &sku,
                                        JournalError *error = nullptr) const override
    {
        return m_products.productBySku(sku, error);
    }
    std::optional<Product> productByCode(const QString &code,
                                         JournalError *error = nullptr) const override
    {
        return m_products.productByCode(code, error);
    }
    QList<Product> searchProducts(const QString &text, int limit = 50,
                                  JournalError *error = nullptr) const override
    {
        return m_products.searchProducts(text, limit, error);
    }
    std::optional<ProductImportReport> importProductsCsv(QIODevice &device,
                                                         JournalError *error) override
    {
        return m_products.importProductsCsv(device, error);
    }

    // ---- StaffStore (SqlStaffStore) ----
    QList<StaffMember> staff(JournalError *error = nullptr) const override
    {
        return m_staff.staff(error);
    }
    bool saveStaffMember(const StaffMember &member, const StaffLogEntry &log,
                         JournalError *error) override
    {
        return m_staff.saveStaffMember(member, log, error);
    }
    bool appendStaffLog(const StaffLogEntry &entry, JournalError *error) override
    {
        return m_staff.appendStaffLog(entry, error);
    }
    QList<StaffLogEntry> staffLog(const QDateTime &from, const QDateTime &to,
                                  JournalError *error = nullptr) const override
    {
        return m_staff.staffLog(from, to, error);
    }

private:
    explicit Journal(std::unique_ptr<JournalDatabase> db);

    // Declared first: the stores refer to it and go before it.
    std::unique_ptr<JournalDatabase> m_db;
    SqlAttemptStore m_attempts;
    SqlReceiptStore m_receipts;
    SqlChannelCache m_channels;
    SqlProductCatalog m_products;
    SqlStaffStore m_staff;
};

} // namespace kasir
