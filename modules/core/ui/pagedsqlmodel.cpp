#include "core/ui/pagedsqlmodel.h"

#include "core/db/changenotifier.h"
#include "core/db/sql.h"
#include "core/reporting/cellformat.h"
#include "core/ui/listreader.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace core {

namespace {

quint64 nextClient()
{
    static quint64 last = 0; // GUI thread only
    return ++last;
}

// What seeking past a row needs, copied: the worker builds its conditions
// from a row it found (locate) while the model may change meanwhile.
struct SeekShape {
    QString key;
    QString sortExpression; // empty: by the key alone
    int sortColumn = -1;
    bool ascending = true;
};

// The rows that follow `anchor` when read in the order orderBy(reversed),
// as conditions to run in turn: SQLite puts NULLs first in ascending order,
// and a row-value comparison with NULL is never true, so a nullable sort
// column is two ranges. Each one is a seek on the sort index.
QList<QPair<QString, QVariantList>> seekRanges(const SeekShape &shape, const QVariantList &anchor, bool reversed)
{
    const bool ascending = shape.ascending != reversed;
    const QVariant key = anchor.value(anchor.size() - 1);
    const QString k = shape.key;
    if (shape.sortColumn < 0)
        return { { k + (ascending ? QStringLiteral(" > ?") : QStringLiteral(" < ?")), { key } } };
    const QString s = shape.sortExpression;
    const QVariant value = anchor.value(shape.sortColumn);
    if (ascending) {
        if (value.isNull())
            return { { QStringLiteral("%1 IS NULL AND %2 > ?").arg(s, k), { key } },
                     { QStringLiteral("%1 IS NOT NULL").arg(s), {} } };
        return { { QStringLiteral("(%1, %2) > (?, ?)").arg(s, k), { value, key } } };
    }
    if (value.isNull())
        return { { QStringLiteral("%1 IS NULL AND %2 < ?").arg(s, k), { key } } };
    return { { QStringLiteral("(%1, %2) < (?, ?)").arg(s, k), { value, key } },
             { QStringLiteral("%1 IS NULL").arg(s), {} } };
}

QString whereWith(const QString &where, const QString &extra)
{
    if (where.isEmpty())
        return extra.isEmpty() ? QString() : QStringLiteral(" WHERE ") + extra;
    if (extra.isEmpty())
        return QStringLiteral(" WHERE ") + where;
    return QStringLiteral(" WHERE (%1) AND (%2)").arg(where, extra);
}

// The row of `key` and its place: the rows before it, counted through the
// sort index (at most limit + 1 of them). Either connection.
void locateRow(const QSqlDatabase &db, const QString &selectList, const QString &from, const QString &where,
               const QVariantList &binds, const SeekShape &shape, const QVariant &key, int limit, ListRows &reply)
{
    auto found = runQuery(db, QStringLiteral("SELECT %1 FROM %2%3").arg(selectList, from, whereWith(where, shape.key + QStringLiteral(" = ?"))),
                          binds + QVariantList{ key });
    if (!found) {
        reply.error = found.error().args.value(0);
        return;
    }
    if (!found->next())
        return;
    QVariantList row;
    const int width = found->record().count();
    for (int c = 0; c < width; ++c)
        row.append(found->value(c));
    int before = 0;
    for (const auto &[condition, extra] : seekRanges(shape, row, true)) {
        auto count = queryValue(db,
                                QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM %1%2 LIMIT %3)")
                                    .arg(from, whereWith(where, condition))
                                    .arg(limit + 1),
                                binds + extra);
        if (!count) {
            reply.error = count.error().args.value(0);
            return;
        }
        before += count->toInt();
        if (before > limit)
            return;
    }
    reply.located = before;
    reply.rows = { row };
}

} // namespace

PagedSqlModel::PagedSqlModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db), m_reader(ListReader::forDatabase(db)), m_client(nextClient())
{
    connect(ChangeNotifier::instance(), &ChangeNotifier::tablesChanged, this, [this](const QStringList &tables) {
        for (const QString &t : tables)
            if (m_watched.contains(t)) {
                refresh();
                return;
            }
    });
    if (m_reader) {
        // Queued: a reply is handled from the event loop, never inside data().
        connect(
            m_reader.get(), &ListReader::rowsRead, this,
            [this](const ListRows &rows) {
                if (rows.client != m_client)
                    return;
                if (rows.locateTicket != 0)
                    receivedLocated(rows);
                else if (rows.ticket != 0)
                    receivedAll(rows);
                else
                    received(rows);
            },
            Qt::QueuedConnection);
    }
}

