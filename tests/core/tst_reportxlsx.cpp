// The Excel writer, read back from the bytes it writes: every kind of
// column gives the cell type and display format a spreadsheet needs
// (numbers numeric, codes text, dates numeric with a date style), the
// header row is bold and frozen, one sheet per table, totals as values,
// sheet names Excel accepts, and a write that fails leaves no file. Lists
// exported from the window go through the same writer: a paged list (also
// under an identity proxy) exports every row under its filter and sort,
// read on its worker, the file written on another thread, and the window's
// connection runs no SQL meanwhile.

#include "core/db/sql.h"
#include "core/reporting/reportxlsx.h"
#include "core/ui/formattedsqlmodel.h"
#include "core/ui/listcolumnroles.h"
#include "core/ui/tablemenu.h"
#include "support/sqlprobe.h"
#include "support/testdatabase.h"

#include "xlsxreader.h"

#include <QDir>
#include <QFile>
#include <QIdentityProxyModel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QThread>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace core;
using testsupport::XlsxCell;
using testsupport::XlsxReader;

namespace {

const QDateTime printedAt(QDate(2026, 3, 10), QTime(10, 0));

ReportDocument oneColumn(const ReportColumn &column, const QVariant &value)
{
    ReportDocument document;
    document.name = QStringLiteral("test");
    document.title = QStringLiteral("Prova");
    document.printedAt = printedAt;
    ReportTable table;
    table.columns = { column };
    table.rows = { { value } };
    document.addTable(table);
    return document;
}

XlsxReader written(const ReportDocument &document)
{
    auto bytes = ReportXlsx::toBytes(document, QLocale(QLocale::Italian, QLocale::Italy));
    if (!bytes)
        qWarning() << bytes.error().code << bytes.error().args;
    return XlsxReader(bytes ? *bytes : QByteArray());
}

// Runs an export of a list to its end; whether it wrote the file. The
// thread that wrote it in `writtenOn`.
bool exportTo(QTableView &view, const QString &path, TableExport::Format format, Qt::HANDLE *writtenOn = nullptr)
{
    TableExport *job = TableExport::start(&view, path, format);
    QSignalSpy finished(job, &TableExport::finished);
    QObject::connect(job, &TableExport::finished, job, [job, writtenOn] {
        if (writtenOn)
            *writtenOn = job->writtenOn();
    });
    return finished.wait(60000) && finished.first().first().toBool();
}

// An identity proxy over a paged list that writes one column in words of
// its own (as the conflicts list names tables and workstations).
class WordsProxy : public QIdentityProxyModel, public ExportRowText {
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 0) {
            const QVariant raw = QIdentityProxyModel::data(index, PagedSqlModel::RawRole);
            if (raw.isValid())
                return words(raw);
        }
        return QIdentityProxyModel::data(index, role);
    }
    QVariant exportRowText(const QVariantList &row, int column, const QVariant &) const override
    {
        return column == 0 ? words(row.value(0)) : QVariant();
    }
    static QVariant words(const QVariant &code) { return QStringLiteral("n. %1").arg(code.toString().toInt()); }
};

// 700 rows; the first 50 left out by the filter; dates on odd rows.
bool fillPagedTable(const QSqlDatabase &db)
{
    return runQuery(db, QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT, day TEXT, kind TEXT)"))
        && runQuery(db, QStringLiteral(
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 700) "
               "INSERT INTO t SELECT i, printf('%06d', i), CASE WHEN i % 2 THEN '2021-03-19' END, 'dpi' FROM n"));
}

void setUpPagedModel(FormattedSqlModel &model, Qt::SortOrder order)
{
    model.setSource(QStringLiteral("t"), QStringLiteral("t.id"));
    model.setColumns({ { QStringLiteral("t.code"), QStringLiteral("Codice"), ColumnKind::Text, 0, true },
                       { QStringLiteral("t.day"), QStringLiteral("Giorno"), ColumnKind::Date },
                       { QStringLiteral("t.kind"), QStringLiteral("Tipo") } });
    model.setFormatter(1, [](const QVariantList &row, int c) {
        return row.at(c).isNull() ? QVariant(QStringLiteral("mai")) : FormattedSqlModel::isoDate(row.at(c));
    });
    model.setFormatter(2, [](const QVariantList &, int) { return QVariant(QStringLiteral("Dispositivi")); });
    model.setFilter(QStringLiteral("t.id > ?"), { 50 });
    model.setDefaultSort(0, order);
}

