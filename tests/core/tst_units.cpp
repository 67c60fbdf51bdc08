#include "core/domain/units.h"

#include <QTest>

#include <limits>

using namespace core;

// kg are written from integer grams by integer arithmetic: exact in files,
// rounded half away from zero on screen and paper. Each case below printed
// differently when kg went through a double.
class TestUnits : public QObject {
    Q_OBJECT
private slots:
    void exactForFiles_data();
    void exactForFiles();
    void roundedForPeople_data();
    void roundedForPeople();
    void fullKeepsEveryGram_data();
    void fullKeepsEveryGram();
    void formatKgDropsZeroDecimals_data();
    void formatKgDropsZeroDecimals();
    void refusesWeightsBeyondGrams_data();
    void refusesWeightsBeyondGrams();
};

namespace {
const QLocale italian(QLocale::Italian, QLocale::Italy);
constexpr qint64 maxGrams = std::numeric_limits<qint64>::max();
constexpr qint64 minGrams = std::numeric_limits<qint64>::min();
} // namespace

void TestUnits::exactForFiles_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("spreadsheet");
    QTest::newRow("32205850 g") << qint64(32205850) << "32205.85" << "32205,85";
    QTest::newRow("3815550 g") << qint64(3815550) << "3815.55" << "3815,55";
    QTest::newRow("zero") << qint64(0) << "0" << "0";
    QTest::newRow("whole kg") << qint64(1000) << "1" << "1";
    QTest::newRow("1 g") << qint64(1) << "0.001" << "0,001";
    QTest::newRow("10 g") << qint64(10) << "0.01" << "0,01";
    QTest::newRow("negative") << qint64(-1500) << "-1.5" << "-1,5";
    QTest::newRow("-1 g") << qint64(-1) << "-0.001" << "-0,001";
    QTest::newRow("above 2^53") << qint64(9007199254740993) << "9007199254740.993" << "9007199254740,993";
    QTest::newRow("INT64_MAX") << maxGrams << "9223372036854775.807" << "9223372036854775,807";
    QTest::newRow("INT64_MIN") << minGrams << "-9223372036854775.808" << "-9223372036854775,808";
}

void TestUnits::exactForFiles()
{
    QFETCH(qint64, grams);
    QFETCH(QString, machine);
    QFETCH(QString, spreadsheet);
    QCOMPARE(kgExact(grams), machine);
    QCOMPARE(kgExact(grams, QLatin1Char(',')), spreadsheet);
}

void TestUnits::roundedForPeople_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("text");
    QTest::newRow("32205850 g, 1 decimal: half up") << qint64(32205850) << 1 << "32.205,9";
    QTest::newRow("32205850 g, 3 decimals") << qint64(32205850) << 3 << "32.205,850";
    QTest::newRow("3815550 g, 1 decimal: half up") << qint64(3815550) << 1 << "3.815,6";
    QTest::newRow("3815550 g, 3 decimals") << qint64(3815550) << 3 << "3.815,550";
    QTest::newRow("1234549 g, 1 decimal: below half") << qint64(1234549) << 1 << "1.234,5";
    QTest::newRow("2500 g, 0 decimals: half up") << qint64(2500) << 0 << "3";
    QTest::newRow("zero") << qint64(0) << 1 << "0,0";
    QTest::newRow("1 g, 1 decimal") << qint64(1) << 1 << "0,0";
    QTest::newRow("1 g, 3 decimals") << qint64(1) << 3 << "0,001";
    QTest::newRow("50 g, 1 decimal") << qint64(50) << 1 << "0,1";
    QTest::newRow("negative, half away from zero") << qint64(-3815550) << 1 << "-3.815,6";
    QTest::newRow("negative, 3 decimals") << qint64(-1) << 3 << "-0,001";
    QTest::newRow("negative rounding to zero has no sign") << qint64(-1) << 1 << "0,0";
    QTest::newRow("INT64_MAX, 1 decimal") << maxGrams << 1 << "9.223.372.036.854.775,8";
    QTest::newRow("INT64_MAX, 3 decimals") << maxGrams << 3 << "9.223.372.036.854.775,807";
    QTest::newRow("INT64_MIN, 0 decimals") << minGrams << 0 << "-9.223.372.036.854.776";
}

void TestUnits::roundedForPeople()
{
    QFETCH(qint64, grams);
    QFETCH(int, decimals);
    QFETCH(QString, text);
    QCOMPARE(kgRounded(grams, italian, decimals), text);
}

void TestUnits::fullKeepsEveryGram_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("text");
    QTest::newRow("32205850 g") << qint64(32205850) << "32.205,85";
    QTest::newRow("whole") << qint64(12000) << "12";
    QTest::newRow("tenths") << qint64(12500) << "12,5";
    QTest::newRow("1 g") << qint64(1) << "0,001";
    QTest::newRow("negative") << qint64(-3815550) << "-3.815,55";
    QTest::newRow("INT64_MAX") << maxGrams << "9.223.372.036.854.775,807";
}

void TestUnits::fullKeepsEveryGram()
{
    QFETCH(qint64, grams);
    QFETCH(QString, text);
    QCOMPARE(kgFull(grams, italian), text);
}

void TestUnits::formatKgDropsZeroDecimals_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(71883000) << "71.883 kg";
    QTest::newRow("half") << qint64(12500) << "12,5 kg";
    QTest::newRow("rounds to whole") << qint64(12960) << "13 kg";
    QTest::newRow("half up") << qint64(32205850) << "32.205,9 kg";
}

void TestUnits::formatKgDropsZeroDecimals()
{
    QFETCH(qint64, grams);
    QFETCH(QString, text);
    QCOMPARE(formatKg(grams, italian), text);
}

void TestUnits::refusesWeightsBeyondGrams_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("grams");
    QTest::newRow("ordinary") << "32.205,85" << qint64(32205850);
    QTest::newRow("a million tonnes and a half kg") << "1.000.000.000,5" << qint64(1000000000500);
    QTest::newRow("beyond int64 grams") << "10.000.000.000.000.000" << qint64(-1);
    QTest::newRow("1e19 kg") << "10000000000000000000" << qint64(-1);
}

void TestUnits::refusesWeightsBeyondGrams()
{
    QFETCH(QString, text);
    QFETCH(qint64, grams);
    QCOMPARE(parseKgToGrams(text, italian), grams);
}

QTEST_APPLESS_MAIN(TestUnits)
#include "tst_units.moc"
