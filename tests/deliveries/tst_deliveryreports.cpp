// The demo database reproduces the published figures from its records, the
// reports say so, and the command line produces them (reports, allocate,
// import) with the documented columns and exit codes.

#include "support/testclock.h"
#include "support/demodatabase.h"

#include "core/db/database.h"
#include "core/db/sql.h"
#include "core/domain/csv.h"
#include "core/reporting/reportrenderer.h"
#include "deliveries/domain/dayplan.h"
#include "deliveries/domain/deliveryreports.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/distributionqueries.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace deliveries;

namespace {

const QList<QPair<QString, qint64>> publishedKg
    = { { QStringLiteral("Bevande"), 71883 }, { QStringLiteral("Formaggi e latticini"), 81814 },
          { QStringLiteral("Frutta e latticini"), 25243 }, { QStringLiteral("Pane e dolci"), 57255 },
          { QStringLiteral("Pasta e riso"), 5398 }, { QStringLiteral("Altri alimentari"), 8875 } };
const core::DateRange publishedPeriod { QDate(2020, 12, 1), QDate(2021, 3, 19) };

} // namespace

class TestDeliveryReports : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void publishedFiguresFromTheRecords();
    void everyDemoDeliveryWentThroughTheWarehouse();
    void fluVaccineKits();
    void reportsOnThePublishedPeriod();
    void aReturnChangesTheFigures();
    void todaysRoundsAndNotes();
    void commandLineReports();
    void commandLineAllocate();
    void commandLineImports();
    void openDataFromTheRecords();

private:
    core::ReportRequest published() const;
    void shoot(const core::ReportDocument &doc, const QString &name, int pages = 1);
    QTemporaryDir m_dir;
    QString m_path;
    core::DbConnection m_connection;
};

void TestDeliveryReports::initTestCase()
{
    m_path = copyOfDemoDatabase(m_dir);
    QVERIFY(!m_path.isEmpty());
    auto connection = core::openDatabase(m_path);
    QVERIFY(connection.ok());
    m_connection = std::move(*connection);
}

core::ReportRequest TestDeliveryReports::published() const
{
    core::ReportRequest request;
    request.from = publishedPeriod.from;
    request.to = publishedPeriod.to;
    request.operatorName = QStringLiteral("Mario Rossi");
    request.now = QDateTime(testsupport::testToday(), QTime(10, 0));
    return request;
}

void TestDeliveryReports::shoot(const core::ReportDocument &doc, const QString &name, int pages)
{
    if (!qEnvironmentVariableIsSet("CISIAMO_SCREENSHOTS"))
        return;
    const QList<QImage> images = core::ReportRenderer(doc).renderPages(80);
    for (int i = 0; i < std::min(pages, int(images.size())); ++i)
        images.at(i).save(
            QStringLiteral("%1/%2-%3.png").arg(qEnvironmentVariable("CISIAMO_SCREENSHOTS"), name).arg(i + 1));
}

