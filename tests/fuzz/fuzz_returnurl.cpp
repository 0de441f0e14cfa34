// libFuzzer target: the browser's return URL (core/faspay/returnurl.h). The bytes are read as a
// URL both the way a web view hands it over (encoded) and as typed text; a query that parses
// must survive verification, and buildReturnUrl() of what was read must read back the same
// (with the signature recomputed).

#include "core/faspay/returnurl.h"
#include "core/faspay/signature.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QUrl>

using namespace kasir::faspay;

namespace {
const Credentials Training{QStringLiteral("77777"), QStringLiteral("TOKO LATIHAN"), QString(),
                           QStringLiteral("latihan-kasir")};

void exercise(const QUrl &url, const QByteArray &in)
{
    const std::optional<ReturnUrlParams> p = parseReturnUrl(url);
    if (!p)
        return;
    KASIR_FUZZ_CHECK(!p->merchantId.isEmpty() && !p->billNo.isEmpty() && !p->signature.isEmpty(),
                     in);
    KASIR_FUZZ_CHECK(p->status.size() == 1 && p->status.at(0).isDigit(), in);
    (void)p->paymentStatus();
    (void)verifyReturnUrl(*p, Training);

    const QUrl rebuilt =
        buildReturnUrl(QUrl(QStringLiteral("http://127.0.0.1:8765/faspay/return")), *p, Training);
    const std::optional<ReturnUrlParams> back = parseReturnUrl(rebuilt);
    KASIR_FUZZ_CHECK(back.has_value(), in);
    ReturnUrlParams expected = *p;
    expected.signature = statusSignature(Training, p->billNo, p->status);
    KASIR_FUZZ_CHECK(*back == expected, in);
    KASIR_FUZZ_CHECK(verifyReturnUrl(*back, Training) == (p->merchantId == Training.merchantId),
                     in);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = kasir::fuzz::bytes(data, size);
    exercise(QUrl::fromEncoded(in, QUrl::TolerantMode), in);
    exercise(QUrl::fromEncoded(in, QUrl::StrictMode), in);
    exercise(QUrl(QString::fromUtf8(in), QUrl::TolerantMode), in);
    return 0;
}
