#include "core/common/platform.h"

#include <QtGlobal>

#include <cstdlib>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace kasir::platform {

void killSelfNow()
{
#if defined(Q_OS_WIN)
    TerminateProcess(GetCurrentProcess(), 9);
#else
    ::kill(::getpid(), SIGKILL);
#endif
    std::_Exit(137); // not reached
}

bool isRunningAsRoot()
{
#if defined(Q_OS_WIN)
    return false;
#else
    return ::geteuid() == 0;
#endif
}

void disableCoreDumps()
{
#if !defined(Q_OS_WIN)
    struct rlimit none = {0, 0};
    ::setrlimit(RLIMIT_CORE, &none);
#endif
}

bool coreDumpsEnabled()
{
#if defined(Q_OS_WIN)
    return false;
#else
    struct rlimit current = {0, 0};
    if (::getrlimit(RLIMIT_CORE, &current) != 0)
        return true;
    return current.rlim_cur != 0;
#endif
}

} // namespace kasir::platform