// A list that says what its columns are, as PagedSqlModel does.
class TypedModel : public QStandardItemModel {
public:
    using QStandardItemModel::QStandardItemModel;
    QList<ColumnKind> kinds;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == ColumnKindRole)
            return int(kinds.value(section));
        if (orientation == Qt::Horizontal && role == ColumnDecimalsRole)
            return kinds.value(section) == ColumnKind::Grams ? 1 : 0;
        return QStandardItemModel::headerData(section, orientation, role);
    }
};

} // namespace

class TestReportXlsx : public QObject {
    Q_OBJECT
private slots:
    void cellsAreTyped_data();
    void cellsAreTyped();
    void headerIsBoldFrozenAndSaysTheUnit();
    void oneSheetPerTable();
    void totalsAreValues();
    void sheetNames_data();
    void sheetNames();
    void failedWriteLeavesNoFile_data();
    void failedWriteLeavesNoFile();
    void writtenFileIsComplete();
    void listsSayTheirColumns();
    void listsThatDoNotSayKeepCodesAsText();
    void pagedListsGiveEveryRow();
    void pagedListsGiveEveryRowToCsv_data();
    void pagedListsGiveEveryRowToCsv();
    void cancelledExportWritesNothing_data();
    void cancelledExportWritesNothing();
    void proxiedPagedListsGiveEveryRow_data();
    void proxiedPagedListsGiveEveryRow();
};

void TestReportXlsx::cellsAreTyped_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("number");
    QTest::addColumn<QString>("stored"); // <v> of a number, the text of a string
    QTest::addColumn<QString>("format");

    const int text = int(ColumnKind::Text);
    QTest::newRow("ISTAT code") << text << 0 << QVariant("015002") << false << "015002" << "General";
    QTest::newRow("CAP") << text << 0 << QVariant("20010") << false << "20010" << "General";
    QTest::newRow("codice fiscale") << text << 0 << QVariant("RSSMRA80A01F205X") << false << "RSSMRA80A01F205X" << "General";
    QTest::newRow("DDT number") << text << 0 << QVariant("2021/0001") << false << "2021/0001" << "General";
    QTest::newRow("phone") << text << 0 << QVariant("02 1234567") << false << "02 1234567" << "General";
    QTest::newRow("code held as a number") << text << 0 << QVariant(15002) << false << "15002" << "General";
    QTest::newRow("formula stays text") << text << 0 << QVariant("=SOMMA(A1)") << false << "=SOMMA(A1)" << "General";
    QTest::newRow("integer") << int(ColumnKind::Integer) << 0 << QVariant(qint64(1234)) << true << "1234" << "#,##0";
    QTest::newRow("negative") << int(ColumnKind::Integer) << 0 << QVariant(qint64(-3)) << true << "-3" << "#,##0";
    QTest::newRow("decimal 3815.6") << int(ColumnKind::Decimal) << 1 << QVariant(3815.6) << true << "3815.6" << "#,##0.0";
    QTest::newRow("decimal 114.916") << int(ColumnKind::Decimal) << 3 << QVariant(114.916) << true << "114.916"
                                     << "#,##0.000";
    QTest::newRow("grams as kg") << int(ColumnKind::Grams) << 1 << QVariant(qint64(32205850)) << true << "32205.85"
                                 << "#,##0.0";
    QTest::newRow("percent") << int(ColumnKind::Percent) << 1 << QVariant(0.125) << true << "0.125" << "0.0%";
    QTest::newRow("date") << int(ColumnKind::Date) << 0 << QVariant(QDate(2021, 3, 19)) << true << "44274"
                          << "dd/mm/yyyy";
    QTest::newRow("month") << int(ColumnKind::Month) << 0 << QVariant(QDate(2020, 4, 15)) << true << "43922"
                           << "[$-410]mmmm yyyy";
    QTest::newRow("date and time") << int(ColumnKind::DateTime) << 0
                                   << QVariant(QDateTime(QDate(2021, 3, 19), QTime(10, 30))) << true << "44274.4375"
                                   << "dd/mm/yyyy hh:mm";
    QTest::newRow("label in a number column") << int(ColumnKind::Integer) << 0 << QVariant("-") << false << "-"
                                              << "General";
}

