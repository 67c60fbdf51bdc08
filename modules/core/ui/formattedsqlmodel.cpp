#include "core/ui/formattedsqlmodel.h"

#include <QDate>

namespace core {

QVariant FormattedSqlModel::isoDate(const QVariant &value)
{
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    return d.isValid() ? QVariant(d.toString(QStringLiteral("dd/MM/yyyy"))) : QVariant();
}

QVariant FormattedSqlModel::displayValue(const QVariantList &row, int column) const
{
    if (auto it = m_formatters.constFind(column); it != m_formatters.constEnd())
        return row.isEmpty() ? QVariant() : it.value()(row, column);
    return PagedSqlModel::displayValue(row, column);
}

QVariant FormattedSqlModel::exportValue(const QVariantList &row, int column) const
{
    const QVariant value = PagedSqlModel::exportValue(row, column);
    auto it = m_formatters.constFind(column);
    if (it == m_formatters.constEnd() || row.isEmpty())
        return value;
    const bool text = headerData(column, Qt::Horizontal, ColumnKindRole).toInt() == int(ColumnKind::Text);
    if (text || !value.isValid() || value.isNull())
        return it.value()(row, column);
    return value;
}

} // namespace core
