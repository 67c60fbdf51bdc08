// The .xlsx reader of the importers (core/domain/xlsxtable.h, tablefile.h):
// workbooks written by the program's own exporter (ReportXlsx) and by
// libxlsxwriter directly (shared strings, booleans, formulas, formats),
// hand-built parts for what those never write, and hostile files, each
// refused with its code and nothing returned.

#include "core/domain/tablefile.h"
#include "core/domain/xlsxtable.h"
#include "support/xlsxfromcsv.h"

#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zlib.h>

using core::CsvTable;

namespace {

// A ZIP written member by member, with the knobs the hostile cases need.
struct ZipMember {
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    quint16 flags = 0;
    qint64 declaredSize = -1; // -1: the real size
    bool badCrc = false;
};

void put16(QByteArray &b, quint32 v)
{
    b.append(char(v & 0xff)).append(char((v >> 8) & 0xff));
}

void put32(QByteArray &b, quint32 v)
{
    put16(b, v & 0xffff);
    put16(b, v >> 16);
}

QByteArray deflateRaw(const QByteArray &data)
{
    z_stream z {};
    deflateInit2(&z, 9, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

QByteArray zipOf(const QList<ZipMember> &members)
{
    QByteArray out, directory;
    for (const ZipMember &m : members) {
        const QByteArray packed = m.deflate ? deflateRaw(m.data) : m.data;
        quint32 crc = quint32(crc32(0, reinterpret_cast<const Bytef *>(m.data.constData()), uInt(m.data.size())));
        if (m.badCrc)
            crc ^= 1;
        const quint32 size = quint32(m.declaredSize >= 0 ? m.declaredSize : m.data.size());
        const quint32 offset = quint32(out.size());
        auto header = [&](QByteArray &b, bool central) {
            put32(b, central ? 0x02014b50 : 0x04034b50);
            if (central)
                put16(b, 20);
            put16(b, 20);
            put16(b, m.flags);
            put16(b, m.deflate ? 8 : 0);
            put32(b, 0); // time, date
            put32(b, crc);
            put32(b, quint32(packed.size()));
            put32(b, size);
            put16(b, quint32(m.name.size()));
            put16(b, 0);
            if (central) {
                put16(b, 0);
                put16(b, 0);
                put16(b, 0);
                put32(b, 0);
                put32(b, offset);
            }
            b.append(m.name);
        };
        header(out, false);
        out.append(packed);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50);
    put32(out, 0);
    put16(out, quint32(members.size()));
    put16(out, quint32(members.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

const QByteArray mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const QByteArray relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The parts of a one-sheet workbook around `sheetData` (the <sheetData>
// children), with optional shared strings, styles and workbookPr.
QList<ZipMember> workbookParts(const QByteArray &sheetData, const QByteArray &shared = {},
                               const QByteArray &styles = {}, const QByteArray &workbookPr = {})
{
    QList<ZipMember> m;
    m.append(ZipMember { "[Content_Types].xml",
        "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" });
    m.append(ZipMember { "_rels/.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + relNs + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" });
    m.append(ZipMember { "xl/workbook.xml",
        "<?xml version=\"1.0\"?><workbook xmlns=\"" + mainNs + "\" xmlns:r=\"" + relNs + "\">" + workbookPr
            + "<sheets><sheet name=\"Foglio1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" });
    m.append(ZipMember { "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"" + relNs + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"" + relNs + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"" + relNs + "/styles\" Target=\"/xl/styles.xml\"/></Relationships>" });
    m.append(ZipMember { "xl/worksheets/sheet1.xml",
        "<?xml version=\"1.0\"?><worksheet xmlns=\"" + mainNs + "\"><sheetData>" + sheetData
            + "</sheetData></worksheet>" });
    if (!shared.isEmpty())
        m.append(ZipMember { "xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"" + mainNs + "\">" + shared + "</sst>" });
    if (!styles.isEmpty())
        m.append(ZipMember { "xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"" + mainNs + "\">" + styles + "</styleSheet>" });
    return m;
}

QByteArray workbook(const QByteArray &sheetData, const QByteArray &shared = {}, const QByteArray &styles = {},
                    const QByteArray &workbookPr = {})
{
    return zipOf(workbookParts(sheetData, shared, styles, workbookPr));
}

// "line: a | b | c" for each record, the header first as "header: ...".
QStringList rowsOf(const CsvTable &table)
{
    QStringList out { QStringLiteral("header: ") + table.header.join(QStringLiteral(" | ")) };
    for (const core::CsvRecord &r : table.records)
        out.append(QString::number(r.line) + QStringLiteral(": ") + r.fields.join(QStringLiteral(" | ")));
    return out;
}

QByteArray oleFile(bool encrypted)
{
    QByteArray b("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    b.append(QByteArray(504, '\0'));
    const QByteArray name = encrypted ? QByteArray("EncryptedPackage") : QByteArray("Workbook");
    for (const char c : name)
        b.append(c).append('\0');
    b.append(QByteArray(512, '\0'));
    return b;
}

} // namespace

class TestXlsxTable : public QObject {
    Q_OBJECT
private slots:
    void exporterWorkbooks_data();
    void exporterWorkbooks();
    void writerCells();
    void namedAndHiddenSheets();
    void handBuiltParts_data();
    void handBuiltParts();
    void serialDates_data();
    void serialDates();
    void columnLetters();
    void hostileFiles_data();
    void hostileFiles();
    void limitsCountWhatTheSheetHolds();
    void chosenByContentOrName_data();
    void chosenByContentOrName();

private:
    QTemporaryDir m_dir;
};

// What ReportXlsx writes (constant-memory mode: inline strings, real dates,
// numbers with display formats) reads back as the CSV it came from.
void TestXlsxTable::exporterWorkbooks_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("dates, numbers, codes")
        << QByteArray("data;articolo;quantità;codice\n01/03/2021;Pasta di semola;1.250,5;007\n"
                      "15/12/2020;Latte UHT;24;0123\n")
        << QStringList { "header: data | articolo | quantità | codice", "2: 01/03/2021 | Pasta di semola | 1250,5 | 007",
               "3: 15/12/2020 | Latte UHT | 24 | 0123" };
    QTest::newRow("blank rows keep the numbering")
        << QByteArray("a;b\nx;1\n\n\ny;2\n") << QStringList { "header: a | b", "2: x | 1", "5: y | 2" };
    QTest::newRow("empty cells and gaps")
        << QByteArray("a;b;c\n;;z\nx;;\n") << QStringList { "header: a | b | c", "2:  |  | z", "3: x |  | " };
    QTest::newRow("negative, large, small")
        << QByteArray("n;x\n-4;a\n1.234.567.890.123;b\n0,001;c\n0;d\n")
        << QStringList { "header: n | x", "2: -4 | a", "3: 1234567890123 | b", "4: 0,001 | c", "5: 0 | d" };
    QTest::newRow("text that looks like a formula stays text")
        << QByteArray("nome;note\n=HYPERLINK(\"x\");@cmd\n") << QStringList { "header: nome | note", "2: =HYPERLINK(\"x\") | @cmd" };
    QTest::newRow("accents and symbols") << QByteArray("città;nota\nCernusco sul Naviglio;più € – “ok”\n")
                                         << QStringList { "header: città | nota", "2: Cernusco sul Naviglio | più € – “ok”" };
}

void TestXlsxTable::exporterWorkbooks()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, rows);
    const QByteArray xlsx = testsupport::xlsxFromCsv(csv);
    QVERIFY(xlsx.startsWith("PK"));
    auto table = core::parseTableFile(xlsx, QStringLiteral("foglio.xlsx"));
    QVERIFY2(table.ok(), qPrintable(table.error().code + QLatin1Char(' ') + table.error().args.join(QLatin1Char(','))));
    QCOMPARE(rowsOf(*table), rows);
    // The same file read from disk, whatever its name says.
    const QString path = m_dir.filePath(QStringLiteral("foglio.csv"));
    QVERIFY(core::writeWholeFile(path, xlsx).ok());
    auto fromDisk = core::readTableFile(path);
    QVERIFY(fromDisk.ok());
    QCOMPARE(rowsOf(*fromDisk), rows);
}

// libxlsxwriter's normal mode: shared strings (one used twice), booleans,
// formula results, dates by custom and built-in formats, times, zero-padded
// codes, float noise, a gap in the column letters, a blank row.
void TestXlsxTable::writerCells()
{
    const QString path = m_dir.filePath(QStringLiteral("cells.xlsx"));
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    QVERIFY(book);
    lxw_worksheet *sheet = workbook_add_worksheet(book, "Elenco");
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *builtinDate = workbook_add_format(book);
    format_set_num_format_index(builtinDate, 14);
    lxw_format *dateTime = workbook_add_format(book);
    format_set_num_format(dateTime, "dd/mm/yyyy hh:mm");
    lxw_format *time = workbook_add_format(book);
    format_set_num_format(time, "hh:mm");
    lxw_format *cap = workbook_add_format(book);
    format_set_num_format(cap, "00000");
    lxw_format *thousands = workbook_add_format(book);
    format_set_num_format(thousands, "#,##0.00");
    const char *headers[] = { "Nome", "Attivo", "Data", "Quando", "CAP", "Totale", "Peso" };
    for (int c = 0; c < 7; ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c], nullptr);
    worksheet_write_string(sheet, 0, 8, "Dopo il vuoto", nullptr); // column I: H is empty
    lxw_datetime first { 2021, 3, 1, 0, 0, 0 };
    lxw_datetime afternoon { 2021, 3, 1, 14, 30, 0 };
    lxw_datetime midnight { 2021, 3, 2, 0, 0, 0 };
    worksheet_write_string(sheet, 1, 0, "Mario Rossi", nullptr);
    worksheet_write_boolean(sheet, 1, 1, 1, nullptr);
    worksheet_write_datetime(sheet, 1, 2, &first, date);
    worksheet_write_datetime(sheet, 1, 3, &afternoon, dateTime);
    worksheet_write_number(sheet, 1, 4, 2010, cap);
    worksheet_write_formula_num(sheet, 1, 5, "=1+2", nullptr, 3);
    worksheet_write_number(sheet, 1, 6, 1234.5, thousands);
    worksheet_write_string(sheet, 1, 8, "x", nullptr);
    worksheet_write_string(sheet, 3, 0, "Mario Rossi", nullptr); // row 3 blank
    worksheet_write_boolean(sheet, 3, 1, 0, nullptr);
    worksheet_write_datetime(sheet, 3, 2, &first, builtinDate);
    worksheet_write_datetime(sheet, 3, 3, &midnight, dateTime);
    worksheet_write_number(sheet, 3, 4, 0.1 + 0.2, nullptr);
    worksheet_write_formula_str(sheet, 3, 5, "=\"a\"&\"b\"", nullptr, "ab");
    worksheet_write_number(sheet, 3, 6, 0.5, time);
    worksheet_write_string(sheet, 4, 0, "   ", nullptr); // only spaces: a blank row
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

    auto table = core::readTableFile(path);
    QVERIFY2(table.ok(), qPrintable(table.error().code));
    QCOMPARE(rowsOf(*table),
        (QStringList { "header: Nome | Attivo | Data | Quando | CAP | Totale | Peso |  | Dopo il vuoto",
            "2: Mario Rossi | VERO | 01/03/2021 | 01/03/2021 14:30 | 02010 | 3 | 1234,5 |  | x",
            "4: Mario Rossi | FALSO | 01/03/2021 | 02/03/2021 | 0,3 | ab | 12:00 |  | " }));
}

void TestXlsxTable::namedAndHiddenSheets()
{
    const QString path = m_dir.filePath(QStringLiteral("sheets.xlsx"));
    lxw_workbook *book = workbook_new(path.toUtf8().constData());
    lxw_worksheet *notes = workbook_add_worksheet(book, "Note");
    lxw_worksheet *vehicles = workbook_add_worksheet(book, "Mezzi");
    worksheet_write_string(notes, 0, 0, "nascosto", nullptr);
    worksheet_write_string(vehicles, 0, 0, "targa", nullptr);
    worksheet_write_string(vehicles, 1, 0, "AB123CD", nullptr);
    worksheet_activate(vehicles);
    worksheet_hide(notes);
    QCOMPARE(int(workbook_close(book)), int(LXW_NO_ERROR));

    auto first = core::readTableFile(path); // the first visible one
    QVERIFY(first.ok());
    QCOMPARE(rowsOf(*first), (QStringList { "header: targa", "2: AB123CD" }));
    auto named = core::readTableFile(path, QStringLiteral("Note")); // hidden, but asked for
    QVERIFY(named.ok());
    QCOMPARE(named->header, QStringList { "nascosto" });
    auto anyCase = core::readTableFile(path, QStringLiteral("mezzi"));
    QVERIFY(anyCase.ok());
    QCOMPARE(anyCase->header, QStringList { "targa" });
    auto missing = core::readTableFile(path, QStringLiteral("Attrezzature"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, QStringLiteral("xlsx.no_sheet"));
    // The refusal names the sheets there are (the hidden one too: it can be asked for).
    QCOMPARE(missing.error().args, (QStringList { "Attrezzature", "Note, Mezzi" }));
    QCOMPARE(missing.error().where.file, path);
    // The command line's --sheet: the same through a TableSheetScope.
    {
        const core::TableSheetScope scope(QStringLiteral("Note"));
        auto scoped = core::readTableFile(path);
        QVERIFY(scoped.ok());
        QCOMPARE(scoped->header, QStringList { "nascosto" });
    }
    QCOMPARE(core::readTableFile(path)->header, QStringList { "targa" });
}

// What other spreadsheets write and libxlsxwriter does not.
void TestXlsxTable::handBuiltParts_data()
{
    QTest::addColumn<QByteArray>("sheetData");
    QTest::addColumn<QByteArray>("shared");
    QTest::addColumn<QByteArray>("styles");
    QTest::addColumn<QByteArray>("workbookPr");
    QTest::addColumn<QStringList>("rows");
    const QByteArray dateStyles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"[$-410]d\\ mmmm\\ yyyy;@\"/>"
                                  "</numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/>"
                                  "<xf numFmtId=\"4\"/></cellXfs>"
                                  // a conditional format's own numFmt must not replace the cells' one
                                  "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"164\" formatCode=\"0.00\"/></dxf></dxfs>";
    QTest::newRow("inline rich text, no references")
        << QByteArray("<row><c t=\"inlineStr\"><is><t>nome</t></is></c><c t=\"inlineStr\"><is><t>nota</t></is></c></row>"
                      "<row><c t=\"inlineStr\"><is><r><t>Gian</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">"
                      "luca </t></r></is></c><c><v>7</v></c></row>")
        << QByteArray() << QByteArray() << QByteArray() << QStringList { "header: nome | nota", "2: Gianluca  | 7" };
    QTest::newRow("shared rich text without phonetic runs")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"3\"><c r=\"A3\" t=\"s\"><v>1</v></c></row>")
        << QByteArray("<si><t>comune</t></si><si><r><t>Milano</t></r><rPh sb=\"0\" eb=\"1\"><t>ミラノ</t></rPh></si>")
        << QByteArray() << QByteArray() << QStringList { "header: comune", "3: Milano" };
    QTest::newRow("a custom date format with a locale")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>data</t></is></c><c r=\"B1\" t=\"inlineStr\"><is>"
                      "<t>kg</t></is></c></row><row r=\"2\"><c r=\"A2\" s=\"1\"><v>44256</v></c><c r=\"B2\" s=\"2\">"
                      "<v>1234.5</v></c></row>")
        << QByteArray() << dateStyles << QByteArray() << QStringList { "header: data | kg", "2: 01/03/2021 | 1234,5" };
    QTest::newRow("the 1904 date system")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>data</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" s=\"1\"><v>42794</v></c></row>")
        << QByteArray() << dateStyles << QByteArray("<workbookPr date1904=\"1\"/>")
        << QStringList { "header: data", "2: 01/03/2021" };
    QTest::newRow("ISO dates, errors, empty values")
        << QByteArray("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"B1\" t=\"inlineStr\"><is>"
                      "<t>b</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>c</t></is></c></row>"
                      "<row r=\"2\"><c r=\"A2\" t=\"d\"><v>2021-03-01T00:00:00</v></c><c r=\"B2\" t=\"e\">"
                      "<f>1/0</f><v>#DIV/0!</v></c><c r=\"C2\" s=\"1\"/></row>"
                      "<row r=\"9\" customFormat=\"1\" s=\"1\"/><row r=\"1048576\"><c r=\"XFD1048576\" s=\"1\"/></row>")
        << QByteArray() << dateStyles << QByteArray() << QStringList { "header: a | b | c", "2: 01/03/2021 | #DIV/0! | " };
    QTest::newRow("header with spaces, prefixed elements")
        << QByteArray("<x:row r=\"1\" xmlns:x=\"" + mainNs + "\"><x:c r=\"B1\" t=\"inlineStr\"><x:is><x:t> quantità </x:t>"
                      "</x:is></x:c></x:row><x:row r=\"2\" xmlns:x=\"" + mainNs + "\"><x:c r=\"B2\"><x:v>3</x:v></x:c>"
                      "</x:row>")
        << QByteArray() << QByteArray() << QByteArray() << QStringList { "header:  | quantità", "2:  | 3" };
}

void TestXlsxTable::handBuiltParts()
{
    QFETCH(QByteArray, sheetData);
    QFETCH(QByteArray, shared);
    QFETCH(QByteArray, styles);
    QFETCH(QByteArray, workbookPr);
    QFETCH(QStringList, rows);
    auto table = core::parseXlsx(workbook(sheetData, shared, styles, workbookPr), QStringLiteral("a.xlsx"));
    QVERIFY2(table.ok(), qPrintable(table.error().code + QLatin1Char(' ') + table.error().args.join(QLatin1Char(','))));
    QCOMPARE(rowsOf(*table), rows);
}

void TestXlsxTable::serialDates_data()
{
    QTest::addColumn<double>("serial");
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QString>("expected");
    QTest::newRow("1 January 1900") << 1.0 << false << "1900-01-01T00:00:00";
    QTest::newRow("before Excel's 29 February") << 59.0 << false << "1900-02-28T00:00:00";
    QTest::newRow("after it") << 61.0 << false << "1900-03-01T00:00:00";
    QTest::newRow("1 March 2021") << 44256.0 << false << "2021-03-01T00:00:00";
    QTest::newRow("half past two") << 44256.6041666667 << false << "2021-03-01T14:30:00";
    QTest::newRow("a second before midnight rounds up") << 44256.999999999 << false << "2021-03-02T00:00:00";
    QTest::newRow("1904: day 0") << 0.0 << true << "1904-01-01T00:00:00";
    QTest::newRow("1904: 1 March 2021") << 42794.0 << true << "2021-03-01T00:00:00";
    QTest::newRow("negative") << -1.0 << false << "";
    QTest::newRow("past 9999") << 3e6 << false << "";
}

void TestXlsxTable::serialDates()
{
    QFETCH(double, serial);
    QFETCH(bool, date1904);
    QFETCH(QString, expected);
    const QDateTime when = core::xlsxSerialToDateTime(serial, date1904);
    QCOMPARE(when.isValid() ? when.toString(Qt::ISODate).remove(QLatin1Char('Z')) : QString(), expected);
}

void TestXlsxTable::columnLetters()
{
    QCOMPARE(core::xlsxColumnNumber(u"A"), 1);
    QCOMPARE(core::xlsxColumnNumber(u"z"), 26);
    QCOMPARE(core::xlsxColumnNumber(u"AA"), 27);
    QCOMPARE(core::xlsxColumnNumber(u"XFD"), 16384);
    QCOMPARE(core::xlsxColumnNumber(u"XFE"), 0);
    QCOMPARE(core::xlsxColumnNumber(u"AAAA"), 0);
    QCOMPARE(core::xlsxColumnNumber(u"A1"), 0);
    QCOMPARE(core::xlsxColumnNumber(u""), 0);
}

// Each refused with its code, placed at the file, and no table.
void TestXlsxTable::hostileFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("code");
    const QByteArray row = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>";
    const QByteArray good = workbook(row + "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row>");

