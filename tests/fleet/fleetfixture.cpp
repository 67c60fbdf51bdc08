#include "fleetfixture.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "fleet/domain/fleetrepository.h"

namespace fleettest {

qint64 addOrganisation(const QSqlDatabase &db, const QString &name)
{
    core::Transaction tx(db);
    if (!tx)
        return 0;
    auto id = core::allocateRowId(db);
    if (!id)
        return 0;
    auto q = core::runQuery(db,
        QStringLiteral("INSERT INTO organisation(id, name, kind, comune_id) VALUES (?, ?, 'association', 15146)"),
        { *id, name });
    return q && tx.commit() ? *id : 0;
}

qint64 addSite(const QSqlDatabase &db, const QString &name, fleet::Site::Kind kind)
{
    fleet::Site s;
    s.name = name;
    s.kind = kind;
    s.comuneId = 15205;
    return fleet::FleetRepository(db).saveSite(s) ? s.id : 0;
}

fleet::Vehicle van(const QString &plate, const QDate &revision, const QDate &insurance)
{
    fleet::Vehicle v;
    v.plate = plate;
    v.type = fleet::Vehicle::Type::Van;
    v.model = QStringLiteral("Fiat Ducato");
    v.registrationDate = QDate(2018, 5, 2);
    v.revisionDue = revision;
    v.insuranceExpiry = insurance;
    v.odometerKm = 50000;
    return v;
}

qint64 addVehicle(const QSqlDatabase &db, fleet::Vehicle v)
{
    return fleet::FleetRepository(db).saveVehicle(v, today) ? v.id : 0;
}

qint64 addEquipment(const QSqlDatabase &db, const QString &description, const QString &serial)
{
    fleet::Equipment e;
    e.type = fleet::Equipment::Type::Generator;
    e.description = description;
    e.serialNumber = serial;
    return fleet::FleetRepository(db).saveEquipment(e) ? e.id : 0;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return v ? v->toLongLong() : -1;
}

} // namespace fleettest
