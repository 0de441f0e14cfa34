#pragma once

#include "core/journal/journalerror.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>

namespace kasir {

// Who holds the payment-tracking lock of a data folder.
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString application;
    QDateTime since; // UTC, when the lock file was written
};

// Only one process may track payments for a data folder (the window, `checkout`, `resume`):
// two trackers would poll and move the same attempts. The lock is a QLockFile "kasir.lock" in
// the data folder, held for the life of this object. A lock left by a process that died (same
// host, pid gone or reused by another program) is stale and taken over; a live holder is never
// timed out (stale time 0), however long the window stays open. On another host (a shared
// folder) liveness cannot be checked: the message tells the cashier whom to ask.
//
// Journal::open() for writing takes an InstanceLock as proof that the caller holds it; the
// read-only commands (`status`, `pending`) need no lock.
class InstanceLock
{
public:
    static QString fileName(); // "kasir.lock"

    // The lock, or nullptr with `error` (Locked: who holds it; Unwritable: the folder) and
    // `holder` filled in when another process holds it.
    static std::unique_ptr<InstanceLock> acquire(const QString &dataDir, JournalError *error,
                                                 LockHolder *holder = nullptr);
    ~InstanceLock();
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    QString directory() const { return m_directory; } // absolute, clean
    QString filePath() const;

private:
    explicit InstanceLock(const QString &directory);

    QString m_directory;
    QLockFile m_file;
};

} // namespace kasir
