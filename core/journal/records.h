#pragma once

#include "core/attempt/attempt.h"
#include "core/catalog/productcsv.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kasir {

// The plain records the journal's stores read and write (stores.h, readers.h). No API here.

// What the history window asks for. Every filter is optional; results are newest first.
struct HistoryQuery
{
    QDateTime from;             // created at or after (UTC); invalid: no lower bound
    QDateTime to;               // created before (UTC); invalid: no upper bound
    QList<AttemptState> states; // empty: every state
    std::optional<Channel> channel;
    QString billNo;   // part of the bill number, any case
    QString customer; // part of the customer's name, phone or e-mail, any case
    std::optional<bool> training;
    int limit = 200;
    int offset = 0;
};

// Who works at the counter (issue 12). A name is unique whatever its case; members are never
// deleted, only made inactive, so that the journal's actor and approver names keep meaning.
enum class StaffRole { Cashier, Supervisor }; // a supervisor is the owner or a shift lead
QString staffRoleKey(StaffRole role);         // "cashier", "supervisor"
std::optional<StaffRole> staffRoleFromKey(QStringView key);

struct StaffMember
{
    QString name;
    StaffRole role = StaffRole::Cashier;
    QString pinHash; // core/config/pinhash.h; never the PIN
    bool active = true;
    QDateTime updatedAt; // UTC; set by the store
};

// One staff action that belongs to no attempt: a sign-in, a change of cashier, a settings
// change, a staff member added. Append-only.
struct StaffLogEntry
{
    qint64 id = 0;
    QDateTime at;     // UTC; set by the store
    QString actor;    // who did it ("operator NAME" for a headless run)
    QString approver; // the supervisor who approved it, empty when none was needed
    QString action;   // "sign-in", "sign-in-refused", "staff-added", "settings-saved", ...
    QString detail;   // one line for people (English)
};

enum class ReceiptStatus { Queued, Printed, Failed };
QString receiptStatusKey(ReceiptStatus status); // "queued", "printed", "failed"
std::optional<ReceiptStatus> receiptStatusFromKey(QStringView key);

// One printout of a paid sale: copy 0 is the original (at most one per attempt, enforced by
// UNIQUE(attempt_id, copy_number)); 1..n are reprints, each marked as a copy.
struct ReceiptRecord
{
    qint64 id = 0;
    qint64 attemptId = 0;
    int copyNumber = 0;
    ReceiptStatus status = ReceiptStatus::Queued;
    QString error;   // why printing failed, for the cashier
    QString pdfPath; // archived PDF, empty if none
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isCopy() const { return copyNumber > 0; }
    bool operator==(const ReceiptRecord &) const = default;
};

// The channel inquiry answer as last fetched (payment_channel code and its name).
struct CachedChannel
{
    QString code;
    QString name;
    bool operator==(const CachedChannel &) const = default;
};
struct ChannelCache
{
    QList<CachedChannel> channels;
    QDateTime fetchedAt; // invalid: never fetched
};

struct ProductImportReport
{
    int added = 0;
    int updated = 0;
    QList<RowRejection> rejected; // by line
};

} // namespace kasir
