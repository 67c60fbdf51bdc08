#include "core/domain/importlimits.h"

#include <QString>

#include <cmath>

namespace core {

int maxTextLength(TextKind kind)
{
    switch (kind) {
    case TextKind::Code:
        return 50;
    case TextKind::Name:
        return 200;
    case TextKind::Text:
        break;
    }
    return 2000;
}

QList<Error> overlongFields(const CsvTable &table, const QString &file, const QHash<int, TextKind> &kinds)
{
    QList<Error> errors;
    for (const CsvRecord &record : table.records)
        for (int column = 0; column < record.fields.size(); ++column) {
            const int max = maxTextLength(kinds.value(column, TextKind::Text));
            const qsizetype length = record.fields.at(column).trimmed().size();
            if (length > max)
                errors.append(Error(QStringLiteral("import.text_too_long"),
                    { table.header.value(column), QString::number(length), QString::number(max) },
                    { file, record.line, table.header.value(column) }));
        }
    return errors;
}

bool fitsImportQuantity(double value, double scale)
{
    return std::isfinite(value) && std::fabs(value) * scale <= double(maxImportQuantity);
}

bool exceedsImportQuantity(const QString &text, double scale)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(QLatin1String("kg")))
        t.chop(2);
    t.remove(QLatin1Char(' ')).remove(QChar(0x00a0));
    if (t.contains(QLatin1Char(',')))
        t.remove(QLatin1Char('.')).replace(QLatin1Char(','), QLatin1Char('.')); // 1.234,5
    else if (t.count(QLatin1Char('.')) > 1)
        t.remove(QLatin1Char('.')); // 1.234.567
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && !fitsImportQuantity(value, scale);
}

} // namespace core
