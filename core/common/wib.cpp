#include "core/common/wib.h"

#include <QTimeZone>

namespace kasir {

QDateTime toWib(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(WibOffsetSeconds) : QDateTime();
}

QDate wibDayOf(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(WibOffsetSeconds).date() : QDate();
}

QDateTime wibDayStartUtc(QDate wibDay)
{
    return QDateTime(wibDay, QTime(0, 0), QTimeZone::utc()).addSecs(-WibOffsetSeconds);
}

QDateTime wibDayEndUtc(QDate wibDay)
{
    return wibDayStartUtc(wibDay.addDays(1));
}

} // namespace kasir
