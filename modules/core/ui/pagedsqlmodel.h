#pragma once

#include "core/domain/result.h"
#include "core/reporting/reportdocument.h"
#include "core/ui/listcolumnroles.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QLocale>
#include <QSqlDatabase>

#include <functional>
#include <memory>

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

struct ListRead;
struct ListRows;
struct ListReadControl;
class ListReader;

// A read-only, windowed table model over SQL for lists that grow for years
// (DB Browser for SQLite's RowLoader/RowCache idea, not QSqlTableModel):
// - the count and the pages are read on a worker thread with its own
//   read-only connection (ListReader) and arrive by signal: the GUI thread
//   never waits on them. Rows not read yet show "…" in a light colour;
// - pages are keyset pages: the page after (before) a page that was read
//   seeks past its last (first) row by the sort value and the key, so
//   scrolling costs the same at row 10 and at row 900,000. A page with no
//   read neighbour (a jump of the scroll bar) is read with OFFSET from the
//   nearer end, on the worker;
// - sorts only on whitelisted columns, with the key as tie-breaker so that
//   pages never overlap;
// - binds every filter value; the WHERE text comes from code;
// - a new filter, sort or refresh supersedes every read still on its way:
//   their results are dropped (the latest request wins).
// The count's arrival for a new filter is a model reset (with the first
// page), so views and tabs that follow modelReset see the rows and the
// count together. Refreshes itself when a watched table changes
// (ChangeNotifier): with as many rows as before, the rows on screen stay
// until the new ones arrive (the view keeps its place and selection).
// A database only this connection can open (":memory:") is read on the
// given connection instead, after returning to the event loop.
class PagedSqlModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Extra roles: the row's key (e.g. its id) and the raw value of a cell.
    enum Role { KeyRole = Qt::UserRole + 1, RawRole };

    explicit PagedSqlModel(const QSqlDatabase &db, QObject *parent = nullptr);
    ~PagedSqlModel() override;

    // FROM clause (tables and joins) and the unique key expression.
    void setSource(const QString &from, const QString &key);
    void setColumns(const QList<PagedColumn> &columns);
    // WHERE clause with ? placeholders and their values; empty for all rows.
    // The rows are counted again, on the worker.
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

    // Reads the count and the rows again (keeps the sort, the filter and
    // the rows on screen until the new ones arrive).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // The key and values of a row, for the row the person selected: a row
    // not read yet (selected by keyboard or code before it was painted) is
    // read at once on the caller's connection, one row from the nearer end.
    QVariant keyAt(int row) const;
    QVariantList rowValues(int row) const;
    // The values of a row already read, or empty while its page is on its
    // way (asked for): for painting (data()), never reads here.
    QVariantList loadedRowValues(int row) const;
    // Every row under the current filter and sort, for an export the person
    // asked for (rows not painted yet would otherwise be "…"): read on the
    // list's worker, after the reads asked before it, in one statement.
    // `done` runs later on the GUI thread with the rows (each the values of
    // the columns, then the key) or the error; never once the returned
    // control is cancelled, nor after the model is gone. The control says
    // how far the read has got (rows of total).
    using AllRowsDone = std::function<void(const Result<QList<QVariantList>> &rows)>;
    std::shared_ptr<ListReadControl> readAllRows(AllRowsDone done);
    // A cell as an export writes it (ExportValueRole): the value, an ISO
    // date of a Date or Month column as a QDate.
    virtual QVariant exportValue(const QVariantList &row, int column) const;
    // A cell as the list shows it (Qt::DisplayRole), from a row's values:
    // subclasses that write codes as words do it here, so that a CSV
    // export of rows never painted reads as the list does.
    virtual QVariant displayValue(const QVariantList &row, int column) const;
    // Row of a key under the current filter and sort, found on the list's
    // worker (the GUI thread's connection runs nothing): it finds the row
    // by its key and counts the rows before it through the sort index,
    // giving up when more than `limit` rows come before it. `found` runs
    // later on the GUI thread with the row, then readable at once (keyAt,
    // rowValues, data), or -1 when the key is not under the filter. An
    // answer for a filter or sort changed meanwhile is dropped (`found`
    // never runs: the person asked for another list); after a refresh of
    // the same filter and sort the row is found again in the new rows.
    using Located = std::function<void(int row)>;
    void locate(const QVariant &key, Located found, int limit = 200000);
    // A locate() is on its way (tests).
    bool isLocating() const { return !m_locates.isEmpty(); }
    // The same on the caller's connection, at once (tests, and small lists
    // whose callers need the row now). When the count has not arrived yet
    // it is taken here too, so that the row can be selected.
    int rowOfKey(const QVariant &key, int limit = 200000) const;

    // The count for the current filter has arrived.
    bool isCounted() const { return m_counted; }
    // Every read asked for has arrived, rows being found included (tests
    // and benchmarks).
    bool isIdle() const { return m_counted && m_pending.isEmpty() && m_locates.isEmpty(); }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    QString lastError() const { return m_lastError; }
    // For benchmarks and tests: how many reads the model has asked for,
    // how many replies it dropped as stale, the thread of the last read.
    int queryCount() const { return m_queries; }
    int staleReplies() const { return m_stale; }
    Qt::HANDLE lastReadThread() const { return m_lastReadThread; }

