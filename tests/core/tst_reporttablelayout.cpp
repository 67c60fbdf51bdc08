// The printed table layout: values that must not break stay on one line,
// text wraps between words only, a table too wide shrinks its print and then
// turns the page, rows never cross a page and the header row is on every page.
#include "core/reporting/cellformat.h"
#include "core/reporting/reportpaginator.h"
#include "core/reporting/reportrenderer.h"
#include "core/reporting/reporttablelayout.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QSet>
#include <QTest>

using namespace core;

namespace {

const QLocale italian(QLocale::Italian, QLocale::Italy);

QImage device(int dpi)
{
    QImage image(10, 10, QImage::Format_RGB32);
    const int dotsPerMeter = int(std::round(dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    return image;
}

double mm(double millimetres, int dpi)
{
    return millimetres * dpi / 25.4;
}

// A free-text column next to the value under test.
ReportTable valueTable(ColumnKind kind, int decimals, const QVariant &value)
{
    ReportTable table;
    table.columns = { { "notes", "Note" }, { "value", "Valore", kind, decimals } };
    table.rows.append({ QString("Consegna effettuata al punto di raccolta del comune dopo la telefonata del referente"),
                        value });
    return table;
}

// Every line of a cell is as printed: within its room, and the lines put
// back together give the text (nothing cut inside a word).
void verifyCell(const QStringList &lines, const QString &text, bool unbreakable, double room, const QFont &font,
                QPaintDevice *on)
{
    const QFontMetricsF metrics(font, on);
    for (const QString &line : lines)
        QVERIFY2(metrics.horizontalAdvance(line) <= room + 0.05,
                 qPrintable(QString("«%1» is wider than its cell").arg(line)));
    QCOMPARE(lines.join(' ').simplified(), QString(text).replace('\n', ' ').simplified());
    if (unbreakable)
        QCOMPARE(lines.size(), text.count('\n') + 1);
}

ReportDocument longDocument(int rows)
{
    ReportDocument doc;
    doc.name = "long";
    doc.title = "Registro";
    doc.printedAt = QDateTime(QDate(2021, 3, 19), QTime(10, 30));
    ReportTable table;
    table.columns = { { "day", "Giorno", ColumnKind::Date }, { "what", "Descrizione" },
                      { "kg", "Kg", ColumnKind::Grams, 1 } };
    for (int i = 0; i < rows; ++i)
        table.rows.append({ QDate(2021, 3, 1).addDays(i % 28),
                            i % 7 == 0 ? QVariant(QString("Riga lunga che va a capo tra le parole, numero %1, con "
                                                          "altre parole per occupare due o tre righe della colonna")
                                                      .arg(i))
                                       : QVariant(QString("Riga %1").arg(i)),
                            qint64(1000 * i) });
    table.totals = { "Totale", QVariant(), qint64(123456789) };
    doc.addHeading("Movimenti");
    doc.addTable(table);
    return doc;
}

} // namespace

class TestReportTableLayout : public QObject {
    Q_OBJECT
private slots:
    void piecesKeepNumbersTogether_data();
    void piecesKeepNumbersTogether();
    void valuesNeverWrap_data();
    void valuesNeverWrap();
    void textWrapsBetweenWordsOnly();
    void headerWordsDoNotBreak();
    void tooWideShrinksThePrint();
    void tooWideForPortraitTurnsThePage();
    void headerOnEveryPageAndRowsWhole();
    void totalsStayWithTheLastRow();
    void headingStaysWithWhatFollows();
    void sectionsCountTheirOwnPages();
    void columnWidthsFollowContent();
    void aColumnMayKeepItsTextOnOneLine();
    void aListOfCodesWrapsOnlyBetweenThem();
    void totalsLabelRunsOverEmptyCells();
    void browserHtmlKeepsValuesTogether();
};

void TestReportTableLayout::piecesKeepNumbersTogether_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("pieces");
    QTest::newRow("quantity") << "34 kg richiesti" << QStringList { "34 kg", "richiesti" };
    QTest::newRow("phone") << "02 8846 2255" << QStringList { "02 8846 2255" };
    QTest::newRow("phone after a label") << "tel. +39 335 79.09.412" << QStringList { "tel.", "+39 335 79.09.412" };
    QTest::newRow("period") << "01/12/2020 - 19/03/2021" << QStringList { "01/12/2020 - 19/03/2021" };
    QTest::newRow("e-mail") << "protocollo@pec.comune.milano.it" << QStringList { "protocollo@pec.comune.milano.it" };
    QTest::newRow("words") << "Magazzino Idroscalo" << QStringList { "Magazzino", "Idroscalo" };
    QTest::newRow("indent kept") << "  · lotto L21049B" << QStringList { "  · lotto", "L21049B" };
}

void TestReportTableLayout::piecesKeepNumbersTogether()
{
    QFETCH(QString, text);
    QFETCH(QStringList, pieces);
    QCOMPARE(unbreakablePieces(text), pieces);
}

void TestReportTableLayout::valuesNeverWrap_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("printed");
    QTest::newRow("long lot code") << int(ColumnKind::Text) << 0 << QVariant("L2104998765432B") << "L2104998765432B";
    QTest::newRow("codice fiscale") << int(ColumnKind::Text) << 0 << QVariant("RSSMRA80A01F205X") << "RSSMRA80A01F205X";
    QTest::newRow("phone with spaces") << int(ColumnKind::Text) << 0 << QVariant("+39 02 8846 2255") << "+39 02 8846 2255";
    QTest::newRow("PEC") << int(ColumnKind::Text) << 0 << QVariant("comune.sangiulianomilanese@cert.legalmail.it")
                         << "comune.sangiulianomilanese@cert.legalmail.it";
    QTest::newRow("thousands") << int(ColumnKind::Grams) << 1 << QVariant(qint64(21476012)) << "21.476,0";
    QTest::newRow("decimal") << int(ColumnKind::Decimal) << 1 << QVariant(2631.5) << "2.631,5";
    QTest::newRow("integer") << int(ColumnKind::Integer) << 0 << QVariant(qint64(1099511631324)) << "1.099.511.631.324";
    QTest::newRow("date") << int(ColumnKind::Date) << 0 << QVariant(QDate(2021, 3, 1)) << "01/03/2021";
    QTest::newRow("date-time") << int(ColumnKind::DateTime) << 0
                               << QVariant(QDateTime(QDate(2021, 3, 1), QTime(10, 30))) << "01/03/2021 10:30";
}

