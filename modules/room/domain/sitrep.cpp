#include "room/domain/sitrep.h"

#include "core/auth/permissions.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"
#include "core/domain/units.h"
#include "room/domain/boardrepository.h"
#include "room/domain/diaryrepository.h"
#include "room/domain/roomeventrepository.h"
#include "room/domain/roomtext.h"

#include <QLocale>

namespace room {

using core::ColumnKind;
using core::Error;
using core::ReportTable;
using core::Result;

int Sitrep::overdueActions() const
{
    int n = 0;
    for (const BoardAction &a : openActions)
        n += a.dueOn.isValid() && a.dueOn < day ? 1 : 0;
    return n;
}

core::Grams Sitrep::foodDeliveredGrams() const
{
    core::Grams g = 0;
    for (const deliveries::CategoryDistribution &c : deliveredByCategory)
        if (c.kind == QLatin1String("food"))
            core::addChecked(g, c.grams);
    return g;
}

core::Grams Sitrep::foodInStockGrams() const
{
    core::Grams g = 0;
    for (const stock::CategoryStock &c : stockByCategory)
        if (c.kind == QLatin1String("food"))
            core::addChecked(g, c.grams);
    return g;
}

core::ReportDefinition SitrepReport::definition()
{
    core::ReportDefinition d;
    d.name = QStringLiteral("sitrep");
    d.title = [] { return tr("Daily situation report (SITREP)"); };
    d.parameters = core::ReportDefinition::At;
    d.required = core::ReportDefinition::At;
    d.build = &SitrepReport::build;
    // Aggregate figures, but the diary's decisions and the Cabina's actions
    // are the room's own words: the room's view permission, as the diary.
    d.permission = core::Permission::RoomView;
    return d;
}

Result<qint64> SitrepReport::eventOf(const core::ReportRequest &request)
{
    const QString text = request.options.value(QStringLiteral("event")).trimmed();
    if (text.isEmpty())
        return qint64(0);
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Error(QStringLiteral("room.unknown_event"));
    return id;
}

Result<core::ReportDocument> SitrepReport::build(const QSqlDatabase &db, const core::ReportRequest &request)
{
    if (!request.at.isValid())
        return Error(QStringLiteral("report.missing_at"), { definition().name });
    auto eventId = eventOf(request);
    if (!eventId)
        return eventId.error();
    auto sitrep = compute(db, request.at, *eventId);
    if (!sitrep)
        return sitrep.error();
    return document(*sitrep, request);
}

Result<Sitrep> SitrepReport::compute(const QSqlDatabase &db, const QDate &day, qint64 eventId)
{
    if (!day.isValid())
        return Error(QStringLiteral("report.missing_at"), { definition().name });
    Sitrep s;
    s.day = day;
    if (eventId != 0) {
        RoomEventRepository events(db);
        auto e = events.event(eventId);
        if (!e)
            return e.error();
        if (e->base.id == 0)
            return Error(QStringLiteral("room.unknown_event"));
        s.event = *e;
        auto history = events.phaseHistory(eventId);
        if (!history)
            return history.error();
        const QDateTime end = day.addDays(1).startOfDay();
        for (const PhaseChange &c : std::as_const(*history))
            if (c.changedAt < end)
                s.phaseOnDay = c.phase; // the history is in time order
    }

    // Volunteers: the person-days report's own counter.
    volunteers::PersonDays personDays(db);
    auto byService = personDays.count(volunteers::PersonDaysGrouping::Service, day, day, eventId);
    if (!byService)
        return byService.error();
    s.personDaysByService = *byService;
    auto total = eventId ? personDays.totalForEvent(eventId, day, day) : personDays.total(day, day);
    if (!total)
        return total.error();
    s.personDays = *total;
    auto volunteers = personDays.volunteers(day, day, eventId);
    if (!volunteers)
        return volunteers.error();
    s.volunteers = *volunteers;

    // Deliveries: the distribution reports' own queries.
    const core::DateRange period { day, day };
    auto byCategory = deliveries::DistributionQueries::byCategory(db, period);
    if (!byCategory)
        return byCategory.error();
    s.deliveredByCategory = *byCategory;
    auto counts = deliveries::DistributionQueries::distributionsByKind(db, period);
    if (!counts)
        return counts.error();
    s.foodDistributions = counts->first;
    s.healthDistributions = counts->second;
    auto byComune = deliveries::DistributionQueries::byComune(db, period, deliveries::GoodsFilter::Food);
    if (!byComune)
        return byComune.error();
    for (const deliveries::ComuneDistribution &c : std::as_const(*byComune))
        if (c.distributions > 0)
            s.comuniServed.append(c);
    auto received = core::queryValue(
        db, QStringLiteral("SELECT count(*) FROM delivery_request WHERE requested_on = ?"), { core::toSqlDate(day) });
    if (!received)
        return received.error();
    s.requestsReceived = received->toInt();
    // What the Cabina di regia may examine that day: the same list.
    auto toServe = BoardRepository(db).pendingRequests(day, 1000000);
    if (!toServe)
        return toServe.error();
    s.requestsToServe = int(toServe->size());
    s.oldestToServe = toServe->mid(0, listedRequests);

    // Stock: the stock report's and the Cruscotto's queries.
    auto stockRows = stock::StockQueries::byCategory(db, day);
    if (!stockRows)
        return stockRows.error();
    s.stockByCategory = *stockRows;
    auto alerts = stock::StockQueries::alerts(db, day);
    if (!alerts)
        return alerts.error();
    s.stockAlerts = *alerts;

    // Listening: the summary report's figures for the one day.
    auto listening = listening::ListeningReports::serviceFigures(db, day, day, QStringLiteral("week"));
    if (!listening)
        return listening.error();
    s.listening.start = day;
    for (const listening::ServiceFigures &f : std::as_const(*listening)) {
        s.listening.requests += f.requests;
        s.listening.urgent += f.urgent;
        s.listening.calledBack += f.calledBack;
        s.listening.within24h += f.within24h;
        s.listening.within48h += f.within48h;
        s.listening.escalations += f.escalations;
        s.listening.referrals += f.referrals;
        s.listening.unreachable += f.unreachable;
        s.listening.stillOpen += f.stillOpen;
    }

    // Tutoring: the summary report's figures for the one day.
    auto tutoring = tutoring::tutoringFigures(db, day, day);
    if (!tutoring)
        return tutoring.error();
    s.tutoring = *tutoring;

    // The room's own records.
    DiaryFilter filter;
    filter.day = day;
    filter.eventId = eventId;
    filter.kind = DiaryKind::Decision;
    filter.hideCorrected = true;
    auto decisions = DiaryRepository(db).entries(filter);
    if (!decisions)
        return decisions.error();
    s.decisions = *decisions;
    BoardRepository board(db);
    auto meeting = board.meetingOn(day);
    if (!meeting)
        return meeting.error();
    if (meeting->id != 0) {
        auto boardDecisions = board.decisions(meeting->id);
        if (!boardDecisions)
            return boardDecisions.error();
        s.boardDecisions = *boardDecisions;
    }
    auto actions = board.openActionsOn(day);
    if (!actions)
        return actions.error();
    s.openActions = *actions;
    auto sent = sentOn(db, day, eventId);
    if (!sent)
        return sent.error();
    s.sent = *sent;
    return s;
}

namespace {

QString actionStateText(ActionState state)
{
    return state == ActionState::InProgress ? SitrepReport::tr("in progress") : SitrepReport::tr("open");
}

} // namespace

core::ReportDocument SitrepReport::document(const Sitrep &s, const core::ReportRequest &request)
{
    const QLocale locale = request.locale;
    core::ReportDocument doc = core::newReportDocument(definition().name, tr("Daily situation report (SITREP)"), request);
    doc.subtitle = tr("Operations room of the CCV-MI: the day's figures, computed from the records");
    doc.parameters.append({ tr("Day"), locale.toString(s.day, QStringLiteral("dddd dd/MM/yyyy")) });
    const bool oneEvent = s.event.base.id != 0;
    if (oneEvent) {
        doc.parameters.append({ tr("Event"),
            tr("%1 (%2, since %3)")
                .arg(s.event.base.name, RoomText::scenario(s.event.scenario),
                    s.event.base.startDate.toString(QStringLiteral("dd/MM/yyyy"))) });
        doc.parameters.append(
            { tr("Phase at the end of the day"), s.phaseOnDay ? RoomText::phase(*s.phaseOnDay) : tr("not started") });
    } else {
        doc.parameters.append({ tr("Event"), tr("all events") });
    }

    const auto count = [&](qint64 n) { return locale.toString(n); };

    // The figures of the day: one table, the CSV of the report.
    ReportTable figures;
    figures.columns = { { QStringLiteral("figure"), tr("Figure"), ColumnKind::Text, 0, false },
        { QStringLiteral("section"), tr("Section"), ColumnKind::Text, 0, true, false },
        { QStringLiteral("label"), tr("What"), ColumnKind::Text },
        { QStringLiteral("value"), tr("Number"), ColumnKind::Integer },
        { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 } };
    const auto number = [&](const char *key, const QString &section, const QString &label, qint64 value) {
        figures.rows.append({ QString::fromLatin1(key), section, label, value, QVariant() });
    };
    const auto weight = [&](const char *key, const QString &section, const QString &label, core::Grams grams) {
        figures.rows.append({ QString::fromLatin1(key), section, label, QVariant(), grams });
    };
    const QString vol = tr("Volunteers");
    number("volunteers_active", vol, tr("Volunteers active"), s.volunteers);
    number("person_days", vol, tr("Person-days"), s.personDays);
    const QString del = tr("Deliveries");
    weight("food_delivered_kg", del, tr("Food delivered"), s.foodDeliveredGrams());
    number("food_distributions", del, tr("Food distributions"), s.foodDistributions);
    number("health_distributions", del, tr("Distributions of DPI and kits"), s.healthDistributions);
    number("comuni_served", del, tr("Comuni served (food)"), s.comuniServed.size());
    number("requests_received", del, tr("Requests received"), s.requestsReceived);
    number("requests_to_serve", del, tr("Requests still to serve (state today)"), s.requestsToServe);
    const QString sto = tr("Stock");
    weight("food_in_stock_kg", sto, tr("Food in stock at the end of the day"), s.foodInStockGrams());
    number("lots_expiring", sto, tr("Lots expiring within %n day(s)", nullptr, s.stockAlerts.warningDays),
        s.stockAlerts.expiringLots);
    number("lots_expired", sto, tr("Expired lots still in stock"), s.stockAlerts.expiredLots);
    number("items_under_minimum", sto, tr("Items under their minimum level"), s.stockAlerts.underMinimum);
    const QString lis = tr("Listening line");
    number("listening_requests", lis, tr("Requests received"), s.listening.requests);
    number("listening_urgent", lis, tr("of which urgent"), s.listening.urgent);
    number("listening_called_back", lis, tr("Called back"), s.listening.calledBack);
    number("listening_within_24h", lis, tr("Called back within 24 h"), s.listening.within24h);
    number("listening_escalations_118", lis, tr("Escalations to 118"), s.listening.escalations);
    number("listening_still_open", lis, tr("Still open"), s.listening.stillOpen);
    const QString tut = tr("Study support");
    number("tutoring_hours_booked", tut, tr("Hours booked"), s.tutoring.hoursBooked);
    number("tutoring_hours_given", tut, tr("Hours given"), s.tutoring.hoursGiven);
    number("tutoring_pupils", tut, tr("Pupils with lessons"), s.tutoring.pupils);
    const QString roo = tr("Operations room");
    number("diary_decisions", roo, tr("Decisions in the diary"), s.decisions.size());
    number("board_decisions", roo, tr("Decisions of the Cabina di regia"), s.boardDecisions.size());
    number("actions_open", roo, tr("Cabina actions open"), s.openActions.size());
    number("actions_overdue", roo, tr("of which overdue"), s.overdueActions());
    number("communications_sent", roo, tr("Communications sent"), s.sent.size());
    doc.addHeading(tr("The day in figures"));
    if (oneEvent)
        doc.addParagraph(tr("The volunteers, the diary and the circulars are those of the event; deliveries, stock, "
                            "the listening line, study support and the Cabina di regia are the whole room's."));
    doc.addTable(figures);

    // Volunteers.
    doc.addHeading(tr("Volunteers: person-days by service"));
    if (s.personDaysByService.isEmpty()) {
        doc.addParagraph(tr("No volunteer activity recorded."));
    } else {
        ReportTable t;
        t.columns = { { QStringLiteral("service"), tr("Service") },
            { QStringLiteral("person_days"), tr("Person-days"), ColumnKind::Integer } };
        for (const volunteers::PersonDaysRow &r : s.personDaysByService)
            t.rows.append({ r.key, r.personDays });
        t.totals = { tr("Total (a volunteer counts once a day)"), s.personDays };
        doc.addTable(t);
    }

    // Deliveries.
    doc.addHeading(tr("Food delivered by category"));
    {
        ReportTable t;
        t.columns = { { QStringLiteral("category"), tr("Food category") },
            { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
            { QStringLiteral("distributions"), tr("Distributions"), ColumnKind::Integer } };
        for (const deliveries::CategoryDistribution &c : s.deliveredByCategory)
            if (c.kind == QLatin1String("food"))
                t.rows.append({ c.name, c.grams, c.distributions });
        t.totals = { tr("Total food"), s.foodDeliveredGrams(), s.foodDistributions };
        doc.addTable(t);
    }
    ReportTable health;
    health.columns = { { QStringLiteral("category"), tr("Category") },
        { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
        { QStringLiteral("distributions"), tr("Distributions"), ColumnKind::Integer } };
    for (const deliveries::CategoryDistribution &c : s.deliveredByCategory)
        if (c.kind != QLatin1String("food") && c.distributions > 0)
            health.rows.append({ c.name, c.pieces, c.distributions });
    if (!health.rows.isEmpty()) {
        doc.addHeading(tr("DPI, kits and other goods delivered"));
        doc.addTable(health);
    }
    doc.addHeading(tr("Comuni served"));
    if (s.comuniServed.isEmpty()) {
        doc.addParagraph(tr("No food delivered."));
    } else {
        ReportTable t;
        t.columns = { { QStringLiteral("istat_code"), tr("ISTAT code") }, { QStringLiteral("comune"), tr("Comune") },
            { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
            { QStringLiteral("distributions"), tr("Distributions"), ColumnKind::Integer } };
        for (const deliveries::ComuneDistribution &c : s.comuniServed)
            t.rows.append({ c.istatCode, c.name, c.grams, c.distributions });
        doc.addTable(t);
    }
    doc.addHeading(tr("Requests from the territory still to serve"));
    if (s.requestsToServe == 0) {
        doc.addParagraph(tr("None."));
    } else {
        doc.addParagraph(tr("Requests asked on or before the day and not yet served today, the oldest first: %1.")
                             .arg(s.requestsToServe > s.oldestToServe.size()
                                     ? tr("the first %1 of %2").arg(count(s.oldestToServe.size()), count(s.requestsToServe))
                                     : count(s.requestsToServe)));
        ReportTable t;
        t.columns = { { QStringLiteral("requested_on"), tr("Asked on"), ColumnKind::Date },
            { QStringLiteral("number"), tr("Request"), ColumnKind::Text, 0, true, false },
            { QStringLiteral("recipient"), tr("Recipient") }, { QStringLiteral("comune"), tr("Comune") } };
        for (const ExaminedRequest &r : s.oldestToServe)
            t.rows.append({ r.requestedOn, r.number, r.recipient, r.comune });
        doc.addTable(t);
    }

    // Stock.
    doc.addHeading(tr("Stock at the end of the day"));
    {
        ReportTable t;
        t.columns = { { QStringLiteral("category"), tr("Category") },
            { QStringLiteral("pieces"), tr("Pieces"), ColumnKind::Integer },
            { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 } };
        qint64 pieces = 0;
        core::Grams grams = 0;
        for (const stock::CategoryStock &c : s.stockByCategory) {
            const bool food = c.kind == QLatin1String("food");
            t.rows.append({ c.name, food ? QVariant() : QVariant(c.pieces), c.grams });
            core::addChecked(grams, c.grams);
            if (!food)
                core::addChecked(pieces, c.pieces);
        }
        t.totals = { tr("Total"), pieces, grams };
        doc.addTable(t);
        QList<QPair<QString, QString>> alerts {
            { tr("Lots expiring within %n day(s)", nullptr, s.stockAlerts.warningDays),
                count(s.stockAlerts.expiringLots) },
            { tr("Expired lots still in stock"), count(s.stockAlerts.expiredLots) },
            { tr("Items under their minimum level"), count(s.stockAlerts.underMinimum) },
        };
        if (s.stockAlerts.firstExpiry.isValid())
            alerts.append({ tr("First expiry"), core::toItalianDate(s.stockAlerts.firstExpiry) });
        if (s.stockAlerts.overdrawnLots > 0)
            alerts.append({ tr("Lots below zero (to be counted)"), count(s.stockAlerts.overdrawnLots) });
        doc.addKeyValues(alerts);
    }

    // Listening line and study support: aggregate only.
    doc.addHeading(tr("Listening line (AscoltiAMO)"));
    doc.addKeyValues({ { tr("Requests received"), count(s.listening.requests) },
        { tr("of which urgent"), count(s.listening.urgent) },
        { tr("Called back (so far)"), count(s.listening.calledBack) },
        { tr("Called back within 24 h"), count(s.listening.within24h) },
        { tr("Escalations to 118"), count(s.listening.escalations) },
        { tr("Referrals to services"), count(s.listening.referrals) },
        { tr("Still open"), count(s.listening.stillOpen) } });
    doc.addParagraph(tr("Aggregate figures of the requests received on the day: no caller can be identified."));
    doc.addHeading(tr("Study support (ConosciAMO)"));
    doc.addKeyValues({ { tr("Hours booked"), count(s.tutoring.hoursBooked) },
        { tr("Hours given"), count(s.tutoring.hoursGiven) },
        { tr("Pupil absent"), count(s.tutoring.hoursNoShow) },
        { tr("Outcome not yet recorded"), count(s.tutoring.hoursAwaitingOutcome) },
        { tr("Pupils with lessons"), count(s.tutoring.pupils) } });

    // The room.
    doc.addHeading(tr("Decisions"));
    if (s.decisions.isEmpty() && s.boardDecisions.isEmpty()) {
        doc.addParagraph(tr("No decision recorded."));
    } else {
        ReportTable t;
        t.columns = { { QStringLiteral("at"), tr("When"), ColumnKind::DateTime, 0, true, false },
            { QStringLiteral("source"), tr("Where"), ColumnKind::Text, 0, true, false },
            { QStringLiteral("event"), tr("Event") }, { QStringLiteral("text"), tr("Decision") },
            { QStringLiteral("author"), tr("Written by") } };
        for (const DiaryEntry &e : s.decisions)
            t.rows.append({ e.at, tr("diary"), e.eventName, e.body, e.authorName.isEmpty() ? e.author : e.authorName });
        for (const BoardDecision &d : s.boardDecisions)
            t.rows.append({ d.createdAtMs, tr("Cabina di regia"), QString(), d.text, d.operatorName });
        if (oneEvent)
            t.columns[2].onPaper = false;
        doc.addTable(t);
    }
    doc.addHeading(tr("Open actions of the Cabina di regia"));
    if (s.openActions.isEmpty()) {
        doc.addParagraph(tr("None."));
    } else {
        ReportTable t;
        t.columns = { { QStringLiteral("due_on"), tr("Due"), ColumnKind::Date },
            { QStringLiteral("action"), tr("Action") }, { QStringLiteral("owner"), tr("Owner") },
            { QStringLiteral("state"), tr("State"), ColumnKind::Text, 0, true, false },
            { QStringLiteral("overdue"), tr("Overdue"), ColumnKind::Text, 0, true, false } };
        for (const BoardAction &a : s.openActions)
            t.rows.append({ a.dueOn, a.title, a.owner, actionStateText(a.state),
                a.dueOn.isValid() && a.dueOn < s.day ? tr("yes") : QString() });
        doc.addTable(t);
    }
    doc.addHeading(tr("Communications sent"));
    if (s.sent.isEmpty()) {
        doc.addParagraph(tr("None."));
    } else {
        ReportTable t;
        t.columns = { { QStringLiteral("number"), tr("Protocol"), ColumnKind::Text, 0, true, false },
            { QStringLiteral("counterpart"), tr("To") }, { QStringLiteral("subject"), tr("Subject") },
            { QStringLiteral("messages"), tr("PEC messages"), ColumnKind::Integer },
            { QStringLiteral("letters_only"), tr("Letters without PEC"), ColumnKind::Integer } };
        for (const SentCommunication &c : s.sent)
            t.rows.append({ c.entry.number, c.entry.counterpart, c.entry.subject,
                c.circularId ? QVariant(c.prepared) : QVariant(), c.circularId ? QVariant(c.withoutPec) : QVariant() });
        doc.addTable(t);
    }
    return doc;
}

} // namespace room
