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
// quick_check, which skips index cross-checks, for start-up.
Result<DatabaseCheck> checkDatabase(const QSqlDatabase &db, bool quick = false);

} // namespace core
