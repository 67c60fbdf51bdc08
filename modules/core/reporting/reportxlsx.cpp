#include "core/reporting/reportxlsx.h"

#include "core/domain/units.h"
#include "core/domain/wholefile.h"
#include "core/reporting/cellformat.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <memory>

namespace core {

namespace {

// Excel's limit for the text of one cell.
constexpr int maxCellText = 32767;
constexpr double minWidth = 6;
constexpr double maxWidth = 60;

struct WorkbookCloser {
    void operator()(lxw_workbook *workbook) const
    {
        if (workbook)
            workbook_close(workbook); // only on an early return: the normal path closes and checks
    }
};
using WorkbookPtr = std::unique_ptr<lxw_workbook, WorkbookCloser>;

QString decimalsPart(int decimals)
{
    return decimals > 0 ? QStringLiteral(".") + QString(decimals, QLatin1Char('0')) : QString();
}

// The display format of a column's cells, "" for text.
QString numberFormat(const ReportColumn &column, const QLocale &locale)
{
    switch (column.kind) {
    case ColumnKind::Text:
        return {};
    case ColumnKind::Integer:
        return QStringLiteral("#,##0");
    case ColumnKind::Decimal:
    case ColumnKind::Grams:
        return QStringLiteral("#,##0") + decimalsPart(column.decimals);
    case ColumnKind::Percent:
        return QStringLiteral("0") + decimalsPart(column.decimals) + QStringLiteral("%");
    case ColumnKind::Date:
        return QStringLiteral("dd/mm/yyyy");
    case ColumnKind::Month:
        // Month names in the report's language, whatever the spreadsheet's.
        return locale.language() == QLocale::Italian ? QStringLiteral("[$-410]mmmm yyyy") : QStringLiteral("mmmm yyyy");
    case ColumnKind::DateTime:
        return column.decimals > 0 ? QStringLiteral("dd/mm/yyyy hh:mm:ss") : QStringLiteral("dd/mm/yyyy hh:mm");
    }
    return {};
}

QString headerText(const ReportColumn &column)
{
    // Quantities carry their unit: the report's Grams columns are in kg.
    if (column.kind == ColumnKind::Grams && !column.title.contains(QLatin1String("kg"), Qt::CaseInsensitive))
        return column.title + QStringLiteral(" (kg)");
    return column.title;
}

QByteArray cellText(const QString &text)
{
    return text.left(maxCellText).toUtf8();
}

class Writer {
public:
    Writer(lxw_workbook *workbook, const QLocale &locale)
        : m_workbook(workbook)
        , m_locale(locale)
    {
    }

    lxw_format *format(const QString &numberFormat, bool bold)
    {
        const QString key = numberFormat + (bold ? QStringLiteral("|b") : QStringLiteral("|"));
        if (lxw_format *found = m_formats.value(key))
            return found;
        lxw_format *f = workbook_add_format(m_workbook);
        if (!numberFormat.isEmpty())
            format_set_num_format(f, numberFormat.toUtf8().constData());
        if (bold)
            format_set_bold(f);
        m_formats.insert(key, f);
        return f;
    }

