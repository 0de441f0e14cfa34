#include "core/faspay/channelcatalog.h"

#include <QJsonArray>

namespace kasir::faspay {

namespace {
constexpr char Ctx[] = "kasir::faspay::ChannelCatalog";
constexpr int CacheVersion = 1;

bool isChannelCode(QStringView code)
{
    if (code.isEmpty() || code.size() > 8)
        return false;
    for (QChar c : code) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

ChannelCatalog::ChannelCatalog(QList<ChannelInfo> channels, QDateTime fetchedAt)
    : m_channels(std::move(channels))
    , m_fetchedAt(std::move(fetchedAt))
    , m_fetched(true)
{
    for (ChannelInfo &info : m_channels) {
        info.code = info.code.trimmed();
        info.name = info.name.trimmed();
    }
}

QString ChannelCatalog::knownCode(Channel channel)
{
    switch (channel) {
    case Channel::Kredivo:
        return QStringLiteral("709");
    case Channel::Akulaku:
        return QStringLiteral("807");
    case Channel::Indodana:
        return QStringLiteral("820");
    case Channel::BriCeria:
        return {}; // not published (Part B U11): only the merchant's channel list can tell
    }
    return {};
}

std::optional<QString> ChannelCatalog::code(Channel channel) const
{
    if (!m_fetched)
        return std::nullopt;
    const QString known = knownCode(channel);
    if (!known.isEmpty()) {
        for (const ChannelInfo &info : m_channels) {
            if (info.code == known)
                return known;
        }
        return std::nullopt;
    }
    // BRI Ceria: exactly one candidate, otherwise we would be guessing between them.
    std::optional<QString> found;
    for (const ChannelInfo &info : m_channels) {
        if (!info.name.contains(QLatin1String("ceria"), Qt::CaseInsensitive) ||
            !isChannelCode(info.code))
            continue;
        if (found && *found != info.code)
            return std::nullopt;
        found = info.code;
    }
    return found;
}

TranslatableText ChannelCatalog::unavailableReason(Channel channel) const
{
    if (!m_fetched) {
        return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::ChannelCatalog",
                                       "The channel list has not been fetched from Faspay yet. "
                                       "Check the connection and refresh the channel list.")};
    }
    if (isAvailable(channel))
        return {};
    if (channel == Channel::BriCeria) {
        int candidates = 0;
        for (const ChannelInfo &info : m_channels) {
            if (info.name.contains(QLatin1String("ceria"), Qt::CaseInsensitive) &&
                isChannelCode(info.code))
                ++candidates;
        }
        if (candidates > 1) {
            return {Ctx, QT_TRANSLATE_NOOP("kasir::faspay::ChannelCatalog",
                                           "Faspay lists more than one BRI Ceria channel. Ask "
                                           "Faspay which one this merchant should use.")};
        }
    }
    return {Ctx,
            QT_TRANSLATE_NOOP("kasir::faspay::ChannelCatalog",
                              "%1 is not in this merchant's channel list. Ask Faspay to enable it, "
                              "then refresh the channel list."),
            {channelDisplayName(channel)}};
}

QJsonObject ChannelCatalog::toJson() const
{
    QJsonArray list;
    for (const ChannelInfo &info : m_channels) {
        list.append(QJsonObject{{QStringLiteral("pg_code"), info.code},
                                {QStringLiteral("pg_name"), info.name}});
    }
    QJsonObject json{{QStringLiteral("version"), CacheVersion}, {QStringLiteral("channels"), list}};
    if (m_fetchedAt.isValid()) {
        json.insert(QStringLiteral("fetched_at"), m_fetchedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    return json;
}

std::optional<ChannelCatalog> ChannelCatalog::fromJson(const QJsonObject &json)
{
    if (json.value(QLatin1String("version")).toInt(-1) != CacheVersion)
        return std::nullopt;
    const QJsonValue list = json.value(QLatin1String("channels"));
    if (!list.isArray())
        return std::nullopt;
    QList<ChannelInfo> channels;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject o = entry.toObject();
        const QJsonValue code = o.value(QLatin1String("pg_code"));
        const QJsonValue name = o.value(QLatin1String("pg_name"));
        if (!entry.isObject() || !code.isString() || !name.isString())
            return std::nullopt;
        channels.append(ChannelInfo{code.toString(), name.toString()});
    }
    QDateTime fetchedAt;
    const QJsonValue at = json.value(QLatin1String("fetched_at"));
    if (at.isString()) {
        fetchedAt = QDateTime::fromString(at.toString(), Qt::ISODateWithMs);
        if (!fetchedAt.isValid())
            return std::nullopt;
    } else if (!at.isUndefined()) {
        return std::nullopt;
    }
    return ChannelCatalog(std::move(channels), fetchedAt);
}

} // namespace kasir::faspay
