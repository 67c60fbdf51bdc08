#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"
#include "core/reporting/reportpagemodel.h"

#include <QCoreApplication>
#include <QImage>
#include <QLocale>
#include <QPageLayout>

#include <memory>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;
class QTextDocument;

namespace core {

// Lays a ReportDocument out on pages and paints them, with a running header
// (report title) and footer (printed on / by, "Pagina X di Y", counted per
// section) on every page. Tables are measured and paginated here
// (reporttablelayout.h, reportpaginator.h): columns as wide as their values,
// header row on every page, rows never split; the other blocks flow through
// QTextDocument (reportflow.h). Prints to any QPagedPaintDevice: QPrinter behind a print preview,
// or QPdfWriter (Subsurface's Printer(QPaintDevice*) idea); and to images,
// which is how the tests look at a report. No web engine.
class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(core::ReportRenderer)
public:
    explicit ReportRenderer(ReportDocument document, const QLocale &locale = QLocale());
    ~ReportRenderer();

    // A4, 15 mm margins; landscape when the document asks for it or when a
    // table's values do not fit across a portrait page even in small print.
    QPageLayout pageLayout() const;

    // Paints every page on the device, using the device's own page layout.
    Status print(QPagedPaintDevice *device) const;
    // Writes a PDF whole or not at all (core::writeWholeFile).
    Status writePdf(const QString &path) const;
    QByteArray pdfData() const;
    // One PDF per document, as pdfData() would write it (same pages, same
    // text, same look), but made faster: consecutive documents with the
    // same page layout are painted as the pages of one QPdfWriter document,
    // so its fonts are embedded once, then cut into one file each
    // (PdfPageSplitter), every file carrying the shared fonts. Each file's
    // information gives its document's title and, as creation date, its
    // printedAt: the same documents always give the same bytes. An empty
    // entry for a document that could not be printed.
    static QList<QByteArray> pdfDataEach(const QList<ReportDocument> &documents, const QLocale &locale);
    // One image per page at the given resolution, for tests and thumbnails.
    QList<QImage> renderPages(int dpi = 96) const;

    // Where every table cell goes on which page, at the given resolution,
    // as renderPages() paints them.
    ReportLayoutModel layoutReport(int dpi = 96) const;

    // HTML for QTextDocument (images as resources)...
    QString html() const;
    // ... and for a file opened in a browser: images embedded as data URIs.
    QString standaloneHtml() const;

private:
    struct Layout;
    std::unique_ptr<Layout> layOut(QPaintDevice *device, const QPageLayout &pageLayout, int dpi) const;
    void paintPage(QPainter &painter, const Layout &layout, int page, bool originAtPaintRect) const;
    bool needsLandscape() const;

    ReportDocument m_document;
    QLocale m_locale;
    mutable int m_landscape = -1; // needsLandscape(), once measured
};

} // namespace core
