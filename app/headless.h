#pragma once

#include <QStringList>

namespace kasir {

// The headless commands (README): each prints one JSON value on stdout and problems on stderr
// in English and Bahasa Indonesia. Exit status: 0 paid, 2 final and not paid, 3 not final when
// --wait ran out, 1 bad input or configuration (nothing sent).
int runCheckoutCommand(const QStringList &arguments);
int runStatusCommand(const QStringList &arguments);
int runPendingCommand(const QStringList &arguments);
int runResumeCommand(const QStringList &arguments);
// Serves the training sandbox on loopback until stopped; prints its base URL first.
int runSandboxCommand(const QStringList &arguments);

} // namespace kasir
