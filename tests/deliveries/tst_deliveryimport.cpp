// Importing requests (booking platform) and past deliveries (spreadsheets),
// and the allocation tried on two files: bad input is refused with the
// file, line and column; comune names never guessed silently; dry runs
// write nothing; imports are all or nothing and can be repeated.

#include "deliveriesfixture.h"

#include "deliveries/domain/allocationfiles.h"
#include "deliveries/domain/deliveryimport.h"
#include "deliveries/domain/requestimport.h"
#include "support/xlsxfromcsv.h"

#include <QTest>

using namespace deliveries;

namespace {

QByteArray csv(const QString &text)
{
    return text.toUtf8();
}

const ImportProblem *find(const QList<ImportProblem> &problems, const QString &code)
{
    for (const ImportProblem &p : problems)
        if (p.error.code == code)
            return &p;
    return nullptr;
}

} // namespace

class TestDeliveryImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void requestsFromThePlatform();
    void comuneNamesAreNeverGuessedSilently();
    void badRequestRows_data();
    void badRequestRows();
    void comuneAbbreviationsResolve_data();
    void comuneAbbreviationsResolve();
    void raggedRowsAreRefused_data();
    void raggedRowsAreRefused();
    void missingColumns();
    void dryRunWritesNothingAndImportIsAllOrNothing();
    void importingTwiceAddsNothing();
    void pastDeliveries() { checkPastDeliveries(false); }
    void pastDeliveriesFromXlsx() { checkPastDeliveries(true); }
    void pastDeliveriesRecognisedByWhatTheySay_data();
    void pastDeliveriesRecognisedByWhatTheySay();
    void badDeliveryRows_data();
    void badDeliveryRows() { checkBadDeliveryRow(false); }
    void badDeliveryRowsFromXlsx_data() { badDeliveryRows_data(); }
    void badDeliveryRowsFromXlsx() { checkBadDeliveryRow(true); }
    void allocationFromFiles();
    void allocationFilesRefuseBadInput_data();
    void allocationFilesRefuseBadInput();

private:
    // The same file as CSV, or as the workbook the program's own Excel
    // writer makes of it: the same plan, problems at the same rows.
    void checkPastDeliveries(bool xlsx);
    void checkBadDeliveryRow(bool xlsx);
    DeliveriesFixture *f = nullptr;
};

void TestDeliveryImport::init()
{
    f = new DeliveriesFixture;
    QVERIFY(f->setUp());
}

void TestDeliveryImport::cleanup()
{
    delete f;
    f = nullptr;
}

