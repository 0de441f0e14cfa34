#include "core/faspay/codes.h"

#include <iterator>

namespace kasir::faspay {

namespace {
constexpr char Ctx[] = "kasir::faspay::Codes";

struct ResponseCodeEntry
{
    const char *code;
    const char *name; // Faspay's own name (Part B §9.2), English, not translated
    const char *text; // what happened and what to do next
};

// Part B §9.2. 56 and 63 share one message: Faspay's pages swap their meanings (U4).
// The Indonesian texts for the translator are in docs/translations-faspay-id.tsv.
constexpr ResponseCodeEntry ResponseCodes[] = {
    {"00", "Success",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes", "Faspay accepted the request. Nothing to do.")},
    {"03", "Invalid merchant",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay does not recognise the merchant ID. A supervisor must check the "
                       "merchant ID in Settings against the Faspay merchant portal.")},
    {"13", "Invalid amount",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay refused the amount. Check the prices, fees and discount and try "
                       "again; if it happens again, choose another provider.")},
    {"14", "Invalid order",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay refused the order as invalid or already known. Start a new "
                       "payment; if it happens again, report it to support with the bill "
                       "number.")},
    {"17", "Order cancelled by merchant/customer",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "The order was cancelled by the merchant or the customer. Start a new "
                       "payment if the customer still wants to buy.")},
    {"18", "Invalid customer or MSISDN not found",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "The provider does not know this customer or phone number. Check the "
                       "phone number with the customer, or choose another provider.")},
    {"21", "Subscription expired",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "The merchant's Faspay subscription has expired. Ask Faspay to renew it; "
                       "until then, take another form of payment.")},
    {"30", "Format error",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay could not read the request (format error). Take another form of "
                       "payment and report this to support with the bill number.")},
    {"40", "Requested function not supported",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay does not support this request for this merchant or channel. "
                       "Choose another provider and ask Faspay to enable it.")},
    {"54", "Order expired",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "The bill has expired. Start a new payment if the customer still wants to "
                       "buy.")},
    {"55", "Incorrect user/password",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay refused the user ID or password. A supervisor must correct the "
                       "Faspay credentials in Settings before the next payment.")},
    {"56", "Security violation / not active",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay refused the request for security or account reasons (unknown IP "
                       "address, or the account is not active). A supervisor must check the IP "
                       "whitelist and the account status with Faspay before the next payment.")},
    {"63", "Security violation / not active",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay refused the request for security or account reasons (unknown IP "
                       "address, or the account is not active). A supervisor must check the IP "
                       "whitelist and the account status with Faspay before the next payment.")},
    {"66", "Internal error",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay had an internal error. Check the payment status, then try again "
                       "in a few minutes; if it happens again, take another form of payment.")},
    {"80", "Payment was reversed",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "The payment was reversed. Do not hand over the goods; ask the customer to "
                       "pay again.")},
    {"81", "Already paid",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "This bill is already paid. Check the payment status before charging the "
                       "customer again.")},
    {"82", "Unregistered entity",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay does not know this merchant or channel (unregistered entity). "
                       "Choose another provider and ask Faspay to register it.")},
    {"83", "Parameter is mandatory",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay says a required field is missing. Take another form of payment and "
                       "report this to support with the bill number.")},
    {"84", "Unregistered parameters",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay received a field it does not accept (unregistered parameter). Take "
                       "another form of payment and report this to support with the bill "
                       "number.")},
    {"85", "Insufficient parameters",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay says the request has too few fields (insufficient parameters). "
                       "Take another form of payment and report this to support with the bill "
                       "number.")},
    {"96", "System malfunction",
     QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                       "Faspay's system is malfunctioning. Check the payment status, then try "
                       "again later; if it goes on, take another form of payment.")},
};

