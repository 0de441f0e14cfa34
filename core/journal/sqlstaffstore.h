#pragma once

#include "core/journal/stores.h"

namespace kasir {

class JournalDatabase;

// The staff list and the staff log in the journal's database (journaldatabase.h).
class SqlStaffStore final : public StaffStore
{
public:
    explicit SqlStaffStore(JournalDatabase &db)
        : m_db(db)
    {}

    QList<StaffMember> staff(JournalError *error = nullptr) const override;
    bool saveStaffMember(const StaffMember &member, const StaffLogEntry &log,
                         JournalError *error) override;
    bool appendStaffLog(const StaffLogEntry &entry, JournalError *error) override;
    QList<StaffLogEntry> staffLog(const QDateTime &from, const QDateTime &to,
                                  JournalError *error = nullptr) const override;

private:
    bool insertLog(const StaffLogEntry &entry, JournalError *error);

    JournalDatabase &m_db;
};

} // namespace kasir
