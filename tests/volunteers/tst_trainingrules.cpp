// The pure rules of training (volunteers/domain/trainingtypes.h): the
// attendance threshold at its boundary, the certificate refusals, the
// qualification's expiry, the test result and the exercises' figures.

#include "volunteers/domain/trainingtypes.h"

#include <QTest>

using namespace volunteers;

class TestTrainingRules : public QObject {
    Q_OBJECT
private slots:
    void attendanceThreshold_data();
    void attendanceThreshold();
    void certificate_data();
    void certificate();
    void qualificationExpiry_data();
    void qualificationExpiry();
    void testResult_data();
    void testResult();
    void exercise_data();
    void exercise();
    void course_data();
    void course();
    void session_data();
    void session();
};

void TestTrainingRules::attendanceThreshold_data()
{
    QTest::addColumn<int>("attended");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("minimum");
    QTest::addColumn<bool>("sufficient");
    QTest::newRow("exactly 80%") << 480 << 600 << 80 << true;
    QTest::newRow("one minute short of 80%") << 479 << 600 << 80 << false;
    QTest::newRow("79.99% is not 80% (no rounding)") << 7999 << 10000 << 80 << false;
    QTest::newRow("all of it at 100%") << 240 << 240 << 100 << true;
    QTest::newRow("one session of two at 100%") << 120 << 240 << 100 << false;
    QTest::newRow("nothing at 0%") << 0 << 240 << 0 << true;
    QTest::newRow("no sessions admits nobody") << 0 << 0 << 0 << false;
    QTest::newRow("two of three sessions at 70%") << 240 << 360 << 70 << false;
    QTest::newRow("three of four sessions at 70%") << 360 << 480 << 70 << true;
}

void TestTrainingRules::attendanceThreshold()
{
    QFETCH(int, attended);
    QFETCH(int, total);
    QFETCH(int, minimum);
    QFETCH(bool, sufficient);
    QCOMPARE(TrainingRules::attendanceSufficient(attended, total, minimum), sufficient);
}

void TestTrainingRules::certificate_data()
{
    QTest::addColumn<bool>("finalTest");
    QTest::addColumn<int>("attended");
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("result");
    QTest::addColumn<QString>("error");
    const int none = int(TestResult::None), passed = int(TestResult::Passed), failed = int(TestResult::Failed);
    QTest::newRow("passed, enough attendance") << true << 480 << 600 << passed << "";
    QTest::newRow("failed test") << true << 600 << 600 << failed << "training.test_failed";
    QTest::newRow("test not recorded") << true << 600 << 600 << none << "training.test_missing";
    QTest::newRow("attendance short, test passed") << true << 479 << 600 << passed << "training.attendance_insufficient";
    QTest::newRow("attendance short and failed: attendance first")
        << true << 100 << 600 << failed << "training.attendance_insufficient";
    QTest::newRow("no final test, enough attendance") << false << 600 << 600 << none << "";
    QTest::newRow("no final test, short attendance") << false << 300 << 600 << none << "training.attendance_insufficient";
    QTest::newRow("no sessions") << false << 0 << 0 << none << "training.no_sessions";
}

