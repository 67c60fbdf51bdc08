// PdfPageSplitter and ReportRenderer::pdfDataEach: documents painted as the
// pages of one QPdfWriter document and cut into one standalone PDF each
// must be the documents pdfData() writes on its own: the same pages, text
// and look; every file a valid PDF; the same documents the same bytes.

#include "core/reporting/pdfsplit.h"
#include "core/reporting/reportrenderer.h"

#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace core;

namespace {

// A letter with `rows` table rows: 1 page for a few, 2 or more for many.
ReportDocument letter(int number, int rows)
{
    ReportDocument doc;
    doc.name = QStringLiteral("letter");
    doc.title = QStringLiteral("Lettera n. %1 (prova) \\ è").arg(number);
    doc.printedAt = QDateTime(QDate(2021, 3, 19), QTime(10, 30 + number), Qt::UTC);
    doc.parameters = { { QStringLiteral("Protocollo"), QString::number(number) } };
    doc.addParagraph(
        QStringLiteral("Gentile signora Zoë Müller, la giornata del %1/03/2021 è attestata. «Perché» ").arg(number)
        + QString(number, QLatin1Char('x')));
    ReportTable table;
    table.columns = { { QStringLiteral("day"), QStringLiteral("Giornata"), ColumnKind::Date },
        { QStringLiteral("place"), QStringLiteral("Luogo") } };
    for (int i = 0; i < rows; ++i)
        table.rows.append({ QDate(2021, 3, 1).addDays(i), QStringLiteral("Luogo %1 - %2").arg(number).arg(i) });
    doc.addTable(table);
    doc.addSignatures({ QStringLiteral("Il Presidente") });
    return doc;
}

QList<ReportDocument> letters()
{
    // The third runs over two pages.
    return { letter(1, 3), letter(2, 1), letter(3, 70), letter(4, 5) };
}

bool hasTool(const char *name)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(name)).isEmpty();
}

QByteArray run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(program, arguments);
    p.waitForFinished(-1);
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

QString save(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return f.fileName();
}

} // namespace

class TestPdfSplit : public QObject {
    Q_OBJECT
private slots:
    void eachFileIsItsOwnDocument();
    void sameDocumentsSameBytes();
    void textAndPixelsAreThoseOfTheDocumentAlone();
    void pagesAreCutFromAnyDocument();
    void whatIsNotQtsPdfIsRefused_data();
    void whatIsNotQtsPdfIsRefused();
    void titlesAreEscaped();
};

void TestPdfSplit::eachFileIsItsOwnDocument()
{
    const QList<ReportDocument> docs = letters();
    const QList<QByteArray> files = ReportRenderer::pdfDataEach(docs, QLocale(QLocale::Italian, QLocale::Italy));
    QCOMPARE(files.size(), docs.size());
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QByteArray &pdf = files.at(i);
        QVERIFY(pdf.startsWith("%PDF-1."));
        QVERIFY(pdf.endsWith("%%EOF\n"));
        const PdfPageSplitter parsed(pdf);
        QVERIFY2(parsed.isValid(), qPrintable(QString::number(i)));
        const PdfPageSplitter alone(ReportRenderer(docs.at(i), QLocale(QLocale::Italian, QLocale::Italy)).pdfData());
        QVERIFY(alone.isValid());
        QCOMPARE(parsed.pageCount(), alone.pageCount());
        QCOMPARE(parsed.pageCount(), i == 2 ? 2 : 1);
        // Its own information: title and creation date.
        QVERIFY(pdf.contains(pdfTextString(docs.at(i).title)));
        QVERIFY(pdf.contains("/CreationDate (D:20210319" + QByteArray::number(1030 + i + 1) + "00Z)"));
    }
    if (!hasTool("pdfinfo"))
        QSKIP("pdfinfo (poppler-utils) checks the files as a reader would");
    QTemporaryDir dir;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString path = save(dir, QStringLiteral("f%1.pdf").arg(i), files.at(i));
        int code = 0;
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), { path });
        p.waitForFinished(-1);
        code = p.exitCode();
        const QByteArray info = p.readAllStandardOutput();
        QCOMPARE(code, 0);
        QCOMPARE(p.readAllStandardError(), QByteArray()); // no syntax warning, no xref rebuilt
        const QString text = QString::fromUtf8(info);
        QVERIFY2(QRegularExpression(QStringLiteral("^Title: +%1$").arg(QRegularExpression::escape(docs.at(i).title)),
                     QRegularExpression::MultilineOption)
                     .match(text)
                     .hasMatch(),
            info.constData());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^Pages: +%1$").arg(i == 2 ? 2 : 1), QRegularExpression::MultilineOption)
                .match(text)
                .hasMatch(),
            info.constData());
        if (hasTool("qpdf")) {
            // Exit 0: no syntax or stream error, no warning (3), no error (2).
            const QByteArray check = run(QStringLiteral("qpdf"), { QStringLiteral("--check"), path }, &code);
            QVERIFY2(code == 0, check.constData());
        }
    }
}

void TestPdfSplit::sameDocumentsSameBytes()
{
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QList<QByteArray> a = ReportRenderer::pdfDataEach(letters(), italian);
    const QList<QByteArray> b = ReportRenderer::pdfDataEach(letters(), italian);
    QCOMPARE(a, b);
}

