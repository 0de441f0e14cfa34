#pragma once

#include <QString>
#include <QStringList>

namespace kasir::faspay {

// Faspay's published Debit API hosts (Part B §1.1): the current and legacy sandboxes and the
// production hosts. A gateway elsewhere is not Faspay as far as Kasir can tell: it needs a
// supervisor's approval and is marked on the window, every receipt and end of day.
QStringList publishedHosts();
bool isPublishedHost(const QString &host);

} // namespace kasir::faspay
