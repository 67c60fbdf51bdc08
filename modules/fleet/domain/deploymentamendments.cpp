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
                       "(SELECT count(DISTINCT y.item_id) FROM fleet_deployment_item_void y WHERE y.deployment_id = d.id), "
                       "coalesce(d.number, ''), "
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
    s.withdrawn = d->value(5).toInt();
    s.number = d->value(6).toString();
    s.corrections = d->value(7).toInt();
    s.voided = !d->value(8).isNull();
    s.voidReason = d->value(8).toString();
    auto v = core::runQuery(m_db,
        QStringLiteral("SELECT k.item_id, k.vehicle_id, v.plate, k.recorded_km, k.km, k.odometer_from IS NULL, "
                       "(SELECT min(r.reading_km) FROM fleet_deployment_km_reading r WHERE r.item_id = k.item_id) "
                       "FROM fleet_deployment_vehicle_km k JOIN fleet_vehicle v ON v.id = k.vehicle_id "
                       "WHERE k.deployment_id = ? AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y "
                       "WHERE y.item_id = k.item_id) ORDER BY v.plate, k.item_id"),
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
        x.insideReading = v->value(6).isNull() ? -1 : v->value(6).toLongLong();
        s.vehicles.append(x);
    }
    auto e = core::runQuery(m_db,
        QStringLiteral("SELECT i.id, i.equipment_id, trim(q.description || ' ' || q.serial_number), NULL "
                       "FROM fleet_deployment_item i JOIN fleet_equipment q ON q.id = i.equipment_id "
                       "WHERE i.deployment_id = ? AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y "
                       "WHERE y.item_id = i.id) "
                       "UNION ALL "
                       "SELECT i.id, i.volunteer_id, w.last_name || ' ' || w.first_name, 1 "
                       "FROM fleet_deployment_item i JOIN volunteer w ON w.id = i.volunteer_id "
                       "WHERE i.deployment_id = ? AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y "
                       "WHERE y.item_id = i.id) ORDER BY 4, 3, 1"),
        { deploymentId, deploymentId });
    if (!e)
        return e.error();
    while (e->next()) {
        const DeployedLine line { e->value(0).toLongLong(), e->value(1).toLongLong(), e->value(2).toString() };
        if (e->value(3).isNull())
            s.equipmentLines.append(line);
        else
            s.volunteerLines.append(line);
    }
    s.equipment = int(s.equipmentLines.size());
    s.volunteers = int(s.volunteerLines.size());
    auto days = daysOf(deploymentId);
    if (!days)
        return days.error();
    s.activeDays = int(days->size());
    for (const DayToReverse &day : std::as_const(*days))
        s.certifiedDays += day.attestato.isEmpty() ? 0 : 1;
    return s;
}

Result<QList<DeploymentAmendments::DayToReverse>> DeploymentAmendments::daysOf(qint64 deploymentId, qint64 volunteerId) const
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
                       "WHERE d.id = ? AND (? = 0 OR a.volunteer_id = ?) "
                       "AND a.volunteer_id IN (SELECT i.volunteer_id FROM fleet_deployment_item i "
                       " WHERE i.deployment_id = d.id AND i.volunteer_id IS NOT NULL) "
                       "ORDER BY a.day, v.last_name, v.first_name, a.id"),
        { deploymentId, volunteerId, volunteerId });
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
    for (const DeployedVehicle &v : std::as_const(s->vehicles))
        if (v.beforeReadings && v.km > 0)
            if (auto r = readingToRecord(v, s->from); !r)
                return r.error();
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
        result.km += v.km;
        if (v.beforeReadings && v.km > 0) {
            auto reading = readingToRecord(v, s->from);
            if (!reading)
                return reading.error();
            if (auto r = recordReading(v, *reading); !r)
                return r.error();
        }
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
            if (auto r = readingToRecord(line, s->from); !r)
                return r.error();
        auto now = odometer(m_db, v.vehicleId);
        if (!now)
            return now.error();
        if (*now + v.km - line.km > maxOdometerKm)
            return Error(QStringLiteral("fleet.km_out_of_range"), { QString::number(*now + v.km - line.km) });
        planned.append({ line.itemId, v.km, line.km, line, s->from });
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
        if (line.vehicle.beforeReadings) {
            auto reading = readingToRecord(line.vehicle, line.from);
            if (!reading)
                return reading.error();
            if (auto r = recordReading(line.vehicle, *reading); !r)
                return r.error();
        }
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

