#pragma once

#include "core/domain/csv.h"
#include "core/domain/zipreader.h"

#include <QDateTime>

namespace core {

struct XlsxLimits {
    ZipLimits zip;
    int maxRows = 100000;      // rows with a value
    int maxColumns = 1000;     // the rightmost column with a value
    qint64 maxCells = 5000000; // rows with a value x columns, once padded
};

// One worksheet of an Excel workbook (.xlsx, Office Open XML) as the same
// table parseCsv() gives, so that importers read either without knowing:
// - the sheet is the first visible worksheet, or the one called `sheet`
//   (compared exactly, then without case);
// - rows keep their spreadsheet row number as CsvRecord::line (so "line 7"
//   is row 7 of the sheet); blank rows are skipped; the first row with a
//   value is the header, trimmed; every row is as wide as the rightmost
//   column with a value anywhere (gaps in the column letters are empty
//   fields), as a spreadsheet's own "save as CSV" writes it;
// - shared strings, inline strings (rich text runs joined, phonetic runs
//   left out), formula results as cached, errors as written (#N/A);
// - booleans as VERO / FALSO (what an Italian spreadsheet writes to CSV);
// - numbers without float noise (15 significant digits), no thousands
//   separator, a decimal comma ("12,5": the importers read "1.234" as a
//   thousand), zeros kept where the format pads them ("00000" for a CAP);
// - serial numbers whose format (styles.xml: numFmts, cellXfs; built-in
//   14-22, 45-47) is a date: dd/MM/yyyy, with " HH:mm" when the format
//   shows the time and the cell has one; time formats alone: HH:mm; both
//   1900 (with Excel's 29/02/1900) and 1904 date systems.
// Refused with an Error placed at `fileName` and nothing returned:
// everything ZipReader refuses; xlsx.opendocument (an .ods);
// xlsx.not_workbook (a ZIP without a workbook); xlsx.bad_xml {part} (XML
// that does not parse, a DTD, a cell reference or shared string that does
// not exist); xlsx.no_sheet {name, the worksheets' names joined by ", "};
// xlsx.sheet_too_large {rows, columns}
// above XlsxLimits; csv.empty for a sheet without values.
// Reentrant: no shared state, no file access.
Result<CsvTable> parseXlsx(const QByteArray &data, const QString &fileName, const QString &sheet = {},
                           const XlsxLimits &limits = {});

// "A" -> 1, "AB" -> 28, "XFD" -> 16384; 0 for anything else.
int xlsxColumnNumber(QStringView letters);

// The serial number of a spreadsheet date as a date and time (1900 system
// unless `date1904`); invalid for a negative serial.
QDateTime xlsxSerialToDateTime(double serial, bool date1904);

} // namespace core
