#include "core/common/crashpoint.h"

#include "core/common/platform.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstdio>
#include <cstring>

namespace kasir {

void crashPoint(const char *name)
{
    static const QByteArray armed = qgetenv("KASIR_CRASH_AT");
    if (armed.isEmpty() || std::strcmp(armed.constData(), name) != 0)
        return;
    std::fprintf(stderr, "kasir: crash point %s reached, killing the process\n", name);
    std::fflush(stderr);
    platform::killSelfNow();
}

} // namespace kasir