    Status table(const QString &name, const ReportTable &table)
    {
        const qsizetype lines = 1 + table.rows.size() + (table.totals.isEmpty() ? 0 : 1);
        if (lines > ReportXlsx::maxRows)
            return Error(QStringLiteral("xlsx.too_many_rows"),
                { QString::number(table.rows.size()), QString::number(ReportXlsx::maxRows - 2) });
        lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!sheet)
            return failure(LXW_ERROR_PARAMETER_VALIDATION);
        const int columns = int(table.columns.size());
        QList<QString> formats;
        for (const ReportColumn &c : table.columns)
            formats.append(numberFormat(c, m_locale));
        // Widths and panes before the rows: constant-memory mode writes
        // rows as they come.
        for (int c = 0; c < columns; ++c) {
            if (lxw_error e = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), width(table, c), nullptr); e)
                return failure(e);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        if (columns > 0 && !table.rows.isEmpty())
            worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()), lxw_col_t(columns - 1));
        lxw_format *header = format({}, true);
        for (int c = 0; c < columns; ++c)
            if (lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), cellText(headerText(table.columns.at(c))).constData(), header); e)
                return failure(e);
        lxw_row_t row = 1;
        for (const QVariantList &values : table.rows) {
            for (int c = 0; c < columns; ++c)
                if (lxw_error e = cell(sheet, row, c, values.value(c), table.columns.at(c), formats.at(c), false); e)
                    return failure(e);
            ++row;
        }
        if (!table.totals.isEmpty())
            for (int c = 0; c < columns; ++c)
                if (lxw_error e = cell(sheet, row, c, table.totals.value(c), table.columns.at(c), formats.at(c), true); e)
                    return failure(e);
        return {};
    }

    // Title, parameters, who and when, then the report's other text.
    Status information(const QString &name, const ReportDocument &document)
    {
        lxw_worksheet *sheet = workbook_add_worksheet(m_workbook, name.toUtf8().constData());
        if (!sheet)
            return failure(LXW_ERROR_PARAMETER_VALIDATION);
        worksheet_set_column(sheet, 0, 0, 30, nullptr);
        worksheet_set_column(sheet, 1, 1, 60, nullptr);
        lxw_format *bold = format({}, true);
        lxw_row_t row = 0;
        auto line = [&](const QString &label, const QString &text, lxw_format *labelFormat) -> lxw_error {
            if (!label.isEmpty())
                if (lxw_error e = worksheet_write_string(sheet, row, 0, cellText(label).constData(), labelFormat); e)
                    return e;
            if (!text.isEmpty())
                if (lxw_error e = worksheet_write_string(sheet, row, 1, cellText(text).constData(), nullptr); e)
                    return e;
            ++row;
            return LXW_NO_ERROR;
        };
        lxw_error e = line(document.title, {}, bold);
        if (!e && !document.subtitle.isEmpty())
            e = line(document.subtitle, {}, nullptr);
        for (const auto &p : document.parameters)
            if (!e)
                e = line(p.first, p.second, bold);
        if (!e && !document.operatorName.isEmpty())
            e = line(ReportXlsx::tr("Printed by"), document.operatorName, bold);
        if (!e && document.printedAt.isValid()) {
            if (lxw_error w = worksheet_write_string(sheet, row, 0, cellText(ReportXlsx::tr("Printed on")).constData(), bold); w)
                return failure(w);
            lxw_datetime when = dateTime(document.printedAt.toLocalTime());
            e = worksheet_write_datetime(sheet, row, 1, &when, format(QStringLiteral("dd/mm/yyyy hh:mm"), false));
            ++row;
        }
        for (const ReportBlock &b : document.blocks) {
            if (e)
                break;
            switch (b.type) {
            case ReportBlock::Type::Heading:
                ++row;
                e = line(b.text, {}, bold);
                break;
            case ReportBlock::Type::Paragraph:
                e = line(b.text, {}, nullptr);
                break;
            case ReportBlock::Type::KeyValues:
                for (const auto &p : b.pairs)
                    if (!e)
                        e = line(p.first, p.second, bold);
                break;
            default:
                break; // tables have their sheets; pictures and signatures belong on paper
            }
        }
        return e ? failure(e) : Status();
    }

    Error failure(lxw_error e) const
    {
        return Error(QStringLiteral("file.cannot_write"),
            { m_path, QString::fromUtf8(lxw_strerror(e)), QString() });
    }
    void setPath(const QString &path) { m_path = path; }