    QTest::newRow("text named .xlsx") << QByteArray("data;articolo\n01/03/2021;pasta\n") << "a.xlsx" << "xlsx.not_zip";
    QTest::newRow("PK and nothing else") << QByteArray("PK\x03\x04", 4) << "a.xlsx" << "xlsx.damaged";
    QTest::newRow("cut in half") << good.left(good.size() / 2) << "a.xlsx" << "xlsx.damaged";
    QTest::newRow("cut before the last byte") << good.left(good.size() - 1) << "a.xlsx" << "xlsx.damaged";
    QTest::newRow("old .xls") << oleFile(false) << "vecchio.xls" << "xlsx.old_format";
    QTest::newRow("old .xls named .xlsx") << oleFile(false) << "a.xlsx" << "xlsx.old_format";
    QTest::newRow(".xls that is not one") << QByteArray("<html><table></table></html>") << "export.xls" << "xlsx.old_format";
    QTest::newRow("workbook with a password") << oleFile(true) << "a.xlsx" << "xlsx.encrypted";
    {
        auto parts = workbookParts(row);
        parts[4].flags = 0x0001; // the ZIP's own encryption
        QTest::newRow("encrypted ZIP member") << zipOf(parts) << "a.xlsx" << "xlsx.encrypted";
    }
    QTest::newRow("OpenDocument") << zipOf(QList<ZipMember> { ZipMember { "mimetype", "application/vnd.oasis.opendocument.spreadsheet", false },
                                      ZipMember { "content.xml", "<office:document-content/>" } })
                                  << "a.ods" << "xlsx.opendocument";
    QTest::newRow(".ods by its name") << QByteArray("anything") << "a.ods" << "xlsx.opendocument";
    QTest::newRow("a ZIP of something else") << zipOf(QList<ZipMember> { ZipMember { "readme.txt", "hello" } }) << "a.xlsx" << "xlsx.not_workbook";
    {
        // A few kilobytes that unpack to 8 MiB of zeros: refused by ratio
        // before anything is inflated.
        auto parts = workbookParts(row);
        parts[4].data = "<?xml version=\"1.0\"?><worksheet xmlns=\"" + mainNs + "\"><sheetData>" + row
            + "</sheetData>" + QByteArray(8 * 1024 * 1024, ' ') + "</worksheet>";
        QTest::newRow("zip bomb") << zipOf(parts) << "a.xlsx" << "xlsx.compression_ratio";
    }
    {
        auto parts = workbookParts(row);
        parts[4].declaredSize = 3LL * 1024 * 1024 * 1024; // 3 GiB said
        QTest::newRow("member declared huge") << zipOf(parts) << "a.xlsx" << "xlsx.too_large";
    }
    {
        auto parts = workbookParts(row);
        parts[4].declaredSize = 40; // says 40 bytes, inflates to more
        QTest::newRow("member longer than it says") << zipOf(parts) << "a.xlsx" << "xlsx.damaged";
    }
    {
        auto parts = workbookParts(row);
        parts[4].badCrc = true;
        QTest::newRow("bad CRC") << zipOf(parts) << "a.xlsx" << "xlsx.damaged";
    }
    {
        auto parts = workbookParts(row);
        parts[4].deflate = false;
        parts[4].data[parts[4].data.size() / 2] = '\x01';
        parts[4].badCrc = false;
        QTest::newRow("stored, XML broken") << zipOf(parts) << "a.xlsx" << "xlsx.bad_xml";
    }
    QTest::newRow("unclosed element") << workbook("<row r=\"1\"><c r=\"A1\"><v>1</v></c>") << "a.xlsx" << "xlsx.bad_xml";
    {
        auto parts = workbookParts(row);
        parts[4].data = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                        "<worksheet xmlns=\"" + mainNs + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;"
                        "</t></is></c></row></sheetData></worksheet>";
        QTest::newRow("DTD with entities") << zipOf(parts) << "a.xlsx" << "xlsx.bad_xml";
    }
    QTest::newRow("shared string out of range")
        << workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>", "<si><t>a</t></si>") << "a.xlsx" << "xlsx.bad_xml";
    QTest::newRow("cell of another row") << workbook("<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>") << "a.xlsx" << "xlsx.bad_xml";
    QTest::newRow("column past XFD") << workbook("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>") << "a.xlsx" << "xlsx.bad_xml";
    QTest::newRow("row past Excel's last") << workbook("<row r=\"1048577\"><c><v>1</v></c></row>") << "a.xlsx" << "xlsx.bad_xml";
    {
        QByteArray rows;
        for (int r = 1; r <= 100001 + 1; ++r)
            rows += "<row r=\"" + QByteArray::number(r) + "\"><c><v>1</v></c></row>";
        QTest::newRow("too many rows") << workbook(rows) << "a.xlsx" << "xlsx.sheet_too_large";
    }
    QTest::newRow("a value too far right") << workbook(row + "<row r=\"2\"><c r=\"BAA2\"><v>1</v></c></row>") << "a.xlsx"
                                          << "xlsx.sheet_too_large";
    QTest::newRow("no sheet") << zipOf(QList<ZipMember> { ZipMember { "xl/workbook.xml", "<workbook><sheets/></workbook>" } }) << "a.xlsx"
                              << "xlsx.no_sheet";
    QTest::newRow("an empty sheet") << workbook("<row r=\"3\"><c r=\"A3\" s=\"1\"/></row>") << "a.xlsx" << "csv.empty";
    QTest::newRow("ZIP64 marker") << [] {
        auto parts = workbookParts("");
        QByteArray zip = zipOf(parts);
        zip[zip.size() - 6] = '\xff'; // directory offset 0xFFxxxxxx: not in the file
        zip[zip.size() - 5] = '\xff';
        zip[zip.size() - 4] = '\xff';
        zip[zip.size() - 3] = '\xff';
        return zip;
    }() << "a.xlsx" << "xlsx.damaged";
}

