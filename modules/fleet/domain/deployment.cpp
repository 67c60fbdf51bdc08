#include "fleet/domain/deployment.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrepository.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/fleettypes.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/eventrepository.h"

#include <QSet>

namespace fleet {

using core::Error;
using core::Result;
using core::Status;

QString scopeCode(DeploymentScope scope)
{
    switch (scope) {
    case DeploymentScope::Province:
        return QStringLiteral("province");
    case DeploymentScope::OutsideProvince:
        return QStringLiteral("outside_province");
    case DeploymentScope::National:
        return QStringLiteral("national");
    }
    return {};
}

bool scopeFromCode(const QString &code, DeploymentScope *scope)
{
    for (DeploymentScope s : { DeploymentScope::Province, DeploymentScope::OutsideProvince, DeploymentScope::National })
        if (scopeCode(s) == code) {
            *scope = s;
            return true;
        }
    return false;
}

QStringList vehicleUnfitness(
    const QString &state, bool active, const QDate &revisionDue, const QDate &insuranceExpiry, const QDate &to)
{
    QStringList why;
    if (!active)
        why.append(QStringLiteral("retired"));
    if (state != QLatin1String("operational"))
        why.append(state);
    if (revisionDue.isValid() && revisionDue < to)
        why.append(QStringLiteral("revision"));
    if (insuranceExpiry.isValid() && insuranceExpiry < to)
        why.append(QStringLiteral("insurance"));
    return why;
}

QStringList equipmentUnfitness(const QString &state, bool active, const QDate &checkDue, const QDate &to)
{
    QStringList why;
    if (!active)
        why.append(QStringLiteral("retired"));
    if (state != QLatin1String("operational"))
        why.append(state);
    if (checkDue.isValid() && checkDue < to)
        why.append(QStringLiteral("check"));
    return why;
}

// What record() writes, worked out by plan() (which only reads).
struct DeploymentService::Plan {
    struct Line {
        qint64 id = 0;
        qint64 km = 0;
        QString overrideReason; // kept only when something was overridden
        qint64 odometerFrom = 0; // a vehicle's reading when recorded (fleet_vehicle_odometer)
    };
    QList<Line> vehicles;
    QList<Line> equipment;
    QList<qint64> modules;
    QList<qint64> volunteers;
};

Status DeploymentService::checkInput(const NewDeployment &d)
{
    if (d.eventId <= 0)
        return Error(QStringLiteral("fleet.unknown_event"), { QString() });
    if (d.requestedBy.trimmed().isEmpty())
        return Error(QStringLiteral("fleet.deployment_requester_missing"));
    if (!d.from.isValid() || !d.to.isValid())
        return Error(QStringLiteral("fleet.deployment_dates_missing"));
    if (d.to < d.from)
        return Error(QStringLiteral("fleet.deployment_dates_reversed"), { core::toSqlDate(d.from), core::toSqlDate(d.to) });
    if (d.from.daysTo(d.to) + 1 > maxDeploymentDays)
        return Error(QStringLiteral("fleet.deployment_too_long"), { QString::number(maxDeploymentDays) });
    if (d.moduleIds.isEmpty() && d.vehicles.isEmpty() && d.equipment.isEmpty() && d.volunteerIds.isEmpty())
        return Error(QStringLiteral("fleet.deployment_empty"));
    if (d.serviceId <= 0)
        return Error(QStringLiteral("fleet.unknown_service"), { QString() });
    for (const DeploymentVehicle &v : d.vehicles)
        if (v.km < 0 || v.km > maxDeploymentKm)
            return Error(QStringLiteral("fleet.deployment_km_out_of_range"), { QString::number(v.km) });
    return {};
}

Result<DeploymentService::Plan> DeploymentService::plan(const NewDeployment &d) const
{
    if (auto s = checkInput(d); !s)
        return s.error();
    volunteers::EventRepository events(m_db);
    auto event = events.event(d.eventId);
    if (!event)
        return event.error();
    if (event->id == 0)
        return Error(QStringLiteral("fleet.unknown_event"), { QString::number(d.eventId) });
    for (const QDate &day : { d.from, d.to })
        if (!event->covers(day))
            return Error(QStringLiteral("fleet.deployment_outside_event"),
                { core::toSqlDate(day), event->name, core::toSqlDate(event->startDate),
                    event->endDate.isValid() ? core::toSqlDate(event->endDate) : QString() });
    auto service = events.service(d.serviceId);
    if (!service)
        return service.error();
    if (service->id == 0)
        return Error(QStringLiteral("fleet.unknown_service"), { QString::number(d.serviceId) });

    Plan plan;
    // The modules' vehicles and equipment go with them; the explicit lines
    // give their km and override reasons.
    QList<qint64> vehicleIds, equipmentIds;
    ModuleRepository modules(m_db);
    for (qint64 id : d.moduleIds) {
        if (plan.modules.contains(id))
            continue;
        auto m = modules.module(id);
        if (!m)
            return m.error();
        if (m->id == 0)
            return Error(QStringLiteral("fleet.unknown_module"), { QString::number(id) });
        plan.modules.append(id);
        for (qint64 v : std::as_const(m->vehicleIds))
            if (!vehicleIds.contains(v))
                vehicleIds.append(v);
        for (qint64 e : std::as_const(m->equipmentIds))
            if (!equipmentIds.contains(e))
                equipmentIds.append(e);
    }
    QHash<qint64, DeploymentVehicle> vehicleInput;
    for (const DeploymentVehicle &v : d.vehicles) {
        vehicleInput.insert(v.vehicleId, v);
        if (!vehicleIds.contains(v.vehicleId))
            vehicleIds.append(v.vehicleId);
    }
    QHash<qint64, DeploymentEquipment> equipmentInput;
    for (const DeploymentEquipment &e : d.equipment) {
        equipmentInput.insert(e.equipmentId, e);
        if (!equipmentIds.contains(e.equipmentId))
            equipmentIds.append(e.equipmentId);
    }

    const QString from = core::toSqlDate(d.from), to = core::toSqlDate(d.to);
    const QString overlap = QStringLiteral(
        "SELECT e.name, d.start_date, d.end_date FROM fleet_deployment_item i "
        "JOIN fleet_deployment d ON d.id = i.deployment_id JOIN activation_event e ON e.id = d.event_id "
        "WHERE i.%1 = ? AND d.start_date <= ? AND d.end_date >= ? "
        "AND NOT EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = d.id) "
        "AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id) "
        "ORDER BY d.start_date, d.id LIMIT 1");
    FleetRepository fleet(m_db);
    for (qint64 id : std::as_const(vehicleIds)) {
        auto v = fleet.vehicle(id);
        if (!v)
            return v.error();
        if (v->id == 0)
            return Error(QStringLiteral("fleet.unknown_vehicle"), { QString::number(id) });
        const DeploymentVehicle input = vehicleInput.value(id);
        const QString plate = Plate::display(v->plate);
        if (v->odometerKm + input.km > maxOdometerKm)
            return Error(QStringLiteral("fleet.km_out_of_range"), { QString::number(v->odometerKm + input.km) });
        const QStringList why
            = vehicleUnfitness(assetStateCode(v->state), v->active, v->revisionDue, v->insuranceExpiry, d.to);
        const QString reason = input.overrideReason.simplified();
        if (!why.isEmpty() && reason.isEmpty())
            return Error(QStringLiteral("fleet.vehicle_not_fit"), { plate, why.join(QLatin1Char(',')) });
        auto busy = core::runQuery(m_db, overlap.arg(QStringLiteral("vehicle_id")), { id, to, from });
        if (!busy)
            return busy.error();
        if (busy->next())
            return Error(QStringLiteral("fleet.vehicle_already_deployed"),
                { plate, busy->value(0).toString(), busy->value(1).toString(), busy->value(2).toString() });
        plan.vehicles.append({ id, input.km, why.isEmpty() ? QString() : reason, v->readingKm });
    }
    for (qint64 id : std::as_const(equipmentIds)) {
        auto e = fleet.equipment(id);
        if (!e)
            return e.error();
        if (e->id == 0)
            return Error(QStringLiteral("fleet.unknown_equipment"), { QString::number(id) });
        const QString name = e->serialNumber.isEmpty() ? e->description
                                                       : QStringLiteral("%1 %2").arg(e->description, e->serialNumber);
        const QStringList why = equipmentUnfitness(assetStateCode(e->state), e->active, e->checkDue, d.to);
        const QString reason = equipmentInput.value(id).overrideReason.simplified();
        if (!why.isEmpty() && reason.isEmpty())
            return Error(QStringLiteral("fleet.equipment_not_fit"), { name, why.join(QLatin1Char(',')) });
        auto busy = core::runQuery(m_db, overlap.arg(QStringLiteral("equipment_id")), { id, to, from });
        if (!busy)
            return busy.error();
        if (busy->next())
            return Error(QStringLiteral("fleet.equipment_already_deployed"),
                { name, busy->value(0).toString(), busy->value(1).toString(), busy->value(2).toString() });
        plan.equipment.append({ id, 0, why.isEmpty() ? QString() : reason, 0 });
    }
    for (qint64 v : d.volunteerIds)
        if (!plan.volunteers.contains(v))
            plan.volunteers.append(v);
    return plan;
}

Result<QList<UnfitLine>> DeploymentService::unfitLines(const NewDeployment &d) const
{
    QList<qint64> vehicleIds, equipmentIds;
    for (const DeploymentVehicle &v : d.vehicles)
        if (!vehicleIds.contains(v.vehicleId))
            vehicleIds.append(v.vehicleId);
    for (const DeploymentEquipment &e : d.equipment)
        if (!equipmentIds.contains(e.equipmentId))
            equipmentIds.append(e.equipmentId);
    ModuleRepository modules(m_db);
    for (qint64 id : d.moduleIds) {
        auto m = modules.module(id);
        if (!m)
            return m.error();
        for (qint64 v : std::as_const(m->vehicleIds))
            if (!vehicleIds.contains(v))
                vehicleIds.append(v);
        for (qint64 e : std::as_const(m->equipmentIds))
            if (!equipmentIds.contains(e))
                equipmentIds.append(e);
    }
    QList<UnfitLine> unfit;
    FleetRepository fleet(m_db);
    for (qint64 id : std::as_const(vehicleIds)) {
        auto v = fleet.vehicle(id);
        if (!v)
            return v.error();
        if (v->id != 0
            && !vehicleUnfitness(assetStateCode(v->state), v->active, v->revisionDue, v->insuranceExpiry, d.to).isEmpty())
            unfit.append({ true, id, Plate::display(v->plate) });
    }
    for (qint64 id : std::as_const(equipmentIds)) {
        auto e = fleet.equipment(id);
        if (!e)
            return e.error();
        if (e->id != 0 && !equipmentUnfitness(assetStateCode(e->state), e->active, e->checkDue, d.to).isEmpty())
            unfit.append({ false, id,
                e->serialNumber.isEmpty() ? e->description : QStringLiteral("%1 %2").arg(e->description, e->serialNumber) });
    }
    return unfit;
}

Result<QString> nextDeploymentNumber(const QSqlDatabase &db, int year)
{
    const int workstation = core::sessionWorkstation(db);
    QString head = QStringLiteral("IMP-%1-").arg(year, 4, 10, QLatin1Char('0'));
    if (workstation > 1)
        head += QStringLiteral("%1-").arg(workstation);
    // The last entry of the series' range in its index: O(log n). The
    // expressions are written exactly as in the index (migration 0031).
    auto v = core::queryValue(db,
        QStringLiteral("SELECT CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) "
                       "FROM fleet_deployment WHERE rtrim(number, '0123456789') = ? "
                       "ORDER BY CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) DESC LIMIT 1"),
        { head });
    if (!v)
        return v.error();
    const qint64 last = std::max(v->toLongLong(), core::numberFloor(db, QStringLiteral("fleet_deployment"), head));
    return head + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Status DeploymentService::check(const NewDeployment &deployment) const
{
    auto p = plan(deployment);
    return p ? Status() : Status(p.error());
}

Result<DeploymentResult> DeploymentService::record(const NewDeployment &d)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto p = plan(d);
    if (!p)
        return p.error();
    DeploymentResult result;
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto number = nextDeploymentNumber(m_db, d.from.year());
    if (!number)
        return number.error();
    if (auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO fleet_deployment(id, number, event_id, scope, requested_by, start_date, end_date, "
                           "service_id, comune_id, place, notes, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { *id, *number, d.eventId, scopeCode(d.scope), d.requestedBy.simplified(), core::toSqlDate(d.from),
                core::toSqlDate(d.to), d.serviceId, d.comuneId ? QVariant(d.comuneId) : QVariant(QMetaType(QMetaType::Int)),
                d.place.simplified(), d.notes.trimmed(), m_clock.nowMs() });
        !q)
        return q.error();
    result.deploymentId = *id;
    result.number = *number;
    const qint64 lines = p->modules.size() + p->vehicles.size() + p->equipment.size() + p->volunteers.size();
    auto first = core::allocateRowId(m_db, lines);
    if (!first)
        return first.error();
    qint64 next = *first;
    const QString insert = QStringLiteral(
        "INSERT INTO fleet_deployment_item(id, deployment_id, %1, km, override_reason) VALUES (?, ?, ?, ?, ?)");
    for (qint64 m : std::as_const(p->modules))
        if (auto q = core::runQuery(m_db, insert.arg(QStringLiteral("module_id")), { next++, *id, m, 0, QString() }); !q)
            return q.error();
    // The km move the odometer through fleet_vehicle_odometer: the line
    // keeps the reading it starts from, and no reading is written.
    for (const Plan::Line &v : std::as_const(p->vehicles)) {
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO fleet_deployment_item(id, deployment_id, vehicle_id, km, override_reason, "
                               "odometer_from) VALUES (?, ?, ?, ?, ?, ?)"),
                { next++, *id, v.id, v.km, v.overrideReason, v.odometerFrom });
            !q)
            return q.error();
        if (!v.overrideReason.isEmpty())
            result.overriddenVehicles.append(v.id);
    }
    for (const Plan::Line &e : std::as_const(p->equipment)) {
        if (auto q = core::runQuery(
                m_db, insert.arg(QStringLiteral("equipment_id")), { next++, *id, e.id, 0, e.overrideReason });
            !q)
            return q.error();
        if (!e.overrideReason.isEmpty())
            result.overriddenEquipment.append(e.id);
    }
    for (qint64 v : std::as_const(p->volunteers))
        if (auto q = core::runQuery(m_db, insert.arg(QStringLiteral("volunteer_id")), { next++, *id, v, 0, QString() });
            !q)
            return q.error();
    if (!p->volunteers.isEmpty()) {
        volunteers::ActivationRequest request;
        request.eventId = d.eventId;
        request.volunteerIds = p->volunteers;
        request.from = d.from;
        request.to = d.to;
        request.serviceId = d.serviceId;
        request.comuneId = d.comuneId;
        request.place = d.place;
        auto days = volunteers::ActivationLedger(m_db, m_clock).record(request, &result.activationIds);
        if (!days)
            return days.error();
        result.personDays = *days;
    }
    result.vehicles = int(p->vehicles.size());
    result.equipment = int(p->equipment.size());
    result.volunteers = int(p->volunteers.size());
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

QString DeploymentText::scope(const QString &code)
{
    if (code == QLatin1String("province"))
        return tr("within the province");
    if (code == QLatin1String("outside_province"))
        return tr("outside the province");
    if (code == QLatin1String("national"))
        return tr("national");
    return code;
}

QString DeploymentText::unfitness(const QString &codes)
{
    QStringList words;
    for (const QString &c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (c == QLatin1String("retired"))
            words.append(tr("retired"));
        else if (c == QLatin1String("revision"))
            words.append(tr("revision not valid to the last day"));
        else if (c == QLatin1String("insurance"))
            words.append(tr("insurance not valid to the last day"));
        else if (c == QLatin1String("check"))
            words.append(tr("periodic check overdue"));
        else
            words.append(FleetText::assetState(c).toLower());
    }
    return words.join(QStringLiteral(", "));
}

} // namespace fleet
