#include "core/domain/clock.h"
#include "support/testclock.h"
#include "support/testdatabase.h"

#include <QTest>

using namespace core;

// CISIAMO_NOW: how the program reads it, and that the suite runs by it.
class TestClock : public QObject {
    Q_OBJECT
private slots:
    void settingIsRead_data();
    void settingIsRead();
    void theSuiteLivesAtItsFixedInstant();
    void programRefusesABadSetting();
};

void TestClock::settingIsRead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("date: at noon") << "2021-03-19" << QDateTime(QDate(2021, 3, 19), QTime(12, 0));
    QTest::newRow("date and time") << "2021-03-19T08:30:00" << QDateTime(QDate(2021, 3, 19), QTime(8, 30));
    QTest::newRow("milliseconds") << "2021-03-19T08:30:00.250" << QDateTime(QDate(2021, 3, 19), QTime(8, 30, 0, 250));
    QTest::newRow("spaces") << " 2021-03-19 " << QDateTime(QDate(2021, 3, 19), QTime(12, 0));
    QTest::newRow("UTC") << "2021-03-19T08:30:00Z" << QDateTime(QDate(2021, 3, 19), QTime(8, 30), Qt::UTC);
    QTest::newRow("empty") << "" << QDateTime();
    QTest::newRow("a word") << "ieri" << QDateTime();
    QTest::newRow("Italian order") << "19/03/2021" << QDateTime();
    QTest::newRow("no such month") << "2021-13-01" << QDateTime();
    QTest::newRow("no such day") << "2021-02-30" << QDateTime();
}

void TestClock::settingIsRead()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime at = SystemClock::parseSetting(text);
    QCOMPARE(at.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(at.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
}

void TestClock::theSuiteLivesAtItsFixedInstant()
{
    if (!qEnvironmentVariableIsSet("CISIAMO_NOW"))
        QSKIP("run by hand without CISIAMO_NOW (CTest sets it)");
    QVERIFY(SystemClock::isShifted());
    QCOMPARE(SystemClock::instance().today(), testsupport::testToday());
    // It runs on from the instant: later, but not by more than this test can take.
    const qint64 elapsed = SystemClock::instance().nowMs() - testsupport::testNow().toMSecsSinceEpoch();
    QVERIFY(elapsed >= 0);
    QVERIFY(elapsed < 60 * 60 * 1000);
}

void TestClock::programRefusesABadSetting()
{
    const auto r = testsupport::runCisiamo({ "--lang", "en", "--version" }, { { "CISIAMO_NOW", "ieri" } });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("CISIAMO_NOW: \"ieri\""), r.err.constData());
    QCOMPARE(testsupport::runCisiamo({ "--version" }, { { "CISIAMO_NOW", "2021-03-19" } }).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
