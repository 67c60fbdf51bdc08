#include "fleet/domain/fleetmodules.h"

#include "core/auth/audittext.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetrules.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>

namespace fleet {

using core::Error;
using core::Result;
using core::Status;

namespace {

const QString moduleVehicleTable = QStringLiteral("fleet_module_vehicle");
const QString moduleEquipmentTable = QStringLiteral("fleet_module_equipment");
const QString moduleSkillTable = QStringLiteral("fleet_module_skill");

Result<QList<qint64>> moduleMemberIds(const QSqlDatabase &db, const QString &table, const QString &column, qint64 module)
{
    auto q = core::runQuery(
        db, QStringLiteral("SELECT %1 FROM %2 WHERE module_id = ? ORDER BY %1").arg(column, table), { module });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

// Makes the members of one set what `wanted` says: deletes those gone,
// inserts the new ones with their keyed ids.
Status syncModuleSet(const QSqlDatabase &db, const QString &table, const QString &column, qint64 module,
    const QList<qint64> &wanted)
{
    auto present = moduleMemberIds(db, table, column, module);
    if (!present)
        return present.error();
    const QSet<qint64> want(wanted.cbegin(), wanted.cend());
    const QSet<qint64> have(present->cbegin(), present->cend());
    for (qint64 id : *present)
        if (!want.contains(id))
            if (auto q = core::runQuery(db,
                    QStringLiteral("DELETE FROM %1 WHERE module_id = ? AND %2 = ?").arg(table, column), { module, id });
                !q)
                return q.error();
    for (qint64 id : wanted)
        if (!have.contains(id))
            if (auto q = core::runQuery(db,
                    QStringLiteral("INSERT INTO %1(id, module_id, %2) VALUES (?, ?, ?)").arg(table, column),
                    { core::keyedRowId(table, { module, id }), module, id });
                !q)
                return q.error();
    return {};
}

Status mustExist(const QSqlDatabase &db, const QString &table, qint64 id, const QString &code)
{
    auto v = core::queryValue(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), { id });
    if (!v)
        return v.error();
    return v->isValid() ? Status() : Status(Error(code, { QString::number(id) }));
}

} // namespace

Status checkModule(ColonnaModule &module)
{
    module.name = module.name.trimmed();
    if (module.name.isEmpty())
        return Error(QStringLiteral("fleet.module_name_missing"));
    QList<qint64> vehicles, equipment;
    for (qint64 id : std::as_const(module.vehicleIds))
        if (!vehicles.contains(id))
            vehicles.append(id);
    for (qint64 id : std::as_const(module.equipmentIds))
        if (!equipment.contains(id))
            equipment.append(id);
    module.vehicleIds = vehicles;
    module.equipmentIds = equipment;
    QSet<QString> seen;
    for (ModuleSkill &s : module.skills) {
        s.qualification = s.qualification.simplified();
        if (s.qualification.isEmpty())
            return Error(QStringLiteral("fleet.skill_missing_name"));
        if (s.needed < 1 || s.needed > maxSkillNeeded)
            return Error(QStringLiteral("fleet.skill_needed_out_of_range"), { s.qualification, QString::number(s.needed) });
        const QString key = s.qualification.toCaseFolded();
        if (seen.contains(key))
            return Error(QStringLiteral("fleet.skill_repeated"), { s.qualification });
        seen.insert(key);
    }
    return {};
}

Result<ColonnaModule> ModuleRepository::module(qint64 id) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id, name, description, site_id, active, notes FROM fleet_module WHERE id = ?"), { id });
    if (!q)
        return q.error();
    ColonnaModule m;
    if (!q->next())
        return m;
    m.id = q->value(0).toLongLong();
    m.name = q->value(1).toString();
    m.description = q->value(2).toString();
    m.siteId = q->value(3).toLongLong();
    m.active = q->value(4).toInt() == 1;
    m.notes = q->value(5).toString();
    auto vehicles = moduleMemberIds(m_db, moduleVehicleTable, QStringLiteral("vehicle_id"), id);
    if (!vehicles)
        return vehicles.error();
    m.vehicleIds = *vehicles;
    auto equipment = moduleMemberIds(m_db, moduleEquipmentTable, QStringLiteral("equipment_id"), id);
    if (!equipment)
        return equipment.error();
    m.equipmentIds = *equipment;
    auto skills = core::runQuery(m_db,
        QStringLiteral("SELECT qualification, needed FROM fleet_module_skill WHERE module_id = ? "
                       "ORDER BY qualification COLLATE NOCASE"),
        { id });
    if (!skills)
        return skills.error();
    while (skills->next())
        m.skills.append({ skills->value(0).toString(), skills->value(1).toInt() });
    return m;
}

