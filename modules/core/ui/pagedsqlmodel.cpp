#include "core/ui/pagedsqlmodel.h"

#include "core/db/changenotifier.h"
#include "core/db/sql.h"
#include "core/reporting/cellformat.h"

#include <QSqlQuery>

#include <algorithm>

namespace core {

PagedSqlModel::PagedSqlModel(const QSqlDatabase &db, QObject *parent) : QAbstractTableModel(parent), m_db(db)
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::tablesChanged, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (m_watched.contains(t)) {
                refresh();
                return;
            }
    });
}

void PagedSqlModel::setSource(const QString &from, const QString &key)
{
    m_from = from;
    m_key = key;
}

void PagedSqlModel::setColumns(const QList<PagedColumn> &columns)
{
    beginResetModel();
    m_columns = columns;
    endResetModel();
}

void PagedSqlModel::setFilter(const QString &where, const QVariantList &binds)
{
    m_where = where;
    m_binds = binds;
    refresh();
}

void PagedSqlModel::setDefaultSort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < m_columns.size() && m_columns.at(column).sortable) {
        m_sortColumn = column;
        m_sortOrder = order;
    }
}

void PagedSqlModel::setWatchedTables(const QStringList &tables)
{
    m_watched = tables;
}

QString PagedSqlModel::whereClause() const
{
    return m_where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + m_where;
}

QString PagedSqlModel::orderBy(bool reversed) const
{
    const bool ascending = (m_sortOrder == Qt::AscendingOrder) != reversed;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString order = QStringLiteral(" ORDER BY ");
    if (m_sortColumn >= 0)
        order += m_columns.at(m_sortColumn).expression + dir + QStringLiteral(", ");
    return order + m_key + dir;
}

void PagedSqlModel::countRows()
{
    m_rowCount = 0;
    if (m_from.isEmpty())
        return;
    ++m_queries;
    auto count = queryValue(m_db, QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause(), m_binds);
    if (!count) {
        m_lastError = count.error().args.value(0);
        return;
    }
    m_lastError.clear();
    m_rowCount = count->toInt();
}

void PagedSqlModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    countRows();
    endResetModel();
}

const PagedSqlModel::Page *PagedSqlModel::page(int index) const
{
    if (auto it = m_pages.constFind(index); it != m_pages.constEnd()) {
        m_recent.removeOne(index);
        m_recent.append(index);
        return &it.value();
    }
    const int first = index * m_pageSize;
    const int last = std::min(m_rowCount, first + m_pageSize) - 1;
    if (first > last)
        return nullptr;
    // Past the middle, read from the end backwards: OFFSET stays small.
    const bool reversed = first > m_rowCount / 2;
    const int limit = last - first + 1;
    const int offset = reversed ? m_rowCount - 1 - last : first;

    QStringList expressions;
    for (const PagedColumn &c : m_columns)
        expressions.append(c.expression);
    expressions.append(m_key);
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT %5 OFFSET %6")
                            .arg(expressions.join(QStringLiteral(", ")), m_from, whereClause(), orderBy(reversed))
                            .arg(limit)
                            .arg(offset);
    ++m_queries;
    auto q = runQuery(m_db, sql, m_binds);
    if (!q) {
        m_lastError = q.error().args.value(0);
        return nullptr;
    }
    Page rows;
    rows.reserve(limit);
    const int width = int(expressions.size());
    while (q->next()) {
        QVariantList row;
        row.reserve(width);
        for (int i = 0; i < width; ++i)
            row.append(q->value(i));
        rows.append(row);
    }
    if (reversed)
        std::reverse(rows.begin(), rows.end());

    while (m_recent.size() >= maxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(index);
    return &m_pages.insert(index, rows).value();
}

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariantList PagedSqlModel::rowValues(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const Page *p = page(row / m_pageSize);
    if (!p)
        return {};
    return p->value(row % m_pageSize);
}

QVariant PagedSqlModel::keyAt(int row) const
{
    const QVariantList values = rowValues(row);
    return values.isEmpty() ? QVariant() : values.last();
}

QVariant PagedSqlModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const QVariantList values = rowValues(index.row());
    if (values.isEmpty())
        return {};
    const PagedColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const ReportColumn c{ {}, column.title, column.kind, column.decimals };
        QVariant value = values.at(index.column());
        // Dates are stored as TEXT 'YYYY-MM-DD': shown as dates, not as text.
        if ((column.kind == ColumnKind::Date || column.kind == ColumnKind::Month) && value.typeId() == QMetaType::QString) {
            const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
            if (date.isValid())
                value = date;
        }
        return formatCellForPeople(value, c, m_locale);
    }
    case Qt::EditRole:
    case RawRole:
        return values.at(index.column());
    case KeyRole:
        return values.last();
    case Qt::TextAlignmentRole:
        if (isNumericColumn(ReportColumn{ {}, {}, column.kind, 0 }))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return m_rowRoles ? m_rowRoles(values, role) : QVariant();
    }
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return m_columns.at(section).title;
    if (role == Qt::TextAlignmentRole) {
        const ColumnKind kind = m_columns.at(section).kind;
        return QVariant::fromValue(isNumericColumn(ReportColumn{ {}, {}, kind, 0 }) ? Qt::AlignRight | Qt::AlignVCenter
                                                                                     : Qt::AlignLeft | Qt::AlignVCenter);
    }
    return {};
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size() || !m_columns.at(column).sortable)
        return; // only indexed columns: an unindexed sort of a big table is seconds
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}

int PagedSqlModel::rowOfKey(const QVariant &key, int limit) const
{
    if (m_rowCount > limit || !key.isValid())
        return -1;
    const QString sql = QStringLiteral("SELECT %1 FROM %2%3%4").arg(m_key, m_from, whereClause(), orderBy(false));
    ++m_queries;
    auto q = runQuery(m_db, sql, m_binds);
    if (!q)
        return -1;
    int row = 0;
    while (q->next()) {
        if (q->value(0) == key)
            return row;
        ++row;
    }
    return -1;
}

} // namespace core
