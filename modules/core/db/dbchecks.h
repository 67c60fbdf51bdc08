#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace core {

// The outcome of PRAGMA integrity_check and PRAGMA foreign_key_check.
struct DatabaseCheck {
    QStringList integrityProblems;  // empty when integrity_check says "ok"
    QStringList foreignKeyProblems; // "table rowid -> parent"
    bool isClean() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

// Full check (slow on big files: reads every page). `quick` uses
// quick_check, which skips index cross-checks.
Result<DatabaseCheck> checkDatabase(const QSqlDatabase &db, bool quick = false);

// PRAGMA integrity_check (or quick_check) alone: the lines that are not "ok".
Result<QStringList> integrityProblems(const QSqlDatabase &db, bool quick);

// The check the window runs at start, before its first paint: it costs
// the same on a small and on a five-year file (the header and the first
// page only, never the whole file). openDatabase() has already refused a
// file that is not a database, a damaged header or schema, a file shorter
// than its header says, a schema newer than this program and a WAL that
// cannot be read; this adds the header's free-page count, which must fit
// in its page count. The problems found, empty when none. The quick and
// full checks run later, on a worker (BackgroundCheck).
Result<QStringList> startCheck(const QSqlDatabase &db);

} // namespace core
