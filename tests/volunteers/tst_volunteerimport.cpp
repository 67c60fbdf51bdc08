#include "volunteerfixture.h"

#include "core/db/sql.h"
#include "volunteers/domain/codicefiscale.h"
#include "volunteers/domain/organisationrepository.h"
#include "volunteers/domain/volunteerimport.h"
#include "volunteers/domain/volunteerrepository.h"
#include "core/domain/tablefile.h"
#include "support/xlsxfromcsv.h"

#include <QTemporaryDir>
#include <QTest>

using namespace volunteers;

namespace {

core::CsvTable csv(const QString &text)
{
    return core::parseCsv(text.toUtf8(), QStringLiteral("volontari.csv")).value();
}

QString cf(const QString &surname, const QString &name, const QDate &birth)
{
    return CodiceFiscale::build(surname, name, birth, QLatin1Char('M'), QStringLiteral("F205"));
}

int tableCount(const QSqlDatabase &db, const QString &table)
{
    return core::queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(table))->toInt();
}

} // namespace

// Imports of the spreadsheets used today: volunteers and activations, with
// a dry run, line-numbered errors and all-or-nothing.
class TestVolunteerImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void importsVolunteersWithEmployers();
    void dryRunWritesNothing();
    void badVolunteerLines_data();
    void badVolunteerLines() { checkBadVolunteerLine(false); }
    void badVolunteerLinesFromXlsx_data() { badVolunteerLines_data(); }
    void badVolunteerLinesFromXlsx() { checkBadVolunteerLine(true); }
    void importsAWorkbookFile();
    void residenceIsNeverGuessed_data();
    void residenceIsNeverGuessed();
    void oneBadLineKeepsTheWholeFileOut();
    void reimportUpdatesByCodiceFiscale();
    void importsActivationsByDayAndPeriod();
    void badActivationLines_data();
    void badActivationLines();
    void importsOrganisationsAndUpdatesThoseOnRecord();
    void badOrganisationLines_data();
    void badOrganisationLines();

private:
    // The same lines as CSV, or as the workbook the program's own Excel
    // writer makes of them: the same error at the same row.
    void checkBadVolunteerLine(bool xlsx);
    QString header() const
    {
        return QStringLiteral("Cognome;Nome;Codice fiscale;Organizzazione;Comune di residenza;Condizione;Datore "
                              "lavoro;Datore CF PIVA;Datore PEC\n");
    }
    std::unique_ptr<VolunteerFixture> f;
};

void TestVolunteerImport::init()
{
    f = std::make_unique<VolunteerFixture>();
    QVERIFY2(f->ok, qPrintable(f->error));
}

void TestVolunteerImport::cleanup()
{
    f.reset();
}

void TestVolunteerImport::importsVolunteersWithEmployers()
{
    const QString text = header()
        + QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Peschiera Borromeo;dipendente;Idroscalo Servizi "
                         "S.r.l.;12345678903;amm@pec.idroscalo.example\n")
              .arg(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3)))
        + QStringLiteral("Galli;Piero;%1;Associazione Volontari Protezione Civile Milano Est;Cislino;pensionato;;;\n")
              .arg(cf(QStringLiteral("Galli"), QStringLiteral("Piero"), QDate(1950, 3, 3)));
    VolunteerImporter importer(f->db(), f->clock);
    auto report = importer.importVolunteers(csv(text), QStringLiteral("volontari.csv"), false);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->errors.value(0).code));
    QVERIFY(report->committed);
    QCOMPARE(report->records, 2);
    QCOMPARE(report->added, 2);
    // "Cislino" is Cisliano: accepted, and said.
    QCOMPARE(report->warnings.size(), 1);
    QCOMPARE(report->warnings.first().code, QStringLiteral("volunteers.import_comune_corrected"));
    QCOMPARE(report->warnings.first().where.line, 3);
    QCOMPARE(report->warnings.first().args.value(1), QStringLiteral("Cisliano (MI)"));
    VolunteerRepository people(f->db());
    const Volunteer anna
        = people.byTaxCode(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3))).value();
    QCOMPARE(anna.organisationId, f->organisation);
    QCOMPARE(people.employer(anna.employerId)->pec, QStringLiteral("amm@pec.idroscalo.example"));
    QCOMPARE(anna.employerId, f->employer); // same partita IVA: the same employer, renamed
    const Volunteer piero
        = people.byTaxCode(cf(QStringLiteral("Galli"), QStringLiteral("Piero"), QDate(1950, 3, 3))).value();
    QCOMPARE(piero.employment, Volunteer::Employment::NotWorking);
    QCOMPARE(piero.organisationId, f->otherOrganisation);
}

