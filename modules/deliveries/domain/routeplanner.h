#pragma once

#include <QGeoCoordinate>
#include <QList>

namespace deliveries {

struct RouteStop {
    qint64 id = 0; // the caller's (a delivery)
    QGeoCoordinate coordinate;
};

struct PlannedRoute {
    QList<int> order; // indexes into the stops, in visiting order
    QList<double> legMetres; // distance to each stop from the previous one (the first from the depot)
    double returnMetres = 0; // from the last stop back to the depot
    double totalMetres = 0; // depot -> stops -> depot
    QList<int> unrouted; // stops without coordinates, left at the end of `order`
};

// Orders a day's stops into a round trip from the depot (the Idroscalo):
// nearest neighbour from the depot, then improved by 2-opt (reversing a
// stretch of the tour whenever that makes it shorter) until no reversal
// helps. Distances are great-circle (QGeoCoordinate::distanceTo), i.e. as
// the crow flies: the road is longer, the order is what matters. Pure and
// deterministic: ties go to the stop listed first.
class RoutePlanner {
public:
    static PlannedRoute plan(const QGeoCoordinate &depot, const QList<RouteStop> &stops);
    // Length of depot -> stops in this order -> depot.
    static double tourMetres(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const QList<int> &order);
};

} // namespace deliveries
