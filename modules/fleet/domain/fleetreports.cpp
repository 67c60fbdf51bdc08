#include "fleet/domain/fleetreports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/fleettypes.h"

namespace fleet {

using core::ColumnKind;
using core::ReportDefinition;
using core::ReportDocument;
using core::ReportTable;
using core::Result;

namespace {

QDate dayOf(const core::ReportRequest &request)
{
    return request.at.isValid() ? request.at : request.now.date();
}

} // namespace

QList<ReportDefinition> FleetReports::definitions()
{
    ReportDefinition due;
    due.name = QStringLiteral("vehicles-due");
    due.title = [] { return tr("Vehicles: revisions and insurance due"); };
    due.parameters = ReportDefinition::At;
    due.build = &FleetReports::vehiclesDue;
    due.permission = core::Permission::FleetView;

    ReportDefinition byOrganisation;
    byOrganisation.name = QStringLiteral("equipment-by-organisation");
    byOrganisation.title = [] { return tr("Vehicles and equipment held by each organisation"); };
    byOrganisation.parameters = ReportDefinition::At;
    byOrganisation.build = &FleetReports::equipmentByOrganisation;
    byOrganisation.permission = core::Permission::FleetView;
    return { due, byOrganisation };
}

Result<ReportDocument> FleetReports::vehiclesDue(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QDate at = dayOf(request);
    const QString limit = core::toSqlDate(at.addDays(dueWindowDays));
    // One row per deadline: a vehicle whose revision and insurance are both
    // due appears twice.
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT v.plate, v.vehicle_type, v.model, v.owner_kind, coalesce(o.name, ''), coalesce(s.name, ''), "
            "v.state, d.what, d.due FROM fleet_vehicle v "
            "JOIN (SELECT id, 'revision' AS what, revision_due AS due FROM fleet_vehicle WHERE revision_due <= ? "
            "      UNION ALL SELECT id, 'insurance', insurance_expiry FROM fleet_vehicle WHERE insurance_expiry <= ?) d "
            "  ON d.id = v.id "
            "LEFT JOIN organisation o ON o.id = v.organisation_id LEFT JOIN fleet_site s ON s.id = v.site_id "
            "WHERE v.active = 1 AND v.state <> 'out_of_service' ORDER BY d.due, v.plate, d.what"),
        { limit, limit });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("vehicles-due"), tr("Vehicles: revisions and insurance due"), request);
    doc.parameters = { { tr("On"), at.toString(QStringLiteral("dd/MM/yyyy")) },
        { tr("Due within"), tr("%n day(s)", nullptr, dueWindowDays) } };
    ReportTable table;
    table.columns = { { QStringLiteral("plate"), tr("Plate"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("type"), tr("Type"), ColumnKind::Text },
        { QStringLiteral("model"), tr("Model"), ColumnKind::Text },
        { QStringLiteral("owner"), tr("Owner"), ColumnKind::Text },
        { QStringLiteral("site"), tr("Site"), ColumnKind::Text },
        { QStringLiteral("deadline"), tr("Deadline"), ColumnKind::Text },
        { QStringLiteral("due"), tr("Due on"), ColumnKind::Date },
        { QStringLiteral("days_left"), tr("Days left"), ColumnKind::Integer },
        { QStringLiteral("status"), tr("Status"), ColumnKind::Text } };
    int overdue = 0;
    while (q->next()) {
        const QDate due = core::fromSqlDate(q->value(8).toString());
        const DueState state = dueState(due, at);
        overdue += state == DueState::Overdue ? 1 : 0;
        const QString owner = q->value(3).toString() == QLatin1String("organisation") ? q->value(4).toString()
                                                                                     : FleetText::owner(q->value(3).toString());
        table.rows.append({ Plate::display(q->value(0).toString()), FleetText::vehicleType(q->value(1).toString()),
            q->value(2).toString(), owner, q->value(5).toString(),
            q->value(7).toString() == QLatin1String("revision") ? tr("Revision") : tr("Insurance"), due,
            at.daysTo(due), state == DueState::Overdue ? tr("overdue") : tr("due soon") });
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    doc.addParagraph(tr("Active vehicles not out of service whose revision or insurance is overdue, or due within "
                        "%1: %2, %3.")
                         .arg(tr("%n day(s)", nullptr, dueWindowDays), tr("%n deadline(s)", nullptr, int(table.rows.size())),
                             tr("%n overdue", nullptr, overdue)));
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> FleetReports::equipmentByOrganisation(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QDate at = dayOf(request);
    const QString day = core::toSqlDate(at);
    const QString organisation = request.options.value(QStringLiteral("organisation"));
    bool numeric = true;
    const qint64 organisationId = organisation.isEmpty() ? 0 : organisation.toLongLong(&numeric);
    if (!numeric)
        return core::Error(QStringLiteral("fleet.unknown_organisation"), { organisation });
    // The vehicles an organisation owns, then the equipment lent to it and
    // not back on `at`.
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT o.name, 0 AS k, v.vehicle_type, v.plate, v.model, coalesce(v.registration_date, ''), v.state "
            "FROM fleet_vehicle v JOIN organisation o ON o.id = v.organisation_id "
            "WHERE v.active = 1 AND (? = 0 OR o.id = ?) "
            "UNION ALL "
            "SELECT o.name, 1, e.equipment_type, e.serial_number, e.description, l.day, e.state "
            "FROM fleet_loan l JOIN fleet_equipment e ON e.id = l.equipment_id "
            "JOIN organisation o ON o.id = l.organisation_id "
            "WHERE l.movement = 'out' AND l.day <= ? AND (? = 0 OR o.id = ?) "
            "AND NOT EXISTS (SELECT 1 FROM fleet_loan b WHERE b.loan_id = l.id AND b.day <= ?) "
            "ORDER BY 1, 2, 3, 4"),
        { organisationId, organisationId, day, organisationId, organisationId, day });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("equipment-by-organisation"), tr("Vehicles and equipment held by each organisation"), request);
    doc.parameters = { { tr("On"), at.toString(QStringLiteral("dd/MM/yyyy")) } };
    ReportTable table;
    table.columns = { { QStringLiteral("organisation"), tr("Organisation"), ColumnKind::Text },
        { QStringLiteral("kind"), tr("Kind"), ColumnKind::Text },
        { QStringLiteral("type"), tr("Type"), ColumnKind::Text },
        { QStringLiteral("code"), tr("Plate or serial number"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("description"), tr("Description"), ColumnKind::Text },
        { QStringLiteral("since"), tr("Registered or lent on"), ColumnKind::Date },
        { QStringLiteral("state"), tr("State"), ColumnKind::Text } };
    int vehicles = 0, pieces = 0;
    while (q->next()) {
        const bool isVehicle = q->value(1).toInt() == 0;
        (isVehicle ? vehicles : pieces) += 1;
        const QDate since = core::fromSqlDate(q->value(5).toString());
        table.rows.append({ q->value(0).toString(), isVehicle ? tr("Vehicle owned") : tr("Equipment on loan"),
            isVehicle ? FleetText::vehicleType(q->value(2).toString()) : FleetText::equipmentType(q->value(2).toString()),
            isVehicle ? Plate::display(q->value(3).toString()) : q->value(3).toString(), q->value(4).toString(),
            since.isValid() ? QVariant(since) : QVariant(), FleetText::assetState(q->value(6).toString()) });
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    if (organisationId != 0 && !table.rows.isEmpty())
        doc.sayOnceIfSame(table, 0);
    doc.addParagraph(tr("%1 and %2.").arg(tr("%n vehicle(s) owned", nullptr, vehicles),
        tr("%n piece(s) of equipment on loan", nullptr, pieces)));
    doc.addTable(table);
    return doc;
}

} // namespace fleet