void TestDeliveryImport::requestsFromThePlatform()
{
    const QByteArray file = csv(QStringLiteral("Data;Comune;Categoria;Quantità;Unità;Prenotazione;Note\r\n"
                                               "12/03/2021;Rozzano;Pasta e riso;30;kg;CS-1001;\r\n"
                                               "12/03/2021;Rozzano;Bevande;20;kg;CS-1001;famiglie in quarantena\r\n"
                                               "13/03/2021;Melzo;Pasta e riso;1.200;kg;CS-1002;\r\n"
                                               "13/03/2021;;Mascherine FFP2;500;pz;CS-1003;\r\n"));
    // The last row names an item and no comune: add the recipient column.
    const QByteArray withRecipient
        = csv(QStringLiteral("data,comune,destinatario,articolo,categoria,quantita,unita,prenotazione\n"
                             "2021-03-12,Rozzano,,,Pasta e riso,30,kg,CS-1001\n"
                             "2021-03-12,Rozzano,,,Bevande,20,kg,CS-1001\n"
                             "2021-03-13,Melzo,,,Pasta e riso,1200,kg,CS-1002\n"
                             "2021-03-13,,RSA Il Glicine,Mascherine FFP2,,500,pz,CS-1003\n"));
    RequestImporter importer(f->db(), f->clock);
    auto italian = importer.plan(file, QStringLiteral("prenotazioni.csv"));
    QVERIFY(italian.ok());
    QCOMPARE(italian->errorCount(), 2); // a category that is an item, and an empty comune
    auto plan = importer.plan(withRecipient, QStringLiteral("prenotazioni.csv"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->errorCount(), 0);
    QCOMPARE(plan->requests.size(), 3);
    QCOMPARE(plan->requests.at(0).draft.lines.size(), 2); // one booking, two lines
    QCOMPARE(plan->requests.at(0).draft.recipientId, f->rozzano);
    QCOMPARE(plan->requests.at(1).draft.lines.at(0).quantity, qint64(1200000));
    QCOMPARE(plan->requests.at(2).draft.recipientId, f->rsa);
    QCOMPARE(plan->requests.at(2).draft.lines.at(0).itemId, f->masks);
    QCOMPARE(plan->requests.at(2).draft.lines.at(0).quantity, qint64(500));
    auto summary = importer.apply(*plan);
    QVERIFY2(summary.ok(), qPrintable(summary.error().code));
    QCOMPARE(summary->requests, 3);
    QCOMPARE(summary->numbers,
        (QStringList { QStringLiteral("2021/R-0001"), QStringLiteral("2021/R-0002"), QStringLiteral("2021/R-0003") }));
    QCOMPARE(f->count(QStringLiteral(
                 "SELECT count(*) FROM delivery_request WHERE source = 'import' AND status = 'received'")),
        3);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request WHERE external_ref = 'CS-1001'")), 1);
}

void TestDeliveryImport::comuneNamesAreNeverGuessedSilently()
{
    const QByteArray file = csv(QStringLiteral(
        "data;comune;categoria;kg\n"
        "12/03/2021;Cislino;Pasta e riso;10\n" // 2: Cisliano, corrected with a warning
        "12/03/2021;Lacchierella;Pasta e riso;10\n" // 3: Lacchiarella, corrected
        "12/03/2021;San Donato;Pasta e riso;10\n" // 4: ambiguous (San Donato Milanese, San Donato di Lecce...)
        "12/03/2021;Pippolandia;Pasta e riso;10\n" // 5: unknown
        "12/03/2021;Limbiate (MB);Pasta e riso;10\n" // 6: a real comune, outside the metropolitan city
        "12/03/2021;MILANO;Pasta e riso;10\n")); // 7: exact, any case
    auto plan = RequestImporter(f->db(), f->clock).plan(file, QStringLiteral("p.csv"));
    QVERIFY(plan.ok());
    auto at = [&](int line) -> QList<ImportProblem> {
        QList<ImportProblem> list;
        for (const ImportProblem &p : plan->problems)
            if (p.error.where.line == line)
                list.append(p);
        return list;
    };
    QCOMPARE(at(2).size(), 1);
    QVERIFY(at(2).at(0).warning);
    QCOMPARE(at(2).at(0).error.code, QStringLiteral("deliveries.import_comune_corrected"));
    QCOMPARE(at(2).at(0).error.args.value(1), QStringLiteral("Cisliano"));
    QCOMPARE(at(2).at(0).error.where.field, QStringLiteral("comune"));
    QCOMPARE(at(3).at(0).error.args.value(1), QStringLiteral("Lacchiarella"));
    QCOMPARE(at(4).at(0).error.code, QStringLiteral("deliveries.import_comune_ambiguous"));
    QVERIFY(!at(4).at(0).warning);
    QVERIFY(at(4).at(0).error.args.value(1).contains(QStringLiteral("San Donato Milanese")));
    QCOMPARE(at(5).at(0).error.code, QStringLiteral("deliveries.import_comune_unknown"));
    QCOMPARE(at(6).at(0).error.code, QStringLiteral("deliveries.import_not_metropolitan"));
    QVERIFY(at(7).isEmpty());
    QCOMPARE(plan->errorCount(), 3);
    QCOMPARE(plan->requests.size(), 3); // Cisliano, Lacchiarella, Milano
}

void TestDeliveryImport::badRequestRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("no date") << ";Rozzano;Pasta e riso;10"
                             << "deliveries.import_empty"
                             << "data";
    QTest::newRow("not a date") << "31/02/2021;Rozzano;Pasta e riso;10"
                                << "deliveries.import_bad_date"
                                << "data";
    QTest::newRow("in the future") << "20/03/2021;Rozzano;Pasta e riso;10"
                                   << "deliveries.future_date"
                                   << "data";
    QTest::newRow("no quantity") << "12/03/2021;Rozzano;Pasta e riso;"
                                 << "deliveries.import_empty"
                                 << "quantità";
    QTest::newRow("negative quantity") << "12/03/2021;Rozzano;Pasta e riso;-5"
                                       << "deliveries.bad_quantity"
                                       << "quantità";
    QTest::newRow("not a number") << "12/03/2021;Rozzano;Pasta e riso;tanti"
                                  << "deliveries.import_bad_number"
                                  << "quantità";
    QTest::newRow("a fraction of kg") << "12/03/2021;Rozzano;Pasta e riso;12,5"
                                      << "deliveries.import_not_whole_kg"
                                      << "quantità";
    QTest::newRow("unknown category") << "12/03/2021;Rozzano;Pasta e rizo;10"
                                      << "deliveries.import_unknown_category"
                                      << "categoria";
    QTest::newRow("no comune") << "12/03/2021;;Pasta e riso;10"
                               << "deliveries.import_empty"
                               << "comune";
    // Values that do not fit are refused with what was written, never dropped.
    QTest::newRow("kg beyond 64 bits") << "12/03/2021;Rozzano;Pasta e riso;100000000000000000000"
                                       << "import.value_out_of_range"
                                       << "quantità";
    QTest::newRow("kg out of range") << "12/03/2021;Rozzano;Pasta e riso;2.000.000.000"
                                     << "import.value_out_of_range"
                                     << "quantità";
    QTest::newRow("comune name of 201 characters") << "12/03/2021;" + QString(201, QLatin1Char('x')) + ";Pasta e riso;10"
                                                   << "import.text_too_long"
                                                   << "comune";
    QTest::newRow("unknown comune, not another one") << "12/03/2021;Paperopoli;Pasta e riso;10"
                                                     << "deliveries.import_comune_unknown"
                                                     << "comune";
}

