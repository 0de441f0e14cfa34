#include "core/sandbox/sandboxrequestchecker.h"

#include "core/sandbox/sandboxwire.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace kasir {

namespace {

namespace Code {
constexpr char InvalidMerchant[] = "03";
constexpr char InvalidAmount[] = "13";
constexpr char InvalidCustomer[] = "18";
constexpr char FormatError[] = "30";
constexpr char NotSupported[] = "40";
constexpr char OrderExpired[] = "54";
constexpr char WrongUserPassword[] = "55";
constexpr char Mandatory[] = "83";
constexpr char Unregistered[] = "84";
} // namespace Code

constexpr qint64 MaxBillDays = 30;

const QStringList &postDataFields()
{
    static const QStringList fields = {
        QStringLiteral("request"),
        QStringLiteral("merchant_id"),
        QStringLiteral("merchant"),
        QStringLiteral("bill_no"),
        QStringLiteral("bill_reff"),
        QStringLiteral("bill_date"),
        QStringLiteral("bill_expired"),
        QStringLiteral("bill_desc"),
        QStringLiteral("bill_currency"),
        QStringLiteral("bill_gross"),
        QStringLiteral("bill_miscfee"),
        QStringLiteral("bill_total"),
        QStringLiteral("bill_tax"),
        QStringLiteral("payment_channel"),
        QStringLiteral("pay_type"),
        QStringLiteral("cust_no"),
        QStringLiteral("cust_name"),
        QStringLiteral("cust_lastname"),
        QStringLiteral("bank_userid"),
        QStringLiteral("bank_user_id"),
        QStringLiteral("msisdn"),
        QStringLiteral("email"),
        QStringLiteral("terminal"),
        QStringLiteral("billing_name"),
        QStringLiteral("billing_lastname"),
        QStringLiteral("billing_address"),
        QStringLiteral("billing_address_city"),
        QStringLiteral("billing_address_region"),
        QStringLiteral("billing_address_state"),
        QStringLiteral("billing_address_poscode"),
        QStringLiteral("billing_msisdn"),
        QStringLiteral("billing_address_country_code"),
        QStringLiteral("receiver_name_for_shipping"),
        QStringLiteral("shipping_lastname"),
        QStringLiteral("shipping_address"),
        QStringLiteral("shipping_address_city"),
        QStringLiteral("shipping_address_region"),
        QStringLiteral("shipping_address_state"),
        QStringLiteral("shipping_address_poscode"),
        QStringLiteral("shipping_msisdn"),
        QStringLiteral("shipping_address_country_code"),
        QStringLiteral("item"),
        QStringLiteral("reserve1"),
        QStringLiteral("reserve2"),
        QStringLiteral("signature"),
    };
    return fields;
}

const QStringList &itemFields()
{
    static const QStringList fields = {
        QStringLiteral("id"),          QStringLiteral("product"),      QStringLiteral("qty"),
        QStringLiteral("amount"),      QStringLiteral("payment_plan"), QStringLiteral("tenor"),
        QStringLiteral("merchant_id"),
    };
    return fields;
}

// Part A §5: the only ids a fee or discount line may carry.
const QStringList &feeIds()
{
    static const QStringList ids = {
        QStringLiteral("shippingfee"),   QStringLiteral("adminfee"),     QStringLiteral("taxfee"),
        QStringLiteral("additionalfee"), QStringLiteral("insurancefee"),
    };
    return ids;
}

const QStringList &kredivoTenors()
{
    static const QStringList tenors = {QStringLiteral("30_days"), QStringLiteral("3_months"),
                                       QStringLiteral("6_months"), QStringLiteral("12_months")};
    return tenors;
}

// Fields of the billing and shipping blocks that all four online-credit channels need (Part A
// §9), with their longest value; 0 = checked by its own rule.
struct AddressField
{
    const char *name;
    int maxLength;
};
constexpr AddressField AddressFields[] = {
    {"billing_name", 100},
    {"billing_lastname", 100},
    {"billing_address", 200},
    {"billing_address_city", 50},
    {"billing_address_region", 100},
    {"billing_address_state", 100},
    {"billing_address_poscode", 0},
    {"billing_address_country_code", 0},
    {"receiver_name_for_shipping", 100},
    {"shipping_lastname", 100},
    {"shipping_address", 200},
    {"shipping_address_city", 50},
    {"shipping_address_region", 100},
    {"shipping_address_state", 100},
    {"shipping_address_poscode", 0},
    {"shipping_msisdn", 0},
    {"shipping_address_country_code", 0},
};

SandboxViolation violation(const char *code, const QString &field, const QString &problem)
{
    const QString codeText = QLatin1String(code);
    const QString description = SandboxRequestChecker::codeMeaning(codeText) +
                                QStringLiteral(": ") + field + QLatin1Char(' ') + problem;
    return SandboxViolation{codeText, field, description};
}

// A received value inside a description: quoted, shortened.
QString quoted(const QString &value)
{
    const QString shown = value.size() > 40 ? value.left(40) + QStringLiteral("...") : value;
    return QLatin1Char('"') + shown + QLatin1Char('"');
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool isBlank(const QString &value)
{
    return value.trimmed().isEmpty();
}

bool isDigits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString text(const QJsonObject &object, const char *name)
{
    return object.value(QLatin1String(name)).toString();
}

QString itemPath(qsizetype index, const QString &field = QString())
{
    QString path = QStringLiteral("item[%1]").arg(index);
    if (!field.isEmpty())
        path += QLatin1Char('.') + field;
    return path;
}

// "UTC+05:45", "UTC-03:30", "UTC+00:00".
QString utcOffsetText(int offsetSecs)
{
    const int minutes = qAbs(offsetSecs) / 60;
    return QStringLiteral("UTC") + (offsetSecs < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// Rupiah as the wire shows them, for descriptions.
QString wire(Money amount)
{
    return QLatin1Char('"') + QString::number(amount.rupiah()) + QStringLiteral("00\"");
}

// Every value a JSON string, every field one this request has.
std::optional<SandboxViolation> checkFlatFields(const QJsonObject &body, const QStringList &known)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!it.value().isString())
            return violation(Code::FormatError, it.key(),
                             QStringLiteral("must be a JSON string, not ") +
                                 jsonTypeName(it.value()));
    }
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!known.contains(it.key()))
            return violation(Code::Unregistered, it.key(),
                             QStringLiteral("is not a field of this request"));
    }
    return std::nullopt;
}

