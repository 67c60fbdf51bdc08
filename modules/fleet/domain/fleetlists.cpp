#include "fleet/domain/fleetlists.h"

#include "core/auth/access.h"
#include "core/auth/permissions.h"
#include "core/db/textsearch.h"

namespace fleet {

namespace {

core::Result<FleetListSql> checkedList(const QSqlDatabase &db, FleetListSql sql)
{
    if (auto s = core::Access::require(db, core::Permission::FleetView); !s)
        return s.error();
    return sql;
}

} // namespace

core::Result<FleetListSql> FleetLists::vehicles(const QSqlDatabase &db)
{
    return checkedList(db,
        { QStringLiteral("fleet_vehicle v LEFT JOIN organisation o ON o.id = v.organisation_id "
                         "LEFT JOIN fleet_site s ON s.id = v.site_id"),
            QStringLiteral("v.id"),
            { QStringLiteral("v.plate"), QStringLiteral("v.vehicle_type"), QStringLiteral("v.model"),
                QStringLiteral("CASE v.owner_kind WHEN 'organisation' THEN o.name ELSE v.owner_kind END"),
                QStringLiteral("s.name"), QStringLiteral("v.state"), QStringLiteral("v.revision_due"),
                QStringLiteral("v.insurance_expiry"),
                QStringLiteral("(SELECT k.odometer_km FROM fleet_vehicle_odometer k WHERE k.vehicle_id = v.id)"),
                QStringLiteral("v.state") },
            { QStringLiteral("fleet_vehicle"), QStringLiteral("fleet_site"), QStringLiteral("organisation"),
                QStringLiteral("fleet_deployment_item"), QStringLiteral("fleet_deployment_void"),
                QStringLiteral("fleet_deployment_correction"), QStringLiteral("fleet_deployment_item_void"),
                QStringLiteral("fleet_deployment_km_reading"), QStringLiteral("fleet_maintenance") } });
}

core::Result<FleetListSql> FleetLists::equipment(const QSqlDatabase &db)
{
    return checkedList(db,
        { QStringLiteral("fleet_equipment e LEFT JOIN fleet_site s ON s.id = e.site_id"), QStringLiteral("e.id"),
            { QStringLiteral("e.equipment_type"), QStringLiteral("e.description"), QStringLiteral("e.serial_number"),
                QStringLiteral("s.name"), QStringLiteral("e.state"), QStringLiteral("e.check_due"),
                QStringLiteral("(SELECT o.name FROM fleet_loan_open l JOIN organisation o ON o.id = l.organisation_id "
                               "WHERE l.equipment_id = e.id ORDER BY l.day DESC LIMIT 1)") },
            { QStringLiteral("fleet_equipment"), QStringLiteral("fleet_site"), QStringLiteral("fleet_loan") } });
}

core::Result<FleetListSql> FleetLists::sites(const QSqlDatabase &db)
{
    return checkedList(db,
        { QStringLiteral("fleet_site s LEFT JOIN comune c ON c.id = s.comune_id"), QStringLiteral("s.id"),
            { QStringLiteral("s.name"), QStringLiteral("s.kind"), QStringLiteral("c.name"), QStringLiteral("s.state"),
                QStringLiteral("(SELECT count(*) FROM fleet_vehicle v WHERE v.site_id = s.id AND v.active = 1)"),
                QStringLiteral("(SELECT count(*) FROM fleet_equipment e WHERE e.site_id = s.id AND e.active = 1)"),
                QStringLiteral("s.capacity_notes") },
            { QStringLiteral("fleet_site"), QStringLiteral("fleet_vehicle"), QStringLiteral("fleet_equipment") } });
}

core::Result<FleetListSql> FleetLists::maintenance(const QSqlDatabase &db)
{
    return checkedList(db,
        { QStringLiteral("fleet_maintenance m"), QStringLiteral("m.id"),
            { QStringLiteral("m.day"), QStringLiteral("m.km"), QStringLiteral("m.work"), QStringLiteral("m.cost_cents"),
                QStringLiteral("m.done_by"), QStringLiteral("m.entry_kind"),
                QStringLiteral("(SELECT count(*) FROM fleet_maintenance r WHERE r.reverses_id = m.id)") },
            { QStringLiteral("fleet_maintenance") } });
}

core::Result<FleetListSql> FleetLists::loans(const QSqlDatabase &db)
{
    return checkedList(db,
        { QStringLiteral("fleet_loan l JOIN fleet_equipment e ON e.id = l.equipment_id "
                         "JOIN organisation o ON o.id = l.organisation_id"),
            QStringLiteral("l.id"),
            { QStringLiteral("l.day"), QStringLiteral("l.movement"), QStringLiteral("e.description"),
                QStringLiteral("e.serial_number"), QStringLiteral("o.name"), QStringLiteral("l.condition") },
            { QStringLiteral("fleet_loan"), QStringLiteral("fleet_equipment") } });
}

core::Result<FleetListSql> FleetLists::deployments(const QSqlDatabase &db)
{
    const auto items = [](const char *column) {
        return QStringLiteral("(SELECT count(*) FROM fleet_deployment_item i WHERE i.deployment_id = d.id AND i.%1 IS NOT NULL "
                              "AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id))")
            .arg(QLatin1String(column));
    };
    return checkedList(db,
        { QStringLiteral("fleet_deployment d JOIN activation_event e ON e.id = d.event_id "
                         "LEFT JOIN comune c ON c.id = d.comune_id"),
            QStringLiteral("d.id"),
            { QStringLiteral("coalesce(d.number, '')"), QStringLiteral("d.start_date"), QStringLiteral("d.end_date"),
                QStringLiteral("e.name"),
                QStringLiteral("d.scope"), QStringLiteral("d.requested_by"),
                QStringLiteral("trim(coalesce(c.name, '') || CASE WHEN c.name IS NOT NULL AND d.place <> '' "
                               "THEN ', ' ELSE '' END || d.place)"),
                QStringLiteral("(SELECT group_concat(m.name, ', ') FROM fleet_deployment_item i "
                               "JOIN fleet_module m ON m.id = i.module_id WHERE i.deployment_id = d.id)"),
                items("vehicle_id"), items("equipment_id"), items("volunteer_id"),
                QStringLiteral("(SELECT coalesce(sum(k.km), 0) FROM fleet_deployment_vehicle_km k WHERE k.deployment_id = d.id "
                               "AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = k.item_id))"),
                QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = d.id) "
                               "THEN 'voided' WHEN EXISTS (SELECT 1 FROM fleet_deployment_correction c "
                               "WHERE c.deployment_id = d.id) OR EXISTS (SELECT 1 FROM fleet_deployment_item_void y "
                               "WHERE y.deployment_id = d.id) THEN 'corrected' ELSE '' END"),
                QStringLiteral("(SELECT x.reason FROM fleet_deployment_void x WHERE x.deployment_id = d.id "
                               "ORDER BY x.recorded_at, x.id LIMIT 1)") },
            { QStringLiteral("fleet_deployment"), QStringLiteral("fleet_deployment_item"),
                QStringLiteral("activation_event"), QStringLiteral("fleet_module"), QStringLiteral("fleet_deployment_void"),
                QStringLiteral("fleet_deployment_correction"), QStringLiteral("fleet_deployment_item_void") } });
}

