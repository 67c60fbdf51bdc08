#include "core/db/idallocator.h"

#include "core/db/connectionstate.h"
#include "core/db/sql.h"

#include <QCryptographicHash>

namespace core {

qint64 keyedRowId(const QString &table, const QVariantList &key)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(table.toUtf8());
    for (const QVariant &value : key) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(value.toString().toUtf8());
    }
    const QByteArray digest = hash.result();
    quint64 h = 0;
    for (int i = 0; i < 8; ++i)
        h = (h << 8) | quint8(digest.at(i));
    constexpr quint64 highValues = (quint64(1) << (63 - workstationIdShift)) - firstKeyedIdWorkstation;
    const quint64 low = h & ((quint64(1) << workstationIdShift) - 1);
    const quint64 high = firstKeyedIdWorkstation + (h >> workstationIdShift) % highValues;
    return makeRowId(int(high), qint64(low));
}

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
