#pragma once

#include "core/reporting/reportdocument.h"

#include <QByteArray>
#include <QLocale>

namespace core {

enum class CsvFlavor {
    // Command line: RFC 4180, comma, dot decimals, ISO dates, machine
    // header names; for scripts and open data.
    Machine,
    // Saved from the window: for Italian spreadsheets (semicolon, decimal
    // comma, dd/MM/yyyy, UTF-8 with BOM so that Excel reads accents),
    // translated headers.
    Spreadsheet,
};

// The report's first table as CSV (no totals row: spreadsheets sum).
QByteArray reportToCsv(const ReportDocument &document, CsvFlavor flavor, const QLocale &locale = QLocale());

} // namespace core