private:
    static lxw_datetime dateTime(const QDateTime &local)
    {
        const QDate d = local.date();
        const QTime t = local.time();
        return lxw_datetime { d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second() + t.msec() / 1000.0 };
    }

    static QDateTime localDateTime(const QVariant &value)
    {
        if (value.typeId() == QMetaType::QDateTime)
            return value.toDateTime().toLocalTime();
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime();
    }

    lxw_error text(lxw_worksheet *sheet, lxw_row_t row, int column, const QString &value, bool bold)
    {
        if (value.isEmpty())
            return LXW_NO_ERROR;
        return worksheet_write_string(sheet, row, lxw_col_t(column), cellText(value).constData(), bold ? format({}, true) : nullptr);
    }

    lxw_error cell(lxw_worksheet *sheet, lxw_row_t row, int column, const QVariant &value, const ReportColumn &c,
        const QString &numberFormat, bool bold)
    {
        if (!value.isValid() || value.isNull())
            return LXW_NO_ERROR;
        // A label in a numeric or date column ("-", "Totale") stays text.
        if (c.kind == ColumnKind::Text || value.typeId() == QMetaType::QString)
            return text(sheet, row, column, value.toString(), bold);
        lxw_format *f = format(numberFormat, bold);
        const lxw_col_t col = lxw_col_t(column);
        switch (c.kind) {
        case ColumnKind::Text:
            break;
        case ColumnKind::Integer:
            return worksheet_write_number(sheet, row, col, double(value.toLongLong()), f);
        case ColumnKind::Decimal:
            return worksheet_write_number(sheet, row, col, value.toDouble(), f);
        case ColumnKind::Grams:
            // Every gram, from the exact decimal text (never grams / 1000.0).
            return worksheet_write_number(sheet, row, col, kgExact(value.toLongLong()).toDouble(), f);
        case ColumnKind::Percent:
            return worksheet_write_number(sheet, row, col, value.toDouble(), f);
        case ColumnKind::Date:
        case ColumnKind::Month: {
            QDate d = value.toDate();
            if (!d.isValid())
                return LXW_NO_ERROR;
            if (c.kind == ColumnKind::Month)
                d = QDate(d.year(), d.month(), 1);
            if (d.year() < 1900) // before Excel's calendar: as written on paper
                return text(sheet, row, column, formatCellForPeople(value, c, m_locale), bold);
            lxw_datetime when { d.year(), d.month(), d.day(), 0, 0, 0 };
            return worksheet_write_datetime(sheet, row, col, &when, f);
        }
        case ColumnKind::DateTime: {
            const QDateTime local = localDateTime(value);
            if (!local.isValid() || local.date().year() < 1900)
                return text(sheet, row, column, formatCellForPeople(value, c, m_locale), bold);
            lxw_datetime when = dateTime(local);
            return worksheet_write_datetime(sheet, row, col, &when, f);
        }
        }
        return text(sheet, row, column, value.toString(), bold);
    }

    // Characters of the longest value as people read it, the header's too.
    double width(const ReportTable &table, int column) const
    {
        const ReportColumn &c = table.columns.at(column);
        qsizetype longest = 0;
        for (const QString &word : headerText(c).split(QLatin1Char(' ')))
            longest = std::max(longest, word.size());
        longest = std::max<qsizetype>(longest, std::min<qsizetype>(headerText(c).size(), 24));
        auto measure = [&](const QVariant &v) {
            longest = std::max(longest, formatCellForPeople(v, c, m_locale).size());
        };
        for (const QVariantList &row : table.rows)
            measure(row.value(column));
        if (!table.totals.isEmpty())
            measure(table.totals.value(column));
        return std::clamp(double(longest) + 2, minWidth, maxWidth);
    }

    lxw_workbook *m_workbook;
    QLocale m_locale;
    QString m_path;
    QHash<QString, lxw_format *> m_formats;
};

} // namespace

