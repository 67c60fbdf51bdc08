#include "fleet/domain/fleetsync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"
#include "core/sync/postimport.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/loanmerge.h"

#include <QCoreApplication>

namespace fleet {

namespace {
struct FleetSyncTexts {
    Q_DECLARE_TR_FUNCTIONS(fleet::FleetSyncTexts)
};
} // namespace

void declareSyncTables()
{
    using core::sync::TableKind;
    using core::sync::TableRegistry;
    TableRegistry::declare(QStringLiteral("fleet_site"), TableKind::Mutable, [] { return FleetSyncTexts::tr("Colonna Mobile sites"); });
    TableRegistry::declare(QStringLiteral("fleet_vehicle"), TableKind::Mutable, [] { return FleetSyncTexts::tr("Vehicles"); });
    // Fields merge one by one (0027), except those a CHECK ties together: an
    // owner with its organisation, a registration with its revision date.
    TableRegistry::declareMergedTogether(
        QStringLiteral("fleet_vehicle"), { QStringLiteral("owner_kind"), QStringLiteral("organisation_id") });
    TableRegistry::declareMergedTogether(
        QStringLiteral("fleet_vehicle"), { QStringLiteral("registration_date"), QStringLiteral("revision_due") });
    // Readings only grow: a reading typed or read at a service on two
    // workstations apart must not take the odometer back. Deployments no
    // longer write it (0030): the odometer adds their km, not voided and as
    // corrected, from the ledgers (fleet_vehicle_odometer).
    TableRegistry::declareMergedAsMax(QStringLiteral("fleet_vehicle"), QStringLiteral("odometer_km"));
    TableRegistry::declare(QStringLiteral("fleet_equipment"), TableKind::Mutable, [] { return FleetSyncTexts::tr("Equipment"); });
    TableRegistry::declare(QStringLiteral("fleet_maintenance"), TableKind::Ledger, [] { return FleetSyncTexts::tr("Vehicle maintenance log"); });
    TableRegistry::declare(QStringLiteral("fleet_loan"), TableKind::Ledger, [] { return FleetSyncTexts::tr("Equipment loans"); });
    TableRegistry::declare(QStringLiteral("fleet_module"), TableKind::Mutable,
        [] { return FleetSyncTexts::tr("Colonna Mobile modules"); });
    TableRegistry::declareSet(QStringLiteral("fleet_module_vehicle"), { QStringLiteral("module_id"), QStringLiteral("vehicle_id") },
        [] { return FleetSyncTexts::tr("Vehicles of the modules"); });
    TableRegistry::declareSet(QStringLiteral("fleet_module_equipment"),
        { QStringLiteral("module_id"), QStringLiteral("equipment_id") },
        [] { return FleetSyncTexts::tr("Equipment of the modules"); });
    TableRegistry::declareSet(QStringLiteral("fleet_module_skill"),
        { QStringLiteral("module_id"), QStringLiteral("qualification") },
        [] { return FleetSyncTexts::tr("Skills the modules need"); });
    TableRegistry::declare(QStringLiteral("fleet_deployment"), TableKind::Ledger, [] { return FleetSyncTexts::tr("Deployments"); });
    TableRegistry::declare(QStringLiteral("fleet_deployment_item"), TableKind::Ledger,
        [] { return FleetSyncTexts::tr("What went on each deployment"); });
    TableRegistry::declare(QStringLiteral("fleet_deployment_void"), TableKind::Ledger,
        [] { return FleetSyncTexts::tr("Deployments voided"); });
    TableRegistry::declare(QStringLiteral("fleet_deployment_correction"), TableKind::Ledger,
        [] { return FleetSyncTexts::tr("Deployments' km corrected"); });
    TableRegistry::declare(QStringLiteral("fleet_deployment_item_void"), TableKind::Ledger,
        [] { return FleetSyncTexts::tr("Lines withdrawn from deployments"); });
    // The reading a line recorded before 0030 has its km inside (0031).
    TableRegistry::declare(QStringLiteral("fleet_deployment_km_reading"), TableKind::Ledger,
        [] { return FleetSyncTexts::tr("Odometer readings holding deployments' km"); });
    // Two loans of one piece made apart both stay open: flagged for review.
    core::sync::PostImport::registerReconciler(QStringLiteral("fleet"), &LoanMerge::reconcile);
    // The columns in words, for the conflict dialog ("Field") and the
    // prints of the conflict log; the common ones (name, notes...) are
    // declared once in app/columntitles.cpp.
    TableRegistry::declareColumnTitles(QStringLiteral("fleet_site"),
        { { QStringLiteral("capacity_notes"), [] { return FleetSyncTexts::tr("Capacity"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("fleet_vehicle"),
        { { QStringLiteral("plate"), [] { return FleetSyncTexts::tr("Plate"); } },
            { QStringLiteral("vehicle_type"), [] { return FleetSyncTexts::tr("Vehicle type"); } },
            { QStringLiteral("model"), [] { return FleetSyncTexts::tr("Model"); } },
            { QStringLiteral("owner_kind"), [] { return FleetSyncTexts::tr("Owner"); } },
            { QStringLiteral("registration_date"), [] { return FleetSyncTexts::tr("Registered on"); } },
            { QStringLiteral("revision_due"), [] { return FleetSyncTexts::tr("Inspection due"); } },
            { QStringLiteral("insurance_expiry"), [] { return FleetSyncTexts::tr("Insurance expires on"); } },
            { QStringLiteral("odometer_km"), [] { return FleetSyncTexts::tr("Odometer (km)"); } } });
    TableRegistry::declareColumnTitles(QStringLiteral("fleet_equipment"),
        { { QStringLiteral("equipment_type"), [] { return FleetSyncTexts::tr("Equipment type"); } },
            { QStringLiteral("serial_number"), [] { return FleetSyncTexts::tr("Serial number"); } },
            { QStringLiteral("check_due"), [] { return FleetSyncTexts::tr("Check due"); } } });
}

void declareAuditTexts()
{
    using core::AuditText;
    FleetRepository::declareAuditNames();
    ModuleRepository::declareAuditNames();
    AuditText::setCommand(QStringLiteral("fleet.site.save"), [] { return FleetSyncTexts::tr("Colonna Mobile site saved"); },
        QStringLiteral("fleet_site"));
    AuditText::setCommand(QStringLiteral("fleet.vehicle.save"), [] { return FleetSyncTexts::tr("Vehicle saved"); },
        QStringLiteral("fleet_vehicle"));
    AuditText::setCommand(QStringLiteral("fleet.equipment.save"), [] { return FleetSyncTexts::tr("Equipment saved"); },
        QStringLiteral("fleet_equipment"));
    AuditText::setCommand(QStringLiteral("fleet.maintenance.record"),
        [] { return FleetSyncTexts::tr("Vehicle maintenance recorded"); }, QStringLiteral("fleet_maintenance"));
    AuditText::setCommand(QStringLiteral("fleet.loan.out"), [] { return FleetSyncTexts::tr("Equipment lent"); },
        QStringLiteral("fleet_loan"));
    AuditText::setCommand(QStringLiteral("fleet.loan.back"), [] { return FleetSyncTexts::tr("Equipment returned"); },
        QStringLiteral("fleet_loan"));
    AuditText::setCommand(QStringLiteral("fleet.module.save"), [] { return FleetSyncTexts::tr("Colonna Mobile module saved"); },
        QStringLiteral("fleet_module"));
    AuditText::setCommand(QStringLiteral("fleet.deployment.record"), [] { return FleetSyncTexts::tr("Deployment recorded"); },
        QStringLiteral("fleet_deployment"));
    AuditText::setCommand(QStringLiteral("fleet.deployment.void"), [] { return FleetSyncTexts::tr("Deployment voided"); },
        QStringLiteral("fleet_deployment"));
    AuditText::setCommand(QStringLiteral("fleet.deployment.correct"),
        [] { return FleetSyncTexts::tr("Deployment's km corrected"); }, QStringLiteral("fleet_deployment"));
    AuditText::setCommand(QStringLiteral("fleet.deployment.withdraw"),
        [] { return FleetSyncTexts::tr("Line withdrawn from a deployment"); }, QStringLiteral("fleet_deployment"));
    AuditText::setCommand(QStringLiteral("fleet.import"), [] { return FleetSyncTexts::tr("Vehicles or equipment imported"); });
}

} // namespace fleet
