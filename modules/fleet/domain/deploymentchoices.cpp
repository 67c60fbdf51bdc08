#include "fleet/domain/deploymentchoices.h"

#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "fleet/domain/deployment.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/fleettypes.h"

#include <QHash>
#include <QSet>

namespace fleet {

using core::Result;

QStringList DeploymentChoices::VehicleChoice::unfitOn(const QDate &to) const
{
    return vehicleUnfitness(stateCode, active, revisionDue, insuranceExpiry, to);
}

QStringList DeploymentChoices::EquipmentChoice::unfitOn(const QDate &to) const
{
    return equipmentUnfitness(stateCode, active, checkDue, to);
}

const DeploymentChoices::Busy *DeploymentChoices::busyOn(const QList<Busy> &busy, const QDate &from, const QDate &to)
{
    for (const Busy &b : busy)
        if (b.from <= to && b.to >= from)
            return &b;
    return nullptr;
}

const DeploymentChoices::Module *DeploymentChoices::module(qint64 id) const
{
    for (const Module &m : modules)
        if (m.id == id)
            return &m;
    return nullptr;
}

QList<DeploymentChoices::Volunteer> DeploymentChoices::volunteersFor(const QStringList &skills) const
{
    QSet<QString> wanted;
    for (const QString &s : skills)
        wanted.insert(s.toCaseFolded());
    QList<Volunteer> first, others;
    for (const Volunteer &v : volunteers) {
        bool holds = false;
        for (const QString &q : v.qualifications)
            holds = holds || wanted.contains(q.toCaseFolded());
        (holds ? first : others).append(v);
    }
    return first + others;
}

Result<DeploymentChoices> DeploymentChoices::read(const QSqlDatabase &db, const QDate &today)
{
    DeploymentChoices c;
    auto e = core::runQuery(db,
        QStringLiteral("SELECT id, name, start_date, end_date FROM activation_event ORDER BY start_date DESC, id DESC"));
    if (!e)
        return e.error();
    while (e->next())
        c.events.append({ e->value(0).toLongLong(), e->value(1).toString(), core::fromSqlDate(e->value(2).toString()),
            e->value(3).isNull() ? QDate() : core::fromSqlDate(e->value(3).toString()) });
    auto s = core::runQuery(
        db, QStringLiteral("SELECT id, name FROM volunteer_service WHERE active = 1 ORDER BY sort_order, name"));
    if (!s)
        return s.error();
    while (s->next())
        c.services.append({ s->value(0).toLongLong(), s->value(1).toString() });

    auto modules = ModuleRepository(db).modules(true);
    if (!modules)
        return modules.error();
    for (const ColonnaModule &m : std::as_const(*modules)) {
        Module x { m.id, m.name, m.vehicleIds, m.equipmentIds, {} };
        for (const ModuleSkill &k : m.skills)
            x.skills.append(k.qualification);
        c.modules.append(x);
    }

    auto v = core::runQuery(db,
        QStringLiteral("SELECT id, plate, vehicle_type, model, state, active, revision_due, insurance_expiry, "
                       "(SELECT o.odometer_km FROM fleet_vehicle_odometer o WHERE o.vehicle_id = fleet_vehicle.id) "
                       "FROM fleet_vehicle WHERE active = 1 ORDER BY plate"));
    if (!v)
        return v.error();
    while (v->next()) {
        VehicleChoice x;
        x.id = v->value(0).toLongLong();
        x.plate = Plate::display(v->value(1).toString());
        x.label = QStringLiteral("%1 %2").arg(FleetText::vehicleType(v->value(2).toString()), v->value(3).toString()).trimmed();
        x.stateCode = v->value(4).toString();
        x.active = v->value(5).toInt() == 1;
        x.revisionDue = v->value(6).isNull() ? QDate() : core::fromSqlDate(v->value(6).toString());
        x.insuranceExpiry = v->value(7).isNull() ? QDate() : core::fromSqlDate(v->value(7).toString());
        x.odometerKm = v->value(8).toLongLong();
        c.vehicles.append(x);
    }
    auto q = core::runQuery(db,
        QStringLiteral("SELECT id, description, serial_number, state, active, check_due FROM fleet_equipment "
                       "WHERE active = 1 ORDER BY description, serial_number"));
    if (!q)
        return q.error();
    while (q->next()) {
        EquipmentChoice x;
        x.id = q->value(0).toLongLong();
        x.serial = q->value(2).toString();
        x.label = QStringLiteral("%1 %2").arg(q->value(1).toString(), x.serial).trimmed();
        x.stateCode = q->value(3).toString();
        x.active = q->value(4).toInt() == 1;
        x.checkDue = q->value(5).isNull() ? QDate() : core::fromSqlDate(q->value(5).toString());
        c.equipment.append(x);
    }

    // What is already out on a deployment not over a year ago.
    QHash<qint64, int> vehicleRow, equipmentRow;
    for (int i = 0; i < c.vehicles.size(); ++i)
        vehicleRow.insert(c.vehicles.at(i).id, i);
    for (int i = 0; i < c.equipment.size(); ++i)
        equipmentRow.insert(c.equipment.at(i).id, i);
    auto b = core::runQuery(db,
        QStringLiteral("SELECT i.vehicle_id, i.equipment_id, d.start_date, d.end_date, e.name FROM fleet_deployment d "
                       "JOIN fleet_deployment_item i ON i.deployment_id = d.id "
                       "JOIN activation_event e ON e.id = d.event_id "
                       "WHERE d.end_date >= ? AND (i.vehicle_id IS NOT NULL OR i.equipment_id IS NOT NULL) "
                       "AND NOT EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = d.id) "
        "AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id) "
                       "ORDER BY d.start_date, d.id"),
        { core::toSqlDate(today.addDays(-maxDeploymentDays)) });
    if (!b)
        return b.error();
    while (b->next()) {
        const Busy busy { core::fromSqlDate(b->value(2).toString()), core::fromSqlDate(b->value(3).toString()),
            b->value(4).toString() };
        if (!b->value(0).isNull()) {
            if (auto it = vehicleRow.constFind(b->value(0).toLongLong()); it != vehicleRow.cend())
                c.vehicles[*it].busy.append(busy);
        } else if (auto it = equipmentRow.constFind(b->value(1).toLongLong()); it != equipmentRow.cend()) {
            c.equipment[*it].busy.append(busy);
        }
    }

    // Qualifications valid today, then the active volunteers by name.
    const QString day = core::toSqlDate(today);
    QHash<qint64, QStringList> held;
    auto k = core::runQuery(db,
        QStringLiteral("SELECT q.volunteer_id, q.name FROM volunteer_qualification q "
                       "JOIN volunteer v ON v.id = q.volunteer_id AND v.active = 1 "
                       "WHERE q.obtained_on <= ? AND (q.expires_on IS NULL OR q.expires_on >= ?)"),
        { day, day });
    if (!k)
        return k.error();
    while (k->next()) {
        QStringList &names = held[k->value(0).toLongLong()];
        const QString name = k->value(1).toString().simplified();
        if (!names.contains(name, Qt::CaseInsensitive))
            names.append(name);
    }
    auto p = core::runQuery(db,
        QStringLiteral("SELECT v.id, v.last_name, v.first_name, v.tax_code, o.name FROM volunteer v "
                       "JOIN organisation o ON o.id = v.organisation_id WHERE v.active = 1 "
                       "ORDER BY v.last_name, v.first_name, v.id"));
    if (!p)
        return p.error();
    while (p->next()) {
        Volunteer x;
        x.id = p->value(0).toLongLong();
        x.name = QStringLiteral("%1 %2").arg(p->value(1).toString(), p->value(2).toString());
        x.taxCode = p->value(3).toString();
        x.organisation = p->value(4).toString();
        x.qualifications = held.value(x.id);
        c.volunteers.append(x);
    }
    if (auto s = core::queryFinished(*p); !s)
        return s.error();
    return c;
}

} // namespace fleet
