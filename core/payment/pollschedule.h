#pragma once

#include "core/attempt/attempt.h"

#include <QDateTime>

namespace kasir {

// When to ask Faspay about an attempt again (issue #4, status tracking): every 3 s for the
// first 2 minutes, then every 10 s until bill_expired + 2 minutes, then (and while it needs
// attention) at a slower pace; +-20 % jitter so that many counters do not poll in step.
struct PollPolicy
{
    qint64 fastIntervalMs = 3'000;
    qint64 fastPhaseMs = 120'000;
    qint64 slowIntervalMs = 10'000;
    qint64 afterExpiryMs = 120'000;
    qint64 attentionIntervalMs = 60'000;
    double jitter = 0.2;
    int unresolvedBound = 20;       // consecutive status 5/9 answers before NeedsAttention
    int transportFailureBound = 10; // consecutive failed checks before NeedsAttention

    // Everything divided by `factor` (tests and the training sandbox's fast mode).
    PollPolicy scaled(double factor) const;
};

// The delay before the next status check of `attempt` at `now`. `random01` in [0, 1) draws the
// jitter. `trackingSince` is when tracking of this attempt started (its creation).
qint64 nextPollDelayMs(const PollPolicy &policy, const Attempt &attempt, const QDateTime &now,
                       double random01);

// True once bill_expired + afterExpiryMs has passed: an unpaid bill should be final by then.
bool isPastExpiryMargin(const PollPolicy &policy, const Attempt &attempt, const QDateTime &now);

} // namespace kasir
