#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace kasir {

// Whether `host` is named by one of `patterns`: "host" exactly, "*.domain" for the domain and
// every name under it, "[::1]" for an IPv6 address. Case-insensitive; empty entries never match.
// Header-only so that the browser plugin, which links no Kasir library, shares the one rule with
// the checkout's redirect_url check.
inline bool hostMatchesPattern(const QString &host, const QStringList &patterns)
{
    // QUrl::host() is lower case for registered names and has no brackets for IPv6.
    const QString h = host.toLower();
    if (h.isEmpty())
        return false;
    for (const QString &entry : patterns) {
        QString e = entry.trimmed().toLower();
        if (e.startsWith(QLatin1Char('[')) && e.endsWith(QLatin1Char(']')))
            e = e.mid(1, e.size() - 2);
        if (e.isEmpty())
            continue;
        if (e.startsWith(QLatin1String("*."))) {
            const QStringView domain = QStringView(e).mid(2);
            if (domain.isEmpty())
                continue;
            if (h == domain)
                return true;
            if (h.size() > domain.size() + 1 && h.endsWith(domain) &&
                h.at(h.size() - domain.size() - 1) == QLatin1Char('.'))
                return true;
        } else if (h == e) {
            return true;
        }
    }
    return false;
}

} // namespace kasir
