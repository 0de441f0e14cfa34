#pragma once

#include "core/common/translatabletext.h"

#include <QDateTime>
#include <QString>

namespace kasir {

// Why a journal call did not do what was asked. `detail` is technical English for logs (SQLite's
// own message, the file, the step); `message` is for the cashier: what happened and what to do.
// Every message of the journal is made by one of the named constructors below, so that they are
// all in one place for translators and reviewers.
struct JournalError
{
    enum Kind {
        None,
        Corrupt,      // quick_check failed or SQLite reported a damaged file: payments disabled
        Unwritable,   // disk full, read-only file or folder, I/O error: payments disabled
        Locked,       // another instance tracks payments in this data folder
        Busy,         // another connection held the database longer than the busy timeout
        NotFound,     // no such attempt / receipt / journal file
        Conflict,     // compare-and-set lost, UNIQUE violated (bill_no, barcode), wrong state
        Incompatible, // the file's layout is newer than this program (or older, read-only)
        Other,
    };

    Kind kind = None;
    QString detail;
    TranslatableText message;

    bool isError() const { return kind != None; }

    static JournalError corrupt(const QString &path, const QString &detail);
    static JournalError diskFull(const QString &path, const QString &detail);
    static JournalError diskAlmostFull(const QString &path, qint64 freeBytes, qint64 minimum);
    static JournalError readOnly(const QString &path, const QString &detail);
    static JournalError ioError(const QString &path, const QString &detail);
    static JournalError cannotOpen(const QString &path, const QString &detail);
    static JournalError locked(const QString &dataDir, qint64 pid, const QString &host,
                               const QDateTime &since);
    static JournalError lockFolderUnwritable(const QString &dataDir, const QString &detail);
    static JournalError busy(const QString &detail);
    static JournalError attemptNotFound(qint64 attemptId);
    static JournalError billNotFound(const QString &billNo);
    static JournalError receiptNotFound(qint64 receiptId);
    static JournalError journalNotFound(const QString &path);
    static JournalError stateChanged(const QString &billNo, const QString &detail);
    static JournalError billNoTaken(const QString &billNo, const QString &detail);
    static JournalError barcodeTaken(const QString &code, const QString &sku);
    static JournalError receiptNeedsPaid(const QString &billNo);
    static JournalError tooNew(const QString &path, int fileVersion, int knownVersion);
    static JournalError tooOld(const QString &path, int fileVersion);
    static JournalError migrationFailed(const QString &path, int version, const QString &detail);
    static JournalError walUnavailable(const QString &path, const QString &detail);
    static JournalError readOnlyMode();
    static JournalError invalidInput(const QString &detail);
    static JournalError other(const QString &detail);
};

// Stable English name of a kind, for logs and test failure messages ("unwritable").
QString journalErrorKindName(JournalError::Kind kind);

} // namespace kasir
