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
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void csvKgAreExact_data();
    void csvKgAreExact();
    void paperKgAreRoundedHalfUp();
    void htmlCarriesHeadingFiguresAndEscapes();
    void rendersPagesWithHeaderAndFooter();
    void pdfIsWrittenAtomically();
    void chartIsDrawn();
    void requestValidation_data();
    void requestValidation();
    void aColumnTheSameInEveryRowIsSaidOnce_data();
    void aColumnTheSameInEveryRowIsSaidOnce();
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

namespace {

// A donor, a count that can be negative (days_left), kg, and a label in a
// numeric column.
ReportDocument donorDocument(const QString &donor, const QVariant &daysLeft, qint64 grams)
{
    ReportDocument doc;
    doc.name = "donors";
    doc.title = "Donatori";
    ReportTable table;
    table.columns = { { "donor", "Donatore" }, { "days_left", "Giorni", ColumnKind::Integer },
        { "kg", "Kg", ColumnKind::Grams, 1 } };
    table.rows.append({ donor, daysLeft, grams });
    doc.addTable(table);
    return doc;
}

QString csvDataLine(const ReportDocument &doc, CsvFlavor flavor)
{
    const QString text = QString::fromUtf8(reportToCsv(doc, flavor, QLocale(QLocale::Italian, QLocale::Italy)));
    return text.section(QStringLiteral("\r\n"), 1, 1);
}

} // namespace

void TestReporting::csvNeutralisesFormulas_data()
{
    QTest::addColumn<int>("flavor");
    QTest::addColumn<QString>("donor");
    QTest::addColumn<QVariant>("daysLeft");
    QTest::addColumn<QString>("line"); // machine CSV; the spreadsheet one has ';' and ','
    const struct {
        const char *name;
        QString donor;
        QString written;
    } donors[] = {
        { "HYPERLINK", "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
        { "DDE", "+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"" },
        { "minus", "-1+1", "\"'-1+1\"" },
        { "at", "@SUM(1+1)", "\"'@SUM(1+1)\"" },
        { "tab", "\t=1+1", "\"'\t=1+1\"" },
        { "carriage return", "\r=1+1", "\"'\r=1+1\"" },
        { "plain", "Banco Alimentare", "Banco Alimentare" },
    };
    for (const auto &d : donors) {
        QTest::addRow("machine, %s", d.name)
            << int(CsvFlavor::Machine) << d.donor << QVariant(qint64(-3)) << d.written + ",-3,1234.5";
        QTest::addRow("spreadsheet, %s", d.name)
            << int(CsvFlavor::Spreadsheet) << d.donor << QVariant(qint64(-3)) << d.written + ";-3;1234,5";
    }
    // A label in a numeric column is text: neutralised if it looks like one.
    QTest::addRow("machine, label in a number column")
        << int(CsvFlavor::Machine) << "Banco" << QVariant(QString("-")) << "Banco,\"'-\",1234.5";
    QTest::addRow("spreadsheet, label in a number column")
        << int(CsvFlavor::Spreadsheet) << "Banco" << QVariant(QString("=1")) << "Banco;\"'=1\";1234,5";
}

void TestReporting::csvNeutralisesFormulas()
{
    QFETCH(int, flavor);
    QFETCH(QString, donor);
    QFETCH(QVariant, daysLeft);
    QFETCH(QString, line);
    QCOMPARE(csvDataLine(donorDocument(donor, daysLeft, 1234500), CsvFlavor(flavor)), line);
}

void TestReporting::csvKgAreExact_data()
{
    QTest::addColumn<qint64>("grams");
    QTest::addColumn<QString>("machine");
    QTest::addColumn<QString>("spreadsheet");
    QTest::newRow("32205850 g") << qint64(32205850) << "32205.85" << "32205,85";
    QTest::newRow("3815550 g") << qint64(3815550) << "3815.55" << "3815,55";
    QTest::newRow("1 g") << qint64(1) << "0.001" << "0,001";
    QTest::newRow("whole") << qint64(71883000) << "71883" << "71883";
    QTest::newRow("negative") << qint64(-2500) << "-2.5" << "-2,5";
}

void TestReporting::csvKgAreExact()
{
    QFETCH(qint64, grams);
    QFETCH(QString, machine);
    QFETCH(QString, spreadsheet);
    const ReportDocument doc = donorDocument("Banco", qint64(1), grams);
    QCOMPARE(csvDataLine(doc, CsvFlavor::Machine), "Banco,1," + machine);
    QCOMPARE(csvDataLine(doc, CsvFlavor::Spreadsheet), "Banco;1;" + spreadsheet);
}

void TestReporting::paperKgAreRoundedHalfUp()
{
    ReportDocument doc = donorDocument("Banco", qint64(1), 32205850);
    const QString html = ReportHtmlWriter(QLocale(QLocale::Italian, QLocale::Italy)).write(doc);
    QVERIFY2(html.contains("32.205,9"), qPrintable(html)); // a double gave 32.205,8
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

// A register's constant column (one warehouse) goes among the parameters and
// off the page; a column that varies, or is empty, stays where it is.
void TestReporting::aColumnTheSameInEveryRowIsSaidOnce_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<bool>("lifted");
    QTest::newRow("one warehouse") << QStringList{ "Idroscalo", "Idroscalo", "Idroscalo" } << true;
    QTest::newRow("a single row") << QStringList{ "Idroscalo" } << true;
    QTest::newRow("two warehouses") << QStringList{ "Idroscalo", "Idroscalo", "Segrate" } << false;
    QTest::newRow("the last row differs") << QStringList{ "Idroscalo", "Idroscalo", "" } << false;
    QTest::newRow("always empty") << QStringList{ "", "" } << false;
    QTest::newRow("no rows") << QStringList{} << false;
}

void TestReporting::aColumnTheSameInEveryRowIsSaidOnce()
{
    QFETCH(QStringList, values);
    QFETCH(bool, lifted);
    core::ReportDocument doc;
    core::ReportTable table;
    table.columns = { { "item", "Articolo" }, { "location", "Ubicazione" } };
    for (const QString &v : values)
        table.rows.append({ "Pasta", v });
    QCOMPARE(doc.sayOnceIfSame(table, 1), lifted);
    QCOMPARE(table.columns.at(1).onPaper, !lifted);
    QCOMPARE(table.columns.at(0).onPaper, true);
    if (lifted)
        QCOMPARE(doc.parameters, (QList<QPair<QString, QString>>{ { "Ubicazione", values.constFirst() } }));
    else
        QVERIFY(doc.parameters.isEmpty());
    QCOMPARE(table.rows.size(), values.size()); // the CSV keeps every value
}

QTEST_MAIN(TestReporting)
#include "tst_reporting.moc"
