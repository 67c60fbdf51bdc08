#include "core/domain/dates.h"

#include <QTest>

using namespace core;

// What a person types in a time field is read as one whole time or not at
// all: "9:" or "9:6" is never turned into 09:00 or 09:06 (QTimeEdit's
// sections did), 24:00 and 9:60 are refused, not wrapped.
class TestTypedTime : public QObject {
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
};

Q_DECLARE_METATYPE(core::TypedTime::State)

void TestTypedTime::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<core::TypedTime::State>("state");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<bool>("mayGrow");
    const auto valid = TypedTime::Valid;
    const auto invalid = TypedTime::Invalid;
    const QTime none;
    const QTime nineOFive(9, 5);
    // With a separator.
    QTest::newRow("H:mm") << "9:05" << valid << nineOFive << false;
    QTest::newRow("HH:mm") << "09:05" << valid << nineOFive << false;
    QTest::newRow("dot") << "9.05" << valid << nineOFive << false;
    QTest::newRow("midnight") << "00:00" << valid << QTime(0, 0) << false;
    QTest::newRow("last minute") << "23:59" << valid << QTime(23, 59) << false;
    QTest::newRow("spaces around") << "  9:05 \t" << valid << nineOFive << false;
    // Without a separator.
    QTest::newRow("hour") << "9" << valid << QTime(9, 0) << true;
    QTest::newRow("two-digit hour") << "09" << valid << QTime(9, 0) << true;
    QTest::newRow("Hmm") << "905" << valid << nineOFive << true;
    QTest::newRow("HHmm") << "0905" << valid << nineOFive << false;
    QTest::newRow("HHmm afternoon") << "1730" << valid << QTime(17, 30) << false;
    QTest::newRow("packed spaces") << " 905 " << valid << nineOFive << true;
    // Empty.
    QTest::newRow("empty") << "" << TypedTime::Empty << none << false;
    QTest::newRow("spaces") << "   " << TypedTime::Empty << none << false;
    // Refused, never corrected.
    QTest::newRow("24:00") << "24:00" << invalid << none << false;
    QTest::newRow("2400") << "2400" << invalid << none << false;
    QTest::newRow("hour 24") << "24" << invalid << none << false;
    QTest::newRow("9:60") << "9:60" << invalid << none << false;
    QTest::newRow("960") << "960" << invalid << none << false;
    QTest::newRow("partial 9:") << "9:" << invalid << none << false;
    QTest::newRow("partial 9:0") << "9:0" << invalid << none << false;
    QTest::newRow("partial :05") << ":05" << invalid << none << false;
    QTest::newRow("three minute digits") << "9:055" << invalid << none << false;
    QTest::newRow("five digits") << "09050" << invalid << none << false;
    QTest::newRow("seconds") << "09:05:00" << invalid << none << false;
    QTest::newRow("comma") << "9,05" << invalid << none << false;
    QTest::newRow("inner space") << "9 05" << invalid << none << false;
    QTest::newRow("words") << "mezzogiorno" << invalid << none << false;
    QTest::newRow("negative") << "-9:05" << invalid << none << false;
}

void TestTypedTime::reads()
{
    QFETCH(QString, text);
    QFETCH(core::TypedTime::State, state);
    QFETCH(QTime, time);
    QFETCH(bool, mayGrow);
    const TypedTime typed = parseTypedTime(text);
    QCOMPARE(typed.state, state);
    QCOMPARE(typed.time, time);
    QCOMPARE(typed.mayGrow, mayGrow);
}

QTEST_GUILESS_MAIN(TestTypedTime)
#include "tst_typedtime.moc"