// A workbook on disk, through importFile as the window and the command line
// read it: the same volunteers, the same warning on the same row.
void TestVolunteerImport::importsAWorkbookFile()
{
    const QString text = header()
        + QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Peschiera Borromeo;dipendente;Idroscalo Servizi "
                         "S.r.l.;12345678903;amm@pec.idroscalo.example\n")
              .arg(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3)))
        + QStringLiteral("Galli;Piero;%1;Associazione Volontari Protezione Civile Milano Est;Cislino;pensionato;;;\n")
              .arg(cf(QStringLiteral("Galli"), QStringLiteral("Piero"), QDate(1950, 3, 3)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("volontari.xlsx"));
    QVERIFY(testsupport::writeXlsxFromCsv(path, text.toUtf8()));
    auto report = VolunteerImporter(f->db(), f->clock).importFile(QStringLiteral("volunteers"), path, false);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->errors.value(0).code));
    QCOMPARE(report->added, 2);
    QCOMPARE(report->warnings.size(), 1);
    QCOMPARE(report->warnings.first().where.line, 3);
    QCOMPARE(report->warnings.first().where.file, path);
    VolunteerRepository people(f->db());
    const Volunteer anna
        = people.byTaxCode(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3))).value();
    QCOMPARE(anna.employerId, f->employer); // the partita IVA, a number in the sheet, still matches
}

void TestVolunteerImport::dryRunWritesNothing()
{
    const QString text = header()
        + QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Peschiera Borromeo;;;;\n")
              .arg(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3)));
    const int before = tableCount(f->db(), QStringLiteral("volunteer"));
    auto report
        = VolunteerImporter(f->db(), f->clock).importVolunteers(csv(text), QStringLiteral("volontari.csv"), true);
    QVERIFY(report->ok());
    QCOMPARE(report->added, 1);
    QVERIFY(!report->committed);
    QCOMPARE(tableCount(f->db(), QStringLiteral("volunteer")), before);
}