std::optional<SandboxViolation> requireFields(const QJsonObject &body,
                                              std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (isBlank(text(body, name)))
            return violation(Code::Mandatory, QLatin1String(name),
                             QStringLiteral("is missing or empty"));
    }
    return std::nullopt;
}

std::optional<SandboxViolation> checkLength(const QJsonObject &body, const char *name, int max)
{
    const QString value = text(body, name);
    if (value.size() > max)
        return violation(
            Code::FormatError, QLatin1String(name),
            QStringLiteral("is longer than %1 characters (%2)").arg(max).arg(value.size()));
    return std::nullopt;
}

// Part A §9: digits only, leading 0, 8 to 15 digits.
std::optional<SandboxViolation> checkMsisdn(const QJsonObject &body, const char *name)
{
    const QString value = text(body, name);
    if (!isDigits(value) || !value.startsWith(u'0') || value.size() < 8 || value.size() > 15)
        return violation(Code::InvalidCustomer, QLatin1String(name),
                         quoted(value) +
                             QStringLiteral(" must be 8 to 15 digits in the national form with "
                                            "a leading 0 (081234567890)"));
    return std::nullopt;
}

bool isPlausibleEmail(const QString &email)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(email).hasMatch();
}

bool isValidBillNo(const QString &billNo)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{1,16}$"));
    return shape.match(billNo).hasMatch();
}

std::optional<SandboxViolation> checkBillNo(const QJsonObject &body)
{
    const QString billNo = text(body, "bill_no");
    if (!isValidBillNo(billNo))
        return violation(Code::FormatError, QStringLiteral("bill_no"),
                         quoted(billNo) + QStringLiteral(" must be 1 to 16 letters or digits"));
    return std::nullopt;
}

std::optional<SandboxViolation> checkAmountField(const QJsonObject &body, const char *name,
                                                 sandboxwire::WireAmount *out)
{
    const QString value = text(body, name);
    *out = sandboxwire::parseWireAmount(value);
    if (!out->ok())
        return violation(Code::InvalidAmount, QLatin1String(name),
                         quoted(value) + QLatin1Char(' ') +
                             sandboxwire::wireAmountProblem(out->error));
    return std::nullopt;
}

} // namespace

SandboxRequestChecker::SandboxRequestChecker(Rules rules)
    : m_rules(std::move(rules))
{}

