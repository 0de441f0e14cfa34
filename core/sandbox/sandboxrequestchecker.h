#pragma once

#include "core/faspay/signature.h"
#include "core/money/money.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace kasir {

// How the training sandbox refuses a request. Part B §9.2 lists Faspay's response codes but not
// which check gives which; the sandbox decides as below. Checks run in this order and the first
// failure answers, with HTTP 200 and {"response_error":{"response_code","response_desc"}}; every
// response_desc starts with the code's meaning and NAMES THE FIELD, e.g.
// "Parameter is mandatory: shipping_msisdn is missing or empty".
//
//  #  check                                                            code  field named
//  1  Content-Type not application/json; body not a JSON object         30   Content-Type, body
//  2  a value that is not a JSON string (number, bool, null); item not  30   the field, item,
//     an array of objects; an item value not a string                         item[i].qty ...
//  3  a field the request does not have (shiping_address, item price)   84   the field
//  4  mandatory field missing or blank; item missing or empty           83   the field
//  5  merchant_id or merchant not the sandbox's merchant                03   merchant_id, merchant
//  6  signature not lowercase sha1(md5(user_id + password + bill_no))   55   signature
//     (channel inquiry: without bill_no)
//  7  request not "Post Data Transaction"; bill_no not 1-16 [A-Za-z0-9]; 30   the field
//     bill_reff, bill_desc, cust_no, cust_name, email, reserve1/2 too long
//  8  bill_currency not IDR, pay_type not 1, terminal not 10           30   the field
//  9  payment_channel not digits                                        30   payment_channel
// 10  payment_channel not one of the merchant's four channels           40   payment_channel
// 11  bill_date / bill_expired not yyyy-MM-dd HH:mm:ss; bill_expired    30   the field
//     not after bill_date or over 30 days later; bill_date not within
//     SandboxConfig::billDateToleranceSecs of the clock in WIB
// 12  bill_expired already past                                         54   bill_expired
// 13  msisdn not 8-15 digits with a leading 0; email not plausible      18   msisdn, email
// 14  billing / shipping block incomplete (Part A §9, all four          83   the field
//     channels are online credit)
// 15  name / address / city too long, country code not ID, postcode     30   the field
//     not 5 digits
// 16  shipping_msisdn (or a given billing_msisdn) not like msisdn       18   the field
// 17  item line field missing or blank (17-21: line by line, then the  83   item[i].<field>
//     header amounts and sums)
// 18  item id that looks like a fee or a discount (ends in "fee", or    84   item[i].id
//     "discount" in any case) but is not exactly shippingfee, adminfee,
//     taxfee, additionalfee, insurancefee or discount
// 19  product over 50 characters; qty not a positive digit string;      30   item[i].<field>
//     payment_plan not 1; tenor not 00; discount qty not 1; a second
//     discount line
// 20  item merchant_id not the sandbox's merchant                       03   item[i].merchant_id
// 21  an amount not digits, over 15 digits or not x 100 (must end 00);  13   the amount field
//     discount not positive or larger than the goods; bill_total zero;
//     bill_total != bill_gross + bill_miscfee; bill_gross != goods -
//     discount; bill_miscfee != fee lines; sum(amount x qty except
//     discount) - discount != bill_total
// 22  Kredivo (709) without reserve2                                    83   reserve2
// 23  Kredivo reserve2 not 30_days / 3_months / 6_months / 12_months;   30   reserve2
//     another channel with a reserve2
// 24  Kredivo instalment with bill_total under Rp 1.500.000             13   reserve2 (and
//                                                                             bill_total)
// 25  bill_no already posted for this merchant (checked by              14   bill_no
//     TrainingSandbox after all the above)
//
// Inquiry (100004) and cancel (100005) go through rows 1-6 for their own fields, then trx_id
// (16 digits) and bill_no formats (30) and payment_cancel length (30).
//
// Unless Rules::strict, four forms that real Faspay accepts but Kasir never sends (Part A §15)
// pass, each named in the `tolerated` list the check fills (the sandbox logs it as a warning):
//  - row 1: Content-Type text/plain with a body that is a JSON object;
//  - row 3: payment_status_code and payment_status_desc in an inquiry (ignored);
//  - row 7: a `request` other than "Post Data Transaction" (still mandatory: row 4);
//  - row 11: a bill_date that is not the clock in WIB but is the clock, within the tolerance,
//    at another offset from UTC-12:00 to UTC+14:00 in whole quarter hours (the caller's local
//    time); bill_date and bill_expired are then read at that offset.
// Strict, each is refused as the table says.
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
        bool strict = false;             // refuse what Faspay tolerates (SandboxConfig::strict)
    };

    explicit SandboxRequestChecker(Rules rules);

    // The body of a JSON API call: Content-Type application/json and a JSON object. Not strict,
    // text/plain is accepted for a JSON object and named in `tolerated`.
    static std::optional<SandboxViolation> readJsonBody(const QByteArray &contentType,
                                                        const QByteArray &body, bool strict,
                                                        QJsonObject *object,
                                                        QStringList *tolerated = nullptr);

    // `tolerated` (optional) receives, in English, each form accepted only because the rules
    // are not strict, also when a later check refuses the request.
    std::variant<CheckedPostData, SandboxViolation>
    checkPostData(const QJsonObject &body, QStringList *tolerated = nullptr) const;
    std::optional<SandboxViolation> checkChannelInquiry(const QJsonObject &body) const;
    std::optional<SandboxViolation> checkStatusInquiry(const QJsonObject &body,
                                                       QStringList *tolerated = nullptr) const;
    std::optional<SandboxViolation> checkCancel(const QJsonObject &body) const;

    // The meaning of a response code as the sandbox writes it ("Format error", ...).
    static QString codeMeaning(QStringView code);

    // Kredivo's minimum for an instalment (Part A §11), kept here on purpose rather than
    // shared with the client's copy.
    static constexpr qint64 KredivoInstalmentMinimumRupiah = 1'500'000;

private:
    std::optional<SandboxViolation> checkMerchantAndSignature(const QJsonObject &body,
                                                              bool withBillNo) const;
    // Row 11's "current time": the offset from UTC (seconds) at which bill_date, read as a
    // local time, is the clock within the tolerance. WIB when it is; otherwise, not strict, the
    // nearest other offset that is; nullopt when none is.
    std::optional<int> billDateOffset(const QDateTime &billDateAsWib) const;

    Rules m_rules;
};

} // namespace kasir
