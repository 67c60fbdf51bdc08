#include "stock/domain/countservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "stock/domain/stockledger.h"

namespace stock {

using core::Error;
using core::Result;
using core::Status;

CountService::CountService(const QSqlDatabase &db, const core::Clock &clock) : m_db(db), m_clock(clock) { }

Result<qint64> CountService::open(qint64 locationId, qint64 categoryId, const QDate &date, const QString &notes)
{
    if (!date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (date > m_clock.today())
        return Error(QStringLiteral("stock.future_date"), { core::toSqlDate(date) });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    StockLedger ledger(m_db, m_clock);
    if (locationId == 0) {
        auto d = ledger.defaultLocationId();
        if (!d)
            return d.error();
        locationId = *d;
    }
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db, QStringLiteral(
        "INSERT INTO stock_count(id, location_id, category_id, counted_on, notes, created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { *id, locationId, categoryId ? QVariant(categoryId) : QVariant(), core::toSqlDate(date), notes.trimmed(), m_clock.nowMs(),
          core::sessionOperator(m_db) });
    if (!q)
        return q.error();
    // Every lot that holds something there at the end of the count date.
    QString sql = QStringLiteral(
        "SELECT m.lot_id, sum(m.quantity) FROM stock_movement m WHERE m.location_id = ? AND m.moved_on <= ? "
        "AND m.lot_id IN (SELECT lot_id FROM stock_balance WHERE location_id = ?) %1 "
        "GROUP BY m.lot_id HAVING sum(m.quantity) <> 0")
                      .arg(categoryId ? QStringLiteral("AND m.category_id = ?") : QString());
    QVariantList binds{ locationId, core::toSqlDate(date), locationId };
    if (categoryId)
        binds << categoryId;
    auto lots = core::runQuery(m_db, sql, binds);
    if (!lots)
        return lots.error();
    QList<QPair<qint64, qint64>> book;
    while (lots->next())
        book.append({ lots->value(0).toLongLong(), lots->value(1).toLongLong() });
    auto lineIds = core::allocateRowId(m_db, std::max<qint64>(1, book.size()));
    if (!lineIds)
        return lineIds.error();
    for (int i = 0; i < book.size(); ++i) {
        auto line = core::runQuery(m_db, QStringLiteral(
            "INSERT INTO stock_count_line(id, count_id, lot_id, book_quantity) VALUES (?, ?, ?, ?)"),
            { *lineIds + i, *id, book.at(i).first, book.at(i).second });
        if (!line)
            return line.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return *id;
}

Result<StockCount> CountService::header(qint64 countId)
{
    auto q = core::runQuery(m_db, QStringLiteral(
        "SELECT c.id, c.location_id, l.name, c.category_id, coalesce(g.name, ''), c.counted_on, c.status, c.notes, c.operator, "
        "c.closed_by FROM stock_count c JOIN stock_location l ON l.id = c.location_id "
        "LEFT JOIN goods_category g ON g.id = c.category_id WHERE c.id = ?"), { countId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_count"), { QString::number(countId) });
    StockCount c;
    c.id = q->value(0).toLongLong();
    c.locationId = q->value(1).toLongLong();
    c.locationName = q->value(2).toString();
    c.categoryId = q->value(3).toLongLong();
    c.categoryName = q->value(4).toString();
    c.date = core::fromSqlDate(q->value(5).toString());
    c.status = q->value(6).toString();
    c.notes = q->value(7).toString();
    c.operatorName = q->value(8).toString();
    c.closedBy = q->value(9).toString();
    return c;
}

Result<StockCount> CountService::count(qint64 countId)
{
    auto c = header(countId);
    if (!c)
        return c;
    auto q = core::runQuery(m_db, QStringLiteral(
        "SELECT cl.id, cl.lot_id, i.id, i.name, g.name, i.unit, l.lot_code, l.expiry_on, cl.book_quantity, cl.counted_quantity, "
        "cl.reason FROM stock_count_line cl JOIN stock_lot l ON l.id = cl.lot_id JOIN stock_item i ON i.id = l.item_id "
        "JOIN goods_category g ON g.id = i.category_id WHERE cl.count_id = ? "
        "ORDER BY g.sort_order, i.name, l.expiry_on IS NULL, l.expiry_on, l.id"), { countId });
    if (!q)
        return q.error();
    while (q->next()) {
        CountLine line;
        line.id = q->value(0).toLongLong();
        line.lotId = q->value(1).toLongLong();
        line.itemId = q->value(2).toLongLong();
        line.itemName = q->value(3).toString();
        line.categoryName = q->value(4).toString();
        line.unit = unitFromCode(q->value(5).toString());
        line.lotCode = q->value(6).toString();
        line.expiry = core::fromSqlDate(q->value(7).toString());
        line.bookQuantity = q->value(8).toLongLong();
        line.counted = !q->value(9).isNull();
        line.countedQuantity = q->value(9).toLongLong();
        line.reason = q->value(10).toString();
        c->lines.append(line);
    }
    return c;
}

Status CountService::setCounted(qint64 lineId, qint64 counted, const QString &reason)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto status = core::queryValue(m_db, QStringLiteral(
        "SELECT c.status FROM stock_count_line cl JOIN stock_count c ON c.id = cl.count_id WHERE cl.id = ?"), { lineId });
    if (!status)
        return status.error();
    if (status->toString() != QLatin1String("open"))
        return Error(QStringLiteral("stock.count_not_open"), { QString::number(lineId) });
    auto q = core::runQuery(m_db, QStringLiteral("UPDATE stock_count_line SET counted_quantity = ?, reason = ? WHERE id = ?"),
                            { counted < 0 ? QVariant() : QVariant(counted), reason.trimmed(), lineId });
    if (!q)
        return q.error();
    return tx.commit();
}

Result<int> CountService::close(qint64 countId)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto c = count(countId);
    if (!c)
        return c.error();
    if (c->status != QLatin1String("open"))
        return Error(QStringLiteral("stock.count_not_open"), { QString::number(countId) });
    int uncounted = 0;
    for (const CountLine &line : c->lines)
        uncounted += line.counted ? 0 : 1;
    if (uncounted > 0)
        return Error(QStringLiteral("stock.count_incomplete"), { QString::number(uncounted) });
    StockLedger ledger(m_db, m_clock);
    auto operation = ledger.newOperationId();
    if (!operation)
        return operation.error();
    int adjustments = 0;
    const QString defaultReason = tr("Stock count of %1").arg(c->date.toString(QStringLiteral("dd/MM/yyyy")));
    for (const CountLine &line : c->lines) {
        auto book = ledger.balanceOnDate(line.lotId, c->locationId, c->date);
        if (!book)
            return book.error();
        const qint64 difference = line.countedQuantity - *book;
        if (difference == 0)
            continue;
        if (difference < 0) {
            auto available = ledger.availableOnDate(line.lotId, c->locationId, c->date);
            if (!available)
                return available.error();
            if (*available < -difference)
                return Error(QStringLiteral("stock.would_go_negative"),
                             { line.itemName, line.lotCode, QString::number(-difference - *available) });
        }
        MovementDraft draft;
        draft.date = c->date;
        draft.kind = MovementKind::Adjustment;
        draft.itemId = line.itemId;
        draft.lotId = line.lotId;
        draft.locationId = c->locationId;
        draft.quantity = difference;
        draft.operationId = *operation;
        draft.reason = line.reason.isEmpty() ? defaultReason : line.reason;
        draft.reference = { QStringLiteral("count"), countId, line.id };
        if (auto id = ledger.append(draft); !id)
            return id.error();
        ++adjustments;
    }
    auto q = core::runQuery(m_db, QStringLiteral(
        "UPDATE stock_count SET status = 'closed', closed_at = ?, closed_by = ?, operation_id = ? WHERE id = ?"),
        { m_clock.nowMs(), core::sessionOperator(m_db), *operation, countId });
    if (!q)
        return q.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return adjustments;
}

Status CountService::cancel(qint64 countId)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto c = header(countId);
    if (!c)
        return c.error();
    if (c->status != QLatin1String("open"))
        return Error(QStringLiteral("stock.count_not_open"), { QString::number(countId) });
    auto q = core::runQuery(m_db, QStringLiteral("UPDATE stock_count SET status = 'cancelled', closed_at = ?, closed_by = ? WHERE id = ?"),
                            { m_clock.nowMs(), core::sessionOperator(m_db), countId });
    if (!q)
        return q.error();
    return tx.commit();
}

} // namespace stock
