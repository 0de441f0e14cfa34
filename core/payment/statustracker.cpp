#include "core/payment/statustracker.h"

#include "core/faspay/faspayclient.h"

#include <QTimer>

#include <algorithm>

namespace kasir {

PollScheduler::~PollScheduler() = default;

TimerPollScheduler::TimerPollScheduler()
    : m_owner(std::make_unique<QObject>())
{}

TimerPollScheduler::~TimerPollScheduler() = default;

void TimerPollScheduler::arm(qint64 attemptId, qint64 delayMs)
{
    QTimer *&timer = m_timers[attemptId];
    if (!timer) {
        timer = new QTimer(m_owner.get());
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, timer, [this, attemptId] {
            if (due)
                due(attemptId);
        });
    }
    constexpr qint64 OneDayMs = 24LL * 3600 * 1000;
    timer->start(static_cast<int>(std::clamp<qint64>(delayMs, 0, OneDayMs)));
}

void TimerPollScheduler::disarm(qint64 attemptId)
{
    if (QTimer *timer = m_timers.value(attemptId))
        timer->stop();
}

void TimerPollScheduler::forget(qint64 attemptId)
{
    // The timer may be the sender of the timeout being handled: deleted later.
    if (QTimer *timer = m_timers.take(attemptId)) {
        timer->stop();
        timer->deleteLater();
    }
}

bool TimerPollScheduler::isArmed(qint64 attemptId) const
{
    const QTimer *timer = m_timers.value(attemptId);
    return timer && timer->isActive();
}

void ManualPollScheduler::arm(qint64 attemptId, qint64 delayMs)
{
    m_armed.insert(attemptId, delayMs);
}

void ManualPollScheduler::disarm(qint64 attemptId)
{
    m_armed.remove(attemptId);
}

bool ManualPollScheduler::isArmed(qint64 attemptId) const
{
    return m_armed.contains(attemptId);
}

QList<qint64> ManualPollScheduler::armed() const
{
    QList<qint64> ids = m_armed.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

qint64 ManualPollScheduler::delayMs(qint64 attemptId) const
{
    return m_armed.value(attemptId, -1);
}

int ManualPollScheduler::fireAll()
{
    const QList<qint64> ids = armed();
    for (qint64 id : ids)
        m_armed.remove(id);
    for (qint64 id : ids) {
        if (due)
            due(id);
    }
    return static_cast<int>(ids.size());
}

StatusTracker::StatusTracker(PollScheduler *scheduler, std::function<void(qint64)> onDue)
{
    if (!scheduler) {
        m_ownScheduler = std::make_unique<TimerPollScheduler>();
        scheduler = m_ownScheduler.get();
    }
    m_scheduler = scheduler;
    m_scheduler->due = [this, onDue = std::move(onDue)](qint64 attemptId) {
        if (m_entries.contains(attemptId))
            onDue(attemptId);
    };
}

StatusTracker::~StatusTracker()
{
    const QList<qint64> ids = m_entries.keys();
    for (qint64 id : ids)
        untrack(id);
    m_scheduler->due = nullptr;
}

StatusTracker::Entry &StatusTracker::entry(qint64 attemptId)
{
    return m_entries[attemptId];
}

StatusTracker::Entry *StatusTracker::find(qint64 attemptId)
{
    const auto it = m_entries.find(attemptId);
    return it == m_entries.end() ? nullptr : &*it;
}

const StatusTracker::Entry *StatusTracker::find(qint64 attemptId) const
{
    const auto it = m_entries.constFind(attemptId);
    return it == m_entries.constEnd() ? nullptr : &*it;
}

QList<qint64> StatusTracker::trackedIds() const
{
    return m_entries.keys();
}

void StatusTracker::scheduleCheck(qint64 attemptId, qint64 delayMs)
{
    entry(attemptId);
    m_scheduler->arm(attemptId, delayMs);
}

void StatusTracker::holdCheck(qint64 attemptId)
{
    m_scheduler->disarm(attemptId);
}

void StatusTracker::untrack(qint64 attemptId)
{
    m_scheduler->forget(attemptId);
    const auto it = m_entries.find(attemptId);
    if (it == m_entries.end())
        return;
    const QPointer<faspay::FaspayCall> call = it->statusCall;
    m_entries.erase(it);
    if (call)
        call->abort();
}

} // namespace kasir
