#pragma once

#include "core/common/translatabletext.h"
#include "core/order/order.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace kasir::faspay {

// One entry of the Payment Channel Inquiry answer: `pg_code`, `pg_name`.
struct ChannelInfo
{
    QString code; // "709"
    QString name; // "Kredivo"
    bool operator==(const ChannelInfo &) const = default;
};

// Which of Kasir's four channels this merchant may use, and with which code, decided only from
// the merchant's own channel list (Part A §10). Kredivo, Akulaku and Indodana are available when
// their published code (709, 807, 820) is in the list; BRI Ceria, whose code is not published,
// when exactly one listed channel has a `pg_name` containing "ceria" (any case) and a numeric
// code. Nothing is guessed: a catalog that was never fetched makes every channel unavailable.
class ChannelCatalog
{
public:
    ChannelCatalog() = default; // not fetched yet
    explicit ChannelCatalog(QList<ChannelInfo> channels, QDateTime fetchedAt = {});

    bool isFetched() const { return m_fetched; }
    QDateTime fetchedAt() const { return m_fetchedAt; }
    const QList<ChannelInfo> &channels() const { return m_channels; }

    // The `payment_channel` value to post for this channel; nullopt when unavailable.
    std::optional<QString> code(Channel channel) const;
    bool isAvailable(Channel channel) const { return code(channel).has_value(); }
    // Why the channel cannot be offered, and what to do; empty when it is available.
    TranslatableText unavailableReason(Channel channel) const;

    // The published code: "709" Kredivo, "807" Akulaku, "820" Indodana; empty for BRI Ceria.
    static QString knownCode(Channel channel);

    // Cache form: {"version":1,"fetched_at":"<ISO 8601 UTC>","channels":[{"pg_code","pg_name"}]}.
    QJsonObject toJson() const;
    // nullopt for anything that is not a cache written by toJson (the caller then fetches again).
    static std::optional<ChannelCatalog> fromJson(const QJsonObject &json);

    bool operator==(const ChannelCatalog &) const = default;

private:
    QList<ChannelInfo> m_channels;
    QDateTime m_fetchedAt;
    bool m_fetched = false;
};

} // namespace kasir::faspay
