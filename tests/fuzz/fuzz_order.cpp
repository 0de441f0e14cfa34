// libFuzzer target: the order file of `kasir checkout` (core/order/order.h parseOrderJson).
// Any byte string gives an order or field errors, never a crash or undefined behaviour (money
// overflow included); an order that parses cleanly writes back (orderToJson) to the same order.

#include "core/order/order.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>

using namespace kasir;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fuzz::bytes(data, size);
    const OrderParseResult parsed = parseOrderJson(in);
    for (const FieldError &e : parsed.errors) {
        KASIR_FUZZ_CHECK(!e.field.isEmpty(), in);
        (void)e.message.english();
    }
    if (!parsed.order)
        return 0;
    const Order &order = *parsed.order;
    // Cart::totals() is defined for validated carts only (its terms are bounded by validate()):
    // the harness must not call it on anything else, exactly like the code that uses it.
    if (order.cart.validate().isEmpty())
        (void)order.cart.totals();
    (void)validateOrder(order);
    if (!parsed.ok())
        return 0;

    KASIR_FUZZ_CHECK(validateOrder(order).isEmpty(), in);
    const QByteArray written = QJsonDocument(orderToJson(order)).toJson(QJsonDocument::Compact);
    const OrderParseResult again = parseOrderJson(written);
    KASIR_FUZZ_CHECK(again.ok(), written);
    KASIR_FUZZ_CHECK(*again.order == order, in);
    return 0;
}
