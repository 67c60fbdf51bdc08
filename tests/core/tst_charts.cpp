// Chart axes on paper and on screen: round, distinct ticks for any range
// (an empty chart once showed "1, 0, 0, 0, 0, 0"), numbers written with the
// language's thousands separators ("12.000"), and paper text that prints
// at a readable size.

#include "core/reporting/niceaxis.h"
#include "core/reporting/reportchartpainter.h"
#include "core/ui/chartaxis.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsTextItem>
#include <QTest>
#include <QValueAxis>

using namespace core;

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy)); }
    void niceTicks_data();
    void niceTicks();
    void ticksAreDistinctAndCoverTheValues_data();
    void ticksAreDistinctAndCoverTheValues();
    void paperLabelsHaveThousandsSeparators();
    void screenAxisHasThousandsSeparators();
    void emptyScreenAxisIsZeroToOne();
    void emptyPaperChartDrawsNoAxis();
};

void TestCharts::niceTicks_data()
{
    QTest::addColumn<double>("maxValue");
    QTest::addColumn<bool>("integers");
    QTest::addColumn<QStringList>("labels");
    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' ')); };
    QTest::newRow("empty") << 0.0 << false << l("0,0 0,2 0,4 0,6 0,8 1,0");
    QTest::newRow("empty count") << 0.0 << true << l("0 1");
    QTest::newRow("negative") << -3.0 << true << l("0 1");
    QTest::newRow("one count") << 1.0 << true << l("0 1");
    QTest::newRow("three counts") << 3.0 << true << l("0 1 2 3");
    QTest::newRow("seven counts") << 7.0 << true << l("0 2 4 6 8");
    QTest::newRow("small") << 0.3 << false << l("0,0 0,1 0,2 0,3");
    QTest::newRow("quarter") << 1.1 << false << l("0,00 0,25 0,50 0,75 1,00 1,25");
    QTest::newRow("ten") << 10.0 << false << l("0 2 4 6 8 10");
    QTest::newRow("twelve") << 12.0 << true << l("0 5 10 15");
    QTest::newRow("hundred and one") << 101.0 << true << l("0 25 50 75 100 125");
    QTest::newRow("thousands") << 21476.0 << false << l("0 5.000 10.000 15.000 20.000 25.000");
    QTest::newRow("millions") << 3.2e6 << true << l("0 1.000.000 2.000.000 3.000.000 4.000.000");
}

void TestCharts::niceTicks()
{
    QFETCH(double, maxValue);
    QFETCH(bool, integers);
    QFETCH(QStringList, labels);
    const NiceAxis axis = niceAxis(maxValue, 5, integers);
    QStringList got;
    for (int i = 0; i <= axis.intervals(); ++i)
        got.append(niceAxisLabel(axis.tick(i), axis, QLocale(QLocale::Italian, QLocale::Italy)));
    QCOMPARE(got, labels);
}

void TestCharts::ticksAreDistinctAndCoverTheValues_data()
{
    QTest::addColumn<bool>("integers");
    QTest::newRow("values") << false;
    QTest::newRow("counts") << true;
}

void TestCharts::ticksAreDistinctAndCoverTheValues()
{
    QFETCH(bool, integers);
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    for (double maxValue : { 0.0, 0.004, 0.07, 0.5, 0.99, 1.0, 2.0, 2.6, 9.99, 13.0, 49.0, 250.0, 999.0, 1001.0,
             7321.5, 123456.0 }) {
        const NiceAxis axis = niceAxis(maxValue, 5, integers);
        QVERIFY(axis.top >= maxValue);
        QVERIFY(axis.intervals() >= 1 && axis.intervals() <= 5);
        if (integers)
            QVERIFY2(axis.step >= 1 && axis.step == std::round(axis.step), qPrintable(QString::number(maxValue)));
        QStringList labels;
        for (int i = 0; i <= axis.intervals(); ++i)
            labels.append(niceAxisLabel(axis.tick(i), axis, italian));
        QVERIFY2(labels.removeDuplicates() == 0, qPrintable(QString::number(maxValue) + QLatin1Char(' ') + labels.join(' ')));
    }
}

void TestCharts::paperLabelsHaveThousandsSeparators()
{
    // Even from a locale told to leave them out.
    QLocale locale(QLocale::Italian, QLocale::Italy);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    const NiceAxis axis = niceAxis(14740, 5, true);
    QCOMPARE(niceAxisLabel(axis.top, axis, locale), QStringLiteral("15.000"));
}

namespace {
QStringList axisTexts(QChartView &view)
{
    QStringList texts;
    for (QGraphicsItem *item : view.scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            if (text->isVisible())
                texts.append(text->toPlainText());
    return texts;
}

QChartView *showChart(double value)
{
    auto *chart = new QChart;
    localizeChartNumbers(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto *set = new QBarSet(QStringLiteral("consegne"));
    *set << value;
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *axis = new QValueAxis;
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    setNiceRange(axis, value, true);
    auto *view = new QChartView(chart);
    view->resize(600, 400);
    view->show();
    return view;
}
} // namespace

void TestCharts::screenAxisHasThousandsSeparators()
{
    std::unique_ptr<QChartView> view(showChart(14740));
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTRY_VERIFY2(axisTexts(*view).contains(QStringLiteral("15.000")), qPrintable(axisTexts(*view).join(' ')));
    QVERIFY(axisTexts(*view).contains(QStringLiteral("5.000")));
    QVERIFY(!axisTexts(*view).contains(QStringLiteral("5000")));
}

void TestCharts::emptyScreenAxisIsZeroToOne()
{
    std::unique_ptr<QChartView> view(showChart(0));
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
    QTRY_VERIFY(axisTexts(*view).contains(QStringLiteral("1")));
    QStringList texts = axisTexts(*view);
    texts.removeAll(QString()); // the chart's and the axis' empty titles
    texts.removeAll(QStringLiteral("consegne")); // the legend
    texts.sort();
    QCOMPARE(texts, QStringList({ QStringLiteral("0"), QStringLiteral("1") }));
}

void TestCharts::emptyPaperChartDrawsNoAxis()
{
    // No bars and no grid: only text (grey) on white, nothing of the grid's
    // light grey lines or of the bars' colours.
    ReportChart chart;
    chart.categories = { QStringLiteral("gen"), QStringLiteral("feb") };
    chart.series = { { QStringLiteral("consegne"), { 0, 0 } } };
    const QImage image = paintReportChart(chart, QSize(900, 450));
    const QColor grid(0xdd, 0xdd, 0xdd);
    const QColor bar(0x1f, 0x5f, 0x99);
    int textPixels = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            QVERIFY(c != grid && c != bar && c != Qt::black);
            textPixels += c != Qt::white;
        }
    QVERIFY(textPixels > 0); // "Nessun dato"
}

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
