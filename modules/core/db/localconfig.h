#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>

namespace core {

// Settings that belong to this database file on this workstation and are
// never synchronised nor logged (local_config table): the workstation
// number and name, the reference data version, the creation time.
namespace LocalConfig {
inline const QString workstationNumber = QStringLiteral("workstation_number");
inline const QString workstationName = QStringLiteral("workstation_name");
inline const QString referenceVersion = QStringLiteral("reference_version");
inline const QString createdAt = QStringLiteral("created_at");

QString value(const QSqlDatabase &db, const QString &key, const QString &fallback = {});
Status setValue(const QSqlDatabase &db, const QString &key, const QString &value);

// Whether this database may take the workstation number: between 1 and
// maxWorkstationNumber, and carried by no other workstation's rows received
// through a sync (db.bad_workstation, db.workstation_in_use). Reads only.
Status checkWorkstationNumber(const QSqlDatabase &db, int number);
// Changes the workstation number stored in this database (inside the
// caller's transaction; after the commit the caller updates the connection
// state). Refused as checkWorkstationNumber says.
Status setWorkstationNumber(const QSqlDatabase &db, int number);
} // namespace LocalConfig

} // namespace core
