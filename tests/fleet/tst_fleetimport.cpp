// The vehicles and equipment importers: dry run, every problem at its line
// and column with nothing written, updates by plate / serial number, and
// the file imported once (ImportFleetFile, core::ImportOnce).

#include "fleetfixture.h"

#include "support/permissionprobe.h"
#include "support/testaccounts.h"
#include "support/testdatabase.h"
#include "support/xlsxfromcsv.h"

#include "core/commands/commandrunner.h"
#include "core/db/sql.h"
#include "core/domain/tablefile.h"
#include "fleet/domain/fleetimport.h"
#include "fleet/domain/fleetimportcommand.h"
#include "fleet/domain/fleetrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fleet;
using namespace fleettest;

class TestFleetImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dryRunWritesNothing();
    void lineErrors_data();
    void lineErrors();
    void lineErrorsFromXlsx_data() { lineErrors_data(); }
    void lineErrorsFromXlsx() { checkLineError(true); }
    void workbookDryRunAndImport();
    void sheetByName_data();
    void sheetByName();
    void importedOnceThenUpdated();
    void equipment();

private:
    void checkLineError(bool xlsx);
    QString write(const QString &name, const QByteArray &content);
    std::unique_ptr<testsupport::TestDatabase> m_database;
    QSqlDatabase m_db;
    QTemporaryDir m_dir;
    core::FixedClock m_clock { QDateTime(today, QTime(10, 0)) };
};

void TestFleetImport::init()
{
    m_database = std::make_unique<testsupport::TestDatabase>();
    QVERIFY(m_database->isValid());
    m_db = m_database->db();
    QVERIFY(testsupport::createRoleAccounts(m_db));
    QVERIFY(addOrganisation(m_db, QStringLiteral("Gruppo Comunale PC Segrate")));
    QVERIFY(addSite(m_db, QStringLiteral("Polo Nord")));
    QVERIFY(testsupport::signInAs(m_db, QStringLiteral("coord")));
}

void TestFleetImport::cleanup()
{
    m_database.reset();
}

QString TestFleetImport::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return path;
}

void TestFleetImport::dryRunWritesNothing()
{
    const QString path = write(QStringLiteral("mezzi.csv"),
        "targa;tipo;proprietario;sede;stato;immatricolazione;revisione;assicurazione;km\n"
        "AB 123 CD;furgone;Città metropolitana;Polo Nord;operativo;02/05/2018;02/05/2026;31/12/2026;54.300\n"
        "FT456GH;fuoristrada;Gruppo Comunale PC Segrate;;in manutenzione;;;;\n");
    const QByteArray before = testsupport::contentHash(m_db);
    auto report = FleetImporter(m_db, m_clock).importFile(QStringLiteral("vehicles"), path, true);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->errors.value(0).code));
    QCOMPARE(report->records, 2);
    QCOMPARE(report->added, 2);
    QVERIFY(!report->committed);
    QCOMPARE(testsupport::contentHash(m_db), before);
}

void TestFleetImport::lineErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("column");
    const QByteArray header = "targa;tipo;proprietario;revisione;immatricolazione;km\n";
    const QByteArray good = "AB123CD;furgone;CCV-MI;;;\n";
    QTest::newRow("missing column") << QByteArray("targa;tipo\nAB123CD;furgone\n") << "fleet.import_missing_column" << 1
                                    << "proprietario";
    QTest::newRow("plate in the wrong format") << header + good + "A1;furgone;CCV-MI;;;\n" << "fleet.plate_format" << 3 << "targa";
    QTest::newRow("plate twice in the file") << header + good + "ab-123-cd;furgone;CCV-MI;;;\n" << "fleet.import_duplicate" << 3
                                             << "targa";
    QTest::newRow("unknown type") << header + "AB123CD;astronave;CCV-MI;;;\n" << "fleet.import_bad_type" << 2 << "tipo";
    QTest::newRow("unknown owner") << header + "AB123CD;furgone;OdV Inesistente;;;\n" << "fleet.import_unknown_owner" << 2
                                   << "proprietario";
    QTest::newRow("revision before registration") << header + "AB123CD;furgone;CCV-MI;01/01/2018;02/05/2018;\n"
                                                  << "fleet.revision_before_registration" << 2 << "revisione";
    QTest::newRow("not a date") << header + "AB123CD;furgone;CCV-MI;31/02/2026;;\n" << "fleet.import_bad_date" << 2
                                << "revisione";
    QTest::newRow("negative km") << header + "AB123CD;furgone;CCV-MI;;;-5\n" << "fleet.km_out_of_range" << 2 << "km";
    QTest::newRow("absurd km") << header + "AB123CD;furgone;CCV-MI;;;3000000\n" << "fleet.km_out_of_range" << 2 << "km";
    QTest::newRow("km beyond any quantity") << header + "AB123CD;furgone;CCV-MI;;;99999999999999999\n"
                                            << "import.value_out_of_range" << 2 << "km";
    QTest::newRow("km not a number") << header + "AB123CD;furgone;CCV-MI;;;tanti\n" << "fleet.import_bad_number" << 2 << "km";
    QTest::newRow("overlong plate") << header + QByteArray(60, 'A') + ";furgone;CCV-MI;;;\n" << "import.text_too_long" << 2
                                    << "targa";
}

