#pragma once

#include "core/reporting/reportdocument.h"

#include <QLocale>

namespace core {

// Formats one cell for people (locale numbers and dates) ...
QString formatCellForPeople(const QVariant &value, const ReportColumn &column, const QLocale &locale);
// ... or for paper: as for people, with the spaces inside the codes of a
// column that keeps its items whole made unbreakable (U+00A0) ...
QString formatCellForPaper(const QVariant &value, const ReportColumn &column, const QLocale &locale);
// ... or for Italian spreadsheets: as for people, but kg exact to the gram
// (no rounding, no grouping) ...
QString formatCellForSpreadsheet(const QVariant &value, const ReportColumn &column, const QLocale &locale);
// ... or for machines (dot decimals, ISO dates, no grouping).
QString formatCellForMachines(const QVariant &value, const ReportColumn &column);

bool isNumericColumn(const ReportColumn &column);

} // namespace core
