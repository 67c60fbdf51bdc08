#include "volunteers/domain/art39.h"

#include <QTest>

using namespace volunteers;

Q_DECLARE_METATYPE(volunteers::EventType)

namespace {

// `count` consecutive days from `first`, of one type.
QList<ActivatedDay> run(const QDate &first, int count, EventType type)
{
    QList<ActivatedDay> days;
    for (int i = 0; i < count; ++i)
        days.append({ first.addDays(i), type });
    return days;
}

// `count` days of one type in a year, never two in a row (every other day).
QList<ActivatedDay> scattered(int year, int count, EventType type)
{
    QList<ActivatedDay> days;
    for (int i = 0; i < count; ++i)
        days.append({ QDate(year, 1, 1).addDays(2 * i), type });
    return days;
}

} // namespace

// The art. 39 rule engine at its boundaries: day 30/31, 90/91, each event
// type, the year change, separate budgets for training, gaps and duplicates.
class TestArt39 : public QObject {
    Q_OBJECT
private slots:
    void consecutiveLimit_data();
    void consecutiveLimit();
    void yearlyLimit_data();
    void yearlyLimit();
    void runsGoOnAcrossTheNewYear();
    void yearlyCountStartsAgainOnFirstJanuary();
    void aGapBreaksTheRun();
    void trainingHasABudgetOfItsOwn();
    void mixedOperationalTypesUseTheLimitOfEachDay();
    void aDaySeenTwiceCountsOnce();
    void ruleTableIsTheLaw();
    void reimbursementDeadline_data();
    void reimbursementDeadline();
};

void TestArt39::consecutiveLimit_data()
{
    QTest::addColumn<EventType>("type");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("firstOver"); // 0: none
    QTest::newRow("ordinary day 30") << EventType::Ordinary << 30 << 0;
    QTest::newRow("ordinary day 31") << EventType::Ordinary << 31 << 31;
    QTest::newRow("national emergency day 60") << EventType::NationalEmergency << 60 << 0;
    QTest::newRow("national emergency day 61") << EventType::NationalEmergency << 61 << 61;
    QTest::newRow("COVID-19 day 31 is fine") << EventType::Covid19 << 31 << 0;
    QTest::newRow("COVID-19 day 180") << EventType::Covid19 << 180 << 0;
    QTest::newRow("COVID-19 day 181") << EventType::Covid19 << 181 << 181;
    QTest::newRow("training day 10") << EventType::Training << 10 << 0;
    QTest::newRow("training day 11") << EventType::Training << 11 << 11;
}

void TestArt39::consecutiveLimit()
{
    QFETCH(EventType, type);
    QFETCH(int, days);
    QFETCH(int, firstOver);
    const QDate start(2020, 3, 1); // the run stays within one year
    const LimitAssessment a = assessArt39(run(start, days, type));
    QCOMPARE(a.isOverLimit(), firstOver > 0);
    QList<LimitExcess> consecutive;
    for (const LimitExcess &e : a.excesses)
        if (e.kind == LimitExcess::Kind::Consecutive)
            consecutive.append(e);
    if (firstOver == 0) {
        QVERIFY(consecutive.isEmpty());
        return;
    }
    QCOMPARE(consecutive.size(), days - firstOver + 1);
    QCOMPARE(consecutive.first().day, start.addDays(firstOver - 1));
    QCOMPARE(consecutive.first().count, firstOver);
    QCOMPARE(consecutive.first().limit, art39Rule(type).maxConsecutiveDays);
    QCOMPARE(consecutive.first().type, type);
}

void TestArt39::yearlyLimit_data()
{
    QTest::addColumn<EventType>("type");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("firstOver");
    QTest::newRow("ordinary day 90") << EventType::Ordinary << 90 << 0;
    QTest::newRow("ordinary day 91") << EventType::Ordinary << 91 << 91;
    QTest::newRow("national emergency day 180") << EventType::NationalEmergency << 180 << 0;
    QTest::newRow("national emergency day 181") << EventType::NationalEmergency << 181 << 181;
    QTest::newRow("COVID-19 day 180") << EventType::Covid19 << 180 << 0;
    QTest::newRow("COVID-19 day 181") << EventType::Covid19 << 181 << 181;
    QTest::newRow("training day 30") << EventType::Training << 30 << 0;
    QTest::newRow("training day 31") << EventType::Training << 31 << 31;
}

void TestArt39::yearlyLimit()
{
    QFETCH(EventType, type);
    QFETCH(int, days);
    QFETCH(int, firstOver);
    // 181 days every other day would not fit in a year: pack two days, skip one.
    QList<ActivatedDay> list;
    QDate d(2020, 1, 1);
    while (list.size() < days) {
        list.append({ d, type });
        d = d.addDays(list.size() % 2 == 0 ? 2 : 1);
    }
    QVERIFY(list.constLast().day.year() == 2020);
    const LimitAssessment a = assessArt39(list);
    QList<LimitExcess> yearly;
    for (const LimitExcess &e : a.excesses)
        if (e.kind == LimitExcess::Kind::Yearly)
            yearly.append(e);
    QVERIFY(a.longestRun <= 2 || type == EventType::Training);
    if (firstOver == 0) {
        QVERIFY(yearly.isEmpty());
        QVERIFY(!a.isOverLimit());
        return;
    }
    QCOMPARE(yearly.size(), days - firstOver + 1);
    QCOMPARE(yearly.first().day, list.at(firstOver - 1).day);
    QCOMPARE(yearly.first().count, firstOver);
    QCOMPARE(yearly.first().limit, art39Rule(type).maxDaysPerYear);
    QCOMPARE(a.daysOver().first(), list.at(firstOver - 1).day);
}

