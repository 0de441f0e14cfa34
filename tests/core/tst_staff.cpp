// Staff and roles (issue 12) over a real journal: members with PBKDF2 PINs, names unique in any
// case, supervisor PINs unique among supervisors (so that a PIN names who approved), nobody
// deleted, the last supervisor kept; SupervisorPin approving as the supervisor whose PIN it is
// and signing a member in, both counted with one lockout; the staff log, append-only.

#include "core/common/clock.h"
#include "core/config/pinhash.h"
#include "core/config/supervisorpin.h"
#include "core/journal/instancelock.h"
#include "core/journal/journal.h"
#include "core/staff/staffdirectory.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kasir;

namespace {

constexpr int FastIterations = 1000; // PBKDF2 rounds in tests (the floor pinhash trusts)

struct Rig
{
    QTemporaryDir dir;
    ManualClock clock{QDateTime(QDate(2026, 12, 8), QTime(2, 0), QTimeZone::utc())};
    std::unique_ptr<InstanceLock> lock;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<StaffDirectory> staff;
    std::unique_ptr<SupervisorPin> pin;

    bool open()
    {
        JournalError error;
        lock = InstanceLock::acquire(dir.path(), &error);
        if (!lock)
            return false;
        journal =
            Journal::open(dir.filePath(QStringLiteral("journal.sqlite")), *lock, &clock, &error);
        if (!journal)
            return false;
        staff = std::make_unique<StaffDirectory>(&journal->staffStore(), FastIterations);
        pin = std::make_unique<SupervisorPin>(SupervisorPin::SettingsOpener(), dir.path(), &clock);
        pin->setSupervisorSource([this] { return staff->supervisorCandidates(); });
        return true;
    }

    // A member added with `pin` typed twice; true when nothing was refused.
    bool add(const char *name, StaffRole role, const char *pinText)
    {
        return staff
            ->add(QLatin1String(name), role, QLatin1String(pinText), QLatin1String(pinText), {}, {})
            .isEmpty();
    }
};

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList f;
    for (const FieldError &e : errors)
        f << e.field;
    return f;
}

} // namespace

class TestStaff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addAndRules();
    void approvalNamesTheSupervisor();
    void signInSharesTheLockout();
    void lastSupervisorStays();
    void logIsAppendOnly();
    void settingsPinBecomesTheFirstSupervisor();
};

