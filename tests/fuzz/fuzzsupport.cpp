#include "tests/fuzz/fuzzsupport.h"

#include <cstdio>
#include <cstdlib>

namespace kasir::fuzz {

void propertyFailed(const char *what, const QByteArray &input)
{
    std::fprintf(stderr, "kasir fuzz: property failed: %s (input of %lld bytes)\n", what,
                 static_cast<long long>(input.size()));
    std::abort();
}

} // namespace kasir::fuzz
