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
    return PagedSqlModel::data(index, role);
}

} // namespace core