void TestArt39::runsGoOnAcrossTheNewYear()
{
    // 31 ordinary days from 15 December: the 31st (14 January) exceeds.
    const LimitAssessment a = assessArt39(run(QDate(2020, 12, 15), 31, EventType::Ordinary));
    QCOMPARE(a.daysOver(), QList<QDate> { QDate(2021, 1, 14) });
    QCOMPARE(a.excesses.first().kind, LimitExcess::Kind::Consecutive);
    QCOMPARE(a.longestRun, 31);
}

void TestArt39::yearlyCountStartsAgainOnFirstJanuary()
{
    QList<ActivatedDay> days = scattered(2020, 90, EventType::Ordinary);
    days += scattered(2021, 1, EventType::Ordinary);
    QVERIFY(!assessArt39(days).isOverLimit());
    days += { QDate(2020, 12, 31), EventType::Ordinary }; // the 91st of 2020
    const LimitAssessment a = assessArt39(days);
    QCOMPARE(a.daysOver(), QList<QDate> { QDate(2020, 12, 31) });
    QCOMPARE(a.excesses.first().kind, LimitExcess::Kind::Yearly);
    QCOMPARE(a.excesses.first().count, 91);
}

void TestArt39::aGapBreaksTheRun()
{
    QList<ActivatedDay> days = run(QDate(2020, 4, 1), 30, EventType::Ordinary);
    days += run(QDate(2020, 5, 2), 30, EventType::Ordinary); // 1 May free
    const LimitAssessment a = assessArt39(days);
    QVERIFY(!a.isOverLimit());
    QCOMPARE(a.longestRun, 30);
}

void TestArt39::trainingHasABudgetOfItsOwn()
{
    // 30 operational days, then 10 training days in a row: neither exceeds.
    QList<ActivatedDay> days = run(QDate(2020, 6, 1), 30, EventType::Ordinary);
    days += run(QDate(2020, 7, 1), 10, EventType::Training);
    LimitAssessment a = assessArt39(days);
    QVERIFY(!a.isOverLimit());
    QCOMPARE(a.longestRun, 30);
    QCOMPARE(a.longestTrainingRun, 10);
    // An operational day right after the training does not continue the old run.
    days += { QDate(2020, 7, 11), EventType::Ordinary };
    QVERIFY(!assessArt39(days).isOverLimit());
}

void TestArt39::mixedOperationalTypesUseTheLimitOfEachDay()
{
    // 25 COVID-19 days then 10 ordinary days in a row: the run reaches 35,
    // which exceeds the ordinary limit (30) on days 31-35 but never the
    // COVID-19 one.
    QList<ActivatedDay> days = run(QDate(2020, 3, 1), 25, EventType::Covid19);
    days += run(QDate(2020, 3, 26), 10, EventType::Ordinary);
    const LimitAssessment a = assessArt39(days);
    QCOMPARE(a.daysOver().size(), 5);
    QCOMPARE(a.daysOver().first(), QDate(2020, 3, 31));
    for (const LimitExcess &e : a.excesses)
        QCOMPARE(e.type, EventType::Ordinary);
}

void TestArt39::aDaySeenTwiceCountsOnce()
{
    QList<ActivatedDay> days = run(QDate(2020, 3, 1), 30, EventType::Ordinary);
    days += run(QDate(2020, 3, 1), 30, EventType::Ordinary); // the same days again, shuffled in
    std::reverse(days.begin(), days.end());
    const LimitAssessment a = assessArt39(days);
    QVERIFY(!a.isOverLimit());
    QCOMPARE(a.longestRun, 30);
}

void TestArt39::ruleTableIsTheLaw()
{
    QCOMPARE(art39Rule(EventType::Ordinary).maxConsecutiveDays, 30);
    QCOMPARE(art39Rule(EventType::Ordinary).maxDaysPerYear, 90);
    QCOMPARE(art39Rule(EventType::NationalEmergency).maxConsecutiveDays, 60);
    QCOMPARE(art39Rule(EventType::NationalEmergency).maxDaysPerYear, 180);
    QCOMPARE(art39Rule(EventType::Covid19).maxConsecutiveDays, 180);
    QCOMPARE(art39Rule(EventType::Training).maxConsecutiveDays, 10);
    QCOMPARE(art39Rule(EventType::Training).maxDaysPerYear, 30);
    for (EventType t : allEventTypes()) {
        EventType back = EventType::Ordinary;
        QVERIFY(eventTypeFromCode(eventTypeCode(t), &back));
        QCOMPARE(back, t);
    }
    EventType unused;
    QVERIFY(!eventTypeFromCode(QStringLiteral("party"), &unused));
}

void TestArt39::reimbursementDeadline_data()
{
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<QDate>("deadline");
    QTest::newRow("two years") << QDate(2020, 4, 30) << QDate(2022, 4, 30);
    QTest::newRow("29 February") << QDate(2020, 2, 29) << QDate(2022, 2, 28);
}

void TestArt39::reimbursementDeadline()
{
    QFETCH(QDate, lastDay);
    QFETCH(QDate, deadline);
    QCOMPARE(volunteers::reimbursementDeadline(lastDay), deadline);
}

QTEST_APPLESS_MAIN(TestArt39)
#include "tst_art39.moc"
