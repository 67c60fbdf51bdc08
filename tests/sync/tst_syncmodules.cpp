// Two workstations of the room working apart on the real modules (stock
// received on one, deliveries and volunteer days recorded on both while
// the network is down), then exchanging files: both end with the same
// rows, the same stock and the same printed figures; goods issued twice
// while apart are flagged on both, and a return made on the other
// workstation brings them back everywhere.

#include "core/db/importonce.h"
#include "core/db/sql.h"
#include "core/domain/clock.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/recipientrepository.h"
#include "moduleregistry.h"
#include "stock/domain/receiptservice.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stockqueries.h"
#include "support/workstationpair.h"
#include "volunteers/domain/activationledger.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/eventrepository.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerrepository.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using testsupport::WorkstationPair;

namespace {

const QDate march15(2021, 3, 15);

qint64 modulesNumber(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    auto v = core::queryValue(db, sql, binds);
    return v ? v->toLongLong() : -1;
}

int comuneId(const QSqlDatabase &db, const QString &name)
{
    return int(modulesNumber(db, QStringLiteral("SELECT id FROM comune WHERE name = ? AND province = 'MI'"), { name }));
}

QString modulesError(const core::Error &e)
{
    return e.code + QLatin1Char(' ') + e.args.join(QLatin1Char(' '));
}

} // namespace

class TestSyncModules : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void stockDeliveriesAndDaysRecordedApartEndTheSame();
    void aFileImportedOnOneWorkstationIsKnownOnTheOther();
    void stockSnapshotsFollowMovementsImportedBySync();

private:
    // Station a's setup: an item, a donor, 100 kg received; an organisation,
    // a volunteer and the COVID-19 event.
    void setUpWarehouseAndVolunteers(const QSqlDatabase &db);
    // A delivery of pasta to a comune's COC, loaded and signed.
    qint64 deliverPasta(const QSqlDatabase &db, const QString &comune, core::Grams grams);
    qint64 pastaInStock(const QSqlDatabase &db) const;
    QStringList differingReports(const WorkstationPair &pair) const;

    core::FixedClock m_clock { QDateTime(march15, QTime(12, 0)) };
    std::vector<std::unique_ptr<core::Module>> m_modules;
    core::ReportCatalog m_catalog;
    qint64 m_pasta = 0;
    qint64 m_volunteer = 0;
    qint64 m_event = 0;
    qint64 m_service = 0;
};

void TestSyncModules::initTestCase()
{
    // As at start: each module tells the sync engine which tables are ledgers.
    ::declareSyncTables();
    m_modules = createModules();
    m_catalog = createReportCatalog(m_modules);
}

