// Ordering the day's stops into a round trip from the Idroscalo.

#include "deliveries/domain/routeplanner.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace deliveries;

using Points = QList<QPair<double, double>>;

namespace {

const QGeoCoordinate idroscalo(45.46167, 9.28861);

QList<RouteStop> stops(const Points &points)
{
    QList<RouteStop> list;
    for (int i = 0; i < points.size(); ++i)
        list.append({ qint64(i + 1), QGeoCoordinate(points.at(i).first, points.at(i).second) });
    return list;
}

// The shortest round trip, by trying every order (few stops only).
double bruteForce(const QGeoCoordinate &depot, const QList<RouteStop> &list)
{
    QList<int> order;
    for (int i = 0; i < list.size(); ++i)
        order.append(i);
    double best = -1;
    do {
        const double d = RoutePlanner::tourMetres(depot, list, order);
        if (best < 0 || d < best)
            best = d;
    } while (std::next_permutation(order.begin(), order.end()));
    return best;
}

} // namespace

class TestRoutePlanner : public QObject {
    Q_OBJECT
private slots:
    void knownRounds_data();
    void knownRounds();
    void closeToTheBestOrder_data();
    void closeToTheBestOrder();
    void twoOptUntanglesCrossings();
    void stopsWithoutPositionGoLast();
    void emptyAndSingle();
    void deterministic();
    void agreedTimes_data();
    void agreedTimes();
    void feasibleTimesAreAllKept_data();
    void feasibleTimesAreAllKept();
};

void TestRoutePlanner::knownRounds_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<QList<int>>("expected");
    // Along a line east of the Idroscalo: out in order, back in one go.
    QTest::newRow("a line eastwards") << Points { { 45.4617, 9.45 }, { 45.4617, 9.35 }, { 45.4617, 9.40 } }
                                      << QList<int> { 1, 2, 0 };
    // Rozzano (south-west), Sesto (north), Melzo (east), Milano centre (west).
    QTest::newRow("four comuni") << Points { { 45.3803, 9.1553 }, { 45.5367, 9.2350 }, { 45.5004, 9.4235 },
        { 45.4642, 9.1900 } } << QList<int> { 2, 1, 3, 0 };
}

void TestRoutePlanner::knownRounds()
{
    QFETCH(Points, points);
    QFETCH(QList<int>, expected);
    const QList<RouteStop> list = stops(points);
    const PlannedRoute route = RoutePlanner::plan(idroscalo, list);
    // The reverse of a round trip is as long: accept either direction.
    QList<int> reversed = expected;
    std::reverse(reversed.begin(), reversed.end());
    QVERIFY2(route.order == expected || route.order == reversed, qPrintable(QStringLiteral("got %1").arg([&] {
        QStringList s;
        for (int i : route.order)
            s << QString::number(i);
        return s.join(QLatin1Char(','));
    }())));
    QCOMPARE(route.legMetres.size(), list.size());
    double sum = route.returnMetres;
    for (double leg : route.legMetres)
        sum += leg;
    QVERIFY(qAbs(sum - route.totalMetres) < 1e-6);
    QVERIFY(qAbs(route.totalMetres - RoutePlanner::tourMetres(idroscalo, list, route.order)) < 1e-6);
}

void TestRoutePlanner::closeToTheBestOrder_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 12; ++seed)
        QTest::addRow("random day %d", seed) << seed;
}

// On random days of up to 7 stops in the metropolitan area, the planned
// round is within 5% of the best possible one (usually equal to it).
void TestRoutePlanner::closeToTheBestOrder()
{
    QFETCH(int, seed);
    QRandomGenerator random { quint32(seed) };
    const int n = 3 + int(random.bounded(5));
    Points points;
    for (int i = 0; i < n; ++i)
        points.append({ 45.30 + random.generateDouble() * 0.35, 8.85 + random.generateDouble() * 0.70 });
    const QList<RouteStop> list = stops(points);
    const PlannedRoute route = RoutePlanner::plan(idroscalo, list);
    QList<int> sorted = route.order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < n; ++i)
        QCOMPARE(sorted.at(i), i); // every stop once
    const double best = bruteForce(idroscalo, list);
    QVERIFY2(route.totalMetres <= best * 1.05 + 1e-6,
        qPrintable(QStringLiteral("%1 m against the best %2 m").arg(route.totalMetres).arg(best)));
}