Result<DeploymentAmendments::PlannedWithdrawal> DeploymentAmendments::plannedWithdrawal(
    const DeploymentLineWithdrawal &w) const
{
    if (w.reason.simplified().isEmpty())
        return Error(QStringLiteral("fleet.amend_reason_missing"));
    const int named = (w.vehicleId > 0 ? 1 : 0) + (w.equipmentId > 0 ? 1 : 0) + (w.volunteerId > 0 ? 1 : 0);
    if (named != 1)
        return Error(QStringLiteral("fleet.withdraw_what"));
    auto s = state(w.deploymentId);
    if (!s)
        return s.error();
    if (s->id == 0)
        return Error(QStringLiteral("fleet.unknown_deployment"), { QString::number(w.deploymentId) });
    if (s->voided)
        return Error(QStringLiteral("fleet.deployment_voided"), { s->eventName, core::toSqlDate(s->from) });
    PlannedWithdrawal p;
    if (w.vehicleId > 0) {
        for (const DeployedVehicle &v : std::as_const(s->vehicles))
            if (v.vehicleId == w.vehicleId) {
                p.itemId = v.itemId;
                p.name = v.plate;
                p.vehicle = v;
            }
    } else {
        const QList<DeployedLine> &lines = w.equipmentId > 0 ? s->equipmentLines : s->volunteerLines;
        const qint64 wanted = w.equipmentId > 0 ? w.equipmentId : w.volunteerId;
        for (const DeployedLine &line : lines)
            if (line.id == wanted) {
                p.itemId = line.itemId;
                p.name = line.name;
            }
    }
    if (p.itemId == 0) {
        // Named for the message: what was asked for, whatever it is.
        auto name = core::queryValue(m_db,
            w.vehicleId > 0 ? QStringLiteral("SELECT plate FROM fleet_vehicle WHERE id = ?")
            : w.equipmentId > 0 ? QStringLiteral("SELECT trim(description || ' ' || serial_number) FROM fleet_equipment WHERE id = ?")
                                : QStringLiteral("SELECT last_name || ' ' || first_name FROM volunteer WHERE id = ?"),
            { w.vehicleId + w.equipmentId + w.volunteerId });
        if (!name)
            return name.error();
        QString text = name->isValid() ? name->toString() : QString::number(w.vehicleId + w.equipmentId + w.volunteerId);
        if (w.vehicleId > 0 && name->isValid())
            text = Plate::display(text);
        return Error(QStringLiteral("fleet.line_not_on_deployment"), { text });
    }
    // Something must stay: a deployment of nothing is voided instead.
    if (s->vehicles.size() + s->equipmentLines.size() + s->volunteerLines.size() <= 1) {
        auto modules = core::queryValue(m_db,
            QStringLiteral("SELECT count(*) FROM fleet_deployment_item WHERE deployment_id = ? AND module_id IS NOT NULL"),
            { w.deploymentId });
        if (!modules)
            return modules.error();
        if (modules->toInt() == 0)
            return Error(QStringLiteral("fleet.withdraw_last_line"), { p.name });
    }
    if (w.volunteerId > 0) {
        auto days = daysOf(w.deploymentId, w.volunteerId);
        if (!days)
            return days.error();
        int certified = 0;
        for (const DayToReverse &day : std::as_const(*days))
            certified += day.attestato.isEmpty() ? 0 : 1;
        for (const DayToReverse &day : std::as_const(*days))
            if (!day.attestato.isEmpty())
                return Error(QStringLiteral("fleet.volunteer_day_certified"),
                    { day.volunteer, day.day, day.attestato, QString::number(certified) });
    }
    if (w.vehicleId > 0 && p.vehicle.beforeReadings && p.vehicle.km > 0) {
        auto reading = readingToRecord(p.vehicle, s->from);
        if (!reading)
            return reading.error();
        p.reading = *reading;
    }
    p.state = *s;
    return p;
}

Status DeploymentAmendments::checkWithdrawal(const DeploymentLineWithdrawal &withdrawal) const
{
    auto p = plannedWithdrawal(withdrawal);
    return p ? Status() : Status(p.error());
}

