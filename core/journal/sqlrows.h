#pragma once

#include "core/attempt/attempt.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace kasir {
class JournalDatabase;
struct JournalError;
} // namespace kasir

namespace kasir::sqlrows {

// How the journal's stores turn records into bound values and rows back into records: the same
// for every dialect (dates as UTC milliseconds, money as whole rupiah, states by their keys).

QVariant msOrNull(const QDateTime &t);
QDateTime fromMs(const QVariant &v);
// Qt SQL binds a null QString as SQL NULL: text for NOT NULL columns goes through this.
QVariant text(const QString &s);
QVariant textOrNull(const QString &s);
QVariant stateOrNull(std::optional<AttemptState> s);
// A key this program does not know can only come from a newer one: NeedsAttention, never a
// default.
std::optional<AttemptState> stateFrom(const QVariant &v);
// "?, ?, ?" for n values.
QString placeholders(qsizetype n);

// "SELECT <every attempt column> FROM attempts a JOIN attempt_orders o ... ", followed by a
// WHERE or ORDER BY tail; attemptFromRow() reads one of its rows.
const QString &attemptSelect();
Attempt attemptFromRow(const QSqlQuery &q);
// The attempts that attemptSelect() + `tail` finds, in its order.
QList<Attempt> readAttempts(const JournalDatabase &db, const QString &tail,
                            const QVariantList &values, JournalError *error);

} // namespace kasir::sqlrows
