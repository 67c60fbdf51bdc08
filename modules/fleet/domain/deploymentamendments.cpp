#include "fleet/domain/deploymentamendments.h"

#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleettypes.h"
#include "volunteers/domain/activationledger.h"

#include <QHash>

namespace fleet {

using core::Error;
using core::Result;
using core::Status;

Result<DeploymentState> DeploymentAmendments::state(qint64 deploymentId) const
{
    DeploymentState s;
    auto d = core::runQuery(m_db,
        QStringLiteral("SELECT d.id, e.name, d.start_date, d.end_date, d.requested_by, "
                       "(SELECT count(*) FROM fleet_deployment_item i WHERE i.deployment_id = d.id "
                       " AND i.equipment_id IS NOT NULL), "
                       "(SELECT count(*) FROM fleet_deployment_item i WHERE i.deployment_id = d.id "
                       " AND i.volunteer_id IS NOT NULL), "
                       "(SELECT count(*) FROM fleet_deployment_correction c WHERE c.deployment_id = d.id), "
                       "(SELECT x.reason FROM fleet_deployment_void x WHERE x.deployment_id = d.id "
                       " ORDER BY x.recorded_at, x.id LIMIT 1) "
                       "FROM fleet_deployment d JOIN activation_event e ON e.id = d.event_id WHERE d.id = ?"),
        { deploymentId });
    if (!d)
        return d.error();
    if (!d->next())
        return s;
    s.id = d->value(0).toLongLong();
    s.eventName = d->value(1).toString();
    s.from = core::fromSqlDate(d->value(2).toString());
    s.to = core::fromSqlDate(d->value(3).toString());
    s.requestedBy = d->value(4).toString();
    s.equipment = d->value(5).toInt();
    s.volunteers = d->value(6).toInt();
    s.corrections = d->value(7).toInt();
    s.voided = !d->value(8).isNull();
    s.voidReason = d->value(8).toString();
    auto v = core::runQuery(m_db,
        QStringLiteral("SELECT k.item_id, k.vehicle_id, v.plate, k.recorded_km, k.km, k.odometer_from IS NULL "
                       "FROM fleet_deployment_vehicle_km k JOIN fleet_vehicle v ON v.id = k.vehicle_id "
                       "WHERE k.deployment_id = ? ORDER BY v.plate, k.item_id"),
        { deploymentId });
    if (!v)
        return v.error();
    while (v->next()) {
        DeployedVehicle x;
        x.itemId = v->value(0).toLongLong();
        x.vehicleId = v->value(1).toLongLong();
        x.plate = Plate::display(v->value(2).toString());
        x.recordedKm = v->value(3).toLongLong();
        x.km = v->value(4).toLongLong();
        x.beforeReadings = v->value(5).toInt() == 1;
        s.vehicles.append(x);
    }
    auto days = daysOf(deploymentId);
    if (!days)
        return days.error();
    s.activeDays = int(days->size());
    for (const DayToReverse &day : std::as_const(*days))
        s.certifiedDays += day.attestato.isEmpty() ? 0 : 1;
    return s;
}

Result<QList<DeploymentAmendments::DayToReverse>> DeploymentAmendments::daysOf(qint64 deploymentId) const
{
    // The days the deployment put on the activation ledger: its volunteers'
    // effective days on its days, under its event and service (a volunteer
    // is on one service a day, so these are the deployment's own).
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT a.id, v.last_name || ' ' || v.first_name, a.day, "
                       "coalesce((SELECT t.number FROM attestato_day ad JOIN attestato t ON t.id = ad.attestato_id "
                       "          WHERE ad.activation_id = a.id), '') "
                       "FROM fleet_deployment d JOIN activation_effective a ON a.event_id = d.event_id "
                       " AND a.service_id = d.service_id AND a.day BETWEEN d.start_date AND d.end_date "
                       "JOIN volunteer v ON v.id = a.volunteer_id "
                       "WHERE d.id = ? AND a.volunteer_id IN (SELECT i.volunteer_id FROM fleet_deployment_item i "
                       " WHERE i.deployment_id = d.id AND i.volunteer_id IS NOT NULL) "
                       "ORDER BY a.day, v.last_name, v.first_name, a.id"),
        { deploymentId });
    if (!q)
        return q.error();
    QList<DayToReverse> days;
    while (q->next())
        days.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString() });
    return days;
}

Result<DeploymentState> DeploymentAmendments::checkedVoid(qint64 deploymentId, const QString &reason) const
{
    if (reason.simplified().isEmpty())
        return Error(QStringLiteral("fleet.amend_reason_missing"));
    auto s = state(deploymentId);
    if (!s)
        return s.error();
    if (s->id == 0)
        return Error(QStringLiteral("fleet.unknown_deployment"), { QString::number(deploymentId) });
    if (s->voided)
        return Error(QStringLiteral("fleet.deployment_voided"), { s->eventName, core::toSqlDate(s->from) });
    if (s->certifiedDays > 0) {
        auto days = daysOf(deploymentId);
        if (!days)
            return days.error();
        for (const DayToReverse &day : std::as_const(*days))
            if (!day.attestato.isEmpty())
                return Error(QStringLiteral("fleet.deployment_day_certified"),
                    { day.volunteer, day.day, day.attestato, QString::number(s->certifiedDays) });
    }
    return s;
}

