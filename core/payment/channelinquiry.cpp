#include "core/payment/channelinquiry.h"

#include "core/faspay/codes.h"
#include "core/faspay/faspayclient.h"
#include "core/faspay/requests.h"

namespace kasir {

namespace {
constexpr char Ctx[] = "kasir::ConnectionTest";

TranslatableText text(const char *source, QStringList args = {})
{
    return TranslatableText(Ctx, source, std::move(args));
}
} // namespace

ChannelInquiryResult ChannelInquiryResult::fromCall(const faspay::CallResult &call)
{
    ChannelInquiryResult r;
    r.httpStatus = call.httpStatus;
    r.detail = call.detail;
    r.call = std::make_shared<const faspay::CallResult>(call);
    if (!call.isAnswered()) {
        r.outcome = Outcome::Failed;
        r.failure = int(call.failure);
        return r;
    }
    faspay::Parsed<faspay::ChannelListResponse> parsed =
        faspay::parseChannelListResponse(call.body);
    if (!parsed.ok()) {
        r.outcome = Outcome::Malformed;
        return r;
    }
    r.responseCode = parsed.value->header.responseCode;
    r.outcome = parsed.value->isSuccess() ? Outcome::Listed : Outcome::Refused;
    r.response = std::move(*parsed.value);
    return r;
}

ChannelInquiryResult ChannelInquiryResult::refusedBeforeAsking(TranslatableText why)
{
    ChannelInquiryResult r;
    r.outcome = Outcome::NotAsked;
    r.notAsked = std::move(why);
    return r;
}

ChannelInquiryResult ChannelInquiryResult::noPassword()
{
    return refusedBeforeAsking(
        text(QT_TRANSLATE_NOOP("kasir::ConnectionTest", "Enter the password to test the "
                                                        "connection.")));
}

TranslatableText ChannelInquiryResult::problem(const QString &host) const
{
    switch (outcome) {
    case Outcome::Listed:
        return {};
    case Outcome::NotAsked:
        return notAsked;
    case Outcome::Refused: {
        const QString meaning = faspay::responseCodeText(responseCode).toString();
        if (responseCode == QLatin1String("55"))
            return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                          "Faspay refused (code %1): %2 Check the merchant ID, "
                                          "the user ID and the password."),
                        {responseCode, meaning});
        if (faspay::isConfigurationError(responseCode))
            return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                          "Faspay refused (code %1): %2 Ask Faspay to allow this "
                                          "store's internet address (IP whitelist) and to check "
                                          "that the account is active."),
                        {responseCode, meaning});
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest", "Faspay refused (code %1): %2"),
                    {responseCode, meaning});
    }
    case Outcome::Malformed:
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                      "%1 answered, but not like Faspay does. Check the gateway "
                                      "address."),
                    {host});
    case Outcome::Failed:
        break;
    }
    switch (faspay::CallFailure(failure)) {
    case faspay::CallFailure::Certificate:
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                      "The secure connection to %1 was refused: its certificate "
                                      "is not valid. Check the gateway address; never use an "
                                      "address whose certificate is not trusted."),
                    {host});
    case faspay::CallFailure::InvalidRequest:
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                      "The gateway address cannot be used. Check it."));
    case faspay::CallFailure::IdleTimeout:
    case faspay::CallFailure::Deadline:
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                      "%1 did not answer in time. Check the internet connection "
                                      "and try again."),
                    {host});
    case faspay::CallFailure::Network:
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                      "%1 could not be reached. Check the internet connection "
                                      "and the gateway address."),
                    {host});
    default:
        return text(QT_TRANSLATE_NOOP("kasir::ConnectionTest",
                                      "%1 answered, but not like Faspay does (HTTP %2). Check "
                                      "the gateway address."),
                    {host, QString::number(httpStatus)});
    }
}

QPointer<faspay::FaspayCall> inquireChannels(faspay::FaspayClient *client,
                                             const faspay::Credentials &credentials,
                                             QObject *context, ChannelInquiryCallback done)
{
    QPointer<faspay::FaspayCall> call = client->send(faspay::FaspayOperation::ChannelInquiry,
                                                     faspay::buildChannelInquiry(credentials));
    QObject::connect(call.data(), &faspay::FaspayCall::finished, context,
                     [done = std::move(done)](const faspay::CallResult &result) {
                         done(ChannelInquiryResult::fromCall(result));
                     });
    if (context) {
        QObject::connect(context, &QObject::destroyed, call.data(), [call] {
            if (call)
                call->abort();
        });
    }
    return call;
}

} // namespace kasir
