#pragma once

#include "core/journal/stores.h"

namespace kasir {

class JournalDatabase;

// The last channel list in the journal's database (journaldatabase.h).
class SqlChannelCache final : public ChannelCacheStore
{
public:
    explicit SqlChannelCache(JournalDatabase &db)
        : m_db(db)
    {}

    bool saveChannels(const QString &scope, const QList<CachedChannel> &channels,
                      const QDateTime &fetchedAt, JournalError *error) override;
    ChannelCache cachedChannels(const QString &scope, JournalError *error = nullptr) const override;

private:
    JournalDatabase &m_db;
};

} // namespace kasir
