#include "core/faspay/hosts.h"

#include <QUrl>

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

QString gatewayAuthority(const QUrl &url)
{
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return {};
    const bool ipv6 = host.contains(QLatin1Char(':'));
    const QString shown = ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return url.port() >= 0 ? shown + QLatin1Char(':') + QString::number(url.port()) : shown;
}

bool isPublishedGateway(const QString &authority)
{
    if (authority.startsWith(QLatin1Char('[')))
        return false; // an address literal is never one of Faspay's names
    return isPublishedHost(authority.section(QLatin1Char(':'), 0, 0));
}

bool isMarkedNotFaspay(bool training, const QString &authority)
{
    return !training && !authority.isEmpty() && !isPublishedGateway(authority);
}

} // namespace kasir::faspay