const ResponseCodeEntry *findResponseCode(QStringView code)
{
    const QString c = normalizedResponseCode(code);
    for (const ResponseCodeEntry &entry : ResponseCodes) {
        if (c == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}
} // namespace

QList<PaymentStatus> allPaymentStatuses()
{
    return {PaymentStatus::Unprocessed, PaymentStatus::InProcess, PaymentStatus::Success,
            PaymentStatus::Failed,      PaymentStatus::Reversed,  PaymentStatus::NoBills,
            PaymentStatus::Expired,     PaymentStatus::Cancelled, PaymentStatus::Unknown};
}

std::optional<PaymentStatus> paymentStatusFromText(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.isEmpty() || t.size() > 3)
        return std::nullopt;
    for (QChar c : t) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    while (t.size() > 1 && t.front() == u'0')
        t = t.mid(1);
    if (t.size() != 1)
        return std::nullopt;
    const int value = t.front().unicode() - u'0';
    for (PaymentStatus status : allPaymentStatuses()) {
        if (static_cast<int>(status) == value)
            return status;
    }
    return std::nullopt; // 6
}

QString paymentStatusCode(PaymentStatus status)
{
    return QString::number(static_cast<int>(status));
}

TranslatableText paymentStatusText(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Unprocessed:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "Not paid yet: the customer has not finished on the "
                                       "provider's page. Keep the QR code on screen and wait.")};
    case PaymentStatus::InProcess:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "The provider is processing the payment. Wait; do not "
                                       "start another payment for this sale.")};
    case PaymentStatus::Success:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "The provider reports the payment as successful. Kasir "
                                       "checks the amount, then prints the receipt.")};
    case PaymentStatus::Failed:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "The payment failed. Ask the customer to try again or "
                                       "choose another provider.")};
    case PaymentStatus::Reversed:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "The payment was reversed. Do not hand over the goods; "
                                       "ask the customer to pay again.")};
    case PaymentStatus::NoBills:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "Faspay cannot find this bill yet. Kasir keeps checking; "
                                       "if it stays like this, contact support.")};
    case PaymentStatus::Expired:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "The bill expired before it was paid. Start a new payment "
                                       "if the customer still wants to buy.")};
    case PaymentStatus::Cancelled:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "The payment was cancelled. Start a new payment if the "
                                       "customer still wants to buy.")};
    case PaymentStatus::Unknown:
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                                       "Faspay does not know the payment status yet. Kasir keeps "
                                       "checking; do not hand over the goods until it says "
                                       "paid.")};
    }
    return {};
}

QStringList knownResponseCodes()
{
    QStringList codes;
    for (const ResponseCodeEntry &entry : ResponseCodes)
        codes.append(QLatin1String(entry.code));
    return codes;
}

bool isKnownResponseCode(QStringView code)
{
    return findResponseCode(code) != nullptr;
}

TranslatableText responseCodeText(QStringView code)
{
    if (const ResponseCodeEntry *entry = findResponseCode(code))
        return {Ctx, entry->text};
    // The code goes in as an argument, shown as Faspay sent it (trimmed, at most a few
    // characters, so that a hostile answer cannot flood the message).
    return {Ctx,
            QT_TRANSLATE_NOOP("kasir::faspay::Codes",
                              "Faspay answered with code %1, which Kasir does not know. Check the "
                              "payment status before trying again, and report the code to "
                              "support."),
            {code.trimmed().left(8).toString()}};
}

QString responseCodeName(QStringView code)
{
    if (const ResponseCodeEntry *entry = findResponseCode(code))
        return QLatin1String(entry->name);
    return code.trimmed().toString();
}

QString normalizedResponseCode(QStringView code)
{
    QString c = code.trimmed().toString();
    if (c.size() == 1 && c.at(0) >= u'0' && c.at(0) <= u'9')
        c.prepend(QLatin1Char('0'));
    return c;
}

bool isConfigurationError(QStringView code)
{
    const QString c = normalizedResponseCode(code);
    return c == QLatin1String("55") || c == QLatin1String("56") || c == QLatin1String("63");
}

bool postAnswerMayHaveCreatedBill(QStringView code)
{
    const QString c = normalizedResponseCode(code);
    return c == QLatin1String("14") || c == QLatin1String("66") || c == QLatin1String("81") ||
           c == QLatin1String("96");
}

} // namespace kasir::faspay