void TestRoutePlanner::twoOptUntanglesCrossings()
{
    // Nearest neighbour alone zigzags on this layout; the planned round
    // must not be longer than any round whose two legs cross.
    const QList<RouteStop> list
        = stops({ { 45.47, 9.30 }, { 45.47, 9.50 }, { 45.55, 9.31 }, { 45.55, 9.49 }, { 45.48, 9.40 } });
    const PlannedRoute route = RoutePlanner::plan(idroscalo, list);
    QVERIFY(qAbs(route.totalMetres - bruteForce(idroscalo, list)) < 1.0);
}

void TestRoutePlanner::stopsWithoutPositionGoLast()
{
    QList<RouteStop> list = stops({ { 45.50, 9.30 }, { 45.40, 9.20 } });
    list.insert(1, { 99, QGeoCoordinate() });
    const PlannedRoute route = RoutePlanner::plan(idroscalo, list);
    QCOMPARE(route.order.size(), 3);
    QCOMPARE(route.order.constLast(), 1);
    QCOMPARE(route.unrouted, QList<int> { 1 });
    QCOMPARE(route.legMetres.constLast(), 0.0);
}

void TestRoutePlanner::emptyAndSingle()
{
    const PlannedRoute none = RoutePlanner::plan(idroscalo, {});
    QVERIFY(none.order.isEmpty());
    QCOMPARE(none.totalMetres, 0.0);
    const QList<RouteStop> one = stops({ { 45.4642, 9.1900 } });
    const PlannedRoute single = RoutePlanner::plan(idroscalo, one);
    QCOMPARE(single.order, QList<int> { 0 });
    QVERIFY(qAbs(single.totalMetres - 2 * idroscalo.distanceTo(one.at(0).coordinate)) < 1e-6);
    QVERIFY(single.totalMetres > 14000 && single.totalMetres < 16000); // ~7.5 km each way to Milano centre
}

void TestRoutePlanner::deterministic()
{
    // Two recipients at the same place and symmetric layouts: the same order every time.
    const QList<RouteStop> list = stops({ { 45.50, 9.30 }, { 45.50, 9.30 }, { 45.42, 9.28 }, { 45.50, 9.27 } });
    const PlannedRoute first = RoutePlanner::plan(idroscalo, list);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(RoutePlanner::plan(idroscalo, list).order, first.order);
}

using Times = QStringList; // "HH:mm" per stop, empty: no agreed time

void TestRoutePlanner::agreedTimes_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<Times>("agreed");
    QTest::addColumn<QList<int>>("expected");
    QTest::addColumn<QList<int>>("missed");
    // 5 km and 12.5 km east of the Idroscalo: the shortest round visits the
    // nearer first; the far one agreed at 08:30 goes first, and the near one
    // is still reached by 09:30 (08:30 + 15 min there + 16 min on the road).
    const Points eastwards { { 45.4617, 9.35 }, { 45.4617, 9.45 } };
    QTest::newRow("far one first, both kept") << eastwards << Times { QStringLiteral("09:30"), QStringLiteral("08:30") }
                                              << QList<int> { 1, 0 } << QList<int> {};
    QTest::newRow("no agreed time: shortest round")
        << eastwards << Times { QString(), QString() } << QList<int> { 0, 1 } << QList<int> {};
    // 08:30 and 08:35 half an hour apart: one cannot be kept; the order that
    // misses it by less keeps the earlier one.
    QTest::newRow("two at once: the later is not kept")
        << eastwards << Times { QStringLiteral("08:30"), QStringLiteral("08:35") } << QList<int> { 0, 1 }
        << QList<int> { 1 };
    // The demo's morning (Assago 08:30, Cisliano 09:10, Morimondo 09:50):
    // the shortest round reached Morimondo at 09:15 and Cisliano at 09:52.
    QTest::newRow("the demo's morning")
        << Points { { 45.40241, 9.13487 }, { 45.34329, 8.95529 }, { 45.43912, 8.98638 } }
        << Times { QStringLiteral("08:30"), QStringLiteral("09:50"), QStringLiteral("09:10") } << QList<int> { 0, 2, 1 }
        << QList<int> {};
    // An untimed stop fits anywhere: the times are kept (the order is not
    // checked: two orders are equally short).
    QTest::newRow("untimed stop fitted in")
        << Points { { 45.4617, 9.35 }, { 45.4617, 9.45 }, { 45.48, 9.40 } }
        << Times { QStringLiteral("11:00"), QStringLiteral("08:30"), QString() } << QList<int> {} << QList<int> {};
}