Result<QList<ColonnaModule>> ModuleRepository::modules(bool activeOnly) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id FROM fleet_module WHERE active = 1 OR ? = 0 ORDER BY active DESC, name COLLATE NOCASE, id"),
        { activeOnly ? 1 : 0 });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<ColonnaModule> list;
    for (qint64 id : ids) {
        auto m = module(id);
        if (!m)
            return m.error();
        list.append(*m);
    }
    return list;
}

Status ModuleRepository::saveModule(ColonnaModule &module)
{
    if (auto s = checkModule(module); !s)
        return s;
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto other = core::queryValue(m_db, QStringLiteral("SELECT id FROM fleet_module WHERE name = ? AND id <> ?"),
        { module.name, module.id });
    if (!other)
        return other.error();
    if (other->isValid())
        return Error(QStringLiteral("fleet.module_exists"), { module.name });
    if (module.id != 0)
        if (auto s = mustExist(m_db, QStringLiteral("fleet_module"), module.id, QStringLiteral("fleet.unknown_module")); !s)
            return s;
    if (module.siteId != 0)
        if (auto s = mustExist(m_db, QStringLiteral("fleet_site"), module.siteId, QStringLiteral("fleet.unknown_site")); !s)
            return s;
    for (qint64 id : std::as_const(module.vehicleIds))
        if (auto s = mustExist(m_db, QStringLiteral("fleet_vehicle"), id, QStringLiteral("fleet.unknown_vehicle")); !s)
            return s;
    for (qint64 id : std::as_const(module.equipmentIds))
        if (auto s = mustExist(m_db, QStringLiteral("fleet_equipment"), id, QStringLiteral("fleet.unknown_equipment"));
            !s)
            return s;
    const QVariant site = module.siteId != 0 ? QVariant(module.siteId) : QVariant(QMetaType(QMetaType::LongLong));
    if (module.id == 0) {
        auto id = core::allocateRowId(m_db);
        if (!id)
            return id.error();
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO fleet_module(id, name, description, site_id, active, notes) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                { *id, module.name, module.description, site, module.active ? 1 : 0, module.notes });
            !q)
            return q.error();
        module.id = *id;
    } else if (auto q = core::runQuery(m_db,
                   QStringLiteral("UPDATE fleet_module SET name = ?, description = ?, site_id = ?, active = ?, notes = ? "
                                  "WHERE id = ?"),
                   { module.name, module.description, site, module.active ? 1 : 0, module.notes, module.id });
               !q) {
        return q.error();
    }
    if (auto s = syncModuleSet(m_db, moduleVehicleTable, QStringLiteral("vehicle_id"), module.id, module.vehicleIds); !s)
        return s;
    if (auto s = syncModuleSet(m_db, moduleEquipmentTable, QStringLiteral("equipment_id"), module.id, module.equipmentIds);
        !s)
        return s;
    // Skills: a set keyed on (module, qualification); the number needed is
    // changed in place (merged field by field).
    auto present = core::runQuery(
        m_db, QStringLiteral("SELECT id, qualification, needed FROM fleet_module_skill WHERE module_id = ?"), { module.id });
    if (!present)
        return present.error();
    QHash<QString, QPair<qint64, int>> have; // case-folded name -> id, needed
    QHash<QString, QString> haveName;
    while (present->next()) {
        const QString name = present->value(1).toString();
        have.insert(name.toCaseFolded(), { present->value(0).toLongLong(), present->value(2).toInt() });
        haveName.insert(name.toCaseFolded(), name);
    }
    QSet<QString> wanted;
    for (const ModuleSkill &s : std::as_const(module.skills)) {
        const QString key = s.qualification.toCaseFolded();
        wanted.insert(key);
        if (have.contains(key) && haveName.value(key) == s.qualification) {
            if (have.value(key).second != s.needed)
                if (auto q = core::runQuery(m_db, QStringLiteral("UPDATE fleet_module_skill SET needed = ? WHERE id = ?"),
                        { s.needed, have.value(key).first });
                    !q)
                    return q.error();
            continue;
        }
        if (have.contains(key)) { // the same skill written another way: a new member
            if (auto q = core::runQuery(
                    m_db, QStringLiteral("DELETE FROM fleet_module_skill WHERE id = ?"), { have.value(key).first });
                !q)
                return q.error();
        }
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO fleet_module_skill(id, module_id, qualification, needed) VALUES (?, ?, ?, ?)"),
                { core::keyedRowId(moduleSkillTable, { module.id, s.qualification }), module.id, s.qualification,
                    s.needed });
            !q)
            return q.error();
    }
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (!wanted.contains(it.key()))
            if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM fleet_module_skill WHERE id = ?"), { it->first });
                !q)
                return q.error();
    return tx.commit();
}

