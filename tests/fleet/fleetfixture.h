#pragma once

#include "fleet/domain/fleettypes.h"

#include <QSqlDatabase>

// Rows the Colonna Mobile's tests start from, written through the
// repository (nobody needs to be signed in).
namespace fleettest {

// The suite's "today" (CISIAMO_NOW of CTest).
inline const QDate today(2026, 3, 10);

qint64 addOrganisation(const QSqlDatabase &db, const QString &name);
qint64 addSite(const QSqlDatabase &db, const QString &name, fleet::Site::Kind kind = fleet::Site::Kind::Pole);
// A van of the Metropolitan City, registered in 2018, 50.000 km.
fleet::Vehicle van(const QString &plate, const QDate &revision = {}, const QDate &insurance = {});
qint64 addVehicle(const QSqlDatabase &db, fleet::Vehicle v);
qint64 addEquipment(const QSqlDatabase &db, const QString &description, const QString &serial);
qint64 count(const QSqlDatabase &db, const QString &table);
// An event from 01/01/2026, open ("Alluvione Seveso"), and the service
// "Colonna mobile", for deployments.
qint64 addEvent(const QSqlDatabase &db, const QString &name = QStringLiteral("Alluvione Seveso"));
qint64 addService(const QSqlDatabase &db);
// A volunteer of the organisation holding each qualification from 2020
// (expiring on `expires`, none when invalid).
qint64 addVolunteer(const QSqlDatabase &db, qint64 organisation, const QString &taxCode, const QString &lastName,
    const QStringList &qualifications = {}, const QDate &expires = {});

} // namespace fleettest
