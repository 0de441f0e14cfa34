#pragma once

#include "core/journal/journalerror.h"

#include <QSqlError>
#include <QString>
#include <QStringList>

namespace kasir {

// Everything in the journal's SQL that is not plain SQL lives here, so that a chain can later
// point many counters at one shared PostgreSQL by adding a second dialect in this one class:
// connection options and PRAGMAs, the column types that differ (auto-numbered keys, bytes),
// how a write transaction starts, the upsert form, the triggers that keep the event log
// append-only, the schema version, the integrity check, and how native error codes map to
// JournalError kinds. Only SQLite is implemented today.
class SqlDialect
{
public:
    // The Qt SQL driver name.
    QString driverName() const;
    // Options for QSqlDatabase::setConnectOptions().
    QString connectOptions(bool readOnly) const;
    // Statements run on a fresh read-write connection, each with the value it must answer
    // (empty: no check). WAL and synchronous=FULL are requirements, checked, not hoped for.
    struct Setting
    {
        QString statement;
        QString query;    // read back after setting; empty when nothing to check
        QString expected; // what `query` must return
    };
    QList<Setting> readWriteSettings() const;
    QStringList readOnlySettings() const;
    // Run before closing a read-write connection (keeps the planner's statistics fresh).
    QStringList closingStatements() const;

    // DDL written with {id}, {int64}, {bytes}, {text}: this fills in the dialect's types.
    QString ddl(QString statement) const;

    // A write transaction that takes the write lock at once (no deadlock between two writers
    // that both started as readers).
    QString beginWrite() const;
    // Appended to an INSERT into a table with an {id} key so that it answers the new id as a
    // row (SQLite >= 3.35 and PostgreSQL both say RETURNING).
    QString returningId() const;
    QString commit() const;
    QString rollback() const;

    // INSERT … ON CONFLICT (keys) DO UPDATE SET every non-key column, with positional
    // placeholders in the order of `columns`.
    QString upsert(const QString &table, const QStringList &columns,
                   const QStringList &keyColumns) const;
    // Triggers that make `table` refuse UPDATE and DELETE (append-only), or only DELETE, or
    // UPDATE of some columns.
    QStringList appendOnlyTriggers(const QString &table) const;
    QStringList noDeleteTrigger(const QString &table) const;
    // The trigger is `<table>_frozen` unless named (a later step freezes its own columns).
    QStringList frozenColumnsTrigger(const QString &table, const QStringList &columns,
                                     const QString &triggerName = {}) const;
    // Case-insensitive LIKE with '\' as escape character (pattern bound as a placeholder).
    QString likeInsensitive(const QString &column) const;
    static QString likePattern(const QString &text); // "%text%" with % _ \ escaped

    QString schemaVersionQuery() const;
    QString setSchemaVersion(int version) const;
    // One row "ok" when the file is sound, else one row per problem.
    QString integrityCheck() const;

    // What a failed statement means for the caller. Corrupt and Unwritable disable payments.
    JournalError::Kind classify(const QSqlError &error) const;
    // The more precise cause of an Unwritable error (disk full, read-only, I/O) as a message.
    JournalError describe(const QSqlError &error, const QString &path, const QString &what) const;
};

} // namespace kasir
