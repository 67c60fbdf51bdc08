#include "deliveries/domain/routeplanner.h"

#include <QVector>

#include <algorithm>

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

// A tour (positions 1..n of the distance table) with its times, in seconds
// from midnight. `agreed` is indexed like the table (-1: no agreed time).
struct Schedule {
    int departure = 0;
    QList<int> arrivals; // per position of the tour
    int missed = 0;
    qint64 lateSeconds = 0;
    double metres = 0;

    // Fewest agreed times missed, then least delay, then the shortest round.
    bool betterThan(const Schedule &other) const
    {
        if (missed != other.missed)
            return missed < other.missed;
        if (lateSeconds != other.lateSeconds)
            return lateSeconds < other.lateSeconds;
        return metres < other.metres - 1e-6;
    }
};

class Timetable {
public:
    Timetable(const DistanceTable &d, const QVector<int> &agreed, const RouteTiming &timing)
        : m_d(d)
        , m_agreed(agreed)
        , m_timing(timing)
    {
    }

    int travel(int a, int b) const { return int(m_d(a, b) / m_timing.metresPerMinute * 60.0 + 0.5); }

    Schedule schedule(const QList<int> &tour) const
    {
        Schedule s;
        const int atAStop = m_timing.minutesAtAStop * 60;
        // Leave so as to reach the first stop with an agreed time at that
        // time: leaving earlier would only mean waiting there.
        s.departure = m_timing.departure.msecsSinceStartOfDay() / 1000;
        int offset = 0;
        int previous = 0;
        for (int position : tour) {
            offset += travel(previous, position);
            if (m_agreed.at(position) >= 0) {
                s.departure = std::max(0, m_agreed.at(position) - offset);
                break;
            }
            offset += atAStop;
            previous = position;
        }
        int clock = s.departure;
        previous = 0;
        for (int position : tour) {
            clock += travel(previous, position);
            s.metres += m_d(previous, position);
            const int agreed = m_agreed.at(position);
            if (agreed >= 0 && clock < agreed)
                clock = agreed; // early: the van waits
            if (agreed >= 0 && clock > agreed) {
                s.lateSeconds += clock - agreed;
                if (clock > agreed + m_timing.toleranceMinutes * 60)
                    ++s.missed;
            }
            s.arrivals.append(clock);
            clock += atAStop;
            previous = position;
        }
        s.metres += m_d(previous, 0);
        return s;
    }

private:
    const DistanceTable &m_d;
    QVector<int> m_agreed;
    RouteTiming m_timing;
};

// Nearest neighbour from the depot, then 2-opt until no reversal helps.
QList<int> shortestTour(const DistanceTable &d, int n)
{
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
    // With the depot fixed at both ends, reversing tour[i..k] replaces the
    // edges (a,b) and (c,e) with (a,c) and (b,e).
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
    return tour;
}

// Every order of the stops (few of them).
QList<int> bestOfAllOrders(const Timetable &times, int n)
{
    QList<int> tour;
    for (int i = 1; i <= n; ++i)
        tour.append(i);
    QList<int> best = tour;
    Schedule bestSchedule = times.schedule(tour);
    while (std::next_permutation(tour.begin(), tour.end())) {
        const Schedule s = times.schedule(tour);
        if (s.betterThan(bestSchedule)) {
            best = tour;
            bestSchedule = s;
        }
    }
    return best;
}

// The agreed times in time order, each other stop inserted where it adds
// the least distance.
QList<int> agreedTimesFirst(const DistanceTable &d, const QVector<int> &agreed, int n)
{
    QList<int> tour;
    QList<int> others;
    for (int i = 1; i <= n; ++i)
        (agreed.at(i) >= 0 ? tour : others).append(i);
    std::stable_sort(tour.begin(), tour.end(), [&](int a, int b) { return agreed.at(a) < agreed.at(b); });
    for (int stop : others) {
        int bestAt = 0;
        double bestDelta = 0;
        for (int at = 0; at <= tour.size(); ++at) {
            const int before = at == 0 ? 0 : tour.at(at - 1);
            const int after = at == tour.size() ? 0 : tour.at(at);
            const double delta = d(before, stop) + d(stop, after) - d(before, after);
            if (at == 0 || delta < bestDelta - 1e-6) {
                bestAt = at;
                bestDelta = delta;
            }
        }
        tour.insert(bestAt, stop);
    }
    return tour;
}

// Moves one stop at a time to wherever the schedule improves, until no move helps.
QList<int> improvedByMoves(const Timetable &times, QList<int> tour)
{
    Schedule current = times.schedule(tour);
    for (bool improved = true; improved;) {
        improved = false;
        for (int from = 0; from < tour.size() && !improved; ++from) {
            for (int to = 0; to < tour.size() && !improved; ++to) {
                if (to == from)
                    continue;
                QList<int> candidate = tour;
                candidate.move(from, to);
                const Schedule s = times.schedule(candidate);
                if (s.betterThan(current)) {
                    tour = candidate;
                    current = s;
                    improved = true;
                }
            }
        }
    }
    return tour;
}

QTime timeOfDay(int seconds)
{
    return QTime(0, 0).addSecs(std::min(seconds, 24 * 3600 - 60));
}

} // namespace

PlannedRoute RoutePlanner::plan(const QGeoCoordinate &depot, const QList<RouteStop> &stops, const RouteTiming &timing)
{
    PlannedRoute route;
    QList<int> routable; // indexes into stops
    QList<QGeoCoordinate> points;
    QVector<int> agreed { -1 }; // by position in the distance table; the depot has none
    bool anyAgreed = false;
    for (int i = 0; i < stops.size(); ++i) {
        if (stops.at(i).coordinate.isValid() && depot.isValid()) {
            routable.append(i);
            points.append(stops.at(i).coordinate);
            const QTime t = stops.at(i).agreed;
            agreed.append(t.isValid() ? t.msecsSinceStartOfDay() / 1000 : -1);
            anyAgreed = anyAgreed || t.isValid();
        } else {
            route.unrouted.append(i);
        }
    }
    const DistanceTable d(depot, points);
    const Timetable times(d, agreed, timing);
    const int n = int(routable.size());

    QList<int> tour = shortestTour(d, n);
    if (anyAgreed) {
        if (n <= exhaustiveStops) {
            tour = bestOfAllOrders(times, n);
        } else {
            const QList<int> byDistance = improvedByMoves(times, tour);
            const QList<int> byTime = improvedByMoves(times, agreedTimesFirst(d, agreed, n));
            tour = times.schedule(byTime).betterThan(times.schedule(byDistance)) ? byTime : byDistance;
        }
    }

    const Schedule schedule = times.schedule(tour);
    route.departure = timeOfDay(schedule.departure);
    int previous = 0;
    for (int i = 0; i < tour.size(); ++i) {
        const int position = tour.at(i);
        const int stop = routable.at(position - 1);
        route.order.append(stop);
        route.legMetres.append(d(previous, position));
        route.totalMetres += d(previous, position);
        route.arrivals.append(timeOfDay(schedule.arrivals.at(i)));
        if (agreed.at(position) >= 0 && schedule.arrivals.at(i) > agreed.at(position) + timing.toleranceMinutes * 60)
            route.missed.append(stop);
        previous = position;
    }
    route.returnMetres = n > 0 ? d(previous, 0) : 0.0;
    route.totalMetres += route.returnMetres;
    for (int i : route.unrouted) {
        route.order.append(i);
        route.legMetres.append(0.0);
        route.arrivals.append(QTime());
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