void TestSyncModules::setUpWarehouseAndVolunteers(const QSqlDatabase &db)
{
    stock::StockCatalog catalog(db);
    stock::Item pasta;
    pasta.code = QStringLiteral("PASTA");
    pasta.name = QStringLiteral("Pasta di semola");
    pasta.categoryId = int(modulesNumber(db, QStringLiteral("SELECT id FROM goods_category WHERE code = 'pasta_riso'")));
    pasta.unit = stock::Unit::Grams;
    m_pasta = catalog.saveItem(pasta).value();
    stock::Donor donor;
    donor.name = QStringLiteral("Banco Alimentare della Lombardia");
    donor.kind = stock::DonorKind::Charity;
    stock::ReceiptDraft receipt;
    receipt.donorId = catalog.saveDonor(donor).value();
    receipt.date = QDate(2021, 3, 1);
    receipt.lines.append({ m_pasta, QStringLiteral("L21060A"), QDate(2022, 6, 30), 100000, 0 });
    auto recorded = stock::ReceiptService(db, m_clock).record(receipt);
    QVERIFY2(recorded, qPrintable(modulesError(recorded.error())));

    volunteers::Organisation organisation;
    organisation.name = QStringLiteral("Gruppo comunale volontari di protezione civile di Peschiera Borromeo");
    organisation.kind = volunteers::Organisation::Kind::MunicipalGroup;
    organisation.comuneId = comuneId(db, QStringLiteral("Peschiera Borromeo"));
    organisation.registryNumber = QStringLiteral("MI-PC-0101");
    organisation.representative = QStringLiteral("Sindaco pro tempore");
    QVERIFY(volunteers::OrganisationRepository(db).save(organisation).ok());
    volunteers::Volunteer volunteer;
    volunteer.lastName = QStringLiteral("Rossi");
    volunteer.firstName = QStringLiteral("Mario");
    volunteer.taxCode = volunteers::CodiceFiscale::build(
        volunteer.lastName, volunteer.firstName, QDate(1980, 1, 1), QLatin1Char('M'), QStringLiteral("F205"));
    volunteer.organisationId = organisation.id;
    volunteer.comuneId = organisation.comuneId;
    QVERIFY(volunteers::VolunteerRepository(db).save(volunteer).ok());
    m_volunteer = volunteer.id;
    volunteers::EventRepository events(db);
    volunteers::ActivationEvent covid;
    covid.name = QStringLiteral("Emergenza COVID-19");
    covid.type = volunteers::EventType::Covid19;
    covid.authorisingAct = QStringLiteral("Delibera del Consiglio dei Ministri del 31/01/2020");
    covid.startDate = QDate(2020, 1, 31);
    covid.endDate = QDate(2022, 3, 31);
    QVERIFY(events.saveEvent(covid).ok());
    m_event = covid.id;
    m_service = events.serviceByName(QStringLiteral("coc"))->id;
}

qint64 TestSyncModules::deliverPasta(const QSqlDatabase &db, const QString &comune, core::Grams grams)
{
    deliveries::DeliveryDraft draft;
    draft.recipientId = deliveries::RecipientRepository(db).cocOf(comuneId(db, comune)).value();
    draft.date = march15;
    draft.time = QTime(9, 30);
    draft.vehicle = QStringLiteral("Fiat Ducato CCV-MI - EX 412 PL");
    draft.driver = QStringLiteral("Marco Brambilla");
    deliveries::DeliveryLine line;
    line.itemId = m_pasta;
    line.quantity = grams;
    draft.lines = { line };
    deliveries::DeliveryService service(db, m_clock);
    auto id = service.save(draft);
    if (!id) {
        qWarning() << modulesError(id.error());
        return 0;
    }
    if (auto s = service.load(*id); !s) {
        qWarning() << modulesError(s.error());
        return 0;
    }
    if (auto s = service.deliver(*id, QStringLiteral("Anna Verdi"), QDateTime(march15, QTime(11, 0))); !s) {
        qWarning() << modulesError(s.error());
        return 0;
    }
    return *id;
}