FleetFilter FleetLists::deploymentFilter(const QDate &from, const QDate &to)
{
    QStringList where;
    QVariantList binds;
    if (to.isValid()) {
        where.append(QStringLiteral("d.start_date <= ?"));
        binds << to.toString(Qt::ISODate);
    }
    if (from.isValid()) {
        where.append(QStringLiteral("d.end_date >= ?"));
        binds << from.toString(Qt::ISODate);
    }
    return { where.join(QStringLiteral(" AND ")), binds };
}

FleetFilter FleetLists::vehicleFilter(const QString &text, const QString &state, const QString &dueOn)
{
    QStringList where;
    QVariantList binds;
    if (!text.trimmed().isEmpty()) {
        const QString like = core::likeContains(text.trimmed());
        QString plate = text.toUpper();
        plate.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        where.append(QStringLiteral("(v.plate LIKE ? ESCAPE '\\' OR v.model LIKE ? ESCAPE '\\' OR o.name LIKE ? ESCAPE '\\')"));
        binds << core::likeContains(plate) << like << like;
    }
    if (!state.isEmpty()) {
        where.append(QStringLiteral("v.state = ?"));
        binds << state;
    }
    if (!dueOn.isEmpty()) {
        // dueOn: the last day of the window, ISO; "due" = revision or insurance on or before it.
        where.append(QStringLiteral("v.active = 1 AND v.state <> 'out_of_service' AND (v.revision_due <= ? OR v.insurance_expiry <= ?)"));
        binds << dueOn << dueOn;
    }
    return { where.join(QStringLiteral(" AND ")), binds };
}

FleetFilter FleetLists::equipmentFilter(const QString &text, const QString &type, bool onLoanOnly)
{
    QStringList where;
    QVariantList binds;
    if (!text.trimmed().isEmpty()) {
        const QString like = core::likeContains(text.trimmed());
        where.append(QStringLiteral("(e.description LIKE ? ESCAPE '\\' OR e.serial_number LIKE ? ESCAPE '\\')"));
        binds << like << like;
    }
    if (!type.isEmpty()) {
        where.append(QStringLiteral("e.equipment_type = ?"));
        binds << type;
    }
    if (onLoanOnly)
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM fleet_loan_open l WHERE l.equipment_id = e.id)"));
    return { where.join(QStringLiteral(" AND ")), binds };
}

} // namespace fleet
