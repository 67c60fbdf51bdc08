#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace core {

// Bulk loading for the demo builder: the plain (non-unique) indexes of some
// tables are dropped before a large batch of inserts and built again from
// their own CREATE statements afterwards, one sort instead of a B-tree
// insertion per row. Unique and partial indexes stay: they are rules. Only
// for writers that do not read the tables through those indexes meanwhile.
// The schema afterwards is exactly the one before (same names, same SQL).
class DeferredIndexes {
public:
    static Result<DeferredIndexes> drop(const QSqlDatabase &db, const QStringList &tables);
    // Builds them again; call it inside or outside a transaction.
    Status restore();

private:
    QSqlDatabase m_db;
    QStringList m_create;
};

} // namespace core
