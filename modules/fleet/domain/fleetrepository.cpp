#include "fleet/domain/fleetrepository.h"

#include "core/auth/audittext.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetrules.h"

#include <QSqlQuery>

namespace fleet {

using core::Error;
using core::Result;
using core::Status;

namespace {

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(core::toSqlDate(d)) : QVariant();
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

const QString siteColumns
    = QStringLiteral("id, name, kind, address, coalesce(comune_id, 0), state, capacity_notes, notes");

Site readSite(const QSqlQuery &q)
{
    Site s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    siteKindFromCode(q.value(2).toString(), &s.kind);
    s.address = q.value(3).toString();
    s.comuneId = q.value(4).toInt();
    siteStateFromCode(q.value(5).toString(), &s.state);
    s.capacityNotes = q.value(6).toString();
    s.notes = q.value(7).toString();
    return s;
}

const QString vehicleColumns = QStringLiteral(
    "id, plate, vehicle_type, model, owner_kind, coalesce(organisation_id, 0), coalesce(site_id, 0), state, "
    "registration_date, revision_due, insurance_expiry, "
    "(SELECT o.odometer_km FROM fleet_vehicle_odometer o WHERE o.vehicle_id = fleet_vehicle.id), notes, active, "
    "odometer_km");

Vehicle readVehicle(const QSqlQuery &q)
{
    Vehicle v;
    v.id = q.value(0).toLongLong();
    v.plate = q.value(1).toString();
    vehicleTypeFromCode(q.value(2).toString(), &v.type);
    v.model = q.value(3).toString();
    ownerFromCode(q.value(4).toString(), &v.owner);
    v.organisationId = q.value(5).toLongLong();
    v.siteId = q.value(6).toLongLong();
    assetStateFromCode(q.value(7).toString(), &v.state);
    v.registrationDate = core::fromSqlDate(q.value(8).toString());
    v.revisionDue = core::fromSqlDate(q.value(9).toString());
    v.insuranceExpiry = core::fromSqlDate(q.value(10).toString());
    v.odometerKm = q.value(11).toLongLong();
    v.notes = q.value(12).toString();
    v.active = q.value(13).toBool();
    v.readingKm = q.value(14).toLongLong();
    return v;
}

const QString equipmentColumns = QStringLiteral(
    "id, equipment_type, description, serial_number, coalesce(site_id, 0), state, check_due, notes, active");

Equipment readEquipment(const QSqlQuery &q)
{
    Equipment e;
    e.id = q.value(0).toLongLong();
    equipmentTypeFromCode(q.value(1).toString(), &e.type);
    e.description = q.value(2).toString();
    e.serialNumber = q.value(3).toString();
    e.siteId = q.value(4).toLongLong();
    assetStateFromCode(q.value(5).toString(), &e.state);
    e.checkDue = core::fromSqlDate(q.value(6).toString());
    e.notes = q.value(7).toString();
    e.active = q.value(8).toBool();
    return e;
}

template <typename T, typename Reader>
Result<T> readOne(const QSqlDatabase &db, const QString &sql, const QVariantList &binds, Reader reader)
{
    auto q = core::runQuery(db, sql, binds);
    if (!q)
        return q.error();
    return q->next() ? reader(*q) : T();
}

Status exists(const QSqlDatabase &db, const QString &table, qint64 id, const QString &code)
{
    if (id <= 0)
        return {};
    auto v = core::queryValue(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
    if (!v)
        return v.error();
    return v->isValid() ? Status() : Status(Error(code, { QString::number(id) }));
}

// INSERT (row id allocated) or UPDATE of `columns` (first one: id).
Result<qint64> upsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, qint64 id,
    const QVariantList &values)
{
    if (id == 0) {
        auto newId = core::allocateRowId(db);
        if (!newId)
            return newId.error();
        QStringList marks;
        for (int i = 0; i <= values.size(); ++i)
            marks.append(QStringLiteral("?"));
        auto q = core::runQuery(db,
            QStringLiteral("INSERT INTO %1(id, %2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
            QVariantList { *newId } + values);
        if (!q)
            return q.error();
        return *newId;
    }
    QStringList sets;
    for (const QString &c : columns)
        sets.append(c + QStringLiteral(" = ?"));
    auto q = core::runQuery(db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))),
        values + QVariantList { id });
    if (!q)
        return q.error();
    return id;
}

} // namespace

