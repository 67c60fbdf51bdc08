#include "core/domain/xlsxtable.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QXmlStreamReader>

#include <cmath>

namespace core {

namespace {

// How a cell's number is shown, from its style's number format.
struct NumberStyle {
    enum Kind { Plain, Date, DateTime, Time, Padded } kind = Plain;
    int digits = 0; // Padded: "00000" -> 5
};

struct Relationship {
    QString type;
    QString target; // resolved: a member name
};

class XlsxParser {
public:
    XlsxParser(ZipReader &zip, const QString &fileName, const XlsxLimits &limits)
        : m_zip(zip)
        , m_fileName(fileName)
        , m_limits(limits)
    {
    }

    Result<CsvTable> run(const QString &sheet);

private:
    Error fail(const QString &code, const QStringList &args = {}) const
    {
        return Error(code, args, { m_fileName, 0, {} });
    }
    Error badXml(const QString &part) const { return fail(QStringLiteral("xlsx.bad_xml"), { part }); }
    Result<QByteArray> part(const QString &name) { return m_zip.read(name); }
    Result<QHash<QString, Relationship>> relationships(const QString &source);
    Status readSharedStrings(const QString &path);
    Status readStyles(const QString &path);
    Result<CsvTable> readSheet(const QString &path);
    QString numberText(const QString &value, int style, bool *ok) const;

    ZipReader &m_zip;
    QString m_fileName;
    XlsxLimits m_limits;
    bool m_date1904 = false;
    QStringList m_shared;
    QList<NumberStyle> m_styles; // by cellXfs index
};

QString folderOf(const QString &member)
{
    const qsizetype slash = member.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? QString() : member.left(slash + 1);
}

// A relationship target relative to its source part's folder ("worksheets/
// sheet1.xml" from xl/workbook.xml), or absolute ("/xl/..."): a member name.
QString resolve(const QString &folder, const QString &target)
{
    QStringList parts;
    const QString joined = target.startsWith(QLatin1Char('/')) ? target.mid(1) : folder + target;
    for (const QString &p : joined.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (p == QLatin1String(".."))
            parts.isEmpty() ? void() : parts.removeLast();
        else if (p != QLatin1String("."))
            parts.append(p);
    }
    return parts.join(QLatin1Char('/'));
}

// Reads the next token, refusing DTDs (no Office part has one: an entity
// declaration is how "billion laughs" starts).
QXmlStreamReader::TokenType nextToken(QXmlStreamReader &xml)
{
    const auto token = xml.readNext();
    if (token == QXmlStreamReader::DTD)
        xml.raiseError(QStringLiteral("DTD"));
    return token;
}

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == name && a.prefix().isEmpty())
            return a.value().toString();
    return {};
}

// r:id, whatever the prefix of the relationships namespace.
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes())
        if (a.name() == QLatin1String("id") && !a.prefix().isEmpty())
            return a.value().toString();
    return {};
}

// The text of an <si> or <is> element: its <t>s, rich-text runs joined,
// phonetic runs (<rPh>) left out. The reader is on the start element.
QString stringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = nextToken(xml);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t")) {
                const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (phonetic == 0)
                    text += t;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

NumberStyle classify(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return { NumberStyle::Date };
    if (id == 22)
        return { NumberStyle::DateTime };
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return { NumberStyle::Time };
    if (code.isEmpty())
        return {};
    // The format's letters outside quotes, escapes and [colour/locale] parts.
    QString letters;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or padding)
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0) {
            if (c == QLatin1Char(';'))
                break; // the positive section decides
            letters.append(c.toLower());
        }
    }
    if (letters == QLatin1String("general"))
        return {};
    const bool date = letters.contains(QLatin1Char('d')) || letters.contains(QLatin1Char('y'))
        || letters.contains(QLatin1Char('e')) || letters.contains(QLatin1Char('g'));
    const bool time = letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s'));
    if (date)
        return { time ? NumberStyle::DateTime : NumberStyle::Date };
    if (time)
        return { NumberStyle::Time };
    if (letters.size() > 1 && letters.count(QLatin1Char('0')) == letters.size())
        return { NumberStyle::Padded, int(letters.size()) };
    return {};
}

