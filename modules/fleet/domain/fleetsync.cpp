#include "fleet/domain/fleetsync.h"

#include "core/auth/audittext.h"
#include "core/sync/tableregistry.h"
#include "fleet/domain/fleetrepository.h"

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
    TableRegistry::declare(QStringLiteral("fleet_equipment"), TableKind::Mutable, [] { return FleetSyncTexts::tr("Equipment"); });
    TableRegistry::declare(QStringLiteral("fleet_maintenance"), TableKind::Ledger, [] { return FleetSyncTexts::tr("Vehicle maintenance log"); });
    TableRegistry::declare(QStringLiteral("fleet_loan"), TableKind::Ledger, [] { return FleetSyncTexts::tr("Equipment loans"); });
}

void declareAuditTexts()
{
    using core::AuditText;
    FleetRepository::declareAuditNames();
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
    AuditText::setCommand(QStringLiteral("fleet.import"), [] { return FleetSyncTexts::tr("Vehicles or equipment imported"); });
}

} // namespace fleet
