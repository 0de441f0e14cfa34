// libFuzzer target: the gateway answer parsers (core/faspay/responseheader.h, responses.h).
// Any byte string must give a value or a typed error, never a crash, a leak or undefined
// behaviour; and the four typed parsers must agree with the header parse they share.

#include "core/faspay/responseheader.h"
#include "core/faspay/responses.h"
#include "core/faspay/wire.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QUrl>

using namespace kasir::faspay;

namespace {
template<class T>
void checkAgainstHeader(const Parsed<T> &parsed, const HeaderParse &header, const QByteArray &in)
{
    // No header, no answer: the same error the header parse reported.
    if (!header.header) {
        KASIR_FUZZ_CHECK(!parsed.ok(), in);
        KASIR_FUZZ_CHECK(parsed.error == header.error, in);
        return;
    }
    KASIR_FUZZ_CHECK(parsed.ok() == (parsed.error == BodyError::None), in);
    if (parsed.ok())
        KASIR_FUZZ_CHECK(parsed.value->header.responseCode == header.header->responseCode, in);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = kasir::fuzz::bytes(data, size);
    const HeaderParse header = parseResponseHeader(in);
    if (header.header)
        KASIR_FUZZ_CHECK(header.error == BodyError::None, in);
    else
        KASIR_FUZZ_CHECK(header.error != BodyError::None, in);
    (void)bodyErrorKey(header.error);

    const Parsed<ChannelListResponse> channels = parseChannelListResponse(in);
    checkAgainstHeader(channels, header, in);
    if (channels.ok()) {
        for (const ChannelInfo &c : channels.value->channels)
            KASIR_FUZZ_CHECK(!c.code.isEmpty(), in);
        const ChannelCatalog catalog(channels.value->channels);
        for (kasir::Channel c : kasir::allChannels())
            (void)catalog.code(c);
    }

    const Parsed<PostDataResponse> post = parsePostDataResponse(in);
    checkAgainstHeader(post, header, in);
    if (post.ok()) {
        const PostDataResponse &p = *post.value;
        if (p.isSuccess())
            KASIR_FUZZ_CHECK(!p.trxId.isEmpty() && !p.redirectUrl.isEmpty(), in);
        // What the checkout service does with a "00" answer next.
        const QUrl url(p.redirectUrl, QUrl::StrictMode);
        (void)redirectUrlLooksRight(url, p.billNo, p.merchantId);
        (void)redirectUrlLooksRight(url, QStringLiteral("K01A1"), QStringLiteral("77777"));
        (void)responseCodeName(p.header.responseCode);
    }

    const Parsed<StatusResponse> status = parseStatusResponse(in);
    checkAgainstHeader(status, header, in);
    if (status.ok()) {
        const StatusResponse &s = *status.value;
        if (s.isSuccess())
            KASIR_FUZZ_CHECK(s.paymentStatus.has_value(), in);
        (void)s.paymentDateTime();
        (void)returnedAmountMatches(s.paymentTotal, kasir::Money::fromRupiah(1'520'000));
    }

    const Parsed<CancelResponse> cancel = parseCancelResponse(in);
    checkAgainstHeader(cancel, header, in);
    if (cancel.ok() && !cancel.value->paymentStatusCode.isEmpty())
        KASIR_FUZZ_CHECK(cancel.value->paymentStatus.has_value(), in);
    return 0;
}