void TestReportTableLayout::valuesNeverWrap()
{
    QFETCH(int, kind);
    QFETCH(int, decimals);
    QFETCH(QVariant, value);
    QFETCH(QString, printed);
    QImage on = device(150);
    // Narrow: the notes must wrap to leave the value its room.
    const TableLayout layout = layOutTable(valueTable(ColumnKind(kind), decimals, value), italian, mm(80, 150), &on);
    QVERIFY(layout.fits);
    const TableCellLayout &cell = layout.rows.at(0).cells.at(1);
    QCOMPARE(cell.text, printed);
    QVERIFY(cell.unbreakable);
    QCOMPARE(cell.lines, QStringList { printed });
    verifyCell(cell.lines, cell.text, true, layout.widths.at(1) - 2 * layout.paddingX,
               reportTableFont(layout.fontPt), &on);
    QVERIFY(layout.rows.at(0).cells.at(0).lines.size() > 1); // the text gave way
}

void TestReportTableLayout::textWrapsBetweenWordsOnly()
{
    QImage on = device(150);
    const TableLayout layout = layOutTable(valueTable(ColumnKind::Integer, 0, 12), italian, mm(40, 150), &on);
    const TableCellLayout &cell = layout.rows.at(0).cells.at(0);
    QVERIFY(!cell.unbreakable);
    QVERIFY(cell.lines.size() > 2);
    verifyCell(cell.lines, cell.text, false, layout.widths.at(0) - 2 * layout.paddingX, reportTableFont(layout.fontPt), &on);
}

