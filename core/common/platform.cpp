#include "core/common/platform.h"

#include <QtGlobal>

#include <cstdlib>

#if defined(Q_OS_WIN)
#include <windows.h>
#else
#include <csignal>
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

} // namespace kasir::platform
