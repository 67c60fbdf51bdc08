#include "core/domain/dates.h"

#include <QTest>

using namespace core;

// What a person types in a date field is read as one whole date or not at
// all: a partial or impossible text is never turned into a neighbouring
// date (QDateEdit read "15/03/2" as 15/03/0002 and then corrected it).
class TestTypedDate : public QObject {
    Q_OBJECT
private slots:
    void reads_data();
    void reads();
    void shortFormsMayGrow_data();
    void shortFormsMayGrow();
};

Q_DECLARE_METATYPE(core::TypedDate::State)

void TestTypedDate::reads_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("referenceYear");
    QTest::addColumn<core::TypedDate::State>("state");
    QTest::addColumn<QDate>("date");
    const auto valid = TypedDate::Valid;
    const auto invalid = TypedDate::Invalid;
    const auto empty = TypedDate::Empty;
    const QDate none;
    const QDate ides(2021, 3, 15);
    // With separators.
    QTest::newRow("dd/MM/yyyy") << "15/03/2021" << 2026 << valid << ides;
    QTest::newRow("d/M/yyyy") << "5/3/2021" << 2026 << valid << QDate(2021, 3, 5);
    QTest::newRow("dashes") << "15-03-2021" << 2026 << valid << ides;
    QTest::newRow("dots") << "15.03.2021" << 2026 << valid << ides;
    QTest::newRow("iso") << "2021-03-15" << 2026 << valid << ides;
    QTest::newRow("spaces around") << "  15/03/2021 \t" << 2026 << valid << ides;
    QTest::newRow("mixed separators") << "15/03-2021" << 2026 << invalid << none;
    // Without separators.
    QTest::newRow("ddMMyyyy") << "15032021" << 2026 << valid << ides;
    QTest::newRow("ddMMyy") << "150321" << 2026 << valid << ides;
    QTest::newRow("seven digits") << "1532021" << 2026 << invalid << none;
    QTest::newRow("four digits") << "1503" << 2026 << invalid << none;
    // Two-digit years: from 80 years back to 19 ahead of the reference year.
    QTest::newRow("yy this century") << "15/03/21" << 2026 << valid << ides;
    QTest::newRow("yy 19 ahead") << "01/01/45" << 2026 << valid << QDate(2045, 1, 1);
    QTest::newRow("yy 20 ahead is last century") << "01/01/46" << 2026 << valid << QDate(1946, 1, 1);
    QTest::newRow("yy born in 1960") << "120660" << 2026 << valid << QDate(1960, 6, 12);
    QTest::newRow("yy with another reference year") << "01/01/05" << 1990 << valid << QDate(2005, 1, 1);
    QTest::newRow("yy in the next century") << "01/01/99" << 2085 << valid << QDate(2099, 1, 1);
    QTest::newRow("yy 00") << "01/01/00" << 2026 << valid << QDate(2000, 1, 1);
    // Partial input: never completed with today's parts.
    QTest::newRow("day only") << "15" << 2026 << invalid << none;
    QTest::newRow("day and month") << "15/03" << 2026 << invalid << none;
    QTest::newRow("trailing separator") << "15/03/" << 2026 << invalid << none;
    QTest::newRow("one year digit") << "15/03/2" << 2026 << invalid << none;
    QTest::newRow("three year digits") << "15/03/202" << 2026 << invalid << none;
    QTest::newRow("five year digits") << "15/03/20211" << 2026 << invalid << none;
    // Impossible dates: refused, not moved to the month's last day.
    QTest::newRow("31/02") << "31/02/2021" << 2026 << invalid << none;
    QTest::newRow("29/02 not leap") << "29/02/2021" << 2026 << invalid << none;
    QTest::newRow("29/02 leap") << "29/02/2024" << 2026 << valid << QDate(2024, 2, 29);
    QTest::newRow("month 13") << "15/13/2021" << 2026 << invalid << none;
    QTest::newRow("day 0") << "00/03/2021" << 2026 << invalid << none;
    QTest::newRow("packed 31/02") << "31022021" << 2026 << invalid << none;
    QTest::newRow("year 0021") << "15/03/0021" << 2026 << invalid << none;
    QTest::newRow("year 2100") << "15/03/2100" << 2026 << invalid << none;
    QTest::newRow("letters") << "15 marzo 2021" << 2026 << invalid << none;
    // Nothing typed.
    QTest::newRow("empty") << "" << 2026 << empty << none;
    QTest::newRow("spaces") << "   " << 2026 << empty << none;
}

void TestTypedDate::reads()
{
    QFETCH(QString, text);
    QFETCH(int, referenceYear);
    QFETCH(core::TypedDate::State, state);
    QFETCH(QDate, date);
    const TypedDate read = parseTypedDate(text, referenceYear);
    QCOMPARE(read.state, state);
    QCOMPARE(read.date, date);
}

void TestTypedDate::shortFormsMayGrow_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("mayGrow");
    QTest::newRow("two-digit year") << "15/03/20" << true;
    QTest::newRow("packed two-digit year") << "150320" << true;
    QTest::newRow("iso one-digit day") << "2021-03-1" << true;
    QTest::newRow("four-digit year") << "15/03/2021" << false;
    QTest::newRow("d/M/yyyy") << "1/3/2021" << false;
    QTest::newRow("packed four-digit year") << "15032021" << false;
    QTest::newRow("iso") << "2021-03-15" << false;
}

// While "15/03/2021" is typed, "15/03/20" passes by: a date of its own,
// that the field must not take before the person has finished.
void TestTypedDate::shortFormsMayGrow()
{
    QFETCH(QString, text);
    QFETCH(bool, mayGrow);
    const TypedDate read = parseTypedDate(text, 2026);
    QCOMPARE(read.state, TypedDate::Valid);
    QCOMPARE(read.mayGrow, mayGrow);
}

QTEST_APPLESS_MAIN(TestTypedDate)
#include "tst_typeddate.moc"