void TestReportTableLayout::headerWordsDoNotBreak()
{
    QImage on = device(150);
    ReportTable table;
    table.columns = { { "a", "Movimento di magazzino", ColumnKind::Text }, { "b", "Peso netto in chilogrammi", ColumnKind::Grams, 1 } };
    table.rows.append({ "x", qint64(1000) });
    const TableLayout layout = layOutTable(table, italian, mm(45, 150), &on);
    for (int c = 0; c < 2; ++c)
        verifyCell(layout.header.cells.at(c).lines, table.columns.at(c).title, false,
                   layout.widths.at(c) - 2 * layout.paddingX, reportTableFont(layout.fontPt, true), &on);
    QVERIFY(layout.header.cells.at(1).lines.size() > 1); // wraps between its words
}

void TestReportTableLayout::tooWideShrinksThePrint()
{
    QImage on = device(150);
    ReportTable table;
    for (int c = 0; c < 6; ++c)
        table.columns.append({ QString("c%1").arg(c), "N.", ColumnKind::Text });
    table.rows.append({ "RSSMRA80A01F205X", "RSSMRA80A01F205X", "RSSMRA80A01F205X", "RSSMRA80A01F205X",
                        "RSSMRA80A01F205X", "RSSMRA80A01F205X" });
    // Measure the width the codes need at 8 pt, then offer a little less.
    const TableLayout roomy = layOutTable(table, italian, mm(400, 150), &on);
    QCOMPARE(roomy.fontPt, 8.0);
    double needed = 0;
    const QFontMetricsF metrics(reportTableFont(8), &on);
    for (int c = 0; c < 6; ++c)
        needed += metrics.horizontalAdvance("RSSMRA80A01F205X") + 2 * roomy.paddingX;
    const TableLayout tight = layOutTable(table, italian, needed * 0.92, &on);
    QVERIFY(tight.fits);
    QVERIFY(tight.fontPt < 8.0);
    QVERIFY(tight.fontPt >= 7.0);
    for (const TableCellLayout &cell : tight.rows.at(0).cells)
        QCOMPARE(cell.lines.size(), 1);
    const TableLayout tooTight = layOutTable(table, italian, needed * 0.6, &on);
    QVERIFY(!tooTight.fits);
    QCOMPARE(tooTight.fontPt, 7.0);
}

void TestReportTableLayout::tooWideForPortraitTurnsThePage()
{
    ReportDocument doc;
    doc.title = "Contatti";
    ReportTable table;
    for (int c = 0; c < 3; ++c)
        table.columns.append({ QString("c%1").arg(c), "PEC", ColumnKind::Text });
    table.rows.append({ "protocollo@pec.comune.milano.it", "protocollo@pec.comune.milano.it",
                        "protocollo@pec.comune.milano.it" });
    doc.addTable(table);
    QCOMPARE(ReportRenderer(doc, italian).pageLayout().orientation(), QPageLayout::Portrait);
    for (int c = 0; c < 3; ++c)
        table.rows.first()[c] = "protocollo@pec.comune.sangiulianomilanese.mi.it";
    doc.blocks.first().table = table;
    ReportRenderer turned(doc, italian);
    QCOMPARE(turned.pageLayout().orientation(), QPageLayout::Landscape);
    const ReportLayoutModel model = turned.layoutReport(72);
    QVERIFY(model.landscape);
    for (const PlacedCell &cell : model.pages.first().cells)
        if (!cell.header)
            QCOMPARE(cell.lines.size(), 1);
}

void TestReportTableLayout::headerOnEveryPageAndRowsWhole()
{
    const ReportLayoutModel model = ReportRenderer(longDocument(300), italian).layoutReport(72);
    QVERIFY(model.pages.size() >= 3);
    QSet<int> rowsSeen;
    for (const ReportPageModel &page : model.pages) {
        QVERIFY(!page.cells.isEmpty());
        // The first row of every page is the header.
        QVERIFY(page.cells.first().header);
        double top = page.cells.first().rect.top();
        for (const PlacedCell &cell : page.cells) {
            QVERIFY(cell.rect.top() >= model.body.top() - 0.01);
            QVERIFY2(cell.rect.bottom() <= model.body.bottom() + 0.01, qPrintable(cell.text));
            QVERIFY(cell.rect.top() >= top - 0.01); // in order, nothing overlapping
            top = cell.rect.top();
            if (!cell.header && !cell.totals && cell.column == 0) {
                QVERIFY2(!rowsSeen.contains(cell.row), "a row on two pages");
                rowsSeen.insert(cell.row);
            }
        }
    }
    QCOMPARE(rowsSeen.size(), 300);
}

