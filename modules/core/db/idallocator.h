#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

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

// Allocates the next id (or a block of `count` consecutive ids, returning
// the first) for this connection's workstation. Must run inside a
// Transaction: the counter and the rows that use it commit together.
Result<qint64> allocateRowId(const QSqlDatabase &db, qint64 count = 1);

} // namespace core
