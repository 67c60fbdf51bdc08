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

namespace {

qint64 insertWithId(const QSqlDatabase &db, const QString &sql, QVariantList binds)
{
    core::Transaction tx(db);
    if (!tx)
        return 0;
    auto id = core::allocateRowId(db);
    if (!id)
        return 0;
    binds.prepend(*id);
    auto q = core::runQuery(db, sql, binds);
    return q && tx.commit() ? *id : 0;
}

} // namespace

qint64 addEvent(const QSqlDatabase &db, const QString &name)
{
    return insertWithId(db,
        QStringLiteral("INSERT INTO activation_event(id, name, event_type, authorising_act, start_date) "
                       "VALUES (?, ?, 'ordinary', 'Decreto 1/2026', '2026-01-01')"),
        { name });
}

qint64 addService(const QSqlDatabase &db)
{
    return insertWithId(
        db, QStringLiteral("INSERT INTO volunteer_service(id, code, name) VALUES (?, 'colonna', 'Colonna mobile')"), {});
}

qint64 addVolunteer(const QSqlDatabase &db, qint64 organisation, const QString &taxCode, const QString &lastName,
    const QStringList &qualifications, const QDate &expires)
{
    const qint64 id = insertWithId(db,
        QStringLiteral("INSERT INTO volunteer(id, organisation_id, last_name, first_name, tax_code, comune_id, "
                       "employment) VALUES (?, ?, ?, 'Prova', ?, 15146, 'not_working')"),
        { organisation, lastName, taxCode });
    for (const QString &q : qualifications)
        if (!insertWithId(db,
                QStringLiteral("INSERT INTO volunteer_qualification(id, volunteer_id, kind, name, obtained_on, "
                               "expires_on) VALUES (?, ?, 'qualification', ?, '2020-01-01', ?)"),
                { id, q, expires.isValid() ? QVariant(expires.toString(Qt::ISODate)) : QVariant() }))
            return 0;
    return id;
}

qint64 count(const QSqlDatabase &db, const QString &table)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
    return v ? v->toLongLong() : -1;
}

} // namespace fleettest
