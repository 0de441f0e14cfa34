#pragma once

#include <QString>

namespace kasir {

// "localhost" or a loopback address (127.0.0.0/8, ::1): a host on this computer. The one rule
// for where plain http is allowed (settings, the Faspay client, a redirect_url).
bool isLoopbackHost(const QString &host);

} // namespace kasir
