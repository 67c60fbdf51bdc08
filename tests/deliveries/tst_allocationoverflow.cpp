// Quantities too large for a 64-bit count in the equitable allocation and
// in `cisiamo allocate`'s files: refused with their real value, never
// wrapped around into a full share or a "negative quantity".

#include "deliveriesfixture.h"

#include "deliveries/domain/allocationfiles.h"
#include "deliveries/domain/equitableallocation.h"

#include <QTest>

#include <algorithm>
#include <limits>

using namespace deliveries;

namespace {

constexpr qint64 maxCount = std::numeric_limits<qint64>::max();

QList<AllocationClaim> overflowClaims(const QList<qint64> &requested, qint64 weight = 1)
{
    QList<AllocationClaim> list;
    for (int i = 0; i < requested.size(); ++i)
        list.append({ QStringLiteral("R%1").arg(i + 1), requested.at(i), weight });
    return list;
}

} // namespace

class TestAllocationOverflow : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hugeRequestsAreSharedOrRefused_data();
    void hugeRequestsAreSharedOrRefused();
    void filesRefuseQuantitiesOutOfRange_data();
    void filesRefuseQuantitiesOutOfRange();
    void filesTakeTheLargestQuantity();

private:
    DeliveriesFixture *f = nullptr;
};

void TestAllocationOverflow::init()
{
    f = new DeliveriesFixture;
    QVERIFY(f->setUp());
}

void TestAllocationOverflow::cleanup()
{
    delete f;
    f = nullptr;
}

void TestAllocationOverflow::hugeRequestsAreSharedOrRefused_data()
{
    QTest::addColumn<QList<qint64>>("requested");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<int>("weighting");
    QTest::addColumn<QList<qint64>>("shares"); // empty: refused
    QTest::addColumn<QStringList>("args"); // of the refusal
    // Two requests of 5e18 add up to 1e19: more than 64 bits. The old sum
    // wrapped negative and everyone got the whole request.
    QTest::newRow("2 x 5e18, 1000 available")
        << QList<qint64> { 5000000000000000000, 5000000000000000000 } << qint64(1000) << int(Weighting::Request)
        << QList<qint64> {} << QStringList { "10000000000000000000", "9223372036854775807" };
    QTest::newRow("3 x INT64_MAX") << QList<qint64> { maxCount, maxCount, maxCount } << maxCount
                                   << int(Weighting::Request) << QList<qint64> {}
                                   << QStringList { "27670116110564327421", "9223372036854775807" };
    // Up to 2^63 - 1 in all, shares are exact (products in 128 bits).
    QTest::newRow("4e18 + 5e18, 4.5e18 available")
        << QList<qint64> { 4000000000000000000, 5000000000000000000 } << qint64(4500000000000000000)
        << int(Weighting::Request) << QList<qint64> { 2000000000000000000, 2500000000000000000 } << QStringList {};
    QTest::newRow("INT64_MAX asked, all available")
        << QList<qint64> { maxCount - 1, 1 } << maxCount << int(Weighting::Request)
        << QList<qint64> { maxCount - 1, 1 } << QStringList {};
    QTest::newRow("by residents, 2 x 4e18")
        << QList<qint64> { 4000000000000000000, 4000000000000000000 } << qint64(3) << int(Weighting::Population)
        << QList<qint64> { 2, 1 } << QStringList {};
}

void TestAllocationOverflow::hugeRequestsAreSharedOrRefused()
{
    QFETCH(QList<qint64>, requested);
    QFETCH(qint64, available);
    QFETCH(int, weighting);
    QFETCH(QList<qint64>, shares);
    QFETCH(QStringList, args);
    auto outcome = EquitableAllocation::allocate(overflowClaims(requested, 1000000), available, Weighting(weighting));
    if (shares.isEmpty()) {
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().code, QStringLiteral("deliveries.allocation_total_too_large"));
        QCOMPARE(outcome.error().args, args);
        return;
    }
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().code));
    QList<qint64> given;
    for (const ClaimShare &s : outcome->shares)
        given.append(s.allocated);
    QCOMPARE(given, shares);
    QVERIFY(outcome->allocated <= available);
}

