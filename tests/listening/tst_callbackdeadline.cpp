// The callback deadlines are elapsed time: 24 h and 48 h of real hours from
// the message, across midnight and the summer-time changes of Europe/Rome.
// The tests run with TZ=Europe/Rome (cmake/CisiamoHelpers.cmake).

#include "listening/domain/callbackdeadline.h"

#include <QTest>
#include <QTimeZone>

using namespace listening;

Q_DECLARE_METATYPE(listening::DeadlineStage)
Q_DECLARE_METATYPE(listening::Urgency)

namespace {
qint64 rome(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Rome")).toMSecsSinceEpoch();
}
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
} // namespace

class TestCallbackDeadline : public QObject {
    Q_OBJECT
private slots:
    void dueAtIsElapsedTime_data();
    void dueAtIsElapsedTime();
    void stages_data();
    void stages();
    void remainingAndBar();
    void calledBackStopsTheClock();
};

void TestCallbackDeadline::dueAtIsElapsedTime_data()
{
    QTest::addColumn<qint64>("received");
    QTest::addColumn<Urgency>("urgency");
    QTest::addColumn<qint64>("expectedDue");
    // Across midnight.
    QTest::newRow("urgent, 22:30 -> 22:30 next day")
        << rome(2021, 3, 10, 22, 30) << Urgency::Urgent << rome(2021, 3, 11, 22, 30);
    QTest::newRow("normal, 23:50 -> 23:50 two days on")
        << rome(2021, 3, 10, 23, 50) << Urgency::Normal << rome(2021, 3, 12, 23, 50);
    // Clocks go forward at 02:00 on Sunday 28/03/2021: 24 real hours after
    // Saturday 20:00 is Sunday 21:00 on the wall.
    QTest::newRow("urgent across spring DST")
        << rome(2021, 3, 27, 20, 0) << Urgency::Urgent << rome(2021, 3, 28, 21, 0);
    QTest::newRow("normal across spring DST")
        << rome(2021, 3, 27, 20, 0) << Urgency::Normal << rome(2021, 3, 29, 21, 0);
    // Clocks go back at 03:00 on Sunday 31/10/2021: Sunday 19:00 on the wall.
    QTest::newRow("urgent across autumn DST")
        << rome(2021, 10, 30, 20, 0) << Urgency::Urgent << rome(2021, 10, 31, 19, 0);
    QTest::newRow("normal across autumn DST")
        << rome(2021, 10, 30, 20, 0) << Urgency::Normal << rome(2021, 11, 1, 19, 0);
}

void TestCallbackDeadline::dueAtIsElapsedTime()
{
    QFETCH(qint64, received);
    QFETCH(Urgency, urgency);
    QFETCH(qint64, expectedDue);
    const qint64 due = Deadline::dueAt(received, urgency);
    QCOMPARE(due, expectedDue);
    QCOMPARE(due - received, urgency == Urgency::Urgent ? 24 * hour : 48 * hour);
}