void TestDeliveryImport::badRequestRows()
{
    QFETCH(QString, row);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QByteArray file
        = csv(QStringLiteral("data;comune;categoria;quantità\n12/03/2021;Melzo;Bevande;5\n") + row + QLatin1Char('\n'));
    auto plan = RequestImporter(f->db(), f->clock).plan(file, QStringLiteral("richieste.csv"));
    QVERIFY(plan.ok());
    const ImportProblem *p = find(plan->problems, code);
    QVERIFY2(
        p, qPrintable(plan->problems.isEmpty() ? QStringLiteral("no problem") : plan->problems.first().error.code));
    QVERIFY(!p->warning);
    QCOMPARE(p->error.where.file, QStringLiteral("richieste.csv"));
    QCOMPARE(p->error.where.line, 3);
    QCOMPARE(p->error.where.field, field);
    if (code == QLatin1String("import.value_out_of_range"))
        QCOMPARE(p->error.args.value(0), row.section(QLatin1Char(';'), 3)); // the value as written
    if (row.contains(QLatin1String("Paperopoli")))
        QVERIFY2(p->error.args.value(1).contains(QStringLiteral("Paternopoli (AV)")), qPrintable(p->error.args.value(1)));
    QCOMPARE(
        RequestImporter(f->db(), f->clock).apply(*plan).error().code, QStringLiteral("deliveries.import_has_errors"));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request")), 0);
}

void TestDeliveryImport::comuneAbbreviationsResolve_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("comune");
    QTest::newRow("s/N") << "Cernusco s/N" << "Cernusco sul Naviglio";
    QTest::newRow("sul N.") << "Trezzano sul N." << "Trezzano sul Naviglio";
    QTest::newRow("M.se") << "Cologno M.se" << "Cologno Monzese";
    QTest::newRow("S. and M.se") << "S. Donato M.se" << "San Donato Milanese";
    QTest::newRow("S.to") << "S.to Stefano Ticino" << "Santo Stefano Ticino";
    QTest::newRow("d' without apostrophe") << "Cassano dAdda" << "Cassano d'Adda";
    QTest::newRow("province in brackets") << "Rho (MI)" << "Rho";
}

void TestDeliveryImport::comuneAbbreviationsResolve()
{
    QFETCH(QString, written);
    QFETCH(QString, comune);
    auto plan = RequestImporter(f->db(), f->clock)
                    .plan(csv(QStringLiteral("data;comune;categoria;kg\n12/03/2021;%1;Bevande;10\n").arg(written)),
                        QStringLiteral("r.csv"));
    QVERIFY(plan.ok());
    QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.value(0).error.code));
    QCOMPARE(plan->requests.size(), 1);
    QCOMPARE(plan->requests.first().recipientName, QStringLiteral("COC di %1").arg(comune));
}

