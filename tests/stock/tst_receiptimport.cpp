#include "stockfixture.h"

#include "core/db/importonce.h"
#include "stock/domain/receiptimport.h"
#include "support/xlsxfromcsv.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace stock;

namespace {
const QByteArray italianHeader = "data;donatore;articolo;categoria;lotto;scadenza;quantità;unità;ubicazione;documento\n";
}

class TestReceiptImport : public QObject {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void importsAGoodItalianFile() { checkGoodItalianFile(false); }
    void importsAGoodItalianWorkbook() { checkGoodItalianFile(true); }
    void readsEnglishHeadersAndCodes();
    void badLines_data();
    void badLines() { checkBadLine(false); }
    void badLinesFromXlsx_data() { badLines_data(); }
    void badLinesFromXlsx() { checkBadLine(true); }
    void raggedRowsAreRefused_data();
    void raggedRowsAreRefused();
    void readsWindowsSpreadsheets();
    void sameFileTwice_data();
    void sameFileTwice();
    void nothingWrittenWhenAnyLineIsBad();
    void expiredGoodsNeedConsent();

private:
    // The same file as CSV, or as the workbook the program's own Excel
    // writer makes of it: the same plan, problems at the same rows.
    void checkGoodItalianFile(bool xlsx);
    void checkBadLine(bool xlsx);
    StockFixture *f = nullptr;
};

void TestReceiptImport::init()
{
    f = new StockFixture;
    QVERIFY(f->setUp());
}

void TestReceiptImport::cleanup()
{
    delete f;
}

