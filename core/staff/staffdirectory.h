#pragma once

#include "core/common/translatabletext.h"
#include "core/config/supervisorpin.h"
#include "core/journal/records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <optional>

namespace kasir {

class StaffStore;

// The staff of the counter (issue 12, design §3 invariant 8): who signs in, who approves, and
// the log of what they did that belongs to no attempt. Members have a name (unique whatever its
// case), a role and a PIN stored with PBKDF2 (core/config/pinhash.h). A supervisor's PIN is
// unique among the active supervisors, so that the approval prompt needs only the PIN and still
// knows who approved. Nobody is deleted: a member who leaves is made inactive (their name stays
// in the journal as actor and approver).
//
// Wrong PINs are counted by SupervisorPin (core/config), which checks them against
// supervisorCandidates() and memberCandidate(): this class decides who may, that one how often.
// One instance per engine, on the thread of the journal.
class StaffDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinPinLength = 4;
    static constexpr int MaxPinLength = 8;
    static constexpr int MaxNameLength = 40;

    // `store` outlives the directory. `iterations`: PBKDF2 rounds for new PINs (tests lower it).
    explicit StaffDirectory(StaffStore *store, int iterations = 0, QObject *parent = nullptr);
    ~StaffDirectory() override;

    // Active members, by name.
    QList<StaffMember> members() const;
    std::optional<StaffMember> member(const QString &name) const; // active only, any case
    bool isEmpty() const { return members().isEmpty(); }
    bool hasSupervisor() const;

    // A new member. Field paths: "staff.name", "staff.pin", "staff.repeat". Refused: an empty
    // or too long name, one with control characters, the name of a member (active or not), a
    // PIN that is not 4 to 8 digits or not repeated the same, a supervisor PIN that another
    // active supervisor has. Logged as "staff-added" by `actor`, approved by `approver`.
    FieldErrors add(const QString &name, StaffRole role, const QString &pin, const QString &repeat,
                    const QString &actor, const QString &approver);
    // Makes a member inactive ("staff-removed"). Refused (message) for the last active
    // supervisor: the till would take no sale until a new one exists.
    std::optional<TranslatableText> remove(const QString &name, const QString &actor,
                                           const QString &approver);
    // Replaces a member's PIN ("staff-pin-changed"); the same rules as add().
    FieldErrors setPin(const QString &name, const QString &pin, const QString &repeat,
                       const QString &actor, const QString &approver);

    // A till set up before the staff list had one supervisor PIN in its settings (`pinHash`):
    // it becomes the supervisor "Supervisor" ("staff-migrated"), so that approvals keep
    // working and the owner can rename it by adding their own. Does nothing (false) when a
    // supervisor exists already or `pinHash` is not a hash pinhash verifies.
    bool adoptSettingsPin(const QString &pinHash, const QString &actor);

    // What SupervisorPin checks: the active supervisors, or one active member by name.
    QList<PinCandidate> supervisorCandidates() const;
    std::optional<PinCandidate> memberCandidate(const QString &name) const;

    // A staff action that belongs to no attempt ("sign-in", "settings-saved", ...). False when
    // the journal could not write it (the caller says so; nothing else depends on it).
    bool log(const QString &action, const QString &detail, const QString &actor,
             const QString &approver = {});
    QList<StaffLogEntry> logBetween(const QDateTime &from, const QDateTime &to) const;

    // Local checks of a name and a PIN pair, as add() makes them (the form shows them live).
    static FieldErrors validateName(const QString &name);
    static FieldErrors validatePin(const QString &pin, const QString &repeat);

Q_SIGNALS:
    // The list changed (added, removed, a PIN changed).
    void changed();

private:
    FieldErrors supervisorPinClash(const QString &pin, const QString &except) const;
    FieldErrors save(StaffMember member, const QString &action, const QString &detail,
                     const QString &actor, const QString &approver);

    StaffStore *m_store;
    int m_iterations;
};

} // namespace kasir