QString ReportXlsx::sheetName(const QString &wanted, QStringList &used)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString base = wanted;
    base.replace(forbidden, QStringLiteral(" "));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('\'')) || base.endsWith(QLatin1Char('\'')))
        base = (base.startsWith(QLatin1Char('\'')) ? base.mid(1) : base.chopped(1)).trimmed();
    if (base.isEmpty())
        base = tr("Sheet");
    // 31 characters (code points: never half of a surrogate pair).
    auto cut = [](const QString &text, int limit) {
        const QList<uint> points = text.toUcs4();
        if (points.size() <= limit)
            return text;
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), limit).trimmed();
    };
    auto taken = [&used](const QString &name) {
        return std::any_of(used.cbegin(), used.cend(), [&](const QString &u) { return u.compare(name, Qt::CaseInsensitive) == 0; });
    };
    QString name = cut(base, 31);
    for (int n = 2; taken(name); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        name = cut(base, 31 - int(suffix.size())) + suffix;
    }
    used.append(name);
    return name;
}

Result<QByteArray> ReportXlsx::toBytes(const ReportDocument &document, const QLocale &locale, const QString &destination)
{
    auto bytes = workbookBytes(document, locale);
    // Say the file the person chose, not the private temporary one.
    if (!bytes && !destination.isEmpty() && bytes.error().code == QLatin1String("file.cannot_write")) {
        Error e = bytes.error();
        e.args[0] = destination;
        return e;
    }
    return bytes;
}

Result<QByteArray> ReportXlsx::workbookBytes(const ReportDocument &document, const QLocale &locale)
{
    // Qt gives an empty temporary path for a TMPDIR that does not exist:
    // never fall back to the current folder.
    const QString temporary = QDir::tempPath();
    if (temporary.isEmpty() || !QFileInfo(temporary).isDir())
        return writeError(qEnvironmentVariable("TMPDIR"), ENOENT);
    errno = 0;
    QTemporaryDir folder(QDir(temporary).filePath(QStringLiteral("cisiamo-xlsx-XXXXXX")));
    if (!folder.isValid())
        return writeError(temporary, errno, folder.errorString());
    const QString path = folder.filePath(QStringLiteral("report.xlsx"));
    const QByteArray encodedPath = QFile::encodeName(path);
    QByteArray temporaryFolder = QFile::encodeName(folder.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to disk as they are written: registers of years
    options.tmpdir = temporaryFolder.data();
    WorkbookPtr workbook(workbook_new_opt(encodedPath.constData(), &options));
    if (!workbook)
        return writeError(path, errno, QString::fromUtf8(lxw_strerror(LXW_ERROR_CREATING_XLSX_FILE)));

    const QByteArray title = document.title.toUtf8();
    const QByteArray company = QByteArrayLiteral("CCV-MI");
    lxw_doc_properties properties {};
    properties.title = const_cast<char *>(title.constData());
    properties.company = const_cast<char *>(company.constData());
    // The same report gives the same bytes (no "now" inside).
    properties.created = document.printedAt.isValid() ? time_t(document.printedAt.toSecsSinceEpoch()) : time_t(1);
    workbook_set_properties(workbook.get(), &properties);

    Writer writer(workbook.get(), locale);
    writer.setPath(path);
    QStringList used;
    QString heading;
    for (const ReportBlock &b : document.blocks) {
        if (b.type == ReportBlock::Type::Heading) {
            heading = b.text;
        } else if (b.type == ReportBlock::Type::Table) {
            const QString name = sheetName(heading.isEmpty() ? document.title : heading, used);
            heading.clear();
            if (auto s = writer.table(name, b.table); !s)
                return s.error();
        }
    }
    if (auto s = writer.information(sheetName(tr("Information"), used), document); !s)
        return s.error();

    errno = 0;
    const lxw_error closed = workbook_close(workbook.release());
    if (closed != LXW_NO_ERROR)
        return writeError(path, errno, QString::fromUtf8(lxw_strerror(closed)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("file.cannot_read"), { path, file.errorString() });
    return file.readAll();
}

Status ReportXlsx::write(const ReportDocument &document, const QString &path, const QLocale &locale)
{
    auto bytes = toBytes(document, locale, path);
    if (!bytes)
        return bytes.error();
    return writeWholeFile(path, *bytes);
}

} // namespace core