void TestFleetImport::lineErrors()
{
    checkLineError(false);
}

// The same lines as a CSV file or as the workbook the program's own Excel
// writer makes of them: the same error at the same row, nothing written.
void TestFleetImport::checkLineError(bool xlsx)
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, error);
    QFETCH(int, line);
    QFETCH(QString, column);
    const QString path = xlsx ? write(QStringLiteral("mezzi.xlsx"), testsupport::xlsxFromCsv(csv))
                              : write(QStringLiteral("mezzi.csv"), csv);
    const QByteArray before = testsupport::contentHash(m_db);
    ImportFleetFile command(QStringLiteral("vehicles"), path, false);
    const core::Status s = core::CommandRunner(m_db, m_clock).run(command);
    QVERIFY(!s);
    QVERIFY(!command.report().ok());
    const core::Error &e = command.report().errors.first();
    QCOMPARE(e.code, error);
    QCOMPARE(e.where.line, line);
    QCOMPARE(e.where.field, column);
    QCOMPARE(testsupport::contentHash(m_db), before);
    QCOMPARE(count(m_db, QStringLiteral("import_file")), qint64(0));
}

// `cisiamo import --sheet NAME`: the command line sets a TableSheetScope
// around the importer; every importer's file is read from that sheet.
void TestFleetImport::sheetByName_data()
{
    QTest::addColumn<bool>("xlsx");
    QTest::addColumn<QString>("sheet"); // FIRST: the workbook's own sheet, as the refusal names it
    QTest::addColumn<QString>("error");
    QTest::newRow("a sheet the workbook does not have") << true << "Attrezzature" << "xlsx.no_sheet";
    QTest::newRow("a CSV has no sheets") << false << "Mezzi" << "xlsx.sheet_of_csv";
    QTest::newRow("the sheet by its name") << true << "FIRST" << "";
    QTest::newRow("the sheet in another case") << true << "first" << "";
}

void TestFleetImport::sheetByName()
{
    QFETCH(bool, xlsx);
    QFETCH(QString, sheet);
    QFETCH(QString, error);
    const QByteArray csv = "targa;tipo;proprietario\nAB 123 CD;furgone;Città metropolitana\n";
    const QString path = xlsx ? write(QStringLiteral("mezzi.xlsx"), testsupport::xlsxFromCsv(csv))
                              : write(QStringLiteral("mezzi.csv"), csv);
    const auto codeOf = [&](const QString &name, QStringList *args) {
        const core::TableSheetScope scope(name);
        auto report = FleetImporter(m_db, m_clock).importFile(QStringLiteral("vehicles"), path, true);
        const core::Error e = !report ? report.error() : report->errors.value(0);
        if (args)
            *args = e.args;
        return e.code;
    };
    if (sheet.compare(QLatin1String("FIRST"), Qt::CaseInsensitive) == 0) {
        // The refusal names the sheets there are: take the first.
        QStringList args;
        QCOMPARE(codeOf(QStringLiteral("Nessuno"), &args), QStringLiteral("xlsx.no_sheet"));
        QVERIFY2(!args.value(1).isEmpty(), qPrintable(args.join(QLatin1Char('|'))));
        const QString first = args.value(1).section(QStringLiteral(", "), 0, 0);
        sheet = sheet == QLatin1String("first") ? first.toLower() : first;
    }
    const QByteArray before = testsupport::contentHash(m_db);
    QStringList args;
    QCOMPARE(codeOf(sheet, &args), error);
    if (error == QLatin1String("xlsx.no_sheet"))
        QCOMPARE(args.value(0), sheet);
    QCOMPARE(testsupport::contentHash(m_db), before);
    // Without a scope the first visible sheet, as before.
    if (xlsx)
        QCOMPARE(codeOf(QString(), nullptr), QString());
}

