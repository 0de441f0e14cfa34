#pragma once

#include "core/common/translatabletext.h"
#include "core/faspay/responses.h"
#include "core/faspay/signature.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace kasir {

namespace faspay {
class FaspayCall;
class FaspayClient;
struct CallResult;
} // namespace faspay

// How a Payment Channel Inquiry (Part A §1, /cvr/100001/10) ended: the channel refresh of the
// checkout service and the "Test connection" of Settings both ask it this way.
struct ChannelInquiryResult
{
    enum class Outcome {
        Listed,    // Faspay answered with the merchant's channels
        Refused,   // Faspay answered with an error code (responseCode)
        Malformed, // an answer, but not a channel list
        Failed,    // no answer: transport, TLS, timeout, HTTP status (failure)
        NotAsked,  // the question could not be asked (notAsked says why)
    };
    Outcome outcome = Outcome::Failed;
    std::optional<faspay::ChannelListResponse> response; // Listed and Refused
    QString responseCode;                                // Refused
    int failure = 0;    // faspay::CallFailure for Failed (an int so the header stays light)
    int httpStatus = 0; // 0 when no status line arrived
    QString detail;     // English, for logs
    TranslatableText notAsked;
    std::shared_ptr<const faspay::CallResult> call; // how the call ended; null for NotAsked

    bool ok() const { return outcome == Outcome::Listed; }

    static ChannelInquiryResult fromCall(const faspay::CallResult &call);
    static ChannelInquiryResult refusedBeforeAsking(TranslatableText why);
    // Not asked: there is no password to ask with.
    static ChannelInquiryResult noPassword();

    // What Settings' "Test connection" says when it is not ok (`host` is the gateway's): what
    // went wrong and what to check. Empty when ok() (the dialog lists the channels then).
    TranslatableText problem(const QString &host) const;
};

using ChannelInquiryCallback = std::function<void(const ChannelInquiryResult &)>;

// Sends Payment Channel Inquiry with `credentials` through `client`; `done` runs once when it
// ends, unless the call is aborted first (the returned call, or `context` destroyed).
QPointer<faspay::FaspayCall> inquireChannels(faspay::FaspayClient *client,
                                             const faspay::Credentials &credentials,
                                             QObject *context, ChannelInquiryCallback done);

} // namespace kasir
