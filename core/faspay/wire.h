#pragma once

#include "core/common/wib.h"
#include "core/money/money.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace kasir::faspay {

// Wire encoding of Faspay's Debit API (docs/faspay-debit-api.md Part A §4, §5, §7). Every value
// Kasir sends is a JSON string; this file is the one place where money, dates and free text are
// turned into those strings.

// Part A §4: request amounts are rupiah x 100 as a digit string (Rp 1.500.000 -> "150000000").
// This is the ONLY place the x100 conversion happens. A negative amount, or one whose x100 form
// does not fit in qint64, is refused: the result is an empty string, which is not a wire amount
// and which buildPostData turns into a field error (no assert: refusing is testable and a counter
// running a debug build must not abort mid-sale).
QString toWireAmount(Money amount);

// The inverse of toWireAmount, for the training sandbox and for tests: a digit string that is a
// whole number of rupiah x 100 (so it ends in "00"). nullopt for anything else.
std::optional<Money> fromWireAmount(QStringView wire);

// Part A §4: amounts that come back (notification / inquiry `payment_total`) are compared with the
// expected total both as whole rupiah and as rupiah x 100. Only ASCII digits (surrounding spaces
// allowed) can match; empty text, signs, decimals, separators and garbage are a mismatch. The two
// readings can only ever accept an amount equal to or larger than the expected one, never a
// smaller one.
bool returnedAmountMatches(QStringView returned, Money expected);

// Part A §7: "yyyy-MM-dd HH:mm:ss" in WIB. Any QDateTime (UTC, local, offset) is converted to WIB
// first; milliseconds are dropped. Empty for an invalid date-time.
QString formatWib(const QDateTime &dateTime);
// Strict inverse: exactly "yyyy-MM-dd HH:mm:ss" (19 characters, ASCII digits, a real calendar
// date and time), read as WIB. The result carries the +07:00 offset.
std::optional<QDateTime> parseWib(QStringView text);

// Free text for a wire field: control and format characters (new lines, tabs, bidi overrides,
// zero-width characters) and unpaired surrogates are removed, runs of white space become one
// space, the ends are trimmed, and the result is cut to at most `maxLength` UTF-16 code units at a
// grapheme boundary (a surrogate pair or a letter with its combining marks is never split), then
// trimmed again.
QString wireText(const QString &text, qsizetype maxLength);

// Part A §5: `product` is A(50). Decision: a longer name is TRIMMED to 50 characters on the wire
// (wireText above), not refused and not split into several lines; the full name stays in the
// journal and on the receipt. The lender's page only shows it to the customer as a label.
constexpr qsizetype MaxProductNameLength = 50;
QString wireProductName(const QString &name);

} // namespace kasir::faspay