QString SandboxRequestChecker::codeMeaning(QStringView code)
{
    static const QMap<QString, QString> meanings = {
        {QStringLiteral("00"), QStringLiteral("Success")},
        {QStringLiteral("03"), QStringLiteral("Invalid merchant")},
        {QStringLiteral("13"), QStringLiteral("Invalid amount")},
        {QStringLiteral("14"), QStringLiteral("Invalid order")},
        {QStringLiteral("17"), QStringLiteral("Order cancelled by merchant/customer")},
        {QStringLiteral("18"), QStringLiteral("Invalid customer or MSISDN not found")},
        {QStringLiteral("21"), QStringLiteral("Subscription expired")},
        {QStringLiteral("30"), QStringLiteral("Format error")},
        {QStringLiteral("40"), QStringLiteral("Requested function not supported")},
        {QStringLiteral("54"), QStringLiteral("Order expired")},
        {QStringLiteral("55"), QStringLiteral("Incorrect user/password")},
        {QStringLiteral("56"), QStringLiteral("Security violation")},
        {QStringLiteral("63"), QStringLiteral("Not active / suspended")},
        {QStringLiteral("66"), QStringLiteral("Internal error")},
        {QStringLiteral("80"), QStringLiteral("Payment was reversed")},
        {QStringLiteral("81"), QStringLiteral("Already paid")},
        {QStringLiteral("82"), QStringLiteral("Unregistered entity")},
        {QStringLiteral("83"), QStringLiteral("Parameter is mandatory")},
        {QStringLiteral("84"), QStringLiteral("Unregistered parameters")},
        {QStringLiteral("85"), QStringLiteral("Insufficient parameters")},
        {QStringLiteral("96"), QStringLiteral("System malfunction")},
    };
    return meanings.value(code.toString(), QStringLiteral("Error"));
}

std::optional<SandboxViolation>
SandboxRequestChecker::readJsonBody(const QByteArray &contentType, const QByteArray &body,
                                    bool strict, QJsonObject *object, QStringList *tolerated)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    std::optional<SandboxViolation> wrongType;
    if (mediaType != "application/json")
        wrongType = violation(Code::FormatError, QStringLiteral("Content-Type"),
                              quoted(QString::fromLatin1(contentType)) +
                                  QStringLiteral(" must be application/json"));
    // Faspay reads a JSON body labelled text/plain (Part A §15); any other type, or text/plain
    // that is not JSON after all, is refused for its Content-Type as in strict mode.
    if (wrongType && (strict || mediaType != "text/plain"))
        return wrongType;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (wrongType)
            return wrongType;
        return violation(Code::FormatError, QStringLiteral("body"),
                         QStringLiteral("is not a JSON object"));
    }
    if (wrongType && tolerated)
        tolerated->append(QStringLiteral("Content-Type ") +
                          quoted(QString::fromLatin1(contentType)) +
                          QStringLiteral(" for a JSON body (Part A §1: application/json)"));
    *object = doc.object();
    return std::nullopt;
}

std::optional<SandboxViolation>
SandboxRequestChecker::checkMerchantAndSignature(const QJsonObject &body, bool withBillNo) const
{
    const faspay::Credentials &credentials = m_rules.credentials;
    const QString merchantId = text(body, "merchant_id");
    if (merchantId != credentials.merchantId)
        return violation(Code::InvalidMerchant, QStringLiteral("merchant_id"),
                         quoted(merchantId) + QStringLiteral(" is not this merchant (") +
                             credentials.merchantId + QLatin1Char(')'));
    if (body.contains(QLatin1String("merchant")) &&
        text(body, "merchant") != credentials.merchantName)
        return violation(Code::InvalidMerchant, QStringLiteral("merchant"),
                         quoted(text(body, "merchant")) +
                             QStringLiteral(" is not this merchant's registered name (") +
                             credentials.merchantName + QLatin1Char(')'));

    static const QRegularExpression lowerHex40(QStringLiteral("^[0-9a-f]{40}$"));
    const QString signature = text(body, "signature");
    const QString expected = withBillNo ? faspay::billSignature(credentials, text(body, "bill_no"))
                                        : faspay::channelInquirySignature(credentials);
    if (!lowerHex40.match(signature).hasMatch() || !faspay::signaturesEqual(signature, expected)) {
        const QString formula = withBillNo ? QStringLiteral("user_id + password + bill_no")
                                           : QStringLiteral("user_id + password");
        return violation(Code::WrongUserPassword, QStringLiteral("signature"),
                         QStringLiteral("is not sha1(md5(") + formula +
                             QStringLiteral(")) in lowercase hex: check user_id and password"));
    }
    return std::nullopt;
}

