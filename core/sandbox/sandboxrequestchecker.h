#pragma once

#include "core/faspay/signature.h"
#include "core/money/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>
#include <variant>

namespace kasir {

// How the training sandbox refuses a request. Part B §9.2 gives Faspay's response codes but
// not which check gives which code; the sandbox decides as follows (first failing check wins,
// in this order), and every response_desc starts with the code's meaning and NAMES THE FIELD
// ("Parameter is mandatory: shipping_msisdn is missing or empty"):
//
// | check (order)                                                    | code | field named       |
// |------------------------------------------------------------------|------|-------------------|
// | Content-Type not application/json; body not a JSON object       |  30  | Content-Type/body |
// | a value not a JSON string (number, bool, null); item not an      |  30  | the field,        |
// |   array of objects                                               |      |   item[i].qty ... |
// | a field this request does not have (typo, e.g. shiping_address) |  84  | the field         |
// | mandatory field missing or empty; item empty                     |  83  | the field         |
// | merchant_id / merchant not the sandbox's merchant                |  03  | merchant_id/...   |
// | signature not sha1(md5(user_id+password[+bill_no])) lowercase    |  55  | signature         |
// | request not "Post Data Transaction"; bill_no not 1-16 [A-Za-z0-9] |  30  | the field         |
// |   bill_reff/bill_desc/cust_no/cust_name/email/reserve1 too long  |      |                   |
// | bill_currency not IDR, pay_type not 1, terminal not 10           |  30  | the field         |
// | payment_channel not digits                                       |  30  | payment_channel   |
// | payment_channel not one of the merchant's channels               |  40  | payment_channel   |
// | bill_date/bill_expired not yyyy-MM-dd HH:mm:ss; bill_expired not |  30  | the field         |
// |   after bill_date or more than 30 days later; bill_date not      |      |                   |
// |   within the tolerance of the sandbox's clock in WIB             |      |                   |
// | bill_expired already past                                        |  54  | bill_expired      |
// | msisdn / shipping_msisdn / billing_msisdn not 8-15 digits with a |  18  | the field         |
// |   leading 0; email not plausible                                 |      |                   |
// | billing/shipping block incomplete (all four channels are online  |  83  | the field         |
// |   credit, Part A §9)                                             |      |                   |
// | country code not ID, postcode not 5 digits, name/address too long|  30  | the field         |
// | item line: id/product/qty/amount/payment_plan/tenor/merchant_id  |  83  | item[i].<field>   |
// |   missing                                                        |      |                   |
// | item id looks like a fee or discount (…fee, discount, any case)  |  84  | item[i].id        |
// |   but is not one of shippingfee adminfee taxfee additionalfee    |      |                   |
// |   insurancefee discount                                          |      |                   |
// | qty not a positive digit string; product over 50; payment_plan   |  30  | item[i].<field>   |
// |   not 1; tenor not 00; discount qty not 1; two discount lines    |      |                   |
// | item merchant_id not the sandbox's merchant                      |  03  | item[i].merchant_id|
// | an amount not digits / over 15 digits / not x 100 (…00); the     |  13  | the amount field  |
// |   discount not positive or larger than the goods; bill_total 0;  |      |                   |
// |   bill_total != bill_gross + bill_miscfee; bill_gross != goods − |      |                   |
// |   discount; bill_miscfee != fees; Σ(amount×qty except discount)  |      |                   |
// |   − discount != bill_total                                       |      |                   |
// | Kredivo (709) without reserve2                                   |  83  | reserve2          |
// | Kredivo reserve2 not 30_days/3_months/6_months/12_months; another|  30  | reserve2          |
// |   channel with a reserve2                                        |      |                   |
// | Kredivo instalment with bill_total under Rp 1.500.000            |  13  | reserve2,bill_total|
// | bill_no already posted for this merchant (checked by the sandbox |  14  | bill_no           |
// |   after everything above)                                        |      |                   |
//
// Inquiry (100004) and cancel (100005) use the same rows for their fields (trx_id must be 16
// digits: 30). Channel inquiry signs without bill_no.
struct SandboxViolation
{
    QString responseCode;
    QString field;
    QString description;
};

// A post-data request that passed every check.
struct CheckedPostData
{
    QString billNo;
    QString billReff;
    QString channelCode;
    QString reserve2;
    QString customerName;
    QString msisdn;
    Money total;
    QDateTime billDate;    // UTC
    QDateTime billExpired; // UTC
    QJsonArray items;
};

class SandboxRequestChecker
{
public:
    struct Rules
    {
        faspay::Credentials credentials;
        QMap<QString, QString> channels; // pg_code -> pg_name
        QDateTime now;                   // UTC
        int billDateToleranceSecs = 600; // <= 0: not checked
    };

    explicit SandboxRequestChecker(Rules rules);

    // The body of a JSON API call: Content-Type application/json and a JSON object.
    static std::optional<SandboxViolation>
    readJsonBody(const QByteArray &contentType, const QByteArray &body, QJsonObject *object);

    std::variant<CheckedPostData, SandboxViolation> checkPostData(const QJsonObject &body) const;
    std::optional<SandboxViolation> checkChannelInquiry(const QJsonObject &body) const;
    std::optional<SandboxViolation> checkStatusInquiry(const QJsonObject &body) const;
    std::optional<SandboxViolation> checkCancel(const QJsonObject &body) const;

    // The meaning of a response code as the sandbox writes it ("Format error", ...).
    static QString codeMeaning(QStringView code);

    // Kredivo's minimum for an instalment (Part A §11), kept here on purpose rather than
    // shared with the client's copy.
    static constexpr qint64 KredivoInstalmentMinimumRupiah = 1'500'000;

private:
    std::optional<SandboxViolation> checkMerchantAndSignature(const QJsonObject &body,
                                                              bool withBillNo) const;

    Rules m_rules;
};

} // namespace kasir
