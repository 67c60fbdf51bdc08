#include "core/reporting/reportcatalog.h"
#include "core/reporting/reportchartpainter.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reporthtml.h"
#include "core/reporting/reportrenderer.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

ReportDocument sampleDocument(int rows)
{
    ReportDocument doc;
    doc.name = "sample";
    doc.title = "Distribuzioni per categoria";
    doc.operatorName = "Mario Rossi";
    doc.printedAt = QDateTime(QDate(2021, 3, 19), QTime(10, 30));
    doc.parameters = { { "Periodo", "01/12/2020 - 19/03/2021" } };
    ReportTable table;
    table.columns = { { "category", "Categoria" },
                      { "kg", "Kg", ColumnKind::Grams, 1 },
                      { "distributions", "Distribuzioni", ColumnKind::Integer },
                      { "day", "Giorno", ColumnKind::Date },
                      { "share", "Quota", ColumnKind::Percent, 1 } };
    for (int i = 0; i < rows; ++i)
        table.rows.append({ QString("Cat, \"%1\"").arg(i), qint64(1234500 + i), 1474 + i, QDate(2021, 3, 19), 0.253 });
    table.totals = { "Totale", qint64(250468000), 1474, QVariant(), 1.0 };
    doc.addParagraph("Dati calcolati dalle registrazioni.");
    doc.addTable(table);
    ReportChart chart;
    chart.title = "Kg per categoria";
    chart.categories = { "Bevande", "Formaggi e latticini" };
    chart.series = { { "kg", { 71883, 81814 } } };
    doc.addChart(chart, 120);
    doc.addSignatures({ "Il mittente", "Il destinatario" });
    return doc;
}

} // namespace

class TestReporting : public QObject {
    Q_OBJECT
private slots:
    void machineCsv();
    void spreadsheetCsv();
    void htmlCarriesHeadingFiguresAndEscapes();
    void rendersPagesWithHeaderAndFooter();
    void pdfIsWrittenAtomically();
    void chartIsDrawn();
    void requestValidation_data();
    void requestValidation();
};

void TestReporting::machineCsv()
{
    const QByteArray csv = reportToCsv(sampleDocument(1), CsvFlavor::Machine);
    QCOMPARE(csv, QByteArray("category,kg,distributions,day,share\r\n"
                             "\"Cat, \"\"0\"\"\",1234.5,1474,2021-03-19,25.3\r\n"));
}

void TestReporting::spreadsheetCsv()
{
    const QByteArray csv = reportToCsv(sampleDocument(1), CsvFlavor::Spreadsheet, QLocale(QLocale::Italian, QLocale::Italy));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(csv.mid(3));
    QCOMPARE(text, QString("Categoria;Kg;Distribuzioni;Giorno;Quota\r\n"
                           "\"Cat, \"\"0\"\"\";1234,5;1474;19/03/2021;25,3%\r\n"));
}

void TestReporting::htmlCarriesHeadingFiguresAndEscapes()
{
    ReportDocument doc = sampleDocument(2);
    doc.addParagraph("<script>x</script>");
    const QString html = ReportHtmlWriter(QLocale(QLocale::Italian, QLocale::Italy)).write(doc);
    QVERIFY(html.contains("CCV-MI"));
    QVERIFY(html.contains("Distribuzioni per categoria"));
    QVERIFY(html.contains("01/12/2020 - 19/03/2021"));
    QVERIFY(html.contains("250.468,0")); // totals in kg, Italian format
    QVERIFY(html.contains("1.234,5"));
    QVERIFY(html.contains("Mario Rossi"));
    QVERIFY(html.contains("&lt;script&gt;"));
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("Il destinatario"));
}

void TestReporting::rendersPagesWithHeaderAndFooter()
{
    const ReportRenderer small(sampleDocument(3), QLocale(QLocale::Italian, QLocale::Italy));
    const QList<QImage> one = small.renderPages(50);
    QCOMPARE(one.size(), 1);
    const ReportRenderer big(sampleDocument(160), QLocale(QLocale::Italian, QLocale::Italy));
    const QList<QImage> pages = big.renderPages(50);
    QVERIFY(pages.size() >= 3);
    // Every page has ink in its header band and its footer band.
    for (const QImage &page : pages) {
        auto inkIn = [&](int y0, int y1) {
            for (int y = y0; y < y1; ++y)
                for (int x = 0; x < page.width(); x += 2)
                    if (qGray(page.pixel(x, y)) < 160)
                        return true;
            return false;
        };
        const int h = page.height();
        QVERIFY(inkIn(int(h * 0.035), int(h * 0.07)));
        QVERIFY(inkIn(int(h * 0.93), int(h * 0.97)));
    }
}

void TestReporting::pdfIsWrittenAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("r.pdf");
    QVERIFY(ReportRenderer(sampleDocument(40)).writePdf(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray pdf = f.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 5000);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{ "r.pdf" }); // no temporary left
    const Status bad = ReportRenderer(sampleDocument(1)).writePdf(dir.filePath("missing/dir/r.pdf"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, QString("file.cannot_write"));
}

void TestReporting::chartIsDrawn()
{
    ReportChart chart;
    chart.categories = { "a", "b", "c" };
    chart.series = { { "s", { 10, 40, 20 } } };
    const QImage image = paintReportChart(chart, QSize(600, 300));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3) {
            const QColor c = image.pixelColor(x, y);
            if (c.saturation() > 100)
                ++coloured;
        }
    QVERIFY(coloured > 500); // bars are drawn
    const QString html = ReportRenderer(sampleDocument(1)).standaloneHtml();
    QVERIFY(html.contains("data:image/png;base64,"));
}

void TestReporting::requestValidation_data()
{
    QTest::addColumn<int>("required");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("by");
    QTest::addColumn<QString>("code");
    const QDate a(2021, 1, 1), b(2021, 3, 19);
    QTest::newRow("ok") << int(ReportDefinition::Period) << a << b << "" << "";
    QTest::newRow("missing from") << int(ReportDefinition::Period) << QDate() << b << "" << "report.missing_from";
    QTest::newRow("missing to") << int(ReportDefinition::Period) << a << QDate() << "" << "report.missing_to";
    QTest::newRow("reversed") << int(ReportDefinition::None) << b << a << "" << "report.bad_period";
    QTest::newRow("bad grouping") << int(ReportDefinition::None) << a << b << "week" << "report.bad_by";
    QTest::newRow("good grouping") << int(ReportDefinition::By) << a << b << "month" << "";
    QTest::newRow("grouping required") << int(ReportDefinition::By) << a << b << "" << "report.bad_by";
}

void TestReporting::requestValidation()
{
    QFETCH(int, required);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, by);
    QFETCH(QString, code);
    ReportDefinition d;
    d.name = "x";
    d.parameters = ReportDefinition::Period | ReportDefinition::By;
    d.required = required;
    d.byChoices = { "month", "service" };
    ReportRequest r;
    r.from = from;
    r.to = to;
    r.by = by;
    const Status s = validateReportRequest(d, r);
    QCOMPARE(s.ok() ? QString() : s.error().code, code);
}

QTEST_MAIN(TestReporting)
#include "tst_reporting.moc"