void TestDeliveryImport::raggedRowsAreRefused_data()
{
    QTest::addColumn<QString>("row");
    QTest::newRow("a field more") << "12/03/2021;Rozzano;Bevande;10;5";
    QTest::newRow("a field less") << "12/03/2021;Rozzano;10";
}

void TestDeliveryImport::raggedRowsAreRefused()
{
    QFETCH(QString, row);
    auto plan = RequestImporter(f->db(), f->clock)
                    .plan(csv(QStringLiteral("data;comune;categoria;kg\n12/03/2021;Melzo;Bevande;5\n") + row),
                        QStringLiteral("r.csv"));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, QStringLiteral("csv.ragged_row"));
    QCOMPARE(plan.error().where.file, QStringLiteral("r.csv"));
    QCOMPARE(plan.error().where.line, 3);
}

void TestDeliveryImport::missingColumns()
{
    auto plan = RequestImporter(f->db(), f->clock)
                    .plan(csv(QStringLiteral("data;categoria\n12/03/2021;Bevande\n")), QStringLiteral("x.csv"));
    QVERIFY(plan.ok());
    QVERIFY(find(plan->problems, QStringLiteral("deliveries.import_missing_column")));
    QCOMPARE(plan->problems.at(0).error.where.line, 1);
    QVERIFY(plan->requests.isEmpty());
    auto empty = RequestImporter(f->db(), f->clock)
                     .plan(csv(QStringLiteral("data;comune;categoria;kg\n")), QStringLiteral("x.csv"));
    QVERIFY(find(empty->problems, QStringLiteral("deliveries.import_no_rows")));
}