void TestReportXlsx::cellsAreTyped()
{
    QFETCH(int, kind);
    QFETCH(int, decimals);
    QFETCH(QVariant, value);
    QFETCH(bool, number);
    QFETCH(QString, stored);
    QFETCH(QString, format);
    const XlsxReader xlsx = written(oneColumn({ QStringLiteral("c"), QStringLiteral("Colonna"), ColumnKind(kind), decimals }, value));
    QVERIFY2(xlsx.isValid(), qPrintable(xlsx.error()));
    const XlsxCell cell = xlsx.cells(0).value(QStringLiteral("A2"));
    QVERIFY(!xlsx.sheetXml(0).contains("<f>")); // never a formula
    if (number) {
        QVERIFY2(cell.isNumber(), qPrintable(cell.type));
        QCOMPARE(cell.value, stored);
    } else {
        QVERIFY2(cell.isText(), qPrintable(cell.type + " " + cell.value));
        QCOMPARE(cell.text, stored);
    }
    QCOMPARE(xlsx.numberFormat(cell.style), format);
}

void TestReportXlsx::headerIsBoldFrozenAndSaysTheUnit()
{
    ReportDocument document = oneColumn({ QStringLiteral("food"), QStringLiteral("Alimenti"), ColumnKind::Grams, 1 },
                                        QVariant(qint64(1500)));
    document.blocks.first().table.columns.append({ QStringLiteral("kg"), QStringLiteral("kg"), ColumnKind::Grams, 1 });
    document.blocks.first().table.rows.first().append(qint64(2500));
    const XlsxReader xlsx = written(document);
    QVERIFY(xlsx.isValid());
    const auto cells = xlsx.cells(0);
    QCOMPARE(cells.value("A1").text, QString("Alimenti (kg)"));
    QCOMPARE(cells.value("B1").text, QString("kg")); // already says it
    QVERIFY(xlsx.bold(cells.value("A1").style));
    QVERIFY(!xlsx.bold(cells.value("A2").style));
    QVERIFY(xlsx.firstRowFrozen(0));
    QVERIFY(xlsx.sheetXml(0).contains("<autoFilter ref=\"A1:B2\""));
    QVERIFY(xlsx.sheetXml(0).contains("<col "));
}

void TestReportXlsx::oneSheetPerTable()
{
    ReportDocument document;
    document.title = QStringLiteral("Consegne");
    document.printedAt = printedAt;
    document.parameters = { { QStringLiteral("Periodo"), QStringLiteral("01/03/2021 - 19/03/2021") } };
    ReportTable table;
    table.columns = { { QStringLiteral("istat_code"), QStringLiteral("Codice ISTAT") } };
    table.rows = { { QStringLiteral("015146") } };
    document.addHeading(QStringLiteral("Per comune"));
    document.addTable(table);
    document.addHeading(QStringLiteral("Per categoria: alimenti [kg]"));
    document.addTable(table);
    document.addParagraph(QStringLiteral("Nota finale"));
    document.addTable(table); // no heading of its own: the report's title
    const XlsxReader xlsx = written(document);
    QVERIFY(xlsx.isValid());
    QCOMPARE(xlsx.sheetNames(),
             QStringList({ "Per comune", "Per categoria alimenti kg", "Consegne", ReportXlsx::tr("Information") }));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(xlsx.cells(i).value("A2").text, QString("015146"));
        QVERIFY(xlsx.firstRowFrozen(i));
    }
    // The title, the period and the other text on the last sheet.
    const auto info = xlsx.cells(3);
    QCOMPARE(info.value("A1").text, QString("Consegne"));
    QCOMPARE(info.value("A2").text, QString("Periodo"));
    QCOMPARE(info.value("B2").text, QString("01/03/2021 - 19/03/2021"));
    bool note = false;
    for (const XlsxCell &c : info)
        note = note || c.text == QLatin1String("Nota finale");
    QVERIFY(note);
}