PagedSqlModel::~PagedSqlModel()
{
    if (m_reader)
        disconnect(m_reader.get(), nullptr, this, nullptr);
    // The last model of the file takes the reader down with it (m_reader).
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
    ++m_generation; // rows read with the old columns are of no use
    ++m_shape;
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    m_firstRows.clear();
    m_lastRows.clear();
    m_foundRows.clear();
    endResetModel();
    if (!m_counted && !m_from.isEmpty())
        requestCount();
}

void PagedSqlModel::setFilter(const QString &where, const QVariantList &binds)
{
    m_where = where;
    m_binds = binds;
    ++m_shape; // rows being found were asked of another list
    restart(false);
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

QString PagedSqlModel::selectList() const
{
    QStringList expressions;
    for (const PagedColumn &c : m_columns)
        expressions.append(c.expression);
    expressions.append(m_key);
    return expressions.join(QStringLiteral(", "));
}

QString PagedSqlModel::whereClause(const QString &extra) const
{
    return whereWith(m_where, extra);
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

QVariant PagedSqlModel::sortValue(const QVariantList &row) const
{
    return m_sortColumn >= 0 ? row.value(m_sortColumn) : QVariant();
}

QList<QPair<QString, QVariantList>> PagedSqlModel::seek(const QVariantList &anchor, bool reversed) const
{
    return seekRanges(SeekShape{ m_key, m_sortColumn >= 0 ? m_columns.at(m_sortColumn).expression : QString(), m_sortColumn,
                                 m_sortOrder == Qt::AscendingOrder },
                      anchor, reversed);
}

void PagedSqlModel::submit(ListRead read) const
{
    ++m_queries;
    if (m_reader) {
        m_reader->submit(std::move(read));
        return;
    }
    // No second connection possible: read on ours, from the event loop.
    auto *self = const_cast<PagedSqlModel *>(this);
    QMetaObject::invokeMethod(
        self,
        [self, read] {
            if (read.generation != self->m_generation) {
                ++self->m_stale;
                return;
            }
            self->received(runListRead(self->m_db, read));
        },
        Qt::QueuedConnection);
}

void PagedSqlModel::requestCount()
{
    ListRead read;
    read.client = m_client;
    read.generation = m_generation;
    read.countSql = QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause();
    read.countBinds = m_binds;
    // The first page comes with the count: one trip for a new filter.
    read.page = 0;
    read.limit = m_pageSize;
    read.segments = { { QStringLiteral("SELECT %1 FROM %2%3%4").arg(selectList(), m_from, whereClause(), orderBy(false)), m_binds } };
    m_pending.insert(0);
    submit(std::move(read));
}

void PagedSqlModel::requestPage(int index) const
{
    if (!m_counted || m_pending.contains(index))
        return;
    const int first = index * m_pageSize;
    const int last = std::min(m_rowCount, first + m_pageSize) - 1;
    if (first > last)
        return;
    ListRead read;
    read.client = m_client;
    read.generation = m_generation;
    read.page = index;
    read.limit = last - first + 1;
    auto keyset = [&](const QVariantList &anchor, bool reversed) {
        for (const auto &[condition, binds] : seek(anchor, reversed))
            read.segments.append({ QStringLiteral("SELECT %1 FROM %2%3%4")
                                       .arg(selectList(), m_from, whereClause(condition), orderBy(reversed)),
                                   m_binds + binds });
        read.reversed = reversed;
    };
    if (auto before = m_lastRows.constFind(index - 1); before != m_lastRows.constEnd()) {
        keyset(before.value(), false); // after the last row of the page before
    } else if (auto after = m_firstRows.constFind(index + 1); after != m_firstRows.constEnd()) {
        keyset(after.value(), true); // before the first row of the page after, read backwards
    } else {
        // A jump with no page read nearby: OFFSET from the nearer end.
        const bool reversed = first > m_rowCount / 2;
        read.offset = reversed ? m_rowCount - 1 - last : first;
        read.reversed = reversed;
        read.segments = { { QStringLiteral("SELECT %1 FROM %2%3%4").arg(selectList(), m_from, whereClause(), orderBy(reversed)),
                            m_binds } };
    }
    m_pending.insert(index);
    submit(std::move(read));
}

void PagedSqlModel::restart(bool keepRows)
{
    ++m_generation;
    m_pending.clear();
    m_firstRows.clear();
    m_lastRows.clear();
    m_foundRows.clear();
    if (keepRows) {
        // The rows on screen stay, marked stale, until the new ones arrive.
        for (Page &p : m_pages)
            p.stale = true;
        m_counted = false;
    } else {
        beginResetModel();
        m_pages.clear();
        m_recent.clear();
        m_rowCount = 0;
        m_counted = false;
        endResetModel();
    }
    if (m_from.isEmpty()) {
        m_counted = true;
        return;
    }
    requestCount();
}

void PagedSqlModel::refresh()
{
    restart(true);
}

void PagedSqlModel::received(const ListRows &rows)
{
    if (rows.generation != m_generation) {
        ++m_stale; // superseded by a newer filter, sort or refresh
        return;
    }
    if (rows.unavailable) {
        // The worker could not open the file: read on our connection.
        disconnect(m_reader.get(), nullptr, this, nullptr);
        m_reader.reset();
        restart(true);
        return;
    }
    m_pending.remove(rows.page);
    if (rows.dropped)
        return; // asked again when shown again
    m_lastReadThread = rows.thread;
    if (!rows.error.isEmpty()) {
        m_lastError = rows.error;
        if (!m_counted && !m_pending.isEmpty())
            return;
    }
    if (!m_counted) {
        m_counted = true;
        if (rows.error.isEmpty())
            m_lastError.clear();
        const int count = std::max(0, rows.count);
        if (count == m_rowCount && !m_pages.isEmpty()) {
            // A refresh with as many rows: the rows on screen stay in place
            // and are read again as the view asks for them.
            emit dataChanged(index(0, 0), index(m_rowCount - 1, int(m_columns.size()) - 1));
        } else {
            // A new filter, or rows came or went: the tabs update their
            // counts and selection on modelReset, as they always did.
            beginResetModel();
            m_rowCount = count;
            m_pages.clear();
            m_recent.clear();
            if (rows.page >= 0 && rows.error.isEmpty())
                storePage(rows.page, rows.rows, false);
            endResetModel();
            if (m_rowCount > 0)
                emit rowsLoaded(0, std::min(m_rowCount, m_pageSize) - 1);
            return;
        }
    }
    if (rows.page >= 0 && rows.error.isEmpty())
        storePage(rows.page, rows.rows);
}

void PagedSqlModel::storePage(int pageIndex, const Rows &rows, bool announce)
{
    const int first = pageIndex * m_pageSize;
    const int last = std::min(m_rowCount, first + int(rows.size())) - 1;
    if (rows.isEmpty() || first > last) {
        m_pages.remove(pageIndex);
        m_recent.removeOne(pageIndex);
        return;
    }
    m_recent.removeOne(pageIndex);
    while (m_recent.size() >= maxCachedPages)
        m_pages.remove(m_recent.takeFirst());
    m_recent.append(pageIndex);
    m_pages.insert(pageIndex, Page{ rows, false });
    // Anchors outlive the page: scrolling back is a keyset read too.
    m_firstRows.insert(pageIndex, rows.first());
    m_lastRows.insert(pageIndex, rows.last());
    if (announce) {
        emit dataChanged(index(first, 0), index(last, int(m_columns.size()) - 1));
        emit rowsLoaded(first, last);
    }
}

const PagedSqlModel::Page *PagedSqlModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
        if (it->stale)
            requestPage(pageIndex);
        return &it.value();
    }
    requestPage(pageIndex);
    return nullptr;
}

