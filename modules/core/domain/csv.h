#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace core {

// One record of a CSV file, with the physical line where it starts (1-based),
// so that importers can say "file, line, field" about bad input.
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

struct CsvTable {
    QStringList header;
    QList<CsvRecord> records;
    QChar separator;

    // Column of the first header name equal to one of the aliases, compared
    // without case, accents, spaces or underscores; -1 when absent.
    int column(const QStringList &aliases) const;
};

// RFC 4180 reader that also takes what Italian spreadsheets write: a
// semicolon separator (detected from the header line), a UTF-8 byte-order
// mark, CRLF or LF line ends, and Windows-1252 text when the file is not
// UTF-8. Blank lines are skipped; a row with more or fewer fields than the
// header is an error (csv.ragged_row). Errors carry the file name and line.
Result<CsvTable> parseCsv(const QByteArray &data, const QString &fileName = {}, QChar separator = {});
Result<CsvTable> readCsvFile(const QString &path, QChar separator = {});

// Windows-1252 ("ANSI" of Italian Windows) to text: ’ and € are not
// control characters.
QString decodeWindows1252(const QByteArray &bytes);

// Folds a header or a name for comparison: lower case, no accents, no
// punctuation or spaces ("Comune di residenza" -> "comunediresidenza").
QString foldKey(const QString &text);

// True when a spreadsheet would take this text cell for a formula.
bool looksLikeFormula(const QString &text);

struct CsvWriteOptions {
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = false;
};

// What a field holds, said by its column (never guessed from the content).
enum class CsvCell {
    Text, // may start like a formula: neutralised
    Number, // written as given, so that -3 stays a number
};

// Writes RFC 4180 records (CRLF line ends, quotes only where needed).
// Text fields that a spreadsheet would run as a formula (starting with =,
// +, -, @, a tab or a carriage return: OWASP "CSV injection") are written
// quoted behind a single quote, so that LibreOffice and Excel show them as
// text: a donor named =HYPERLINK(...) stays a name.
class CsvWriter {
public:
    explicit CsvWriter(CsvWriteOptions options = {}) : m_options(options) { }
    // Fields beyond `kinds` are Text.
    void writeRow(const QStringList &fields, const QList<CsvCell> &kinds = {});
    QByteArray data() const;

private:
    CsvWriteOptions m_options;
    QString m_text;
};

} // namespace core