// A number as people write it in an Italian CSV: no exponent, no
// thousands separator, a decimal comma, 15 significant digits at most.
QString plainNumber(double value)
{
    if (value == 0)
        return QStringLiteral("0");
    if (std::fabs(value) < 1e15 && value == std::trunc(value))
        return QString::number(qint64(value));
    // Round to 15 significant digits (what a spreadsheet shows), then write
    // that value without an exponent.
    const double rounded = QString::number(value, 'g', 15).toDouble();
    const int magnitude = int(std::floor(std::log10(std::fabs(rounded))));
    const int decimals = std::clamp(14 - magnitude, 0, 30);
    QString text = QString::number(rounded, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
    }
    text.replace(QLatin1Char('.'), QLatin1Char(','));
    return text;
}

} // namespace

int xlsxColumnNumber(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return 0;
    int n = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return 0;
        n = n * 26 + (u - u'A' + 1);
    }
    return n <= 16384 ? n : 0;
}

QDateTime xlsxSerialToDateTime(double serial, bool date1904)
{
    if (!(serial >= 0) || serial > 2958465.0) // 31/12/9999
        return {};
    qint64 days = qint64(std::floor(serial));
    qint64 seconds = qint64(std::llround((serial - double(days)) * 86400.0));
    if (seconds >= 86400) {
        ++days;
        seconds -= 86400;
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(days);
    else if (days >= 61)
        date = QDate(1899, 12, 30).addDays(days); // past Excel's 29/02/1900
    else if (days == 60)
        date = QDate(1900, 2, 28); // Excel's 29/02/1900, which never was
    else
        date = QDate(1899, 12, 31).addDays(days);
    return QDateTime(date, QTime(0, 0).addSecs(int(seconds)), Qt::UTC);
}

Result<QHash<QString, Relationship>> XlsxParser::relationships(const QString &source)
{
    const QString folder = folderOf(source);
    const QString path = folder + QStringLiteral("_rels/") + source.mid(folder.size()) + QStringLiteral(".rels");
    QHash<QString, Relationship> map;
    if (!m_zip.contains(path))
        return map;
    auto bytes = part(path);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd())
        if (nextToken(xml) == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Relationship")) {
            if (attribute(xml, QLatin1String("TargetMode")) == QLatin1String("External"))
                continue;
            map.insert(attribute(xml, QLatin1String("Id")),
                { attribute(xml, QLatin1String("Type")), resolve(folder, attribute(xml, QLatin1String("Target"))) });
        }
    if (xml.hasError())
        return badXml(path);
    return map;
}

Status XlsxParser::readSharedStrings(const QString &path)
{
    auto bytes = part(path);
    if (!bytes)
        return bytes.error();
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd())
        if (nextToken(xml) == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            m_shared.append(stringItem(xml));
    if (xml.hasError())
        return badXml(path);
    return {};
}

Status XlsxParser::readStyles(const QString &path)
{
    auto bytes = part(path);
    if (!bytes)
        return bytes.error();
    QHash<int, QString> formats;
    QList<int> xfs;
    QXmlStreamReader xml(*bytes);
    bool inCellXfs = false;
    bool inNumFmts = false; // not the dxfs' own numFmts (conditional formats)
    while (!xml.atEnd()) {
        const auto token = nextToken(xml);
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("numFmts"))
                inNumFmts = true;
            else if (inNumFmts && xml.name() == QLatin1String("numFmt"))
                formats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                    attribute(xml, QLatin1String("formatCode")));
            else if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = true;
            else if (inCellXfs && xml.name() == QLatin1String("xf"))
                xfs.append(attribute(xml, QLatin1String("numFmtId")).toInt());
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("cellXfs"))
                inCellXfs = false;
            else if (xml.name() == QLatin1String("numFmts"))
                inNumFmts = false;
        }
    }
    if (xml.hasError())
        return badXml(path);
    for (const int id : std::as_const(xfs))
        m_styles.append(classify(id, formats.value(id)));
    return {};
}

QString XlsxParser::numberText(const QString &value, int style, bool *ok) const
{
    const double number = value.trimmed().toDouble(ok); // the file's own C notation
    if (!*ok || !std::isfinite(number)) {
        *ok = false;
        return {};
    }
    const NumberStyle how = m_styles.value(style);
    switch (how.kind) {
    case NumberStyle::Plain:
        break;
    case NumberStyle::Padded:
        if (number >= 0 && number < 1e15 && number == std::trunc(number))
            return QString::number(qint64(number)).rightJustified(how.digits, QLatin1Char('0'));
        break;
    case NumberStyle::Date:
    case NumberStyle::DateTime:
    case NumberStyle::Time: {
        const QDateTime when = xlsxSerialToDateTime(number, m_date1904);
        if (!when.isValid())
            break;
        if (how.kind == NumberStyle::Time)
            return when.time().toString(QStringLiteral("HH:mm"));
        if (how.kind == NumberStyle::DateTime && when.time() != QTime(0, 0))
            return when.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        return when.date().toString(QStringLiteral("dd/MM/yyyy"));
    }
    }
    return plainNumber(number);
}

