#include "core/reporting/cellformat.h"

#include "core/domain/units.h"

#include <QDateTime>

namespace core {

bool isNumericColumn(const ReportColumn &column)
{
    return column.kind != ColumnKind::Text && column.kind != ColumnKind::Date && column.kind != ColumnKind::Month
        && column.kind != ColumnKind::DateTime;
}

namespace {
QDateTime localDateTime(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toLocalTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toLocalTime();
}
} // namespace

QString formatCellForPeople(const QVariant &value, const ReportColumn &column, const QLocale &locale)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QString && column.kind != ColumnKind::Text)
        return value.toString(); // a label in a numeric column (e.g. "-")
    switch (column.kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Integer:
        return locale.toString(value.toLongLong());
    case ColumnKind::Decimal:
        return locale.toString(value.toDouble(), 'f', column.decimals);
    case ColumnKind::Date:
        return locale.toString(value.toDate(), QStringLiteral("dd/MM/yyyy"));
    case ColumnKind::Month:
        return locale.standaloneMonthName(value.toDate().month(), QLocale::LongFormat) + QLatin1Char(' ')
            + QString::number(value.toDate().year());
    case ColumnKind::Grams:
        return kgRounded(value.toLongLong(), locale, column.decimals);
    case ColumnKind::Percent:
        return locale.toString(value.toDouble() * 100.0, 'f', column.decimals) + locale.percent();
    case ColumnKind::DateTime:
        return locale.toString(localDateTime(value),
                               column.decimals > 0 ? QStringLiteral("dd/MM/yyyy HH:mm:ss") : QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    return value.toString();
}

QString formatCellForPaper(const QVariant &value, const ReportColumn &column, const QLocale &locale)
{
    QString text = formatCellForPeople(value, column, locale);
    if (!column.keepsItemsWhole)
        return text;
    QStringList items = text.split(QStringLiteral(", "));
    for (QString &item : items)
        item.replace(QLatin1Char(' '), QChar(0x00A0));
    return items.join(QStringLiteral(", "));
}

QString formatCellForSpreadsheet(const QVariant &value, const ReportColumn &column, const QLocale &locale)
{
    if (column.kind == ColumnKind::Grams && value.isValid() && !value.isNull() && value.typeId() != QMetaType::QString)
        return kgExact(value.toLongLong(), locale.decimalPoint().at(0)); // every gram, as for machines
    return formatCellForPeople(value, column, locale);
}

QString formatCellForMachines(const QVariant &value, const ReportColumn &column)
{
    if (!value.isValid() || value.isNull())
        return {};
    if (value.typeId() == QMetaType::QString && column.kind != ColumnKind::Text)
        return value.toString();
    switch (column.kind) {
    case ColumnKind::Text:
        return value.toString();
    case ColumnKind::Integer:
        return QString::number(value.toLongLong());
    case ColumnKind::Decimal:
        return QString::number(value.toDouble(), 'f', column.decimals);
    case ColumnKind::Date:
        return value.toDate().toString(Qt::ISODate);
    case ColumnKind::Month:
        return value.toDate().toString(QStringLiteral("yyyy-MM"));
    case ColumnKind::Grams:
        return kgExact(value.toLongLong()); // every gram: files are summed and compared
    case ColumnKind::Percent:
        return QString::number(value.toDouble() * 100.0, 'f', column.decimals);
    case ColumnKind::DateTime: {
        const QDateTime local = localDateTime(value);
        return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
    }
    }
    return value.toString();
}

} // namespace core