Result<Site> FleetRepository::site(qint64 id) const
{
    return readOne<Site>(m_db, QStringLiteral("SELECT %1 FROM fleet_site WHERE id = ?").arg(siteColumns), { id }, readSite);
}

Result<Site> FleetRepository::siteByName(const QString &name) const
{
    return readOne<Site>(m_db, QStringLiteral("SELECT %1 FROM fleet_site WHERE name = ?").arg(siteColumns),
        { name.simplified() }, readSite);
}

Result<QList<Site>> FleetRepository::sites() const
{
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM fleet_site ORDER BY kind, name").arg(siteColumns));
    if (!q)
        return q.error();
    QList<Site> list;
    while (q->next())
        list.append(readSite(*q));
    return list;
}

Status FleetRepository::saveSite(Site &s)
{
    s.name = s.name.simplified();
    if (s.name.isEmpty())
        return Error(QStringLiteral("fleet.site_name_missing"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto same = core::queryValue(m_db, QStringLiteral("SELECT id FROM fleet_site WHERE name = ? AND id <> ?"), { s.name, s.id });
    if (!same)
        return same.error();
    if (same->isValid())
        return Error(QStringLiteral("fleet.site_exists"), { s.name });
    if (auto e = exists(m_db, QStringLiteral("comune"), s.comuneId, QStringLiteral("fleet.unknown_comune")); !e)
        return e;
    auto id = upsert(m_db, QStringLiteral("fleet_site"),
        { QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("address"), QStringLiteral("comune_id"),
            QStringLiteral("state"), QStringLiteral("capacity_notes"), QStringLiteral("notes") },
        s.id,
        { s.name, siteKindCode(s.kind), s.address.simplified(), idOrNull(s.comuneId), siteStateCode(s.state),
            s.capacityNotes.trimmed(), s.notes.trimmed() });
    if (!id)
        return id.error();
    s.id = *id;
    return tx.commit();
}

Result<Vehicle> FleetRepository::vehicle(qint64 id) const
{
    return readOne<Vehicle>(
        m_db, QStringLiteral("SELECT %1 FROM fleet_vehicle WHERE id = ?").arg(vehicleColumns), { id }, readVehicle);
}

Result<Vehicle> FleetRepository::vehicleByPlate(const QString &plate) const
{
    auto normal = Plate::normalise(plate);
    if (!normal)
        return Vehicle();
    return readOne<Vehicle>(m_db, QStringLiteral("SELECT %1 FROM fleet_vehicle WHERE plate = ?").arg(vehicleColumns),
        { *normal }, readVehicle);
}

Status FleetRepository::saveVehicle(Vehicle &v, const QDate &today)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    qint64 previous = -1;
    qint64 reading = 0;
    if (v.id != 0) {
        auto before = vehicle(v.id);
        if (!before)
            return before.error();
        if (before->id == 0)
            return Error(QStringLiteral("fleet.unknown_vehicle"), { QString::number(v.id) });
        previous = before->odometerKm;
        reading = before->readingKm;
    }
    if (auto s = checkVehicle(v, previous, today); !s)
        return s;
    // The odometer shown (the reading plus the deployments' km) left as it
    // was keeps the reading; a new value is a reading (fleet_vehicle_odometer).
    if (v.id == 0 || v.odometerKm != previous)
        reading = v.odometerKm;
    auto same = core::queryValue(m_db, QStringLiteral("SELECT id FROM fleet_vehicle WHERE plate = ? AND id <> ?"), { v.plate, v.id });
    if (!same)
        return same.error();
    if (same->isValid())
        return Error(QStringLiteral("fleet.plate_in_use"), { Plate::display(v.plate) });
    if (auto e = exists(m_db, QStringLiteral("fleet_site"), v.siteId, QStringLiteral("fleet.unknown_site")); !e)
        return e;
    if (auto e = exists(m_db, QStringLiteral("organisation"), v.organisationId, QStringLiteral("fleet.unknown_organisation")); !e)
        return e;
    auto id = upsert(m_db, QStringLiteral("fleet_vehicle"),
        { QStringLiteral("plate"), QStringLiteral("vehicle_type"), QStringLiteral("model"), QStringLiteral("owner_kind"),
            QStringLiteral("organisation_id"), QStringLiteral("site_id"), QStringLiteral("state"),
            QStringLiteral("registration_date"), QStringLiteral("revision_due"), QStringLiteral("insurance_expiry"),
            QStringLiteral("odometer_km"), QStringLiteral("notes"), QStringLiteral("active") },
        v.id,
        { v.plate, vehicleTypeCode(v.type), v.model, ownerCode(v.owner), idOrNull(v.organisationId),
            idOrNull(v.siteId), assetStateCode(v.state), dateOrNull(v.registrationDate), dateOrNull(v.revisionDue),
            dateOrNull(v.insuranceExpiry), reading, v.notes, v.active ? 1 : 0 });
    if (!id)
        return id.error();
    v.id = *id;
    return tx.commit();
}

Result<Equipment> FleetRepository::equipment(qint64 id) const
{
    return readOne<Equipment>(m_db, QStringLiteral("SELECT %1 FROM fleet_equipment WHERE id = ?").arg(equipmentColumns),
        { id }, readEquipment);
}

Result<Equipment> FleetRepository::equipmentBySerial(const QString &serial) const
{
    const QString s = serial.trimmed().toUpper();
    if (s.isEmpty())
        return Equipment();
    return readOne<Equipment>(m_db,
        QStringLiteral("SELECT %1 FROM fleet_equipment WHERE serial_number = ?").arg(equipmentColumns), { s },
        readEquipment);
}

Status FleetRepository::saveEquipment(Equipment &e)
{
    if (auto s = checkEquipment(e); !s)
        return s;
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (e.id != 0) {
        auto before = equipment(e.id);
        if (!before)
            return before.error();
        if (before->id == 0)
            return Error(QStringLiteral("fleet.unknown_equipment"), { QString::number(e.id) });
    }
    if (!e.serialNumber.isEmpty()) {
        auto same = core::queryValue(m_db,
            QStringLiteral("SELECT id FROM fleet_equipment WHERE serial_number = ? AND id <> ?"), { e.serialNumber, e.id });
        if (!same)
            return same.error();
        if (same->isValid())
            return Error(QStringLiteral("fleet.serial_in_use"), { e.serialNumber });
    }
    if (auto s = exists(m_db, QStringLiteral("fleet_site"), e.siteId, QStringLiteral("fleet.unknown_site")); !s)
        return s;
    auto id = upsert(m_db, QStringLiteral("fleet_equipment"),
        { QStringLiteral("equipment_type"), QStringLiteral("description"), QStringLiteral("serial_number"),
            QStringLiteral("site_id"), QStringLiteral("state"), QStringLiteral("check_due"), QStringLiteral("notes"),
            QStringLiteral("active") },
        e.id,
        { equipmentTypeCode(e.type), e.description, e.serialNumber, idOrNull(e.siteId), assetStateCode(e.state),
            dateOrNull(e.checkDue), e.notes, e.active ? 1 : 0 });
    if (!id)
        return id.error();
    e.id = *id;
    return tx.commit();
}

Result<qint64> FleetRepository::addMaintenance(MaintenanceEntry entry, const QDate &today, qint64 recordedAt)
{
    if (auto s = checkMaintenance(entry, today); !s)
        return s.error();
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto v = vehicle(entry.vehicleId);
    if (!v)
        return v.error();
    if (v->id == 0)
        return Error(QStringLiteral("fleet.unknown_vehicle"), { QString::number(entry.vehicleId) });
    const QString effective = QStringLiteral(
        "FROM fleet_maintenance m WHERE m.vehicle_id = ? AND m.entry_kind = 'entry' "
        "AND NOT EXISTS (SELECT 1 FROM fleet_maintenance r WHERE r.reverses_id = m.id) ");
    // The odometer only goes forward: the entries on or before the day
    // read no more km, those after it no fewer.
    auto before = core::runQuery(m_db,
        QStringLiteral("SELECT m.km, m.day %1 AND m.day <= ? ORDER BY m.km DESC LIMIT 1").arg(effective),
        { entry.vehicleId, core::toSqlDate(entry.day) });
    if (!before)
        return before.error();
    if (before->next() && before->value(0).toLongLong() > entry.km)
        return Error(QStringLiteral("fleet.km_before_previous"),
            { QString::number(entry.km), before->value(0).toString(), before->value(1).toString() });
    auto after = core::runQuery(m_db,
        QStringLiteral("SELECT m.km, m.day %1 AND m.day > ? ORDER BY m.km ASC LIMIT 1").arg(effective),
        { entry.vehicleId, core::toSqlDate(entry.day) });
    if (!after)
        return after.error();
    if (after->next() && after->value(0).toLongLong() < entry.km)
        return Error(QStringLiteral("fleet.km_after_next"),
            { QString::number(entry.km), after->value(0).toString(), after->value(1).toString() });
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO fleet_maintenance(id, vehicle_id, day, km, work, cost_cents, done_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, entry.vehicleId, core::toSqlDate(entry.day), entry.km, entry.work.trimmed(), entry.costCents,
            entry.doneBy.simplified(), recordedAt });
    if (!q)
        return q.error();
    if (entry.km > v->readingKm) {
        auto up = core::runQuery(
            m_db, QStringLiteral("UPDATE fleet_vehicle SET odometer_km = ? WHERE id = ?"), { entry.km, entry.vehicleId });
        if (!up)
            return up.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> FleetRepository::reverseMaintenance(qint64 entryId, const QString &reason, qint64 recordedAt)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT vehicle_id, day, km, entry_kind, (SELECT count(*) FROM fleet_maintenance r "
                       "WHERE r.reverses_id = m.id) FROM fleet_maintenance m WHERE id = ?"),
        { entryId });
    if (!q)
        return q.error();
    if (!q->next() || q->value(3).toString() != QLatin1String("entry"))
        return Error(QStringLiteral("fleet.unknown_maintenance"), { QString::number(entryId) });
    if (q->value(4).toInt() > 0)
        return Error(QStringLiteral("fleet.maintenance_already_reversed"));
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto insert = core::runQuery(m_db,
        QStringLiteral("INSERT INTO fleet_maintenance(id, entry_kind, reverses_id, vehicle_id, day, km, reason, "
                       "recorded_at) VALUES (?, 'reversal', ?, ?, ?, ?, ?, ?)"),
        { *id, entryId, q->value(0), q->value(1), q->value(2), reason.trimmed(), recordedAt });
    if (!insert)
        return insert.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<OpenLoan> FleetRepository::openLoan(qint64 equipmentId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, organisation_id, day FROM fleet_loan_open WHERE equipment_id = ? ORDER BY day DESC, id DESC LIMIT 1"),
        { equipmentId });
    if (!q)
        return q.error();
    OpenLoan loan;
    if (q->next()) {
        loan.loanId = q->value(0).toLongLong();
        loan.organisationId = q->value(1).toLongLong();
        loan.day = core::fromSqlDate(q->value(2).toString());
    }
    return loan;
}

