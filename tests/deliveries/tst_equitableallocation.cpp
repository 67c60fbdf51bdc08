// The equitable allocation method: scarce and abundant stock, rounding,
// ties, caps, weights, determinism and refused input.

#include "deliveries/domain/equitableallocation.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace deliveries;

namespace {

QList<AllocationClaim> claims(const QList<qint64> &requested, const QList<qint64> &weights = {})
{
    QList<AllocationClaim> list;
    for (int i = 0; i < requested.size(); ++i)
        list.append(
            { QStringLiteral("R%1").arg(i + 1, 3, 10, QLatin1Char('0')), requested.at(i), weights.value(i, 1) });
    return list;
}

QList<qint64> shares(const AllocationOutcome &o)
{
    QList<qint64> list;
    for (const ClaimShare &s : o.shares)
        list.append(s.allocated);
    return list;
}

} // namespace

class TestEquitableAllocation : public QObject {
    Q_OBJECT
private slots:
    void shares_data();
    void shares();
    void invariants_data();
    void invariants();
    void reasonsExplainEveryShare();
    void sameResultInAnyOrder();
    void tiesAreBrokenByWeightThenKey();
    void populationCapsAndRedistributes();
    void refusedInput_data();
    void refusedInput();
};

void TestEquitableAllocation::shares_data()
{
    QTest::addColumn<QList<qint64>>("requested");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<int>("weighting");
    QTest::addColumn<QList<qint64>>("expected");

    const int byRequest = int(Weighting::Request), byPopulation = int(Weighting::Population);
    QTest::newRow("abundant: everyone gets what they asked")
        << QList<qint64> { 10, 20, 30 } << QList<qint64> {} << qint64(100) << byRequest << QList<qint64> { 10, 20, 30 };
    QTest::newRow("exactly enough") << QList<qint64> { 10, 20, 30 } << QList<qint64> {} << qint64(60) << byRequest
                                    << QList<qint64> { 10, 20, 30 };
    QTest::newRow("abundant by population: still what was asked")
        << QList<qint64> { 10, 20 } << QList<qint64> { 1000000, 1 } << qint64(31) << byPopulation
        << QList<qint64> { 10, 20 };
    QTest::newRow("scarce, exact proportions") << QList<qint64> { 100, 200, 300 } << QList<qint64> {} << qint64(300)
                                               << byRequest << QList<qint64> { 50, 100, 150 };
    // 10 of 30 asked: 3.33 / 3.33 / 3.33 -> 3,3,3 and one unit to the largest
    // remainder; all equal: larger weight (equal), then smaller key: R001.
    QTest::newRow("scarce, equal remainders: first key")
        << QList<qint64> { 10, 10, 10 } << QList<qint64> {} << qint64(10) << byRequest << QList<qint64> { 4, 3, 3 };
    // 7 of 3+5+9 = 17: exact 1.235, 2.059, 3.706 -> 1,2,3 + 1 to the .706.
    QTest::newRow("scarce, largest remainder wins")
        << QList<qint64> { 3, 5, 9 } << QList<qint64> {} << qint64(7) << byRequest << QList<qint64> { 1, 2, 4 };
    // 5 of 1+1+1+1+100: tiny requests get nothing but rounding decides.
    QTest::newRow("scarce, shares below one unit") << QList<qint64> { 1, 1, 1, 1, 100 } << QList<qint64> {} << qint64(5)
                                                   << byRequest << QList<qint64> { 0, 0, 0, 0, 5 };
    QTest::newRow("nothing available") << QList<qint64> { 4, 6 } << QList<qint64> {} << qint64(0) << byRequest
                                       << QList<qint64> { 0, 0 };
    QTest::newRow("nothing asked") << QList<qint64> { 0, 0 } << QList<qint64> {} << qint64(10) << byRequest
                                   << QList<qint64> { 0, 0 };
    QTest::newRow("one request asks nothing")
        << QList<qint64> { 0, 10, 10 } << QList<qint64> {} << qint64(10) << byRequest << QList<qint64> { 0, 5, 5 };
    // Residents 1:1:2 share 100: 25/25/50, never above the requests.
    QTest::newRow("population, no caps") << QList<qint64> { 100, 100, 100 } << QList<qint64> { 1000, 1000, 2000 }
                                         << qint64(100) << byPopulation << QList<qint64> { 25, 25, 50 };
    // The large comune would get 75 but asked 20: capped; 80 left for 1:1.
    QTest::newRow("population, a cap redistributes")
        << QList<qint64> { 50, 50, 20 } << QList<qint64> { 1000, 1000, 6000 } << qint64(100) << byPopulation
        << QList<qint64> { 40, 40, 20 };
    // Capping twice: the largest comune is capped, and what it leaves caps
    // the second, so the first gets everything else.
    QTest::newRow("population, capping twice") << QList<qint64> { 100, 8, 5 } << QList<qint64> { 1, 1, 10 }
                                               << qint64(30) << byPopulation << QList<qint64> { 17, 8, 5 };
    QTest::newRow("population, remainders") << QList<qint64> { 200, 30, 25, 200 } << QList<qint64> { 1, 2, 3, 6 }
                                            << qint64(120) << byPopulation << QList<qint64> { 11, 21, 25, 63 };
    QTest::newRow("large quantities") << QList<qint64> { 900000000, 600000000 } << QList<qint64> {}
                                      << qint64(1000000000) << byRequest << QList<qint64> { 600000000, 400000000 };
}