void TestStaff::addAndRules()
{
    Rig r;
    QVERIFY(r.open());
    QVERIFY(r.staff->isEmpty());
    QVERIFY(!r.staff->hasSupervisor());
    QVERIFY(!r.pin->isSet());
    QSignalSpy changed(r.staff.get(), &StaffDirectory::changed);

    QCOMPARE(r.staff->add(QStringLiteral(" Budi "), StaffRole::Supervisor, QStringLiteral("2468"),
                          QStringLiteral("2468"), QStringLiteral("operator root"), {}),
             FieldErrors());
    QCOMPARE(changed.count(), 1);
    QVERIFY(r.staff->hasSupervisor());
    QVERIFY(r.pin->isSet());
    const std::optional<StaffMember> budi = r.staff->member(QStringLiteral("BUDI"));
    QVERIFY(budi);
    QCOMPARE(budi->name, QStringLiteral("Budi")); // trimmed, spelled as added
    QCOMPARE(budi->role, StaffRole::Supervisor);
    QVERIFY(pinhash::isPbkdf2(budi->pinHash));
    QVERIFY(!budi->pinHash.contains(QStringLiteral("2468")));
    QVERIFY(pinhash::verify(budi->pinHash, QStringLiteral("2468")).ok);

    // Each rule, under its field; nothing is written.
    const auto refused = [&](const QString &name, StaffRole role, const QString &pin,
                             const QString &repeat) {
        return fieldsOf(r.staff->add(name, role, pin, repeat, QStringLiteral("Budi"), {}));
    };
    QCOMPARE(refused(QStringLiteral("  "), StaffRole::Cashier, QStringLiteral("1234"),
                     QStringLiteral("1234")),
             QStringList{QStringLiteral("staff.name")});
    QCOMPARE(refused(QStringLiteral("budi"), StaffRole::Cashier, QStringLiteral("1234"),
                     QStringLiteral("1234")),
             QStringList{QStringLiteral("staff.name")});
    QCOMPARE(refused(QStringLiteral("Sari\nBudi"), StaffRole::Cashier, QStringLiteral("1234"),
                     QStringLiteral("1234")),
             QStringList{QStringLiteral("staff.name")});
    QCOMPARE(refused(QString(41, QLatin1Char('a')), StaffRole::Cashier, QStringLiteral("1234"),
                     QStringLiteral("1234")),
             QStringList{QStringLiteral("staff.name")});
    for (const QString &bad : {QStringLiteral("123"), QStringLiteral("123456789"),
                               QStringLiteral("12a4"), QStringLiteral("١٢٣٤")})
        QCOMPARE(refused(QStringLiteral("Sari"), StaffRole::Cashier, bad, bad),
                 QStringList{QStringLiteral("staff.pin")});
    QCOMPARE(refused(QStringLiteral("Sari"), StaffRole::Cashier, QStringLiteral("1234"),
                     QStringLiteral("1235")),
             QStringList{QStringLiteral("staff.repeat")});
    // A second supervisor may not share Budi's PIN (the PIN alone says who approved); a cashier
    // may.
    QCOMPARE(refused(QStringLiteral("Rina"), StaffRole::Supervisor, QStringLiteral("2468"),
                     QStringLiteral("2468")),
             QStringList{QStringLiteral("staff.pin")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(r.staff->members().size(), 1);
    QCOMPARE(r.staff->add(QStringLiteral("Sari"), StaffRole::Cashier, QStringLiteral("2468"),
                          QStringLiteral("2468"), QStringLiteral("Budi"), {}),
             FieldErrors());
    QCOMPARE(r.staff->members().size(), 2);
    QCOMPARE(r.staff->supervisorCandidates().size(), 1);
}

void TestStaff::approvalNamesTheSupervisor()
{
    Rig r;
    QVERIFY(r.open());
    QVERIFY(r.add("Budi", StaffRole::Supervisor, "2468"));
    QVERIFY(r.add("Rina", StaffRole::Supervisor, "1357"));
    QVERIFY(r.add("Sari", StaffRole::Cashier, "9999"));
    SupervisorPin::Result a = r.pin->check(QStringLiteral("1357"));
    QVERIFY(a.approved());
    QCOMPARE(a.approver, QStringLiteral("Rina"));
    a = r.pin->check(QStringLiteral("2468"));
    QCOMPARE(a.approver, QStringLiteral("Budi"));
    // A cashier's PIN approves nothing.
    a = r.pin->check(QStringLiteral("9999"));
    QCOMPARE(a.outcome, SupervisorPin::Outcome::Wrong);
    QVERIFY(a.approver.isEmpty());
    // Removed: no longer approves.
    QVERIFY(!r.staff->remove(QStringLiteral("Rina"), QStringLiteral("Budi"), {}));
    QCOMPARE(r.pin->check(QStringLiteral("1357")).outcome, SupervisorPin::Outcome::Wrong);
    // Her PIN may now be given to another supervisor.
    QVERIFY(r.staff
                ->setPin(QStringLiteral("Budi"), QStringLiteral("1357"), QStringLiteral("1357"),
                         QStringLiteral("Budi"), {})
                .isEmpty());
    QCOMPARE(r.pin->check(QStringLiteral("1357")).approver, QStringLiteral("Budi"));
    QCOMPARE(r.pin->check(QStringLiteral("2468")).outcome, SupervisorPin::Outcome::Wrong);
}

void TestStaff::signInSharesTheLockout()
{
    Rig r;
    QVERIFY(r.open());
    QVERIFY(r.add("Budi", StaffRole::Supervisor, "2468"));
    QVERIFY(r.add("Sari", StaffRole::Cashier, "1111"));
    const std::optional<PinCandidate> sari = r.staff->memberCandidate(QStringLiteral("sari"));
    QVERIFY(sari);
    QCOMPARE(sari->name, QStringLiteral("Sari"));
    QVERIFY(!r.staff->memberCandidate(QStringLiteral("nobody")));
    QCOMPARE(r.pin->checkMember(PinCandidate{}, QStringLiteral("1111")).outcome,
             SupervisorPin::Outcome::NotSet);
    QVERIFY(r.pin->checkMember(*sari, QStringLiteral("1111")).approved());
    // Guessing Sari's PIN and then a supervisor's counts as one guesser.
    for (int i = 0; i < SupervisorPin::MaxTries - 1; ++i)
        QCOMPARE(r.pin->checkMember(*sari, QStringLiteral("0000")).outcome,
                 SupervisorPin::Outcome::Wrong);
    const SupervisorPin::Result fifth = r.pin->check(QStringLiteral("0000"));
    QCOMPARE(fifth.failures, SupervisorPin::MaxTries);
    QCOMPARE(fifth.retryInSeconds, SupervisorPin::FirstLockoutSeconds);
    QCOMPARE(r.pin->checkMember(*sari, QStringLiteral("1111")).outcome,
             SupervisorPin::Outcome::LockedOut);
    r.clock.advanceSecs(SupervisorPin::FirstLockoutSeconds);
    QVERIFY(r.pin->checkMember(*sari, QStringLiteral("1111")).approved());
    QCOMPARE(r.pin->failures(), 0);
}

void TestStaff::lastSupervisorStays()
{
    Rig r;
    QVERIFY(r.open());
    QVERIFY(r.add("Budi", StaffRole::Supervisor, "2468"));
    const std::optional<TranslatableText> refused =
        r.staff->remove(QStringLiteral("Budi"), QStringLiteral("Budi"), {});
    QVERIFY(refused);
    QVERIFY(refused->english().contains(QStringLiteral("only supervisor")));
    QVERIFY(r.staff->hasSupervisor());
    QVERIFY(r.staff->remove(QStringLiteral("nobody"), QStringLiteral("Budi"), {}));
    // Removed members stay in the journal (inactive) and their name cannot be taken again.
    QVERIFY(r.add("Sari", StaffRole::Cashier, "1111"));
    QVERIFY(!r.staff->remove(QStringLiteral("Sari"), QStringLiteral("Budi"), {}));
    QVERIFY(!r.staff->member(QStringLiteral("Sari")));
    QCOMPARE(r.journal->staff().size(), 2);
    QCOMPARE(fieldsOf(r.staff->add(QStringLiteral("sari"), StaffRole::Cashier,
                                   QStringLiteral("1111"), QStringLiteral("1111"), {}, {})),
             QStringList{QStringLiteral("staff.name")});
}

void TestStaff::logIsAppendOnly()
{
    Rig r;
    QVERIFY(r.open());
    QVERIFY(r.staff
                ->add(QStringLiteral("Budi"), StaffRole::Supervisor, QStringLiteral("2468"),
                      QStringLiteral("2468"), QStringLiteral("operator root"), {})
                .isEmpty());
    r.clock.advanceSecs(60);
    QVERIFY(r.staff->log(QStringLiteral("sign-in"), QStringLiteral("Sari signed in"),
                         QStringLiteral("Sari")));
    r.clock.advanceSecs(60);
    QVERIFY(r.staff->log(QStringLiteral("settings-saved"), QStringLiteral("gateway changed"),
                         QStringLiteral("Sari"), QStringLiteral("Budi")));
    const QList<StaffLogEntry> all = r.staff->logBetween({}, {});
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).action, QStringLiteral("staff-added"));
    QCOMPARE(all.at(0).actor, QStringLiteral("operator root"));
    QCOMPARE(all.at(2).approver, QStringLiteral("Budi"));
    QCOMPARE(all.at(2).at, r.clock.now());
    QCOMPARE(r.staff->logBetween(r.clock.now().addSecs(-30), {}).size(), 1);

    // The database refuses to change or delete the log, or to delete a member.
    QSqlQuery q(QSqlDatabase::database(r.journal->connectionName()));
    QVERIFY(!q.exec(QStringLiteral("UPDATE staff_log SET approver = 'x'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM staff_log")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM staff")));
    QCOMPARE(r.staff->logBetween({}, {}).size(), 3);
    QCOMPARE(r.journal->staff().size(), 1);
}

// A till set up before the staff list: its one settings PIN becomes the supervisor
// "Supervisor", once, and only a hash that a PIN could match.
void TestStaff::settingsPinBecomesTheFirstSupervisor()
{
    Rig r;
    QVERIFY(r.open());
    QVERIFY(!r.staff->adoptSettingsPin(QString(), QStringLiteral("start-up")));
    QVERIFY(!r.staff->adoptSettingsPin(QStringLiteral("garbage"), QStringLiteral("start-up")));
    QVERIFY(!r.staff->hasSupervisor());
    const QString hash = pinhash::hash(QStringLiteral("2468"), FastIterations);
    QVERIFY(r.staff->adoptSettingsPin(hash, QStringLiteral("start-up")));
    QVERIFY(r.staff->hasSupervisor());
    const SupervisorPin::Result a = r.pin->check(QStringLiteral("2468"));
    QVERIFY(a.approved());
    QCOMPARE(a.approver, QStringLiteral("Supervisor"));
    // Once only: a second start-up changes nothing.
    QVERIFY(!r.staff->adoptSettingsPin(pinhash::hash(QStringLiteral("1111"), FastIterations),
                                       QStringLiteral("start-up")));
    QCOMPARE(r.staff->members().size(), 1);
    QCOMPARE(r.staff->logBetween({}, {}).first().action, QStringLiteral("staff-migrated"));
}

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
