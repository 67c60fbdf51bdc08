#pragma once

#include "core/reporting/reportdocument.h"

#include <QCoreApplication>
#include <QLocale>

namespace core {

// Writes a ReportDocument as the HTML subset that QTextDocument lays out
// (tables with cell padding, pt font sizes, images by resource name). Image
// and chart blocks refer to "report-image:<block index>"; the renderer
// registers those resources. Lengths are in 96-dpi pixels, which
// QTextDocument scales to the printer.
class ReportHtmlWriter {
    Q_DECLARE_TR_FUNCTIONS(core::ReportHtmlWriter)
public:
    explicit ReportHtmlWriter(const QLocale &locale = QLocale()) : m_locale(locale) { }
    QString write(const ReportDocument &document) const;

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
