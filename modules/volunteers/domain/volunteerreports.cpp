#include "volunteers/domain/volunteerreports.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/reporting/reportcatalog.h"
#include "volunteers/domain/limitmonitor.h"

namespace volunteers {

using core::ColumnKind;
using core::ReportDefinition;
using core::ReportDocument;
using core::ReportTable;
using core::Result;

namespace {

QString periodText(const core::ReportRequest &r)
{
    const QString from = r.from.isValid() ? r.from.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…");
    const QString to = r.to.isValid() ? r.to.toString(QStringLiteral("dd/MM/yyyy")) : QStringLiteral("…");
    return QStringLiteral("%1 – %2").arg(from, to);
}

QVariantList periodBinds(const core::ReportRequest &r)
{
    return { r.from.isValid() ? core::toSqlDate(r.from) : QStringLiteral("0000-00-00"),
        r.to.isValid() ? core::toSqlDate(r.to) : QStringLiteral("9999-99-99") };
}

} // namespace

QString VolunteerReports::groupingTitle(PersonDaysGrouping g)
{
    switch (g) {
    case PersonDaysGrouping::Month:
        return tr("Month");
    case PersonDaysGrouping::Service:
        return tr("Service");
    case PersonDaysGrouping::Organisation:
        return tr("Organisation");
    case PersonDaysGrouping::Comune:
        return tr("Comune");
    }
    return {};
}

QString VolunteerReports::eventTypeName(EventType type)
{
    switch (type) {
    case EventType::Ordinary:
        return tr("Ordinary activity");
    case EventType::NationalEmergency:
        return tr("Declared national emergency");
    case EventType::Covid19:
        return tr("COVID-19 emergency");
    case EventType::Training:
        return tr("Training, exercise, planning");
    }
    return {};
}

QString VolunteerReports::excessText(const LimitExcess &e)
{
    if (e.kind == LimitExcess::Kind::Consecutive)
        return tr("day %1 in a row (limit %2, %3)").arg(e.count).arg(e.limit).arg(eventTypeName(e.type));
    return tr("day %1 of the year (limit %2, %3)").arg(e.count).arg(e.limit).arg(eventTypeName(e.type));
}

QList<ReportDefinition> VolunteerReports::definitions()
{
    ReportDefinition personDays;
    personDays.name = QStringLiteral("person-days");
    personDays.title = [] { return tr("Volunteer person-days"); };
    personDays.parameters = ReportDefinition::Period | ReportDefinition::By;
    personDays.byChoices = { QStringLiteral("month"), QStringLiteral("service"), QStringLiteral("organisation"),
        QStringLiteral("comune") };
    personDays.byTitle = [](const QString &by) {
        if (by == QLatin1String("month"))
            return tr("month");
        if (by == QLatin1String("service"))
            return tr("service");
        if (by == QLatin1String("organisation"))
            return tr("organisation");
        return by == QLatin1String("comune") ? tr("comune") : by;
    };
    personDays.build = &VolunteerReports::personDays;
    personDays.permission = core::Permission::ReportsAggregate;

    ReportDefinition over;
    over.name = QStringLiteral("volunteers-over-limits");
    over.title = [] { return tr("Volunteers over the art. 39 limits"); };
    over.parameters = ReportDefinition::Period;
    over.build = &VolunteerReports::overLimits;
    over.permission = core::Permission::VolunteersPersonalRead; // names, codici fiscali

    ReportDefinition issued;
    issued.name = QStringLiteral("attestati-issued");
    issued.title = [] { return tr("Attestati issued"); };
    issued.parameters = ReportDefinition::Period;
    issued.build = &VolunteerReports::attestatiIssued;
    issued.permission = core::Permission::VolunteersPersonalRead;

    ReportDefinition pending;
    pending.name = QStringLiteral("attestati-pending");
    pending.title = [] { return tr("Attestati to issue"); };
    pending.parameters = ReportDefinition::Period;
    pending.build = &VolunteerReports::attestatiPending;
    pending.permission = core::Permission::VolunteersPersonalRead;

    ReportDefinition organisations;
    organisations.name = QStringLiteral("organisations");
    organisations.title = [] { return tr("Volunteer organisations and renewal of operational status"); };
    organisations.parameters = ReportDefinition::At;
    organisations.build = &VolunteerReports::organisations;
    organisations.permission = core::Permission::VolunteersPersonalRead; // legal representatives
    return { personDays, over, issued, pending, organisations };
}

Result<ReportDocument> VolunteerReports::personDays(const QSqlDatabase &db, const core::ReportRequest &request)
{
    PersonDaysGrouping grouping = PersonDaysGrouping::Month;
    if (!request.by.isEmpty() && !groupingFromCode(request.by, &grouping))
        return core::Error(
            QStringLiteral("report.bad_by"), { request.by, QStringLiteral("month, service, organisation, comune") });
    PersonDays counter(db);
    auto rows = counter.count(grouping, request.from, request.to);
    if (!rows)
        return rows.error();
    auto total = counter.total(request.from, request.to);
    if (!total)
        return total.error();
    auto volunteers = counter.volunteers(request.from, request.to);
    if (!volunteers)
        return volunteers.error();

    ReportDocument doc = core::newReportDocument(QStringLiteral("person-days"),
        tr("Volunteer person-days by %1").arg(groupingTitle(grouping).toLower()), request);
    doc.parameters = { { tr("Period"), periodText(request) }, { tr("Grouped by"), groupingTitle(grouping) } };
    doc.addParagraph(
        tr("A person-day (giornata/persona) is one volunteer active on one day: a volunteer counts once a day, "
           "whatever the services. Counted from the activation records: %1 by %2.")
            .arg(tr("%Ln person-day(s)", nullptr, int(*total)), tr("%Ln volunteer(s)", nullptr, int(*volunteers))));

    ReportTable table;
    const QString key = groupingCode(grouping);
    table.columns = { { key, groupingTitle(grouping),
                          grouping == PersonDaysGrouping::Month ? ColumnKind::Month : ColumnKind::Text },
        { QStringLiteral("person_days"), tr("Person-days"), ColumnKind::Integer } };
    core::ReportChart chart;
    chart.title = doc.title;
    chart.series = { { tr("Person-days"), {} } };
    chart.horizontal = grouping != PersonDaysGrouping::Month;
    for (const PersonDaysRow &r : *rows) {
        QVariant label = r.key;
        QString category = r.key;
        if (grouping == PersonDaysGrouping::Month) {
            label = r.month;
            category = request.locale.standaloneMonthName(r.month.month(), QLocale::ShortFormat) + QLatin1Char(' ')
                + QString::number(r.month.year());
        } else if (grouping == PersonDaysGrouping::Comune && r.key.isEmpty()) {
            label = category = tr("(place not recorded)");
        }
        table.rows.append({ label, r.personDays });
        chart.categories.append(category);
        chart.series[0].values.append(double(r.personDays));
    }
    table.totals = { tr("Total"), *total };
    if (!table.rows.isEmpty() && table.rows.size() <= 40)
        doc.addChart(chart);
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> VolunteerReports::overLimits(const QSqlDatabase &db, const core::ReportRequest &request)
{
    auto list = LimitMonitor(db).volunteersOverLimits(request.from, request.to);
    if (!list)
        return list.error();
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("volunteers-over-limits"), tr("Volunteers over the art. 39 limits"), request);
    doc.landscape = true;
    doc.parameters = { { tr("Period"), periodText(request) } };
    doc.addParagraph(
        tr("Limits of art. 39 D.Lgs 1/2018 per volunteer: ordinary activity 30 consecutive days and 90 a year; "
           "declared national emergency 60 and 180; COVID-19 emergency 180 consecutive days (DL 34/2020 "
           "art. 35-bis) and 180 a year; training, exercises and planning 10 and 30. These days must be "
           "looked at before any attestato is issued."));
    ReportTable table;
    table.columns = { { QStringLiteral("volunteer"), tr("Volunteer") },
        { QStringLiteral("tax_code"), tr("Codice fiscale") }, { QStringLiteral("organisation"), tr("Organisation") },
        { QStringLiteral("days_over"), tr("Days over a limit"), ColumnKind::Integer },
        { QStringLiteral("uncertified"), tr("Not yet certified"), ColumnKind::Integer },
        { QStringLiteral("first_day"), tr("First day over"), ColumnKind::Date },
        { QStringLiteral("detail"), tr("Limit exceeded") } };
    for (const VolunteerOverLimit &v : *list) {
        QStringList detail;
        QList<QDate> distinct;
        for (const LimitExcess &e : v.excessesInPeriod)
            if (distinct.isEmpty() || distinct.constLast() != e.day)
                distinct.append(e.day);
        const LimitExcess &first = v.excessesInPeriod.constFirst();
        detail.append(tr("from %1: %2").arg(first.day.toString(QStringLiteral("dd/MM/yyyy")), excessText(first)));
        table.rows.append({ v.name, v.taxCode, v.organisation, int(distinct.size()), v.uncertifiedDaysOver, first.day,
            detail.join(QLatin1Char('\n')) });
    }
    table.totals = { tr("Total: %n volunteers", nullptr, int(list->size())) };
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> VolunteerReports::attestatiIssued(const QSqlDatabase &db, const core::ReportRequest &request)
{
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT t.number, t.issued_on, v.tax_code, t.volunteer_name, o.name, t.employer_name, "
            "json_extract(t.content, '$.employer.tax_code'), e.name, t.first_day, t.last_day, t.day_count, "
            "t.over_limit_days, "
            "t.reimbursement_deadline FROM attestato t JOIN volunteer v ON v.id = t.volunteer_id "
            "JOIN organisation o ON o.id = t.organisation_id JOIN activation_event e ON e.id = t.event_id "
            "WHERE t.issued_on >= ? AND t.issued_on <= ? "
            // a void attestato (two workstations certified the same days) is not sent
            "AND EXISTS (SELECT 1 FROM attestato_day d WHERE d.attestato_id = t.id) "
            "ORDER BY t.issued_on, t.year, t.workstation, t.seq"),
        periodBinds(request));
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("attestati-issued"), tr("Attestati issued"), request);
    doc.landscape = true;
    doc.parameters = { { tr("Issued in the period"), periodText(request) } };
    ReportTable table;
    table.columns = { { QStringLiteral("number"), tr("Number") },
        { QStringLiteral("issued_on"), tr("Issued on"), ColumnKind::Date },
        { QStringLiteral("volunteer_tax_code"), tr("Codice fiscale") },
        { QStringLiteral("volunteer_name"), tr("Volunteer") }, { QStringLiteral("organisation"), tr("Organisation") },
        { QStringLiteral("employer"), tr("Employer") },
        { QStringLiteral("employer_tax_code"), tr("Employer tax code") }, { QStringLiteral("event"), tr("Event") },
        { QStringLiteral("first_day"), tr("From"), ColumnKind::Date },
        { QStringLiteral("last_day"), tr("To"), ColumnKind::Date },
        { QStringLiteral("days"), tr("Days"), ColumnKind::Integer },
        { QStringLiteral("over_limit_days"), tr("Over limit"), ColumnKind::Integer },
        { QStringLiteral("reimbursement_deadline"), tr("Reimbursement by"), ColumnKind::Date } };
    qint64 days = 0;
    while (q->next()) {
        QVariantList row;
        for (int i = 0; i < 13; ++i) {
            const ColumnKind kind = table.columns.at(i).kind;
            row.append(kind == ColumnKind::Date ? QVariant(core::fromSqlDate(q->value(i).toString())) : q->value(i));
        }
        days += q->value(10).toLongLong();
        table.rows.append(row);
    }
    table.totals = { tr("Total: %n attestati", nullptr, int(table.rows.size())), QVariant(), QVariant(), QVariant(),
        QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), days };
    doc.sayOnceIfSame(table, 7); // the event: one emergency, usually
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> VolunteerReports::attestatiPending(const QSqlDatabase &db, const core::ReportRequest &request)
{
    auto q = core::runQuery(db,
        QStringLiteral("SELECT o.name, count(*), sum(g.days), count(DISTINCT g.volunteer_id), "
                       "count(DISTINCT CASE WHEN g.no_employer THEN g.volunteer_id END) FROM ("
                       "SELECT a.volunteer_id, a.organisation_id, count(DISTINCT a.day) AS days, v.employer_id IS NULL "
                       "AS no_employer "
                       "FROM activation_effective a JOIN volunteer v ON v.id = a.volunteer_id "
                       "WHERE a.day >= ? AND a.day <= ? AND v.employment <> 'not_working' "
                       "AND NOT EXISTS (SELECT 1 FROM attestato_day d WHERE d.activation_id = a.id) "
                       "GROUP BY a.volunteer_id, a.event_id, a.organisation_id, substr(a.day, 1, 7)) g "
                       "JOIN organisation o ON o.id = g.organisation_id GROUP BY o.id ORDER BY o.name"),
        periodBinds(request));
    if (!q)
        return q.error();
    ReportDocument doc
        = core::newReportDocument(QStringLiteral("attestati-pending"), tr("Attestati to issue"), request);
    doc.parameters = { { tr("Activation days in the period"), periodText(request) } };
    doc.addParagraph(tr("One attestato per volunteer, event, organisation and month, for the days not yet certified of "
                        "volunteers who work (employees and self-employed)."));
    ReportTable table;
    table.columns = { { QStringLiteral("organisation"), tr("Organisation") },
        { QStringLiteral("attestati"), tr("Attestati"), ColumnKind::Integer },
        { QStringLiteral("person_days"), tr("Person-days"), ColumnKind::Integer },
        { QStringLiteral("volunteers"), tr("Volunteers"), ColumnKind::Integer },
        { QStringLiteral("without_employer"), tr("Without employer"), ColumnKind::Integer } };
    qint64 totals[4] = { 0, 0, 0, 0 };
    while (q->next()) {
        table.rows.append({ q->value(0), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
            q->value(4).toLongLong() });
        for (int i = 0; i < 4; ++i)
            totals[i] += q->value(1 + i).toLongLong();
    }
    table.totals = { tr("Total"), totals[0], totals[1], totals[2], totals[3] };
    doc.addTable(table);
    return doc;
}

