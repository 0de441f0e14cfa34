#pragma once

namespace kasir {

// Named points where the crash tests kill Kasir (SIGKILL) to prove that a power cut loses
// nothing and posts nothing twice. Armed only by the environment variable KASIR_CRASH_AT=<name>
// (read once); a no-op otherwise. Names: "after-commit-before-post",
// "after-post-before-store", "after-paid-before-receipt".
void crashPoint(const char *name);

} // namespace kasir
