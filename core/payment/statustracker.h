#pragma once

#include "core/attempt/attempt.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace kasir {

namespace faspay {
class FaspayCall;
}

// When the next status check of an attempt is due. The tracker asks for one pending check per
// attempt (arm replaces an earlier one); the scheduler calls `due` once it is time. The engine
// uses QTimers (TimerPollScheduler); the property test injects ManualPollScheduler and decides
// itself when the armed checks fire.
class PollScheduler
{
public:
    virtual ~PollScheduler();
    virtual void arm(qint64 attemptId, qint64 delayMs) = 0;
    virtual void disarm(qint64 attemptId) = 0;
    virtual bool isArmed(qint64 attemptId) const = 0;
    // The attempt is no longer tracked: drop whatever was kept for it. Disarms by default.
    virtual void forget(qint64 attemptId) { disarm(attemptId); }

    // Set by StatusTracker; called from the event loop (never from inside arm()).
    std::function<void(qint64 attemptId)> due;
};

// One single-shot QTimer per tracked attempt. Delays are capped at a day: the tracker re-arms
// after every check, and a QTimer takes an int of milliseconds.
class TimerPollScheduler final : public PollScheduler
{
public:
    TimerPollScheduler();
    ~TimerPollScheduler() override;
    void arm(qint64 attemptId, qint64 delayMs) override;
    void disarm(qint64 attemptId) override;
    bool isArmed(qint64 attemptId) const override;
    void forget(qint64 attemptId) override;

private:
    // The timers are children of m_owner: deleted with the scheduler even when a deleteLater()
    // of forget() never ran.
    std::unique_ptr<QObject> m_owner;
    QHash<qint64, QTimer *> m_timers;
};

// For tests: nothing fires by itself. armed() lists the pending checks with their delays.
class ManualPollScheduler final : public PollScheduler
{
public:
    void arm(qint64 attemptId, qint64 delayMs) override;
    void disarm(qint64 attemptId) override;
    bool isArmed(qint64 attemptId) const override;

    QList<qint64> armed() const; // attempt ids, ascending
    qint64 delayMs(qint64 attemptId) const;
    // Fires every armed check once (each is disarmed first, so a check may re-arm itself).
    // Returns how many fired.
    int fireAll();

private:
    QHash<qint64, qint64> m_armed;
};

// The status tracker of design §1: which attempts are followed until Faspay settles them, the
// bookkeeping of each (the one inquiry in flight, a check queued behind it, the counters that
// bound unresolved answers and transport failures, the cancel being retried) and when each is
// checked next. The decisions themselves stay in the attempt machine; CheckoutService drives
// this and performs the checks.
class StatusTracker
{
public:
    struct Entry
    {
        QPointer<faspay::FaspayCall> statusCall;
        QPointer<faspay::FaspayCall> cancelCall;
        EventSource pendingSource = EventSource::Inquiry;
        bool checkQueued = false;
        int unresolved = 0;
        int transportFailures = 0;
        int cancelTries = 0;
        QString cancelReason;
    };

    // `scheduler` nullptr: a TimerPollScheduler of its own. `onDue` runs a scheduled check.
    StatusTracker(PollScheduler *scheduler, std::function<void(qint64 attemptId)> onDue);
    ~StatusTracker();
    StatusTracker(const StatusTracker &) = delete;
    StatusTracker &operator=(const StatusTracker &) = delete;

    // The entry of a tracked attempt, created (with nothing armed) if it was not tracked.
    Entry &entry(qint64 attemptId);
    Entry *find(qint64 attemptId);
    const Entry *find(qint64 attemptId) const;
    bool isTracked(qint64 attemptId) const { return m_entries.contains(attemptId); }
    QList<qint64> trackedIds() const;

    // The next scheduled check of a tracked attempt (replacing the one armed before).
    void scheduleCheck(qint64 attemptId, qint64 delayMs);
    // No scheduled check (one is about to run now); the attempt stays tracked.
    void holdCheck(qint64 attemptId);
    // Stops following the attempt: its inquiry in flight is aborted, nothing stays armed.
    void untrack(qint64 attemptId);

    PollScheduler *scheduler() const { return m_scheduler; }

private:
    std::unique_ptr<PollScheduler> m_ownScheduler;
    PollScheduler *m_scheduler = nullptr;
    QHash<qint64, Entry> m_entries;
};

} // namespace kasir