void TestVolunteerImport::badVolunteerLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    const QString good = cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3));
    QTest::newRow("wrong check character")
        << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;;;")
               .arg(good.left(15) + QLatin1Char(good.at(15) == QLatin1Char('A') ? 'B' : 'A'))
        << "volunteers.cf_check"
        << "codice_fiscale";
    QTest::newRow("short code") << "Colombo;Anna;CLMNNA88C43;MI-PC-0101;Milano;;;;"
                                << "volunteers.cf_length"
                                << "codice_fiscale";
    QTest::newRow("unknown organisation") << QStringLiteral("Colombo;Anna;%1;Gruppo che non c'è;Milano;;;;").arg(good)
                                          << "volunteers.import_unknown_organisation"
                                          << "organizzazione";
    QTest::newRow("unknown comune") << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Atlantide;;;;").arg(good)
                                    << "reference.comune_not_found"
                                    << "comune_residenza";
    QTest::newRow("ambiguous comune") << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Castro;;;;").arg(good)
                                      << "reference.ambiguous_comune"
                                      << "comune_residenza";
    QTest::newRow("bad employment") << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;astronauta;;;").arg(good)
                                    << "volunteers.import_bad_employment"
                                    << "condizione";
    QTest::newRow("employer without tax code") << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;ACME;;").arg(good)
                                               << "volunteers.import_employer_tax_code_missing"
                                               << "datore_cf_piva";
    QTest::newRow("employer with a wrong partita IVA")
        << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;ACME;12345678901;").arg(good)
        << "volunteers.bad_employer_tax_code"
        << "datore_cf_piva";
    QTest::newRow("bad PEC")
        << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;ACME;12345678903;not an address").arg(good)
        << "reference.bad_email"
        << "datore_pec";
    QTest::newRow("missing name") << QStringLiteral("Colombo;;%1;MI-PC-0101;Milano;;;;").arg(good)
                                  << "volunteers.name_missing"
                                  << "nome";
    QTest::newRow("surname of 201 characters")
        << QStringLiteral("%2;Anna;%1;MI-PC-0101;Milano;;;;").arg(good, QString(201, QLatin1Char('x')))
        << "import.text_too_long"
        << "Cognome";
    QTest::newRow("codice fiscale of 51 characters")
        << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;;;").arg(QString(51, QLatin1Char('X')))
        << "import.text_too_long"
        << "Codice fiscale";
    QTest::newRow("someone already on record")
        << QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;;;\nColombo;Anna;%1;MI-PC-0101;Milano;;;;").arg(good)
        << "volunteers.import_duplicate_cf"
        << "codice_fiscale";
}

void TestVolunteerImport::checkBadVolunteerLine(bool xlsx)
{
    QFETCH(QString, line);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const int before = tableCount(f->db(), QStringLiteral("volunteer"));
    const QString text = header() + line + QLatin1Char('\n');
    auto table = xlsx ? core::parseTableFile(testsupport::xlsxFromCsv(text.toUtf8()), QStringLiteral("volontari.csv"))
                      : core::parseCsv(text.toUtf8(), QStringLiteral("volontari.csv"));
    QVERIFY2(table.ok(), qPrintable(table.error().code));
    auto report = VolunteerImporter(f->db(), f->clock).importVolunteers(*table, QStringLiteral("volontari.csv"), false);
    QVERIFY(report.ok());
    QCOMPARE(report->errors.size(), 1);
    const core::Error &e = report->errors.first();
    QCOMPARE(e.code, error);
    QCOMPARE(e.where.file, QStringLiteral("volontari.csv"));
    QCOMPARE(e.where.line, line.contains(QLatin1Char('\n')) ? 3 : 2);
    QCOMPARE(e.where.field, field);
    QVERIFY(!report->committed);
    QCOMPARE(tableCount(f->db(), QStringLiteral("volunteer")), before);
}

void TestVolunteerImport::residenceIsNeverGuessed_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("error");      // empty: accepted
    QTest::addColumn<QString>("suggestion"); // offered with the error
    QTest::newRow("Paperopoli is not Paternopoli") << "Paperopoli" << "reference.comune_not_found"
                                                   << "Paternopoli (AV)";
    QTest::newRow("two typos") << "Lacchierela" << "reference.comune_not_found" << "Lacchiarella (MI)";
    QTest::newRow("s/N") << "Cernusco s/N" << QString() << QString();
    QTest::newRow("sul N.") << "Cernusco sul N." << QString() << QString();
    QTest::newRow("M.se") << "Cologno M.se" << QString() << QString();
    QTest::newRow("S. and M.se") << "S. Donato M.se" << QString() << QString();
    QTest::newRow("province in brackets") << "Rho (MI)" << QString() << QString();
}