void TestDeliveryReports::publishedFiguresFromTheRecords()
{
    const QSqlDatabase db = m_connection.db();
    auto categories = DistributionQueries::byCategory(db, publishedPeriod);
    QVERIFY(categories.ok());
    core::Grams food = 0;
    for (const auto &[name, kg] : publishedKg) {
        auto it = std::find_if(
            categories->begin(), categories->end(), [&](const CategoryDistribution &c) { return c.name == name; });
        QVERIFY(it != categories->end());
        QCOMPARE(it->grams, kg * 1000); // exactly, to the gram
        QVERIFY(it->distributions > 100);
        food += it->grams;
    }
    QCOMPARE(food, core::Grams(250468000));
    QCOMPARE(DistributionQueries::distributions(db, publishedPeriod, GoodsFilter::Food).value(), 1474);
    // The same from the rows themselves.
    QCOMPARE(core::queryValue(db,
                 QStringLiteral(
                     "SELECT count(DISTINCT d.id) FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
                     "JOIN goods_category g ON g.id = l.category_id WHERE g.kind = 'food' AND d.status = 'delivered' "
                     "AND d.delivery_date BETWEEN '2020-12-01' AND '2021-03-19'"))
                 ->toInt(),
        1474);
    // By comune: all 133 listed, adding up to the same.
    auto comuni = DistributionQueries::byComune(db, publishedPeriod, GoodsFilter::Food);
    QVERIFY(comuni.ok());
    QCOMPARE(comuni->size(), 133);
    core::Grams byComune = 0;
    int distributions = 0, served = 0;
    for (const ComuneDistribution &c : *comuni) {
        byComune += c.grams;
        distributions += c.distributions;
        served += c.distributions > 0 ? 1 : 0;
    }
    QCOMPARE(byComune, core::Grams(250468000));
    QCOMPARE(distributions, 1474);
    QVERIFY(served > 120); // spread over the comuni in proportion to their requests
    // Larger comuni asked (and received) more.
    auto kgOf = [&](const QString &name) {
        for (const ComuneDistribution &c : *comuni)
            if (c.name == name)
                return c.grams;
        return core::Grams(-1);
    };
    QVERIFY(kgOf(QStringLiteral("Milano")) > kgOf(QStringLiteral("Sesto San Giovanni")));
    QVERIFY(kgOf(QStringLiteral("Sesto San Giovanni")) > kgOf(QStringLiteral("Morimondo")));

    // The open-data source: every delivered delivery to date, by comune.
    auto totals = DistributionQueries::totalsByComune(db);
    QVERIFY(totals.ok());
    qint64 delivered = 0;
    core::Grams grams = 0;
    for (const core::sync::ComuneDistributions &t : *totals) {
        delivered += t.distributions;
        QVERIFY(t.first <= t.last);
        for (const auto &amount : t.byCategory)
            grams += amount.grams;
    }
    QCOMPARE(delivered,
        core::queryValue(db, QStringLiteral("SELECT count(*) FROM delivery WHERE status = 'delivered'"))->toLongLong());
    QCOMPARE(grams,
        core::queryValue(db,
            QStringLiteral("SELECT sum(l.grams) FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
                           "WHERE d.status = 'delivered'"))
            ->toLongLong());
}

void TestDeliveryReports::everyDemoDeliveryWentThroughTheWarehouse()
{
    const QSqlDatabase db = m_connection.db();
    // Every line that left the warehouse has its lots, and they are issue
    // movements of the stock ledger that name the delivery and the line.
    QCOMPARE(core::queryValue(db,
                 QStringLiteral("SELECT count(*) FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id "
                                "WHERE d.status IN ('loaded', 'delivered') AND d.origin NOT IN ('import', 'history') "
                                "AND NOT EXISTS (SELECT 1 FROM delivery_line_lot x WHERE x.line_id = l.id)"))
                 ->toInt(),
        0);
    QCOMPARE(
        core::queryValue(db,
            QStringLiteral("SELECT count(*) FROM delivery_line_lot x JOIN stock_movement m ON m.id = x.movement_id "
                           "WHERE m.ref_type <> 'delivery' OR m.ref_id <> x.delivery_id OR m.ref_line <> x.line_id"))
            ->toInt(),
        0);
    // The weight the reports count is the weight the warehouse issued.
    QCOMPARE(
        core::queryValue(db,
            QStringLiteral(
                "SELECT -sum(m.grams) FROM stock_movement m JOIN delivery d ON d.id = m.ref_id "
                "WHERE m.ref_type = 'delivery' AND m.kind = 'issue' AND d.status = 'delivered' AND m.category_id <= 6 "
                "AND d.delivery_date BETWEEN '2020-12-01' AND '2021-03-19'"))
            ->toLongLong(),
        qint64(250468000));
    QCOMPARE(core::queryValue(db, QStringLiteral("SELECT count(*) FROM stock_balance WHERE quantity < 0"))->toInt(), 0);
}