qint64 TestSyncModules::pastaInStock(const QSqlDatabase &db) const
{
    return modulesNumber(
        db, QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE item_id = ?"), { m_pasta });
}

QStringList TestSyncModules::differingReports(const WorkstationPair &pair) const
{
    core::ReportRequest request;
    request.from = QDate(2021, 3, 1);
    request.to = QDate(2021, 3, 31);
    request.at = QDate(2021, 3, 31);
    request.by = QStringLiteral("month");
    request.now = QDateTime(march15, QTime(18, 0));
    return pair.differingReports(m_catalog,
        { QStringLiteral("stock-by-category"), QStringLiteral("stock-by-lot"), QStringLiteral("stock-movements"),
            QStringLiteral("distributions-by-category"), QStringLiteral("distributions-by-comune"),
            QStringLiteral("deliveries-register"), QStringLiteral("person-days") },
        request);
}

void TestSyncModules::stockDeliveriesAndDaysRecordedApartEndTheSame()
{
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();

    // The warehouse and the volunteers are set up on workstation 1 and reach 2.
    setUpWarehouseAndVolunteers(a);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(pair.exchange());
    QCOMPARE(pastaInStock(b), qint64(100000));
    QCOMPARE(pair.differingTables(), QStringList());

    // The network goes down. Each workstation delivers from the same lot
    // and records the same volunteer on the same day (and 2 one more day).
    const qint64 toRozzano = deliverPasta(a, QStringLiteral("Rozzano"), 30000);
    const qint64 toMelzo = deliverPasta(b, QStringLiteral("Melzo"), 20000);
    QVERIFY(toRozzano && toMelzo);
    volunteers::ActivationRequest day;
    day.eventId = m_event;
    day.volunteerIds = { m_volunteer };
    day.from = march15;
    day.serviceId = m_service;
    QCOMPARE(volunteers::ActivationLedger(a, m_clock).record(day).value(), 1);
    day.to = march15.addDays(1);
    QCOMPARE(volunteers::ActivationLedger(b, m_clock).record(day).value(), 2);

    auto exchanged = pair.exchange();
    QVERIFY2(exchanged, qPrintable(modulesError(exchanged.error())));
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(differingReports(pair), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(pastaInStock(db), qint64(50000));
        QCOMPARE(modulesNumber(db, QStringLiteral("SELECT count(*) FROM delivery WHERE status = 'delivered'")), qint64(2));
        // Two delivery notes, numbered apart by workstation.
        QCOMPARE(modulesNumber(db, QStringLiteral("SELECT count(DISTINCT number) FROM delivery")), qint64(2));
        // A person-day is a distinct volunteer-day: 15/03 recorded twice counts once.
        QCOMPARE(modulesNumber(db,
                     QStringLiteral("SELECT count(*) FROM (SELECT DISTINCT volunteer_id, day FROM "
                                    "activation_effective)")),
            qint64(2));
        QCOMPARE(modulesNumber(db, QStringLiteral("SELECT count(*) FROM merge_conflict")), qint64(0));
    }

    // Apart again, both give away 40 of the 50 kg left: each was right on
    // its own, together they issued 30 kg the shelf never had. The merge
    // keeps both (deliveries happened) and both workstations say so.
    QVERIFY(deliverPasta(a, QStringLiteral("Rozzano"), 40000));
    QVERIFY(deliverPasta(b, QStringLiteral("Melzo"), 40000));
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(differingReports(pair), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(pastaInStock(db), qint64(-30000));
        auto alerts = stock::StockQueries::alerts(db, march15);
        QVERIFY(alerts);
        QCOMPARE(alerts->overdrawnLots, 1);
        // Nothing more leaves until the shelf is counted.
        deliveries::DeliveryService service(db, m_clock);
        deliveries::DeliveryDraft more;
        more.recipientId = toRozzano ? deliveries::DeliveryRepository(db).delivery(toRozzano)->recipient.id : 0;
        more.date = march15;
        deliveries::DeliveryLine line;
        line.itemId = m_pasta;
        line.quantity = 1000;
        more.lines = { line };
        const qint64 planned = service.save(more).value();
        const core::Status refused = service.load(planned);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("stock.insufficient"));
        QVERIFY(service.cancel(planned, QStringLiteral("Magazzino da contare")).ok());
    }
    QVERIFY(pair.exchange());

    // Workstation 2 takes back workstation 1's first delivery (the COC
    // returned it): the delivery changes state on both, the goods are back.
    QVERIFY(deliveries::DeliveryService(b, m_clock)
                .returnDelivery(toRozzano, march15, QStringLiteral("Merce rifiutata dal COC"))
                .ok());
    QVERIFY(pair.exchange());
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(differingReports(pair), QStringList());
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(pastaInStock(db), qint64(0));
        QCOMPARE(
            core::queryValue(db, QStringLiteral("SELECT status FROM delivery WHERE id = ?"), { toRozzano })->toString(),
            QStringLiteral("returned"));
        QCOMPARE(stock::StockQueries::alerts(db, march15)->overdrawnLots, 0);
        QCOMPARE(modulesNumber(db, QStringLiteral("SELECT count(*) FROM merge_conflict")), qint64(0));
    }
}

