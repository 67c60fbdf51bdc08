#pragma once

#include "core/reporting/reportdocument.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>

namespace core {

// One column of a PagedSqlModel: an SQL expression written by the
// programmer, never by the user; `sortable` only for indexed expressions.
struct PagedColumn {
    QString expression; // "c.name"
    QString title;      // translated header
    ColumnKind kind = ColumnKind::Text;
    int decimals = 0;
    bool sortable = false;
};

// A read-only, windowed table model over SQL for lists that grow for years
// (DB Browser for SQLite's RowCache idea, not QSqlTableModel):
// - counts once per filter, then fetches fixed pages of rows on demand and
//   keeps the most recent ones;
// - pages past the middle are read in reverse order, so jumping to the end
//   of a million rows is as quick as the start;
// - sorts only on whitelisted columns, with the key as tie-breaker so that
//   pages never overlap;
// - binds every filter value; the WHERE text comes from code.
// Refreshes itself when a watched table changes (ChangeNotifier).
// GUI thread only (it uses the GUI thread's connection).
class PagedSqlModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Extra roles: the row's key (e.g. its id) and the raw value of a cell.
    enum Role { KeyRole = Qt::UserRole + 1, RawRole };

    explicit PagedSqlModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // FROM clause (tables and joins) and the unique key expression.
    void setSource(const QString &from, const QString &key);
    void setColumns(const QList<PagedColumn> &columns);
    // WHERE clause with ? placeholders and their values; empty for all rows.
    void setFilter(const QString &where, const QVariantList &binds = {});
    void setDefaultSort(int column, Qt::SortOrder order);
    void setWatchedTables(const QStringList &tables);
    void setPageSize(int rows) { m_pageSize = std::max(16, rows); }
    void setLocale(const QLocale &locale) { m_locale = locale; }
    // Extra roles per row (background of an expired lot...), from raw values.
    void setRowRoleProvider(std::function<QVariant(const QVariantList &row, int role)> provider)
    {
        m_rowRoles = std::move(provider);
    }

    // Drops every cached page and counts again (keeps the sort and filter).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QVariant keyAt(int row) const;
    QVariantList rowValues(int row) const;
    // Row of a key under the current filter and sort; -1 when absent. Reads
    // the keys of the whole result, so it refuses results over `limit` rows.
    int rowOfKey(const QVariant &key, int limit = 20000) const;

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString lastError() const { return m_lastError; }
    // For benchmarks: how many SQL queries the model has run.
    int queryCount() const { return m_queries; }

private:
    using Page = QList<QVariantList>;
    QString orderBy(bool reversed) const;
    QString whereClause() const;
    const Page *page(int index) const;
    void countRows();

    QSqlDatabase m_db;
    QString m_from;
    QString m_key;
    QList<PagedColumn> m_columns;
    QString m_where;
    QVariantList m_binds;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 256;
    int m_rowCount = 0;
    QLocale m_locale;
    std::function<QVariant(const QVariantList &, int)> m_rowRoles;
    QStringList m_watched;

    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent; // page indexes, most recent last
    mutable QString m_lastError;
    mutable int m_queries = 0;
    static constexpr int maxCachedPages = 24;
};

} // namespace core
