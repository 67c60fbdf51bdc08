#include "fleet/domain/fleetreports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "fleet/domain/deployment.h"
#include "fleet/domain/fleetmodules.h"
#include "fleet/domain/fleetrules.h"
#include "fleet/domain/fleettypes.h"

#include <QDateTime>

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
    ReportDefinition readiness;
    readiness.name = QStringLiteral("readiness");
    readiness.title = [] { return tr("Colonna Mobile: modules ready to leave"); };
    readiness.parameters = ReportDefinition::At;
    readiness.build = &FleetReports::readiness;
    readiness.permission = core::Permission::FleetView;

    ReportDefinition checklist;
    checklist.name = QStringLiteral("departure-checklist");
    checklist.title = [] { return tr("Departure checklist of a module"); };
    checklist.parameters = ReportDefinition::At;
    checklist.build = &FleetReports::departureChecklist;
    checklist.permission = core::Permission::FleetView;
    // The window offers the module: the one selected on the Moduli page, or
    // every active module one after the other.
    checklist.choiceOption = QStringLiteral("module");
    checklist.choiceLabel = [] { return tr("&Module:"); };
    checklist.choices = [](const QSqlDatabase &db) {
        QList<QPair<QString, QString>> choices { { QString(), tr("Every active module") } };
        if (auto modules = ModuleRepository(db).modules(true)) // a handful of rows
            for (const ColonnaModule &m : std::as_const(*modules))
                choices.append({ QString::number(m.id), m.name });
        return choices;
    };

    ReportDefinition deployments;
    deployments.name = QStringLiteral("deployments");
    deployments.title = [] { return tr("Colonna Mobile: deployments"); };
    deployments.parameters = ReportDefinition::Period;
    deployments.build = &FleetReports::deployments;
    deployments.permission = core::Permission::FleetView;
    return { due, byOrganisation, readiness, checklist, deployments };
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

Result<ReportDocument> FleetReports::readiness(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QDate at = dayOf(request);
    auto all = Readiness::all(db, at, true);
    if (!all)
        return all.error();
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("readiness"), tr("Colonna Mobile: modules ready to leave"), request);
    doc.landscape = true;
    doc.parameters = { { tr("On"), at.toString(QStringLiteral("dd/MM/yyyy")) } };
    ReportTable table;
    table.columns = { { QStringLiteral("module"), tr("Module"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("site"), tr("Site"), ColumnKind::Text },
        { QStringLiteral("vehicles"), tr("Vehicles"), ColumnKind::Integer },
        { QStringLiteral("equipment"), tr("Equipment"), ColumnKind::Integer },
        { QStringLiteral("volunteers_needed"), tr("Volunteers needed"), ColumnKind::Integer },
        { QStringLiteral("volunteers_covered"), tr("Covered"), ColumnKind::Integer },
        { QStringLiteral("status"), tr("Status"), ColumnKind::Text },
        { QStringLiteral("reasons"), tr("Why not"), ColumnKind::Text } };
    int ready = 0;
    for (const ModuleReadiness &m : std::as_const(*all)) {
        int needed = 0, covered = 0;
        for (const ReadinessSkill &s : m.skills) {
            needed += s.needed;
            covered += s.covered;
        }
        ready += m.ready() ? 1 : 0;
        table.rows.append({ m.name, m.siteName, int(m.vehicles.size()), int(m.equipment.size()), needed, covered,
            ReadinessText::status(m.ready()), ReadinessText::reasons(m.reasons).join(QLatin1Char(' ')) });
    }
    doc.addParagraph(tr("%1 could leave now, of %2.")
                         .arg(tr("%n module(s)", nullptr, ready), tr("%n active module(s)", nullptr, int(all->size()))));
    doc.addTable(table);
    return doc;
}

