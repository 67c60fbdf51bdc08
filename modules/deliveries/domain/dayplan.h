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
    QList<bool> missed; // per stop: its agreed time cannot be kept (arrival more than 15 minutes late)
    QTime departure; // from the Idroscalo
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

    // The day's stops whose recipient has no address, and those whose
    // agreed time cannot be kept (in round order).
    QList<Delivery> withoutAddress() const;
    QList<Delivery> missedTimes() const;
};

// The day's deliveries (not cancelled nor returned) grouped by vehicle and
// ordered into a round trip from the Idroscalo (RoutePlanner), with the
// distances and an estimated arrival at each stop, keeping the agreed
// times where the round allows it (RoutePlanner: leaving so as to reach the
// first stop with an agreed time at that time, or at 08:30), at 30 km/h as
// the crow flies (about 23 km/h on the road) and 15 minutes at each stop;
// an agreed time reached more than 15 minutes late is said not to be kept.
// Printable as a trip sheet ("trip-sheet --at D"), which also names the
// recipients without an address.
class DayPlan {
    Q_DECLARE_TR_FUNCTIONS(deliveries::DayPlan)
public:
    static core::Result<DayPlanResult> plan(const QSqlDatabase &db, const QDate &date);
    static core::Result<core::ReportDocument> tripSheet(const QSqlDatabase &db, const core::ReportRequest &request);
    static core::ReportDocument tripSheet(const DayPlanResult &plan, const core::ReportRequest &request);

    static constexpr double metresPerMinute = 500.0; // 30 km/h as the crow flies
    static constexpr int minutesAtAStop = 15;
    static constexpr int toleranceMinutes = 15;
    static RouteTiming timing();
    // "Fiat Ducato, stop 2, COC di Morimondo (DDT 2026/0005): expected
    // arrival 10:19, agreed 08:30: cannot be kept".
    static QString missedTimeText(const VehicleRound &round, int stop, int roundIndex, const QLocale &locale);
};

} // namespace deliveries