void TestEquitableAllocation::shares()
{
    QFETCH(QList<qint64>, requested);
    QFETCH(QList<qint64>, weights);
    QFETCH(qint64, available);
    QFETCH(int, weighting);
    QFETCH(QList<qint64>, expected);
    auto outcome = EquitableAllocation::allocate(claims(requested, weights), available, Weighting(weighting));
    QVERIFY(outcome.ok());
    QCOMPARE(::shares(*outcome), expected);
}

void TestEquitableAllocation::invariants_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("weighting");
    for (int seed = 1; seed <= 40; ++seed)
        QTest::addRow("random %d", seed) << seed
                                         << (seed % 2 == 0 ? int(Weighting::Population) : int(Weighting::Request));
}

// On random input: everything available is given (up to what is asked),
// nobody gets more than asked, nobody gets less than the integer part of
// the exact share, and fewer units than claims are rounded up.
void TestEquitableAllocation::invariants()
{
    QFETCH(int, seed);
    QFETCH(int, weighting);
    QRandomGenerator random { quint32(seed) };
    const int n = 1 + int(random.bounded(60));
    QList<qint64> requested, weights;
    qint64 total = 0;
    for (int i = 0; i < n; ++i) {
        requested.append(random.bounded(5) == 0 ? 0 : qint64(random.bounded(500)));
        weights.append(1 + qint64(random.bounded(200000)));
        total += requested.last();
    }
    const qint64 available = qint64(random.bounded(quint32(total * 2 + 2)));
    auto outcome = EquitableAllocation::allocate(claims(requested, weights), available, Weighting(weighting));
    QVERIFY(outcome.ok());
    qint64 given = 0;
    for (int i = 0; i < n; ++i) {
        const ClaimShare &s = outcome->shares.at(i);
        QVERIFY(s.allocated >= 0);
        QVERIFY(s.allocated <= requested.at(i));
        QVERIFY(s.allocated >= qint64(s.exactShare + 1e-9) - 0 || s.reason == ShareReason::Capped);
        QVERIFY(double(s.allocated) <= s.exactShare + 1.0 + 1e-9);
        given += s.allocated;
    }
    QCOMPARE(given, std::min(available, total));
    QCOMPARE(outcome->allocated, given);
    QVERIFY(outcome->roundedUp < std::max(1, n));
    QCOMPARE(outcome->scarce, total > available);
}

void TestEquitableAllocation::reasonsExplainEveryShare()
{
    auto full = EquitableAllocation::allocate(claims({ 5, 0 }), 10, Weighting::Request);
    QCOMPARE(full->shares.at(0).reason, ShareReason::Full);
    QCOMPARE(full->shares.at(1).reason, ShareReason::Nothing);
    auto scarce = EquitableAllocation::allocate(claims({ 3, 5, 9, 1 }), 7, Weighting::Request);
    QVERIFY(scarce.ok());
    // 7 of 18: 1.17, 1.94, 3.5, 0.39 -> 1,1,3,0 + units to .94 and .5
    QCOMPARE(::shares(*scarce), (QList<qint64> { 1, 2, 4, 0 }));
    QCOMPARE(scarce->shares.at(0).reason, ShareReason::Share);
    QCOMPARE(scarce->shares.at(1).reason, ShareReason::LargestRemainder);
    QCOMPARE(scarce->shares.at(1).remainderRank, 1);
    QCOMPARE(scarce->shares.at(2).reason, ShareReason::LargestRemainder);
    QCOMPARE(scarce->shares.at(2).remainderRank, 2);
    QCOMPARE(scarce->shares.at(3).reason, ShareReason::Nothing);
    QCOMPARE(scarce->roundedUp, 2);
    QVERIFY(qAbs(scarce->shares.at(2).exactShare - 3.5) < 1e-9);
    auto capped
        = EquitableAllocation::allocate(claims({ 50, 50, 20 }, { 1000, 1000, 6000 }), 100, Weighting::Population);
    QCOMPARE(capped->shares.at(2).reason, ShareReason::Capped);
    QCOMPARE(capped->shares.at(0).fillRate(), 0.8);
}