void TestVolunteerImport::residenceIsNeverGuessed()
{
    QFETCH(QString, written);
    QFETCH(QString, error);
    QFETCH(QString, suggestion);
    const QString line = QStringLiteral("Colombo;Anna;%1;MI-PC-0101;%2;;;;\n")
                             .arg(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3)), written);
    auto report = VolunteerImporter(f->db(), f->clock)
                      .importVolunteers(csv(header() + line), QStringLiteral("volontari.csv"), true);
    QVERIFY(report.ok());
    QVERIFY(report->warnings.isEmpty());
    if (error.isEmpty()) {
        QVERIFY2(report->errors.isEmpty(), qPrintable(report->errors.value(0).code));
        return;
    }
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors.first().code, error);
    QCOMPARE(report->errors.first().where.line, 2);
    QVERIFY2(report->errors.first().args.value(1).contains(suggestion), qPrintable(report->errors.first().args.value(1)));
}

void TestVolunteerImport::oneBadLineKeepsTheWholeFileOut()
{
    QString text = header();
    for (int i = 0; i < 5; ++i)
        text += QStringLiteral("Colombo;Anna;%1;MI-PC-0101;Milano;;;;\n")
                    .arg(cf(QStringLiteral("Colombo"), QStringLiteral("Anna"), QDate(1988, 3, 3 + i)));
    text += QStringLiteral("Colombo;Anna;XXXXXXXXXXXXXXXX;MI-PC-0101;Milano;;;;\n");
    text += QStringLiteral("Galli;Piero;%1;MI-PC-0101;Nowhere Town;;;;\n")
                .arg(cf(QStringLiteral("Galli"), QStringLiteral("Piero"), QDate(1950, 3, 3)));
    const int before = tableCount(f->db(), QStringLiteral("volunteer"));
    auto report
        = VolunteerImporter(f->db(), f->clock).importVolunteers(csv(text), QStringLiteral("volontari.csv"), false);
    QCOMPARE(report->errors.size(), 2); // every problem is listed, not just the first
    QCOMPARE(report->errors.at(0).where.line, 7);
    QCOMPARE(report->errors.at(1).where.line, 8);
    QCOMPARE(tableCount(f->db(), QStringLiteral("volunteer")), before);
    QCOMPARE(tableCount(f->db(), QStringLiteral("employer")), 1);
}

void TestVolunteerImport::reimportUpdatesByCodiceFiscale()
{
    const QString code
        = cf(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1980, 1, 1)); // already in the fixture
    const QString text = QStringLiteral("cognome,nome,codice_fiscale,organizzazione,comune_residenza,telefono\n"
                                        "Rossi,Mario,%1,MI-PC-0102,Milano,333 1234567\n")
                             .arg(code);
    auto report = VolunteerImporter(f->db(), f->clock).importVolunteers(csv(text), QStringLiteral("v.csv"), false);
    QVERIFY(report->ok());
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->added, 0);
    const Volunteer rossi = VolunteerRepository(f->db()).volunteer(f->rossi).value();
    QCOMPARE(rossi.organisationId, f->otherOrganisation);
    QCOMPARE(rossi.phone, QStringLiteral("333 1234567"));
    QCOMPARE(rossi.employerId, f->employer); // not in the file: kept
}

void TestVolunteerImport::importsActivationsByDayAndPeriod()
{
    const QString rossi = cf(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1980, 1, 1));
    const QString bianchi = cf(QStringLiteral("Bianchi"), QStringLiteral("Luca"), QDate(1975, 5, 20));
    const QString text
        = QStringLiteral("codice_fiscale;evento;data;dal;al;servizio;comune;luogo\n"
                         "%1;Emergenza COVID-19;01/04/2020;;;supporto COC;Peschiera Borromeo;COC\n"
                         "%2;Emergenza COVID-19;;02/04/2020;05/04/2020;sala operativa CCV-MI;Lacchierella;\n")
              .arg(rossi, bianchi);
    auto report
        = VolunteerImporter(f->db(), f->clock).importActivations(csv(text), QStringLiteral("attivazioni.csv"), false);
    QVERIFY(report.ok());
    QVERIFY2(
        report->ok(), qPrintable(report->errors.value(0).code + report->errors.value(0).args.join(QLatin1Char(' '))));
    QCOMPARE(report->added, 5);
    QCOMPARE(report->warnings.size(), 1); // Lacchierella -> Lacchiarella
    QCOMPARE(tableCount(f->db(), QStringLiteral("activation")), 5);
}

