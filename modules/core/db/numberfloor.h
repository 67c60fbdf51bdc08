#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

// Document numbers (receipts, DDT, requests, attestati, listening codes)
// are "the next after the highest in the series", a series being a table
// and the text before the number's trailing digits ("2026/3-" in
// "2026/3-0012"). After a restore from a backup the documents exported
// since that backup are missing from the tables, so the restore records
// here, per series, the highest number this workstation already handed
// out; the numbering starts after the higher of the two. Kept in
// local_config: never synchronised, like the workstation number.

// Splits "2026/3-0012" into ("2026/3-", 12); false when the text does not
// end in digits (or the digits do not fit).
bool splitDocumentNumber(const QString &number, QString *prefix, qint64 *value);

// The floor of a series (0 when none).
qint64 numberFloor(const QSqlDatabase &db, const QString &table, const QString &prefix);
// Raises the floor of a series to `value` (never lowers it).
Status raiseNumberFloor(const QSqlDatabase &db, const QString &table, const QString &prefix, qint64 value);

} // namespace core
