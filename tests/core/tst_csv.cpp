#include "core/domain/csv.h"
#include "core/domain/importlimits.h"
#include "core/domain/dates.h"
#include "core/domain/units.h"

#include <QTest>

using namespace core;

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void parses_data();
    void parses();
    void reportsLinesOfRecords();
    void refusesUnterminatedQuote();
    void readsLatin1Spreadsheets();
    void decodesWindowsText_data();
    void decodesWindowsText();
    void refusesRaggedRows_data();
    void refusesRaggedRows();
    void refusesOverlongText_data();
    void refusesOverlongText();
    void findsColumnsByAlias();
    void writesRfc4180();
    void neutralisesFormulas_data();
    void neutralisesFormulas();
    void dates_data();
    void dates();
    void kilograms_data();
    void kilograms();
};

void TestCsv::parses_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");
    QTest::newRow("comma") << QByteArray("a,b\n1,2\n3,4\n") << QStringList{ "a", "b" }
                           << QList<QStringList>{ { "1", "2" }, { "3", "4" } };
    QTest::newRow("semicolon detected") << QByteArray("comune;kg\nMilano;1,5\n") << QStringList{ "comune", "kg" }
                                        << QList<QStringList>{ { "Milano", "1,5" } };
    QTest::newRow("CRLF and BOM") << QByteArray("\xEF\xBB\xBF" "a,b\r\n1,2\r\n") << QStringList{ "a", "b" }
                                  << QList<QStringList>{ { "1", "2" } };
    QTest::newRow("quoted separator and quote") << QByteArray("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n") << QStringList{ "a", "b" }
                                                << QList<QStringList>{ { "x, y", "say \"hi\"" } };
    QTest::newRow("quoted newline") << QByteArray("a,b\n\"line1\nline2\",2\n") << QStringList{ "a", "b" }
                                    << QList<QStringList>{ { "line1\nline2", "2" } };
    QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,x\n,\n2,y\n") << QStringList{ "a", "b" }
                                         << QList<QStringList>{ { "1", "x" }, { "2", "y" } };
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2") << QStringList{ "a", "b" } << QList<QStringList>{ { "1", "2" } };
    QTest::newRow("empty fields") << QByteArray("a,b,c\n,,3\n") << QStringList{ "a", "b", "c" }
                                  << QList<QStringList>{ { "", "", "3" } };
    QTest::newRow("header trimmed") << QByteArray(" a , b \n1,2\n") << QStringList{ "a", "b" }
                                    << QList<QStringList>{ { "1", "2" } };
}

void TestCsv::parses()
{
    QFETCH(QByteArray, data);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);
    auto table = parseCsv(data);
    QVERIFY(table.ok());
    QCOMPARE(table->header, header);
    QCOMPARE(table->records.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(table->records.at(i).fields, rows.at(i));
    for (const CsvRecord &r : table->records)
        for (const QString &f : r.fields)
            QVERIFY(!f.isNull()); // empty, never NULL, when bound to SQL
}

void TestCsv::reportsLinesOfRecords()
{
    auto table = parseCsv("a,b\n1,2\n\n\"multi\nline\",3\n4,5\n", QStringLiteral("f.csv"));
    QVERIFY(table.ok());
    QCOMPARE(table->records.at(0).line, 2);
    QCOMPARE(table->records.at(1).line, 4);
    QCOMPARE(table->records.at(2).line, 6);
}

void TestCsv::refusesUnterminatedQuote()
{
    auto table = parseCsv("a,b\n1,2\n\"open,3\n4,5\n", QStringLiteral("bad.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, QStringLiteral("csv.unterminated_quote"));
    QCOMPARE(table.error().where.line, 3);
    QCOMPARE(table.error().where.file, QStringLiteral("bad.csv"));
    QCOMPARE(parseCsv("").error().code, QStringLiteral("csv.empty"));
}

void TestCsv::readsLatin1Spreadsheets()
{
    auto table = parseCsv(QByteArray("comune\nCant\xF9\n"));
    QVERIFY(table.ok());
    QCOMPARE(table->records.first().fields.first(), QString::fromUtf8("Cantù"));
}

void TestCsv::decodesWindowsText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    // Excel on Italian Windows saves "CSV" as Windows-1252.
    QTest::newRow("apostrophe and euro") << QByteArray("note\nl\x92offerta vale 5 \x80\n")
                                         << QString::fromUtf8("l’offerta vale 5 €");
    QTest::newRow("quotes and dash") << QByteArray("note\n\x93ok\x94 \x96 fine\x85\n")
                                     << QString::fromUtf8("“ok” – fine…");
    QTest::newRow("accents as Latin-1") << QByteArray("note\nCant\xF9 e Sar\xF2\n") << QString::fromUtf8("Cantù e Sarò");
    QTest::newRow("UTF-8 first") << QByteArray("note\nl\xE2\x80\x99offerta 5 \xE2\x82\xAC\n")
                                 << QString::fromUtf8("l’offerta 5 €");
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBFnote\nSar\xC3\xB2\n") << QString::fromUtf8("Sarò");
}

void TestCsv::decodesWindowsText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    auto table = parseCsv(bytes);
    QVERIFY(table.ok());
    QCOMPARE(table->records.first().fields.first(), text);
    for (const QChar c : table->records.first().fields.first())
        QVERIFY2(c.unicode() < 0x80 || c.unicode() > 0x9F, "a C1 control character");
}

