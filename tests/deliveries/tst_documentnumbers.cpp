#include "deliveriesfixture.h"

#include "core/db/connectionstate.h"
#include "core/db/numberfloor.h"
#include "core/db/transaction.h"

#include <QSet>

using namespace deliveries;

// Document numbers come from the series index (migration 0015) instead of a
// max() over the year's numbers: the same next number as before in every
// case (other series, other years, other workstations, numbers past 9999,
// text after the digits, a restore's floor), and a batch numbered without
// gaps or duplicates.
class TestDocumentNumbers : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void nextNumberIsTheHighestOfTheSeriesPlusOne_data();
    void nextNumberIsTheHighestOfTheSeriesPlusOne();
    void aBatchIsNumberedWithoutGapsOrDuplicates_data();
    void aBatchIsNumberedWithoutGapsOrDuplicates();
    void theSeriesIndexIsUsed();

private:
    qint64 recordPast(const QString &number);
    // The former computation: max() over the year's range of numbers.
    qint64 formerHighest(const QString &head);

    std::unique_ptr<DeliveriesFixture> f;
};

void TestDocumentNumbers::init()
{
    f = std::make_unique<DeliveriesFixture>();
    QVERIFY(f->setUp());
}

void TestDocumentNumbers::cleanup()
{
    f.reset();
}

qint64 TestDocumentNumbers::recordPast(const QString &number)
{
    DeliveryDraft d = f->draft(f->melzo, {});
    d.origin = DeliveryOrigin::Import;
    d.date = QDate(2020, 4, 20);
    d.number = number;
    DeliveryLine food;
    food.categoryId = f->pastaCategory;
    food.grams = 1000;
    d.lines.append(food);
    core::Transaction tx(f->db()); // a savepoint inside the batch's transaction
    auto id = DeliveryService(f->db(), f->clock).recordPast(d, {});
    if (!id || !tx.commit()) {
        qWarning() << (id ? QStringLiteral("commit") : id.error().code);
        return 0;
    }
    return *id;
}

qint64 TestDocumentNumbers::formerHighest(const QString &head)
{
    return core::queryValue(f->db(),
        QStringLiteral("SELECT coalesce(max(CAST(substr(number, ?) AS INTEGER)), 0) FROM delivery WHERE number >= ? "
                       "AND number < ? AND substr(number, ?) NOT GLOB '*[^0-9]*'"),
        { head.size() + 1, head, head + QStringLiteral("~"), head.size() + 1 })
        ->toLongLong();
}

void TestDocumentNumbers::nextNumberIsTheHighestOfTheSeriesPlusOne_data()
{
    QTest::addColumn<int>("workstation");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<int>("floor");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty series") << 1 << "S" << QStringList {} << 0 << "2020/S-0001";
    QTest::newRow("after the highest, gaps kept") << 1 << "S" << QStringList { "2020/S-0003", "2020/S-0010" } << 0
                                                  << "2020/S-0011";
    QTest::newRow("past 9999") << 1 << "S" << QStringList { "2020/S-9999", "2020/S-10000", "2020/S-0500" } << 0
                               << "2020/S-10001";
    QTest::newRow("text after the digits is not a number")
        << 1 << "S" << QStringList { "2020/S-0050a", "2020/S-0002" } << 0 << "2020/S-0003";
    QTest::newRow("other series, years and workstations")
        << 1 << "S"
        << QStringList { "2020/S2-0050", "2020/0040", "2019/S-0100", "2021/S-0007", "DDT 15/2020", "2020/S-" }
        << 0 << "2020/S-0001";
    QTest::newRow("ordinary series of workstation 1")
        << 1 << "" << QStringList { "2020/0040", "2020/S-0100", "2020/2-0077" } << 0 << "2020/0041";
    QTest::newRow("workstation 2") << 2 << "S" << QStringList { "2020/S-0050", "2020/S2-0004", "2020/S2-0001" } << 0
                                   << "2020/S2-0005";
    QTest::newRow("ordinary series of workstation 2")
        << 2 << "" << QStringList { "2020/0040", "2020/2-0009" } << 0 << "2020/2-0010";
    QTest::newRow("a restore's floor above") << 1 << "S" << QStringList { "2020/S-0010" } << 20 << "2020/S-0021";
    QTest::newRow("a restore's floor below") << 1 << "S" << QStringList { "2020/S-0010" } << 4 << "2020/S-0011";
}