void TestDeliveryImport::dryRunWritesNothingAndImportIsAllOrNothing()
{
    const QByteArray good
        = csv(QStringLiteral("data;comune;categoria;kg;prenotazione\n12/03/2021;Rozzano;Bevande;10;A1\n"
                             "12/03/2021;Melzo;Bevande;10;A2\n"));
    RequestImporter importer(f->db(), f->clock);
    auto plan = importer.plan(good, QStringLiteral("ok.csv"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->requests.size(), 2);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request")), 0); // the plan is the dry run
    // A request that the service refuses at apply time (the recipient
    // stopped being in use meanwhile) leaves nothing behind.
    RecipientRepository recipients(f->db());
    Recipient melzo = recipients.recipient(f->melzo).value();
    melzo.active = false;
    QVERIFY(recipients.save(melzo).ok());
    auto summary = importer.apply(*plan);
    QVERIFY(!summary.ok());
    QCOMPARE(summary.error().code, QStringLiteral("deliveries.inactive_recipient"));
    QCOMPARE(summary.error().where.line, 3);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request")), 0);
}

void TestDeliveryImport::importingTwiceAddsNothing()
{
    const QByteArray file
        = csv(QStringLiteral("data;comune;categoria;kg;prenotazione\n12/03/2021;Rozzano;Bevande;10;A1\n"));
    RequestImporter importer(f->db(), f->clock);
    QVERIFY(importer.apply(*importer.plan(file, QStringLiteral("a.csv"))).ok());
    auto again = importer.plan(file, QStringLiteral("a.csv"));
    QVERIFY(again.ok());
    QCOMPARE(again->errorCount(), 0);
    QCOMPARE(again->skipped, 1);
    QVERIFY(again->requests.isEmpty());
    const ImportProblem *p = find(again->problems, QStringLiteral("deliveries.import_already_imported"));
    QVERIFY(p && p->warning);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery_request")), 1);
}

void TestDeliveryImport::checkPastDeliveries(bool xlsx)
{
    const QByteArray text = csv(
        QStringLiteral("Data;Numero;Comune;Destinatario;Categoria;Articolo;Kg;Quantità;Colli;Mezzo;Autista;Firmato da\n"
                       "20/04/2020;PQ-118;Rozzano;;Pasta e riso;;120,5;;6;Furgone Pane quotidiano;L. Neri;Sindaco\n"
                       "20/04/2020;PQ-118;Rozzano;;Bevande;;300;;25;Furgone Pane quotidiano;L. Neri;Sindaco\n"
                       "21/04/2020;;;RSA Il Glicine;;Mascherine FFP2;;400;20;;;\n"
                       "22/04/2020;;Cislino;;Frutta e latticini;;80;;;;;\n"));
    const QByteArray file = xlsx ? testsupport::xlsxFromCsv(text) : text;
    const QString name = xlsx ? QStringLiteral("consegne2020.xlsx") : QStringLiteral("consegne2020.csv");
    DeliveryImporter importer(f->db(), f->clock);
    auto plan = importer.plan(file, name);
    QVERIFY(plan.ok());
    QCOMPARE(plan->errorCount(), 0);
    QCOMPARE(plan->warningCount(), 1); // Cislino read as Cisliano
    QCOMPARE(plan->deliveries.size(), 3);
    QCOMPARE(plan->grams, core::Grams(500500));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery")), 0);
    auto summary = importer.apply(*plan);
    QVERIFY2(summary.ok(), qPrintable(summary.error().code));
    QCOMPARE(summary->deliveries, 3);
    QCOMPARE(
        f->count(QStringLiteral("SELECT count(*) FROM delivery WHERE status = 'delivered' AND origin = 'import'")), 3);
    QCOMPARE(
        f->count(QStringLiteral("SELECT count(*) FROM delivery WHERE number = 'PQ-118' AND signed_by = 'Sindaco'")), 1);
    QCOMPARE(f->count(QStringLiteral("SELECT sum(l.grams) FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id "
                                     "WHERE d.number = 'PQ-118'")),
        420500);
    QCOMPARE(f->count(QStringLiteral("SELECT l.pieces FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id "
                                     "WHERE d.recipient_id = ?"),
                 { f->rsa }),
        400);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_movement")), 0); // the stock is not touched
    // Again: the numbered note is recognised by its number, the others by
    // their date, recipient and lines: nothing is added twice.
    auto again = importer.plan(file, name);
    QCOMPARE(again->errorCount(), 0);
    QCOMPARE(again->skipped, 3);
    QVERIFY(again->deliveries.isEmpty());
    QCOMPARE(again->grams, core::Grams(0));
    QVERIFY(find(again->problems, QStringLiteral("deliveries.import_already_recorded")));
    const ImportProblem *unnumbered = find(again->problems, QStringLiteral("deliveries.import_already_recorded_unnumbered"));
    QVERIFY(unnumbered && unnumbered->warning);
    QCOMPARE(unnumbered->error.where.file, name);
    QVERIFY(QList<int>({ 4, 5 }).contains(unnumbered->error.where.line));
    QVERIFY(importer.apply(*again).ok());
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery")), 3);
}

void TestDeliveryImport::pastDeliveriesRecognisedByWhatTheySay_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<bool>("recognised");
    QTest::newRow("same date, recipient and goods") << "21/04/2020;RSA Il Glicine;Mascherine FFP2;;400" << true;
    QTest::newRow("another day") << "22/04/2020;RSA Il Glicine;Mascherine FFP2;;400" << false;
    QTest::newRow("another quantity") << "21/04/2020;RSA Il Glicine;Mascherine FFP2;;500" << false;
    QTest::newRow("another recipient") << "21/04/2020;COC di Rozzano;Mascherine FFP2;;400" << false;
}

void TestDeliveryImport::pastDeliveriesRecognisedByWhatTheySay()
{
    QFETCH(QString, row);
    QFETCH(bool, recognised);
    const QString header = QStringLiteral("data;destinatario;articolo;kg;quantità\n");
    DeliveryImporter importer(f->db(), f->clock);
    auto first = importer.plan(csv(header + QStringLiteral("21/04/2020;RSA Il Glicine;Mascherine FFP2;;400\n")),
        QStringLiteral("a.csv"));
    QVERIFY(first.ok());
    QCOMPARE(first->errorCount(), 0);
    QVERIFY(importer.apply(*first).ok());
    // A later sheet that repeats (or not) that delivery, without a number.
    auto second = importer.plan(csv(header + row + QLatin1Char('\n')), QStringLiteral("b.csv"));
    QVERIFY(second.ok());
    QCOMPARE(second->errorCount(), 0);
    QCOMPARE(second->skipped, recognised ? 1 : 0);
    QCOMPARE(second->deliveries.size(), recognised ? 0 : 1);
}