int PagedSqlModel::countNow() const
{
    ++m_queries;
    auto count = queryValue(m_db, QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause(), m_binds);
    if (!count) {
        m_lastError = count.error().args.value(0);
        return -1;
    }
    return count->toInt();
}

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariantList PagedSqlModel::loadedRowValues(int row) const
{
    if (row < 0 || row >= m_rowCount)
        return {};
    const Page *p = page(row / m_pageSize);
    if (p && !p->stale)
        return p->rows.value(row % m_pageSize);
    if (auto found = m_foundRows.constFind(row); found != m_foundRows.constEnd())
        return found.value();
    return p ? p->rows.value(row % m_pageSize) : QVariantList();
}

std::shared_ptr<ListReadControl> PagedSqlModel::readAllRows(AllRowsDone done)
{
    static quint64 lastTicket = 0; // GUI thread only
    ListRead read;
    read.client = m_client;
    read.generation = m_generation;
    read.ticket = ++lastTicket;
    read.control = std::make_shared<ListReadControl>();
    read.countSql = QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause();
    read.countBinds = m_binds;
    read.segments = { { QStringLiteral("SELECT %1 FROM %2%3%4").arg(selectList(), m_from, whereClause(), orderBy(false)), m_binds } };
    auto control = read.control;
    m_wholeReads.insert(read.ticket, WholeRead{ control, std::move(done) });
    ++m_queries;
    if (m_reader) {
        m_reader->submit(std::move(read));
    } else {
        // No second connection possible: read on ours, from the event loop.
        QMetaObject::invokeMethod(
            this, [this, read] { receivedAll(runListRead(m_db, read)); }, Qt::QueuedConnection);
    }
    return control;
}

