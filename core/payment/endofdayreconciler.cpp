#include "core/payment/endofdayreconciler.h"

#include "core/faspay/faspayclient.h"
#include "core/faspay/requests.h"
#include "core/faspay/responses.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcReconcile, "kasir.reconcile")

namespace kasir {

EndOfDayReconciler::EndOfDayReconciler(faspay::FaspayClient *client,
                                       faspay::Credentials credentials, QObject *parent)
    : Reconciliation(parent)
    , m_client(client)
    , m_credentials(std::move(credentials))
{
    qRegisterMetaType<kasir::ReconcileResult>();
}

EndOfDayReconciler::~EndOfDayReconciler()
{
    for (const auto &call : std::as_const(m_calls)) {
        if (call.second)
            call.second->abort();
    }
}

bool EndOfDayReconciler::start(const QList<Attempt> &attempts)
{
    if (m_running)
        return false;
    m_running = true;
    m_slots.clear();
    m_calls.clear();
    m_next = 0;
    m_done = 0;
    m_checked = 0;
    m_agreed = 0;
    for (const Attempt &a : attempts)
        m_slots.append(Slot{a, std::nullopt, false});
    Q_EMIT progress(0, int(m_slots.size()));
    // From the event loop: finished() never comes from inside start().
    QMetaObject::invokeMethod(this, &EndOfDayReconciler::pump, Qt::QueuedConnection);
    return true;
}

void EndOfDayReconciler::cancel()
{
    if (!m_running)
        return;
    const auto calls = m_calls;
    m_calls.clear();
    for (const auto &call : calls) {
        if (call.second)
            call.second->abort(); // no finished() from an aborted call
    }
    finishNow(true);
}

void EndOfDayReconciler::pump()
{
    if (!m_running)
        return;
    while (m_next < m_slots.size() && m_calls.size() < m_maxInFlight) {
        const int index = m_next++;
        Slot &slot = m_slots[index];
        const Attempt &a = slot.attempt;
        if (a.trxId.isEmpty()) {
            // Nothing to ask with. Unknown: the post may have reached Faspay; list it.
            if (a.state == AttemptState::Unknown || a.state == AttemptState::NeedsAttention) {
                Discrepancy d;
                d.attempt = a;
                d.kind = a.state == AttemptState::NeedsAttention ? Discrepancy::Kind::NeedsAttention
                                                                 : Discrepancy::Kind::NotChecked;
                d.explanation = TranslatableText(
                    "kasir::EndOfDay",
                    QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                      "No Faspay transaction id was received, so Faspay cannot "
                                      "be asked about it. If the customer says they paid, "
                                      "call Faspay with the bill number."));
                slot.discrepancy = d;
            }
            slot.done = true;
            ++m_done;
            Q_EMIT progress(m_done, int(m_slots.size()));
            continue;
        }
        faspay::FaspayCall *call =
            m_client->send(faspay::FaspayOperation::StatusInquiry,
                           faspay::buildStatusInquiry(m_credentials, a.trxId, a.billNo));
        m_calls.append({index, QPointer<faspay::FaspayCall>(call)});
        connect(call, &faspay::FaspayCall::finished, this,
                [this, index](const faspay::CallResult &result) {
                    for (qsizetype i = 0; i < m_calls.size(); ++i) {
                        if (m_calls.at(i).first == index) {
                            m_calls.removeAt(i);
                            break;
                        }
                    }
                    onAnswer(index, result.body, result.isAnswered(), result.detail);
                });
    }
    finishIfDone();
}

void EndOfDayReconciler::onAnswer(int index, const QByteArray &body, bool answered,
                                  const QString &failure)
{
    if (!m_running || index < 0 || index >= m_slots.size())
        return;
    Slot &slot = m_slots[index];
    const Attempt &a = slot.attempt;
    std::optional<Discrepancy> d;
    const faspay::Parsed<faspay::StatusResponse> parsed =
        answered ? faspay::parseStatusResponse(body) : faspay::Parsed<faspay::StatusResponse>{};
    if (!answered || !parsed.ok() || !parsed.value->isSuccess()) {
        Discrepancy nd;
        nd.attempt = a;
        nd.kind = a.state == AttemptState::NeedsAttention ? Discrepancy::Kind::NeedsAttention
                                                          : Discrepancy::Kind::NotChecked;
        if (parsed.ok()) {
            nd.explanation = TranslatableText(
                "kasir::EndOfDay",
                QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                  "Faspay refused the status inquiry (response code %1). Run "
                                  "Reconcile again later."),
                {parsed.value->header.responseCode});
        } else {
            nd.explanation = TranslatableText(
                "kasir::EndOfDay",
                QT_TRANSLATE_NOOP("kasir::EndOfDay",
                                  "Faspay did not answer usably. Check the connection and run "
                                  "Reconcile again."));
        }
        qCInfo(lcReconcile) << "bill" << a.billNo << "not checked:" << failure.left(300);
        d = nd;
    } else {
        ++m_checked;
        const faspay::StatusResponse &r = *parsed.value;
        d = compareWithFaspay(a, r.paymentStatus, r.paymentStatusCode, r.paymentTotal);
        if (!d)
            ++m_agreed;
    }
    slot.discrepancy = d;
    slot.done = true;
    ++m_done;
    Q_EMIT progress(m_done, int(m_slots.size()));
    pump();
}

void EndOfDayReconciler::finishIfDone()
{
    if (m_running && m_done == m_slots.size() && m_calls.isEmpty())
        finishNow(false);
}

void EndOfDayReconciler::finishNow(bool cancelled)
{
    ReconcileResult result;
    result.total = int(m_slots.size());
    result.checked = m_checked;
    result.agreed = m_agreed;
    result.cancelled = cancelled;
    for (const Slot &s : std::as_const(m_slots)) {
        if (s.discrepancy)
            result.discrepancies.append(*s.discrepancy);
    }
    m_running = false;
    Q_EMIT finished(result);
}

} // namespace kasir
