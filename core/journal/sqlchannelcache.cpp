#include "core/journal/sqlchannelcache.h"

#include "core/journal/journaldatabase.h"
#include "core/journal/sqlrows.h"

#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace kasir {

using namespace sqlrows;

bool SqlChannelCache::saveChannels(const QString &scope, const QList<CachedChannel> &channels,
                                   const QDateTime &fetchedAt, JournalError *error)
{
    if (m_db.refuseWrite(false, error))
        return false;
    JournalDatabase::Transaction tx(m_db);
    if (!tx.begin(error))
        return false;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("DELETE FROM channels WHERE scope = ?"), {text(scope)},
                   QStringLiteral("clear channels"), error)) {
        return false;
    }
    const qint64 at = fetchedAt.isValid() ? fetchedAt.toMSecsSinceEpoch() : m_db.nowMs();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        if (!m_db.exec(
                q,
                QStringLiteral("INSERT INTO channels (scope, code, name, position,"
                               " fetched_at) VALUES (?, ?, ?, ?, ?)"),
                {text(scope), text(channels.at(i).code), text(channels.at(i).name), qint64(i), at},
                QStringLiteral("save channel"), error)) {
            return false;
        }
    }
    return tx.commit(error);
}

ChannelCache SqlChannelCache::cachedChannels(const QString &scope, JournalError *error) const
{
    setJournalError(error, {});
    ChannelCache cache;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q,
                   QStringLiteral("SELECT code, name, fetched_at FROM channels WHERE scope = ?"
                                  " ORDER BY position"),
                   {text(scope)}, QStringLiteral("read channels"), error)) {
        return cache;
    }
    while (q.next()) {
        cache.channels << CachedChannel{q.value(0).toString(), q.value(1).toString()};
        cache.fetchedAt = fromMs(q.value(2));
    }
    return cache;
}

} // namespace kasir