void TestDeliveryReports::fluVaccineKits()
{
    const QSqlDatabase db = m_connection.db();
    auto kits = core::runQuery(db,
        QStringLiteral(
            "SELECT d.recipient_kind, sum(l.pieces) FROM delivery d JOIN delivery_line l ON l.delivery_id = d.id "
            "JOIN goods_category g ON g.id = l.category_id WHERE g.code = 'kit_vaccino_antinfluenzale' AND d.status = "
            "'delivered' "
            "AND d.delivery_date BETWEEN '2020-09-01' AND '2020-11-30' GROUP BY d.recipient_kind ORDER BY 1"));
    QVERIFY(kits.ok());
    QHash<QString, qint64> byKind;
    while (kits->next())
        byKind.insert(kits->value(0).toString(), kits->value(1).toLongLong());
    QCOMPARE(byKind.keys().size(), 2);
    QCOMPARE(byKind.value(QStringLiteral("ats_hub")) + byKind.value(QStringLiteral("rsa")), qint64(1050));
    QVERIFY(byKind.value(QStringLiteral("ats_hub")) > byKind.value(QStringLiteral("rsa")));
    // Shared by three allocations of 350.
    QCOMPARE(core::queryValue(db,
                 QStringLiteral("SELECT count(*) FROM delivery_allocation_pool p JOIN stock_item i ON i.id = p.item_id "
                                "WHERE i.code = 'KIT-VAX' AND p.allocated = 350"))
                 ->toInt(),
        3);
}

void TestDeliveryReports::reportsOnThePublishedPeriod()
{
    const QSqlDatabase db = m_connection.db();
    auto byCategory = DeliveryReports::byCategory(db, published());
    QVERIFY(byCategory.ok());
    const core::ReportTable *food = byCategory->primaryTable();
    QCOMPARE(food->columns.size(), 3);
    QCOMPARE(food->rows.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(food->rows.at(i).at(0).toString(), publishedKg.at(i).first);
        QCOMPARE(food->rows.at(i).at(1).toLongLong(), publishedKg.at(i).second * 1000);
    }
    QCOMPARE(food->totals.at(1).toLongLong(), qint64(250468000));
    QCOMPARE(food->totals.at(2).toInt(), 1474);
    shoot(*byCategory, QStringLiteral("distributions-by-category"));

    auto byComune = DeliveryReports::byComune(db, published());
    QVERIFY(byComune.ok());
    QCOMPARE(byComune->primaryTable()->rows.size(), 133);
    QCOMPARE(byComune->primaryTable()->totals.at(3).toInt(), 1474);

    auto byType = DeliveryReports::byRecipientType(db, published());
    QVERIFY(byType.ok());
    const core::ReportTable *types = byType->primaryTable();
    QCOMPARE(types->rows.at(0).at(2).toInt(), 1474); // the COCs: the food distributions
    QCOMPARE(types->rows.at(0).at(3).toLongLong(), qint64(250468000));
    QVERIFY(types->totals.at(4).toLongLong() > 0); // DPI to GPs, paediatricians, RSA, hospitals
    shoot(*byType, QStringLiteral("distributions-by-recipient-type"));

    core::ReportRequest statement = published();
    statement.by = QStringLiteral("Rozzano");
    auto letter = DeliveryReports::comuneStatement(db, statement);
    QVERIFY2(letter.ok(), qPrintable(letter.error().code));
    QVERIFY(letter->title.contains(QStringLiteral("Rozzano")));
    QVERIFY(!letter->primaryTable()->rows.isEmpty());
    statement.by = QStringLiteral("Atlantide");
    QVERIFY(!DeliveryReports::comuneStatement(db, statement).ok());
    QVERIFY(DeliveryReports::comuneChoices().contains(QStringLiteral("Rozzano")));
    QCOMPARE(DeliveryReports::comuneChoices().size(), 133);

    auto registerDoc = DeliveryReports::deliveriesRegister(db, published());
    QVERIFY(registerDoc.ok());
    QVERIFY(registerDoc->primaryTable()->rows.size() >= 1474);
}

void TestDeliveryReports::aReturnChangesTheFigures()
{
    // The figures are sums of the records: returning one delivery of the
    // published period lowers them by what it carried.
    QTemporaryDir dir;
    const QString path = copyOfDemoDatabase(dir);
    auto connection = core::openDatabase(path);
    QVERIFY(connection.ok());
    const QSqlDatabase db = connection->db();
    auto pick = core::runQuery(db,
        QStringLiteral(
            "SELECT d.id, (SELECT sum(grams) FROM delivery_line WHERE delivery_id = d.id) FROM delivery d "
            "WHERE d.status = 'delivered' AND d.origin = 'allocation' AND d.delivery_date = '2021-02-10' LIMIT 1"));
    QVERIFY(pick.ok() && pick->next());
    const qint64 id = pick->value(0).toLongLong();
    const core::Grams grams = pick->value(1).toLongLong();
    core::FixedClock clock(QDateTime(QDate(2021, 2, 11), QTime(9, 0)));
    QVERIFY(DeliveryService(db, clock).returnDelivery(id, QDate(2021, 2, 11), QStringLiteral("Merce rifiutata")).ok());
    core::Grams food = 0;
    for (const CategoryDistribution &c : DistributionQueries::byCategory(db, publishedPeriod).value())
        if (c.kind == QLatin1String("food"))
            food += c.grams;
    QCOMPARE(food, core::Grams(250468000) - grams);
    QCOMPARE(DistributionQueries::distributions(db, publishedPeriod, GoodsFilter::Food).value(), 1473);
}