void TestCallbackDeadline::stages_data()
{
    QTest::addColumn<qint64>("received");
    QTest::addColumn<Urgency>("urgency");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<DeadlineStage>("stage");

    const qint64 monday = rome(2021, 3, 8, 10, 0);
    QTest::newRow("urgent 23:59") << monday << Urgency::Urgent << monday + 23 * hour + 59 * minute
                                  << DeadlineStage::DueSoon;
    QTest::newRow("urgent 24:00 exactly") << monday << Urgency::Urgent << monday + 24 * hour << DeadlineStage::DueSoon;
    QTest::newRow("urgent 24:01") << monday << Urgency::Urgent << monday + 24 * hour + minute << DeadlineStage::Overdue;
    QTest::newRow("normal 23:59") << monday << Urgency::Normal << monday + 23 * hour + 59 * minute
                                  << DeadlineStage::OnTime;
    QTest::newRow("normal 24:01") << monday << Urgency::Normal << monday + 24 * hour + minute << DeadlineStage::Past24h;
    QTest::newRow("normal 43:59") << monday << Urgency::Normal << monday + 43 * hour + 59 * minute
                                  << DeadlineStage::Past24h;
    QTest::newRow("normal 47:59") << monday << Urgency::Normal << monday + 47 * hour + 59 * minute
                                  << DeadlineStage::Past24h;
    QTest::newRow("normal 48:01") << monday << Urgency::Normal << monday + 48 * hour + minute << DeadlineStage::Overdue;
    QTest::newRow("urgent 19:59 on time")
        << monday << Urgency::Urgent << monday + 19 * hour + 59 * minute << DeadlineStage::OnTime;
    QTest::newRow("urgent 20:01 due soon")
        << monday << Urgency::Urgent << monday + 20 * hour + minute << DeadlineStage::DueSoon;

    // Across midnight: left at 23:30, checked at 23:29 and 23:31 next day.
    const qint64 late = rome(2021, 3, 9, 23, 30);
    QTest::newRow("midnight 23:59 elapsed")
        << late << Urgency::Urgent << rome(2021, 3, 10, 23, 29) << DeadlineStage::DueSoon;
    QTest::newRow("midnight 24:01 elapsed")
        << late << Urgency::Urgent << rome(2021, 3, 10, 23, 31) << DeadlineStage::Overdue;

    // Spring forward: 20:00 Saturday; wall clock 20:59 Sunday is only 23:59
    // of real time (on time), 21:01 is 24:01 (overdue). A rule on the wall
    // clock would have said overdue at 20:01.
    const qint64 saturday = rome(2021, 3, 27, 20, 0);
    QTest::newRow("spring DST wall 20:30 (23:30 elapsed)")
        << saturday << Urgency::Urgent << rome(2021, 3, 28, 20, 30) << DeadlineStage::DueSoon;
    QTest::newRow("spring DST 23:59 elapsed")
        << saturday << Urgency::Urgent << rome(2021, 3, 28, 20, 59) << DeadlineStage::DueSoon;
    QTest::newRow("spring DST 24:01 elapsed")
        << saturday << Urgency::Urgent << rome(2021, 3, 28, 21, 1) << DeadlineStage::Overdue;
    QTest::newRow("spring DST 47:59 elapsed")
        << saturday << Urgency::Normal << rome(2021, 3, 29, 20, 59) << DeadlineStage::Past24h;
    QTest::newRow("spring DST 48:01 elapsed")
        << saturday << Urgency::Normal << rome(2021, 3, 29, 21, 1) << DeadlineStage::Overdue;

    // Fall back: 20:00 Saturday; wall 18:59 Sunday is 23:59 elapsed, 19:01
    // is 24:01. A wall-clock rule would have waited until 20:00.
    const qint64 october = rome(2021, 10, 30, 20, 0);
    QTest::newRow("autumn DST 23:59 elapsed")
        << october << Urgency::Urgent << rome(2021, 10, 31, 18, 59) << DeadlineStage::DueSoon;
    QTest::newRow("autumn DST 24:01 elapsed")
        << october << Urgency::Urgent << rome(2021, 10, 31, 19, 1) << DeadlineStage::Overdue;
    QTest::newRow("autumn DST wall 19:30 overdue")
        << october << Urgency::Urgent << rome(2021, 10, 31, 19, 30) << DeadlineStage::Overdue;
    QTest::newRow("autumn DST 47:59 elapsed")
        << october << Urgency::Normal << rome(2021, 11, 1, 18, 59) << DeadlineStage::Past24h;
    QTest::newRow("autumn DST 48:01 elapsed")
        << october << Urgency::Normal << rome(2021, 11, 1, 19, 1) << DeadlineStage::Overdue;
}

void TestCallbackDeadline::stages()
{
    QFETCH(qint64, received);
    QFETCH(Urgency, urgency);
    QFETCH(qint64, now);
    QFETCH(DeadlineStage, stage);
    const DeadlineStatus s = deadlineStatus(received, Deadline::dueAt(received, urgency), now, false);
    QCOMPARE(int(s.stage), int(stage));
    QCOMPARE(s.isOverdue(), stage == DeadlineStage::Overdue);
}

void TestCallbackDeadline::remainingAndBar()
{
    const qint64 received = rome(2021, 3, 27, 20, 0);
    const qint64 now = rome(2021, 3, 28, 20, 0); // 23 h of real time later
    const DeadlineStatus s = deadlineStatus(received, Deadline::dueAt(received, Urgency::Normal), now, false);
    QCOMPARE(s.remainingTo24h, 1 * hour);
    QCOMPARE(s.remainingTo48h, 25 * hour);
    QCOMPARE(s.remainingToDue, 25 * hour);
    QVERIFY(qAbs(s.elapsedOf48h - 23.0 / 48.0) < 1e-9);
    const DeadlineStatus late
        = deadlineStatus(received, Deadline::dueAt(received, Urgency::Urgent), now + 3 * hour, false);
    QCOMPARE(late.remainingToDue, -2 * hour);
    QVERIFY(late.isOverdue());
}

void TestCallbackDeadline::calledBackStopsTheClock()
{
    const qint64 received = rome(2021, 3, 8, 10, 0);
    const DeadlineStatus s
        = deadlineStatus(received, Deadline::dueAt(received, Urgency::Urgent), received + 72 * hour, true);
    QCOMPARE(int(s.stage), int(DeadlineStage::CalledBack));
    QVERIFY(!s.isOverdue());
}

QTEST_APPLESS_MAIN(TestCallbackDeadline)
#include "tst_callbackdeadline.moc"