std::optional<SandboxViolation>
SandboxRequestChecker::checkChannelInquiry(const QJsonObject &body) const
{
    static const QStringList known = {QStringLiteral("request"), QStringLiteral("merchant_id"),
                                      QStringLiteral("merchant"), QStringLiteral("signature")};
    if (auto v = checkFlatFields(body, known))
        return v;
    if (auto v = requireFields(body, {"merchant_id", "signature"}))
        return v;
    return checkMerchantAndSignature(body, false);
}

std::optional<SandboxViolation>
SandboxRequestChecker::checkStatusInquiry(const QJsonObject &body, QStringList *tolerated) const
{
    static const QStringList known = {QStringLiteral("request"),     QStringLiteral("trx_id"),
                                      QStringLiteral("merchant_id"), QStringLiteral("merchant"),
                                      QStringLiteral("bill_no"),     QStringLiteral("signature")};
    // Fields of the answer that a client may echo in its inquiry (Part A §15); Faspay ignores
    // them, and so does the sandbox when not strict.
    static const QStringList answerFields = {QStringLiteral("payment_status_code"),
                                             QStringLiteral("payment_status_desc")};
    if (auto v = checkFlatFields(body, m_rules.strict ? known : known + answerFields))
        return v;
    if (!m_rules.strict && tolerated) {
        for (const QString &field : answerFields) {
            if (body.contains(field))
                tolerated->append(field + QLatin1Char(' ') + quoted(body.value(field).toString()) +
                                  QStringLiteral(", not a field of Inquiry Payment Status "
                                                 "(ignored)"));
        }
    }
    if (auto v = requireFields(body, {"trx_id", "merchant_id", "bill_no", "signature"}))
        return v;
    if (auto v = checkMerchantAndSignature(body, true))
        return v;
    const QString trxId = text(body, "trx_id");
    if (!isDigits(trxId) || trxId.size() != 16)
        return violation(Code::FormatError, QStringLiteral("trx_id"),
                         quoted(trxId) +
                             QStringLiteral(" must be the 16 digits post-data returned"));
    return checkBillNo(body);
}

std::optional<SandboxViolation> SandboxRequestChecker::checkCancel(const QJsonObject &body) const
{
    static const QStringList known = {
        QStringLiteral("request"),  QStringLiteral("trx_id"),  QStringLiteral("merchant_id"),
        QStringLiteral("merchant"), QStringLiteral("bill_no"), QStringLiteral("payment_cancel"),
        QStringLiteral("signature")};
    if (auto v = checkFlatFields(body, known))
        return v;
    if (auto v = requireFields(body,
                               {"trx_id", "merchant_id", "bill_no", "payment_cancel", "signature"}))
        return v;
    if (auto v = checkMerchantAndSignature(body, true))
        return v;
    const QString trxId = text(body, "trx_id");
    if (!isDigits(trxId) || trxId.size() != 16)
        return violation(Code::FormatError, QStringLiteral("trx_id"),
                         quoted(trxId) +
                             QStringLiteral(" must be the 16 digits post-data returned"));
    if (auto v = checkBillNo(body))
        return v;
    return checkLength(body, "payment_cancel", 50);
}

std::optional<int> SandboxRequestChecker::billDateOffset(const QDateTime &billDateAsWib) const
{
    const qint64 tolerance = m_rules.billDateToleranceSecs;
    // How far bill_date, read as UTC, is ahead of the clock: the caller's offset from UTC, give
    // or take the seconds between writing and receiving.
    const qint64 aheadAsUtc = m_rules.now.secsTo(billDateAsWib) + sandboxwire::WibOffsetSecs;
    const auto offBy = [aheadAsUtc](qint64 offset) {
        return qAbs(aheadAsUtc - offset);
    };
    if (offBy(sandboxwire::WibOffsetSecs) <= tolerance)
        return sandboxwire::WibOffsetSecs;
    if (m_rules.strict)
        return std::nullopt;
    // Every zone in use is a whole number of quarter hours from UTC, from -12:00 to +14:00.
    constexpr qint64 Quarter = 15 * 60;
    constexpr qint64 West = -12 * 3600;
    constexpr qint64 East = 14 * 3600;
    const qint64 nearest = std::clamp(
        qint64(std::llround(double(aheadAsUtc) / double(Quarter))) * Quarter, West, East);
    if (offBy(nearest) <= tolerance)
        return int(nearest);
    return std::nullopt;
}