void TestReportXlsx::totalsAreValues()
{
    ReportDocument document = oneColumn({ QStringLiteral("n"), QStringLiteral("Numero"), ColumnKind::Integer }, qint64(2));
    ReportTable &table = document.blocks.first().table;
    table.columns.prepend({ QStringLiteral("what"), QStringLiteral("Voce") });
    table.rows = { { QStringLiteral("a"), qint64(2) }, { QStringLiteral("b"), qint64(3) } };
    table.totals = { QStringLiteral("Totale"), qint64(5) };
    const XlsxReader xlsx = written(document);
    const auto cells = xlsx.cells(0);
    QCOMPARE(cells.value("A4").text, QString("Totale"));
    QVERIFY(cells.value("B4").isNumber());
    QCOMPARE(cells.value("B4").value, QString("5"));
    QVERIFY(xlsx.bold(cells.value("B4").style));
    QCOMPARE(xlsx.numberFormat(cells.value("B4").style), QString("#,##0"));
    QVERIFY(!xlsx.sheetXml(0).contains("<f>"));
}

void TestReportXlsx::sheetNames_data()
{
    QTest::addColumn<QStringList>("wanted");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("forbidden characters") << QStringList { "a/b:c*d?[e]\\f" } << QStringList { "a b c d e f" };
    QTest::newRow("apostrophes at the ends") << QStringList { "'Totali'" } << QStringList { "Totali" };
    QTest::newRow("empty") << QStringList { " " } << QStringList { ReportXlsx::tr("Sheet") };
    QTest::newRow("31 characters") << QStringList { QString(40, 'x') } << QStringList { QString(31, 'x') };
    QTest::newRow("same name, any case") << QStringList { "Totali", "totali", "TOTALI" }
                                         << QStringList { "Totali", "totali (2)", "TOTALI (3)" };
    QTest::newRow("long and repeated") << QStringList { QString(35, 'y'), QString(35, 'y') }
                                       << QStringList { QString(31, 'y'), QString(27, 'y') + " (2)" };
    QTest::newRow("accents count as one") << QStringList { QString(30, 'a') + QString::fromUtf8("àè") }
                                          << QStringList { QString(30, 'a') + QString::fromUtf8("à") };
}

void TestReportXlsx::sheetNames()
{
    QFETCH(QStringList, wanted);
    QFETCH(QStringList, names);
    QStringList used;
    QStringList got;
    for (const QString &w : wanted)
        got.append(ReportXlsx::sheetName(w, used));
    QCOMPARE(got, names);
    // libxlsxwriter accepts them: the workbook is written with these sheets.
    ReportDocument document;
    document.printedAt = printedAt;
    for (const QString &w : wanted) {
        document.addHeading(w);
        document.addTable(ReportTable { { { QStringLiteral("c"), QStringLiteral("C") } }, { { QStringLiteral("x") } }, {} });
    }
    const XlsxReader xlsx = written(document);
    QVERIFY(xlsx.isValid());
    QCOMPARE(xlsx.sheetNames().mid(0, names.size()), names);
}

void TestReportXlsx::failedWriteLeavesNoFile_data()
{
    QTest::addColumn<QString>("where"); // relative to a fresh folder
    QTest::addColumn<QString>("temporaryFolder"); // TMPDIR, relative to the same folder; empty: as it is
    QTest::newRow("folder missing") << "missing/out.xlsx" << QString();
    QTest::newRow("a folder in the way") << "folder.xlsx" << QString();
    QTest::newRow("no temporary folder") << "out.xlsx" << "nonexistent/tmp";
    QTest::newRow("temporary folder is a file") << "out.xlsx" << "file";
}

