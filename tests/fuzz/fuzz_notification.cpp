// libFuzzer target: payment notifications, JSON and XML (core/faspay/notification.h).
// Any byte string gives a notification or a typed error; a notification that parses survives
// verification and the acknowledgement; and what notificationBody() writes for it, in the format
// it came in, reads back as the same notification (the sandbox relies on that).

#include "core/faspay/notification.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QDateTime>
#include <QTimeZone>

using namespace kasir::faspay;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = kasir::fuzz::bytes(data, size);
    const Parsed<PaymentNotification> parsed = parseNotification(in);
    KASIR_FUZZ_CHECK(parsed.ok() == (parsed.error == BodyError::None), in);
    if (in.size() > MaxNotificationBytes)
        KASIR_FUZZ_CHECK(parsed.error == BodyError::TooLarge, in);
    if (!parsed.ok())
        return 0;

    const PaymentNotification &n = *parsed.value;
    KASIR_FUZZ_CHECK(!n.trxId.isEmpty() && !n.merchantId.isEmpty() && !n.billNo.isEmpty(), in);
    KASIR_FUZZ_CHECK(n.paymentStatusCode.size() == 1 && n.paymentStatusCode.at(0).isDigit(), in);
    (void)n.status();
    (void)n.paymentDateTime();

    const Credentials training{QStringLiteral("77777"), QStringLiteral("TOKO LATIHAN"), QString(),
                               QStringLiteral("latihan-kasir")};
    const bool genuine = verifyNotification(n, training);
    // A signature is 40 hex digits; anything else can never verify.
    if (n.signature.size() != 40)
        KASIR_FUZZ_CHECK(!genuine, in);

    const QDateTime now(QDate(2025, 1, 15), QTime(7, 3, 10), QTimeZone::utc());
    const QByteArray ack = notificationAcknowledgement(n, now);
    KASIR_FUZZ_CHECK(!ack.isEmpty(), in);
    (void)notificationAcknowledgement(n, now, QStringLiteral("14"));

    // Round trip in the format it arrived in. request defaults to "Payment Notification".
    const QByteArray again = notificationBody(n, n.format);
    if (again.size() <= MaxNotificationBytes) {
        const Parsed<PaymentNotification> reparsed = parseNotification(again);
        KASIR_FUZZ_CHECK(reparsed.ok(), again);
        PaymentNotification expected = n;
        if (expected.request.isEmpty())
            expected.request = QStringLiteral("Payment Notification");
        KASIR_FUZZ_CHECK(*reparsed.value == expected, in);
    }
    return 0;
}
