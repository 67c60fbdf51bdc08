#pragma once

#include <QGeoCoordinate>
#include <QList>
#include <QTime>

namespace deliveries {

struct RouteStop {
    qint64 id = 0; // the caller's (a delivery)
    QGeoCoordinate coordinate;
    QTime agreed; // the time agreed with the recipient; invalid: any time
};

// How arrivals are estimated: speed as the crow flies, time spent at each
// stop, departure when no stop has an agreed time, and how late an arrival
// may be and still count as keeping the agreed time.
struct RouteTiming {
    double metresPerMinute = 500.0; // 30 km/h as the crow flies (about 23 km/h on the road)
    int minutesAtAStop = 15;
    QTime departure = QTime(8, 30);
    int toleranceMinutes = 15;
};

struct PlannedRoute {
    QList<int> order; // indexes into the stops, in visiting order
    QList<double> legMetres; // distance to each stop from the previous one (the first from the depot)
    double returnMetres = 0; // from the last stop back to the depot
    double totalMetres = 0; // depot -> stops -> depot
    QList<int> unrouted; // stops without coordinates, left at the end of `order`
    QTime departure; // from the depot
    QList<QTime> arrivals; // per entry of `order`: when the goods are handed over (invalid: unrouted)
    QList<int> missed; // indexes into the stops whose agreed time cannot be kept, in visiting order
};

// Orders a day's stops into a round trip from the depot (the Idroscalo).
// Without agreed times: nearest neighbour from the depot, then improved by
// 2-opt (reversing a stretch of the tour whenever that makes it shorter)
// until no reversal helps. With agreed times the order keeps them first:
// the fewest agreed times missed, then the least total delay, then the
// shortest round; every order is tried up to 8 stops, above that the
// shortest round and the agreed times in time order (the others inserted
// where they add least) are improved by moving one stop at a time.
// The van leaves so as to reach the first stop with an agreed time at that
// time, waits when it is early, and misses an agreed time when it arrives
// more than `toleranceMinutes` after it. Distances are great-circle
// (QGeoCoordinate::distanceTo), i.e. as the crow flies: the road is longer,
// the order is what matters. Pure and deterministic: ties go to the stop
// listed first.
class RoutePlanner {
public:
    static PlannedRoute plan(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const RouteTiming &timing = {});
    // Length of depot -> stops in this order -> depot.
    static double tourMetres(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const QList<int> &order);
    // Most stops whose every order is tried.
    static constexpr int exhaustiveStops = 8;
};

} // namespace deliveries
