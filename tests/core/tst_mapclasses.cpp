// The classes of a map of values per comune: round breaks, never two equal
// and never one at the largest value, fewer classes when values repeat.

#include "core/ui/mapclasses.h"

#include <QTest>

class TestMapClasses : public QObject {
    Q_OBJECT
private slots:
    void breaks_data();
    void breaks();
};

void TestMapClasses::breaks_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("nothing") << QList<double> {} << QList<double> {};
    QTest::newRow("zeros only") << QList<double> { 0, 0, 0 } << QList<double> {};
    QTest::newRow("all equal: one class, not 2.632 – 2.632")
        << QList<double> { 2632, 2632, 2632, 2632, 2632 } << QList<double> {};
    QTest::newRow("ten values, round breaks")
        << QList<double> { 120, 143.7, 145.2, 380, 912, 1480, 2632, 4100, 7300, 15000 }
        << QList<double> { 150, 910, 2600, 7300 };
    QTest::newRow("close values do not make equal breaks")
        << QList<double> { 142, 143, 144, 145, 146, 147, 148, 149, 150, 900 } << QList<double> { 150 };
    QTest::newRow("small values keep two digits")
        << QList<double> { 0.011, 0.023, 0.047, 0.061, 0.089, 0.12 } << QList<double> { 0.023, 0.047, 0.061, 0.089 };
    QTest::newRow("zeros are no class") << QList<double> { 0, 0, 10, 20, 30, 40, 50 }
                                        << QList<double> { 20, 30, 40 };
    QTest::newRow("a rounded break with nothing below it is dropped")
        << QList<double> { 2632, 2632, 2632, 2632, 2700 } << QList<double> {};
}

void TestMapClasses::breaks()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, expected);
    const QList<double> got = core::mapClassBreaks(values);
    QCOMPARE(got.size(), expected.size());
    for (int i = 0; i < got.size(); ++i)
        QVERIFY2(qFuzzyCompare(got.at(i), expected.at(i)), qPrintable(QString::number(got.at(i))));
    for (int i = 1; i < got.size(); ++i)
        QVERIFY(got.at(i) > got.at(i - 1));
}

QTEST_GUILESS_MAIN(TestMapClasses)
#include "tst_mapclasses.moc"