void TestReportXlsx::failedWriteLeavesNoFile()
{
    QFETCH(QString, where);
    QFETCH(QString, temporaryFolder);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath("folder.xlsx"));
    QFile file(dir.filePath("file"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = dir.filePath(where);
    const QByteArray oldTmp = qgetenv("TMPDIR");
    if (!temporaryFolder.isEmpty())
        qputenv("TMPDIR", dir.filePath(temporaryFolder).toUtf8());
    const QStringList here = QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    const Status s = ReportXlsx::write(oneColumn({ QStringLiteral("c"), QStringLiteral("C") }, QStringLiteral("x")), path);
    if (!temporaryFolder.isEmpty())
        qputenv("TMPDIR", oldTmp);
    QCOMPARE(QDir::current().entryList(QDir::AllEntries | QDir::NoDotAndDotDot), here); // never the current folder
    QVERIFY(!s);
    QCOMPARE(s.error().code, QString("file.cannot_write"));
    QCOMPARE(s.error().args.value(0), path); // the file the person chose
    QVERIFY(!QFileInfo(path).isFile());
    // Nothing half-written beside it.
    QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
    left.removeAll("folder.xlsx");
    left.removeAll("file");
    QCOMPARE(left, QStringList());
}

void TestReportXlsx::writtenFileIsComplete()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.xlsx");
    ReportDocument document = oneColumn({ QStringLiteral("c"), QStringLiteral("Codice ISTAT") }, QStringLiteral("015002"));
    ReportTable &table = document.blocks.first().table;
    for (int i = 0; i < 5000; ++i)
        table.rows.append({ QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0')) });
    QVERIFY(ReportXlsx::write(document, path));
    const XlsxReader xlsx = XlsxReader::fromFile(path);
    QVERIFY2(xlsx.isValid(), qPrintable(xlsx.error()));
    const auto cells = xlsx.cells(0);
    QCOMPARE(cells.value("A5002").text, QString("004999"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList({ "report.xlsx" }));
}

void TestReportXlsx::listsSayTheirColumns()
{
    TypedModel model(2, 4);
    model.kinds = { ColumnKind::Text, ColumnKind::Date, ColumnKind::Grams, ColumnKind::Integer };
    model.setHorizontalHeaderLabels({ "Codice", "Giorno", "kg", "Pezzi" });
    const QVariantList rows[] = { { "015002", QDate(2021, 3, 19), qint64(1500), qint64(7) },
                                  { "015146", QVariant(), qint64(250), qint64(0) } };
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 4; ++c) {
            auto *item = new QStandardItem(c == 1 && !rows[r][c].isValid() ? QStringLiteral("non scade") : rows[r][c].toString());
            item->setData(rows[r][c], ExportValueRole);
            model.setItem(r, c, item);
        }
    QTableView view;
    view.setModel(&model);
    view.setAccessibleName("Lotti");
    const ReportDocument document = tableDocument(&view);
    QCOMPARE(document.title, QString("Lotti"));
    const XlsxReader xlsx = written(document);
    const auto cells = xlsx.cells(0);
    QCOMPARE(xlsx.sheetNames().first(), QString("Lotti"));
    QVERIFY(cells.value("A2").isText());
    QCOMPARE(cells.value("A2").text, QString("015002"));
    QVERIFY(cells.value("B2").isNumber());
    QCOMPARE(xlsx.numberFormat(cells.value("B2").style), QString("dd/mm/yyyy"));
    QCOMPARE(cells.value("B3").text, QString("non scade")); // the list's label for no value
    QCOMPARE(cells.value("C2").value, QString("1.5"));
    QCOMPARE(cells.value("D3").value, QString("0"));
}

void TestReportXlsx::listsThatDoNotSayKeepCodesAsText()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({ "Codice ISTAT", "kg", "Note" });
    const QStringList rows[] = { { "015002", "1.234,5", "12" }, { "015146", "-3", "nessuna" } };
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < 3; ++c)
            model.setItem(r, c, new QStandardItem(rows[r][c]));
    QTableView view;
    view.setModel(&model);
    const XlsxReader xlsx = written(tableDocument(&view));
    QLocale::setDefault(before);
    const auto cells = xlsx.cells(0);
    QVERIFY(cells.value("A2").isText());
    QCOMPARE(cells.value("A2").text, QString("015002"));
    QVERIFY(cells.value("B2").isNumber());
    QCOMPARE(cells.value("B2").value, QString("1234.5"));
    QCOMPARE(cells.value("B3").value, QString("-3"));
    QCOMPARE(xlsx.numberFormat(cells.value("B2").style), QString("#,##0.0"));
    QVERIFY(cells.value("C2").isText()); // a column of words and numbers stays words
}