void TestCsv::refusesRaggedRows_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QStringList>("args"); // fields found, fields in the header
    QTest::newRow("one field more") << QByteArray("a;b;c\n1;2;3\n4;5;6;7\n") << 3 << QStringList{ "4", "3" };
    QTest::newRow("one field less") << QByteArray("a;b;c\n1;2\n") << 2 << QStringList{ "2", "3" };
    QTest::newRow("trailing separator") << QByteArray("a,b\n1,2,\n") << 2 << QStringList{ "3", "2" };
    QTest::newRow("after a quoted newline") << QByteArray("a,b\n\"x\ny\",1\n2\n") << 4 << QStringList{ "1", "2" };
}

void TestCsv::refusesRaggedRows()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QStringList, args);
    auto table = parseCsv(data, QStringLiteral("r.csv"));
    QVERIFY(!table.ok());
    QCOMPARE(table.error().code, QStringLiteral("csv.ragged_row"));
    QCOMPARE(table.error().args, args);
    QCOMPARE(table.error().where.file, QStringLiteral("r.csv"));
    QCOMPARE(table.error().where.line, line);
}

void TestCsv::refusesOverlongText_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("errors");
    // Columns: code, name, notes (kinds given), extra (Text by default).
    QTest::newRow("code at its limit") << 0 << 50 << 0;
    QTest::newRow("code over") << 0 << 51 << 1;
    QTest::newRow("name at its limit") << 1 << 200 << 0;
    QTest::newRow("name over") << 1 << 201 << 1;
    QTest::newRow("10 MB name") << 1 << 10 * 1024 * 1024 << 1;
    QTest::newRow("notes at their limit") << 2 << 2000 << 0;
    QTest::newRow("notes over") << 2 << 2001 << 1;
    QTest::newRow("another column over") << 3 << 2001 << 1;
}

void TestCsv::refusesOverlongText()
{
    QFETCH(int, column);
    QFETCH(int, length);
    QFETCH(int, errors);
    QStringList fields{ "A1", "Rossi", "", "" };
    fields[column] = QString(length, QLatin1Char('x'));
    auto table = parseCsv("codice;nome;note;altro\n" + fields.join(QLatin1Char(';')).toUtf8() + "\n");
    QVERIFY(table.ok());
    const QList<Error> found = overlongFields(
        *table, QStringLiteral("l.csv"), { { 0, TextKind::Code }, { 1, TextKind::Name }, { 2, TextKind::Text } });
    QCOMPARE(found.size(), errors);
    if (errors) {
        QCOMPARE(found.first().code, QStringLiteral("import.text_too_long"));
        QCOMPARE(found.first().where.line, 2);
        QCOMPARE(found.first().where.field, table->header.at(column));
        QCOMPARE(found.first().args.at(1), QString::number(length));
    }
}

void TestCsv::findsColumnsByAlias()
{
    auto table = parseCsv("Codice ISTAT;Comune di residenza;Quantità (kg)\n");
    QVERIFY(table.ok());
    QCOMPARE(table->column({ "istat_code", "codice istat" }), 0);
    QCOMPARE(table->column({ "comune_di_residenza" }), 1);
    QCOMPARE(table->column({ "quantita kg" }), 2);
    QCOMPARE(table->column({ "missing" }), -1);
}

void TestCsv::writesRfc4180()
{
    CsvWriter writer;
    writer.writeRow({ "name", "note" });
    writer.writeRow({ "Cassina de' Pecchi", "a, b \"c\"" });
    QCOMPARE(writer.data(), QByteArray("name,note\r\nCassina de' Pecchi,\"a, b \"\"c\"\"\"\r\n"));
    CsvWriter italian({ QLatin1Char(';'), true });
    italian.writeRow({ "1,5" });
    QCOMPARE(italian.data(), QByteArray("\xEF\xBB\xBF" "1,5\r\n"));
}

