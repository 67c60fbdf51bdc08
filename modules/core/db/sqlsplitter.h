#pragma once

#include <QString>
#include <QStringList>

namespace core {

// Splits an SQL script into statements, because the Qt SQLite driver runs
// one statement per exec(). Semicolons inside quotes ('..', "..", `..`,
// [..]), comments (-- and /* */) and trigger bodies (BEGIN ... END, with
// CASE ... END inside) do not end a statement. Statements are trimmed; empty
// ones and ones made only of comments are dropped.
QStringList splitSqlStatements(const QString &script);

} // namespace core
