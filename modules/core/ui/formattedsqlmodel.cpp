#include "core/ui/formattedsqlmodel.h"

#include <QDate>

namespace core {

QVariant FormattedSqlModel::isoDate(const QVariant &value)
{
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    return d.isValid() ? QVariant(d.toString(QStringLiteral("dd/MM/yyyy"))) : QVariant();
}

QVariant FormattedSqlModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.isValid()) {
        if (auto it = m_formatters.constFind(index.column()); it != m_formatters.constEnd()) {
            const QVariantList row = loadedRowValues(index.row());
            return row.isEmpty() ? QVariant() : it.value()(row, index.column());
        }
    }
    // A text column rewritten for display (a code as words) is exported as
    // shown; a typed one by its value (a date stays a date).
    if (role == ExportValueRole && index.isValid() && m_formatters.contains(index.column())
        && headerData(index.column(), Qt::Horizontal, ColumnKindRole).toInt() == int(ColumnKind::Text))
        return data(index, Qt::DisplayRole);
    return PagedSqlModel::data(index, role);
}

} // namespace core
