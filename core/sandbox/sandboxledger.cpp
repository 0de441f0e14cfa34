#include "core/sandbox/sandboxledger.h"

#include "core/common/clock.h"
#include "core/faspay/signature.h"
#include "core/sandbox/sandboxlog.h"
#include "core/sandbox/sandboxwire.h"

#include <QJsonArray>
#include <QLocale>
#include <QRandomGenerator>
#include <QUrlQuery>

namespace kasir {

namespace {

SandboxAnswer answerWith(const QJsonObject &body, QStringList tolerated = {})
{
    SandboxAnswer answer;
    answer.body = body;
    answer.responseCode = body.value(QLatin1String("response_code")).toString();
    answer.description = body.value(QLatin1String("response_desc")).toString();
    answer.tolerated = std::move(tolerated);
    return answer;
}

SandboxAnswer refusal(const SandboxViolation &violation, QStringList tolerated = {})
{
    SandboxAnswer answer;
    answer.body =
        QJsonObject{{QStringLiteral("response_error"),
                     QJsonObject{{QStringLiteral("response_code"), violation.responseCode},
                                 {QStringLiteral("response_desc"), violation.description}}}};
    answer.refusal = violation;
    answer.responseCode = violation.responseCode;
    answer.description = violation.description;
    answer.tolerated = std::move(tolerated);
    return answer;
}

bool isOpen(int paymentStatus)
{
    return paymentStatus == SandboxStatus::Unprocessed || paymentStatus == SandboxStatus::InProcess;
}

} // namespace

SandboxLedger::SandboxLedger(SandboxConfig config, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    // Different runs hand out different trx_ids and references.
    m_trxSequence = qint64(QRandomGenerator::global()->bounded(1'000'000)) * 10'000;
    m_reffSequence = qint64(QRandomGenerator::global()->bounded(1'000'000)) * 1'000;
}

SandboxLedger::~SandboxLedger() = default;

QMap<QString, QString> SandboxLedger::channels() const
{
    return {{QStringLiteral("709"), QStringLiteral("Kredivo")},
            {QStringLiteral("807"), QStringLiteral("Akulaku")},
            {QStringLiteral("820"), QStringLiteral("Indodana")},
            {m_config.briCeriaCode, QStringLiteral("BRI Ceria")}};
}

SandboxRequestChecker SandboxLedger::checker() const
{
    return SandboxRequestChecker({m_config.credentials(), channels(), m_clock->now(),
                                  m_config.billDateToleranceSecs, m_config.strict});
}

// --- the four calls ---------------------------------------------------------------------------

SandboxAnswer SandboxLedger::channelInquiry(const QJsonObject &request) const
{
    if (const std::optional<SandboxViolation> violation = checker().checkChannelInquiry(request))
        return refusal(*violation);
    QJsonArray list;
    const QMap<QString, QString> all = channels();
    for (auto it = all.begin(); it != all.end(); ++it)
        list.append(QJsonObject{{QStringLiteral("pg_code"), it.key()},
                                {QStringLiteral("pg_name"), it.value()}});
    return answerWith(QJsonObject{
        {QStringLiteral("response"), QStringLiteral("Daftar Payment Channel")},
        {QStringLiteral("merchant_id"), m_config.merchantId},
        {QStringLiteral("merchant"), m_config.merchantName},
        {QStringLiteral("payment_channel"), list},
        {QStringLiteral("response_code"), QStringLiteral("00")},
        {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
    });
}

SandboxAnswer SandboxLedger::postData(const QJsonObject &request)
{
    QStringList tolerated;
    const std::variant<CheckedPostData, SandboxViolation> result =
        checker().checkPostData(request, &tolerated);
    if (const auto *violation = std::get_if<SandboxViolation>(&result))
        return refusal(*violation, tolerated);
    const CheckedPostData &checked = std::get<CheckedPostData>(result);
    if (const SandboxBill *existing = findBill(checked.billNo))
        return refusal(SandboxViolation{QStringLiteral("14"), QStringLiteral("bill_no"),
                                        QStringLiteral("Invalid order: bill_no \"") +
                                            checked.billNo +
                                            QStringLiteral("\" was already posted for this "
                                                           "merchant (trx_id ") +
                                            existing->trxId +
                                            QStringLiteral("); a new attempt needs a new "
                                                           "bill_no")},
                       tolerated);

    SandboxBill b;
    b.billNo = checked.billNo;
    b.billReff = checked.billReff;
    b.trxId = nextTrxId();
    b.channelCode = checked.channelCode;
    b.channelName = channels().value(checked.channelCode);
    b.customerName = checked.customerName;
    b.msisdn = checked.msisdn;
    b.reserve2 = checked.reserve2;
    b.total = checked.total;
    b.billDate = checked.billDate;
    b.expiresAt = checked.billExpired;
    b.createdAt = m_clock->now();
    b.request = request;
    m_bills.insert(b.billNo, b);

    const QString signature = faspay::billSignature(m_config.credentials(), b.billNo);
    QUrl redirect = m_baseUrl;
    redirect.setPath(QStringLiteral("/pws/100003/") + pathCode() + QLatin1Char('/') + signature);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("trx_id"), b.trxId);
    query.addQueryItem(QStringLiteral("merchant_id"), m_config.merchantId);
    query.addQueryItem(QStringLiteral("bill_no"), b.billNo);
    redirect.setQuery(query);

    qCInfo(lcSandbox).noquote() << QStringLiteral("bill_no=%1 created: trx_id=%2 %3 %4")
                                       .arg(b.billNo, b.trxId, b.channelName,
                                            b.total.format(
                                                QLocale(QLocale::Indonesian, QLocale::Indonesia)));
    Q_EMIT billChanged(b.billNo, b.paymentStatus);

    return answerWith(
        QJsonObject{
            {QStringLiteral("response"), QStringLiteral("Transmisi Info Detil Pembelian")},
            {QStringLiteral("trx_id"), b.trxId},
            {QStringLiteral("merchant_id"), m_config.merchantId},
            {QStringLiteral("merchant"), m_config.merchantName},
            {QStringLiteral("bill_no"), b.billNo},
            {QStringLiteral("bill_items"), checked.items},
            {QStringLiteral("response_code"), QStringLiteral("00")},
            {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
            {QStringLiteral("redirect_url"), redirect.toString(QUrl::FullyEncoded)},
        },
        tolerated);
}

SandboxAnswer SandboxLedger::inquiryPaymentStatus(const QJsonObject &request)
{
    QStringList tolerated;
    if (const std::optional<SandboxViolation> violation =
            checker().checkStatusInquiry(request, &tolerated))
        return refusal(*violation, tolerated);
    const QString billNo = request.value(QLatin1String("bill_no")).toString();
    const QString trxId = request.value(QLatin1String("trx_id")).toString();
    SandboxBill *bill = findBill(billNo);
    if (bill && bill->trxId != trxId)
        bill = nullptr; // the pair names no bill
    if (bill)
        refreshExpiry(*bill);
    const int status = bill ? bill->paymentStatus : SandboxStatus::NoBill;
    const bool hasPayment = status == SandboxStatus::Paid || status == SandboxStatus::Reversed;
    SandboxAnswer answer = answerWith(
        QJsonObject{
            {QStringLiteral("response"), QStringLiteral("Pengecekan Status Pembayaran")},
            {QStringLiteral("trx_id"), trxId},
            {QStringLiteral("merchant_id"), m_config.merchantId},
            {QStringLiteral("merchant"), m_config.merchantName},
            {QStringLiteral("bill_no"), billNo},
            {QStringLiteral("payment_reff"), bill && hasPayment ? bill->paymentReff : QString()},
            {QStringLiteral("payment_date"), bill && hasPayment && bill->paymentDate.isValid()
                                                 ? sandboxwire::formatWib(bill->paymentDate)
                                                 : QString()},
            {QStringLiteral("payment_status_code"), QString::number(status)},
            {QStringLiteral("payment_status_desc"), sandboxStatusDescription(status)},
            {QStringLiteral("payment_total"),
             bill && hasPayment
                 ? sandboxwire::answerAmount(bill->total, m_config.answerAmountsTimes100)
                 : QString()},
            {QStringLiteral("response_code"), QStringLiteral("00")},
            {QStringLiteral("response_desc"), QStringLiteral("Sukses")},
        },
        tolerated);
    answer.description += QStringLiteral(", payment_status_code ") + QString::number(status);
    return answer;
}

SandboxAnswer SandboxLedger::cancel(const QJsonObject &request)
{
    if (const std::optional<SandboxViolation> violation = checker().checkCancel(request))
        return refusal(*violation);
    const QString billNo = request.value(QLatin1String("bill_no")).toString();
    const QString trxId = request.value(QLatin1String("trx_id")).toString();
    const QString reason = request.value(QLatin1String("payment_cancel")).toString();
    SandboxBill *bill = findBill(billNo);
    if (bill && bill->trxId != trxId)
        bill = nullptr;
    if (bill)
        refreshExpiry(*bill);

    // trx_status_code is undocumented (Part B U9); the sandbox's list: 2 cancelled, 3 expired,
    // 4 already paid, 5 reversed, 6 failed, 7 not found.
    QString responseCode = QStringLiteral("00");
    QString responseDesc = QStringLiteral("Sukses");
    QString trxStatus;
    QString trxDesc;
    const int before = bill ? bill->paymentStatus : SandboxStatus::NoBill;
    switch (before) {
    case SandboxStatus::Unprocessed:
    case SandboxStatus::InProcess:
        bill->cancelReason = reason;
        bill->cancelledAt = m_clock->now();
        setStatus(*bill, SandboxStatus::Cancelled);
        Q_FALLTHROUGH();
    case SandboxStatus::Cancelled:
        trxStatus = QStringLiteral("2");
        trxDesc = QStringLiteral("Order Cancelled");
        break;
    case SandboxStatus::Paid:
        responseCode = QStringLiteral("81");
        responseDesc = QStringLiteral("Already paid: a paid transaction cannot be cancelled");
        trxStatus = QStringLiteral("4");
        trxDesc = QStringLiteral("Order Already Paid");
        break;
    case SandboxStatus::Reversed:
        responseCode = QStringLiteral("80");
        responseDesc = QStringLiteral("Payment was reversed");
        trxStatus = QStringLiteral("5");
        trxDesc = QStringLiteral("Order Reversed");
        break;
    case SandboxStatus::Expired:
        responseCode = QStringLiteral("54");
        responseDesc = QStringLiteral("Order expired");
        trxStatus = QStringLiteral("3");
        trxDesc = QStringLiteral("Order Expired");
        break;
    case SandboxStatus::NoBill:
        responseCode = QStringLiteral("14");
        responseDesc = QStringLiteral("Invalid order: no bill with this bill_no and trx_id");
        trxStatus = QStringLiteral("7");
        trxDesc = QStringLiteral("Order Not Found");
        break;
    default:
        responseCode = QStringLiteral("14");
        responseDesc = QStringLiteral("Invalid order: the payment has failed, nothing to cancel");
        trxStatus = QStringLiteral("6");
        trxDesc = QStringLiteral("Order Failed");
        break;
    }
    const int after = bill ? bill->paymentStatus : SandboxStatus::NoBill;
    return answerWith(QJsonObject{
        {QStringLiteral("response"), QStringLiteral("Pembatalan Pembayaran")},
        {QStringLiteral("trx_id"), trxId},
        {QStringLiteral("merchant_id"), m_config.merchantId},
        {QStringLiteral("merchant"), m_config.merchantName},
        {QStringLiteral("bill_no"), billNo},
        {QStringLiteral("trx_status_code"), trxStatus},
        {QStringLiteral("trx_status_desc"), trxDesc},
        {QStringLiteral("payment_status_code"), QString::number(after)},
        {QStringLiteral("payment_status_desc"), sandboxStatusDescription(after)},
        {QStringLiteral("payment_cancel_date"), bill && bill->cancelledAt.isValid()
                                                    ? sandboxwire::formatWib(bill->cancelledAt)
                                                    : QString()},
        {QStringLiteral("payment_cancel"), reason},
        {QStringLiteral("response_code"), responseCode},
        {QStringLiteral("response_desc"), responseDesc},
    });
}

// --- bills ------------------------------------------------------------------------------------

SandboxBill *SandboxLedger::findBill(const QString &billNo)
{
    const auto it = m_bills.find(billNo);
    return it == m_bills.end() ? nullptr : &it.value();
}

const SandboxBill *SandboxLedger::findBill(const QString &billNo) const
{
    const auto it = m_bills.find(billNo);
    return it == m_bills.end() ? nullptr : &it.value();
}

SandboxBill SandboxLedger::snapshot(const SandboxBill &bill) const
{
    SandboxBill data = bill;
    if (isOpen(data.paymentStatus) && m_clock->now() >= data.expiresAt)
        data.paymentStatus = SandboxStatus::Expired;
    return data;
}

std::optional<SandboxBill> SandboxLedger::bill(const QString &billNo) const
{
    const SandboxBill *found = findBill(billNo);
    if (!found)
        return std::nullopt;
    return snapshot(*found);
}

QList<SandboxBill> SandboxLedger::bills() const
{
    QList<SandboxBill> all;
    for (const SandboxBill &bill : m_bills)
        all.append(snapshot(bill));
    return all;
}

void SandboxLedger::setStatus(SandboxBill &bill, int paymentStatus)
{
    if (bill.paymentStatus == paymentStatus)
        return;
    bill.paymentStatus = paymentStatus;
    qCInfo(lcSandbox).noquote() << QStringLiteral("bill_no=%1 payment_status_code=%2 (%3)")
                                       .arg(bill.billNo)
                                       .arg(paymentStatus)
                                       .arg(sandboxStatusDescription(paymentStatus));
    Q_EMIT billChanged(bill.billNo, paymentStatus);
}

void SandboxLedger::refreshExpiry(SandboxBill &bill)
{
    if (isOpen(bill.paymentStatus) && m_clock->now() >= bill.expiresAt)
        setStatus(bill, SandboxStatus::Expired);
}

void SandboxLedger::refreshExpiry(const QString &billNo)
{
    if (SandboxBill *bill = findBill(billNo))
        refreshExpiry(*bill);
}

void SandboxLedger::settle(SandboxBill &bill, bool approved)
{
    bill.paymentDate = m_clock->now();
    if (approved) {
        bill.paymentReff = nextPaymentReff(bill.channelCode);
        if (bill.chosenTenor.isEmpty())
            bill.chosenTenor = bill.reserve2;
    }
    setStatus(bill, approved ? SandboxStatus::Paid : SandboxStatus::Failed);
    Q_EMIT settled(bill);
}

bool SandboxLedger::approve(const QString &billNo, const QString &tenor)
{
    SandboxBill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (!isOpen(bill->paymentStatus))
        return false;
    if (!tenor.isEmpty())
        bill->chosenTenor = tenor;
    settle(*bill, true);
    return true;
}

bool SandboxLedger::decline(const QString &billNo)
{
    SandboxBill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (!isOpen(bill->paymentStatus))
        return false;
    settle(*bill, false);
    return true;
}

bool SandboxLedger::expire(const QString &billNo)
{
    SandboxBill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (!isOpen(bill->paymentStatus))
        return bill->paymentStatus == SandboxStatus::Expired;
    setStatus(*bill, SandboxStatus::Expired);
    return true;
}

bool SandboxLedger::beginPayment(const QString &billNo)
{
    SandboxBill *bill = findBill(billNo);
    if (!bill)
        return false;
    refreshExpiry(*bill);
    if (!isOpen(bill->paymentStatus))
        return false;
    setStatus(*bill, SandboxStatus::InProcess);
    return true;
}

bool SandboxLedger::setPaymentStatus(const QString &billNo, int paymentStatus)
{
    SandboxBill *bill = findBill(billNo);
    if (!bill || paymentStatus < 0 || paymentStatus > 9 || paymentStatus == 6)
        return false;
    if (paymentStatus == SandboxStatus::Paid && bill->paymentReff.isEmpty()) {
        bill->paymentReff = nextPaymentReff(bill->channelCode);
        bill->paymentDate = m_clock->now();
    }
    setStatus(*bill, paymentStatus);
    return true;
}

QString SandboxLedger::nextTrxId()
{
    // 16 digits, the merchant id first, like the sandbox ids in Part B U7.
    ++m_trxSequence;
    return m_config.merchantId + QString::number(m_trxSequence).rightJustified(11, u'0');
}

QString SandboxLedger::nextPaymentReff(const QString &channelCode)
{
    ++m_reffSequence;
    return QStringLiteral("LAT") + channelCode +
           QString::number(m_reffSequence).rightJustified(10, u'0');
}

} // namespace kasir