void TestReceiptImport::checkGoodItalianFile(bool xlsx)
{
    const QByteArray csv = italianHeader
        + "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;Pasta e riso;L1;31/12/2021;1.250,5;kg;;DDT 12\n"
          "01/03/2021;banco alimentare della lombardia;Latte UHT 1 l;;L2;01/06/2021;2;colli;Polo Colonna mobile;DDT 12\n"
          "\n"
          "02/03/2021;Spesa sospesa Rozzano;latte uht 1 l;;L3;01/06/2021;24;pz;;\n"
          "02/03/2021;Banco Alimentare della Lombardia;Guanti in nitrile;DPI guanti;;;100;;;DDT 13\n";
    // "DPI guanti" is not a category: fix the last line to the real name first.
    QByteArray fixed = csv;
    fixed.replace("DPI guanti", "Guanti");
    // Latte has no pieces per package: give it 12.
    auto milk = StockCatalog(f->database.db()).item(f->milk);
    Item m = *milk;
    m.piecesPerPackage = 12;
    QVERIFY(StockCatalog(f->database.db()).saveItem(m).ok());

    ReceiptImporter importer(f->database.db(), f->clock);
    auto plan = xlsx ? importer.plan(testsupport::xlsxFromCsv(fixed), QStringLiteral("carichi.xlsx"))
                     : importer.plan(fixed, QStringLiteral("carichi.csv"));
    QVERIFY(plan.ok());
    for (const ImportProblem &p : plan->problems)
        qInfo() << p.warning << p.error.code << p.error.args << p.error.where.line;
    QCOMPARE(plan->errorCount(), 0);
    QCOMPARE(plan->warningCount(), 1); // the new donor
    QCOMPARE(plan->newDonors, QStringList{ QStringLiteral("Spesa sospesa Rozzano") });
    QCOMPARE(plan->lineCount, 4);
    QCOMPARE(plan->receipts.size(), 3); // (01/03, Banco, DDT 12), (02/03, Spesa), (02/03, Banco, DDT 13)
    QCOMPARE(plan->receipts.at(0).lines.size(), 2);
    QCOMPARE(plan->receipts.at(0).lines.at(0).quantity, qint64(1250500));
    QCOMPARE(plan->receipts.at(0).lines.at(1).quantity, qint64(24));
    QCOMPARE(plan->receipts.at(0).lines.at(1).locationId, f->pole);
    QCOMPARE(plan->receipts.at(0).fileLines, (QList<int>{ 2, 3 }));
    QCOMPARE(plan->receipts.at(1).fileLines, QList<int>{ 5 });
    QCOMPARE(f->movements(), qint64(0)); // the dry run writes nothing

    auto summary = importer.apply(*plan);
    QVERIFY2(summary.ok(), qPrintable(summary.error().code));
    QCOMPARE(summary->receipts, 3);
    QCOMPARE(summary->lines, 4);
    QCOMPARE(summary->newDonors, 1);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_receipt")), qint64(3));
    QCOMPARE(f->count(QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE item_id = ?"), { f->milk }), qint64(48));
    QCOMPARE(f->count(QStringLiteral("SELECT kind = 'collection' FROM stock_donor WHERE name = 'Spesa sospesa Rozzano'")), qint64(1));
}

void TestReceiptImport::readsEnglishHeadersAndCodes()
{
    const QByteArray csv = "Date,Donor,Code,Quantity,Expiry,Lot\n"
                           "2021-03-01,Banco Alimentare della Lombardia,pasta,12.5,2021-12-31,A\n"
                           "2021-03-01,Banco Alimentare della Lombardia,FFP2,500,2025-12-31,B\n";
    ReceiptImporter importer(f->database.db(), f->clock);
    auto plan = importer.plan(csv, QStringLiteral("receipts.csv"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->errorCount(), 0);
    QCOMPARE(plan->receipts.size(), 1);
    QCOMPARE(plan->receipts.at(0).lines.at(0).quantity, qint64(12500));
    QCOMPARE(plan->receipts.at(0).lines.at(1).quantity, qint64(500));
    QVERIFY(importer.apply(*plan).ok());
}

void TestReceiptImport::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("suggestion");
    const QByteArray ok = "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n";
    QTest::newRow("unknown item with suggestion")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semla;;;31/12/2021;10;kg;;\n")
        << QStringLiteral("stock.import_unknown_item") << QStringLiteral("articolo") << QStringLiteral("Pasta di semola");
    QTest::newRow("unknown category with suggestion")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;Pasta e rso;;31/12/2021;10;kg;;\n")
        << QStringLiteral("stock.import_unknown_category") << QStringLiteral("categoria") << QStringLiteral("Pasta e riso");
    QTest::newRow("item in another category")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;Bevande;;31/12/2021;10;kg;;\n")
        << QStringLiteral("stock.import_category_mismatch") << QStringLiteral("categoria") << QStringLiteral("Pasta e riso");
    QTest::newRow("bad date") << QByteArray("31/02/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n")
                              << QStringLiteral("stock.import_bad_date") << QStringLiteral("data") << QString();
    QTest::newRow("future date") << QByteArray("01/04/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n")
                                 << QStringLiteral("stock.future_date") << QStringLiteral("data") << QString();
    QTest::newRow("zero quantity") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;0;kg;;\n")
                                   << QStringLiteral("stock.bad_quantity") << QStringLiteral("quantità") << QString();
    QTest::newRow("negative quantity") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;-4;kg;;\n")
                                       << QStringLiteral("stock.import_bad_number") << QStringLiteral("quantità") << QString();
    QTest::newRow("not a number") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;dieci;kg;;\n")
                                  << QStringLiteral("stock.import_bad_number") << QStringLiteral("quantità") << QString();
    QTest::newRow("pieces of goods by weight")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;pz;;\n")
        << QStringLiteral("stock.import_unit_mismatch") << QStringLiteral("unità") << QString();
    QTest::newRow("unknown unit") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;quintali;;\n")
                                  << QStringLiteral("stock.import_bad_unit") << QStringLiteral("unità") << QString();
    QTest::newRow("kg of pieces that do not divide")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Latte UHT 1 l;;;31/12/2021;10;kg;;\n")
        << QStringLiteral("stock.import_unit_mismatch") << QStringLiteral("unità") << QString();
    QTest::newRow("expiry missing") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;;10;kg;;\n")
                                    << QStringLiteral("stock.expiry_required") << QStringLiteral("scadenza") << QString();
    QTest::newRow("expired on arrival") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;28/02/2021;10;kg;;\n")
                                        << QStringLiteral("stock.expired_on_arrival") << QStringLiteral("scadenza") << QString();
    QTest::newRow("unknown location") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;Polo Nrd;\n")
                                      << QStringLiteral("stock.import_unknown_location") << QStringLiteral("ubicazione") << QString();
    QTest::newRow("donor misspelt") << QByteArray("01/03/2021;Banco Alimentare della Lombarda;Pasta di semola;;;31/12/2021;10;kg;;\n")
                                    << QStringLiteral("stock.import_unknown_donor") << QStringLiteral("donatore")
                                    << QStringLiteral("Banco Alimentare della Lombardia");
    QTest::newRow("empty item") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;;;;31/12/2021;10;kg;;\n")
                                << QStringLiteral("stock.import_empty") << QStringLiteral("articolo") << QString();
    // Values that do not fit their field: refused with what was written.
    QTest::newRow("kg out of range")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10000000000;kg;;\n")
        << QStringLiteral("import.value_out_of_range") << QStringLiteral("quantità") << QStringLiteral("10000000000");
    QTest::newRow("grams beyond 64 bits")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;99999999999999999999;g;;\n")
        << QStringLiteral("import.value_out_of_range") << QStringLiteral("quantità") << QStringLiteral("99999999999999999999");
    QTest::newRow("pieces out of range")
        << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Latte UHT 1 l;;;31/12/2021;2.000.000.000.000;pz;;\n")
        << QStringLiteral("import.value_out_of_range") << QStringLiteral("quantità") << QStringLiteral("2.000.000.000.000");
    // Texts over their limit (a shifted column, a pasted page).
    QTest::newRow("donor name of 201 characters")
        << "01/03/2021;" + QByteArray(201, 'a') + ";Pasta di semola;;;31/12/2021;10;kg;;\n"
        << QStringLiteral("import.text_too_long") << QStringLiteral("donatore") << QStringLiteral("201");
    QTest::newRow("donor name of 10 MB")
        << "01/03/2021;" + QByteArray(10 * 1024 * 1024, 'a') + ";Pasta di semola;;;31/12/2021;10;kg;;\n"
        << QStringLiteral("import.text_too_long") << QStringLiteral("donatore") << QString::number(10 * 1024 * 1024);
    QTest::newRow("lot code of 51 characters")
        << "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;" + QByteArray(51, 'L') + ";31/12/2021;10;kg;;\n"
        << QStringLiteral("import.text_too_long") << QStringLiteral("lotto") << QStringLiteral("51");
    Q_UNUSED(ok);
}

void TestReceiptImport::checkBadLine(bool xlsx)
{
    QFETCH(QByteArray, line);
    QFETCH(QString, code);
    QFETCH(QString, column);
    QFETCH(QString, suggestion);
    if (xlsx && line.size() > 32767)
        QSKIP("a spreadsheet cell holds at most 32767 characters");
    const QByteArray csv = italianHeader + "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n" + line;
    const QString file = xlsx ? QStringLiteral("carichi.xlsx") : QStringLiteral("carichi.csv");
    auto plan = ReceiptImporter(f->database.db(), f->clock).plan(xlsx ? testsupport::xlsxFromCsv(csv) : csv, file);
    QVERIFY(plan.ok());
    // A quantity typed in a spreadsheet is a number: no thousands dots.
    if (xlsx && QRegularExpression(QStringLiteral("^[0-9.]+$")).match(suggestion).hasMatch())
        suggestion.remove(QLatin1Char('.'));
    QCOMPARE(plan->errorCount(), 1);
    const ImportProblem p = *std::find_if(plan->problems.begin(), plan->problems.end(), [](const ImportProblem &p) { return !p.warning; });
    QCOMPARE(p.error.code, code);
    QCOMPARE(p.error.where.file, file);
    QCOMPARE(p.error.where.line, 3);
    QCOMPARE(p.error.where.field, column);
    if (!suggestion.isEmpty())
        QVERIFY2(p.error.args.join(QLatin1Char('|')).contains(suggestion), qPrintable(p.error.args.join(QLatin1Char('|'))));
    QVERIFY(!plan->canImport());
    auto applied = ReceiptImporter(f->database.db(), f->clock).apply(*plan);
    QCOMPARE(applied.error().code, QStringLiteral("stock.import_has_errors"));
    QCOMPARE(f->movements(), qint64(0));
}

void TestReceiptImport::raggedRowsAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("a field more") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;;x\n");
    QTest::newRow("a field less") << QByteArray("01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg\n");
}

void TestReceiptImport::raggedRowsAreRefused()
{
    QFETCH(QByteArray, line);
    const QByteArray csv = italianHeader + "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n" + line;
    auto plan = ReceiptImporter(f->database.db(), f->clock).plan(csv, QStringLiteral("carichi.csv"));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, QStringLiteral("csv.ragged_row"));
    QCOMPARE(plan.error().where.file, QStringLiteral("carichi.csv"));
    QCOMPARE(plan.error().where.line, 3);
    QCOMPARE(f->movements(), qint64(0));
}

