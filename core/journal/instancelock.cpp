#include "core/journal/instancelock.h"

#include <QDir>
#include <QFileInfo>

namespace kasir {

QString InstanceLock::fileName()
{
    return QStringLiteral("kasir.lock");
}

InstanceLock::InstanceLock(const QString &directory)
    : m_directory(directory)
    , m_file(QDir(directory).filePath(fileName()))
{
    // A payment-tracking instance runs for hours: only a dead holder makes the lock stale.
    m_file.setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default; // QLockFile removes the file

QString InstanceLock::filePath() const
{
    return m_file.fileName();
}

std::unique_ptr<InstanceLock> InstanceLock::acquire(const QString &dataDir, JournalError *error,
                                                    LockHolder *holder)
{
    const QString dir = QDir::cleanPath(QDir(dataDir).absolutePath());
    if (!QDir().mkpath(dir)) {
        if (error)
            *error =
                JournalError::lockFolderUnwritable(dir, QStringLiteral("cannot create ") + dir);
        return nullptr;
    }
    std::unique_ptr<InstanceLock> lock(new InstanceLock(dir));
    if (lock->m_file.tryLock(0))
        return lock;

    switch (lock->m_file.error()) {
    case QLockFile::LockFailedError: {
        LockHolder who;
        lock->m_file.getLockInfo(&who.pid, &who.host, &who.application);
        who.since = QFileInfo(lock->filePath()).lastModified().toUTC();
        if (error)
            *error = JournalError::locked(dir, who.pid, who.host, who.since);
        if (holder)
            *holder = who;
        break;
    }
    case QLockFile::PermissionError:
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        if (error)
            *error = JournalError::lockFolderUnwritable(dir, QStringLiteral("cannot write ") +
                                                                 lock->filePath());
        break;
    }
    return nullptr;
}

} // namespace kasir
