// Every report of the catalogue, built on the demo database and laid out on
// pages as it is printed: no value that must not break (number, date, code,
// phone, e-mail) wraps or overflows its cell, text wraps between words
// only, no row crosses a page break and every page of a table starts with
// its header row.
#include "moduleregistry.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "deliveries/domain/deliveryreports.h"
#include "stock/domain/stockreports.h"
#include "volunteers/domain/attestatodocument.h"
#include "volunteers/domain/attestatoregister.h"
#include "core/reporting/reportcatalog.h"
#include "core/reporting/reportrenderer.h"
#include "core/reporting/reporttablelayout.h"
#include "core/ui/module.h"
#include "support/demodatabase.h"

#include <QFontMetricsF>
#include <QSet>
#include <QTest>

namespace {

// Low resolution keeps the test quick; the layout is the same at any.
constexpr int dpi = 60;

const core::ReportCatalog &catalog()
{
    static const auto modules = createModules();
    static const core::ReportCatalog reports = createReportCatalog(modules);
    return reports;
}

core::ReportRequest requestFor(const core::ReportDefinition &definition)
{
    core::ReportRequest request;
    // A month of the demo's busiest season; a day with a full round of deliveries.
    request.from = QDate(2021, 2, 1);
    request.to = QDate(2021, 2, 28);
    request.at = QDate(2021, 1, 19);
    if (!definition.byChoices.isEmpty())
        request.by = definition.byChoices.contains(QStringLiteral("Milano")) ? QStringLiteral("Milano")
                                                                             : definition.byChoices.first();
    request.operatorName = QStringLiteral("Mario Rossi");
    request.now = QDateTime(QDate(2021, 3, 10), QTime(10, 0));
    request.locale = QLocale(QLocale::Italian, QLocale::Italy);
    return request;
}

// Every cell of every page: within the page body, after its table's
// header row, on one page only, within its cell, cut between words only,
// and on one line when it must not break.
void verifyLayout(const QString &name, const core::ReportDocument &document)
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const core::ReportLayoutModel model = core::ReportRenderer(document, italian).layoutReport(dpi);
    QVERIFY(!model.pages.isEmpty());

    QImage device(10, 10, QImage::Format_RGB32);
    device.setDotsPerMeterX(int(std::round(dpi / 0.0254)));
    device.setDotsPerMeterY(int(std::round(dpi / 0.0254)));
    QSet<QPair<int, int>> rowsSeen; // (table, row)
    int cells = 0;
    for (int p = 0; p < model.pages.size(); ++p) {
        const core::ReportPageModel &page = model.pages.at(p);
        QSet<int> tablesWithHeader;
        QPair<int, int> previousRow(-1, -2);
        for (const core::PlacedCell &cell : page.cells) {
            ++cells;
            const QString where = QStringLiteral("page %1, table %2, row %3, column %4: «%5»")
                                      .arg(p + 1).arg(cell.table).arg(cell.row).arg(cell.column).arg(cell.text);
            QVERIFY2(cell.fontPt >= 7.0, qPrintable(where));
            // The row lies on the page body, whole.
            QVERIFY2(cell.rect.top() >= model.body.top() - 0.01 && cell.rect.bottom() <= model.body.bottom() + 0.01,
                     qPrintable(where + QStringLiteral(" crosses the page")));
            if (cell.header)
                tablesWithHeader.insert(cell.table);
            else
                QVERIFY2(tablesWithHeader.contains(cell.table), qPrintable(where + QStringLiteral(" without header")));
            const QPair<int, int> row(cell.table, cell.row);
            if (!cell.header && row != previousRow) {
                QVERIFY2(!rowsSeen.contains(row), qPrintable(where + QStringLiteral(" on two pages")));
                rowsSeen.insert(row);
            }
            previousRow = row;
            // Within its cell, cut between words only, values on one line.
            const QFontMetricsF metrics(core::reportTableFont(cell.fontPt, cell.header || cell.totals), &device);
            for (const QString &line : cell.lines)
                QVERIFY2(metrics.horizontalAdvance(line) <= cell.textRect.width() + 0.05,
                         qPrintable(where + QStringLiteral(" overflows: «%1»").arg(line)));
            QCOMPARE(cell.lines.join(QLatin1Char(' ')).simplified(), QString(cell.text).replace(QLatin1Char('\n'), QLatin1Char(' ')).simplified());
            if (cell.unbreakable)
                QVERIFY2(cell.lines.size() == cell.text.count(QLatin1Char('\n')) + 1,
                         qPrintable(where + QStringLiteral(" is broken: ") + cell.lines.join(QStringLiteral("⏎"))));
        }
    }
    qInfo("%s: %d pages%s, %d cells", qPrintable(name), int(model.pages.size()),
          model.landscape ? " landscape" : "", cells);
}

} // namespace

class TestReportLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void everyReportHoldsItsColumns_data();
    void everyReportHoldsItsColumns();
    void everyPrintedDocumentHoldsItsColumns_data();
    void everyPrintedDocumentHoldsItsColumns();
    void deliveryNotesCountPagesPerNote();

private:
    QTemporaryDir m_dir;
    core::DbConnection m_connection;
};

void TestReportLayout::initTestCase()
{
    const QString path = copyOfDemoDatabase(m_dir);
    QVERIFY(!path.isEmpty());
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
}

void TestReportLayout::everyReportHoldsItsColumns_data()
{
    QTest::addColumn<QString>("report");
    for (const core::ReportDefinition &d : catalog().all())
        QTest::newRow(qPrintable(d.name)) << d.name;
}

void TestReportLayout::everyReportHoldsItsColumns()
{
    QFETCH(QString, report);
    const core::ReportDefinition *definition = catalog().find(report);
    QVERIFY(definition);
    const core::ReportRequest request = requestFor(*definition);
    QVERIFY(core::validateReportRequest(*definition, request).ok());
    auto document = definition->build(m_connection.db(), request);
    QVERIFY2(document.ok(), qPrintable(document.ok() ? QString() : document.error().code));
    verifyLayout(report, *document);
}

// The documents printed from the tabs rather than from the catalogue.
void TestReportLayout::everyPrintedDocumentHoldsItsColumns_data()
{
    QTest::addColumn<QString>("document");
    for (const char *name : { "donation-receipt", "count-sheet", "allocation-sheet", "attestato" })
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestReportLayout::everyPrintedDocumentHoldsItsColumns()
{
    QFETCH(QString, document);
    const QSqlDatabase db = m_connection.db();
    auto first = [&](const QString &sql) {
        auto q = core::runQuery(db, sql);
        return q && q->next() ? q->value(0).toLongLong() : qint64(0);
    };
    const core::ReportRequest request = requestFor(core::ReportDefinition());
    core::Result<core::ReportDocument> built = core::Error(QStringLiteral("test.unknown"));
    if (document == QLatin1String("donation-receipt")) {
        built = stock::StockReports::donationReceipt(
            db, first(QStringLiteral("SELECT id FROM stock_receipt WHERE donor_id IS NOT NULL ORDER BY id")), request);
    } else if (document == QLatin1String("count-sheet")) {
        built = stock::StockReports::countSheet(db, first(QStringLiteral("SELECT id FROM stock_count ORDER BY id")), request);
    } else if (document == QLatin1String("allocation-sheet")) {
        built = deliveries::DeliveryReports::allocationSheet(
            db, first(QStringLiteral("SELECT id FROM delivery_allocation ORDER BY id")), request);
    } else {
        const core::FixedClock clock(request.now);
        auto content = volunteers::AttestatoRegister(db, clock).content(
            first(QStringLiteral("SELECT id FROM attestato ORDER BY id")));
        QVERIFY(content.ok());
        built = volunteers::attestatoDocument(*content);
    }
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().code));
    verifyLayout(document, *built);
}

void TestReportLayout::deliveryNotesCountPagesPerNote()
{
    const core::ReportDefinition *definition = catalog().find(QStringLiteral("delivery-notes"));
    QVERIFY(definition);
    auto document = definition->build(m_connection.db(), requestFor(*definition));
    QVERIFY(document.ok());
    const core::ReportLayoutModel model = core::ReportRenderer(*document).layoutReport(dpi);
    QVERIFY(model.pages.size() > 10); // a full day's batch
    QSet<int> sections;
    for (const core::ReportPageModel &page : model.pages) {
        sections.insert(page.section);
        QVERIFY(page.number <= page.count);
        QVERIFY(page.count <= 2); // "Pagina 1 di 1", not "Pagina 1 di 29"
    }
    QVERIFY(sections.size() > 10);
}

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