// A paged list exports every row under its filter, not only the pages
// painted so far, with its dates as dates and its codes shown as words.
void TestReportXlsx::pagedListsGiveEveryRow()
{
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(fillPagedTable(database.db()));
    FormattedSqlModel model(database.db());
    setUpPagedModel(model, Qt::AscendingOrder);
    QTableView view;
    view.setModel(&model);
    QTemporaryDir dir;
    const QString path = dir.filePath("lista.xlsx");
    QVERIFY(exportTo(view, path, TableExport::Format::Xlsx)); // at once: no page has arrived
    QVERIFY(model.lastReadThread() != QThread::currentThreadId()); // read on the list's worker
    const XlsxReader xlsx = XlsxReader::fromFile(path);
    QVERIFY2(xlsx.isValid(), qPrintable(xlsx.error()));
    const auto cells = xlsx.cells(0);
    QCOMPARE(cells.value("A2").text, QString("000051"));
    QCOMPARE(cells.value("A651").text, QString("000700"));
    QVERIFY(!cells.contains("A652"));
    QVERIFY(cells.value("B2").isNumber());
    QCOMPARE(cells.value("B2").value, QString("44274"));
    QCOMPARE(cells.value("B3").text, QString("mai"));
    QCOMPARE(cells.value("C651").text, QString("Dispositivi"));
}

void TestReportXlsx::pagedListsGiveEveryRowToCsv_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << "000051;19/03/2021;Dispositivi" << "000700;mai;Dispositivi";
    QTest::newRow("descending") << int(Qt::DescendingOrder) << "000700;mai;Dispositivi" << "000051;19/03/2021;Dispositivi";
}

// The CSV of a paged list whose pages never arrived: every row under its
// filter, in its order, each cell as the list writes it (no "…").
void TestReportXlsx::pagedListsGiveEveryRowToCsv()
{
    QFETCH(int, order);
    QFETCH(QString, first);
    QFETCH(QString, last);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(fillPagedTable(database.db()));
    FormattedSqlModel model(database.db());
    setUpPagedModel(model, Qt::SortOrder(order));
    QTableView view;
    view.setModel(&model);
    QTemporaryDir dir;
    const QString path = dir.filePath("lista.csv");
    QVERIFY(exportTo(view, path, TableExport::Format::Csv));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split("\r\n", Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 651);
    QCOMPARE(lines.first(), QString("Codice;Giorno;Tipo"));
    QCOMPARE(lines.at(1), first);
    QCOMPARE(lines.last(), last);
    QVERIFY(!lines.join("").contains(QChar(0x2026)));
}

void TestReportXlsx::cancelledExportWritesNothing_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("csv") << int(TableExport::Format::Csv);
    QTest::newRow("xlsx") << int(TableExport::Format::Xlsx);
}