void TestReceiptImport::readsWindowsSpreadsheets()
{
    // Excel's "CSV" on Italian Windows: ’ is 0x92 and € is 0x80 in Windows-1252.
    const QByteArray csv = "data;donatore;articolo;quantità;unità;scadenza;note\n"
                           "01/03/2021;Bottega dell\x92" "Albero;Pasta di semola;10;kg;31/12/2021;valore 20 \x80\n";
    ReceiptImporter importer(f->database.db(), f->clock);
    auto plan = importer.plan(csv, QStringLiteral("carichi.csv"));
    QVERIFY(plan.ok());
    QCOMPARE(plan->errorCount(), 0);
    QCOMPARE(plan->newDonors, QStringList{ QString::fromUtf8("Bottega dell’Albero") });
    QVERIFY(importer.apply(*plan).ok());
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_donor WHERE name = ?"),
                 { QString::fromUtf8("Bottega dell’Albero") }),
        qint64(1));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_receipt WHERE notes LIKE ?"),
                 { QString::fromUtf8("%20 €%") }),
        qint64(1));
}

void TestReceiptImport::sameFileTwice_data()
{
    QTest::addColumn<bool>("again");
    QTest::addColumn<qint64>("grams"); // of pasta in stock after the second import
    QTest::newRow("refused") << false << qint64(10000);
    QTest::newRow("with --again") << true << qint64(20000);
}