std::variant<CheckedPostData, SandboxViolation>
SandboxRequestChecker::checkPostData(const QJsonObject &body, QStringList *tolerated) const
{
    const QString merchantId = m_rules.credentials.merchantId;

    // Types: every value a JSON string (Part A §2); item an array of objects of strings.
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != u"item") {
            if (!it.value().isString())
                return violation(Code::FormatError, it.key(),
                                 QStringLiteral("must be a JSON string, not ") +
                                     jsonTypeName(it.value()));
            continue;
        }
        if (!it.value().isArray())
            return violation(Code::FormatError, QStringLiteral("item"),
                             QStringLiteral("must be a JSON array of line objects, not ") +
                                 jsonTypeName(it.value()));
        const QJsonArray items = it.value().toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!items[i].isObject())
                return violation(Code::FormatError, itemPath(i),
                                 QStringLiteral("must be a JSON object, not ") +
                                     jsonTypeName(items[i]));
            const QJsonObject line = items[i].toObject();
            for (auto f = line.begin(); f != line.end(); ++f) {
                if (!f.value().isString())
                    return violation(Code::FormatError, itemPath(i, f.key()),
                                     QStringLiteral("must be a JSON string, not ") +
                                         jsonTypeName(f.value()));
            }
        }
    }

    // Fields the request does not have.
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (!postDataFields().contains(it.key()))
            return violation(Code::Unregistered, it.key(),
                             QStringLiteral("is not a field of Post Data Transaction"));
    }
    const QJsonArray items = body.value(QLatin1String("item")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject line = items[i].toObject();
        for (auto f = line.begin(); f != line.end(); ++f) {
            if (!itemFields().contains(f.key()))
                return violation(Code::Unregistered, itemPath(i, f.key()),
                                 QStringLiteral("is not a field of an item line"));
        }
    }

    // Mandatory fields (Part B §5.1).
    if (auto v = requireFields(body, {"request", "merchant_id", "merchant", "bill_no", "bill_date",
                                      "bill_expired", "bill_desc", "bill_currency", "bill_total",
                                      "payment_channel", "pay_type", "cust_no", "cust_name",
                                      "msisdn", "email", "terminal"}))
        return *v;
    if (items.isEmpty())
        return violation(Code::Mandatory, QStringLiteral("item"),
                         body.contains(QLatin1String("item"))
                             ? QStringLiteral("must list at least one line")
                             : QStringLiteral("is missing or empty"));
    if (auto v = requireFields(body, {"signature"}))
        return *v;

    if (auto v = checkMerchantAndSignature(body, true))
        return *v;

    // Header formats.
    if (text(body, "request") != u"Post Data Transaction") {
        if (m_rules.strict)
            return violation(Code::FormatError, QStringLiteral("request"),
                             quoted(text(body, "request")) +
                                 QStringLiteral(" must be \"Post Data Transaction\""));
        // Faspay goes by the path, not the label (Part A §15).
        if (tolerated)
            tolerated->append(QStringLiteral("request ") + quoted(text(body, "request")) +
                              QStringLiteral(" (Part A §8: \"Post Data Transaction\")"));
    }
    if (auto v = checkBillNo(body))
        return *v;
    const std::pair<const char *, int> lengths[] = {
        {"bill_reff", 32},      {"bill_desc", 128},   {"cust_no", 32},       {"cust_name", 128},
        {"cust_lastname", 128}, {"bank_userid", 128}, {"bank_user_id", 128}, {"email", 128},
        {"reserve1", 50},       {"reserve2", 50}};
    for (const auto &[name, max] : lengths) {
        if (auto v = checkLength(body, name, max))
            return *v;
    }
    const std::pair<const char *, const char *> fixedValues[] = {
        {"bill_currency", "IDR"}, {"pay_type", "1"}, {"terminal", "10"}};
    for (const auto &[name, expected] : fixedValues) {
        if (text(body, name) != QLatin1String(expected))
            return violation(Code::FormatError, QLatin1String(name),
                             quoted(text(body, name)) + QStringLiteral(" must be \"") +
                                 QLatin1String(expected) + QLatin1Char('"'));
    }

    // Channel.
    const QString channel = text(body, "payment_channel");
    if (!isDigits(channel))
        return violation(Code::FormatError, QStringLiteral("payment_channel"),
                         quoted(channel) + QStringLiteral(" must be a channel code (digits)"));
    if (!m_rules.channels.contains(channel))
        return violation(Code::NotSupported, QStringLiteral("payment_channel"),
                         quoted(channel) + QStringLiteral(" is not enabled for this merchant (") +
                             m_rules.channels.keys().join(QStringLiteral(", ")) + QLatin1Char(')'));

    // Dates (Part A §7).
    std::optional<QDateTime> billDate = sandboxwire::parseWib(text(body, "bill_date"));
    if (!billDate)
        return violation(Code::FormatError, QStringLiteral("bill_date"),
                         quoted(text(body, "bill_date")) +
                             QStringLiteral(" must be yyyy-MM-dd HH:mm:ss (Jakarta time)"));
    std::optional<QDateTime> billExpired = sandboxwire::parseWib(text(body, "bill_expired"));
    if (!billExpired)
        return violation(Code::FormatError, QStringLiteral("bill_expired"),
                         quoted(text(body, "bill_expired")) +
                             QStringLiteral(" must be yyyy-MM-dd HH:mm:ss (Jakarta time)"));
    if (*billExpired <= *billDate)
        return violation(Code::FormatError, QStringLiteral("bill_expired"),
                         quoted(text(body, "bill_expired")) +
                             QStringLiteral(" must be after bill_date ") +
                             quoted(text(body, "bill_date")));
    if (billDate->secsTo(*billExpired) > MaxBillDays * 24 * 3600)
        return violation(Code::FormatError, QStringLiteral("bill_expired"),
                         quoted(text(body, "bill_expired")) +
                             QStringLiteral(" is more than 30 days after bill_date ") +
                             quoted(text(body, "bill_date")));
    if (m_rules.billDateToleranceSecs > 0) {
        const std::optional<int> offset = billDateOffset(*billDate);
        if (!offset)
            return violation(Code::FormatError, QStringLiteral("bill_date"),
                             quoted(text(body, "bill_date")) +
                                 QStringLiteral(" is not the current Jakarta time (WIB, UTC+7); "
                                                "the gateway's time is ") +
                                 quoted(sandboxwire::formatWib(m_rules.now)));
        if (*offset != sandboxwire::WibOffsetSecs) {
            // The caller's local time (Part A §15): both dates are read at its offset, so that
            // the bill lives as long as the caller meant.
            const qint64 shift = qint64(sandboxwire::WibOffsetSecs) - *offset;
            billDate = billDate->addSecs(shift);
            billExpired = billExpired->addSecs(shift);
            if (tolerated)
                tolerated->append(QStringLiteral("bill_date ") + quoted(text(body, "bill_date")) +
                                  QStringLiteral(" in ") + utcOffsetText(*offset) +
                                  QStringLiteral(", not Jakarta time (Part A §7: WIB, UTC+7); "
                                                 "bill_date and bill_expired read at ") +
                                  utcOffsetText(*offset));
        }
    }
    if (*billExpired <= m_rules.now)
        return violation(Code::OrderExpired, QStringLiteral("bill_expired"),
                         quoted(text(body, "bill_expired")) +
                             QStringLiteral(" has already passed (gateway time ") +
                             quoted(sandboxwire::formatWib(m_rules.now)) + QLatin1Char(')'));

    // Customer (Part A §9).
    if (auto v = checkMsisdn(body, "msisdn"))
        return *v;
    if (!isPlausibleEmail(text(body, "email")))
        return violation(Code::InvalidCustomer, QStringLiteral("email"),
                         quoted(text(body, "email")) + QStringLiteral(" is not an e-mail address"));
    for (const AddressField &field : AddressFields) {
        if (isBlank(text(body, field.name)))
            return violation(Code::Mandatory, QLatin1String(field.name),
                             QStringLiteral("is missing or empty (online-credit channels need "
                                            "the complete billing and shipping blocks)"));
    }
    for (const AddressField &field : AddressFields) {
        if (field.maxLength > 0) {
            if (auto v = checkLength(body, field.name, field.maxLength))
                return *v;
        }
    }
    for (const char *name : {"billing_address_country_code", "shipping_address_country_code"}) {
        if (text(body, name) != u"ID")
            return violation(Code::FormatError, QLatin1String(name),
                             quoted(text(body, name)) + QStringLiteral(" must be \"ID\""));
    }
    for (const char *name : {"billing_address_poscode", "shipping_address_poscode"}) {
        const QString postcode = text(body, name);
        if (!isDigits(postcode) || postcode.size() != 5)
            return violation(Code::FormatError, QLatin1String(name),
                             quoted(postcode) + QStringLiteral(" must be a 5-digit postcode"));
    }
    if (auto v = checkMsisdn(body, "shipping_msisdn"))
        return *v;
    if (!text(body, "billing_msisdn").isEmpty()) {
        if (auto v = checkMsisdn(body, "billing_msisdn"))
            return *v;
    }

    // Item lines (Part A §5).
    Money goods;
    Money fees;
    Money discount;
    qsizetype discountLine = -1;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject line = items[i].toObject();
        for (const QString &field : itemFields()) {
            if (isBlank(line.value(field).toString()))
                return violation(Code::Mandatory, itemPath(i, field),
                                 QStringLiteral("is missing or empty"));
        }
        const QString id = text(line, "id");
        const QString lowerId = id.toLower();
        const bool isDiscount = id == u"discount";
        const bool isFee = feeIds().contains(id);
        if ((lowerId.endsWith(u"fee") || lowerId == u"discount") && !isFee && !isDiscount)
            return violation(Code::Unregistered, itemPath(i, QStringLiteral("id")),
                             quoted(id) +
                                 QStringLiteral(" is not a whitelisted fee id (shippingfee, "
                                                "adminfee, taxfee, additionalfee, insurancefee, "
                                                "discount)"));
        const QString product = text(line, "product");
        if (product.size() > 50)
            return violation(
                Code::FormatError, itemPath(i, QStringLiteral("product")),
                QStringLiteral("is longer than 50 characters (%1)").arg(product.size()));
        const QString qtyText = text(line, "qty");
        if (!isDigits(qtyText) || qtyText.size() > 6 || qtyText.toLongLong() < 1)
            return violation(Code::FormatError, itemPath(i, QStringLiteral("qty")),
                             quoted(qtyText) + QStringLiteral(" must be a whole number from 1"));
        const qint64 qty = qtyText.toLongLong();
        sandboxwire::WireAmount amount;
        const QString amountText = text(line, "amount");
        amount = sandboxwire::parseWireAmount(amountText);
        if (!amount.ok())
            return violation(Code::InvalidAmount, itemPath(i, QStringLiteral("amount")),
                             quoted(amountText) + QLatin1Char(' ') +
                                 sandboxwire::wireAmountProblem(amount.error));
        if (text(line, "payment_plan") != u"1")
            return violation(Code::FormatError, itemPath(i, QStringLiteral("payment_plan")),
                             quoted(text(line, "payment_plan")) + QStringLiteral(" must be \"1\""));
        if (text(line, "tenor") != u"00")
            return violation(Code::FormatError, itemPath(i, QStringLiteral("tenor")),
                             quoted(text(line, "tenor")) + QStringLiteral(" must be \"00\""));
        if (text(line, "merchant_id") != merchantId)
            return violation(Code::InvalidMerchant, itemPath(i, QStringLiteral("merchant_id")),
                             quoted(text(line, "merchant_id")) +
                                 QStringLiteral(" is not this merchant (") + merchantId +
                                 QLatin1Char(')'));
        if (isDiscount) {
            if (discountLine >= 0)
                return violation(Code::FormatError, itemPath(i, QStringLiteral("id")),
                                 QStringLiteral("is a second discount line; send one (item[%1] "
                                                "is the first)")
                                     .arg(discountLine));
            if (qty != 1)
                return violation(Code::FormatError, itemPath(i, QStringLiteral("qty")),
                                 quoted(qtyText) +
                                     QStringLiteral(" must be \"1\" on the discount line"));
            if (amount.money.rupiah() <= 0)
                return violation(Code::InvalidAmount, itemPath(i, QStringLiteral("amount")),
                                 quoted(amountText) +
                                     QStringLiteral(" must be a positive amount on the discount "
                                                    "line"));
            discountLine = i;
            discount = amount.money;
            continue;
        }
        const std::optional<Money> lineTotal = amount.money.checkedMul(qty);
        const std::optional<Money> sum =
            lineTotal ? (isFee ? fees : goods).checkedAdd(*lineTotal) : std::nullopt;
        if (!sum || sum->rupiah() > 9'999'999'999'999)
            return violation(Code::InvalidAmount, itemPath(i, QStringLiteral("amount")),
                             QStringLiteral("times qty makes the sum too large"));
        (isFee ? fees : goods) = *sum;
    }
    if (discount > goods)
        return violation(Code::InvalidAmount, itemPath(discountLine, QStringLiteral("amount")),
                         QStringLiteral("(discount %1) is larger than the goods (%2)")
                             .arg(wire(discount), wire(goods)));
    const Money gross = goods - discount;
    const Money itemsTotal = gross + fees;

    // Header amounts and the sum invariant.
    sandboxwire::WireAmount billTotal;
    if (auto v = checkAmountField(body, "bill_total", &billTotal))
        return *v;
    if (billTotal.money.rupiah() <= 0)
        return violation(Code::InvalidAmount, QStringLiteral("bill_total"),
                         QStringLiteral("must be more than zero"));
    std::optional<Money> billGross;
    std::optional<Money> billMiscFee;
    for (const char *name : {"bill_gross", "bill_miscfee", "bill_tax"}) {
        if (text(body, name).isEmpty())
            continue;
        sandboxwire::WireAmount amount;
        if (auto v = checkAmountField(body, name, &amount))
            return *v;
        if (qstrcmp(name, "bill_gross") == 0)
            billGross = amount.money;
        else if (qstrcmp(name, "bill_miscfee") == 0)
            billMiscFee = amount.money;
    }
    if (billGross && billMiscFee && *billGross + *billMiscFee != billTotal.money)
        return violation(Code::InvalidAmount, QStringLiteral("bill_total"),
                         wire(billTotal.money) +
                             QStringLiteral(" is not bill_gross + bill_miscfee (") +
                             wire(*billGross + *billMiscFee) + QLatin1Char(')'));
    if (billGross && *billGross != gross)
        return violation(Code::InvalidAmount, QStringLiteral("bill_gross"),
                         wire(*billGross) +
                             QStringLiteral(" is not the goods lines minus the discount (") +
                             wire(gross) + QLatin1Char(')'));
    if (billMiscFee && *billMiscFee != fees)
        return violation(Code::InvalidAmount, QStringLiteral("bill_miscfee"),
                         wire(*billMiscFee) + QStringLiteral(" is not the sum of the fee lines (") +
                             wire(fees) + QLatin1Char(')'));
    if (billTotal.money != itemsTotal)
        return violation(Code::InvalidAmount, QStringLiteral("bill_total"),
                         wire(billTotal.money) +
                             QStringLiteral(" differs from the item lines: sum of amount x qty "
                                            "except discount, minus discount = ") +
                             wire(itemsTotal));

    // Channel rules (Part A §11).
    const QString reserve2 = text(body, "reserve2");
    if (channel == u"709") {
        if (isBlank(reserve2))
            return violation(Code::Mandatory, QStringLiteral("reserve2"),
                             QStringLiteral("is missing or empty: Kredivo needs the tenor "
                                            "(30_days, 3_months, 6_months, 12_months)"));
        if (!kredivoTenors().contains(reserve2))
            return violation(Code::FormatError, QStringLiteral("reserve2"),
                             quoted(reserve2) +
                                 QStringLiteral(" must be 30_days, 3_months, 6_months or "
                                                "12_months"));
        if (reserve2 != u"30_days" && billTotal.money.rupiah() < KredivoInstalmentMinimumRupiah)
            return violation(Code::InvalidAmount, QStringLiteral("reserve2"),
                             quoted(reserve2) +
                                 QStringLiteral(" is an instalment: bill_total must be at least "
                                                "Rp 1.500.000 (\"150000000\"), got ") +
                                 wire(billTotal.money));
    } else if (!reserve2.isEmpty()) {
        return violation(Code::FormatError, QStringLiteral("reserve2"),
                         quoted(reserve2) + QStringLiteral(" must be empty for ") +
                             m_rules.channels.value(channel) +
                             QStringLiteral(" (only Kredivo takes a tenor)"));
    }

    CheckedPostData checked;
    checked.billNo = text(body, "bill_no");
    checked.billReff = text(body, "bill_reff");
    checked.channelCode = channel;
    checked.reserve2 = reserve2;
    checked.customerName = text(body, "cust_name");
    checked.msisdn = text(body, "msisdn");
    checked.total = billTotal.money;
    checked.billDate = *billDate;
    checked.billExpired = *billExpired;
    checked.items = items;
    return checked;
}

} // namespace kasir