Result<QStringList> ModuleRepository::qualificationNames() const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT DISTINCT name FROM volunteer_qualification ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next()) {
        const QString n = q->value(0).toString().simplified();
        if (!n.isEmpty() && (names.isEmpty() || names.constLast().compare(n, Qt::CaseInsensitive) != 0))
            names.append(n);
    }
    return names;
}

Result<ModuleChoices> ModuleRepository::choices() const
{
    ModuleChoices c;
    auto v = core::runQuery(m_db,
        QStringLiteral("SELECT id, plate, vehicle_type, model FROM fleet_vehicle WHERE active = 1 ORDER BY plate"));
    if (!v)
        return v.error();
    while (v->next())
        c.vehicles.append({ v->value(0).toLongLong(),
            QStringLiteral("%1 · %2 %3")
                .arg(Plate::display(v->value(1).toString()), FleetText::vehicleType(v->value(2).toString()),
                    v->value(3).toString())
                .trimmed() });
    auto e = core::runQuery(m_db,
        QStringLiteral("SELECT id, description, serial_number FROM fleet_equipment WHERE active = 1 "
                       "ORDER BY description, serial_number"));
    if (!e)
        return e.error();
    while (e->next())
        c.equipment.append({ e->value(0).toLongLong(),
            QStringLiteral("%1 %2").arg(e->value(1).toString(), e->value(2).toString()).trimmed() });
    auto q = qualificationNames();
    if (!q)
        return q.error();
    c.qualifications = *q;
    return c;
}

void ModuleRepository::declareAuditNames()
{
    using core::AuditText;
    AuditText::setRowQuery(QStringLiteral("fleet_module"), QStringLiteral("SELECT name FROM fleet_module WHERE id = ?"),
        [] { return QStringLiteral("%1"); });
    AuditText::setRowQuery(QStringLiteral("fleet_deployment"),
        QStringLiteral("SELECT e.name, strftime('%d/%m/%Y', d.start_date) FROM fleet_deployment d "
                       "JOIN activation_event e ON e.id = d.event_id WHERE d.id = ?"),
        [] { return QStringLiteral("%1 %2"); });
    for (const char *table : { "fleet_deployment_void", "fleet_deployment_correction", "fleet_deployment_item_void" })
        AuditText::setRowQuery(QLatin1String(table),
            QStringLiteral("SELECT e.name, strftime('%d/%m/%Y', d.start_date) FROM %1 x "
                           "JOIN fleet_deployment d ON d.id = x.deployment_id "
                           "JOIN activation_event e ON e.id = d.event_id WHERE x.id = ?")
                .arg(QLatin1String(table)),
            [] { return QStringLiteral("%1 %2"); });
}

// Readiness --------------------------------------------------------------------