// Cancel in the progress dialog: the read is dropped, no file is written.
void TestReportXlsx::cancelledExportWritesNothing()
{
    QFETCH(int, format);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(fillPagedTable(database.db()));
    FormattedSqlModel model(database.db());
    setUpPagedModel(model, Qt::AscendingOrder);
    QTableView view;
    view.setModel(&model);
    view.show();
    QTemporaryDir dir;
    TableExport *job = TableExport::start(&view, dir.filePath("lista"), TableExport::Format(format));
    QSignalSpy finished(job, &TableExport::finished);
    QVERIFY(job->progressDialog());
    auto *cancel = job->progressDialog()->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    // Reads run in order on the worker: once a later one has arrived, the
    // cancelled one has come back and been dropped.
    bool later = false;
    model.readAllRows([&](const Result<QList<QVariantList>> &) { later = true; });
    QTRY_VERIFY_WITH_TIMEOUT(later, 60000);
    QCoreApplication::processEvents();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

void TestReportXlsx::proxiedPagedListsGiveEveryRow_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("order");
    QTest::newRow("csv ascending") << int(TableExport::Format::Csv) << int(Qt::AscendingOrder);
    QTest::newRow("csv descending") << int(TableExport::Format::Csv) << int(Qt::DescendingOrder);
    QTest::newRow("xlsx descending") << int(TableExport::Format::Xlsx) << int(Qt::DescendingOrder);
}

// A paged list shown through an identity proxy, with pages of 16 rows and
// only the first painted: the export has every one of the 650 rows under
// the filter, in the list's order, in the proxy's words; the rows are read
// on the list's worker and the file is written on another thread, and the
// window's own connection runs no statement from the click to the file.
void TestReportXlsx::proxiedPagedListsGiveEveryRow()
{
    QFETCH(int, format);
    QFETCH(int, order);
    testsupport::TestDatabase database;
    QVERIFY(database.isValid());
    QVERIFY(fillPagedTable(database.db()));
    FormattedSqlModel model(database.db());
    model.setPageSize(16);
    setUpPagedModel(model, Qt::SortOrder(order));
    WordsProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(model.isIdle(), 60000);
    QCOMPARE(model.rowCount(), 650);
    QVERIFY(model.loadedRowValues(600).isEmpty()); // never painted
    QCOMPARE(pagedSourceOf(&proxy), &model);

    QTemporaryDir dir;
    const bool csv = TableExport::Format(format) == TableExport::Format::Csv;
    const QString path = dir.filePath(csv ? "lista.csv" : "lista.xlsx");
    testsupport::SqlProbe probe(database.db());
    QVERIFY(probe.isValid());
    Qt::HANDLE writtenOn = nullptr;
    QVERIFY(exportTo(view, path, TableExport::Format(format), &writtenOn));
    QVERIFY2(probe.count() == 0, qPrintable(probe.describe()));
    QVERIFY(writtenOn && writtenOn != QThread::currentThreadId());
    QVERIFY(model.lastReadThread() != QThread::currentThreadId());

    const bool ascending = Qt::SortOrder(order) == Qt::AscendingOrder;
    const QString first = ascending ? "n. 51" : "n. 700";
    const QString last = ascending ? "n. 700" : "n. 51";
    if (csv) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(file.readAll()).remove(QChar(0xFEFF)).split("\r\n", Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 651);
        QCOMPARE(lines.first(), QString("Codice;Giorno;Tipo"));
        QVERIFY2(lines.at(1).startsWith(first + ";"), qPrintable(lines.at(1)));
        QVERIFY2(lines.last().startsWith(last + ";"), qPrintable(lines.last()));
        for (int i = 2; i < lines.size(); ++i) { // the list's order, every row once
            const int previous = lines.at(i - 1).section(';', 0, 0).mid(3).toInt();
            const int current = lines.at(i).section(';', 0, 0).mid(3).toInt();
            QCOMPARE(current, ascending ? previous + 1 : previous - 1);
        }
        QVERIFY(!lines.join("").contains(QChar(0x2026)));
    } else {
        const XlsxReader xlsx = XlsxReader::fromFile(path);
        QVERIFY2(xlsx.isValid(), qPrintable(xlsx.error()));
        const auto cells = xlsx.cells(0);
        QCOMPARE(cells.value("A2").text, first);
        QCOMPARE(cells.value("A651").text, last);
        QVERIFY(!cells.contains("A652"));
        QCOMPARE(cells.value("C651").text, QString("Dispositivi"));
    }
}

QTEST_MAIN(TestReportXlsx)
#include "tst_reportxlsx.moc"
