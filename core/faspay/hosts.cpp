#include "core/faspay/hosts.h"

namespace kasir::faspay {

QStringList publishedHosts()
{
    return {
        QStringLiteral("debit-sandbox.faspay.co.id"),
        QStringLiteral("dev.faspay.co.id"),
        QStringLiteral("web.faspay.co.id"),
        QStringLiteral("debit.faspay.co.id"),
    };
}

bool isPublishedHost(const QString &host)
{
    return publishedHosts().contains(host.toLower());
}

} // namespace kasir::faspay
