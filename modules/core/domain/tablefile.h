#pragma once

#include "core/domain/csv.h"
#include "core/domain/tablefile.h"

namespace core {

enum class TableFileFormat {
    Csv,
    Xlsx,
    OldExcel,     // .xls (OLE compound file): refused
    Encrypted,    // an Office file protected by a password (OLE with an EncryptedPackage): refused
    OpenDocument, // .ods by its name: refused
};

// What an import file is, by its content first (a ZIP is a workbook, an OLE
// compound file an old .xls or a password-protected workbook), then by its
// name (.xlsx that is no ZIP, .xls, .ods), else CSV.
TableFileFormat tableFileFormat(const QByteArray &data, const QString &fileName);

// The rows of an import file, .xlsx or CSV, as parseCsv() gives them: every
// importer reads its file through here, so its dry run, its problems by line
// and its all-or-nothing apply are the same for both. Beyond parseCsv's and
// parseXlsx's errors: xlsx.old_format (save it as .xlsx or .csv),
// xlsx.encrypted, xlsx.opendocument, xlsx.not_zip (named .xlsx, not a ZIP).
// `sheet`: the worksheet of a workbook (empty: the first visible one).
Result<CsvTable> parseTableFile(const QByteArray &data, const QString &fileName, const QString &sheet = {});
// The same from a file; file.cannot_read when it cannot be opened.
Result<CsvTable> readTableFile(const QString &path, const QString &sheet = {});

// The command line's `import --sheet NAME`: while one lives, the two
// functions above called without a sheet on this thread read the worksheet
// NAME of a workbook (xlsx.no_sheet {name, the sheets} when there is none)
// and refuse a CSV (xlsx.sheet_of_csv {name}), whichever importer calls
// them. The window never sets one (its dialogs read the first visible sheet).
class TableSheetScope {
public:
    explicit TableSheetScope(const QString &sheet);
    ~TableSheetScope();
    TableSheetScope(const TableSheetScope &) = delete;
    TableSheetScope &operator=(const TableSheetScope &) = delete;

private:
    QString m_previous;
};

} // namespace core