void TestDeliveryReports::todaysRoundsAndNotes()
{
    const QSqlDatabase db = m_connection.db();
    const QDate today = testsupport::testToday();
    auto plan = DayPlan::plan(db, today);
    QVERIFY(plan.ok());
    QCOMPARE(plan->deliveries, 5);
    QCOMPARE(plan->rounds.size(), 2);
    for (const VehicleRound &round : plan->rounds) {
        QVERIFY(round.totalMetres > 5000);
        QCOMPARE(round.unrouted, 0);
        double legs = round.returnMetres;
        for (double leg : round.legMetres)
            legs += leg;
        QVERIFY(qAbs(legs - round.totalMetres) < 1.0);
    }
    core::ReportRequest request = published();
    request.at = today;
    const core::ReportDocument sheet = DayPlan::tripSheet(*plan, request);
    QCOMPARE(sheet.primaryTable()->rows.size(), plan->rounds.at(0).stops.size());
    shoot(sheet, QStringLiteral("trip-sheet"));
    auto notes = DeliveryReports::definitions().at(5).build(db, request);
    QVERIFY(notes.ok());
    QCOMPARE(notes->name, QStringLiteral("delivery-notes"));
    QCOMPARE(core::ReportRenderer(*notes).renderPages(30).size(), 5); // one page each
    shoot(*notes, QStringLiteral("delivery-notes"), 2);
}

void TestDeliveryReports::commandLineReports()
{
    const auto csv = testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("report"),
        QStringLiteral("distributions-by-category"), QStringLiteral("--from"), QStringLiteral("01/12/2020"),
        QStringLiteral("--to"), QStringLiteral("19/03/2021"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(csv.exitCode, 0);
    auto table = core::parseCsv(csv.out);
    QVERIFY(table.ok());
    QCOMPARE(table->header,
        (QStringList { QStringLiteral("category"), QStringLiteral("kg"), QStringLiteral("distributions") }));
    QCOMPARE(table->records.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(table->records.at(i).fields.at(0), publishedKg.at(i).first);
        QCOMPARE(table->records.at(i).fields.at(1).toDouble(), double(publishedKg.at(i).second));
    }
    const auto comuni = testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("report"),
        QStringLiteral("distributions-by-comune"), QStringLiteral("--from"), QStringLiteral("2020-12-01"),
        QStringLiteral("--to"), QStringLiteral("2021-03-19") });
    QCOMPARE(comuni.exitCode, 0);
    auto byComune = core::parseCsv(comuni.out);
    QCOMPARE(byComune->header,
        (QStringList { QStringLiteral("istat_code"), QStringLiteral("comune"), QStringLiteral("kg"),
            QStringLiteral("distributions") }));
    QCOMPARE(byComune->records.size(), 133);
    int distributions = 0;
    for (const core::CsvRecord &r : byComune->records)
        distributions += r.fields.at(3).toInt();
    QCOMPARE(distributions, 1474);
    // With the map, drawn offscreen by the command line.
    const QString pdf = m_dir.filePath(QStringLiteral("by-comune.pdf"));
    QCOMPARE(
        testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("report"),
                                    QStringLiteral("distributions-by-comune"), QStringLiteral("--from"),
                                    QStringLiteral("01/12/2020"), QStringLiteral("--to"), QStringLiteral("19/03/2021"),
                                    QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), pdf })
            .exitCode,
        0);
    QVERIFY(QFileInfo(pdf).size() > 50000); // the map is in it
    const QString letter = m_dir.filePath(QStringLiteral("rozzano.pdf"));
    QCOMPARE(testsupport::runSignedIn(
                 { QStringLiteral("--db"), m_path, QStringLiteral("report"), QStringLiteral("comune-statement"),
                     QStringLiteral("--from"), QStringLiteral("01/12/2020"), QStringLiteral("--to"),
                     QStringLiteral("19/03/2021"), QStringLiteral("--by"), QStringLiteral("Rozzano"),
                     QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), letter })
                 .exitCode,
        0);
    QVERIFY(QFileInfo::exists(letter));
    // Usage errors: no period, a comune that is not one of the 133.
    QCOMPARE(testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("report"),
                                         QStringLiteral("distributions-by-category") })
                 .exitCode,
        2);
    QCOMPARE(testsupport::runSignedIn(
                 { QStringLiteral("--db"), m_path, QStringLiteral("report"), QStringLiteral("comune-statement"),
                     QStringLiteral("--from"), QStringLiteral("01/12/2020"), QStringLiteral("--to"),
                     QStringLiteral("19/03/2021"), QStringLiteral("--by"), QStringLiteral("Atlantide") })
                 .exitCode,
        2);
    const auto notes = testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("report"),
        QStringLiteral("trip-sheet"), QStringLiteral("--at"), testsupport::testToday().toString(Qt::ISODate) });
    QCOMPARE(notes.exitCode, 0);
    QVERIFY(core::parseCsv(notes.out)->records.size() >= 2);
}