void TestDeliveryImport::badDeliveryRows_data()
{
    QTest::addColumn<QString>("row");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("food without weight") << "20/04/2020;;Rozzano;Pasta e riso;;;"
                                         << "deliveries.import_food_needs_kg"
                                         << "kg";
    QTest::newRow("bad weight") << "20/04/2020;;Rozzano;Pasta e riso;molti;;"
                                << "deliveries.import_bad_number"
                                << "kg";
    QTest::newRow("unknown comune") << "20/04/2020;;Gotham;Pasta e riso;10;;"
                                    << "deliveries.import_comune_unknown"
                                    << "comune";
    QTest::newRow("number used for another delivery") << "20/04/2020;2021/0001;Melzo;Pasta e riso;10;;"
                                                      << "deliveries.duplicate_number"
                                                      << "numero";
    QTest::newRow("future") << "20/04/2031;;Rozzano;Pasta e riso;10;;"
                            << "deliveries.future_date"
                            << "data";
    QTest::newRow("kg beyond 64 bits") << "20/04/2020;;Rozzano;Pasta e riso;100000000000000000000;;"
                                       << "import.value_out_of_range"
                                       << "kg";
    QTest::newRow("pieces out of range") << "20/04/2020;;Rozzano;Pasta e riso;;10000000000000;"
                                         << "import.value_out_of_range"
                                         << "quantità";
    QTest::newRow("packages out of range") << "20/04/2020;;Rozzano;Pasta e riso;10;;3000000000"
                                           << "import.value_out_of_range"
                                           << "colli";
    QTest::newRow("note number of 51 characters") << "20/04/2020;" + QString(51, QLatin1Char('9')) + ";Rozzano;Pasta e riso;10;;"
                                                  << "import.text_too_long"
                                                  << "numero";
    QTest::newRow("unknown comune near a real one") << "20/04/2020;;Paperopoli;Pasta e riso;10;;"
                                                    << "deliveries.import_comune_unknown"
                                                    << "comune";
}

void TestDeliveryImport::checkBadDeliveryRow(bool xlsx)
{
    QFETCH(QString, row);
    QFETCH(QString, code);
    QFETCH(QString, field);
    // A delivery numbered 2021/0001 to Rozzano already exists.
    f->receive(f->pasta, 10000, QDate(2021, 3, 1), QDate(2022, 3, 1));
    QVERIFY(DeliveryService(f->db(), f->clock).save(f->draft(f->rozzano, { f->itemLine(f->pasta, 1000) })).ok());
    const QByteArray file
        = csv(QStringLiteral("data;numero;comune;categoria;kg;quantità;colli\n") + row + QLatin1Char('\n'));
    auto plan = DeliveryImporter(f->db(), f->clock)
                    .plan(xlsx ? testsupport::xlsxFromCsv(file) : file,
                        xlsx ? QStringLiteral("storico.xlsx") : QStringLiteral("storico.csv"));
    QVERIFY(plan.ok());
    const ImportProblem *p = find(plan->problems, code);
    QVERIFY2(
        p, qPrintable(plan->problems.isEmpty() ? QStringLiteral("no problem") : plan->problems.first().error.code));
    QCOMPARE(p->error.where.line, 2);
    QCOMPARE(p->error.where.field, field);
    QVERIFY(!DeliveryImporter(f->db(), f->clock).apply(*plan).ok());
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM delivery")), 1);
}

