#include "core/staff/staffdirectory.h"

#include "core/config/pinhash.h"
#include "core/journal/stores.h"

namespace kasir {

namespace {
constexpr const char *Ctx = "kasir::StaffDirectory";

FieldErrors journalProblem(const JournalError &error)
{
    return {{QStringLiteral("staff.name"),
             error.message.isEmpty()
                 ? TranslatableText(Ctx, QT_TRANSLATE_NOOP("kasir::StaffDirectory",
                                                           "The staff list could not be saved. "
                                                           "Check the disk and try again."))
                 : error.message}};
}

StaffLogEntry logEntry(const QString &action, const QString &detail, const QString &actor,
                       const QString &approver)
{
    StaffLogEntry entry;
    entry.actor = actor;
    entry.approver = approver;
    entry.action = action;
    entry.detail = detail;
    return entry;
}
} // namespace

StaffDirectory::StaffDirectory(StaffStore *store, int iterations, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_iterations(iterations > 0 ? iterations : pinhash::DefaultIterations)
{}

StaffDirectory::~StaffDirectory() = default;

QList<StaffMember> StaffDirectory::members() const
{
    QList<StaffMember> active;
    for (const StaffMember &m : m_store->staff()) {
        if (m.active)
            active.append(m);
    }
    return active;
}

std::optional<StaffMember> StaffDirectory::member(const QString &name) const
{
    const QString wanted = name.trimmed();
    for (const StaffMember &m : members()) {
        if (m.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

bool StaffDirectory::hasSupervisor() const
{
    return !supervisorCandidates().isEmpty();
}

FieldErrors StaffDirectory::validateName(const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return {{QStringLiteral("staff.name"),
                 {Ctx, QT_TRANSLATE_NOOP("kasir::StaffDirectory", "Enter the name.")}}};
    if (n.size() > MaxNameLength)
        return {{QStringLiteral("staff.name"),
                 {Ctx,
                  QT_TRANSLATE_NOOP("kasir::StaffDirectory", "A name has at most %1 characters."),
                  {QString::number(MaxNameLength)}}}};
    for (const QChar c : n) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return {{QStringLiteral("staff.name"),
                     {Ctx, QT_TRANSLATE_NOOP("kasir::StaffDirectory",
                                             "A name has letters, digits and spaces only.")}}};
    }
    return {};
}

FieldErrors StaffDirectory::validatePin(const QString &pin, const QString &repeat)
{
    bool digits = pin.size() >= MinPinLength && pin.size() <= MaxPinLength;
    for (const QChar c : pin)
        digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
    if (!digits)
        return {{QStringLiteral("staff.pin"),
                 {Ctx,
                  QT_TRANSLATE_NOOP("kasir::StaffDirectory", "A PIN is %1 to %2 digits."),
                  {QString::number(MinPinLength), QString::number(MaxPinLength)}}}};
    if (pin != repeat)
        return {
            {QStringLiteral("staff.repeat"),
             {Ctx, QT_TRANSLATE_NOOP("kasir::StaffDirectory", "The two PINs are not the same.")}}};
    return {};
}

FieldErrors StaffDirectory::supervisorPinClash(const QString &pin, const QString &except) const
{
    for (const PinCandidate &c : supervisorCandidates()) {
        if (c.name.compare(except, Qt::CaseInsensitive) != 0 && pinhash::verify(c.pinHash, pin).ok)
            return {{QStringLiteral("staff.pin"),
                     {Ctx, QT_TRANSLATE_NOOP("kasir::StaffDirectory",
                                             "Another supervisor has this PIN. Choose another "
                                             "one.")}}};
    }
    return {};
}

FieldErrors StaffDirectory::save(StaffMember member, const QString &action, const QString &detail,
                                 const QString &actor, const QString &approver)
{
    JournalError error;
    if (!m_store->saveStaffMember(member, logEntry(action, detail, actor, approver), &error))
        return journalProblem(error);
    Q_EMIT changed();
    return {};
}

FieldErrors StaffDirectory::add(const QString &name, StaffRole role, const QString &pin,
                                const QString &repeat, const QString &actor,
                                const QString &approver)
{
    FieldErrors errors = validateName(name) + validatePin(pin, repeat);
    const QString n = name.trimmed();
    for (const StaffMember &m : m_store->staff()) {
        if (m.name.compare(n, Qt::CaseInsensitive) == 0) {
            errors.append({QStringLiteral("staff.name"),
                           {Ctx,
                            QT_TRANSLATE_NOOP("kasir::StaffDirectory",
                                              "%1 is already on the staff list (or was)."),
                            {m.name}}});
            break;
        }
    }
    if (errors.isEmpty() && role == StaffRole::Supervisor)
        errors = supervisorPinClash(pin, {});
    if (!errors.isEmpty())
        return errors;
    StaffMember m;
    m.name = n;
    m.role = role;
    m.pinHash = pinhash::hash(pin, m_iterations);
    if (m.pinHash.isEmpty())
        return journalProblem({});
    return save(m, QStringLiteral("staff-added"),
                QStringLiteral("%1 added as %2").arg(n, staffRoleKey(role)), actor, approver);
}

std::optional<TranslatableText> StaffDirectory::remove(const QString &name, const QString &actor,
                                                       const QString &approver)
{
    std::optional<StaffMember> m = member(name);
    if (!m)
        return TranslatableText(
            Ctx, QT_TRANSLATE_NOOP("kasir::StaffDirectory", "%1 is not on the staff list."),
            {name});
    if (m->role == StaffRole::Supervisor && supervisorCandidates().size() == 1)
        return TranslatableText(Ctx,
                                QT_TRANSLATE_NOOP("kasir::StaffDirectory",
                                                  "%1 is the only supervisor. Add another "
                                                  "supervisor first: without one the till takes "
                                                  "no sale."),
                                {m->name});
    m->active = false;
    const FieldErrors errors = save(*m, QStringLiteral("staff-removed"),
                                    QStringLiteral("%1 removed").arg(m->name), actor, approver);
    if (!errors.isEmpty())
        return errors.first().message;
    return std::nullopt;
}

FieldErrors StaffDirectory::setPin(const QString &name, const QString &pin, const QString &repeat,
                                   const QString &actor, const QString &approver)
{
    std::optional<StaffMember> m = member(name);
    if (!m)
        return {{QStringLiteral("staff.name"),
                 {Ctx,
                  QT_TRANSLATE_NOOP("kasir::StaffDirectory", "%1 is not on the staff list."),
                  {name}}}};
    FieldErrors errors = validatePin(pin, repeat);
    if (errors.isEmpty() && m->role == StaffRole::Supervisor)
        errors = supervisorPinClash(pin, m->name);
    if (!errors.isEmpty())
        return errors;
    m->pinHash = pinhash::hash(pin, m_iterations);
    if (m->pinHash.isEmpty())
        return journalProblem({});
    return save(*m, QStringLiteral("staff-pin-changed"),
                QStringLiteral("PIN of %1 changed").arg(m->name), actor, approver);
}

bool StaffDirectory::adoptSettingsPin(const QString &pinHash, const QString &actor)
{
    if (hasSupervisor() || pinHash.isEmpty())
        return false;
    const QString legacyDigest = pinHash.section(QLatin1Char('$'), 1);
    const bool legacy = pinHash.count(QLatin1Char('$')) == 1 && legacyDigest.size() == 64 &&
                        QByteArray::fromHex(legacyDigest.toLatin1()).size() == 32;
    if (!pinhash::isPbkdf2(pinHash) && !legacy)
        return false; // neither PBKDF2 nor the old "salt$sha256" form: no PIN could match
    StaffMember m;
    m.name = tr("Supervisor");
    for (const StaffMember &existing : m_store->staff()) {
        if (existing.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return false; // an inactive "Supervisor": the owner chose otherwise
    }
    m.role = StaffRole::Supervisor;
    m.pinHash = pinHash;
    return save(m, QStringLiteral("staff-migrated"),
                QStringLiteral("the supervisor PIN of the settings became supervisor %1")
                    .arg(m.name),
                actor, {})
        .isEmpty();
}

QList<PinCandidate> StaffDirectory::supervisorCandidates() const
{
    QList<PinCandidate> list;
    for (const StaffMember &m : members()) {
        if (m.role == StaffRole::Supervisor)
            list.append({m.name, m.pinHash});
    }
    return list;
}

std::optional<PinCandidate> StaffDirectory::memberCandidate(const QString &name) const
{
    if (const std::optional<StaffMember> m = member(name))
        return PinCandidate{m->name, m->pinHash};
    return std::nullopt;
}

bool StaffDirectory::log(const QString &action, const QString &detail, const QString &actor,
                         const QString &approver)
{
    JournalError error;
    return m_store->appendStaffLog(logEntry(action, detail, actor, approver), &error);
}

QList<StaffLogEntry> StaffDirectory::logBetween(const QDateTime &from, const QDateTime &to) const
{
    return m_store->staffLog(from, to);
}

} // namespace kasir