void TestVolunteerImport::badActivationLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    const QString rossi = cf(QStringLiteral("Rossi"), QStringLiteral("Mario"), QDate(1980, 1, 1));
    QTest::newRow("unknown volunteer") << QStringLiteral("%1;Emergenza COVID-19;01/04/2020;supporto COC")
                                              .arg(cf(
                                                  QStringLiteral("Gialli"), QStringLiteral("Ugo"), QDate(1970, 1, 1)))
                                       << "volunteers.import_unknown_volunteer"
                                       << "codice_fiscale";
    QTest::newRow("invalid codice fiscale") << "RSSMRA80A01F205Y;Emergenza COVID-19;01/04/2020;supporto COC"
                                            << "volunteers.cf_check"
                                            << "codice_fiscale";
    QTest::newRow("unknown event") << QStringLiteral("%1;Alluvione;01/04/2020;supporto COC").arg(rossi)
                                   << "volunteers.import_unknown_event"
                                   << "evento";
    QTest::newRow("unknown service") << QStringLiteral("%1;Emergenza COVID-19;01/04/2020;giardinaggio").arg(rossi)
                                     << "volunteers.import_unknown_service"
                                     << "servizio";
    QTest::newRow("not a date") << QStringLiteral("%1;Emergenza COVID-19;31/02/2020;supporto COC").arg(rossi)
                                << "date.invalid"
                                << "data";
    QTest::newRow("outside the event") << QStringLiteral("%1;Vigilanza idraulica;01/04/2020;supporto COC").arg(rossi)
                                       << "volunteers.outside_event"
                                       << "data";
    QTest::newRow("twice in the file") << QStringLiteral(
        "%1;Emergenza COVID-19;01/04/2020;supporto COC\n%1;Emergenza COVID-19;01/04/2020;sala operativa CCV-MI")
                                              .arg(rossi)
                                       << "volunteers.two_services"
                                       << "data";
}

void TestVolunteerImport::badActivationLines()
{
    QFETCH(QString, line);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const QString text = QStringLiteral("CF;Evento;Data;Servizio\n") + line + QLatin1Char('\n');
    auto report
        = VolunteerImporter(f->db(), f->clock).importActivations(csv(text), QStringLiteral("attivazioni.csv"), false);
    QVERIFY(report.ok());
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors.first().code, error);
    QCOMPARE(report->errors.first().where.field, field);
    QCOMPARE(report->errors.first().where.line, line.contains(QLatin1Char('\n')) ? 3 : 2);
    QCOMPARE(tableCount(f->db(), QStringLiteral("activation")), 0);
}

