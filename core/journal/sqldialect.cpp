#include "core/journal/sqldialect.h"

namespace kasir {

namespace {

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode {
    SqlitePerm = 3,
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNoLfs = 22,
    SqliteNotADb = 26,
};

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

} // namespace

QString SqlDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqlDialect::connectOptions(bool readOnly) const
{
    // The busy timeout only matters when another process holds a write lock (a checkpoint):
    // short, because the journal is used from the GUI thread.
    return readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                    : QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000");
}

QList<SqlDialect::Setting> SqlDialect::readWriteSettings() const
{
    return {
        {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA journal_mode"),
         QStringLiteral("wal")},
        // FULL: in WAL mode every commit syncs the WAL, so a power cut loses nothing committed.
        {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA synchronous"),
         QStringLiteral("2")},
        {QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA foreign_keys"),
         QStringLiteral("1")},
    };
}

QStringList SqlDialect::readOnlySettings() const
{
    return {QStringLiteral("PRAGMA query_only=ON")};
}

QStringList SqlDialect::closingStatements() const
{
    return {QStringLiteral("PRAGMA optimize")};
}

QString SqlDialect::ddl(QString statement) const
{
    return statement
        .replace(QLatin1String("{id}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"))
        .replace(QLatin1String("{int64}"), QLatin1String("INTEGER"))
        .replace(QLatin1String("{bytes}"), QLatin1String("BLOB"))
        .replace(QLatin1String("{text}"), QLatin1String("TEXT"));
}

QString SqlDialect::beginWrite() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::returningId() const
{
    return QStringLiteral(" RETURNING id");
}

QString SqlDialect::commit() const
{
    return QStringLiteral("COMMIT");
}

QString SqlDialect::rollback() const
{
    return QStringLiteral("ROLLBACK");
}

QString SqlDialect::upsert(const QString &table, const QStringList &columns,
                           const QStringList &keyColumns) const
{
    QStringList placeholders;
    QStringList updates;
    for (const QString &c : columns) {
        placeholders << QStringLiteral("?");
        if (!keyColumns.contains(c))
            updates << c + QLatin1String(" = excluded.") + c;
    }
    QString sql = QLatin1String("INSERT INTO ") + table + QLatin1String(" (") +
                  columns.join(QLatin1String(", ")) + QLatin1String(") VALUES (") +
                  placeholders.join(QLatin1String(", ")) + QLatin1String(") ON CONFLICT (") +
                  keyColumns.join(QLatin1String(", ")) + QLatin1Char(')');
    if (updates.isEmpty())
        sql += QLatin1String(" DO NOTHING");
    else
        sql += QLatin1String(" DO UPDATE SET ") + updates.join(QLatin1String(", "));
    return sql;
}

QStringList SqlDialect::appendOnlyTriggers(const QString &table) const
{
    return {
        QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
            .arg(table),
    };
}

QStringList SqlDialect::noDeleteTrigger(const QString &table) const
{
    return {QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 "
                           "BEGIN SELECT RAISE(ABORT, '%1 rows are never deleted'); END")
                .arg(table)};
}

QStringList SqlDialect::frozenColumnsTrigger(const QString &table, const QStringList &columns,
                                             const QString &triggerName) const
{
    const QString name = triggerName.isEmpty() ? table + QLatin1String("_frozen") : triggerName;
    QStringList changed;
    for (const QString &c : columns)
        changed << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(c);
    return {QStringLiteral("CREATE TRIGGER %4 BEFORE UPDATE ON %1 WHEN %2 "
                           "BEGIN SELECT RAISE(ABORT, '%3 of %1 never change'); END")
                .arg(table, changed.join(QLatin1String(" OR ")), columns.join(QLatin1String(", ")),
                     name)};
}

QString SqlDialect::likeInsensitive(const QString &column) const
{
    // SQLite's LIKE ignores case for ASCII; callers fold non-ASCII text themselves.
    return column + QLatin1String(" LIKE ? ESCAPE '\\'");
}

QString SqlDialect::likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

QString SqlDialect::schemaVersionQuery() const
{
    return QStringLiteral("PRAGMA user_version");
}

QString SqlDialect::setSchemaVersion(int version) const
{
    // PRAGMA takes no placeholders; `version` is an int, never text from outside.
    return QStringLiteral("PRAGMA user_version = %1").arg(version);
}

QString SqlDialect::integrityCheck() const
{
    return QStringLiteral("PRAGMA quick_check");
}

JournalError::Kind SqlDialect::classify(const QSqlError &error) const
{
    switch (primaryCode(error)) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return JournalError::Corrupt;
    case SqliteFull:
    case SqliteReadOnly:
    case SqlitePerm:
    case SqliteIoErr:
    case SqliteCantOpen:
    case SqliteNoLfs:
        return JournalError::Unwritable;
    case SqliteBusy:
    case SqliteLocked:
        return JournalError::Busy;
    case SqliteConstraint:
        return JournalError::Conflict;
    default:
        return JournalError::Other;
    }
}

JournalError SqlDialect::describe(const QSqlError &error, const QString &path,
                                  const QString &what) const
{
    const QString detail = what + QLatin1String(": ") + error.text() + QLatin1String(" [sqlite ") +
                           error.nativeErrorCode() + QLatin1Char(']');
    switch (primaryCode(error)) {
    case SqliteCorrupt:
    case SqliteNotADb:
        return JournalError::corrupt(path, detail);
    case SqliteFull:
        return JournalError::diskFull(path, detail);
    case SqliteReadOnly:
    case SqlitePerm:
        return JournalError::readOnly(path, detail);
    case SqliteCantOpen:
        return JournalError::cannotOpen(path, detail);
    case SqliteIoErr:
    case SqliteNoLfs:
        return JournalError::ioError(path, detail);
    case SqliteBusy:
    case SqliteLocked:
        return JournalError::busy(detail);
    case SqliteConstraint: {
        JournalError e = JournalError::other(detail);
        e.kind = JournalError::Conflict;
        return e;
    }
    default:
        return JournalError::other(detail);
    }
}

} // namespace kasir
