#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QVariantList>

#include <memory>
#include <optional>

class QSqlQuery;

namespace core::sync {

// Prepared statements kept for the length of one export or import: the same
// few statements run once per row, and preparing them costs more than
// running them. Every statement is reset after use, so none keeps a read
// open between two transactions. Thread of its connection; not shared.
class StatementCache {
public:
    explicit StatementCache(const QSqlDatabase &db);
    ~StatementCache();
    StatementCache(const StatementCache &) = delete;
    StatementCache &operator=(const StatementCache &) = delete;

    // The first row (all its columns), or nothing.
    Result<std::optional<QVariantList>> firstRow(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row; an invalid QVariant when no row.
    Result<QVariant> value(const QString &sql, const QVariantList &binds = {});
    // Runs a write; false with the driver's error (its native code tells a
    // constraint from a disk failure).
    bool exec(const QString &sql, const QVariantList &binds, QSqlError *error);

private:
    QSqlQuery *prepared(const QString &sql, Error *error);

    QSqlDatabase m_db;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
};

} // namespace core::sync