// The list of the organisations (first start): new ones added, those on
// record (same name, or same registry number) updated in the columns the
// file has.
void TestVolunteerImport::importsOrganisationsAndUpdatesThoseOnRecord()
{
    const QString text = QStringLiteral(
        "Nome;Tipo;Comune;Numero registro;Rappresentante;PEC\n"
        "Gruppo comunale volontari di protezione civile di Peschiera Borromeo;gruppo comunale;Peschiera Borromeo;"
        "MI-PC-0101;il sindaco;pc@pec.comune.example\n"
        "Protezione Civile Milano Est;associazione;Milano;MI-PC-0102;Anna Colombo;\n"
        "Volontari del Naviglio;;Cislino;MI-PC-0400;;\n");
    auto report = VolunteerImporter(f->db(), f->clock)
                      .importOrganisations(csv(text), QStringLiteral("organizzazioni.csv"), false);
    QVERIFY(report.ok());
    QVERIFY2(report->ok(), qPrintable(report->errors.value(0).code));
    QVERIFY(report->committed);
    QCOMPARE(report->records, 3);
    QCOMPARE(report->added, 1);
    QCOMPARE(report->updated, 2);
    QCOMPARE(report->warnings.size(), 1); // Cislino read as Cisliano
    QCOMPARE(tableCount(f->db(), QStringLiteral("organisation")), 3);
    OrganisationRepository organisations(f->db());
    const Organisation peschiera = organisations.organisation(f->organisation).value();
    QCOMPARE(peschiera.kind, Organisation::Kind::MunicipalGroup);
    QCOMPARE(peschiera.representative, QStringLiteral("il sindaco"));
    QCOMPARE(peschiera.pec, QStringLiteral("pc@pec.comune.example"));
    // Found by its registry number: renamed.
    QCOMPARE(organisations.organisation(f->otherOrganisation)->name, QStringLiteral("Protezione Civile Milano Est"));
    const Organisation naviglio = organisations.byName(QStringLiteral("volontari del naviglio")).value();
    QCOMPARE(naviglio.kind, Organisation::Kind::Association);
    QCOMPARE(naviglio.registryNumber, QStringLiteral("MI-PC-0400"));

    // The same list again adds nothing.
    auto again = VolunteerImporter(f->db(), f->clock)
                     .importOrganisations(csv(text), QStringLiteral("organizzazioni.csv"), false);
    QVERIFY(again->ok());
    QCOMPARE(again->added, 0);
    QCOMPARE(again->updated, 3);
    QCOMPARE(tableCount(f->db(), QStringLiteral("organisation")), 3);
}

void TestVolunteerImport::badOrganisationLines_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    QTest::newRow("no name") << ";associazione;Milano;;" << "volunteers.organisation_name_missing" << "nome";
    QTest::newRow("unknown kind") << "OdV Nuova;cooperativa;Milano;;" << "volunteers.import_bad_organisation_kind"
                                  << "tipo";
    QTest::newRow("seat outside the metropolitan city") << "OdV Nuova;;Monza;;" << "reference.not_metropolitan"
                                                        << "comune";
    QTest::newRow("unknown comune") << "OdV Nuova;;Atlantide;;" << "reference.comune_not_found" << "comune";
    QTest::newRow("registry number of another")
        << "Gruppo comunale volontari di protezione civile di Peschiera Borromeo;;Peschiera Borromeo;MI-PC-0102;"
        << "volunteers.registry_in_use" << "numero_registro";
    QTest::newRow("bad PEC") << "OdV Nuova;;Milano;;not an address" << "reference.bad_email" << "pec";
    QTest::newRow("twice in the file") << "OdV Nuova;;Milano;;\nodv nuova;;Rozzano;;"
                                       << "volunteers.import_duplicate_organisation" << "nome";
}

void TestVolunteerImport::badOrganisationLines()
{
    QFETCH(QString, line);
    QFETCH(QString, error);
    QFETCH(QString, field);
    const QString text = QStringLiteral("Nome;Tipo;Comune;Numero registro;PEC\n") + line + QLatin1Char('\n');
    auto report = VolunteerImporter(f->db(), f->clock)
                      .importOrganisations(csv(text), QStringLiteral("organizzazioni.csv"), false);
    QVERIFY(report.ok());
    QCOMPARE(report->errors.size(), 1);
    QCOMPARE(report->errors.first().code, error);
    QCOMPARE(report->errors.first().where.field, field);
    QCOMPARE(report->errors.first().where.line, line.contains(QLatin1Char('\n')) ? 3 : 2);
    QVERIFY(!report->committed);
    QCOMPARE(tableCount(f->db(), QStringLiteral("organisation")), 2); // the fixture's
}

QTEST_GUILESS_MAIN(TestVolunteerImport)
#include "tst_volunteerimport.moc"
