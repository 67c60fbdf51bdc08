#include "deliveries/domain/dayplan.h"

#include "core/domain/clock.h"
#include "core/reference/comunerepository.h"
#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/deliverylabels.h"
#include "deliveries/domain/deliveryrepository.h"

#include <QMap>

namespace deliveries {

using core::ColumnKind;
using core::ReportDocument;
using core::ReportRequest;
using core::ReportTable;
using core::Result;

RouteTiming DayPlan::timing()
{
    RouteTiming t;
    t.metresPerMinute = metresPerMinute;
    t.minutesAtAStop = minutesAtAStop;
    t.toleranceMinutes = toleranceMinutes;
    t.departure = QTime(8, 30);
    return t;
}

QList<Delivery> DayPlanResult::withoutAddress() const
{
    QList<Delivery> list;
    for (const VehicleRound &round : rounds)
        for (const Delivery &d : round.stops)
            if (d.recipient.address.trimmed().isEmpty())
                list.append(d);
    return list;
}

QList<Delivery> DayPlanResult::missedTimes() const
{
    QList<Delivery> list;
    for (const VehicleRound &round : rounds)
        for (int i = 0; i < round.stops.size(); ++i)
            if (round.missed.value(i))
                list.append(round.stops.at(i));
    return list;
}

core::Result<DayPlanResult> DayPlan::plan(const QSqlDatabase &db, const QDate &date)
{
    DayPlanResult result;
    result.date = date;
    auto depot = core::ComuneRepository(db).referencePoint(QStringLiteral("idroscalo"));
    if (!depot)
        return depot.error();
    result.depot = depot->coordinate;
    auto deliveries = DeliveryRepository(db).deliveriesOn(date);
    if (!deliveries)
        return deliveries.error();
    // Vehicles by name; deliveries without a vehicle last.
    QMap<QString, QList<Delivery>> byVehicle;
    for (const Delivery &d : *deliveries)
        byVehicle[(d.vehicle.isEmpty() ? QStringLiteral("2") : QStringLiteral("1")) + d.vehicle].append(d);
    for (auto it = byVehicle.constBegin(); it != byVehicle.constEnd(); ++it) {
        const QList<Delivery> &group = it.value();
        QList<RouteStop> stops;
        for (const Delivery &d : group)
            stops.append({ d.id, d.recipient.resolvedCoordinate, d.time });
        const PlannedRoute route = RoutePlanner::plan(result.depot, stops, timing());
        VehicleRound round;
        round.vehicle = group.constFirst().vehicle;
        round.departure = route.departure;
        for (const Delivery &d : group) { // the first driver and organisation named
            if (round.driver.isEmpty())
                round.driver = d.driver;
            if (round.organisation.isEmpty())
                round.organisation = d.organisation;
        }
        for (int i = 0; i < route.order.size(); ++i) {
            const Delivery &d = group.at(route.order.at(i));
            round.stops.append(d);
            round.legMetres.append(route.legMetres.at(i));
            round.arrivals.append(route.arrivals.at(i));
            round.missed.append(route.missed.contains(route.order.at(i)));
            round.grams += d.grams();
            round.packages += d.totalPackages();
        }
        round.returnMetres = route.returnMetres;
        round.totalMetres = route.totalMetres;
        round.unrouted = int(route.unrouted.size());
        result.totalMetres += route.totalMetres;
        result.deliveries += int(group.size());
        result.rounds.append(round);
    }
    return result;
}

QString DayPlan::missedTimeText(const VehicleRound &round, int stop, int roundIndex, const QLocale &locale)
{
    const Delivery &d = round.stops.at(stop);
    const QString vehicle = round.vehicle.isEmpty() ? tr("round %1").arg(roundIndex + 1) : round.vehicle;
    return tr("%1, stop %2, %3 (DDT %4): expected arrival %5, agreed %6: cannot be kept")
        .arg(vehicle)
        .arg(stop + 1)
        .arg(d.recipient.name, d.number, locale.toString(round.arrivals.value(stop), QStringLiteral("HH:mm")),
            locale.toString(d.time, QStringLiteral("HH:mm")));
}

Result<ReportDocument> DayPlan::tripSheet(const QSqlDatabase &db, const ReportRequest &request)
{
    const QDate date
        = request.at.isValid() ? request.at : (request.now.isValid() ? request.now.date() : core::SystemClock::instance().today());
    auto plan = DayPlan::plan(db, date);
    if (!plan)
        return plan.error();
    return tripSheet(*plan, request);
}

ReportDocument DayPlan::tripSheet(const DayPlanResult &plan, const ReportRequest &request)
{
    const QLocale &locale = request.locale;
    ReportDocument doc = core::newReportDocument(QStringLiteral("trip-sheet"),
        tr("Trip sheet of %1").arg(locale.toString(plan.date, QStringLiteral("dd/MM/yyyy"))), request);
    doc.landscape = true;
    doc.parameters.append({ tr("Day"), locale.toString(plan.date, QStringLiteral("dd/MM/yyyy")) });
    doc.parameters.append({ tr("Deliveries"), locale.toString(plan.deliveries) });
    doc.parameters.append(
        { tr("Distance of all rounds"), tr("%1 km").arg(locale.toString(plan.totalMetres / 1000.0, 'f', 1)) });
    if (plan.rounds.isEmpty()) {
        doc.addParagraph(tr("No deliveries on this day."));
        return doc;
    }
    // What the driver must sort out before leaving, on top of the first page.
    const QList<Delivery> noAddress = plan.withoutAddress();
    if (!noAddress.isEmpty()) {
        QStringList lines;
        for (const Delivery &d : noAddress)
            lines.append(tr("%1 (DDT %2): no address recorded").arg(d.recipient.name, d.number));
        if (lines.size() > 5) { // a busy day: one paragraph, not a page of lines
            QStringList names;
            for (const Delivery &d : noAddress)
                names.append(tr("%1 (DDT %2)").arg(d.recipient.name, d.number));
            lines = QStringList { names.join(QStringLiteral(", ")) };
        }
        doc.addHtml(DeliveryLabels::warningHtml(
            tr("%n recipient(s) of the day without an address: ask for it before leaving and record it", nullptr,
                int(noAddress.size())),
            lines));
    }
    QStringList missedLines;
    for (int r = 0; r < plan.rounds.size(); ++r) {
        const VehicleRound &round = plan.rounds.at(r);
        for (int i = 0; i < round.stops.size(); ++i)
            if (round.missed.value(i))
                missedLines.append(missedTimeText(round, i, r, locale));
    }
    if (!missedLines.isEmpty())
        doc.addHtml(DeliveryLabels::warningHtml(
            tr("%n agreed time(s) that cannot be kept: tell the recipient or change the time", nullptr,
                int(missedLines.size())),
            missedLines));
    for (int r = 0; r < plan.rounds.size(); ++r) {
        const VehicleRound &round = plan.rounds.at(r);
        if (r > 0)
            doc.addSectionBreak(); // each driver's round counts its own pages
        doc.addHeading(round.vehicle.isEmpty() ? tr("Round %1: vehicle not assigned yet").arg(r + 1)
                                               : tr("Round %1: %2").arg(r + 1).arg(round.vehicle));
        QList<QPair<QString, QString>> crew;
        crew.append({ tr("Driver"), round.driver.isEmpty() ? QStringLiteral("________________") : round.driver });
        if (!round.organisation.isEmpty())
            crew.append({ tr("Organisation"), round.organisation });
        crew.append({ tr("Departure and return"),
            round.departure.isValid()
                ? tr("Magazzino Idroscalo, Peschiera Borromeo: leave at %1")
                      .arg(locale.toString(round.departure, QStringLiteral("HH:mm")))
                : tr("Magazzino Idroscalo, Peschiera Borromeo") });
        crew.append({ tr("Distance"),
            tr("%1 km, return to the Idroscalo included (%2 km)")
                .arg(locale.toString(round.totalMetres / 1000.0, 'f', 1),
                    locale.toString(round.returnMetres / 1000.0, 'f', 1)) });
        doc.addKeyValues(crew);
        ReportTable table;
        table.columns = { { QStringLiteral("stop"), tr("Stop"), ColumnKind::Integer },
            { QStringLiteral("time"), tr("Agreed time") }, { QStringLiteral("arrival"), tr("Estimated arrival") },
            { QStringLiteral("number"), tr("DDT") }, { QStringLiteral("recipient"), tr("Recipient") },
            { QStringLiteral("address"), tr("Address") }, { QStringLiteral("comune"), tr("Comune") },
            { QStringLiteral("packages"), tr("Packages"), ColumnKind::Integer },
            { QStringLiteral("kg"), tr("kg"), ColumnKind::Grams, 1 },
            { QStringLiteral("km"), tr("km from previous"), ColumnKind::Decimal, 1 },
            { QStringLiteral("signed"), tr("Delivered at (time)") } };
        for (int i = 0; i < round.stops.size(); ++i) {
            const Delivery &d = round.stops.at(i);
            const bool routed = i < round.stops.size() - round.unrouted;
            const QTime arrival = round.arrivals.value(i);
            QString arrivalText = arrival.isValid() ? locale.toString(arrival, QStringLiteral("HH:mm")) : QString();
            if (round.missed.value(i))
                arrivalText = tr("%1, cannot be kept").arg(arrivalText);
            const QString street = DeliveryLabels::address(d.recipient, false);
            table.rows.append({ i + 1, d.time.isValid() ? locale.toString(d.time, QStringLiteral("HH:mm")) : QString(),
                arrivalText, d.number, d.recipient.name,
                d.recipient.address.trimmed().isEmpty() ? tr("NO ADDRESS") : street, d.recipient.comuneName,
                d.totalPackages() > 0 ? QVariant(d.totalPackages()) : QVariant(), d.grams(),
                routed ? QVariant(round.legMetres.at(i) / 1000.0) : QVariant(tr("no position")),
                d.status == DeliveryStatus::Delivered ? locale.toString(d.deliveredAt.time(), QStringLiteral("HH:mm"))
                                                      : QString() });
        }
        table.totals = { QVariant(), QVariant(), QVariant(), QVariant(), tr("Back to the Idroscalo"), QVariant(),
            QVariant(), round.packages, round.grams, round.returnMetres / 1000.0, QVariant() };
        doc.addTable(table);
        doc.addSignatures({ tr("Departure: time and km"), tr("Return: time and km"), tr("Driver's signature") });
    }
    doc.addParagraph(
        tr("Stops are ordered so as to keep the agreed times, then by the shortest round found. "
           "Distances are straight lines between the recipients: the road is longer. Arrivals are estimated at "
           "30 km/h as the crow flies with 15 minutes at each stop, leaving so as to reach the first stop with an "
           "agreed time at that time and waiting when early; an agreed time reached more than 15 minutes late "
           "cannot be kept."));
    return doc;
}

} // namespace deliveries