void TestDeliveryReports::commandLineAllocate()
{
    const QString requests = m_dir.filePath(QStringLiteral("richieste.csv"));
    const QString available = m_dir.filePath(QStringLiteral("disponibile.csv"));
    auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(requests, "comune;categoria;kg\nRozzano;Bevande;300\nMelzo;Bevande;100\nCislino;Bevande;100\n"));
    QVERIFY(write(available, "categoria;kg\nBevande;250\n"));
    auto allocations = [&] {
        return core::queryValue(m_connection.db(), QStringLiteral("SELECT count(*) FROM delivery_allocation"))->toInt();
    };
    const int before = allocations();
    const auto r = testsupport::runSignedIn(
        { QStringLiteral("--db"), m_path, QStringLiteral("allocate"), QStringLiteral("--requests"), requests,
            QStringLiteral("--available"), available, QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("Cisliano")); // the corrected name is said
    auto table = core::parseCsv(r.out);
    QVERIFY(table.ok());
    QCOMPARE(table->header,
        (QStringList { QStringLiteral("istat_code"), QStringLiteral("comune"), QStringLiteral("requested_kg"),
            QStringLiteral("allocated_kg") }));
    QCOMPARE(table->records.size(), 3);
    QCOMPARE(table->records.at(2).fields.at(1), QStringLiteral("Rozzano"));
    QCOMPARE(table->records.at(2).fields.at(3), QStringLiteral("150"));
    QCOMPARE(table->records.at(0).fields.at(3).toInt() + table->records.at(1).fields.at(3).toInt(), 100);
    QCOMPARE(allocations(), before); // a trial: nothing recorded
    QVERIFY(write(available, "categoria;kg\nBevande;-250\n"));
    const auto negative = testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("allocate"),
        QStringLiteral("--requests"), requests, QStringLiteral("--available"), available });
    QCOMPARE(negative.exitCode, 1);
    QVERIFY(negative.err.contains("disponibile.csv"));
    QCOMPARE(testsupport::runSignedIn(
                 { QStringLiteral("--db"), m_path, QStringLiteral("allocate"), QStringLiteral("--requests"), requests })
                 .exitCode,
        2);
    QCOMPARE(testsupport::runSignedIn(
                 { QStringLiteral("--db"), m_path, QStringLiteral("allocate"), QStringLiteral("--requests"), requests,
                     QStringLiteral("--available"), available, QStringLiteral("--weighting"), QStringLiteral("luck") })
                 .exitCode,
        2);
}