void TestFleetImport::workbookDryRunAndImport()
{
    const QString path = write(QStringLiteral("mezzi.xlsx"), testsupport::xlsxFromCsv(
        "targa;tipo;proprietario;sede;stato;immatricolazione;revisione;assicurazione;km\n"
        "AB 123 CD;furgone;Città metropolitana;Polo Nord;operativo;02/05/2018;02/05/2026;31/12/2026;54.300\n"
        "FT456GH;fuoristrada;Gruppo Comunale PC Segrate;;in manutenzione;;;;\n"));
    const QByteArray before = testsupport::contentHash(m_db);
    auto report = FleetImporter(m_db, m_clock).importFile(QStringLiteral("vehicles"), path, true);
    QVERIFY(report);
    QVERIFY2(report->ok(), qPrintable(report->errors.value(0).code));
    QCOMPARE(report->records, 2);
    QCOMPARE(report->added, 2);
    QCOMPARE(testsupport::contentHash(m_db), before);
    ImportFleetFile command(QStringLiteral("vehicles"), path, false);
    QVERIFY(core::CommandRunner(m_db, m_clock).run(command));
    QCOMPARE(command.report().added, 2);
    QCOMPARE(count(m_db, QStringLiteral("fleet_vehicle")), qint64(2));
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("SELECT odometer_km, revision_due FROM fleet_vehicle WHERE plate = 'AB123CD'")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), qint64(54300));
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-05-02"));
}

void TestFleetImport::importedOnceThenUpdated()
{
    const QString path = write(QStringLiteral("mezzi.csv"),
        "targa,tipo,proprietario,km\nAB123CD,van,metropolitan_city,1000\nPC 123 AB,special,CCV-MI,\n");
    core::CommandRunner runner(m_db, m_clock);
    ImportFleetFile first(QStringLiteral("vehicles"), path, false);
    QVERIFY(runner.run(first).ok());
    QCOMPARE(first.report().added, 2);
    QCOMPARE(count(m_db, QStringLiteral("fleet_vehicle")), qint64(2));
    ImportFleetFile twice(QStringLiteral("vehicles"), path, false);
    const core::Status refused = runner.run(twice);
    QCOMPARE(refused.ok() ? QString() : refused.error().code, QStringLiteral("import.already_imported"));
    // A new file with the same plate updates it; km going back is refused.
    const QString update = write(QStringLiteral("mezzi2.csv"), "targa,tipo,proprietario,km\nAB 123 CD,van,CCV-MI,2500\n");
    ImportFleetFile second(QStringLiteral("vehicles"), update, false);
    QVERIFY(runner.run(second).ok());
    QCOMPARE(second.report().updated, 1);
    QCOMPARE(FleetRepository(m_db).vehicleByPlate(QStringLiteral("AB123CD"))->odometerKm, qint64(2500));
    const QString back = write(QStringLiteral("mezzi3.csv"), "targa,tipo,proprietario,km\nAB123CD,van,CCV-MI,2000\n");
    ImportFleetFile third(QStringLiteral("vehicles"), back, false);
    QVERIFY(!runner.run(third).ok());
    QCOMPARE(third.report().errors.value(0).code, QStringLiteral("fleet.odometer_backwards"));
}

void TestFleetImport::equipment()
{
    const QString path = write(QStringLiteral("attrezzature.csv"),
        "tipo;descrizione;matricola;sede;stato;verifica\n"
        "generatore;Gruppo elettrogeno 6 kW;gen-0001;Polo Nord;operativo;30/06/2026\n"
        "tenda;Tenda PI 88;;;;\n"
        "torre faro;Torre faro 4 x 1000 W;TF-1;Polo Nord;fuori servizio;\n");
    core::CommandRunner runner(m_db, m_clock);
    ImportFleetFile command(QStringLiteral("equipment"), path, false);
    QVERIFY2(runner.run(command).ok(), qPrintable(command.report().errors.value(0).code));
    QCOMPARE(command.report().added, 3);
    auto gen = FleetRepository(m_db).equipmentBySerial(QStringLiteral("GEN-0001"));
    QVERIFY(gen && gen->id);
    QCOMPARE(gen->checkDue, QDate(2026, 6, 30));
    QCOMPARE(gen->type, Equipment::Type::Generator);
    const QString bad = write(QStringLiteral("bad.csv"), "tipo;descrizione;matricola\nfrigorifero;Frigo;F1\ntenda;;T1\n");
    auto report = FleetImporter(m_db, m_clock).importFile(QStringLiteral("equipment"), bad, true);
    QVERIFY(report);
    QCOMPARE(report->errors.size(), 2);
    QCOMPARE(report->errors[0].code, QStringLiteral("fleet.import_bad_type"));
    QCOMPARE(report->errors[1].code, QStringLiteral("fleet.equipment_description_missing"));
    QCOMPARE(report->errors[1].where.line, 3);
}

QTEST_GUILESS_MAIN(TestFleetImport)
#include "tst_fleetimport.moc"
