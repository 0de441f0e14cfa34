#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace kasir {

class SqlDialect;

// One step of the journal's schema history: it brings a file from `version - 1` to `version`.
// Steps only ever get appended; a released step is never edited (files in the field have run
// it). Each step runs in its own write transaction together with the new schema version, so a
// failed step leaves the file exactly at the version before it.
struct MigrationStep
{
    int version = 0;
    QStringList statements;
    // Optional data conversion run after `statements` in the same transaction; returns an
    // error text, empty on success.
    std::function<QString(QSqlDatabase &)> convert;
};

// The journal's schema history, oldest first. Its last version is the one this program writes.
QList<MigrationStep> journalMigrations(const SqlDialect &dialect);

} // namespace kasir
