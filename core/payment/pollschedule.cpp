#include "core/payment/pollschedule.h"

#include <algorithm>
#include <cmath>

namespace kasir {

PollPolicy PollPolicy::scaled(double factor) const
{
    PollPolicy p = *this;
    const auto s = [factor](qint64 v) {
        return std::max<qint64>(1, std::llround(v / factor));
    };
    p.fastIntervalMs = s(fastIntervalMs);
    p.fastPhaseMs = s(fastPhaseMs);
    p.slowIntervalMs = s(slowIntervalMs);
    p.afterExpiryMs = s(afterExpiryMs);
    p.attentionIntervalMs = s(attentionIntervalMs);
    return p;
}

bool isPastExpiryMargin(const PollPolicy &policy, const Attempt &attempt, const QDateTime &now)
{
    return attempt.billExpired.isValid() &&
           now > attempt.billExpired.addMSecs(policy.afterExpiryMs);
}

qint64 nextPollDelayMs(const PollPolicy &policy, const Attempt &attempt, const QDateTime &now,
                       double random01)
{
    qint64 base = policy.slowIntervalMs;
    if (attempt.state == AttemptState::NeedsAttention || isPastExpiryMargin(policy, attempt, now)) {
        base = policy.attentionIntervalMs;
    } else if (attempt.createdAt.isValid() && attempt.createdAt.msecsTo(now) < policy.fastPhaseMs) {
        base = policy.fastIntervalMs;
    }
    const double r = std::clamp(random01, 0.0, 1.0);
    const double factor = 1.0 + policy.jitter * (2.0 * r - 1.0);
    return std::max<qint64>(1, std::llround(static_cast<double>(base) * factor));
}

} // namespace kasir
