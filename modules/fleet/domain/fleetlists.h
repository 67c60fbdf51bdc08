#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace fleet {

// A list's SQL for a core::PagedSqlModel: FROM, key, one expression per
// column (in the order the page declares its columns) and the tables to
// watch. Every list checks Permission::FleetView (an audited refusal).
struct FleetListSql {
    QString from;
    QString key;
    QStringList columns;
    QStringList watchedTables;
};

struct FleetFilter {
    QString where;
    QVariantList binds;
};

class FleetLists {
public:
    // plate, type, model, owner, site, state, revision due, insurance
    // expiry, odometer; hidden: state code.
    enum VehicleColumn { VPlate, VType, VModel, VOwner, VSite, VState, VRevision, VInsurance, VKm, VStateCode };
    static core::Result<FleetListSql> vehicles(const QSqlDatabase &db);
    // type, description, serial, site, state, check due, lent to (open loan).
    enum EquipmentColumn { EType, EDescription, ESerial, ESite, EState, ECheck, ELentTo };
    static core::Result<FleetListSql> equipment(const QSqlDatabase &db);
    // name, kind, comune, state, vehicles, equipment, capacity notes.
    static core::Result<FleetListSql> sites(const QSqlDatabase &db);
    // day, km, work, cost (cents), by, kind ('entry' / 'reversal'), reversed count.
    static core::Result<FleetListSql> maintenance(const QSqlDatabase &db);
    // day, movement, equipment, serial, organisation, condition.
    static core::Result<FleetListSql> loans(const QSqlDatabase &db);
    // The deployments: number ("IMP-2026-0012"), first and last day, event,
    // scope code, who asked, where (comune, place), modules (names),
    // vehicles, equipment and volunteers (counts, without the lines
    // withdrawn), km driven (as corrected), state ('', 'corrected',
    // 'voided'); hidden: the reason of the void. Sortable by the first day.
    enum DeploymentColumn { DNumber, DFrom, DTo, DEvent, DScope, DRequestedBy, DWhere, DModules, DVehicles, DEquipment,
        DVolunteers, DKm, DState, DVoidReason };
    static core::Result<FleetListSql> deployments(const QSqlDatabase &db);

    // Filters: text in plate/model/description/serial, and a state code.
    static FleetFilter vehicleFilter(const QString &text, const QString &state, const QString &dueOn = {});
    // Deployments running on some day of from..to (either may be invalid: open).
    static FleetFilter deploymentFilter(const QDate &from, const QDate &to);
    static FleetFilter equipmentFilter(const QString &text, const QString &type, bool onLoanOnly);
};

} // namespace fleet