void TestReportTableLayout::totalsStayWithTheLastRow()
{
    // Fill the first page to the brim: however many rows, the totals row is
    // on the page of the last body row.
    for (int rows : { 40, 41, 42, 43, 44, 45, 46, 47, 48 }) {
        const ReportLayoutModel model = ReportRenderer(longDocument(rows), italian).layoutReport(72);
        const ReportPageModel &last = model.pages.last();
        bool lastRow = false, totals = false;
        for (const PlacedCell &cell : last.cells) {
            lastRow = lastRow || (cell.row == rows - 1 && !cell.header);
            totals = totals || cell.totals;
        }
        QVERIFY2(lastRow && totals, qPrintable(QString::number(rows)));
    }
}

void TestReportTableLayout::headingStaysWithWhatFollows()
{
    PageItem paragraph;
    paragraph.kind = PageItem::Kind::Flow;
    paragraph.breaks = { 0, 10, 20, 30, 40, 50, 60, 70, 80 };
    PageItem heading;
    heading.kind = PageItem::Kind::Flow;
    heading.breaks = { 0, 12 };
    heading.keepWithNext = true;
    PageItem table;
    table.kind = PageItem::Kind::Table;
    table.headerHeight = 8;
    table.rowHeights = { 6, 6, 6 };
    const QList<PaginatedPage> pages = paginate({ paragraph, heading, table }, 100);
    QCOMPARE(pages.size(), 2);
    QCOMPARE(pages.at(0).slices.size(), 1); // the paragraph alone
    QCOMPARE(pages.at(1).slices.size(), 1); // the heading, with the table
    QCOMPARE(pages.at(1).slices.first().item, 1);
    QCOMPARE(pages.at(1).rows.size(), 4);
    // A paragraph breaks between its lines, never through one.
    const QList<PaginatedPage> split = paginate({ paragraph, paragraph }, 100);
    QCOMPARE(split.size(), 2);
    QCOMPARE(split.at(0).slices.at(1).to, 20.0);
    QCOMPARE(split.at(1).slices.at(0).from, 20.0);
}

void TestReportTableLayout::sectionsCountTheirOwnPages()
{
    ReportDocument doc = longDocument(120); // more than a page
    doc.addSectionBreak();
    doc.addParagraph("Secondo documento");
    doc.addSectionBreak();
    doc.addParagraph("Terzo documento");
    doc.addPageBreak();
    doc.addParagraph("Terzo documento, seconda pagina");
    const ReportLayoutModel model = ReportRenderer(doc, italian).layoutReport(72);
    QList<QPair<int, int>> numbers;
    for (const ReportPageModel &page : model.pages)
        numbers.append({ page.number, page.count });
    const int first = int(model.pages.size()) - 3;
    QVERIFY(first >= 2);
    for (int p = 0; p < first; ++p)
        QCOMPARE(numbers.at(p), qMakePair(p + 1, first));
    QCOMPARE(numbers.at(first), qMakePair(1, 1));
    QCOMPARE(numbers.at(first + 1), qMakePair(1, 2));
    QCOMPARE(numbers.at(first + 2), qMakePair(2, 2));
}

void TestReportTableLayout::columnWidthsFollowContent()
{
    QImage on = device(150);
    ReportTable table;
    table.columns = { { "day", "Data", ColumnKind::Date }, { "kind", "Movimento" }, { "reason", "Causale" } };
    for (int i = 0; i < 20; ++i)
        table.rows.append({ QDate(2021, 2, 1), "Scarico",
                            "DDT 2021/0039 a Presidio ospedaliero di Vizzolo Predabissi - drive-in, consegna del mattino" });
    const TableLayout layout = layOutTable(table, italian, mm(120, 150), &on);
    const QFontMetricsF metrics(reportTableFont(layout.fontPt), &on);
    // A date column as wide as a date: the room goes to the text that wraps.
    QVERIFY(layout.widths.at(0) < metrics.horizontalAdvance("01/02/2021") + 2 * layout.paddingX + mm(2, 150));
    QVERIFY(layout.widths.at(2) > layout.widths.at(0) + layout.widths.at(1));
}