QList<int> Readiness::coverSkills(const QList<QList<qint64>> &holders, const QList<int> &needed)
{
    // Kuhn's augmenting paths over the places (skill, k): each volunteer
    // fills one place. Places are added skill by skill in the module's
    // order and an augmenting path never empties a place already filled,
    // so this is the greedy basis of a matching matroid: the lexicographic
    // maximum of the cover, the same whatever the order of the holders.
    QList<QList<qint64>> sorted = holders;
    for (QList<qint64> &h : sorted)
        std::sort(h.begin(), h.end());
    QHash<qint64, int> placeOfVolunteer; // volunteer -> place index
    QList<int> skillOfPlace;
    QList<qint64> volunteerOfPlace;
    QList<int> covered(needed.size(), 0);
    std::function<bool(int, QSet<qint64> &)> augment = [&](int place, QSet<qint64> &visited) -> bool {
        for (qint64 v : sorted.at(skillOfPlace.at(place))) {
            if (visited.contains(v))
                continue;
            visited.insert(v);
            const auto held = placeOfVolunteer.constFind(v);
            if (held == placeOfVolunteer.cend() || augment(*held, visited)) {
                placeOfVolunteer.insert(v, place);
                volunteerOfPlace[place] = v;
                return true;
            }
        }
        return false;
    };
    for (int s = 0; s < needed.size() && s < sorted.size(); ++s) {
        for (int k = 0; k < needed.at(s); ++k) {
            skillOfPlace.append(s);
            volunteerOfPlace.append(0);
            QSet<qint64> visited;
            if (augment(int(skillOfPlace.size()) - 1, visited)) {
                ++covered[s];
            } else {
                skillOfPlace.removeLast();
                volunteerOfPlace.removeLast();
                break; // nobody else can fill this skill
            }
        }
    }
    return covered;
}