void TestTrainingRules::certificate()
{
    QFETCH(bool, finalTest);
    QFETCH(int, attended);
    QFETCH(int, total);
    QFETCH(int, result);
    QFETCH(QString, error);
    Course c;
    c.minAttendance = 80;
    c.finalTest = finalTest;
    c.passScore = 18;
    c.maxScore = 30;
    Participant p;
    p.attendedMinutes = attended;
    p.totalMinutes = total;
    p.testResult = TestResult(result);
    const core::Status s = TrainingRules::checkCertificate(c, p);
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestTrainingRules::qualificationExpiry_data()
{
    QTest::addColumn<QDate>("obtained");
    QTest::addColumn<int>("months");
    QTest::addColumn<QDate>("expires");
    QTest::newRow("does not expire") << QDate(2020, 12, 18) << 0 << QDate();
    QTest::newRow("Covid manager, 12 months") << QDate(2020, 12, 18) << 12 << QDate(2021, 12, 18);
    QTest::newRow("safety, 60 months") << QDate(2020, 9, 17) << 60 << QDate(2025, 9, 17);
    QTest::newRow("31 January + 1 month, leap year") << QDate(2020, 1, 31) << 1 << QDate(2020, 2, 29);
    QTest::newRow("29 February + 12 months") << QDate(2020, 2, 29) << 12 << QDate(2021, 2, 28);
}

void TestTrainingRules::qualificationExpiry()
{
    QFETCH(QDate, obtained);
    QFETCH(int, months);
    QFETCH(QDate, expires);
    QCOMPARE(TrainingRules::qualificationExpiry(obtained, months), expires);
}

void TestTrainingRules::testResult_data()
{
    QTest::addColumn<bool>("finalTest");
    QTest::addColumn<int>("result");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("error");
    const int none = int(TestResult::None), passed = int(TestResult::Passed), failed = int(TestResult::Failed);
    QTest::newRow("pass score is a pass") << true << passed << 18 << "";
    QTest::newRow("one below is a fail") << true << failed << 17 << "";
    QTest::newRow("passed with a failing score") << true << passed << 17 << "training.result_disagrees";
    QTest::newRow("failed with a passing score") << true << failed << 30 << "training.result_disagrees";
    QTest::newRow("score above the highest") << true << passed << 31 << "training.score_range";
    QTest::newRow("negative score") << true << failed << -5 << "training.score_range";
    QTest::newRow("result without score") << true << passed << -1 << "";
    QTest::newRow("score without result") << true << none << 20 << "training.result_disagrees";
    QTest::newRow("course without a test") << false << passed << 20 << "training.no_final_test";
}

void TestTrainingRules::testResult()
{
    QFETCH(bool, finalTest);
    QFETCH(int, result);
    QFETCH(int, score);
    QFETCH(QString, error);
    Course c;
    c.finalTest = finalTest;
    c.passScore = 18;
    c.maxScore = 30;
    const core::Status s = TrainingRules::checkTestResult(c, TestResult(result), score);
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestTrainingRules::exercise_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");
    QTest::addColumn<int>("participants");
    QTest::addColumn<int>("personDays");
    QTest::addColumn<QString>("error");
    QTest::newRow("one day, one person-day each") << QDate(2020, 9, 12) << QDate(2020, 9, 12) << 20 << 20 << "";
    QTest::newRow("two days, all there both days") << QDate(2020, 9, 12) << QDate(2020, 9, 13) << 20 << 40 << "";
    QTest::newRow("two days, more than possible")
        << QDate(2020, 9, 12) << QDate(2020, 9, 13) << 20 << 41 << "training.exercise_person_days";
    QTest::newRow("fewer person-days than people")
        << QDate(2020, 9, 12) << QDate(2020, 9, 12) << 20 << 19 << "training.exercise_person_days";
    QTest::newRow("ends before it starts")
        << QDate(2020, 9, 13) << QDate(2020, 9, 12) << 20 << 20 << "training.exercise_dates";
    QTest::newRow("nobody") << QDate(2020, 9, 12) << QDate(2020, 9, 12) << 0 << 0 << "training.exercise_participants";
    QTest::newRow("in the future") << QDate(2021, 3, 20) << QDate(2021, 3, 20) << 5 << 5 << "training.exercise_in_future";
    QTest::newRow("today") << QDate(2021, 3, 19) << QDate(2021, 3, 19) << 5 << 5 << "";
}

void TestTrainingRules::exercise()
{
    QFETCH(QDate, start);
    QFETCH(QDate, end);
    QFETCH(int, participants);
    QFETCH(int, personDays);
    QFETCH(QString, error);
    Exercise x;
    x.organisationId = 1;
    x.title = QStringLiteral("Esercitazione");
    x.startDate = start;
    x.endDate = end;
    x.participants = participants;
    x.personDays = personDays;
    const core::Status s = TrainingRules::checkExercise(x, QDate(2021, 3, 19));
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestTrainingRules::course_data()
{
    QTest::addColumn<int>("minimum");
    QTest::addColumn<bool>("finalTest");
    QTest::addColumn<int>("pass");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("qualification");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("error");
    QTest::newRow("fine") << 80 << true << 18 << 30 << "Covid manager" << 12 << "";
    QTest::newRow("attendance above 100") << 101 << false << 0 << 0 << "" << 0 << "training.attendance_range";
    QTest::newRow("pass above the highest") << 80 << true << 31 << 30 << "" << 0 << "training.test_scores";
    QTest::newRow("test without a highest score") << 80 << true << 0 << 0 << "" << 0 << "training.test_scores";
    QTest::newRow("validity without qualification") << 80 << false << 0 << 0 << "" << 12
                                                     << "training.validity_without_qualification";
    QTest::newRow("validity above 50 years") << 80 << false << 0 << 0 << "Q" << 601 << "training.validity_range";
}

void TestTrainingRules::course()
{
    QFETCH(int, minimum);
    QFETCH(bool, finalTest);
    QFETCH(int, pass);
    QFETCH(int, max);
    QFETCH(QString, qualification);
    QFETCH(int, months);
    QFETCH(QString, error);
    Course c;
    c.code = QStringLiteral("X");
    c.title = QStringLiteral("Corso");
    c.minAttendance = minimum;
    c.finalTest = finalTest;
    c.passScore = pass;
    c.maxScore = max;
    c.qualification = qualification;
    c.validityMonths = months;
    const core::Status s = TrainingRules::checkCourse(c);
    QCOMPARE(s.ok() ? QString() : s.error().code, error);
}

void TestTrainingRules::session_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("time");
    QTest::addColumn<QString>("error");
    QTest::newRow("first day") << QDate(2020, 12, 16) << 120 << "21:00" << "";
    QTest::newRow("last day") << QDate(2020, 12, 18) << 120 << "21:00" << "";
    QTest::newRow("the day after") << QDate(2020, 12, 19) << 120 << "21:00" << "training.session_outside_edition";
    QTest::newRow("the day before") << QDate(2020, 12, 15) << 120 << "" << "training.session_outside_edition";
    QTest::newRow("too short") << QDate(2020, 12, 16) << 10 << "" << "training.session_minutes";
    QTest::newRow("too long") << QDate(2020, 12, 16) << 721 << "" << "training.session_minutes";
    QTest::newRow("not a time") << QDate(2020, 12, 16) << 120 << "25:00" << "training.session_time";
}

void TestTrainingRules::session()
{
    QFETCH(QDate, day);
    QFETCH(int, minutes);
    QFETCH(QString, time);
    QFETCH(QString, error);
    Edition e;
    e.code = QStringLiteral("COVID-2020-1");
    e.startDate = QDate(2020, 12, 16);
    e.endDate = QDate(2020, 12, 18);
    TrainingSession s;
    s.day = day;
    s.minutes = minutes;
    s.startTime = time;
    const core::Status status = TrainingRules::checkSession(s, e);
    QCOMPARE(status.ok() ? QString() : status.error().code, error);
}

QTEST_APPLESS_MAIN(TestTrainingRules)
#include "tst_trainingrules.moc"
