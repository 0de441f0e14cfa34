#pragma once

#include <QLoggingCategory>

// "kasir.sandbox": one info line per request, bill change and notification; a warning for each
// form accepted only because the sandbox is not strict (SandboxConfig::strict).
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
