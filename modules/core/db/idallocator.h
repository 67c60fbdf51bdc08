#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace core {

// Global row ids: the workstation number sits in the high bits of the 64-bit
// id and a per-workstation counter in the low 40 bits, so rows made on two
// workstations never collide and foreign keys travel unchanged through a
// sync. Workstation 0 is the shared reference data, identical everywhere.
constexpr int workstationIdShift = 40;
constexpr int maxWorkstationNumber = 9999;

constexpr qint64 makeRowId(int workstation, qint64 sequence)
{
    return (qint64(workstation) << workstationIdShift) | sequence;
}
constexpr int workstationOfRowId(qint64 id)
{
    return int(id >> workstationIdShift);
}

// Ids made from what a row is rather than where it was made: the same key
// gives the same id on every workstation, so two workstations that add the
// same member of a set (an assistant's Monday 15:00) add one row. They live
// above every workstation's range (workstation part > maxWorkstationNumber),
// so they never meet an allocated id nor move a workstation's counter.
constexpr int firstKeyedIdWorkstation = maxWorkstationNumber + 1;
// A SHA-256 of the table and the key values (as text, in order), folded into
// that range. Collisions need ~2^31 rows of one table.
qint64 keyedRowId(const QString &table, const QVariantList &key);
constexpr bool isKeyedRowId(qint64 id)
{
    return workstationOfRowId(id) >= firstKeyedIdWorkstation;
}

// Allocates the next id (or a block of `count` consecutive ids, returning
// the first) for this connection's workstation. Must run inside a
// Transaction: the counter and the rows that use it commit together.
Result<qint64> allocateRowId(const QSqlDatabase &db, qint64 count = 1);

} // namespace core
