#pragma once

#include <QString>

namespace kasir::platform {

// The one place for operating-system specific calls (Linux/POSIX and Windows); everything else
// in Kasir is portable Qt.

// Ends this process at once, like a power cut: no destructors, no flushing, no atexit handlers
// (SIGKILL on POSIX, TerminateProcess on Windows).
[[noreturn]] void killSelfNow();

// True for root on POSIX (never on Windows).
bool isRunningAsRoot();

} // namespace kasir::platform
