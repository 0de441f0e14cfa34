#pragma once

#include "core/attempt/attempt.h"

#include <QCoreApplication>
#include <QString>

namespace kasir {

// What the window says about a payment attempt and its events, in the cashier's language.
// The journal's event details are English lines for the log; these are for people at the
// counter: what happened, and what to do next.
class AttemptTexts
{
    Q_DECLARE_TR_FUNCTIONS(kasir::AttemptTexts)

public:
    static QString stateLabel(AttemptState state);
    static QString headline(const Attempt &attempt);
    static QString explanation(const Attempt &attempt);
    // Style tone of the state: "sending", "waiting", "paid", "attention", "neutral".
    static const char *tone(AttemptState state);
    static QString eventText(const AttemptEvent &event);
    static QString sourceLabel(EventSource source);
    // "59:12" / "1:02:03"; "0:00" once passed.
    static QString countdown(qint64 seconds);
};

} // namespace kasir
