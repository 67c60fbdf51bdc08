#include "support/demodatabase.h"
#include "support/testclock.h"
#include "stockfixture.h"

#include "core/domain/csv.h"
#include "core/reporting/reportcsv.h"
#include "core/reporting/reportrenderer.h"
#include "stock/demo/stockdemo.h"
#include "stock/domain/stockqueries.h"
#include "stock/domain/stockreports.h"
#include "stock/domain/stockservice.h"

#include <QFile>
#include <QTemporaryDir>

using namespace stock;

// Report totals on a small database, and the demo database and the
// command line driven through the real program.
class TestStockReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void categoryTotalsAtDates();
    void movementsAndDonations();
    void demoHoldsThePublishedPeriod();
    void demoSupportsThePublishedDistributions_data();
    void demoSupportsThePublishedDistributions();
    void commandLineReports();
    void commandLineImport();
    void donorsNamedLikeFormulasStayText();

private:
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestStockReports::initTestCase()
{
    m_demo = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_demo.isEmpty());
}

void TestStockReports::categoryTotalsAtDates()
{
    StockFixture f;
    QVERIFY(f.setUp());
    f.receive(f.pasta, 20000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    f.receive(f.milk, 10, QDate(2021, 2, 10), QDate(2021, 3, 1));
    IssueRequest r;
    r.itemId = f.pasta;
    r.quantity = 5000;
    r.date = QDate(2021, 3, 1);
    QVERIFY(StockService(f.database.db(), f.clock).issue(r).ok());
    core::ReportRequest request;
    request.at = QDate(2021, 2, 1);
    auto before = StockReports::byCategory(f.database.db(), request);
    QVERIFY(before.ok());
    const core::ReportTable *food = before->primaryTable();
    QCOMPARE(food->rows.size(), 6);
    QCOMPARE(food->columns.at(0).key, QStringLiteral("category"));
    QCOMPARE(food->columns.at(1).key, QStringLiteral("kg"));
    QCOMPARE(food->totals.at(1).toLongLong(), qint64(20000));
    request.at = QDate(2021, 3, 10);
    auto after = StockReports::byCategory(f.database.db(), request);
    QCOMPARE(after->primaryTable()->totals.at(1).toLongLong(), qint64(15000 + 10300));
    qint64 sum = 0;
    for (const QVariantList &row : after->primaryTable()->rows)
        sum += row.at(1).toLongLong();
    QCOMPARE(sum, qint64(25300));
    auto expiring = StockReports::expiring(f.database.db(), request);
    QCOMPARE(expiring->primaryTable()->rows.size(), 1); // the milk expired on 01/03
    QCOMPARE(expiring->primaryTable()->rows.at(0).at(1).toLongLong(), qint64(-9));
    auto lots = StockReports::byLot(f.database.db(), request);
    QCOMPARE(lots->primaryTable()->rows.size(), 2);
    QCOMPARE(lots->primaryTable()->totals.last().toLongLong(), qint64(25300));
    // Rendered on paper, with its chart.
    const QList<QImage> pages = core::ReportRenderer(*after).renderPages(48);
    QVERIFY(!pages.isEmpty());
}

void TestStockReports::movementsAndDonations()
{
    StockFixture f;
    QVERIFY(f.setUp());
    f.receive(f.pasta, 20000, QDate(2021, 1, 10), QDate(2022, 1, 1));
    f.receive(f.milk, 10, QDate(2021, 2, 10), QDate(2021, 6, 1));
    IssueRequest r;
    r.itemId = f.pasta;
    r.quantity = 5000;
    r.date = QDate(2021, 3, 1);
    QVERIFY(StockService(f.database.db(), f.clock).issue(r).ok());
    core::ReportRequest request;
    request.from = QDate(2021, 2, 1);
    request.to = QDate(2021, 3, 31);
    auto movements = StockReports::movements(f.database.db(), request);
    QVERIFY(movements.ok());
    QCOMPARE(movements->primaryTable()->rows.size(), 2);
    QCOMPARE(movements->primaryTable()->totals.at(8).toLongLong(), qint64(10300 - 5000));
    const QByteArray csv = core::reportToCsv(*movements, core::CsvFlavor::Machine);
    QVERIFY(csv.startsWith("date,kind,item,category,lot,expiry,location,pieces,kg,reason,reference,operator"));
    request.from = QDate(2021, 1, 1);
    auto donations = StockReports::donations(f.database.db(), request);
    QCOMPARE(donations->primaryTable()->rows.size(), 1);
    QCOMPARE(donations->primaryTable()->rows.at(0).at(2).toLongLong(), qint64(2));
    QCOMPARE(donations->primaryTable()->rows.at(0).at(3).toLongLong(), qint64(30300));
}

void TestStockReports::demoHoldsThePublishedPeriod()
{
    auto connection = core::openDatabase(m_demo);
    QVERIFY(connection.ok());
    const QSqlDatabase db = connection->db();
    // Receipts by category, 23/11/2020 - 19/03/2021, cover the published kg with a margin.
    const QList<QPair<QString, qint64>> published = { { QStringLiteral("Bevande"), 71883 },      { QStringLiteral("Formaggi e latticini"), 81814 },
                                                      { QStringLiteral("Frutta e latticini"), 25243 }, { QStringLiteral("Pane e dolci"), 57255 },
                                                      { QStringLiteral("Pasta e riso"), 5398 },  { QStringLiteral("Altri alimentari"), 8875 } };
    for (const auto &[category, kg] : published) {
        auto received = core::queryValue(db, QStringLiteral(
            "SELECT sum(m.grams) FROM stock_movement m JOIN goods_category c ON c.id = m.category_id "
            "WHERE m.kind = 'receipt' AND m.moved_on BETWEEN '2020-11-20' AND '2021-03-19' AND c.name = ?"), { category });
        QVERIFY2(received->toLongLong() >= kg * 1080, qPrintable(category));
    }
    // 1,050 flu-vaccine kits assembled in October 2020.
    auto kits = core::queryValue(db, QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE kind = 'kit_produce' "
                                                    "AND moved_on BETWEEN '2020-10-01' AND '2020-10-31'"));
    QCOMPARE(kits->toLongLong(), qint64(1050));
    // Today's situation: alerts to show.
    auto alerts = StockQueries::alerts(db, testsupport::testToday());
    QVERIFY(alerts.ok());
    QVERIFY(alerts->expiringLots >= 3);
    QCOMPARE(alerts->expiredLots, 1);
    QCOMPARE(alerts->underMinimum, 2);
    QCOMPARE(core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_balance WHERE quantity < 0"))->toInt(), 0);
}

void TestStockReports::demoSupportsThePublishedDistributions_data()
{
    QTest::addColumn<double>("decemberShare");
    QTest::newRow("uniform over the working days") << -1.0;
    QTest::newRow("40% in December") << 0.40;
}

// The deliveries module issues the published kg by category between
// 01/12/2020 and 19/03/2021 after the "stock" demo step: whatever the plan
// (uniform or front-loaded), every issue finds enough usable stock FEFO.
void TestStockReports::demoSupportsThePublishedDistributions()
{
    QFETCH(double, decemberShare);
    testsupport::TestDatabase database;
    core::DemoContext context;
    context.db = database.db();
    context.today = QDate(2025, 3, 15);
    QVERIFY(stock::demoStep().run(context).ok());
    core::FixedClock clock(QDateTime(QDate(2025, 3, 15), QTime(12, 0)));
    StockService service(database.db(), clock);
    QList<QDate> days;
    for (QDate d(2020, 12, 1); d <= QDate(2021, 3, 19); d = d.addDays(1))
        if (d.dayOfWeek() <= 5 && d != QDate(2020, 12, 25) && d != QDate(2021, 1, 1) && d != QDate(2021, 1, 6))
            days.append(d);
    const int december = int(std::count_if(days.begin(), days.end(), [](const QDate &d) { return d.month() == 12; }));
    const QList<QPair<const char *, qint64>> published = { { "bevande", 71883 },    { "formaggi_latticini", 81814 },
                                                           { "frutta_latticini", 25243 }, { "pane_dolci", 57255 },
                                                           { "pasta_riso", 5398 },  { "altri_alimentari", 8875 } };
    for (const auto &[code, kg] : published) {
        const int category = core::queryValue(database.db(), QStringLiteral("SELECT id FROM goods_category WHERE code = ?"),
                                              { QLatin1String(code) })->toInt();
        const core::Grams total = kg * 1000;
        core::Grams issued = 0;
        for (int i = 0; i < days.size(); ++i) {
            // Cumulative target up to this day, then ask for what is missing.
            double share = double(i + 1) / days.size();
            if (decemberShare > 0)
                share = i < december ? decemberShare * (i + 1) / december
                                     : decemberShare + (1 - decemberShare) * (i + 1 - december) / (days.size() - december);
            const core::Grams target = core::Grams(std::llround(share * double(total)));
            if (target <= issued)
                continue;
            IssueRequest r;
            r.categoryId = category;
            r.quantity = target - issued;
            r.date = days.at(i);
            r.reference = { QStringLiteral("delivery"), i + 1, 1 };
            auto result = service.issue(r);
            QVERIFY2(result.ok(), qPrintable(QStringLiteral("%1 on %2: %3 %4").arg(QLatin1String(code), days.at(i).toString(Qt::ISODate),
                                                                                   result.error().code, result.error().args.join(QLatin1Char(' ')))));
            for (const IssuedLot &lot : result->lots)
                QVERIFY(!lot.expiry.isValid() || lot.expiry >= days.at(i));
            issued += result->grams;
        }
        QVERIFY(issued >= total);
    }
}

void TestStockReports::commandLineReports()
{
    const auto csv = testsupport::runSignedIn({ QStringLiteral("--db"), m_demo, QStringLiteral("report"), QStringLiteral("stock-by-category"),
                                               QStringLiteral("--at"), QStringLiteral("01/12/2020"), QStringLiteral("--format"),
                                               QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    auto table = core::parseCsv(csv.out);
    QVERIFY(table.ok());
    QCOMPARE(table->header, (QStringList{ QStringLiteral("category"), QStringLiteral("kg") }));
    QCOMPARE(table->records.size(), 6);
    QCOMPARE(table->records.at(0).fields.at(0), QStringLiteral("Bevande"));
    QVERIFY(table->records.at(0).fields.at(1).toDouble() > 15000);

    const auto movements = testsupport::runSignedIn({ QStringLiteral("--db"), m_demo, QStringLiteral("report"),
                                                     QStringLiteral("stock-movements"), QStringLiteral("--from"), QStringLiteral("2020-10-01"),
                                                     QStringLiteral("--to"), QStringLiteral("2020-10-31") });
    QCOMPARE(movements.exitCode, 0);
    QVERIFY(movements.out.contains("Kit vaccinazione antinfluenzale"));
    const auto missing = testsupport::runSignedIn({ QStringLiteral("--db"), m_demo, QStringLiteral("report"), QStringLiteral("stock-movements") });
    QCOMPARE(missing.exitCode, 2);
    const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
    const auto printed = testsupport::runSignedIn({ QStringLiteral("--db"), m_demo, QStringLiteral("report"), QStringLiteral("stock-expiring"),
                                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf });
    QCOMPARE(printed.exitCode, 0);
    QVERIFY(QFile(pdf).size() > 1000);
}

void TestStockReports::commandLineImport()
{
    const QString good = m_dir.filePath(QStringLiteral("good.csv"));
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QFile g(good);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("Date,Donor,Item,Quantity,Unit,Expiry\n"
            "2026-01-10,Pane quotidiano,Pasta di semola,120,kg,2027-01-01\n"
            "2026-01-10,Pane quotidiano,Mascherine FFP2,200,pz,2030-01-01\n");
    g.close();
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("data;donatore;articolo;quantità;scadenza\n10/01/2026;Pane quotidiano;Pasta di semola;120;01/01/2027\n"
            "10/01/2026;Pane quotidiano;Pasta integrale;5;01/01/2027\n");
    b.close();
    auto count = [this] {
        auto connection = core::openDatabase(m_demo);
        return core::queryValue(connection->db(), QStringLiteral("SELECT count(*) FROM stock_movement"))->toLongLong();
    };
    const qint64 before = count();
    const QStringList base{ QStringLiteral("--db"), m_demo, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                            QStringLiteral("receipts") };
    const auto dry = testsupport::runSignedIn(base + QStringList{ good, QStringLiteral("--dry-run") });
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(count(), before);
    const auto refused = testsupport::runSignedIn(base + QStringList{ bad });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("bad.csv, line 3"), refused.err.constData());
    QVERIFY(refused.err.contains("Pasta di semola"));
    QCOMPARE(count(), before);
    const auto imported = testsupport::runSignedIn(base + QStringList{ good });
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(count(), before + 2);
    const auto unknownKind = testsupport::runSignedIn({ QStringLiteral("--db"), m_demo, QStringLiteral("import"), QStringLiteral("pallets"), good });
    QCOMPARE(unknownKind.exitCode, 2);
}

// CSV injection, end to end: donors named like formulas, imported and then
// printed by `report stock-donations`, come out as text (quoted, behind a
// single quote); the kg stay numbers, exact to the gram.
void TestStockReports::donorsNamedLikeFormulasStayText()
{
    const QString receipts = m_dir.filePath(QStringLiteral("formulas.csv"));
    QFile file(receipts);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Date,Donor,Item,Quantity,Unit,Expiry\n"
               "2026-02-10,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",Pasta di semola,3815.55,kg,2027-01-01\n"
               "2026-02-10,+cmd|' /C calc'!A0,Pasta di semola,1,kg,2027-01-01\n"
               "2026-02-10,@SUM(1+1),Pasta di semola,2,kg,2027-01-01\n");
    file.close();
    const auto imported = testsupport::runSignedIn(
        { QStringLiteral("--db"), m_demo, QStringLiteral("import"), QStringLiteral("receipts"), receipts });
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const auto csv = testsupport::runSignedIn({ QStringLiteral("--db"), m_demo, QStringLiteral("report"),
        QStringLiteral("stock-donations"), QStringLiteral("--from"), QStringLiteral("2026-02-10"), QStringLiteral("--to"),
        QStringLiteral("2026-02-10") });
    QVERIFY2(csv.exitCode == 0, csv.err.constData());
    QVERIFY2(csv.out.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","), csv.out.constData());
    QVERIFY2(csv.out.contains(",1,3815.55,0\r\n"), csv.out.constData()); // a double printed 3815.6
    QVERIFY2(csv.out.contains("\"'+cmd|' /C calc'!A0\","), csv.out.constData());
    QVERIFY2(csv.out.contains("\"'@SUM(1+1)\","), csv.out.constData());
    QVERIFY(!csv.out.contains("\n=") && !csv.out.contains("\n+") && !csv.out.contains("\n@"));
}

QTEST_MAIN(TestStockReports)
#include "tst_stockreports.moc"