void TestDeliveryImport::allocationFromFiles()
{
    const QByteArray requests
        = csv(QStringLiteral("comune,categoria,kg\nRozzano,Bevande,300\nMelzo,Bevande,100\nRozzano,Bevande,100\n015146,"
                             "Bevande,200\nMelzo,Pasta e riso,10\n"));
    const QByteArray available = csv(QStringLiteral("categoria;kg\nBevande;350\nPasta e riso;100\n"));
    auto result = AllocationFiles::allocate(
        f->db(), requests, QStringLiteral("r.csv"), available, QStringLiteral("a.csv"), Weighting::Request);
    QVERIFY(result.ok());
    QCOMPARE(result->errorCount(), 0);
    // Bevande: 350 of 700 (Rozzano 400, Milano 200, Melzo 100) -> 200, 100, 50.
    QHash<QString, qint64> bevande;
    for (const FileAllocationRow &r : result->rows)
        if (r.category == QLatin1String("Bevande"))
            bevande.insert(r.comune, r.share.allocated);
    QCOMPARE(bevande.value(QStringLiteral("Rozzano")), qint64(200));
    QCOMPARE(bevande.value(QStringLiteral("Milano")), qint64(100));
    QCOMPARE(bevande.value(QStringLiteral("Melzo")), qint64(50));
    core::ReportRequest request;
    const core::ReportDocument doc = AllocationFiles::document(*result, request);
    const core::ReportTable *table = doc.primaryTable();
    QCOMPARE(table->columns.at(0).key, QStringLiteral("istat_code"));
    QCOMPARE(table->columns.at(3).key, QStringLiteral("allocated_kg"));
    QCOMPARE(table->rows.size(), 3); // per comune, categories together
    QCOMPARE(table->rows.at(0).at(1).toString(), QStringLiteral("Melzo"));
    QCOMPARE(table->rows.at(0).at(2).toLongLong(), qint64(110));
    QCOMPARE(table->rows.at(0).at(3).toLongLong(), qint64(60)); // 50 of drinks + the 10 of pasta in full
    // Without categories: one kind of goods; by residents.
    auto single = AllocationFiles::allocate(f->db(), csv(QStringLiteral("comune;kg\nRozzano;100\nMelzo;100\n")),
        QStringLiteral("r.csv"), csv(QStringLiteral("kg\n90\n")), QStringLiteral("a.csv"), Weighting::Population);
    QVERIFY(single.ok());
    QCOMPARE(single->errorCount(), 0);
    QCOMPARE(single->rows.size(), 2);
    qint64 total = 0;
    for (const FileAllocationRow &r : single->rows)
        total += r.share.allocated;
    QCOMPARE(total, qint64(90));
}

void TestDeliveryImport::allocationFilesRefuseBadInput_data()
{
    QTest::addColumn<QString>("requests");
    QTest::addColumn<QString>("available");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::newRow("negative request") << "comune;kg\nRozzano;-10\n"
                                      << "kg\n5\n"
                                      << "deliveries.allocation_negative" << 2;
    QTest::newRow("missing request") << "comune;kg\nRozzano;\n"
                                     << "kg\n5\n"
                                     << "deliveries.import_empty" << 2;
    QTest::newRow("negative available") << "comune;kg\nRozzano;10\n"
                                        << "kg\n-5\n"
                                        << "deliveries.allocation_negative" << 2;
    QTest::newRow("missing available") << "comune;kg\nRozzano;10\n"
                                       << "kg\n\n"
                                       << "deliveries.import_no_rows" << 1;
    QTest::newRow("unknown comune") << "comune;kg\nGotham;10\n"
                                    << "kg\n5\n"
                                    << "deliveries.import_comune_unknown" << 2;
    QTest::newRow("category with nothing available") << "comune;categoria;kg\nRozzano;Bevande;10\n"
                                                     << "categoria;kg\nPasta e riso;5\n"
                                                     << "deliveries.allocation_no_available" << 0;
    QTest::newRow("no kg column") << "comune;peso\nRozzano;10\n"
                                  << "kg\n5\n"
                                  << "deliveries.import_missing_column" << 1;
}

void TestDeliveryImport::allocationFilesRefuseBadInput()
{
    QFETCH(QString, requests);
    QFETCH(QString, available);
    QFETCH(QString, code);
    QFETCH(int, line);
    auto result = AllocationFiles::allocate(
        f->db(), csv(requests), QStringLiteral("r.csv"), csv(available), QStringLiteral("a.csv"), Weighting::Request);
    QVERIFY(result.ok());
    const ImportProblem *p = find(result->problems, code);
    QVERIFY2(
        p, qPrintable(result->problems.isEmpty() ? QStringLiteral("no problem") : result->problems.first().error.code));
    QCOMPARE(p->error.where.line, line);
    QVERIFY(result->rows.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeliveryImport)
#include "tst_deliveryimport.moc"
