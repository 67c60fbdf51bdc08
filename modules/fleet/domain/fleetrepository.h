#pragma once

#include "core/domain/result.h"
#include "fleet/domain/fleettypes.h"

#include <QSqlDatabase>

namespace fleet {

// An open loan: the 'out' row nobody closed yet.
struct OpenLoan {
    qint64 loanId = 0; // 0: the piece is not out
    qint64 organisationId = 0;
    QDate day;
};

// SQL of the Colonna Mobile's tables: sites, vehicles, equipment (master
// data, updated in place), the maintenance log and the loans (append-only
// ledgers). Rules that need no database are in fleetrules.h; the ones that
// do (a plate already used, km below the log, a loan of a piece already
// out) are checked here, before writing. No permission checks: the
// commands (fleetcommands.h) are the door. Any thread, on its connection.
class FleetRepository {
public:
    explicit FleetRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    core::Result<Site> site(qint64 id) const; // id 0 when absent
    core::Result<Site> siteByName(const QString &name) const;
    core::Result<QList<Site>> sites() const;
    // fleet.site_name_missing, fleet.site_exists {name}.
    core::Status saveSite(Site &site);

    core::Result<Vehicle> vehicle(qint64 id) const; // id 0 when absent
    core::Result<Vehicle> vehicleByPlate(const QString &plate) const;
    // Checks (checkVehicle, the plate not used by another vehicle:
    // fleet.plate_in_use {plate}; the site and organisation exist), then
    // inserts (id 0) or updates.
    core::Status saveVehicle(Vehicle &vehicle, const QDate &today);

    core::Result<Equipment> equipment(qint64 id) const;
    core::Result<Equipment> equipmentBySerial(const QString &serial) const;
    // fleet.serial_in_use {serial}.
    core::Status saveEquipment(Equipment &equipment);

    // Appends an entry to the vehicle's log. Its km must fit between the
    // entries before and after its day (fleet.km_before_previous {km,
    // previous km, previous day}; fleet.km_after_next {km, next km, next
    // day}); the vehicle's odometer moves up to it when higher.
    core::Result<qint64> addMaintenance(MaintenanceEntry entry, const QDate &today, qint64 recordedAt);
    // A reversal of an entry (fleet.maintenance_already_reversed).
    core::Result<qint64> reverseMaintenance(qint64 entryId, const QString &reason, qint64 recordedAt);

    core::Result<OpenLoan> openLoan(qint64 equipmentId) const;
    // Lends a piece: refused when it is out already (fleet.equipment_already_out
    // {description, organisation, since}), retired or out of service
    // (fleet.equipment_not_available {description}), or the organisation is
    // unknown (fleet.unknown_organisation).
    core::Result<qint64> lend(qint64 equipmentId, qint64 organisationId, const QDate &day, const QString &notes,
        qint64 recordedAt);
    // Closes the open loan: fleet.equipment_not_out {description};
    // fleet.return_before_loan {day, loan day}.
    core::Result<qint64> giveBack(qint64 equipmentId, const QDate &day, ReturnCondition condition,
        const QString &notes, qint64 recordedAt);

    // Names of the module's rows in the audit log (AuditText::setRowQuery).
    static void declareAuditNames();

private:
    QSqlDatabase m_db;
};

} // namespace fleet