void TestDocumentNumbers::nextNumberIsTheHighestOfTheSeriesPlusOne()
{
    QFETCH(int, workstation);
    QFETCH(QString, prefix);
    QFETCH(QStringList, existing);
    QFETCH(int, floor);
    QFETCH(QString, expected);
    for (const QString &n : existing)
        QVERIFY(recordPast(n) > 0);
    core::connectionState(f->db()).workstation = workstation;
    QString head = QStringLiteral("2020/") + prefix;
    if (workstation != 1)
        head += QString::number(workstation);
    if (!prefix.isEmpty() || workstation != 1)
        head += QLatin1Char('-');
    if (floor > 0)
        QVERIFY(core::raiseNumberFloor(f->db(), QStringLiteral("delivery"), head, floor).ok());
    DeliveryService service(f->db(), f->clock);
    auto next = prefix.isEmpty() ? service.nextNumber(2020) : service.nextPastNumber(2020);
    QVERIFY(next.ok());
    QCOMPARE(*next, expected);
    // The same as the former max() over the year, with the floor.
    const qint64 former = std::max(formerHighest(head), core::numberFloor(f->db(), QStringLiteral("delivery"), head));
    QCOMPARE(*next, head + QStringLiteral("%1").arg(former + 1, 4, 10, QLatin1Char('0')));
}

void TestDocumentNumbers::aBatchIsNumberedWithoutGapsOrDuplicates_data()
{
    QTest::addColumn<int>("workstation");
    QTest::addColumn<int>("size");
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("a batch") << 1 << 150;
    QTest::newRow("a batch on workstation 2") << 2 << 150;
}

void TestDocumentNumbers::aBatchIsNumberedWithoutGapsOrDuplicates()
{
    QFETCH(int, workstation);
    QFETCH(int, size);
    // Another workstation's numbers of the same year arrived by the sync.
    for (const QString &n : { QStringLiteral("2020/S-0005"), QStringLiteral("2020/S2-0005"),
             QStringLiteral("2020/S3-0900") })
        QVERIFY(recordPast(n) > 0);
    core::connectionState(f->db()).workstation = workstation;
    const QString head = workstation == 1 ? QStringLiteral("2020/S-") : QStringLiteral("2020/S%1-").arg(workstation);
    {
        core::Transaction tx(f->db()); // as the importer: one transaction
        QVERIFY(bool(tx));
        for (int i = 0; i < size; ++i)
            QVERIFY(recordPast({}) > 0);
        QVERIFY(tx.commit().ok());
    }
    auto q = core::runQuery(f->db(),
        QStringLiteral("SELECT number FROM delivery WHERE number LIKE ? ORDER BY id"), { head + QLatin1Char('%') });
    QStringList numbers;
    while (q->next())
        numbers.append(q->value(0).toString());
    QCOMPARE(numbers.size(), size + 1);
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), numbers.size());
    for (int i = 0; i < size; ++i)
        QCOMPARE(numbers.at(i + 1), head + QStringLiteral("%1").arg(6 + i, 4, 10, QLatin1Char('0')));
}

void TestDocumentNumbers::theSeriesIndexIsUsed()
{
    for (const QString &table : { QStringLiteral("delivery"), QStringLiteral("delivery_request") }) {
        auto plan = core::runQuery(f->db(),
            QStringLiteral("EXPLAIN QUERY PLAN SELECT CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS "
                           "INTEGER) FROM %1 WHERE rtrim(number, '0123456789') = ? ORDER BY CAST(substr(number, "
                           "length(rtrim(number, '0123456789')) + 1) AS INTEGER) DESC LIMIT 1")
                .arg(table),
            { QStringLiteral("2020/S-") });
        QVERIFY(plan.ok());
        QString detail;
        while (plan->next())
            detail += plan->value(3).toString() + QLatin1Char('\n');
        QVERIFY2(detail.contains(QStringLiteral("USING INDEX %1_number_series").arg(table)), qPrintable(detail));
        QVERIFY2(!detail.contains(QStringLiteral("TEMP B-TREE")), qPrintable(detail));
    }
}

QTEST_GUILESS_MAIN(TestDocumentNumbers)
#include "tst_documentnumbers.moc"