void TestXlsxTable::hostileFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, code);
    auto table = core::parseTableFile(data, fileName);
    QVERIFY2(!table.ok(), qPrintable(table.ok() ? rowsOf(*table).join(QLatin1Char('\n')) : QString()));
    QCOMPARE(table.error().code, code);
    QCOMPARE(table.error().where.file, fileName);
}

// The caps count values, not what the XML repeats or leaves empty.
void TestXlsxTable::limitsCountWhatTheSheetHolds()
{
    core::XlsxLimits limits;
    limits.maxRows = 3;
    limits.maxColumns = 2;
    limits.maxCells = 6;
    const QByteArray three = "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"Z1\" s=\"1\"/></row>"
                             "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row><row r=\"3\" s=\"1\"/>"
                             "<row r=\"4\"><c r=\"B4\"><v>1</v></c></row>";
    auto fits = core::parseXlsx(workbook(three), QStringLiteral("a.xlsx"), {}, limits);
    QVERIFY2(fits.ok(), qPrintable(fits.error().code));
    QCOMPARE(rowsOf(*fits), (QStringList { "header: 1 | 2", "2: 1 | ", "4:  | 1" }));
    auto rows = core::parseXlsx(workbook(three + "<row r=\"5\"><c r=\"A5\"><v>1</v></c></row>"), QStringLiteral("a.xlsx"), {},
        limits);
    QCOMPARE(rows.error().code, QStringLiteral("xlsx.sheet_too_large"));
    QCOMPARE(rows.error().args, (QStringList { "3", "2" }));
    auto columns = core::parseXlsx(workbook("<row r=\"1\"><c r=\"C1\"><v>1</v></c></row>"), QStringLiteral("a.xlsx"), {},
        limits);
    QCOMPARE(columns.error().code, QStringLiteral("xlsx.sheet_too_large"));
    QByteArray again = "<row r=\"1\">";
    for (int i = 0; i < 7; ++i)
        again += "<c r=\"A1\"><v>1</v></c>"; // one cell written seven times
    auto repeated = core::parseXlsx(workbook(again + "</row>"), QStringLiteral("a.xlsx"), {}, limits);
    QCOMPARE(repeated.error().code, QStringLiteral("xlsx.sheet_too_large"));
    // The ZIP's own caps, made small: a member of 2 KiB is "too large".
    limits = core::XlsxLimits();
    limits.zip.maxMemberBytes = 100;
    auto member = core::parseXlsx(workbook(three), QStringLiteral("a.xlsx"), {}, limits);
    QCOMPARE(member.error().code, QStringLiteral("xlsx.too_large"));
    QCOMPARE(member.error().args, QStringList { "100" });
}