void TestReceiptImport::sameFileTwice()
{
    QFETCH(bool, again);
    QFETCH(qint64, grams);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("carichi.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(italianHeader + "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n");
    file.close();
    auto importOnce = [&](bool again) -> core::Status {
        core::ImportOnce once(f->database.db(), QStringLiteral("receipts"), path, again, f->clock);
        if (!once)
            return once.error();
        ReceiptImporter importer(f->database.db(), f->clock);
        auto plan = importer.planFile(path);
        if (!plan)
            return plan.error();
        if (auto summary = importer.apply(*plan); !summary)
            return summary.error();
        return once.commit();
    };
    QVERIFY(importOnce(false).ok());
    const core::Status second = importOnce(again);
    QCOMPARE(second.ok(), again);
    if (!again) {
        QCOMPARE(second.error().code, QStringLiteral("import.already_imported"));
        QCOMPARE(second.error().where.file, path);
        QCOMPARE(second.error().args.value(0), QString::number(f->clock.nowMs())); // when
    }
    QCOMPARE(f->count(QStringLiteral("SELECT sum(quantity) FROM stock_movement WHERE item_id = ?"), { f->pasta }), grams);
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM import_file WHERE kind = 'receipts'")), qint64(again ? 2 : 1));
    // Another kind of import does not know this file.
    QVERIFY(core::ImportOnce::checkFile(f->database.db(), QStringLiteral("deliveries"), path).ok());
}

void TestReceiptImport::nothingWrittenWhenAnyLineIsBad()
{
    // Missing required columns are reported on the header line.
    auto missing = ReceiptImporter(f->database.db(), f->clock).plan("data;articolo\n01/03/2021;Pasta\n", QStringLiteral("x.csv"));
    QVERIFY(missing.ok());
    QCOMPARE(missing->errorCount(), 2); // donatore, quantità
    QCOMPARE(missing->problems.at(0).error.where.line, 1);
    // A plan that passed the dry run but fails while writing (the donor was
    // deactivated meanwhile is not an error; a lot check is): all or nothing.
    const QByteArray csv = italianHeader + "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;31/12/2021;10;kg;;\n"
                                           "01/03/2021;Nuovo donatore;Pasta di semola;;;31/12/2021;10;kg;;\n";
    ReceiptImporter importer(f->database.db(), f->clock);
    auto plan = importer.plan(csv, QStringLiteral("x.csv"));
    QVERIFY(plan->canImport());
    ReceiptImportPlan broken = *plan;
    broken.receipts[1].lines[0].quantity = 0; // as if the file changed under us
    auto applied = importer.apply(broken);
    QVERIFY(!applied.ok());
    QCOMPARE(applied.error().where.line, 3);
    QCOMPARE(f->movements(), qint64(0));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_receipt")), qint64(0));
    QCOMPARE(f->count(QStringLiteral("SELECT count(*) FROM stock_donor WHERE name = 'Nuovo donatore'")), qint64(0));
}

void TestReceiptImport::expiredGoodsNeedConsent()
{
    const QByteArray csv = italianHeader + "01/03/2021;Banco Alimentare della Lombardia;Pasta di semola;;;28/02/2021;10;kg;;\n";
    ReceiptImporter importer(f->database.db(), f->clock);
    QCOMPARE(importer.plan(csv, QStringLiteral("x.csv"))->errorCount(), 1);
    ReceiptImportOptions accept;
    accept.acceptExpired = true;
    auto plan = importer.plan(csv, QStringLiteral("x.csv"), accept);
    QCOMPARE(plan->errorCount(), 0);
    QCOMPARE(plan->warningCount(), 1);
    QCOMPARE(plan->expiredLines, 1);
    auto summary = importer.apply(*plan, accept);
    QVERIFY(summary.ok());
    QCOMPARE(summary->writtenOff, 1);
    QCOMPARE(f->count(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM stock_movement")), qint64(0));
}

QTEST_GUILESS_MAIN(TestReceiptImport)
#include "tst_receiptimport.moc"