Status DeploymentAmendments::checkVoid(qint64 deploymentId, const QString &reason) const
{
    auto s = checkedVoid(deploymentId, reason);
    return s ? Status() : Status(s.error());
}

Result<DeploymentVoidResult> DeploymentAmendments::voidDeployment(qint64 deploymentId, const QString &reason)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto s = checkedVoid(deploymentId, reason);
    if (!s)
        return s.error();
    auto days = daysOf(deploymentId);
    if (!days)
        return days.error();
    DeploymentVoidResult result;
    volunteers::ActivationLedger ledger(m_db, m_clock);
    for (const DayToReverse &day : std::as_const(*days)) {
        if (auto r = ledger.reverse(day.activationId, reason.simplified()); !r)
            return r.error();
        ++result.reversedDays;
    }
    for (const DeployedVehicle &v : std::as_const(s->vehicles)) {
        ++result.vehicles;
        if (!v.beforeReadings)
            result.km += v.km;
    }
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    if (auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO fleet_deployment_void(id, deployment_id, reason, km_withdrawn, days_reversed, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { *id, deploymentId, reason.simplified(), result.km, result.reversedDays, m_clock.nowMs() });
        !q)
        return q.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return result;
}

Result<QList<DeploymentAmendments::Line>> DeploymentAmendments::plannedCorrection(const DeploymentKmCorrection &c) const
{
    if (c.reason.simplified().isEmpty())
        return Error(QStringLiteral("fleet.amend_reason_missing"));
    if (c.vehicles.isEmpty())
        return Error(QStringLiteral("fleet.correction_empty"));
    for (const DeploymentVehicle &v : c.vehicles)
        if (v.km < 0 || v.km > maxDeploymentKm)
            return Error(QStringLiteral("fleet.deployment_km_out_of_range"), { QString::number(v.km) });
    auto s = state(c.deploymentId);
    if (!s)
        return s.error();
    if (s->id == 0)
        return Error(QStringLiteral("fleet.unknown_deployment"), { QString::number(c.deploymentId) });
    if (s->voided)
        return Error(QStringLiteral("fleet.deployment_voided"), { s->eventName, core::toSqlDate(s->from) });
    QHash<qint64, DeployedVehicle> lines;
    for (const DeployedVehicle &v : std::as_const(s->vehicles))
        lines.insert(v.vehicleId, v);
    QList<Line> planned;
    QList<qint64> seen;
    for (const DeploymentVehicle &v : c.vehicles) {
        if (!lines.contains(v.vehicleId) || seen.contains(v.vehicleId)) {
            auto plate = core::queryValue(m_db, QStringLiteral("SELECT plate FROM fleet_vehicle WHERE id = ?"), { v.vehicleId });
            if (!plate)
                return plate.error();
            return Error(QStringLiteral("fleet.vehicle_not_on_deployment"),
                { plate->isValid() ? Plate::display(plate->toString()) : QString::number(v.vehicleId) });
        }
        seen.append(v.vehicleId);
        const DeployedVehicle line = lines.value(v.vehicleId);
        if (line.km == v.km)
            continue;
        if (line.beforeReadings)
            return Error(QStringLiteral("fleet.deployment_km_before_readings"), { line.plate });
        auto now = odometer(m_db, v.vehicleId);
        if (!now)
            return now.error();
        if (*now + v.km - line.km > maxOdometerKm)
            return Error(QStringLiteral("fleet.km_out_of_range"), { QString::number(*now + v.km - line.km) });
        planned.append({ line.itemId, v.km, line.km });
    }
    if (planned.isEmpty())
        return Error(QStringLiteral("fleet.correction_unchanged"));
    return planned;
}

Status DeploymentAmendments::checkCorrection(const DeploymentKmCorrection &correction) const
{
    auto p = plannedCorrection(correction);
    return p ? Status() : Status(p.error());
}

Result<DeploymentCorrectionResult> DeploymentAmendments::correct(const DeploymentKmCorrection &correction)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto p = plannedCorrection(correction);
    if (!p)
        return p.error();
    auto first = core::allocateRowId(m_db, p->size());
    if (!first)
        return first.error();
    qint64 next = *first;
    DeploymentCorrectionResult result;
    const qint64 now = m_clock.nowMs();
    for (const Line &line : std::as_const(*p)) {
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO fleet_deployment_correction(id, deployment_id, item_id, km, previous_km, "
                               "reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { next++, correction.deploymentId, line.itemId, line.km, line.previousKm,
                    correction.reason.simplified(), now });
            !q)
            return q.error();
        ++result.lines;
        result.kmBefore += line.previousKm;
        result.kmAfter += line.km;
    }
    if (auto c = tx.commit(); !c)
        return c.error();
    return result;
}

Result<qint64> DeploymentAmendments::odometer(const QSqlDatabase &db, qint64 vehicleId)
{
    auto v = core::queryValue(
        db, QStringLiteral("SELECT odometer_km FROM fleet_vehicle_odometer WHERE vehicle_id = ?"), { vehicleId });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(-1);
}

} // namespace fleet
