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
        for (int i = 0; i < table->columns.size(); ++i) {
            const ReportColumn &column = table->columns.at(i);
            fields.append(machine ? formatCellForMachines(row.value(i), column)
                                  : formatCellForPeople(row.value(i), column, spreadsheetLocale));
        }
        writer.writeRow(fields);
    }
    return writer.data();
}

} // namespace core
