#include "core/config/supervisorpin.h"

#include "core/config/pinhash.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace kasir {

namespace {
const QString FailuresKey = QStringLiteral("supervisor/failures");
const QString LastFailureKey = QStringLiteral("supervisor/last_failure");
} // namespace

QString SupervisorPin::settingsKey()
{
    return QStringLiteral("security/supervisor_pin");
}

QString SupervisorPin::triesFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("pin-tries.ini"));
}

int SupervisorPin::lockoutSeconds(int failures)
{
    if (failures < MaxTries)
        return 0;
    qint64 seconds = FirstLockoutSeconds;
    for (int i = MaxTries; i < failures && seconds < MaxLockoutSeconds; ++i)
        seconds *= 2;
    return static_cast<int>(qMin<qint64>(seconds, MaxLockoutSeconds));
}

SupervisorPin::SupervisorPin(SettingsOpener openSettings, const QString &dataDir,
                             const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_openSettings(std::move(openSettings))
    , m_triesFile(triesFilePath(dataDir))
    , m_clock(clock ? clock : &m_systemClock)
{}

SupervisorPin::~SupervisorPin() = default;

QString SupervisorPin::storedHash() const
{
    if (!m_openSettings)
        return {};
    const std::unique_ptr<QSettings> settings = m_openSettings();
    return settings ? settings->value(settingsKey()).toString() : QString();
}

QList<PinCandidate> SupervisorPin::supervisors() const
{
    if (m_supervisors)
        return m_supervisors();
    const QString stored = storedHash();
    if (stored.isEmpty())
        return {};
    return {PinCandidate{QString(), stored}};
}

bool SupervisorPin::isSet() const
{
    return !supervisors().isEmpty();
}

SupervisorPin::Tries SupervisorPin::readTries() const
{
    QSettings file(m_triesFile, QSettings::IniFormat);
    Tries t;
    t.failures = qMax(0, file.value(FailuresKey).toInt());
    t.lastFailure = QDateTime::fromString(file.value(LastFailureKey).toString(), Qt::ISODateWithMs);
    if (t.failures > 0 && !t.lastFailure.isValid())
        t.lastFailure = m_clock->now(); // a damaged file waits the longest it can, not zero
    return t;
}

void SupervisorPin::writeTries(const Tries &tries)
{
    QDir().mkpath(QFileInfo(m_triesFile).absolutePath());
    QSettings file(m_triesFile, QSettings::IniFormat);
    if (tries.failures == 0) {
        file.remove(FailuresKey);
        file.remove(LastFailureKey);
    } else {
        file.setValue(FailuresKey, tries.failures);
        file.setValue(LastFailureKey, tries.lastFailure.toUTC().toString(Qt::ISODateWithMs));
    }
    file.sync();
    Q_EMIT triesChanged();
}

int SupervisorPin::failures() const
{
    return readTries().failures;
}

int SupervisorPin::lockedForSeconds() const
{
    const Tries t = readTries();
    const int wait = lockoutSeconds(t.failures);
    if (wait == 0)
        return 0;
    const qint64 sinceMs = t.lastFailure.msecsTo(m_clock->now());
    // A clock set back does not shorten the wait, nor make it longer than one wait.
    const qint64 leftMs =
        qBound<qint64>(0, qint64(wait) * 1000 - qMax<qint64>(0, sinceMs), qint64(wait) * 1000);
    return static_cast<int>((leftMs + 999) / 1000);
}

SupervisorPin::Result SupervisorPin::check(const QString &pin)
{
    return verify(supervisors(), pin, !m_supervisors);
}

SupervisorPin::Result SupervisorPin::checkMember(const PinCandidate &member, const QString &pin)
{
    return verify(member.pinHash.isEmpty() ? QList<PinCandidate>() : QList<PinCandidate>{member},
                  pin, false);
}

SupervisorPin::Result SupervisorPin::verify(const QList<PinCandidate> &candidates,
                                            const QString &pin, bool fromSettings)
{
    if (candidates.isEmpty())
        return {Outcome::NotSet, 0, 0, {}};
    if (const int wait = lockedForSeconds(); wait > 0)
        return {Outcome::LockedOut, failures(), wait, {}};
    const PinCandidate *match = nullptr;
    pinhash::Verification v;
    for (const PinCandidate &c : candidates) {
        v = pinhash::verify(c.pinHash, pin);
        if (v.ok) {
            match = &c;
            break;
        }
    }
    if (!match) {
        Tries t = readTries();
        ++t.failures;
        t.lastFailure = m_clock->now();
        writeTries(t);
        return {Outcome::Wrong, t.failures, lockoutSeconds(t.failures), {}};
    }
    if (fromSettings && v.needsRehash && m_openSettings) {
        const QString upgraded = pinhash::hash(pin);
        const std::unique_ptr<QSettings> settings = m_openSettings();
        if (settings && !upgraded.isEmpty()) {
            settings->setValue(settingsKey(), upgraded);
            settings->sync();
        }
    }
    if (readTries().failures != 0)
        writeTries(Tries{});
    return {Outcome::Approved, 0, 0, match->name};
}

} // namespace kasir