signals:
    // Rows [first, last] have arrived (after dataChanged).
    void rowsLoaded(int first, int last);

private:
    using Rows = QList<QVariantList>;
    struct Page {
        Rows rows;
        bool stale = false; // from before a refresh: shown until replaced
    };
    QString selectList() const;
    QString orderBy(bool reversed) const;
    QString whereClause(const QString &extra = {}) const;
    QVariant sortValue(const QVariantList &row) const;
    QList<QPair<QString, QVariantList>> seek(const QVariantList &anchor, bool reversed) const;
    const Page *page(int index) const;
    void requestPage(int index) const;
    void requestCount();
    void submit(ListRead read) const;
    void received(const ListRows &rows);
    void receivedAll(const ListRows &rows);
    void receivedLocated(const ListRows &rows);
    void submitLocate(quint64 ticket);
    void storePage(int index, const Rows &rows, bool announce = true);
    void restart(bool keepRows);
    int countNow() const;

    QSqlDatabase m_db;
    std::shared_ptr<ListReader> m_reader;
    quint64 m_client = 0;
    quint64 m_generation = 0;
    QString m_from;
    QString m_key;
    QList<PagedColumn> m_columns;
    QString m_where;
    QVariantList m_binds;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_pageSize = 256;
    int m_rowCount = 0;
    bool m_counted = false;
    QLocale m_locale;
    std::function<QVariant(const QVariantList &, int)> m_rowRoles;
    QStringList m_watched;

    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recent;        // page indexes, most recent last
    mutable QSet<int> m_pending;        // pages asked for, this generation
    mutable QHash<int, QVariantList> m_firstRows, m_lastRows; // keyset anchors, this generation
    mutable QHash<int, QVariantList> m_foundRows; // rows found by rowOfKey, this generation
    mutable QString m_lastError;
    mutable int m_queries = 0;
    int m_stale = 0;
    Qt::HANDLE m_lastReadThread = nullptr;
    struct WholeRead {
        std::shared_ptr<ListReadControl> control;
        AllRowsDone done;
    };
    QHash<quint64, WholeRead> m_wholeReads; // by ticket
    struct Locate {
        quint64 shape = 0;
        QVariant key;
        int limit = 0;
        Located found;
    };
    QHash<quint64, Locate> m_locates; // by ticket
    quint64 m_shape = 0; // the columns, filter and sort's number: a refresh keeps it
    static constexpr int maxCachedPages = 24;
};

} // namespace core
