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

// Turns a failed QSqlQuery into an Error.
Error queryError(const QSqlQuery &query, const QString &sql);

} // namespace core
