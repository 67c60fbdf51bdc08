#pragma once

#include "core/reporting/reportcatalog.h"
#include "deliveries/domain/deliverytypes.h"
#include "deliveries/domain/routeplanner.h"

#include <QCoreApplication>

namespace deliveries {

// One vehicle's round on a day: its deliveries in visiting order.
struct VehicleRound {
    QString vehicle; // empty: deliveries without a vehicle yet
    QString driver;
    QString organisation;
    QList<Delivery> stops; // in route order
    QList<double> legMetres; // to each stop from the previous one (the first from the Idroscalo)
    QList<QTime> arrivals; // estimated (see DayPlan); invalid for stops without a position
    double returnMetres = 0;
    double totalMetres = 0;
    int unrouted = 0; // stops without coordinates, at the end
    core::Grams grams = 0;
    int packages = 0;
};

struct DayPlanResult {
    QDate date;
    QGeoCoordinate depot; // the Idroscalo
    QList<VehicleRound> rounds;
    double totalMetres = 0;
    int deliveries = 0;
};

// The day's deliveries (not cancelled nor returned) grouped by vehicle and
// ordered into a round trip from the Idroscalo (RoutePlanner), with the
// distances and an estimated arrival at each stop: leaving so as to reach
// the first stop at its agreed time (else at the round's earliest agreed
// time, or 08:30), at 30 km/h as the crow flies
// (about 23 km/h on the road) and 15 minutes at each stop. Printable as a
// trip sheet ("trip-sheet --at D").
class DayPlan {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DayPlan)
public:
    static core::Result<DayPlanResult> plan(const QSqlDatabase &db, const QDate &date);
    static core::Result<core::ReportDocument> tripSheet(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::ReportDocument tripSheet(const DayPlanResult &plan, const core::ReportRequest &request);

    static constexpr double metresPerMinute = 500.0; // 30 km/h as the crow flies
    static constexpr int minutesAtAStop = 15;
};

} // namespace deliveries
