#pragma once

#include "core/reporting/reportdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace core {

// Writes a ReportDocument as HTML: the whole of it for a file opened in a
// browser (write()), or piece by piece for the renderer, which lays out the
// flowing blocks with QTextDocument (pt font sizes, images by resource name)
// and the tables itself. Image and chart blocks refer to
// "report-image:<block index>"; whoever shows them registers those
// resources. Lengths are in 96-dpi pixels, which QTextDocument scales to the
// printer.
class ReportHtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(core::ReportHtmlWriter)
public:
    explicit ReportHtmlWriter(const QLocale &locale = QLocale()) : m_locale(locale) { }
    QString write(const ReportDocument &document) const;

    // The heading of the first page (letterhead, title, parameters, printed
    // line); empty when the document draws its own.
    QString preamble(const ReportDocument &document) const;
    // One block (a table as an HTML table: values that must not break are nowrap).
    QString block(const ReportDocument &document, int index) const;
    // A fragment as a whole page with the report's style sheet.
    static QString page(const QString &body);

    static QString imageResourceName(int blockIndex);
    // Printed width of an image or chart block in 96-dpi pixels.
    static int blockWidthPx(const ReportBlock &block, bool landscape);
    static QSize chartPixelSize(const ReportBlock &block, bool landscape);

    // "Stampato il 24/11/2026 alle 10:32 da Mario Rossi"
    QString printedLine(const ReportDocument &document) const;

private:
    QString table(const ReportTable &table) const;
    QLocale m_locale;
};

} // namespace core
