#pragma once

#include "core/common/clock.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QSettings;

namespace kasir {

// Someone whose PIN may be checked: a name and the stored hash (pinhash.h).
struct PinCandidate
{
    QString name;
    QString pinHash;
};

// The supervisor's PIN as the counter checks it: the stored hash (pinhash.h) read from the
// settings at every check, so a PIN changed in Settings counts at once, and the wrong tries
// counted in a small file in the data folder (beside the journal, not per operating-system
// user), so that closing the dialog, opening another one or restarting Kasir does not start
// the count again. From MaxTries wrong PINs on, every check waits: 30 s, then twice as long
// after each further wrong PIN, at most 15 minutes (lockoutSeconds). A right PIN clears the
// count; a right PIN stored the old way (SHA-256) or with fewer iterations is stored again with
// PBKDF2 at DefaultIterations.
//
// check() runs PBKDF2 on the calling thread: about 100 ms, which the GUI thread can afford
// for a supervisor's approval (the dialog shows no animation meanwhile).
class SupervisorPin : public QObject
{
    Q_OBJECT

public:
    using SettingsOpener = std::function<std::unique_ptr<QSettings>()>;

    static constexpr int MaxTries = 5;
    static constexpr int FirstLockoutSeconds = 30;
    static constexpr int MaxLockoutSeconds = 15 * 60;
    // The settings key of the stored hash (AppSettings::supervisorPinHash).
    static QString settingsKey();
    // The file that counts wrong tries, in `dataDir`.
    static QString triesFilePath(const QString &dataDir);
    // How long to wait after `failures` wrong PINs in a row: 0 below MaxTries.
    static int lockoutSeconds(int failures);

    // `openSettings` gives the settings that hold the PIN (AppContext::openSettings in the
    // application); `dataDir` the data folder; `clock` null for the system's.
    SupervisorPin(SettingsOpener openSettings, const QString &dataDir, const Clock *clock = nullptr,
                  QObject *parent = nullptr);
    ~SupervisorPin() override;

    // The supervisors of the staff list (StaffDirectory::supervisorCandidates), read at every
    // check. Once set, a PIN approves as the supervisor whose PIN it is (Result::approver) and
    // the single PIN of the settings file is no longer asked for.
    using SupervisorSource = std::function<QList<PinCandidate>()>;
    void setSupervisorSource(SupervisorSource source) { m_supervisors = std::move(source); }

    enum class Outcome { Approved, Wrong, LockedOut, NotSet };
    struct Result
    {
        Outcome outcome = Outcome::NotSet;
        int failures = 0;       // wrong PINs in a row, this one included
        int retryInSeconds = 0; // > 0: the next check waits this long
        QString approver;       // Approved: whose PIN it was (empty for the settings PIN)
        bool approved() const { return outcome == Outcome::Approved; }
    };

    bool isSet() const;
    // Seconds until the next check is allowed; 0 when it is.
    int lockedForSeconds() const;
    int failures() const;
    // While locked out the PIN is not even compared (and the wait does not grow).
    Result check(const QString &pin);
    // A staff member signing in: `pin` against `member`'s hash, counted with the same tries and
    // waits as an approval (one guesser, one count). NotSet when `member` has no hash.
    Result checkMember(const PinCandidate &member, const QString &pin);

Q_SIGNALS:
    // The count or the wait changed (a wrong PIN, a right one).
    void triesChanged();

private:
    struct Tries
    {
        int failures = 0;
        QDateTime lastFailure;
    };
    Tries readTries() const;
    void writeTries(const Tries &tries);
    QString storedHash() const;
    QList<PinCandidate> supervisors() const;
    Result verify(const QList<PinCandidate> &candidates, const QString &pin, bool fromSettings);

    SettingsOpener m_openSettings;
    QString m_triesFile;
    SystemClock m_systemClock;
    const Clock *m_clock;
    SupervisorSource m_supervisors;
};

} // namespace kasir