void TestCsv::neutralisesFormulas_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text"); // as written in a Text column
    QTest::addColumn<QString>("number"); // as written in a Number column
    QTest::newRow("HYPERLINK") << "=HYPERLINK(\"http://x\",\"y\")" << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
                               << "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
    QTest::newRow("DDE") << "+cmd|' /C calc'!A0" << "\"'+cmd|' /C calc'!A0\"" << "+cmd|' /C calc'!A0";
    QTest::newRow("minus") << "-2+3" << "\"'-2+3\"" << "-2+3";
    QTest::newRow("at") << "@SUM(1+1)" << "\"'@SUM(1+1)\"" << "@SUM(1+1)";
    QTest::newRow("tab") << "\t=1" << "\"'\t=1\"" << "\t=1";
    QTest::newRow("carriage return") << "\r=1" << "\"'\r=1\"" << "\"\r=1\"";
    QTest::newRow("negative number") << "-3" << "\"'-3\"" << "-3";
    QTest::newRow("formula inside is harmless") << "Banco =1" << "Banco =1" << "Banco =1";
    QTest::newRow("plain name") << "Banco Alimentare" << "Banco Alimentare" << "Banco Alimentare";
    QTest::newRow("empty") << "" << "" << "";
}

void TestCsv::neutralisesFormulas()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, number);
    for (const QChar separator : { QLatin1Char(','), QLatin1Char(';') }) {
        CsvWriter writer({ separator, false });
        writer.writeRow({ field, field }, { CsvCell::Text, CsvCell::Number });
        writer.writeRow({ field }); // without kinds: text
        QCOMPARE(QString::fromUtf8(writer.data()),
            text + separator + number + QStringLiteral("\r\n") + text + QStringLiteral("\r\n"));
        if (field.isEmpty())
            continue; // an empty record is skipped on reading
        // Read back, the text keeps its quote: a spreadsheet shows it as typed.
        CsvWriter oneRow({ separator, false });
        oneRow.writeRow({ field, field }, { CsvCell::Text, CsvCell::Number });
        auto table = parseCsv(QByteArray("a") + QString(separator).toUtf8() + "b\r\n" + oneRow.data());
        QVERIFY(table.ok());
        QCOMPARE(table->records.first().fields.first(), looksLikeFormula(field) ? QLatin1Char('\'') + field : field);
    }
}

void TestCsv::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("italian") << "19/03/2021" << QDate(2021, 3, 19);
    QTest::newRow("short italian") << "4/2/2021" << QDate(2021, 2, 4);
    QTest::newRow("dashes") << "04-02-2021" << QDate(2021, 2, 4);
    QTest::newRow("iso") << "2021-03-19" << QDate(2021, 3, 19);
    QTest::newRow("no 31 February") << "31/02/2021" << QDate();
    QTest::newRow("american order is not a date") << "03/19/2021" << QDate();
    QTest::newRow("words") << "ieri" << QDate();
    QTest::newRow("two-digit year") << "19/03/21" << QDate();
}

void TestCsv::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(parseUserDate(text), date);
    if (date.isValid())
        QCOMPARE(fromSqlDate(toSqlDate(date)), date);
}

void TestCsv::kilograms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("grams");
    QTest::newRow("decimal comma") << "12,5" << qint64(12500);
    QTest::newRow("grouping and comma") << "1.234,25" << qint64(1234250);
    QTest::newRow("dot decimal") << "12.5" << qint64(12500);
    QTest::newRow("with unit") << "3 kg" << qint64(3000);
    QTest::newRow("negative") << "-1" << qint64(-1);
    QTest::newRow("garbage") << "tanto" << qint64(-1);
    QTest::newRow("empty") << "" << qint64(-1);
}

void TestCsv::kilograms()
{
    QFETCH(QString, text);
    QFETCH(qint64, grams);
    QCOMPARE(parseKgToGrams(text, QLocale(QLocale::Italian, QLocale::Italy)), grams);
    QCOMPARE(formatKg(71883000, QLocale(QLocale::Italian, QLocale::Italy)), QStringLiteral("71.883 kg"));
    QCOMPARE(formatKg(12500, QLocale(QLocale::Italian, QLocale::Italy)), QStringLiteral("12,5 kg"));
}

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