void TestReportTableLayout::aColumnMayKeepItsTextOnOneLine()
{
    QImage on = device(150);
    ReportTable table = valueTable(ColumnKind::Text, 0, "Protezione Civile Milano Nord");
    table.columns[1].wraps = false;
    const TableLayout layout = layOutTable(table, italian, mm(70, 150), &on);
    QVERIFY(layout.rows.at(0).cells.at(1).unbreakable);
    QCOMPARE(layout.rows.at(0).cells.at(1).lines.size(), 1);
    table.columns[1].wraps = true;
    QVERIFY(!layOutTable(table, italian, mm(70, 150), &on).rows.at(0).cells.at(1).unbreakable);
}

void TestReportTableLayout::aListOfCodesWrapsOnlyBetweenThem()
{
    // A deployment's vehicles: plates with spaces inside, in a column
    // squeezed by its neighbours, at every width from roomy to narrow.
    QImage on = device(150);
    const QString plates = "JE 273 XD, HA 960 JS, LM 511 HR";
    const QStringList codes = plates.split(", ");
    ReportTable table = valueTable(ColumnKind::Text, 0, plates);
    const auto cutsACode = [&](const QStringList &lines) {
        for (const QString &line : lines)
            for (const QString &piece : line.split(", ", Qt::SkipEmptyParts))
                if (!codes.contains(QString(piece).remove(',').replace(QChar(0x00A0), ' ').trimmed()))
                    return true;
        return false;
    };
    bool cutWithoutTheFlag = false;
    for (int widthMm = 24; widthMm <= 60; widthMm += 4) {
        table.columns[1].keepsItemsWhole = true;
        const QStringList lines = layOutTable(table, italian, mm(widthMm, 150), &on).rows.at(0).cells.at(1).lines;
        QVERIFY2(!cutsACode(lines), qPrintable(QString("%1 mm: %2").arg(widthMm).arg(lines.join(" | "))));
        table.columns[1].keepsItemsWhole = false;
        cutWithoutTheFlag = cutWithoutTheFlag
            || cutsACode(layOutTable(table, italian, mm(widthMm, 150), &on).rows.at(0).cells.at(1).lines);
    }
    QVERIFY(cutWithoutTheFlag); // the widths tried do squeeze the column
    // Off paper the value is the same text (no invisible characters in CSV or xlsx).
    table.columns[1].keepsItemsWhole = true;
    QCOMPARE(formatCellForPeople(plates, table.columns[1], italian), plates);
}

void TestReportTableLayout::totalsLabelRunsOverEmptyCells()
{
    QImage on = device(150);
    ReportTable table;
    table.columns = { { "day", "Data", ColumnKind::Date }, { "kind", "Tipo" }, { "kg", "Kg", ColumnKind::Grams, 1 } };
    table.rows.append({ QDate(2021, 2, 1), "Carico", qint64(1000) });
    table.totals = { "Totale: 1.616 movimenti del periodo", QVariant(), qint64(1000) };
    const TableLayout layout = layOutTable(table, italian, mm(60, 150), &on);
    QCOMPARE(layout.totals.cells.at(0).span, 2);
    QCOMPARE(layout.totals.cells.at(1).span, 0);
    // The date column stays as wide as a date, not as the label.
    const QFontMetricsF metrics(reportTableFont(layout.fontPt, true), &on);
    QVERIFY(layout.widths.at(0) < metrics.horizontalAdvance(table.totals.first().toString()));
}

void TestReportTableLayout::browserHtmlKeepsValuesTogether()
{
    ReportDocument doc;
    ReportTable table;
    table.columns = { { "name", "Comune" }, { "phone", "Telefono" } };
    table.rows.append(QVariantList { "San Giuliano Milanese", "+39 02 9824 1" });
    doc.addTable(table);
    const QString html = ReportRenderer(doc, italian).standaloneHtml();
    QVERIFY(html.contains("style=\"white-space: nowrap;\">+39 02 9824 1</td>"));
    QVERIFY(html.contains("<td align=\"left\">San Giuliano Milanese</td>"));
}

QTEST_MAIN(TestReportTableLayout)
#include "tst_reporttablelayout.moc"