void TestDeliveryReports::commandLineImports()
{
    const QString file = m_dir.filePath(QStringLiteral("prenotazioni.csv"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QString yesterday = testsupport::testToday().addDays(-1).toString(QStringLiteral("dd/MM/yyyy"));
    f.write(QStringLiteral(
        "data;comune;categoria;kg;prenotazione\n%1;Rozzano;Pasta e riso;25;T-1\n%1;Melzo;Bevande;40;T-2\n")
                .arg(yesterday)
                .toUtf8());
    f.close();
    auto requests = [&] {
        return core::queryValue(m_connection.db(), QStringLiteral("SELECT count(*) FROM delivery_request"))->toInt();
    };
    const int before = requests();
    const auto dry = testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("import"),
        QStringLiteral("requests"), file, QStringLiteral("--dry-run") });
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(requests(), before);
    QCOMPARE(testsupport::runSignedIn(
                 { QStringLiteral("--db"), m_path, QStringLiteral("import"), QStringLiteral("requests"), file })
                 .exitCode,
        0);
    QCOMPARE(requests(), before + 2);
    // The same file again is refused (exit 1, nothing written) and said so;
    // with --again its bookings are recognised and skipped.
    const auto twice = testsupport::runSignedIn(
        { QStringLiteral("--db"), m_path, QStringLiteral("import"), QStringLiteral("requests"), file });
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains("prenotazioni.csv") && twice.err.contains("--again"), twice.err.constData());
    QCOMPARE(requests(), before + 2);
    QCOMPARE(testsupport::runSignedIn({ QStringLiteral("--db"), m_path, QStringLiteral("import"),
                                         QStringLiteral("requests"), file, QStringLiteral("--again") })
                 .exitCode,
        0);
    QCOMPARE(requests(), before + 2); // bookings already imported
    // A quantity too large for its field is an error, not "0 requests".
    const QString huge = m_dir.filePath(QStringLiteral("enorme.csv"));
    QFile h(huge);
    QVERIFY(h.open(QIODevice::WriteOnly));
    h.write(QStringLiteral("data;comune;categoria;kg\n%1;Rozzano;Pasta e riso;100000000000000000000\n")
                .arg(yesterday)
                .toUtf8());
    h.close();
    const auto tooLarge = testsupport::runSignedIn(
        { QStringLiteral("--db"), m_path, QStringLiteral("import"), QStringLiteral("requests"), huge });
    QCOMPARE(tooLarge.exitCode, 1);
    QVERIFY2(tooLarge.err.contains("100000000000000000000"), tooLarge.err.constData());
    QCOMPARE(requests(), before + 2);
    const QString bad = m_dir.filePath(QStringLiteral("storico.csv"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("data;comune;categoria;kg\n15/04/2020;Rozzano;Pasta e riso;100\n16/04/2020;Paperinik City;Bevande;50\n");
    b.close();
    const auto refused = testsupport::runSignedIn(
        { QStringLiteral("--db"), m_path, QStringLiteral("import"), QStringLiteral("deliveries"), bad });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("storico.csv"));
    QVERIFY(refused.err.contains("3")); // the line
    QCOMPARE(
        core::queryValue(m_connection.db(), QStringLiteral("SELECT count(*) FROM delivery WHERE origin = 'import'"))
            ->toInt(),
        0);
}

QTEST_MAIN(TestDeliveryReports)
void TestDeliveryReports::openDataFromTheRecords()
{
    // `opendata` publishes what the Consegne recorded: every delivered
    // delivery to date, per comune, the same figures as the records.
    const QString out = m_dir.filePath(QStringLiteral("opendata"));
    const auto r = testsupport::runSignedIn({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
        m_path, QStringLiteral("opendata"), QStringLiteral("--out"), out });
    QCOMPARE(r.exitCode, 0);
    const qint64 delivered = core::queryValue(
        m_connection.db(), QStringLiteral("SELECT count(*) FROM delivery WHERE status = 'delivered'"))
                                 ->toLongLong();
    QVERIFY(delivered > 1474);
    QVERIFY2(r.out.contains(QStringLiteral("%1 distribution").arg(delivered).toUtf8()), r.out.constData());
    QVERIFY(!r.out.contains("totals are zero"));

    QFile file(QDir(out).filePath(QStringLiteral("distribuzioni_per_comune.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto table = core::parseCsv(file.readAll());
    QVERIFY(table.ok());
    const int column = int(table->header.indexOf(QStringLiteral("distribuzioni")));
    QVERIFY(column >= 0);
    qint64 published = 0;
    for (const auto &record : table->records)
        published += record.fields.at(column).toLongLong();
    // Comuni outside the metropolitan city (none in the demo) would be left out.
    QCOMPARE(published, delivered);
}

#include "tst_deliveryreports.moc"