Result<CsvTable> XlsxParser::readSheet(const QString &path)
{
    auto bytes = part(path);
    if (!bytes)
        return bytes.error();
    // Rows with a value, by row number; each a list of (column, text).
    QMap<int, QList<QPair<int, QString>>> rows;
    int width = 0;
    QXmlStreamReader xml(*bytes);
    int rowNumber = 0;
    int column = 0;
    qint64 cellCount = 0; // cells with a value, repeated references included
    auto tooLarge = [&] {
        return fail(QStringLiteral("xlsx.sheet_too_large"),
            { QString::number(m_limits.maxRows), QString::number(m_limits.maxColumns) });
    };
    while (!xml.atEnd()) {
        const auto token = nextToken(xml);
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("row")) {
            const QString r = attribute(xml, QLatin1String("r"));
            bool ok = true;
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt(&ok);
            if (!ok || rowNumber < 1 || rowNumber > 1048576)
                return badXml(path);
            column = 0;
        } else if (xml.name() == QLatin1String("c")) {
            if (rowNumber == 0)
                return badXml(path);
            const QString ref = attribute(xml, QLatin1String("r"));
            if (ref.isEmpty()) {
                ++column;
            } else {
                qsizetype letters = 0;
                while (letters < ref.size() && ref.at(letters).isLetter())
                    ++letters;
                column = xlsxColumnNumber(QStringView(ref).left(letters));
                bool ok = false;
                const int refRow = QStringView(ref).mid(letters).toInt(&ok);
                if (column == 0 || !ok || refRow != rowNumber)
                    return badXml(path);
            }
            if (column > 16384)
                return badXml(path);
            const QString type = attribute(xml, QLatin1String("t"));
            const int style = attribute(xml, QLatin1String("s")).toInt();
            QString value;
            QString inlineText;
            bool hasInline = false;
            while (!xml.atEnd()) {
                const auto inner = nextToken(xml);
                if (inner == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1String("v"))
                        value = xml.readElementText();
                    else if (xml.name() == QLatin1String("is")) {
                        inlineText = stringItem(xml);
                        hasInline = true;
                    } else if (xml.name() == QLatin1String("f"))
                        xml.skipCurrentElement();
                } else if (inner == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (xml.hasError())
                break;
            QString text;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.trimmed().toInt(&ok);
                if (!ok || index < 0 || index >= m_shared.size())
                    return badXml(path);
                text = m_shared.at(index);
            } else if (type == QLatin1String("inlineStr")) {
                text = hasInline ? inlineText : value;
            } else if (type == QLatin1String("str") || type == QLatin1String("e")) {
                text = value;
            } else if (type == QLatin1String("b")) {
                const QString v = value.trimmed();
                text = v.isEmpty() ? QString() : (v == QLatin1String("0") ? QStringLiteral("FALSO") : QStringLiteral("VERO"));
            } else if (type == QLatin1String("d")) {
                const QDateTime when = QDateTime::fromString(value.trimmed(), Qt::ISODate);
                text = !when.isValid() ? value
                    : when.time() == QTime(0, 0) ? when.date().toString(QStringLiteral("dd/MM/yyyy"))
                                                 : when.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
            } else if (!value.isEmpty()) {
                bool ok = false;
                text = numberText(value, style, &ok);
                if (!ok)
                    text = value; // not a number after all: as written
            }
            if (text.isEmpty())
                continue;
            if (column > m_limits.maxColumns)
                return tooLarge();
            auto &cells = rows[rowNumber];
            if ((cells.isEmpty() && rows.size() > m_limits.maxRows) || ++cellCount > m_limits.maxCells)
                return tooLarge();
            cells.append({ column, text });
            width = std::max(width, column);
        }
    }
    if (xml.hasError())
        return badXml(path);

    // Blank rows (only spaces) are skipped, as in parseCsv.
    for (auto it = rows.begin(); it != rows.end();) {
        bool blank = true;
        for (const auto &cell : std::as_const(it.value()))
            blank = blank && cell.second.trimmed().isEmpty();
        it = blank ? rows.erase(it) : std::next(it);
    }
    if (rows.isEmpty())
        return fail(QStringLiteral("csv.empty"));
    if (qint64(rows.size()) * width > m_limits.maxCells)
        return tooLarge();
    CsvTable table;
    bool header = true;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList fields(width, QString(QLatin1String("")));
        for (const auto &cell : it.value())
            fields[cell.first - 1] = cell.second;
        if (header) {
            for (QString &h : fields)
                h = h.trimmed();
            table.header = fields;
            header = false;
        } else {
            table.records.append({ it.key(), fields });
        }
    }
    return table;
}

