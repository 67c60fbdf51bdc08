#include "core/reporting/reportcsv.h"

#include "core/domain/csv.h"
#include "core/reporting/cellformat.h"

namespace core {

QByteArray reportToCsv(const ReportDocument &document, CsvFlavor flavor, const QLocale &locale)
{
    const bool machine = flavor == CsvFlavor::Machine;
    CsvWriteOptions options;
    options.separator = machine ? QLatin1Char(',') : QLatin1Char(';');
    options.byteOrderMark = !machine;
    CsvWriter writer(options);
    const ReportTable *table = document.primaryTable();
    if (!table)
        return writer.data();
    QStringList header;
    for (const ReportColumn &c : table->columns)
        header.append(machine ? c.key : c.title);
    writer.writeRow(header);
    // Spreadsheet numbers without thousands separators: Excel and LibreOffice
    // read "1234,5" as a number, "1.234,5" not always.
    QLocale spreadsheetLocale = locale;
    spreadsheetLocale.setNumberOptions(QLocale::OmitGroupSeparator);
    for (const QVariantList &row : table->rows) {
        QStringList fields;
        QList<CsvCell> kinds;
        for (int i = 0; i < table->columns.size(); ++i) {
            const ReportColumn &column = table->columns.at(i);
            const QVariant &value = row.value(i);
            fields.append(machine ? formatCellForMachines(value, column)
                                  : formatCellForSpreadsheet(value, column, spreadsheetLocale));
            // The column says what a cell is: a negative number stays a
            // number, any text (a name, a label in a numeric column) is
            // neutralised if it starts like a formula.
            const bool number = isNumericColumn(column) && value.typeId() != QMetaType::QString;
            kinds.append(number ? CsvCell::Number : CsvCell::Text);
        }
        writer.writeRow(fields, kinds);
    }
    return writer.data();
}

} // namespace core
