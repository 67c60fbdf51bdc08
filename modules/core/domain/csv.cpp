#include "core/domain/csv.h"

#include <QFile>
#include <QStringDecoder>

namespace core {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80-0x9F, where Excel and Word
// put ’ “ ” € – …; Qt 6.4 has no codec for it without ICU, hence the table.
// The five bytes Windows leaves undefined keep their Latin-1 value.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80-87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, // 88-8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90-97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178, // 98-9F
};

QString decode(const QByteArray &data)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        return decodeWindows1252(bytes); // spreadsheets saved as "CSV (Windows)"
    return text;
}

QChar detectSeparator(const QString &text)
{
    // Count candidate separators on the first line, outside quotes.
    int semicolons = 0, commas = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    for (const QString &f : fields)
        if (!f.trimmed().isEmpty())
            return false;
    return true;
}

} // namespace

QString decodeWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        *out++ = QChar(b >= 0x80 && b <= 0x9F ? windows1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

QString foldKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toLower();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.isLetterOrNumber() && c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out;
}

int CsvTable::column(const QStringList &aliases) const
{
    for (const QString &alias : aliases) {
        const QString key = foldKey(alias);
        for (int i = 0; i < header.size(); ++i)
            if (foldKey(header.at(i)) == key)
                return i;
    }
    return -1;
}

Result<CsvTable> parseCsv(const QByteArray &data, const QString &fileName, QChar separator)
{
    const QString text = decode(data);
    CsvTable table;
    table.separator = separator.isNull() ? detectSeparator(text) : separator;

    QList<CsvRecord> records;
    CsvRecord current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int quoteLine = 0;
    current.line = 1;

    auto endField = [&] {
        current.fields.append(field.isNull() ? QString(QLatin1String("")) : field);
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!isBlank(current.fields))
            records.append(current);
        current = CsvRecord{};
        current.line = line;
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == table.separator) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CR of CRLF (or a lone CR): the LF, if any, ends the record.
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')) {
                ++line;
                endRecord();
            }
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error(QStringLiteral("csv.unterminated_quote"), {}, { fileName, quoteLine, {} });
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty())
        endRecord();

    if (records.isEmpty())
        return Error(QStringLiteral("csv.empty"), {}, { fileName, 0, {} });
    table.header = records.takeFirst().fields;
    for (QString &h : table.header)
        h = h.trimmed();
    // A row longer or shorter than the header is a shifted or cut row: its
    // values would land in the wrong columns, so it is refused, not padded.
    for (const CsvRecord &r : std::as_const(records))
        if (r.fields.size() != table.header.size())
            return Error(QStringLiteral("csv.ragged_row"),
                { QString::number(r.fields.size()), QString::number(table.header.size()) }, { fileName, r.line, {} });
    table.records = records;
    return table;
}

Result<CsvTable> readCsvFile(const QString &path, QChar separator)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() }, { path, 0, {} });
    return parseCsv(file.readAll(), path, separator);
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.at(0).unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

void CsvWriter::writeRow(const QStringList &fields, const QList<CsvCell> &kinds)
{
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_text.append(m_options.separator);
        const bool formula = kinds.value(i, CsvCell::Text) == CsvCell::Text && looksLikeFormula(fields.at(i));
        const QString f = formula ? QLatin1Char('\'') + fields.at(i) : fields.at(i);
        const bool needsQuotes = formula || f.contains(m_options.separator) || f.contains(QLatin1Char('"'))
            || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r'));
        if (needsQuotes) {
            QString escaped = f;
            escaped.replace(QLatin1String("\""), QLatin1String("\"\""));
            m_text.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
        } else {
            m_text.append(f);
        }
    }
    m_text.append(QLatin1String("\r\n"));
}

QByteArray CsvWriter::data() const
{
    QByteArray out = m_text.toUtf8();
    if (m_options.byteOrderMark)
        out.prepend("\xEF\xBB\xBF");
    return out;
}

} // namespace core