Result<CsvTable> XlsxParser::run(const QString &sheet)
{
    // The workbook, from the package's relationships (xl/workbook.xml by
    // convention).
    auto packageRels = relationships(QString());
    if (!packageRels)
        return packageRels.error();
    QString workbook;
    for (const Relationship &r : std::as_const(*packageRels))
        if (r.type.endsWith(QLatin1String("/officeDocument")))
            workbook = r.target;
    if (workbook.isEmpty() || !m_zip.contains(workbook))
        workbook = QStringLiteral("xl/workbook.xml");
    if (!m_zip.contains(workbook)) {
        if (m_zip.contains(QStringLiteral("mimetype")) && m_zip.contains(QStringLiteral("content.xml")))
            return fail(QStringLiteral("xlsx.opendocument"));
        return fail(QStringLiteral("xlsx.not_workbook"));
    }
    auto workbookRels = relationships(workbook);
    if (!workbookRels)
        return workbookRels.error();

    struct Sheet {
        QString name;
        QString id;
        bool visible = true;
    };
    QList<Sheet> sheets;
    {
        auto bytes = part(workbook);
        if (!bytes)
            return bytes.error();
        QXmlStreamReader xml(*bytes);
        while (!xml.atEnd())
            if (nextToken(xml) == QXmlStreamReader::StartElement) {
                if (xml.name() == QLatin1String("workbookPr")) {
                    const QString d = attribute(xml, QLatin1String("date1904"));
                    m_date1904 = d == QLatin1String("1") || d == QLatin1String("true");
                } else if (xml.name() == QLatin1String("sheet")) {
                    sheets.append({ attribute(xml, QLatin1String("name")), relationshipId(xml),
                        attribute(xml, QLatin1String("state")).isEmpty()
                            || attribute(xml, QLatin1String("state")) == QLatin1String("visible") });
                }
            }
        if (xml.hasError())
            return badXml(workbook);
    }
    // Only worksheets (not chart sheets) that are in the package.
    auto isWorksheet = [&](const Sheet &s) {
        const Relationship r = workbookRels->value(s.id);
        return r.type.endsWith(QLatin1String("/worksheet")) && m_zip.contains(r.target);
    };
    const Sheet *chosen = nullptr;
    for (const Sheet &s : std::as_const(sheets)) {
        if (!isWorksheet(s))
            continue;
        if (sheet.isEmpty() ? s.visible : s.name == sheet) {
            chosen = &s;
            break;
        }
    }
    if (!chosen && !sheet.isEmpty())
        for (const Sheet &s : std::as_const(sheets))
            if (isWorksheet(s) && s.name.compare(sheet, Qt::CaseInsensitive) == 0) {
                chosen = &s;
                break;
            }
    if (!chosen) {
        // The worksheets there are, for the message ("Mezzi, Attrezzature").
        QStringList names;
        for (const Sheet &s : std::as_const(sheets))
            if (isWorksheet(s))
                names.append(s.name);
        return fail(QStringLiteral("xlsx.no_sheet"), { sheet, names.join(QStringLiteral(", ")) });
    }

    for (const Relationship &r : std::as_const(*workbookRels)) {
        if (r.type.endsWith(QLatin1String("/sharedStrings")) && m_zip.contains(r.target) && m_shared.isEmpty()) {
            if (auto s = readSharedStrings(r.target); !s)
                return s.error();
        } else if (r.type.endsWith(QLatin1String("/styles")) && m_zip.contains(r.target) && m_styles.isEmpty()) {
            if (auto s = readStyles(r.target); !s)
                return s.error();
        }
    }
    return readSheet(workbookRels->value(chosen->id).target);
}

Result<CsvTable> parseXlsx(const QByteArray &data, const QString &fileName, const QString &sheet,
                           const XlsxLimits &limits)
{
    auto zip = ZipReader::open(data, fileName, limits.zip);
    if (!zip)
        return zip.error();
    XlsxParser parser(*zip, fileName, limits);
    return parser.run(sheet);
}

} // namespace core
