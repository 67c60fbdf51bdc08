#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace core {

// Prepares, binds (positional ?) and runs one statement. A driver failure
// becomes Error("db.query", {driver message, statement}). Queries are
// forward-only: results are read once, in order.
Result<QSqlQuery> runQuery(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// The first column of the first row, or an invalid QVariant when no row.
Result<QVariant> queryValue(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});

// Binds one value. A QString binds as text even when it is null (an empty
// field must not become SQL NULL by accident); NULL is bound as QVariant().
void bindValue(QSqlQuery &query, int position, const QVariant &value);

// Turns a failed QSqlQuery into an Error. SQLite's sum() of integers beyond
// 64 bits ("integer overflow") becomes Error("db.integer_overflow", {statement}):
// a report says so instead of printing a wrapped or partial total.
Error queryError(const QSqlQuery &query, const QString &sql);

// After reading a query's rows: the step that failed half way (an overflow
// found in a later group) as an Error; next() alone just returns false.
Status queryFinished(const QSqlQuery &query);

// a + b for quantities and counts summed in C++ (report totals): false, and
// `sum` untouched, when the result does not fit in 64 bits.
bool addChecked(qint64 &sum, qint64 value);
// The error of a total that did not fit (`what`: the report or the figure).
Error overflowError(const QString &what);

} // namespace core
