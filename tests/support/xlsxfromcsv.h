#pragma once

#include "core/domain/csv.h"
#include "core/domain/wholefile.h"
#include "core/reporting/reportxlsx.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

namespace testsupport {

// The workbook the program's own exporter (core::ReportXlsx, libxlsxwriter)
// writes for the table a CSV holds, typed as a person's spreadsheet would
// be: a value dd/MM/yyyy is a real date, a whole number without a leading
// zero (Italian thousands dots allowed) a number, one with a decimal comma
// a decimal number; the rest text. Each record lands on the sheet row of its
// CSV line (blank lines stay blank rows), so an importer reports the same
// line numbers for both. For the importers' tests: the same expectations
// through .xlsx as through CSV. Fails the test when the CSV does not parse.
inline QByteArray xlsxFromCsv(const QByteArray &csv)
{
    auto table = core::parseCsv(csv);
    if (!table) {
        QTest::qFail("the CSV does not parse", __FILE__, __LINE__);
        return {};
    }
    static const QRegularExpression date(QStringLiteral("^\\d{2}/\\d{2}/\\d{4}$"));
    static const QRegularExpression whole(QStringLiteral("^-?[1-9]\\d{0,2}(\\.?\\d{3})*$|^0$"));
    static const QRegularExpression decimal(QStringLiteral("^-?\\d{1,3}(\\.?\\d{3})*,\\d+$"));
    const QLocale italian(QLocale::Italian, QLocale::Italy);
    auto typed = [&](const QString &text) -> QVariant {
        if (text.isEmpty())
            return {};
        if (date.match(text).hasMatch()) {
            const QDate d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
            return d.isValid() ? QVariant(d) : QVariant(text);
        }
        if (whole.match(text).hasMatch() && text.size() < 20) {
            QString digits = text;
            return QVariant(digits.remove(QLatin1Char('.')).toLongLong());
        }
        if (decimal.match(text).hasMatch() && text.size() < 20)
            return QVariant(italian.toDouble(text));
        return QVariant(text);
    };
    core::ReportTable sheet;
    QList<QStringList> texts; // as written, row by row of the sheet
    for (int c = 0; c < table->header.size(); ++c)
        sheet.columns.append({ table->header.at(c), table->header.at(c), core::ColumnKind::Text });
    for (const core::CsvRecord &r : std::as_const(table->records)) {
        QVariantList row;
        for (const QString &field : r.fields)
            row.append(typed(field));
        // Row r.line of the sheet (the header is row 1): blank rows between.
        while (sheet.rows.size() < r.line - 2) {
            sheet.rows.append(QVariantList(table->header.size()));
            texts.append(QStringList(table->header.size()));
        }
        sheet.rows.append(row);
        texts.append(r.fields);
    }
    // A column's kind from what its cells hold; a text cell stays text.
    for (int c = 0; c < sheet.columns.size(); ++c) {
        bool dates = false, doubles = false, integers = false;
        for (const QVariantList &row : std::as_const(sheet.rows)) {
            const int type = row.value(c).typeId();
            dates = dates || type == QMetaType::QDate;
            doubles = doubles || type == QMetaType::Double;
            integers = integers || type == QMetaType::LongLong;
        }
        if (dates)
            sheet.columns[c].kind = core::ColumnKind::Date;
        else if (doubles) {
            sheet.columns[c].kind = core::ColumnKind::Decimal;
            sheet.columns[c].decimals = 3;
        } else if (integers)
            sheet.columns[c].kind = core::ColumnKind::Integer;
        // A date in a numeric column, a number in a date column: as text.
        for (int i = 0; i < sheet.rows.size(); ++i) {
            QVariantList &row = sheet.rows[i];
            const int type = row.value(c).typeId();
            const bool fits = type == QMetaType::UnknownType || type == QMetaType::QString
                || (sheet.columns[c].kind == core::ColumnKind::Date && type == QMetaType::QDate)
                || (sheet.columns[c].kind == core::ColumnKind::Decimal
                    && (type == QMetaType::Double || type == QMetaType::LongLong))
                || (sheet.columns[c].kind == core::ColumnKind::Integer && type == QMetaType::LongLong);
            if (!fits)
                row[c] = QVariant(texts.at(i).value(c));
        }
    }
    core::ReportDocument document;
    document.name = QStringLiteral("import");
    document.title = QStringLiteral("Import");
    document.addHeading(QStringLiteral("Foglio1"));
    document.addTable(sheet);
    auto bytes = core::ReportXlsx::toBytes(document, QLocale(QLocale::Italian, QLocale::Italy));
    if (!bytes) {
        QTest::qFail(qPrintable(QStringLiteral("ReportXlsx: ") + bytes.error().code), __FILE__, __LINE__);
        return {};
    }
    return *bytes;
}

// The same workbook written at `path`.
inline bool writeXlsxFromCsv(const QString &path, const QByteArray &csv)
{
    const QByteArray bytes = xlsxFromCsv(csv);
    return !bytes.isEmpty() && core::writeWholeFile(path, bytes).ok();
}

} // namespace testsupport