void PagedSqlModel::receivedAll(const ListRows &rows)
{
    auto it = m_wholeReads.find(rows.ticket);
    if (it == m_wholeReads.end())
        return;
    if (rows.unavailable) {
        // The worker could not open the file: read again on our connection.
        ListRead read;
        read.client = m_client;
        read.ticket = rows.ticket;
        read.control = it->control;
        read.countSql = QStringLiteral("SELECT count(*) FROM ") + m_from + whereClause();
        read.countBinds = m_binds;
        read.segments = { { QStringLiteral("SELECT %1 FROM %2%3%4").arg(selectList(), m_from, whereClause(), orderBy(false)), m_binds } };
        QMetaObject::invokeMethod(
            this, [this, read] { receivedAll(runListRead(m_db, read)); }, Qt::QueuedConnection);
        return;
    }
    const WholeRead whole = it.value();
    m_wholeReads.erase(it);
    if (whole.control->cancelled)
        return; // the person cancelled: nothing more happens
    m_lastReadThread = rows.thread;
    if (!rows.error.isEmpty())
        whole.done(Error(QStringLiteral("db.query"), { rows.error, QString() }));
    else
        whole.done(rows.rows);
}

QVariant PagedSqlModel::exportValue(const QVariantList &row, int column) const
{
    if (column < 0 || column >= m_columns.size() || column >= row.size())
        return {};
    const ColumnKind kind = m_columns.at(column).kind;
    const QVariant value = row.at(column);
    if ((kind == ColumnKind::Date || kind == ColumnKind::Month) && value.typeId() == QMetaType::QString) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? QVariant(date) : value;
    }
    return value;
}

QVariant PagedSqlModel::displayValue(const QVariantList &row, int column) const
{
    if (column < 0 || column >= m_columns.size() || column >= row.size())
        return {};
    const PagedColumn &c = m_columns.at(column);
    const ReportColumn report{ {}, c.title, c.kind, c.decimals };
    QVariant value = row.at(column);
    // Dates are stored as TEXT 'YYYY-MM-DD': shown as dates, not as text.
    if ((c.kind == ColumnKind::Date || c.kind == ColumnKind::Month) && value.typeId() == QMetaType::QString) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid())
            value = date;
    }
    return formatCellForPeople(value, report, m_locale);
}

QVariantList PagedSqlModel::rowValues(int row) const
{
    QVariantList values = loadedRowValues(row);
    if (!values.isEmpty() || row < 0 || row >= m_rowCount || !m_counted)
        return values;
    // A row chosen before it was painted (Ctrl+End, a selection made in
    // code): read that one row here, from the nearer end.
    const bool reversed = row > m_rowCount / 2;
    ++m_queries;
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM %2%3%4 LIMIT 1 OFFSET %5")
                          .arg(selectList(), m_from, whereClause(), orderBy(reversed))
                          .arg(reversed ? m_rowCount - 1 - row : row),
                      m_binds);
    if (!q || !q->next())
        return {};
    for (int c = 0; c <= m_columns.size(); ++c)
        values.append(q->value(c));
    m_foundRows.insert(row, values);
    return values;
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
    const QVariantList values = loadedRowValues(index.row());
    if (values.isEmpty()) {
        // On its way from the worker: a placeholder, in a light colour.
        if (role == Qt::DisplayRole)
            return QStringLiteral("…");
        if (role == Qt::ForegroundRole)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    }
    const PagedColumn &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(values, index.column());
    case Qt::EditRole:
    case RawRole:
        return values.at(index.column());
    case ExportValueRole:
        return exportValue(values, index.column());
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
    if (role == ColumnKindRole)
        return int(m_columns.at(section).kind);
    if (role == ColumnDecimalsRole)
        return m_columns.at(section).decimals;
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
    ++m_shape;
    // Same rows, new order: the count stays, the pages are read again.
    beginResetModel();
    ++m_generation;
    m_pages.clear();
    m_recent.clear();
    m_pending.clear();
    m_firstRows.clear();
    m_lastRows.clear();
    m_foundRows.clear();
    endResetModel();
    if (!m_counted && !m_from.isEmpty())
        requestCount(); // the count on its way belonged to the old order
}

