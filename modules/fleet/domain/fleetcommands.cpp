#include "fleet/domain/fleetcommands.h"

#include "core/auth/permissions.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"

namespace fleet {

using core::Error;
using core::Status;

namespace {

Status dayNotInFuture(const QDate &day, const core::CommandContext &context)
{
    if (!day.isValid())
        return Error(QStringLiteral("fleet.day_missing"));
    if (day > context.clock.today())
        return Error(QStringLiteral("fleet.day_in_future"), { core::toSqlDate(day) });
    return {};
}

} // namespace

QString SaveSite::permission() const
{
    return core::Permission::FleetEdit;
}

Status SaveSite::check(const core::CommandContext &) const
{
    if (m_site.name.trimmed().isEmpty())
        return Error(QStringLiteral("fleet.site_name_missing"));
    return {};
}

Status SaveSite::apply(const core::CommandContext &context)
{
    return FleetRepository(context.db).saveSite(m_site);
}

QString SaveSite::text() const
{
    return tr("site %1").arg(m_site.name);
}

QString SaveVehicle::permission() const
{
    return core::Permission::FleetEdit;
}

Status SaveVehicle::check(const core::CommandContext &context) const
{
    Vehicle copy = m_vehicle;
    qint64 previous = -1;
    if (copy.id != 0) {
        auto before = FleetRepository(context.db).vehicle(copy.id);
        if (!before)
            return before.error();
        if (before->id == 0)
            return Error(QStringLiteral("fleet.unknown_vehicle"), { QString::number(copy.id) });
        previous = before->odometerKm;
    }
    return checkVehicle(copy, previous, context.clock.today());
}

Status SaveVehicle::apply(const core::CommandContext &context)
{
    return FleetRepository(context.db).saveVehicle(m_vehicle, context.clock.today());
}

QString SaveVehicle::text() const
{
    return tr("vehicle %1").arg(Plate::display(m_vehicle.plate));
}

QString RecordMaintenance::permission() const
{
    return core::Permission::FleetEdit;
}

Status RecordMaintenance::check(const core::CommandContext &context) const
{
    return checkMaintenance(m_entry, context.clock.today());
}

Status RecordMaintenance::apply(const core::CommandContext &context)
{
    auto id = FleetRepository(context.db).addMaintenance(m_entry, context.clock.today(), context.clock.nowMs());
    if (!id)
        return id.error();
    m_entryId = *id;
    return {};
}

Status RecordMaintenance::revert(const core::CommandContext &context)
{
    // The reason is a code: the log shows it as "undone".
    auto id = FleetRepository(context.db).reverseMaintenance(m_entryId, QStringLiteral("undo"), context.clock.nowMs());
    return id ? Status() : Status(id.error());
}

QString RecordMaintenance::text() const
{
    return tr("maintenance of %1").arg(m_entry.day.toString(QStringLiteral("dd/MM/yyyy")));
}

QString SaveEquipment::permission() const
{
    return core::Permission::FleetEdit;
}

Status SaveEquipment::check(const core::CommandContext &) const
{
    Equipment copy = m_equipment;
    return checkEquipment(copy);
}

Status SaveEquipment::apply(const core::CommandContext &context)
{
    return FleetRepository(context.db).saveEquipment(m_equipment);
}

QString SaveEquipment::text() const
{
    return tr("equipment %1").arg(m_equipment.description);
}

QString LendEquipment::permission() const
{
    return core::Permission::FleetLoan;
}

Status LendEquipment::check(const core::CommandContext &context) const
{
    if (m_organisationId <= 0)
        return Error(QStringLiteral("fleet.owner_organisation_missing"));
    return dayNotInFuture(m_day, context);
}

Status LendEquipment::apply(const core::CommandContext &context)
{
    auto id = FleetRepository(context.db).lend(m_equipmentId, m_organisationId, m_day, m_notes, context.clock.nowMs());
    if (!id)
        return id.error();
    m_loanId = *id;
    return {};
}

QString LendEquipment::auditDetail() const
{
    return QStringLiteral("%1 equipment %2 organisation %3").arg(m_loanId).arg(m_equipmentId).arg(m_organisationId);
}

QString LendEquipment::text() const
{
    return tr("loan of equipment");
}

QString ReturnEquipment::permission() const
{
    return core::Permission::FleetLoan;
}

Status ReturnEquipment::check(const core::CommandContext &context) const
{
    return dayNotInFuture(m_day, context);
}

Status ReturnEquipment::apply(const core::CommandContext &context)
{
    auto id = FleetRepository(context.db).giveBack(m_equipmentId, m_day, m_condition, m_notes, context.clock.nowMs());
    if (!id)
        return id.error();
    m_returnId = *id;
    return {};
}

QString ReturnEquipment::auditDetail() const
{
    return QStringLiteral("%1 equipment %2").arg(m_returnId).arg(m_equipmentId);
}

QString ReturnEquipment::text() const
{
    return tr("return of equipment");
}

} // namespace fleet
