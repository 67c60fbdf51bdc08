#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace core {

// A report as an Excel workbook (.xlsx, libxlsxwriter), for the office's
// spreadsheets: one sheet per table (named after the heading before it),
// then an "Informazioni" sheet with the title, the parameters, who printed
// it and when, and the report's other text. On every table sheet:
// - the header row in bold, frozen, with a filter; Grams columns say "kg";
// - the column's kind (ReportColumn::kind, never the look of the text)
//   decides each cell: Integer, Decimal, Grams and Percent are numbers with
//   a display format ("#,##0.0": the spreadsheet shows them with its own,
//   Italian, separators), Date, Month and DateTime real dates shown
//   dd/mm/yyyy, Text always text (ISTAT "015002", CAP, codice fiscale,
//   DDT numbers and phones stay as written); a text label in a numeric
//   column ("-") stays text;
// - the totals row, in bold, as values;
// - column widths from the longest value as people read it.
// Strings are written as text, never as formulas, so nothing needs
// neutralising. Any thread (one workbook per call).
class ReportXlsx {
    Q_DECLARE_TR_FUNCTIONS(core::ReportXlsx)
public:
    // The workbook's bytes. Written by libxlsxwriter in constant-memory
    // mode into a private temporary folder (TMPDIR), its close checked.
    // Errors: file.cannot_write {`destination` (or the temporary path),
    // libxlsxwriter's or the system's text, kind}, xlsx.too_many_rows
    // {rows, limit}.
    static Result<QByteArray> toBytes(const ReportDocument &document, const QLocale &locale = QLocale(),
                                      const QString &destination = {});
    // The workbook at `path`, complete or absent (core::writeWholeFile:
    // a temporary name in the same folder, flushed, renamed).
    static Status write(const ReportDocument &document, const QString &path, const QLocale &locale = QLocale());

    // A sheet name Excel accepts: no []:*?/\, no apostrophe at either end,
    // at most 31 characters, not empty, unique among `used` (compared
    // without case, as Excel does); the name is added to `used`.
    static QString sheetName(const QString &wanted, QStringList &used);
    // Excel's limit of rows per sheet, header and totals included.
    static constexpr int maxRows = 1048576;

private:
    static Result<QByteArray> workbookBytes(const ReportDocument &document, const QLocale &locale);
};

} // namespace core
