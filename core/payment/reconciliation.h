#pragma once

#include "core/attempt/attempt.h"
#include "core/payment/endofday.h"

#include <QList>
#include <QObject>

namespace kasir {

struct ReconcileResult
{
    QList<Discrepancy> discrepancies; // in the order of the attempts given
    int total = 0;                    // attempts given
    int checked = 0;                  // Faspay answered with a status
    int agreed = 0;                   // ... and it agreed with the journal
    bool cancelled = false;
};

// A day's attempts asked about at Faspay again, as the end-of-day screen sees it: what the
// engine gives it (Engine::reconciliation()), without the Faspay client or the credentials.
// progress() after each answer; finished() exactly once per start(), also after cancel().
class Reconciliation : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // False when a run is under way.
    virtual bool start(const QList<Attempt> &attempts) = 0;
    // Stops asking: calls under way are aborted, finished() comes with cancelled = true.
    virtual void cancel() = 0;
    virtual bool isRunning() const = 0;
    virtual int inFlight() const = 0; // questions to Faspay under way

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const kasir::ReconcileResult &result);
};

} // namespace kasir

Q_DECLARE_METATYPE(kasir::ReconcileResult)