void TestPdfSplit::textAndPixelsAreThoseOfTheDocumentAlone()
{
    if (!hasTool("pdftotext") || !hasTool("pdftoppm"))
        QSKIP("pdftotext and pdftoppm (poppler-utils) read the files back");
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    const QList<ReportDocument> docs = letters();
    const QList<QByteArray> files = ReportRenderer::pdfDataEach(docs, italian);
    QTemporaryDir dir;
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QString split = save(dir, QStringLiteral("split%1.pdf").arg(i), files.at(i));
        const QString alone
            = save(dir, QStringLiteral("alone%1.pdf").arg(i), ReportRenderer(docs.at(i), italian).pdfData());
        const QByteArray text
            = run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), alone, QStringLiteral("-") });
        QVERIFY(text.contains(QStringLiteral("Zoë Müller").toUtf8()));
        QCOMPARE(run(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), split, QStringLiteral("-") }), text);
        // Every page, pixel for pixel (50 dpi keeps it quick).
        for (const QString &path : { split, alone })
            run(QStringLiteral("pdftoppm"),
                { QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path, path.chopped(4) });
        const int pages = i == 2 ? 2 : 1;
        for (int page = 1; page <= pages; ++page) {
            const QString suffix = QStringLiteral("-%1.png").arg(page);
            const QImage a(split.chopped(4) + suffix), b(alone.chopped(4) + suffix);
            QVERIFY2(!a.isNull() && !b.isNull(), qPrintable(split.chopped(4) + suffix));
            QCOMPARE(a.convertToFormat(QImage::Format_RGB32), b.convertToFormat(QImage::Format_RGB32));
        }
    }
}

void TestPdfSplit::pagesAreCutFromAnyDocument()
{
    // A three-page report cut page by page, and as a whole.
    ReportDocument doc = letter(9, 150);
    const QByteArray pdf = ReportRenderer(doc, QLocale(QLocale::Italian, QLocale::Italy)).pdfData();
    const PdfPageSplitter pages(pdf);
    QVERIFY(pages.isValid());
    QVERIFY(pages.pageCount() >= 3);
    const QDateTime at(QDate(2021, 1, 2), QTime(3, 4, 5), Qt::UTC);
    for (int p = 0; p < pages.pageCount(); ++p) {
        const PdfPageSplitter one(pages.extract(p, 1, QStringLiteral("p"), at));
        QVERIFY(one.isValid());
        QCOMPARE(one.pageCount(), 1);
    }
    const PdfPageSplitter whole(pages.extract(0, pages.pageCount(), QStringLiteral("w"), at));
    QCOMPARE(whole.pageCount(), pages.pageCount());
    QVERIFY(pages.extract(0, pages.pageCount(), QStringLiteral("w"), at).contains("/CreationDate (D:20210102030405Z)"));
    // Out of range: nothing.
    QVERIFY(pages.extract(-1, 1, QString(), at).isEmpty());
    QVERIFY(pages.extract(0, 0, QString(), at).isEmpty());
    QVERIFY(pages.extract(pages.pageCount() - 1, 2, QString(), at).isEmpty());
}

void TestPdfSplit::whatIsNotQtsPdfIsRefused_data()
{
    const QByteArray pdf = ReportRenderer(letter(1, 1), QLocale(QLocale::Italian, QLocale::Italy)).pdfData();
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a PDF") << QByteArray("hello, world");
    QTest::newRow("truncated") << pdf.left(pdf.size() / 2);
    QTest::newRow("no startxref") << QByteArray(pdf).replace("startxref", "startXref");
    QByteArray wrongXref = pdf;
    const qsizetype at = wrongXref.lastIndexOf("startxref") + 10;
    wrongXref.replace(at, wrongXref.indexOf('\n', at) - at, "17");
    QTest::newRow("xref elsewhere") << wrongXref;
    QTest::newRow("no root") << QByteArray(pdf).replace("/Root", "/Tree");
    QTest::newRow("unbalanced string") << QByteArray(pdf).replace("/Producer (", "/Producer ((");
}

void TestPdfSplit::whatIsNotQtsPdfIsRefused()
{
    QFETCH(QByteArray, data);
    const PdfPageSplitter pages(data);
    QVERIFY(!pages.isValid());
    QCOMPARE(pages.pageCount(), 0);
    QVERIFY(pages.extract(0, 1, QString(), QDateTime::fromMSecsSinceEpoch(0, Qt::UTC)).isEmpty());
}

void TestPdfSplit::titlesAreEscaped()
{
    QCOMPARE(pdfTextString(QStringLiteral("A")),
        QByteArray("(\xFE\xFF\x00"
                   "A)",
            6));
    QCOMPARE(pdfTextString(QStringLiteral("(")), QByteArray("(\xFE\xFF\x00\\()", 7));
    QCOMPARE(pdfTextString(QStringLiteral("\\")), QByteArray("(\xFE\xFF\x00\\\\)", 7));
    // U+0D29: a CR byte inside a UTF-16 unit.
    QCOMPARE(pdfTextString(QString(QChar(0x0d29))), QByteArray("(\xFE\xFF\\r\\))", 8));
}

QTEST_MAIN(TestPdfSplit)
#include "tst_pdfsplit.moc"
