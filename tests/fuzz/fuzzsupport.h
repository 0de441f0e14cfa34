#pragma once

// Shared by the libFuzzer targets: a QCoreApplication-free environment is enough for the parsers
// (no event loop, no files); only the text codecs and the C locale matter.

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace kasir::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy: the parsers may keep implicitly shared data around, and libFuzzer frees the
    // buffer after the call (fromRawData would hide a use-after-free behind ASan's back).
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A failed property is a finding: abort so that libFuzzer saves the input.
[[noreturn]] void propertyFailed(const char *what, const QByteArray &input);

#define KASIR_FUZZ_CHECK(condition, input)                                                         \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::kasir::fuzz::propertyFailed(#condition, input);                                      \
    } while (false)

} // namespace kasir::fuzz