Result<qint64> FleetRepository::lend(
    qint64 equipmentId, qint64 organisationId, const QDate &day, const QString &notes, qint64 recordedAt)
{
    if (!day.isValid())
        return Error(QStringLiteral("fleet.day_missing"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto e = equipment(equipmentId);
    if (!e)
        return e.error();
    if (e->id == 0)
        return Error(QStringLiteral("fleet.unknown_equipment"), { QString::number(equipmentId) });
    auto org = core::queryValue(m_db, QStringLiteral("SELECT name FROM organisation WHERE id = ?"), { organisationId });
    if (!org)
        return org.error();
    if (!org->isValid())
        return Error(QStringLiteral("fleet.unknown_organisation"), { QString::number(organisationId) });
    auto open = openLoan(equipmentId);
    if (!open)
        return open.error();
    if (open->loanId != 0) {
        auto holder = core::queryValue(
            m_db, QStringLiteral("SELECT name FROM organisation WHERE id = ?"), { open->organisationId });
        return Error(QStringLiteral("fleet.equipment_already_out"),
            { e->description, holder ? holder->toString() : QString(), core::toSqlDate(open->day) });
    }
    if (!e->active || e->state == AssetState::OutOfService)
        return Error(QStringLiteral("fleet.equipment_not_available"), { e->description });
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO fleet_loan(id, movement, equipment_id, organisation_id, day, notes, recorded_at) "
                       "VALUES (?, 'out', ?, ?, ?, ?, ?)"),
        { *id, equipmentId, organisationId, core::toSqlDate(day), notes.trimmed(), recordedAt });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<qint64> FleetRepository::giveBack(qint64 equipmentId, const QDate &day, ReturnCondition condition,
    const QString &notes, qint64 recordedAt)
{
    if (!day.isValid())
        return Error(QStringLiteral("fleet.day_missing"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto e = equipment(equipmentId);
    if (!e)
        return e.error();
    if (e->id == 0)
        return Error(QStringLiteral("fleet.unknown_equipment"), { QString::number(equipmentId) });
    auto open = openLoan(equipmentId);
    if (!open)
        return open.error();
    if (open->loanId == 0)
        return Error(QStringLiteral("fleet.equipment_not_out"), { e->description });
    if (day < open->day)
        return Error(QStringLiteral("fleet.return_before_loan"), { core::toSqlDate(day), core::toSqlDate(open->day) });
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO fleet_loan(id, movement, loan_id, equipment_id, organisation_id, day, condition, "
                       "notes, recorded_at) VALUES (?, 'back', ?, ?, ?, ?, ?, ?, ?)"),
        { *id, open->loanId, equipmentId, open->organisationId, core::toSqlDate(day), conditionCode(condition),
            notes.trimmed(), recordedAt });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

void FleetRepository::declareAuditNames()
{
    using core::AuditText;
    AuditText::setRowQuery(QStringLiteral("fleet_site"), QStringLiteral("SELECT name FROM fleet_site WHERE id = ?"),
        [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("fleet_vehicle"),
        QStringLiteral("SELECT plate, model FROM fleet_vehicle WHERE id = ?"), [] { return QStringLiteral("%1 %2"); });
    AuditText::setRowQuery(QStringLiteral("fleet_equipment"),
        QStringLiteral("SELECT description, serial_number FROM fleet_equipment WHERE id = ?"),
        [] { return QStringLiteral("%1 %2"); });
    AuditText::setRowQuery(QStringLiteral("fleet_maintenance"),
        QStringLiteral("SELECT v.plate, strftime('%d/%m/%Y', m.day) FROM fleet_maintenance m JOIN fleet_vehicle v "
                       "ON v.id = m.vehicle_id WHERE m.id = ?"),
        [] { return QStringLiteral("%1 %2"); });
    AuditText::setRowQuery(QStringLiteral("fleet_loan"),
        QStringLiteral("SELECT e.description, o.name FROM fleet_loan l JOIN fleet_equipment e ON e.id = "
                       "l.equipment_id JOIN organisation o ON o.id = l.organisation_id WHERE l.id = ?"),
        [] { return QStringLiteral("%1 → %2"); });
}

} // namespace fleet
