#include "core/db/idallocator.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"

namespace core {

Result<qint64> allocateRowId(const QSqlDatabase &db, qint64 count)
{
    const ConnectionState &state = connectionState(db);
    if (state.transactionDepth == 0)
        return Error(QStringLiteral("db.no_transaction"));
    if (state.workstation < 1 || state.workstation > maxWorkstationNumber)
        return Error(QStringLiteral("db.bad_workstation"), { QString::number(state.workstation) });
    auto last = queryValue(db,
        QStringLiteral("INSERT INTO id_allocator(workstation, last_value) VALUES (?, ?) "
                       "ON CONFLICT(workstation) DO UPDATE SET last_value = last_value + excluded.last_value "
                       "RETURNING last_value"),
        { state.workstation, count });
    if (!last)
        return last.error();
    return makeRowId(state.workstation, last->toLongLong() - count + 1);
}

} // namespace core