Result<DeploymentWithdrawalResult> DeploymentAmendments::withdraw(const DeploymentLineWithdrawal &w)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto p = plannedWithdrawal(w);
    if (!p)
        return p.error();
    DeploymentWithdrawalResult result;
    result.name = p->name;
    if (w.volunteerId > 0) {
        auto days = daysOf(w.deploymentId, w.volunteerId);
        if (!days)
            return days.error();
        volunteers::ActivationLedger ledger(m_db, m_clock);
        for (const DayToReverse &day : std::as_const(*days)) {
            if (auto r = ledger.reverse(day.activationId, w.reason.simplified()); !r)
                return r.error();
            ++result.reversedDays;
        }
    }
    if (w.vehicleId > 0) {
        result.km = p->vehicle.km;
        if (p->vehicle.beforeReadings && p->vehicle.km > 0)
            if (auto r = recordReading(p->vehicle, p->reading); !r)
                return r.error();
    }
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    if (auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO fleet_deployment_item_void(id, deployment_id, item_id, reason, days_reversed, "
                           "recorded_at) VALUES (?, ?, ?, ?, ?, ?)"),
            { *id, w.deploymentId, p->itemId, w.reason.simplified(), result.reversedDays, m_clock.nowMs() });
        !q)
        return q.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return result;
}

Result<qint64> DeploymentAmendments::find(const QSqlDatabase &db, const QString &numberOrId)
{
    const QString text = numberOrId.trimmed().toUpper();
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    auto v = isId ? core::queryValue(db, QStringLiteral("SELECT id FROM fleet_deployment WHERE id = ?"), { id })
                  : core::queryValue(db, QStringLiteral("SELECT id FROM fleet_deployment WHERE number = ?"), { text });
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : qint64(0);
}

Result<qint64> DeploymentAmendments::readingToRecord(const DeployedVehicle &line, const QDate &from) const
{
    // The vehicle's reading now, and what of it the lines recorded before
    // 0030 still count (those whose km are taken to be inside it).
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT v.odometer_km, "
                       "coalesce((SELECT w.km FROM fleet_vehicle_km_withdrawn w WHERE w.vehicle_id = v.id "
                       "          AND w.reading_km = v.odometer_km), 0), "
                       "coalesce((SELECT sum(k.km) FROM fleet_deployment_vehicle_km k WHERE k.vehicle_id = v.id "
                       "          AND k.odometer_from IS NULL AND NOT k.voided AND coalesce((SELECT min(r.reading_km) "
                       "          FROM fleet_deployment_km_reading r WHERE r.item_id = k.item_id), v.odometer_km) "
                       "          = v.odometer_km), 0) "
                       "FROM fleet_vehicle v WHERE v.id = ?"),
        { line.vehicleId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("fleet.unknown_vehicle"), { QString::number(line.vehicleId) });
    const qint64 reading = q->value(0).toLongLong();
    const qint64 withdrawn = q->value(1).toLongLong();
    const qint64 inside = q->value(2).toLongLong();
    if (line.insideReading >= 0) {
        // Recorded already: it still holds the km while it is the reading.
        if (line.insideReading == reading)
            return qint64(0);
        return Error(QStringLiteral("fleet.deployment_km_in_later_reading"),
            { line.plate, QString::number(reading), QString() });
    }
    const qint64 base = reading - withdrawn - inside;
    if (base < 0)
        return Error(QStringLiteral("fleet.deployment_km_above_reading"),
            { line.plate, QString::number(reading), QString::number(inside) });
    // A reading read at a service on or after the deployment's first day,
    // above what the reading was before these km: the km are inside that
    // reading, read on the vehicle, and cannot be taken out of it.
    auto later = core::runQuery(m_db,
        QStringLiteral("SELECT m.km, m.day FROM fleet_maintenance m WHERE m.vehicle_id = ? AND m.entry_kind = 'entry' "
                       "AND m.day >= ? AND m.km > ? AND NOT EXISTS (SELECT 1 FROM fleet_maintenance r "
                       "WHERE r.reverses_id = m.id) ORDER BY m.day DESC, m.km DESC LIMIT 1"),
        { line.vehicleId, core::toSqlDate(from), base });
    if (!later)
        return later.error();
    if (later->next())
        return Error(QStringLiteral("fleet.deployment_km_in_later_reading"),
            { line.plate, later->value(0).toString(), later->value(1).toString() });
    return reading;
}

Status DeploymentAmendments::recordReading(const DeployedVehicle &line, qint64 reading)
{
    if (line.insideReading >= 0)
        return {}; // recorded already (readingToRecord() checked it still holds the km)
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO fleet_deployment_km_reading(id, item_id, vehicle_id, reading_km, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?)"),
        { *id, line.itemId, line.vehicleId, reading, m_clock.nowMs() });
    return q ? Status() : Status(q.error());
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