void TestSyncModules::aFileImportedOnOneWorkstationIsKnownOnTheOther()
{
    // The rows a file created travel to the other workstations; so does the
    // record of the file, or a colleague could import it a second time.
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carichi.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("data;donatore;articolo;quantita\n01/03/2021;Banco;Pasta;10\n");
    file.close();
    {
        core::ImportOnce once(pair.a(), QStringLiteral("receipts"), path, false, m_clock);
        QVERIFY(once);
        QVERIFY(once.commit().ok());
    }
    QVERIFY(core::ImportOnce::checkFile(pair.b(), QStringLiteral("receipts"), path).ok()); // not yet known
    QVERIFY(pair.exchange());
    const core::Status onB = core::ImportOnce::checkFile(pair.b(), QStringLiteral("receipts"), path);
    QVERIFY(!onB.ok());
    QCOMPARE(onB.error().code, QStringLiteral("import.already_imported"));
    QCOMPARE(pair.differingTables(), QStringList());
}

void TestSyncModules::stockSnapshotsFollowMovementsImportedBySync()
{
    // The month-end stock snapshots (0016_stock_snapshot.sql) are each
    // workstation's own cache: never sent, and deleted on the receiving side
    // when an imported movement is dated on or before them.
    WorkstationPair pair(1, 2);
    QVERIFY2(pair.isValid(), qPrintable(pair.errorText()));
    const QSqlDatabase a = pair.a();
    const QSqlDatabase b = pair.b();
    setUpWarehouseAndVolunteers(a); // 100 kg of pasta received on 01/03/2021
    QVERIFY(!QTest::currentTestFailed());
    auto pastaAt = [](const QSqlDatabase &db, const QDate &date) {
        auto lots = stock::StockQueries::lots(db, date);
        qint64 grams = 0;
        for (const stock::LotPosition &p : lots.value())
            grams += p.grams;
        return grams;
    };
    QCOMPARE(pastaAt(a, QDate(2021, 4, 10)), qint64(100000)); // a's snapshot of 31/03
    QVERIFY(modulesNumber(a, QStringLiteral("SELECT count(*) FROM stock_snapshot_day")) > 0);
    QVERIFY(pair.exchange());
    QCOMPARE(modulesNumber(b, QStringLiteral("SELECT count(*) FROM stock_snapshot_day")), qint64(0));
    QCOMPARE(modulesNumber(b, QStringLiteral("SELECT count(*) FROM stock_snapshot")), qint64(0));

    QCOMPARE(pastaAt(b, QDate(2021, 3, 31)), qint64(100000)); // b's own snapshot of 31/03
    QCOMPARE(modulesNumber(b, QStringLiteral("SELECT count(*) FROM stock_snapshot_day WHERE day = '2021-03-31'")), qint64(1));
    // Workstation 1 delivers 30 kg on 15/03, before b's snapshot; b imports it.
    QVERIFY(deliverPasta(a, QStringLiteral("Rozzano"), 30000));
    QVERIFY(pair.exchange());
    QCOMPARE(modulesNumber(b, QStringLiteral("SELECT count(*) FROM stock_snapshot_day WHERE day >= '2021-03-15'")), qint64(0));
    for (const QSqlDatabase &db : { a, b }) {
        QCOMPARE(pastaAt(db, QDate(2021, 3, 31)), qint64(70000));
        QCOMPARE(pastaAt(db, QDate(2021, 3, 14)), qint64(100000));
        QCOMPARE(pastaAt(db, QDate(2021, 4, 30)), qint64(70000));
    }
    QCOMPARE(pair.differingTables(), QStringList());
    QCOMPARE(differingReports(pair), QStringList());
}

QTEST_MAIN(TestSyncModules)
#include "tst_syncmodules.moc"