Result<ModuleReadiness> Readiness::of(const QSqlDatabase &db, qint64 moduleId, const QDate &today)
{
    auto m = ModuleRepository(db).module(moduleId);
    if (!m)
        return m.error();
    if (m->id == 0)
        return Error(QStringLiteral("fleet.unknown_module"), { QString::number(moduleId) });
    const QString day = core::toSqlDate(today);
    ModuleReadiness r;
    r.moduleId = m->id;
    r.name = m->name;
    r.active = m->active;
    if (m->siteId != 0) {
        auto site = core::queryValue(db, QStringLiteral("SELECT name FROM fleet_site WHERE id = ?"), { m->siteId });
        if (!site)
            return site.error();
        r.siteName = site->toString();
    }
    using Kind = ReadinessReason::Kind;
    // Vehicles, by plate.
    auto v = core::runQuery(db,
        QStringLiteral(
            "SELECT v.id, v.plate, v.vehicle_type, v.model, coalesce(s.name, ''), v.state, v.revision_due, "
            "v.insurance_expiry, (SELECT o.odometer_km FROM fleet_vehicle_odometer o WHERE o.vehicle_id = v.id), v.active, "
            "(SELECT e.name FROM fleet_deployment_item i JOIN fleet_deployment d ON d.id = i.deployment_id "
            " JOIN activation_event e ON e.id = d.event_id WHERE i.vehicle_id = v.id AND d.start_date <= ? "
            " AND NOT EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = d.id)"
            " AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)"
            " AND d.end_date >= ? ORDER BY d.start_date, d.id LIMIT 1) "
            "FROM fleet_module_vehicle mv JOIN fleet_vehicle v ON v.id = mv.vehicle_id "
            "LEFT JOIN fleet_site s ON s.id = v.site_id WHERE mv.module_id = ? ORDER BY v.plate"),
        { day, day, m->id });
    if (!v)
        return v.error();
    while (v->next()) {
        ReadinessVehicle x;
        x.id = v->value(0).toLongLong();
        x.plate = v->value(1).toString();
        x.typeCode = v->value(2).toString();
        x.model = v->value(3).toString();
        x.siteName = v->value(4).toString();
        x.stateCode = v->value(5).toString();
        x.revisionDue = core::fromSqlDate(v->value(6).toString());
        x.insuranceExpiry = core::fromSqlDate(v->value(7).toString());
        x.odometerKm = v->value(8).toLongLong();
        const QString plate = Plate::display(x.plate);
        const bool active = v->value(9).toInt() == 1;
        const QString deployed = v->value(10).toString();
        const int before = int(r.reasons.size());
        if (!active)
            r.reasons.append({ Kind::VehicleRetired, plate, {}, {}, 0, 0 });
        else if (x.stateCode != QLatin1String("operational"))
            r.reasons.append({ Kind::VehicleState, plate, x.stateCode, {}, 0, 0 });
        if (active && x.revisionDue.isValid() && x.revisionDue < today)
            r.reasons.append({ Kind::VehicleRevision, plate, {}, x.revisionDue, 0, 0 });
        if (active && x.insuranceExpiry.isValid() && x.insuranceExpiry < today)
            r.reasons.append({ Kind::VehicleInsurance, plate, {}, x.insuranceExpiry, 0, 0 });
        if (active && !deployed.isEmpty())
            r.reasons.append({ Kind::VehicleDeployed, plate, deployed, {}, 0, 0 });
        x.fit = r.reasons.size() == before;
        r.vehicles.append(x);
    }
    if (auto s = core::queryFinished(*v); !s)
        return s.error();
    // Equipment, by description and serial.
    auto e = core::runQuery(db,
        QStringLiteral(
            "SELECT e.id, e.equipment_type, e.description, e.serial_number, coalesce(s.name, ''), e.state, e.check_due, "
            "e.active, (SELECT o.name FROM fleet_loan_open l JOIN organisation o ON o.id = l.organisation_id "
            "           WHERE l.equipment_id = e.id ORDER BY l.day, l.id LIMIT 1), "
            "(SELECT ev.name FROM fleet_deployment_item i JOIN fleet_deployment d ON d.id = i.deployment_id "
            " JOIN activation_event ev ON ev.id = d.event_id WHERE i.equipment_id = e.id AND d.start_date <= ? "
            " AND NOT EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = d.id)"
            " AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)"
            " AND d.end_date >= ? ORDER BY d.start_date, d.id LIMIT 1) "
            "FROM fleet_module_equipment me JOIN fleet_equipment e ON e.id = me.equipment_id "
            "LEFT JOIN fleet_site s ON s.id = e.site_id WHERE me.module_id = ? "
            "ORDER BY e.description, e.serial_number, e.id"),
        { day, day, m->id });
    if (!e)
        return e.error();
    while (e->next()) {
        ReadinessEquipment x;
        x.id = e->value(0).toLongLong();
        x.typeCode = e->value(1).toString();
        x.description = e->value(2).toString();
        x.serial = e->value(3).toString();
        x.siteName = e->value(4).toString();
        x.stateCode = e->value(5).toString();
        x.checkDue = core::fromSqlDate(e->value(6).toString());
        const bool active = e->value(7).toInt() == 1;
        const QString lentTo = e->value(8).toString();
        const QString deployed = e->value(9).toString();
        const QString subject = x.serial.isEmpty() ? x.description : QStringLiteral("%1 %2").arg(x.description, x.serial);
        const int before = int(r.reasons.size());
        if (!active)
            r.reasons.append({ Kind::EquipmentRetired, subject, {}, {}, 0, 0 });
        else if (x.stateCode != QLatin1String("operational"))
            r.reasons.append({ Kind::EquipmentState, subject, x.stateCode, {}, 0, 0 });
        if (active && x.checkDue.isValid() && x.checkDue < today)
            r.reasons.append({ Kind::EquipmentCheck, subject, {}, x.checkDue, 0, 0 });
        if (active && !lentTo.isEmpty())
            r.reasons.append({ Kind::EquipmentOnLoan, subject, lentTo, {}, 0, 0 });
        if (active && !deployed.isEmpty())
            r.reasons.append({ Kind::EquipmentDeployed, subject, deployed, {}, 0, 0 });
        x.fit = r.reasons.size() == before;
        r.equipment.append(x);
    }
    if (auto s = core::queryFinished(*e); !s)
        return s.error();
    // Skills: who holds each qualification, valid today.
    QList<QList<qint64>> holders;
    QList<int> needed;
    for (const ModuleSkill &s : std::as_const(m->skills)) {
        auto q = core::runQuery(db,
            QStringLiteral("SELECT DISTINCT q.volunteer_id FROM volunteer_qualification q "
                           "JOIN volunteer v ON v.id = q.volunteer_id AND v.active = 1 "
                           "WHERE q.name = ? COLLATE NOCASE AND q.obtained_on <= ? "
                           "AND (q.expires_on IS NULL OR q.expires_on >= ?)"),
            { s.qualification, day, day });
        if (!q)
            return q.error();
        QList<qint64> ids;
        while (q->next())
            ids.append(q->value(0).toLongLong());
        holders.append(ids);
        needed.append(s.needed);
    }
    const QList<int> covered = coverSkills(holders, needed);
    for (int i = 0; i < m->skills.size(); ++i) {
        const ModuleSkill &s = m->skills.at(i);
        r.skills.append({ s.qualification, s.needed, int(holders.at(i).size()), covered.value(i) });
        if (covered.value(i) < s.needed)
            r.reasons.append({ Kind::SkillShort, s.qualification, {}, {}, covered.value(i), s.needed });
    }
    if (r.vehicles.isEmpty() && r.equipment.isEmpty() && r.skills.isEmpty())
        r.reasons.append({ Kind::Empty, {}, {}, {}, 0, 0 });
    return r;
}