void TestEquitableAllocation::sameResultInAnyOrder()
{
    QRandomGenerator random(20210319);
    QList<AllocationClaim> list;
    for (int i = 0; i < 30; ++i)
        list.append({ QStringLiteral("2021/R-%1").arg(i, 4, 10, QLatin1Char('0')), qint64(1 + random.bounded(40)),
            qint64(1000 + random.bounded(90000)) });
    for (Weighting w : { Weighting::Request, Weighting::Population }) {
        auto reference = EquitableAllocation::allocate(list, 333, w);
        QVERIFY(reference.ok());
        QHash<QString, qint64> byKey;
        for (int i = 0; i < list.size(); ++i)
            byKey.insert(list.at(i).key, reference->shares.at(i).allocated);
        for (int round = 0; round < 10; ++round) {
            QList<AllocationClaim> shuffled = list;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            auto again = EquitableAllocation::allocate(shuffled, 333, w);
            QVERIFY(again.ok());
            for (int i = 0; i < shuffled.size(); ++i)
                QCOMPARE(again->shares.at(i).allocated, byKey.value(shuffled.at(i).key));
        }
    }
}

void TestEquitableAllocation::tiesAreBrokenByWeightThenKey()
{
    // Two units left over, three equal remainders: the two larger weights.
    QList<AllocationClaim> list { { QStringLiteral("B"), 10, 500 }, { QStringLiteral("A"), 10, 100 },
        { QStringLiteral("C"), 10, 900 } };
    auto outcome = EquitableAllocation::allocate(list, 20, Weighting::Request);
    QVERIFY(outcome.ok());
    // Request weighting: equal requests, equal weights (the requests): by key A, B.
    QCOMPARE(::shares(*outcome), (QList<qint64> { 7, 7, 6 }));
    // Population weighting with equal residents: by key again.
    QList<AllocationClaim> equal { { QStringLiteral("Z"), 10, 100 }, { QStringLiteral("Y"), 10, 100 },
        { QStringLiteral("X"), 10, 100 } };
    auto byKey = EquitableAllocation::allocate(equal, 2, Weighting::Population);
    QCOMPARE(::shares(*byKey), (QList<qint64> { 0, 1, 1 }));
    // Different residents, equal remainders (0.5 and 1.5): the larger comune
    // gets the unit although its key comes later.
    QList<AllocationClaim> weighted { { QStringLiteral("A"), 10, 1000 }, { QStringLiteral("B"), 10, 3000 } };
    auto larger = EquitableAllocation::allocate(weighted, 2, Weighting::Population);
    QCOMPARE(::shares(*larger), (QList<qint64> { 0, 2 }));
}

void TestEquitableAllocation::populationCapsAndRedistributes()
{
    // Milano-like: one very large comune that asks little keeps what it asked;
    // the rest is shared per resident among the others.
    QList<AllocationClaim> list { { QStringLiteral("015146"), 100, 1400000 }, { QStringLiteral("015192"), 300, 80000 },
        { QStringLiteral("015077"), 300, 76000 } };
    auto outcome = EquitableAllocation::allocate(list, 400, Weighting::Population);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->shares.at(0).allocated, 100);
    QCOMPARE(outcome->shares.at(0).reason, ShareReason::Capped);
    QCOMPARE(outcome->shares.at(1).allocated + outcome->shares.at(2).allocated, 300);
    QCOMPARE(outcome->shares.at(1).allocated, 154); // 300 * 80/156 = 153.85 -> 154
    QCOMPARE(outcome->shares.at(2).allocated, 146);
}

void TestEquitableAllocation::refusedInput_data()
{
    QTest::addColumn<QList<qint64>>("requested");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<int>("weighting");
    QTest::addColumn<QString>("code");
    QTest::newRow("negative available") << QList<qint64> { 1 } << QList<qint64> {} << qint64(-1)
                                        << int(Weighting::Request)
                                        << QStringLiteral("deliveries.allocation_negative_available");
    QTest::newRow("negative request") << QList<qint64> { 5, -2 } << QList<qint64> {} << qint64(3)
                                      << int(Weighting::Request)
                                      << QStringLiteral("deliveries.allocation_negative_request");
    QTest::newRow("no residents") << QList<qint64> { 5, 2 } << QList<qint64> { 100, 0 } << qint64(3)
                                  << int(Weighting::Population) << QStringLiteral("deliveries.allocation_bad_weight");
}

void TestEquitableAllocation::refusedInput()
{
    QFETCH(QList<qint64>, requested);
    QFETCH(QList<qint64>, weights);
    QFETCH(qint64, available);
    QFETCH(int, weighting);
    QFETCH(QString, code);
    auto outcome = EquitableAllocation::allocate(claims(requested, weights), available, Weighting(weighting));
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().code, code);
}

QTEST_APPLESS_MAIN(TestEquitableAllocation)
#include "tst_equitableallocation.moc"