namespace {

// One module's checklist: its lines, the reasons, the crew lines, the
// checks before leaving and the signatures.
void appendChecklist(ReportDocument &doc, const ModuleReadiness &module, const core::ReportRequest &request)
{
    const ModuleReadiness *m = &module;
    const QString box = QStringLiteral("\u2610");
    ReportTable table;
    table.columns = { { QStringLiteral("kind"), FleetReports::tr("Kind"), ColumnKind::Text },
        { QStringLiteral("item"), FleetReports::tr("Item"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("details"), FleetReports::tr("Details"), ColumnKind::Text },
        { QStringLiteral("site"), FleetReports::tr("Site"), ColumnKind::Text },
        { QStringLiteral("state"), FleetReports::tr("State"), ColumnKind::Text },
        { QStringLiteral("fit"), FleetReports::tr("Fit"), ColumnKind::Text },
        { QStringLiteral("checked"), FleetReports::tr("Checked"), ColumnKind::Text } };
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    for (const ReadinessVehicle &v : std::as_const(m->vehicles)) {
        QStringList details { FleetText::vehicleType(v.typeCode), v.model };
        if (v.revisionDue.isValid())
            details.append(FleetReports::tr("revision %1").arg(date(v.revisionDue)));
        if (v.insuranceExpiry.isValid())
            details.append(FleetReports::tr("insurance %1").arg(date(v.insuranceExpiry)));
        details.append(FleetReports::tr("%1 km").arg(request.locale.toString(v.odometerKm)));
        details.removeAll(QString());
        table.rows.append({ FleetReports::tr("Vehicle"), Plate::display(v.plate), details.join(QStringLiteral(", ")), v.siteName,
            FleetText::assetState(v.stateCode), v.fit ? FleetReports::tr("yes") : FleetReports::tr("no"), box });
    }
    for (const ReadinessEquipment &e : std::as_const(m->equipment)) {
        QStringList details { FleetText::equipmentType(e.typeCode), e.serial };
        if (e.checkDue.isValid())
            details.append(FleetReports::tr("check %1").arg(date(e.checkDue)));
        details.removeAll(QString());
        table.rows.append({ FleetReports::tr("Equipment"), e.description, details.join(QStringLiteral(", ")), e.siteName,
            FleetText::assetState(e.stateCode), e.fit ? FleetReports::tr("yes") : FleetReports::tr("no"), box });
    }
    for (const ReadinessSkill &s : std::as_const(m->skills))
        table.rows.append({ FleetReports::tr("Skill"), s.qualification,
            FleetReports::tr("%1 needed, %2 hold it valid").arg(request.locale.toString(s.needed), request.locale.toString(s.holders)),
            QString(), FleetReports::tr("%1 of %2 covered").arg(request.locale.toString(s.covered), request.locale.toString(s.needed)),
            s.covered >= s.needed ? FleetReports::tr("yes") : FleetReports::tr("no"), box });
    if (m->ready())
        doc.addParagraph(FleetReports::tr("Every vehicle and piece of equipment is fit and every skill is covered: the module can "
                            "leave. Tick each line as it is checked on departure."));
    else
        doc.addParagraph(FleetReports::tr("The module cannot leave as it is: %1").arg(ReadinessText::reasons(m->reasons).join(QLatin1Char(' '))));
    doc.addTable(table);

    doc.addHeading(FleetReports::tr("Volunteers leaving"));
    ReportTable crew;
    crew.columns = { { QStringLiteral("skill"), FleetReports::tr("Skill"), ColumnKind::Text },
        { QStringLiteral("name"), FleetReports::tr("Surname and name"), ColumnKind::Text },
        { QStringLiteral("organisation"), FleetReports::tr("Organisation"), ColumnKind::Text },
        { QStringLiteral("signature"), FleetReports::tr("Signature"), ColumnKind::Text } };
    for (const ReadinessSkill &s : std::as_const(m->skills))
        for (int i = 0; i < s.needed; ++i)
            crew.rows.append({ s.qualification, QString(), QString(), QString() });
    for (int i = 0; i < 3; ++i)
        crew.rows.append({ QString(), QString(), QString(), QString() });
    doc.addTable(crew);

    doc.addHeading(FleetReports::tr("Before leaving"));
    ReportTable checks;
    checks.columns = { { QStringLiteral("check"), FleetReports::tr("Check"), ColumnKind::Text },
        { QStringLiteral("checked"), FleetReports::tr("Checked"), ColumnKind::Text } };
    for (const QString &c : { FleetReports::tr("Vehicle documents, insurance card and fuel card on board"),
             FleetReports::tr("Fuel and oil levels, tyres, lights"), FleetReports::tr("Load secured, trailers hitched and lit"),
             FleetReports::tr("Radios charged, frequencies and call signs agreed"), FleetReports::tr("First-aid kit and PPE for every volunteer"),
             FleetReports::tr("Route, destination and contact at the destination known to each driver") })
        checks.rows.append({ c, box });
    doc.addTable(checks);
    doc.addSignatures({ FleetReports::tr("The module leader"), FleetReports::tr("The operations room") });
}

} // namespace

Result<ReportDocument> FleetReports::departureChecklist(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QDate at = dayOf(request);
    const QString option = request.options.value(QStringLiteral("module")).trimmed();
    QList<ModuleReadiness> modules;
    if (option.isEmpty()) {
        // From the Print menu: every active module, one after the other.
        auto all = Readiness::all(db, at, true);
        if (!all)
            return all.error();
        modules = *all;
    } else {
        bool numeric = false;
        qint64 moduleId = option.toLongLong(&numeric);
        if (!numeric) {
            auto byName = core::queryValue(db, QStringLiteral("SELECT id FROM fleet_module WHERE name = ?"), { option });
            if (!byName)
                return byName.error();
            moduleId = byName->toLongLong();
        }
        if (moduleId <= 0)
            return core::Error(QStringLiteral("fleet.unknown_module"), { option });
        auto m = Readiness::of(db, moduleId, at);
        if (!m)
            return m.error();
        modules.append(*m);
    }
    ReportDocument doc = core::newReportDocument(QStringLiteral("departure-checklist"),
        modules.size() == 1 ? tr("Departure checklist: %1").arg(modules.first().name) : tr("Departure checklists"),
        request);
    doc.parameters = { { tr("On"), at.toString(QStringLiteral("dd/MM/yyyy")) } };
    if (modules.size() == 1) {
        const ModuleReadiness &m = modules.first();
        doc.parameters.prepend({ tr("Module"), m.name });
        if (!m.siteName.isEmpty())
            doc.parameters.insert(1, { tr("Kept at"), m.siteName });
        doc.parameters.append({ tr("Status"), ReadinessText::status(m.ready()) });
        appendChecklist(doc, m, request);
        return doc;
    }
    if (modules.isEmpty())
        doc.addParagraph(tr("No active module."));
    for (int i = 0; i < modules.size(); ++i) {
        if (i > 0)
            doc.addSectionBreak();
        const ModuleReadiness &m = modules.at(i);
        doc.addHeading(m.siteName.isEmpty() ? tr("%1: %2").arg(m.name, ReadinessText::status(m.ready()))
                                            : tr("%1 (%2): %3").arg(m.name, m.siteName, ReadinessText::status(m.ready())));
        appendChecklist(doc, m, request);
    }
    return doc;
}

Result<ReportDocument> FleetReports::deployments(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const QString from = request.from.isValid() ? core::toSqlDate(request.from) : QString();
    const QString to = request.to.isValid() ? core::toSqlDate(request.to) : QString();
    const QString period = QStringLiteral("(? = '' OR d.end_date >= ?) AND (? = '' OR d.start_date <= ?)");
    // Km as corrected (fleet_deployment_vehicle_km); a voided deployment
    // stays listed, marked, and counts nothing; lines withdrawn count
    // nothing either. The number ("IMP-2026-0012", what `cisiamo deployment
    // void|correct|withdraw N` takes) is on paper; the id only in the CSV
    // and the workbook.
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT coalesce(d.number, ''), d.start_date, d.end_date, e.name, d.scope, d.requested_by, coalesce(c.name, ''), d.place, "
            "(SELECT group_concat(m.name, ', ') FROM fleet_deployment_item i JOIN fleet_module m ON m.id = i.module_id "
            "  WHERE i.deployment_id = d.id), "
            "(SELECT group_concat(v.plate, ' ') FROM fleet_deployment_item i JOIN fleet_vehicle v ON v.id = i.vehicle_id "
            "  WHERE i.deployment_id = d.id AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)), "
            "(SELECT count(*) FROM fleet_deployment_item i WHERE i.deployment_id = d.id AND i.equipment_id IS NOT NULL "
            "  AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)), "
            "(SELECT count(*) FROM fleet_deployment_item i WHERE i.deployment_id = d.id AND i.volunteer_id IS NOT NULL "
            "  AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)), "
            "(SELECT coalesce(sum(k.km), 0) FROM fleet_deployment_vehicle_km k WHERE k.deployment_id = d.id "
            "  AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = k.item_id)), "
            "(SELECT count(*) FROM fleet_deployment_item i WHERE i.deployment_id = d.id AND i.override_reason <> '' "
            "  AND NOT EXISTS (SELECT 1 FROM fleet_deployment_item_void y WHERE y.item_id = i.id)), "
            "EXISTS (SELECT 1 FROM fleet_deployment_void x WHERE x.deployment_id = d.id), "
            "EXISTS (SELECT 1 FROM fleet_deployment_correction x WHERE x.deployment_id = d.id) "
            "OR EXISTS (SELECT 1 FROM fleet_deployment_item_void x WHERE x.deployment_id = d.id), d.id "
            "FROM fleet_deployment d JOIN activation_event e ON e.id = d.event_id "
            "LEFT JOIN comune c ON c.id = d.comune_id "
            "WHERE %1 ORDER BY d.start_date, d.id")
            .arg(period),
        { from, from, to, to });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("deployments"), tr("Colonna Mobile: deployments"), request);
    doc.landscape = true;
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); };
    if (request.from.isValid())
        doc.parameters.append({ tr("From"), date(request.from) });
    if (request.to.isValid())
        doc.parameters.append({ tr("To"), date(request.to) });
    ReportTable table;
    table.columns = { { QStringLiteral("number"), tr("No."), ColumnKind::Text, 0, true, false },
        { QStringLiteral("from"), tr("From"), ColumnKind::Date },
        { QStringLiteral("to"), tr("To"), ColumnKind::Date },
        { QStringLiteral("event"), tr("Event"), ColumnKind::Text, 0, true, true },
        { QStringLiteral("scope"), tr("Scope"), ColumnKind::Text },
        { QStringLiteral("requested_by"), tr("Requested by"), ColumnKind::Text },
        { QStringLiteral("where"), tr("Where"), ColumnKind::Text },
        { QStringLiteral("modules"), tr("Modules"), ColumnKind::Text },
        { QStringLiteral("vehicles"), tr("Vehicles"), ColumnKind::Text, 0, true, true, true },
        { QStringLiteral("equipment"), tr("Equipment"), ColumnKind::Integer },
        { QStringLiteral("volunteers"), tr("Volunteers"), ColumnKind::Integer },
        { QStringLiteral("person_days"), tr("Person-days"), ColumnKind::Integer },
        { QStringLiteral("km"), tr("Km"), ColumnKind::Integer },
        { QStringLiteral("overrides"), tr("Sent though not fit"), ColumnKind::Integer },
        { QStringLiteral("state"), tr("State"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("id"), tr("Id"), ColumnKind::Text, 0, false, false } };
    qint64 equipment = 0, volunteers = 0, personDays = 0, km = 0, overrides = 0;
    int voided = 0, corrected = 0;
    while (q->next()) {
        const QDate start = core::fromSqlDate(q->value(1).toString());
        const QDate end = core::fromSqlDate(q->value(2).toString());
        const bool isVoided = q->value(14).toInt() == 1;
        const bool isCorrected = q->value(15).toInt() == 1;
        const qint64 people = q->value(11).toLongLong();
        const qint64 days = isVoided ? 0 : people * (start.daysTo(end) + 1);
        const qint64 rowKm = isVoided ? 0 : q->value(12).toLongLong();
        QStringList plates;
        for (const QString &p : q->value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts))
            plates.append(Plate::display(p));
        QStringList where { q->value(6).toString(), q->value(7).toString() };
        where.removeAll(QString());
        const QString state = isVoided ? tr("VOIDED") : isCorrected ? tr("corrected") : QString();
        voided += isVoided ? 1 : 0;
        corrected += !isVoided && isCorrected ? 1 : 0;
        table.rows.append({ q->value(0).toString(), start, end, q->value(3).toString(),
            DeploymentText::scope(q->value(4).toString()), q->value(5).toString(), where.join(QStringLiteral(", ")),
            q->value(8).toString(), plates.join(QStringLiteral(", ")), q->value(10).toLongLong(), people, days, rowKm,
            q->value(13).toLongLong(), state, q->value(16).toString() });
        if (isVoided)
            continue;
        equipment += q->value(10).toLongLong();
        volunteers += people;
        personDays += days;
        km += rowKm;
        overrides += q->value(13).toLongLong();
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    if (!table.rows.isEmpty())
        table.totals = { tr("Total"), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
            QVariant(), equipment, volunteers, personDays, km, overrides, QVariant(), QVariant() };
    QString summary = tr("%1, %2 driven.")
                          .arg(tr("%n deployment(s)", nullptr, int(table.rows.size() - voided)),
                              tr("%1 km").arg(request.locale.toString(km)));
    if (voided > 0)
        summary += QLatin1Char(' ')
            + tr("%n voided deployment(s) stay listed, marked VOIDED: they count no km and no person-days.", nullptr,
                voided);
    if (corrected > 0)
        summary += QLatin1Char(' ')
            + tr("%n deployment(s) corrected: the km are the corrected ones, and what was withdrawn counts nothing.",
                nullptr, corrected);
    doc.addParagraph(summary);
    doc.addTable(table);

    const auto day = [](const QVariant &ms) {
        return QDateTime::fromMSecsSinceEpoch(ms.toLongLong()).date();
    };
    if (voided > 0) {
        auto v = core::runQuery(db,
            QStringLiteral(
                "SELECT coalesce(d.number, ''), d.start_date, d.end_date, e.name, x.recorded_at, x.reason, x.km_withdrawn, "
                "x.days_reversed "
                "FROM fleet_deployment d JOIN activation_event e ON e.id = d.event_id "
                "JOIN fleet_deployment_void x ON x.id = (SELECT y.id FROM fleet_deployment_void y "
                "  WHERE y.deployment_id = d.id ORDER BY y.recorded_at, y.id LIMIT 1) "
                "WHERE %1 ORDER BY d.start_date, d.id")
                .arg(period),
            { from, from, to, to });
        if (!v)
            return v.error();
        ReportTable voids;
        voids.columns = { { QStringLiteral("number"), tr("No."), ColumnKind::Text, 0, true, false },
            { QStringLiteral("from"), tr("From"), ColumnKind::Date }, { QStringLiteral("to"), tr("To"), ColumnKind::Date },
            { QStringLiteral("event"), tr("Event"), ColumnKind::Text, 0, true, false },
            { QStringLiteral("voided_on"), tr("Voided on"), ColumnKind::Date },
            { QStringLiteral("reason"), tr("Reason"), ColumnKind::Text },
            { QStringLiteral("km_withdrawn"), tr("Km withdrawn"), ColumnKind::Integer },
            { QStringLiteral("days_reversed"), tr("Volunteer days reversed"), ColumnKind::Integer } };
        while (v->next())
            voids.rows.append({ v->value(0).toString(), core::fromSqlDate(v->value(1).toString()),
                core::fromSqlDate(v->value(2).toString()), v->value(3).toString(), day(v->value(4)),
                v->value(5).toString(), v->value(6).toLongLong(), v->value(7).toLongLong() });
        if (auto s = core::queryFinished(*v); !s)
            return s.error();
        doc.addHeading(tr("Voided deployments"));
        doc.addTable(voids);
    }
    auto c = core::runQuery(db,
        QStringLiteral("SELECT coalesce(d.number, ''), d.start_date, e.name, v.plate, x.previous_km, x.km, x.recorded_at, "
                       "x.reason "
                       "FROM fleet_deployment_correction x JOIN fleet_deployment d ON d.id = x.deployment_id "
                       "JOIN activation_event e ON e.id = d.event_id JOIN fleet_deployment_item i ON i.id = x.item_id "
                       "JOIN fleet_vehicle v ON v.id = i.vehicle_id "
                       "WHERE %1 ORDER BY d.start_date, d.id, x.recorded_at, x.id")
            .arg(period),
        { from, from, to, to });
    if (!c)
        return c.error();
    ReportTable corrections;
    corrections.columns = { { QStringLiteral("number"), tr("No."), ColumnKind::Text, 0, true, false },
        { QStringLiteral("from"), tr("From"), ColumnKind::Date },
        { QStringLiteral("event"), tr("Event"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("vehicle"), tr("Vehicle"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("km_before"), tr("Km before"), ColumnKind::Integer },
        { QStringLiteral("km_after"), tr("Km corrected"), ColumnKind::Integer },
        { QStringLiteral("corrected_on"), tr("Corrected on"), ColumnKind::Date },
        { QStringLiteral("reason"), tr("Reason"), ColumnKind::Text } };
    while (c->next())
        corrections.rows.append({ c->value(0).toString(), core::fromSqlDate(c->value(1).toString()),
            c->value(2).toString(), Plate::display(c->value(3).toString()), c->value(4).toLongLong(),
            c->value(5).toLongLong(), day(c->value(6)), c->value(7).toString() });
    if (auto s = core::queryFinished(*c); !s)
        return s.error();
    if (!corrections.rows.isEmpty()) {
        doc.addHeading(tr("Km corrected"));
        doc.addTable(corrections);
    }
    auto w = core::runQuery(db,
        QStringLiteral("SELECT coalesce(d.number, ''), d.start_date, e.name, "
                       "CASE WHEN i.vehicle_id IS NOT NULL THEN 'v' WHEN i.equipment_id IS NOT NULL THEN 'e' ELSE 'p' END, "
                       "coalesce(v.plate, trim(q.description || ' ' || q.serial_number), p.last_name || ' ' || p.first_name), "
                       "x.recorded_at, x.reason, x.days_reversed "
                       "FROM fleet_deployment_item_void x JOIN fleet_deployment d ON d.id = x.deployment_id "
                       "JOIN activation_event e ON e.id = d.event_id JOIN fleet_deployment_item i ON i.id = x.item_id "
                       "LEFT JOIN fleet_vehicle v ON v.id = i.vehicle_id LEFT JOIN fleet_equipment q ON q.id = i.equipment_id "
                       "LEFT JOIN volunteer p ON p.id = i.volunteer_id "
                       "WHERE x.id = (SELECT min(z.id) FROM fleet_deployment_item_void z WHERE z.item_id = x.item_id) AND %1 "
                       "ORDER BY d.start_date, d.id, x.recorded_at, x.id")
            .arg(period),
        { from, from, to, to });
    if (!w)
        return w.error();
    ReportTable withdrawn;
    withdrawn.columns = { { QStringLiteral("number"), tr("No."), ColumnKind::Text, 0, true, false },
        { QStringLiteral("from"), tr("From"), ColumnKind::Date },
        { QStringLiteral("event"), tr("Event"), ColumnKind::Text, 0, true, true },
        { QStringLiteral("what"), tr("Withdrawn"), ColumnKind::Text, 0, true, true },
        { QStringLiteral("withdrawn_on"), tr("Withdrawn on"), ColumnKind::Date },
        { QStringLiteral("reason"), tr("Reason"), ColumnKind::Text },
        { QStringLiteral("days_reversed"), tr("Volunteer days reversed"), ColumnKind::Integer } };
    while (w->next()) {
        const QString kind = w->value(3).toString();
        const QString name = w->value(4).toString();
        const QString what = kind == QLatin1String("v") ? tr("vehicle %1").arg(Plate::display(name))
            : kind == QLatin1String("e")                ? tr("equipment: %1").arg(name)
                                                        : tr("volunteer: %1").arg(name);
        withdrawn.rows.append({ w->value(0).toString(), core::fromSqlDate(w->value(1).toString()),
            w->value(2).toString(), what, day(w->value(5)), w->value(6).toString(), w->value(7).toLongLong() });
    }
    if (auto s = core::queryFinished(*w); !s)
        return s.error();
    if (!withdrawn.rows.isEmpty()) {
        doc.addHeading(tr("Withdrawn from deployments"));
        doc.addTable(withdrawn);
    }
    return doc;
}

} // namespace fleet
