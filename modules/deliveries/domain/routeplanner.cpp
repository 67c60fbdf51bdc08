#include "deliveries/domain/routeplanner.h"

#include <QVector>

namespace deliveries {

namespace {

// Distances between the depot (index 0) and the routable stops (1..n).
class DistanceTable {
public:
    DistanceTable(const QGeoCoordinate &depot, const QList<QGeoCoordinate> &points)
    {
        QList<QGeoCoordinate> all { depot };
        all += points;
        m_n = int(all.size());
        m_d.resize(m_n * m_n);
        for (int i = 0; i < m_n; ++i)
            for (int j = 0; j < m_n; ++j)
                m_d[i * m_n + j] = i == j ? 0.0 : all.at(i).distanceTo(all.at(j));
    }
    double operator()(int a, int b) const { return m_d.at(a * m_n + b); }

private:
    int m_n = 0;
    QVector<double> m_d;
};

} // namespace

PlannedRoute RoutePlanner::plan(const QGeoCoordinate &depot, const QList<RouteStop> &stops)
{
    PlannedRoute route;
    QList<int> routable; // indexes into stops
    QList<QGeoCoordinate> points;
    for (int i = 0; i < stops.size(); ++i) {
        if (stops.at(i).coordinate.isValid() && depot.isValid()) {
            routable.append(i);
            points.append(stops.at(i).coordinate);
        } else {
            route.unrouted.append(i);
        }
    }
    const DistanceTable d(depot, points);
    const int n = int(routable.size());

    // Tour as positions 1..n in the distance table; 0 is the depot at both ends.
    QList<int> tour;
    QVector<bool> visited(n + 1, false);
    int at = 0;
    for (int step = 0; step < n; ++step) {
        int best = -1;
        for (int j = 1; j <= n; ++j)
            if (!visited.at(j) && (best < 0 || d(at, j) < d(at, best)))
                best = j;
        visited[best] = true;
        tour.append(best);
        at = best;
    }

    // 2-opt: with the depot fixed at both ends, reversing tour[i..k] replaces
    // the edges (a,b) and (c,e) with (a,c) and (b,e).
    auto node = [&](int position) { return position < 0 || position >= n ? 0 : tour.at(position); };
    for (bool improved = true; improved;) {
        improved = false;
        for (int i = 0; i < n - 1 && !improved; ++i) {
            for (int k = i + 1; k < n && !improved; ++k) {
                const int a = node(i - 1), b = node(i), c = node(k), e = node(k + 1);
                const double delta = d(a, c) + d(b, e) - d(a, b) - d(c, e);
                if (delta < -1e-6) {
                    std::reverse(tour.begin() + i, tour.begin() + k + 1);
                    improved = true;
                }
            }
        }
    }

    int previous = 0;
    for (int position : tour) {
        route.order.append(routable.at(position - 1));
        route.legMetres.append(d(previous, position));
        route.totalMetres += d(previous, position);
        previous = position;
    }
    route.returnMetres = n > 0 ? d(previous, 0) : 0.0;
    route.totalMetres += route.returnMetres;
    for (int i : route.unrouted) {
        route.order.append(i);
        route.legMetres.append(0.0);
    }
    return route;
}

double RoutePlanner::tourMetres(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const QList<int> &order)
{
    double total = 0;
    QGeoCoordinate previous = depot;
    for (int i : order) {
        const QGeoCoordinate c = stops.at(i).coordinate;
        if (!c.isValid())
            continue;
        total += previous.distanceTo(c);
        previous = c;
    }
    return total + previous.distanceTo(depot);
}

} // namespace deliveries
