#pragma once

#include "core/attempt/attempt.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace kasir {

// What an answer from Faspay (inquiry, cancel, notification) says it is about.
struct AnswerIdentity
{
    QString billNo;
    QString trxId;
    QString merchantId;
};

// Whether the answer must name a trx_id. An inquiry or cancel may leave it out (the request
// named it); an answer that is to give an attempt its trx_id must carry it.
enum class TrxIdRule { IfPresent, Required };

// Money is decided by evidence: an answer counts only when it is provably about this bill. Empty
// when `answer` names `billNo` and `merchantId` (both present and equal) and `expectedTrxId`
// (equal where present, or always under TrxIdRule::Required); otherwise one English line naming
// what differs, for the log. Nothing is compared loosely (no trimming, no case folding).
QString answerMismatch(const AnswerIdentity &answer, const QString &billNo,
                       const QString &merchantId, const QString &expectedTrxId,
                       TrxIdRule rule = TrxIdRule::IfPresent);

// A payment of a bill cannot be older than the bill. `paymentDate` (UTC, from Faspay's WIB text)
// fits an attempt billed at `billDate` when it is no more than `skewSeconds` earlier (the two
// clocks differ a little). An invalid payment date never fits.
bool paymentDateFits(const QDateTime &paymentDate, const QDateTime &billDate,
                     qint64 skewSeconds = 120);

// Where a redirect_url may send the customer: the gateway's own host, or one of `allowedHosts`
// (Faspay's published hosts and the lenders' pages, as Settings allow; patterns as in
// core/common/hostpattern.h). Plain http only on a loopback gateway (training and tests).
bool redirectHostAllowed(const QUrl &redirect, const QUrl &gateway,
                         const QStringList &allowedHosts);

} // namespace kasir
