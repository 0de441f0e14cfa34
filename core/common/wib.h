#pragma once

#include <QDate>
#include <QDateTime>

namespace kasir {

// Western Indonesia Time, the one clock that Faspay's dates, bill numbers, receipts and end of
// day are read in. Asia/Jakarta is UTC+7 all year (no daylight saving since 1964); Kasir uses a
// fixed offset rather than the time-zone database, so that it behaves the same on Windows
// counters, whose zone data may be missing or differ. Stored times are UTC; these convert.
constexpr int WibOffsetSeconds = 7 * 3600;

// The same instant with the +07:00 offset; invalid stays invalid.
QDateTime toWib(const QDateTime &time);
// The WIB calendar day that `time` falls on (the business day of a sale).
QDate wibDayOf(const QDateTime &time);
// The first instant of a WIB day, and of the day after it, in UTC.
QDateTime wibDayStartUtc(QDate wibDay);
QDateTime wibDayEndUtc(QDate wibDay);

} // namespace kasir
