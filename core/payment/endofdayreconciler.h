#pragma once

#include "core/attempt/attempt.h"
#include "core/faspay/signature.h"
#include "core/payment/endofday.h"
#include "core/payment/reconciliation.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace kasir {

namespace faspay {
class FaspayCall;
class FaspayClient;
} // namespace faspay

// Re-inquires a day's attempts at Faspay (Inquiry Payment Status, a few in flight at a time)
// and lists where Faspay and the journal disagree (compareWithFaspay). Reads only: it changes
// nothing in the journal; a supervisor settles what it lists from the history window.
//
// Attempts without a trx_id cannot be asked about: an Unknown one (the request may have
// reached Faspay) is listed as NotChecked, the others (nothing was ever accepted) are skipped.
// progress() after each answer; finished() exactly once, also after cancel().
class EndOfDayReconciler : public Reconciliation
{
    Q_OBJECT

public:
    EndOfDayReconciler(faspay::FaspayClient *client, faspay::Credentials credentials,
                       QObject *parent = nullptr);
    ~EndOfDayReconciler() override;

    void setMaxInFlight(int calls) { m_maxInFlight = qMax(1, calls); }
    int maxInFlight() const { return m_maxInFlight; }

    bool start(const QList<Attempt> &attempts) override;
    void cancel() override;
    bool isRunning() const override { return m_running; }
    int inFlight() const override { return int(m_calls.size()); }

private:
    struct Slot
    {
        Attempt attempt;
        std::optional<Discrepancy> discrepancy;
        bool done = false;
    };

    void pump();
    void onAnswer(int index, const QByteArray &body, bool answered, const QString &failure);
    void finishIfDone();
    void finishNow(bool cancelled);

    faspay::FaspayClient *m_client;
    faspay::Credentials m_credentials;
    int m_maxInFlight = 3;
    bool m_running = false;
    QList<Slot> m_slots;
    int m_next = 0;
    int m_done = 0;
    int m_checked = 0;
    int m_agreed = 0;
    QList<QPair<int, QPointer<faspay::FaspayCall>>> m_calls;
};

} // namespace kasir
