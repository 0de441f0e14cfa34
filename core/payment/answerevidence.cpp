#include "core/payment/answerevidence.h"

#include "core/common/hostpattern.h"
#include "core/common/loopback.h"
#include "core/faspay/hosts.h"

namespace kasir {

namespace {
QString differs(const char *field, const QString &got, const QString &expected)
{
    return QStringLiteral("%1 %2 instead of %3")
        .arg(QLatin1String(field),
             got.isEmpty() ? QStringLiteral("missing") : QStringLiteral("\"%1\"").arg(got.left(40)),
             expected.left(40));
}

} // namespace

QString answerMismatch(const AnswerIdentity &answer, const QString &billNo,
                       const QString &merchantId, const QString &expectedTrxId, TrxIdRule rule)
{
    QStringList problems;
    if (answer.billNo != billNo)
        problems.append(differs("bill_no", answer.billNo, billNo));
    if (answer.merchantId != merchantId)
        problems.append(differs("merchant_id", answer.merchantId, merchantId));
    const bool trxRequired = rule == TrxIdRule::Required || !answer.trxId.isEmpty();
    if (trxRequired && (expectedTrxId.isEmpty() || answer.trxId != expectedTrxId))
        problems.append(differs("trx_id", answer.trxId, expectedTrxId));
    return problems.join(QStringLiteral(", "));
}

bool paymentDateFits(const QDateTime &paymentDate, const QDateTime &billDate, qint64 skewSeconds)
{
    if (!paymentDate.isValid() || !billDate.isValid())
        return false;
    return paymentDate.toUTC().secsTo(billDate.toUTC()) <= skewSeconds;
}

bool redirectHostAllowed(const QUrl &redirect, const QUrl &gateway, const QStringList &allowedHosts)
{
    const QString host = redirect.host();
    if (host.isEmpty())
        return false;
    const QString scheme = redirect.scheme().toLower();
    if (scheme == QLatin1String("http")) {
        // Only a gateway on this computer (the training sandbox, tests) sends plain links.
        return isLoopbackHost(host) && isLoopbackHost(gateway.host()) &&
               host.compare(gateway.host(), Qt::CaseInsensitive) == 0;
    }
    if (scheme != QLatin1String("https"))
        return false;
    if (!gateway.host().isEmpty() && host.compare(gateway.host(), Qt::CaseInsensitive) == 0)
        return true;
    return faspay::isPublishedHost(host) || hostMatchesPattern(host, allowedHosts);
}

} // namespace kasir