Result<QList<ModuleReadiness>> Readiness::all(const QSqlDatabase &db, const QDate &today, bool activeOnly)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT id FROM fleet_module WHERE active = 1 OR ? = 0 ORDER BY active DESC, name COLLATE NOCASE, id"),
        { activeOnly ? 1 : 0 });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    QList<ModuleReadiness> list;
    for (qint64 id : ids) {
        auto r = of(db, id, today);
        if (!r)
            return r.error();
        list.append(*r);
    }
    return list;
}

QStringList Readiness::tables()
{
    return { QStringLiteral("fleet_module"), QStringLiteral("fleet_module_vehicle"),
        QStringLiteral("fleet_module_equipment"), QStringLiteral("fleet_module_skill"), QStringLiteral("fleet_vehicle"),
        QStringLiteral("fleet_equipment"), QStringLiteral("fleet_loan"), QStringLiteral("fleet_deployment"),
        QStringLiteral("fleet_deployment_item"), QStringLiteral("fleet_deployment_void"),
        QStringLiteral("fleet_deployment_correction"), QStringLiteral("fleet_deployment_item_void"),
        QStringLiteral("fleet_deployment_km_reading"), QStringLiteral("fleet_maintenance"), QStringLiteral("volunteer"),
        QStringLiteral("volunteer_qualification") };
}

QString ReadinessText::reason(const ReadinessReason &r)
{
    using Kind = ReadinessReason::Kind;
    const QString date = r.date.toString(QStringLiteral("dd/MM/yyyy"));
    switch (r.kind) {
    case Kind::Empty:
        return tr("The module has no vehicles, equipment or skills.");
    case Kind::VehicleRetired:
        return tr("Vehicle %1: retired.").arg(r.subject);
    case Kind::VehicleState:
        return tr("Vehicle %1: %2.").arg(r.subject, FleetText::assetState(r.detail).toLower());
    case Kind::VehicleRevision:
        return tr("Vehicle %1: revision overdue since %2.").arg(r.subject, date);
    case Kind::VehicleInsurance:
        return tr("Vehicle %1: insurance expired on %2.").arg(r.subject, date);
    case Kind::VehicleDeployed:
        return tr("Vehicle %1: deployed for «%2».").arg(r.subject, r.detail);
    case Kind::EquipmentRetired:
        return tr("Equipment %1: retired.").arg(r.subject);
    case Kind::EquipmentState:
        return tr("Equipment %1: %2.").arg(r.subject, FleetText::assetState(r.detail).toLower());
    case Kind::EquipmentCheck:
        return tr("Equipment %1: periodic check overdue since %2.").arg(r.subject, date);
    case Kind::EquipmentOnLoan:
        return tr("Equipment %1: on loan to %2.").arg(r.subject, r.detail);
    case Kind::EquipmentDeployed:
        return tr("Equipment %1: deployed for «%2».").arg(r.subject, r.detail);
    case Kind::SkillShort:
        return tr("«%1»: %2 of the %3 needed have a valid qualification.")
            .arg(r.subject, QLocale().toString(r.have), QLocale().toString(r.needed));
    }
    return {};
}

QStringList ReadinessText::reasons(const QList<ReadinessReason> &reasons)
{
    QStringList list;
    for (const ReadinessReason &r : reasons)
        list.append(reason(r));
    return list;
}

QString ReadinessText::status(bool ready)
{
    return ready ? tr("Ready to leave") : tr("Not ready");
}

} // namespace fleet