void PagedSqlModel::locate(const QVariant &key, Located found, int limit)
{
    if (!key.isValid() || m_from.isEmpty()) {
        // Nothing to find: answered from the event loop, as a found row is.
        QMetaObject::invokeMethod(this, [found = std::move(found)] { found(-1); }, Qt::QueuedConnection);
        return;
    }
    static quint64 lastTicket = 0; // GUI thread only
    const quint64 ticket = ++lastTicket;
    m_locates.insert(ticket, Locate{ m_shape, key, limit, std::move(found) });
    submitLocate(ticket);
}

void PagedSqlModel::submitLocate(quint64 ticket)
{
    const Locate &asked = m_locates.value(ticket);
    ListRead read;
    read.client = m_client;
    read.generation = m_generation;
    read.locateTicket = ticket;
    // The worker gets copies: the model may change while it reads.
    read.locate = [select = selectList(), from = m_from, where = m_where, binds = m_binds,
                   shape = SeekShape{ m_key, m_sortColumn >= 0 ? m_columns.at(m_sortColumn).expression : QString(),
                                      m_sortColumn, m_sortOrder == Qt::AscendingOrder },
                   key = asked.key, limit = asked.limit](const QSqlDatabase &db, ListRows &reply) {
        locateRow(db, select, from, where, binds, shape, key, limit, reply);
    };
    ++m_queries;
    if (m_reader) {
        m_reader->submit(std::move(read));
        return;
    }
    // No second connection possible: read on ours, from the event loop.
    QMetaObject::invokeMethod(
        this, [this, read] { receivedLocated(runListRead(m_db, read)); }, Qt::QueuedConnection);
}

void PagedSqlModel::receivedLocated(const ListRows &rows)
{
    auto it = m_locates.find(rows.locateTicket);
    if (it == m_locates.end())
        return;
    if (it->shape != m_shape) {
        // Another filter or sort since: the row asked for is of a list gone.
        m_locates.erase(it);
        ++m_stale;
        return;
    }
    if (rows.unavailable) {
        // The worker could not open the file: the model reads on our
        // connection from now on (received() does the same for pages).
        if (m_reader) {
            disconnect(m_reader.get(), nullptr, this, nullptr);
            m_reader.reset();
            restart(true);
        }
        submitLocate(rows.locateTicket);
        return;
    }
    if (rows.dropped || rows.generation != m_generation || !m_counted) {
        // Refreshed meanwhile (same filter and sort): found again in the new rows.
        submitLocate(rows.locateTicket);
        return;
    }
    const Locate asked = it.value();
    m_locates.erase(it);
    m_lastReadThread = rows.thread;
    int row = rows.located;
    if (!rows.error.isEmpty()) {
        m_lastError = rows.error;
        row = -1;
    }
    if (row >= m_rowCount)
        row = -1;
    if (row >= 0)
        m_foundRows.insert(row, rows.rows.value(0));
    asked.found(row);
}

int PagedSqlModel::rowOfKey(const QVariant &key, int limit) const
{
    if (!key.isValid() || m_from.isEmpty())
        return -1;
    auto *self = const_cast<PagedSqlModel *>(this);
    if (!m_counted) {
        // The person chose a record: the view needs its rows now.
        const int count = countNow();
        if (count < 0)
            return -1;
        self->m_counted = true;
        if (count != m_rowCount) {
            // Rows of another filter are not kept (restart(false) cleared them);
            // after a refresh the stale rows are read again.
            self->beginResetModel();
            self->m_pages.clear();
            self->m_recent.clear();
            self->m_rowCount = count;
            self->endResetModel();
        }
    }
    ++m_queries;
    ListRows reply;
    locateRow(m_db, selectList(), m_from, m_where, m_binds,
              SeekShape{ m_key, m_sortColumn >= 0 ? m_columns.at(m_sortColumn).expression : QString(), m_sortColumn,
                         m_sortOrder == Qt::AscendingOrder },
              key, limit, reply);
    const int before = reply.located;
    if (before < 0 || before >= m_rowCount)
        return -1;
    m_foundRows.insert(before, reply.rows.value(0));
    return before;
}

} // namespace core