void TestAllocationOverflow::filesRefuseQuantitiesOutOfRange_data()
{
    QTest::addColumn<QString>("requests");
    QTest::addColumn<QString>("available");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("value"); // the real value, in the message
    QTest::addColumn<QString>("code");
    const QString one = QStringLiteral("deliveries.allocation_out_of_range");
    const QString sum = QStringLiteral("deliveries.allocation_sum_out_of_range");
    // 1e19 was read through a double, wrapped to a negative integer and
    // refused as "negative quantity".
    QTest::newRow("request of 1e19") << "comune;kg\nRozzano;10000000000000000000\n"
                                     << "kg\n5\n"
                                     << "r.csv" << 2 << "10000000000000000000" << one;
    QTest::newRow("available 1e19") << "comune;kg\nRozzano;10\n"
                                    << "kg\n10000000000000000000\n"
                                    << "a.csv" << 2 << "10000000000000000000" << one;
    QTest::newRow("request of 2^63 with grouping") << "comune;kg\nRozzano;9.223.372.036.854.775.808\n"
                                                   << "kg\n5\n"
                                                   << "r.csv" << 2 << "9.223.372.036.854.775.808" << one;
    QTest::newRow("rows of one comune adding up beyond")
        << "comune;kg\nRozzano;5000000000000000000\nRozzano;5000000000000000000\n"
        << "kg\n5\n"
        << "r.csv" << 3 << "10000000000000000000" << sum;
    QTest::newRow("comuni adding up beyond")
        << "comune;kg\nRozzano;5000000000000000000\nMelzo;5000000000000000000\n"
        << "kg\n5\n"
        << "r.csv" << 3 << "10000000000000000000" << sum;
    QTest::newRow("categories of one comune adding up beyond")
        << "comune;categoria;kg\nRozzano;Bevande;5000000000000000000\nRozzano;Pasta e riso;5000000000000000000\n"
        << "categoria;kg\nBevande;5\nPasta e riso;5\n"
        << "r.csv" << 3 << "10000000000000000000" << sum;
    QTest::newRow("available adding up beyond") << "comune;kg\nRozzano;10\n"
                                                << "kg\n5000000000000000000\n5000000000000000000\n"
                                                << "a.csv" << 3 << "10000000000000000000" << sum;
}

void TestAllocationOverflow::filesRefuseQuantitiesOutOfRange()
{
    QFETCH(QString, requests);
    QFETCH(QString, available);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(QString, value);
    QFETCH(QString, code);
    auto result = AllocationFiles::allocate(
        f->db(), requests.toUtf8(), QStringLiteral("r.csv"), available.toUtf8(), QStringLiteral("a.csv"), Weighting::Request);
    QVERIFY(result.ok());
    QVERIFY(result->rows.isEmpty());
    const auto p = std::find_if(result->problems.cbegin(), result->problems.cend(),
        [&code](const ImportProblem &p) { return p.error.code == code; });
    QVERIFY2(p != result->problems.cend(),
        qPrintable(result->problems.isEmpty() ? QStringLiteral("no problem") : result->problems.first().error.code));
    const core::Error &e = p->error;
    QCOMPARE(e.args, (QStringList { value, "9223372036854775807" }));
    QCOMPARE(e.where.file, file);
    QCOMPARE(e.where.line, line);
    QCOMPARE(e.where.field, QStringLiteral("kg"));
}

void TestAllocationOverflow::filesTakeTheLargestQuantity()
{
    // 2^63 - 1 kg, read as an integer: a double would have rounded it to 2^63.
    auto result = AllocationFiles::allocate(f->db(), QByteArray("comune;kg\nRozzano;9223372036854775807\n"),
        QStringLiteral("r.csv"), QByteArray("kg\n9223372036854775806\n"), QStringLiteral("a.csv"), Weighting::Request);
    QVERIFY(result.ok());
    QCOMPARE(result->errorCount(), 0);
    QCOMPARE(result->rows.size(), 1);
    QCOMPARE(result->rows.first().requestedKg, maxCount);
    QCOMPARE(result->rows.first().share.allocated, maxCount - 1);
}

QTEST_GUILESS_MAIN(TestAllocationOverflow)
#include "tst_allocationoverflow.moc"
