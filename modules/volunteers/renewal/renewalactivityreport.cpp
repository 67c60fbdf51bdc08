#include "volunteers/renewal/renewalactivityreport.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "fleet/domain/fleetreports.h"

#include <QHash>
#include <QSqlQuery>

namespace volunteers {

using core::ColumnKind;
using core::Error;
using core::ReportDocument;
using core::ReportTable;
using core::Result;

namespace {

QString eventTypeText(const QString &code)
{
    if (code == QLatin1String("national_emergency"))
        return RenewalActivityReport::tr("national emergency");
    if (code == QLatin1String("covid19"))
        return RenewalActivityReport::tr("COVID-19 emergency");
    if (code == QLatin1String("training"))
        return RenewalActivityReport::tr("training and exercises");
    return RenewalActivityReport::tr("ordinary");
}

QString scenarioText(const QString &code)
{
    if (code == QLatin1String("hydro_meteo"))
        return RenewalActivityReport::tr("hydro-meteorological");
    if (code == QLatin1String("earthquake"))
        return RenewalActivityReport::tr("earthquake");
    if (code == QLatin1String("forest_fire"))
        return RenewalActivityReport::tr("forest fire");
    if (code == QLatin1String("missing_person"))
        return RenewalActivityReport::tr("missing person search");
    if (code == QLatin1String("health"))
        return RenewalActivityReport::tr("health");
    if (code == QLatin1String("major_event"))
        return RenewalActivityReport::tr("major event");
    return RenewalActivityReport::tr("other");
}

} // namespace

core::ReportDefinition RenewalActivityReport::definition()
{
    core::ReportDefinition d;
    d.name = QStringLiteral("renewal-activity");
    d.title = [] { return tr("Activity report for the yearly renewal"); };
    d.permission = core::Permission::VolunteersView;
    d.parameters = core::ReportDefinition::At; // the year of --at, unless --year
    d.build = &RenewalActivityReport::build;
    return d;
}

namespace {

// The year asked: --year, else the year of --at, else this year.
Result<int> yearOf(const core::ReportRequest &request)
{
    const QString yearText = request.options.value(QStringLiteral("year")).trimmed();
    if (yearText.isEmpty()) {
        if (request.at.isValid())
            return request.at.year();
        if (request.now.isValid())
            return request.now.date().year();
        return Error(QStringLiteral("training.year_invalid"), { yearText });
    }
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return Error(QStringLiteral("training.year_invalid"), { yearText });
    return year;
}

// The Colonna Mobile's report of what organisations hold on `at` (one
// organisation, or all with 0), as rows of its one table.
Result<core::ReportTable> heldOn(const QSqlDatabase &db, const core::ReportRequest &request, const QDate &at,
    qint64 organisationId)
{
    core::ReportRequest fleetRequest = request;
    fleetRequest.at = at;
    fleetRequest.options.clear();
    if (organisationId != 0)
        fleetRequest.options.insert(QStringLiteral("organisation"), QString::number(organisationId));
    auto held = fleet::FleetReports::equipmentByOrganisation(db, fleetRequest);
    if (!held)
        return held.error();
    for (const core::ReportBlock &block : std::as_const(held->blocks))
        if (block.type == core::ReportBlock::Type::Table)
            return block.table;
    return core::ReportTable {};
}

int columnOf(const core::ReportTable &table, const char *key)
{
    for (int i = 0; i < table.columns.size(); ++i)
        if (table.columns.at(i).key == QLatin1String(key))
            return i;
    return -1;
}

QDate heldDay(int year, const core::ReportRequest &request)
{
    QDate at(year, 12, 31);
    if (request.now.isValid() && request.now.date() < at)
        at = request.now.date();
    return at;
}

// Without --organisation: one row per organisation with its figures.
Result<ReportDocument> allOrganisations(const QSqlDatabase &db, const core::ReportRequest &request, int year)
{
    const QString from = QStringLiteral("%1-01-01").arg(year), to = QStringLiteral("%1-12-31").arg(year);
    const QDate at = heldDay(year, request);
    auto held = heldOn(db, request, at, 0);
    if (!held)
        return held.error();
    QHash<QString, QPair<int, int>> assets; // organisation name -> vehicles, pieces
    const QString ownedVehicle = fleet::FleetReports::tr("Vehicle owned");
    const int orgColumn = columnOf(*held, "organisation"), kindColumn = columnOf(*held, "kind");
    for (const QVariantList &row : std::as_const(held->rows)) {
        auto &pair = assets[row.value(orgColumn).toString()];
        (row.value(kindColumn).toString() == ownedVehicle ? pair.first : pair.second) += 1;
    }
    auto q = core::runQuery(db,
        QStringLiteral(
            "SELECT o.name, "
            "(SELECT count(*) FROM activation_effective a WHERE a.organisation_id = o.id AND a.day BETWEEN ? AND ?), "
            "(SELECT count(*) FROM training_exercise x WHERE x.organisation_id = o.id AND x.start_date BETWEEN ? AND ?), "
            "(SELECT coalesce(sum(x.person_days), 0) FROM training_exercise x WHERE x.organisation_id = o.id "
            " AND x.start_date BETWEEN ? AND ?), "
            "(SELECT count(*) FROM training_participant p JOIN volunteer v ON v.id = p.volunteer_id "
            " JOIN training_edition e ON e.id = p.edition_id WHERE v.organisation_id = o.id "
            " AND e.end_date BETWEEN ? AND ?) "
            "FROM organisation o WHERE o.active = 1 ORDER BY o.name"),
        { from, to, from, to, from, to, from, to });
    if (!q)
        return q.error();
    ReportDocument doc = core::newReportDocument(QStringLiteral("renewal-activity"),
        RenewalActivityReport::tr("Activity report for the yearly renewal"), request);
    doc.parameters = { { RenewalActivityReport::tr("Organisation"), RenewalActivityReport::tr("all") }, { RenewalActivityReport::tr("Year"), QString::number(year) } };
    ReportTable table;
    table.columns = { { QStringLiteral("organisation"), RenewalActivityReport::tr("Organisation"), ColumnKind::Text },
        { QStringLiteral("activation_days"), RenewalActivityReport::tr("Activation person-days"), ColumnKind::Integer },
        { QStringLiteral("exercises"), RenewalActivityReport::tr("Exercises"), ColumnKind::Integer },
        { QStringLiteral("exercise_days"), RenewalActivityReport::tr("Exercise person-days"), ColumnKind::Integer },
        { QStringLiteral("trained"), RenewalActivityReport::tr("Volunteers on courses"), ColumnKind::Integer },
        { QStringLiteral("vehicles"), RenewalActivityReport::tr("Vehicles"), ColumnKind::Integer },
        { QStringLiteral("equipment"), RenewalActivityReport::tr("Equipment"), ColumnKind::Integer } };
    qint64 sums[6] = {};
    while (q->next()) {
        const auto pair = assets.value(q->value(0).toString());
        const qint64 values[6] = { q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toLongLong(),
            q->value(4).toLongLong(), pair.first, pair.second };
        QVariantList row { q->value(0).toString() };
        for (int i = 0; i < 6; ++i) {
            row.append(values[i]);
            sums[i] += values[i];
        }
        table.rows.append(row);
    }
    if (auto s = core::queryFinished(*q); !s)
        return s.error();
    table.totals = { RenewalActivityReport::tr("Total") };
    for (qint64 v : sums)
        table.totals.append(v);
    doc.addParagraph(RenewalActivityReport::tr("Each organisation's figures for %1; vehicles and equipment held on %2. The detail of one "
                           "organisation: --organisation ID.")
                         .arg(QString::number(year), core::toItalianDate(at)));
    doc.addTable(table);
    return doc;
}

} // namespace

Result<ReportDocument> RenewalActivityReport::build(const QSqlDatabase &db, const core::ReportRequest &request)
{
    auto yearResult = yearOf(request);
    if (!yearResult)
        return yearResult.error();
    const int year = *yearResult;
    const QString organisationText = request.options.value(QStringLiteral("organisation")).trimmed();
    if (organisationText.isEmpty())
        return allOrganisations(db, request, year);
    bool ok = false;
    const qint64 organisationId = organisationText.toLongLong(&ok);
    if (!ok || organisationId <= 0)
        return Error(QStringLiteral("training.unknown_organisation"), { organisationText });

    auto org = core::runQuery(db,
        QStringLiteral("SELECT o.name, coalesce(c.name, ''), o.registry_number FROM organisation o "
                       "LEFT JOIN comune c ON c.id = o.comune_id WHERE o.id = ?"),
        { organisationId });
    if (!org)
        return org.error();
    if (!org->next())
        return Error(QStringLiteral("training.unknown_organisation"), { organisationText });
    const QString organisationName = org->value(0).toString();
    const QString from = QStringLiteral("%1-01-01").arg(year), to = QStringLiteral("%1-12-31").arg(year);

    ReportDocument doc = core::newReportDocument(QStringLiteral("renewal-activity"),
        tr("Activity report for the yearly renewal"), request);
    doc.parameters = { { tr("Organisation"), organisationName }, { tr("Comune"), org->value(1).toString() },
        { tr("Year"), QString::number(year) } };
    if (!org->value(2).toString().isEmpty())
        doc.parameters.append({ tr("Registry number"), org->value(2).toString() });

    ReportTable table;
    table.columns = { { QStringLiteral("section"), tr("Section"), ColumnKind::Text },
        { QStringLiteral("from"), tr("From"), ColumnKind::Date }, { QStringLiteral("to"), tr("To"), ColumnKind::Date },
        { QStringLiteral("description"), tr("Description"), ColumnKind::Text },
        { QStringLiteral("detail"), tr("Detail"), ColumnKind::Text },
        { QStringLiteral("people"), tr("Volunteers"), ColumnKind::Integer },
        { QStringLiteral("person_days"), tr("Person-days"), ColumnKind::Integer } };
    const auto date = [](const QString &text) {
        const QDate d = core::fromSqlDate(text);
        return d.isValid() ? QVariant(d) : QVariant();
    };

    // Activations: per event, the organisation's effective days in the year.
    int activationEvents = 0, activationDays = 0;
    auto a = core::runQuery(db,
        QStringLiteral("SELECT e.name, e.event_type, min(a.day), max(a.day), count(DISTINCT a.volunteer_id), count(*) "
                       "FROM activation_effective a JOIN activation_event e ON e.id = a.event_id "
                       "WHERE a.organisation_id = ? AND a.day BETWEEN ? AND ? GROUP BY e.id ORDER BY 3, 1"),
        { organisationId, from, to });
    if (!a)
        return a.error();
    while (a->next()) {
        ++activationEvents;
        activationDays += a->value(5).toInt();
        table.rows.append({ tr("Activation"), date(a->value(2).toString()), date(a->value(3).toString()),
            a->value(0).toString(), eventTypeText(a->value(1).toString()), a->value(4).toInt(), a->value(5).toInt() });
    }
    if (auto s = core::queryFinished(*a); !s)
        return s.error();

    // Exercises starting in the year.
    int exercises = 0, exerciseDays = 0;
    auto x = core::runQuery(db,
        QStringLiteral("SELECT x.title, x.scenario, x.start_date, x.end_date, x.place, coalesce(c.name, ''), "
                       "x.participants, x.person_days FROM training_exercise x LEFT JOIN comune c ON c.id = x.comune_id "
                       "WHERE x.organisation_id = ? AND x.start_date BETWEEN ? AND ? ORDER BY x.start_date, x.id"),
        { organisationId, from, to });
    if (!x)
        return x.error();
    while (x->next()) {
        ++exercises;
        exerciseDays += x->value(7).toInt();
        QStringList where { scenarioText(x->value(1).toString()) };
        for (int i : { 4, 5 })
            if (!x->value(i).toString().isEmpty())
                where.append(x->value(i).toString());
        table.rows.append({ tr("Exercise"), date(x->value(2).toString()), date(x->value(3).toString()),
            x->value(0).toString(), where.join(QStringLiteral(", ")), x->value(6).toInt(), x->value(7).toInt() });
    }
    if (auto s = core::queryFinished(*x); !s)
        return s.error();

    // Courses: editions ending in the year with the organisation's volunteers.
    int courses = 0, trained = 0;
    auto c = core::runQuery(db,
        QStringLiteral("SELECT c.title, e.code, e.start_date, e.end_date, count(*), "
                       "sum(p.certificate_number <> '') FROM training_participant p "
                       "JOIN volunteer v ON v.id = p.volunteer_id JOIN training_edition e ON e.id = p.edition_id "
                       "JOIN training_course c ON c.id = e.course_id "
                       "WHERE v.organisation_id = ? AND e.end_date BETWEEN ? AND ? GROUP BY e.id ORDER BY 3, 2"),
        { organisationId, from, to });
    if (!c)
        return c.error();
    while (c->next()) {
        ++courses;
        trained += c->value(4).toInt();
        table.rows.append({ tr("Course"), date(c->value(2).toString()), date(c->value(3).toString()),
            c->value(0).toString(),
            tr("edition %1: %2 certified").arg(c->value(1).toString()).arg(c->value(5).toInt()), c->value(4).toInt(),
            QVariant() });
    }
    if (auto s = core::queryFinished(*c); !s)
        return s.error();

    // Vehicles and equipment held: the Colonna Mobile's own report, on the
    // last day of the year (today for the current year).
    const QDate at = heldDay(year, request);
    auto held = heldOn(db, request, at, organisationId);
    if (!held)
        return held.error();
    int vehicles = 0, pieces = 0;
    {
        const int kind = columnOf(*held, "kind"), type = columnOf(*held, "type"), code = columnOf(*held, "code"),
                  description = columnOf(*held, "description"), since = columnOf(*held, "since"),
                  state = columnOf(*held, "state");
        // The fleet report's own words for its two kinds of row.
        const QString ownedVehicle = fleet::FleetReports::tr("Vehicle owned");
        for (const QVariantList &row : std::as_const(held->rows)) {
            (row.value(kind).toString() == ownedVehicle ? vehicles : pieces) += 1;
            QStringList what;
            for (int i : { type, code, description })
                if (!row.value(i).toString().trimmed().isEmpty())
                    what.append(row.value(i).toString());
            table.rows.append({ row.value(kind).toString(), row.value(since), QVariant(),
                what.join(QStringLiteral(" · ")), row.value(state).toString(), QVariant(), QVariant() });
        }
    }

    table.totals = { tr("Total"), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
        activationDays + exerciseDays };
    doc.addParagraph(tr("In %1: %2 (%3), %4 (%5), %6 attended by %7.")
                         .arg(QString::number(year), tr("%n activation event(s)", nullptr, activationEvents),
                             tr("%n person-day(s)", nullptr, activationDays), tr("%n exercise(s)", nullptr, exercises),
                             tr("%n person-day(s)", nullptr, exerciseDays), tr("%n course edition(s)", nullptr, courses),
                             tr("%n volunteer(s)", nullptr, trained)));
    doc.addParagraph(tr("Held on %1: %2 and %3.")
                         .arg(core::toItalianDate(at), tr("%n vehicle(s) owned", nullptr, vehicles),
                             tr("%n piece(s) of equipment on loan", nullptr, pieces)));
    doc.addTable(table);
    return doc;
}

} // namespace volunteers
