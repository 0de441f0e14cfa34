#pragma once

#include "core/sandbox/sandboxconfig.h"
#include "core/sandbox/sandboxrecords.h"
#include "core/sandbox/sandboxrequestchecker.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kasir {

class Clock;

// The answer to one of the four calls, as the sandbox sends it (JSON, HTTP 200).
struct SandboxAnswer
{
    QJsonObject body; // the call's answer, or {"response_error":{response_code, response_desc}}
    std::optional<SandboxViolation> refusal; // why the request was refused, if it was
    QString responseCode;                    // "00", "81", ... or the refusal's code
    QString description;                     // for the request log
    // Forms accepted only because the sandbox is not strict (SandboxRequestChecker), in English;
    // also filled when a later check refused the request.
    QStringList tolerated;

    bool refused() const { return refusal.has_value(); }
};

// The sandbox's books: the merchant's bills and Faspay's four Debit API calls as functions from
// a request body (the JSON object received) to the answer, with no HTTP in between, so that
// they can be called and tested directly. Requests are checked by SandboxRequestChecker.
// Times come from the injected Clock; an unpaid bill past its bill_expired reads as expired.
//
// Nothing is sent from here: settled() tells the lender flow when to notify the merchant.
class SandboxLedger : public QObject
{
    Q_OBJECT

public:
    // `clock` must outlive the ledger.
    SandboxLedger(SandboxConfig config, const Clock *clock, QObject *parent = nullptr);
    ~SandboxLedger() override;

    const SandboxConfig &config() const { return m_config; }
    // pg_code -> pg_name: Kredivo 709, Akulaku 807, Indodana 820, BRI Ceria (briCeriaCode).
    QMap<QString, QString> channels() const;
    // What redirect_url starts with: the sandbox's base URL once it listens.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The path code of redirect_url, /pws/100003/{pathCode}/{signature}.
    static QString pathCode() { return QStringLiteral("0830000010100000"); }

    // The four calls (Part A §1).
    SandboxAnswer channelInquiry(const QJsonObject &request) const; // POST /cvr/100001/10
    SandboxAnswer postData(const QJsonObject &request);             // POST /cvr/300011/10
    SandboxAnswer inquiryPaymentStatus(const QJsonObject &request); // POST /cvr/100004/10
    SandboxAnswer cancel(const QJsonObject &request);               // POST /cvr/100005/10

    // Bills, as they read now (an unpaid bill past bill_expired as expired).
    std::optional<SandboxBill> bill(const QString &billNo) const;
    QList<SandboxBill> bills() const;

    // Changes, false when the bill is unknown or cannot take them. approve / decline need status
    // 0 or 1 and settle the bill (settled()); approve records the tenor the customer chose
    // (Kredivo; empty: reserve2). expire needs 0 or 1 (true as well when already expired).
    bool approve(const QString &billNo, const QString &tenor = QString());
    bool decline(const QString &billNo);
    bool expire(const QString &billNo);
    // The customer signed in at the lender: status 1 ("in process").
    bool beginPayment(const QString &billNo);
    // Plants any payment_status_code (0-9, not 6) without settling or notifying.
    bool setPaymentStatus(const QString &billNo, int paymentStatus);
    // Applies the clock: an unpaid bill past bill_expired becomes expired (status 7).
    void refreshExpiry(const QString &billNo);

Q_SIGNALS:
    void billChanged(const QString &billNo, int paymentStatus);
    // Approved (2) or declined (3) at the lender or by a shortcut: Faspay notifies now.
    void settled(const kasir::SandboxBill &bill);

private:
    SandboxRequestChecker checker() const;
    SandboxBill *findBill(const QString &billNo);
    const SandboxBill *findBill(const QString &billNo) const;
    SandboxBill snapshot(const SandboxBill &bill) const;
    void refreshExpiry(SandboxBill &bill);
    void setStatus(SandboxBill &bill, int paymentStatus);
    void settle(SandboxBill &bill, bool approved);
    QString nextTrxId();
    QString nextPaymentReff(const QString &channelCode);

    SandboxConfig m_config;
    const Clock *m_clock;
    QUrl m_baseUrl;
    QMap<QString, SandboxBill> m_bills; // by bill_no
    qint64 m_trxSequence = 0;
    qint64 m_reffSequence = 0;
};

} // namespace kasir
