#pragma once

#include <QString>
#include <QStringList>

class QUrl;

namespace kasir::faspay {

// Faspay's published Debit API hosts (Part B §1.1): the current and legacy sandboxes and the
// production hosts. A gateway elsewhere is not Faspay as far as Kasir can tell: it needs a
// supervisor's approval and is marked on the window, every receipt and end of day.
QStringList publishedHosts();
bool isPublishedHost(const QString &host);

// What an attempt records as the gateway it was posted to: the URL's host, lower-cased, with
// ":port" when the URL names a port ("127.0.0.1:8123"). Empty for a URL without a host.
QString gatewayAuthority(const QUrl &url);
// Whether a recorded gateway (gatewayAuthority) is on one of Faspay's published hosts. A
// non-standard port on a published host is still that host.
bool isPublishedGateway(const QString &authority);
// Whether a sale recorded as posted to `authority` is marked NOT FASPAY (window, receipt, end of
// day): a recorded gateway that is not published. Never for training (the sandbox is marked as
// training instead), nor for attempts written before Kasir recorded the gateway (empty).
bool isMarkedNotFaspay(bool training, const QString &authority);

} // namespace kasir::faspay