void TestXlsxTable::chosenByContentOrName_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");
    const QByteArray csv("a;b\n1;2\n");
    const QByteArray xlsx = workbook("<row r=\"1\"><c><v>1</v></c></row>");
    QTest::newRow("CSV") << csv << "a.csv" << int(core::TableFileFormat::Csv);
    QTest::newRow("text without a name") << csv << "" << int(core::TableFileFormat::Csv);
    QTest::newRow("CSV named .txt") << csv << "a.txt" << int(core::TableFileFormat::Csv);
    QTest::newRow("workbook") << xlsx << "a.xlsx" << int(core::TableFileFormat::Xlsx);
    QTest::newRow("workbook named .csv") << xlsx << "a.csv" << int(core::TableFileFormat::Xlsx);
    QTest::newRow("CSV named .XLSX") << csv << "A.XLSX" << int(core::TableFileFormat::Xlsx);
    QTest::newRow("xls") << oleFile(false) << "a.xls" << int(core::TableFileFormat::OldExcel);
    QTest::newRow("encrypted") << oleFile(true) << "a.xlsx" << int(core::TableFileFormat::Encrypted);
    QTest::newRow("ods") << csv << "a.ods" << int(core::TableFileFormat::OpenDocument);
}

void TestXlsxTable::chosenByContentOrName()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QCOMPARE(int(core::tableFileFormat(data, fileName)), format);
}

QTEST_GUILESS_MAIN(TestXlsxTable)
#include "tst_xlsxtable.moc"
