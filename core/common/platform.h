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

// This process writes no core file when it crashes (RLIMIT_CORE 0 on POSIX; Windows writes
// none unless asked): a dump would hold the Faspay password and customers' data.
void disableCoreDumps();
// Whether a crash of this process may write a core file (for the test of the above).
bool coreDumpsEnabled();

} // namespace kasir::platform