void TestRoutePlanner::agreedTimes()
{
    QFETCH(Points, points);
    QFETCH(Times, agreed);
    QFETCH(QList<int>, expected);
    QFETCH(QList<int>, missed);
    QList<RouteStop> list = stops(points);
    for (int i = 0; i < list.size(); ++i)
        list[i].agreed = QTime::fromString(agreed.at(i), QStringLiteral("HH:mm"));
    const PlannedRoute route = RoutePlanner::plan(idroscalo, list);
    if (!expected.isEmpty())
        QCOMPARE(route.order, expected);
    QCOMPARE(route.order.size(), list.size());
    QCOMPARE(route.missed, missed);
    QCOMPARE(route.arrivals.size(), list.size());
    const RouteTiming timing;
    for (int i = 0; i < route.order.size(); ++i) {
        const QTime time = list.at(route.order.at(i)).agreed;
        if (!time.isValid())
            continue;
        const int late = time.secsTo(route.arrivals.at(i));
        QVERIFY2(late >= 0, "the van waits for an agreed time, never hands over before it");
        QCOMPARE(late > timing.toleranceMinutes * 60, missed.contains(route.order.at(i)));
    }
    // The first stop with an agreed time is reached at it: the van leaves in time.
    for (int i = 0; i < route.order.size(); ++i)
        if (list.at(route.order.at(i)).agreed.isValid()) {
            QCOMPARE(route.arrivals.at(i), list.at(route.order.at(i)).agreed);
            break;
        }
}

void TestRoutePlanner::feasibleTimesAreAllKept_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("n");
    for (int seed = 1; seed <= 6; ++seed) {
        QTest::addRow("%d stops, day %d", 5, seed) << seed << 5; // every order tried
        QTest::addRow("%d stops, day %d", 11, seed) << seed << 11; // moves from two starts
    }
}

// Agreed times made from a random order that keeps them all: whatever the
// planner chooses, it keeps them all too.
void TestRoutePlanner::feasibleTimesAreAllKept()
{
    QFETCH(int, seed);
    QFETCH(int, n);
    QRandomGenerator random { quint32(seed) };
    Points points;
    for (int i = 0; i < n; ++i)
        points.append({ 45.30 + random.generateDouble() * 0.35, 8.85 + random.generateDouble() * 0.70 });
    QList<RouteStop> list = stops(points);
    QList<int> order;
    for (int i = 0; i < n; ++i)
        order.append(i);
    std::shuffle(order.begin(), order.end(), random);
    const RouteTiming timing;
    QTime clock(8, 0);
    QGeoCoordinate previous = idroscalo;
    for (int i : order) {
        clock = clock.addSecs(int(previous.distanceTo(list.at(i).coordinate) / timing.metresPerMinute * 60.0) + 300);
        list[i].agreed = QTime(clock.hour(), clock.minute());
        clock = list.at(i).agreed.addSecs(timing.minutesAtAStop * 60);
        previous = list.at(i).coordinate;
    }
    const PlannedRoute route = RoutePlanner::plan(idroscalo, list);
    QCOMPARE(route.missed, QList<int> {});
    QList<int> sorted = route.order;
    std::sort(sorted.begin(), sorted.end());
    for (int i = 0; i < n; ++i)
        QCOMPARE(sorted.at(i), i);
}

QTEST_APPLESS_MAIN(TestRoutePlanner)
#include "tst_routeplanner.moc"
