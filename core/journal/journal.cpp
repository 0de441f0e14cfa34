#include "core/journal/journal.h"

namespace kasir {

Journal::Journal(std::unique_ptr<JournalDatabase> db)
    : m_db(std::move(db))
    , m_attempts(*m_db)
    , m_receipts(*m_db)
    , m_channels(*m_db)
    , m_products(*m_db)
    , m_staff(*m_db)
{}

Journal::~Journal() = default;

std::unique_ptr<Journal> Journal::open(const QString &path, const InstanceLock &lock,
                                       const Clock *clock, JournalError *error)
{
    return open(path, lock, clock, error, Options());
}

std::unique_ptr<Journal> Journal::open(const QString &path, const InstanceLock &lock,
                                       const Clock *clock, JournalError *error,
                                       const Options &options)
{
    std::unique_ptr<JournalDatabase> db = JournalDatabase::open(path, lock, clock, error, options);
    if (!db)
        return nullptr;
    return std::unique_ptr<Journal>(new Journal(std::move(db)));
}

std::unique_ptr<Journal> Journal::openReadOnly(const QString &path, const Clock *clock,
                                               JournalError *error)
{
    std::unique_ptr<JournalDatabase> db = JournalDatabase::openReadOnly(path, clock, error);
    if (!db)
        return nullptr;
    return std::unique_ptr<Journal>(new Journal(std::move(db)));
}

int Journal::currentSchemaVersion()
{
    return JournalDatabase::currentSchemaVersion();
}

JournalError Journal::checkIntegrity(const QString &path)
{
    return JournalDatabase::checkIntegrity(path);
}

} // namespace kasir