Result<ReportDocument> VolunteerReports::organisations(const QSqlDatabase &db, const core::ReportRequest &request)
{
    const int year = (request.at.isValid() ? request.at : request.now.date()).year();
    auto q = core::runQuery(db,
        QStringLiteral("SELECT o.name, o.kind, c.name, o.registry_number, o.representative, coalesce(r.state, ''), "
                       "coalesce(r.h24_availability + r.enough_volunteers + r.insured_no_charges + r.activity_report + "
                       "r.equipment_list "
                       "+ r.representative_documents, 0), r.state_date, "
                       "(SELECT count(*) FROM volunteer v WHERE v.organisation_id = o.id AND v.active = 1) "
                       "FROM organisation o JOIN comune c ON c.id = o.comune_id "
                       "LEFT JOIN organisation_renewal r ON r.organisation_id = o.id AND r.year = ? WHERE o.active = 1 "
                       "ORDER BY o.name"),
        { year });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(
        QStringLiteral("organisations"), tr("Volunteer organisations: renewal %1").arg(year), request);
    doc.landscape = true;
    ReportTable table;
    table.columns = { { QStringLiteral("organisation"), tr("Organisation") }, { QStringLiteral("kind"), tr("Kind") },
        { QStringLiteral("comune"), tr("Comune") }, { QStringLiteral("registry_number"), tr("Registry no.") },
        { QStringLiteral("representative"), tr("Legal representative") },
        { QStringLiteral("volunteers"), tr("Volunteers"), ColumnKind::Integer },
        { QStringLiteral("checklist"), tr("Checklist") }, { QStringLiteral("renewal"), tr("Renewal") },
        { QStringLiteral("renewal_date"), tr("On"), ColumnKind::Date } };
    int renewed = 0;
    qint64 volunteers = 0;
    while (q->next()) {
        const QString state = q->value(5).toString();
        QString stateText = tr("not started");
        if (state == QLatin1String("renewed")) {
            stateText = tr("renewed");
            ++renewed;
        } else if (state == QLatin1String("not_renewed")) {
            stateText = tr("not renewed");
        } else if (state == QLatin1String("open")) {
            stateText = tr("in progress");
        }
        volunteers += q->value(8).toLongLong();
        table.rows.append({ q->value(0),
            q->value(1).toString() == QLatin1String("municipal_group") ? tr("Municipal group") : tr("Association"),
            q->value(2), q->value(3), q->value(4), q->value(8).toLongLong(),
            QStringLiteral("%1/6").arg(q->value(6).toInt()), stateText, core::fromSqlDate(q->value(7).toString()) });
    }
    table.totals = { tr("Total: %n organisations", nullptr, int(table.rows.size())), QVariant(), QVariant(), QVariant(),
        QVariant(), volunteers, QVariant(), tr("%n renewed", nullptr, renewed) };
    doc.addTable(table);
    return doc;
}

} // namespace volunteers
