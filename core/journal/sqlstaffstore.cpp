#include "core/journal/sqlstaffstore.h"

#include "core/journal/journaldatabase.h"
#include "core/journal/sqlrows.h"

#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace kasir {

using namespace sqlrows;

QList<StaffMember> SqlStaffStore::staff(JournalError *error) const
{
    setJournalError(error, {});
    QList<StaffMember> members;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT name, role, pin_hash, active, updated_at FROM staff"
                                  " ORDER BY name_key"),
                   {}, QStringLiteral("read staff"), error)) {
        return members;
    }
    while (q.next()) {
        StaffMember m;
        m.name = q.value(0).toString();
        // A role this Kasir does not know is no supervisor.
        m.role = staffRoleFromKey(q.value(1).toString()).value_or(StaffRole::Cashier);
        m.pinHash = q.value(2).toString();
        m.active = q.value(3).toLongLong() != 0;
        m.updatedAt = fromMs(q.value(4));
        members.append(m);
    }
    return members;
}

bool SqlStaffStore::saveStaffMember(const StaffMember &member, const StaffLogEntry &log,
                                    JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return false;
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    const QString key = member.name.trimmed().toLower();
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("SELECT name FROM staff WHERE name_key = ?"), {text(key)},
                   QStringLiteral("find staff member"), error)) {
        return false;
    }
    const bool exists = q.next();
    const QVariantList values{text(staffRoleKey(member.role)), text(member.pinHash),
                              qint64(member.active ? 1 : 0), m_db.nowMs(), text(key)};
    const bool written =
        exists ? m_db.exec(q,
                           QStringLiteral("UPDATE staff SET role = ?, pin_hash = ?, active = ?,"
                                          " updated_at = ? WHERE name_key = ?"),
                           values, QStringLiteral("update staff member"), error)
               : m_db.exec(q,
                           QStringLiteral("INSERT INTO staff (role, pin_hash, active, updated_at,"
                                          " name_key, name) VALUES (?, ?, ?, ?, ?, ?)"),
                           values + QVariantList{text(member.name.trimmed())},
                           QStringLiteral("add staff member"), error);
    if (!written || !insertLog(log, error))
        return false;
    return tx.commit(error);
}

bool SqlStaffStore::appendStaffLog(const StaffLogEntry &entry, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return false;
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error) || !insertLog(entry, error))
        return false;
    return tx.commit(error);
}

bool SqlStaffStore::insertLog(const StaffLogEntry &entry, JournalError *error)
{
    QSqlQuery q = m_db.query();
    return m_db.exec(q,
                     QStringLiteral("INSERT INTO staff_log (at, actor, approver, action, detail)"
                                    " VALUES (?, ?, ?, ?, ?)"),
                     {m_db.nowMs(), text(entry.actor), text(entry.approver), text(entry.action),
                      text(entry.detail)},
                     QStringLiteral("write staff log"), error);
}

QList<StaffLogEntry> SqlStaffStore::staffLog(const QDateTime &from, const QDateTime &to,
                                             JournalError *error) const
{
    setJournalError(error, {});
    QList<StaffLogEntry> entries;
    QSqlQuery q = m_db.query();
    const qint64 lo =
        from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 hi = to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT id, at, actor, approver, action, detail FROM staff_log"
                                  " WHERE at >= ? AND at < ? ORDER BY id"),
                   {lo, hi}, QStringLiteral("read staff log"), error)) {
        return entries;
    }
    while (q.next()) {
        StaffLogEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromMs(q.value(1));
        e.actor = q.value(2).toString();
        e.approver = q.value(3).toString();
        e.action = q.value(4).toString();
        e.detail = q.value(5).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace kasir
