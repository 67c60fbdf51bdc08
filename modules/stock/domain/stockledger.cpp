#include "stock/domain/stockledger.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/domain/dates.h"

#include <QSqlQuery>

namespace stock {

using core::Error;
using core::Result;

const char *const itemColumns = "i.id, i.code, i.name, i.category_id, i.unit, i.grams_per_piece, i.pieces_per_package, "
                                "i.min_level, i.tracks_expiry, i.active, i.notes";

Item readItem(const QSqlQuery &q, int f)
{
    Item item;
    item.id = q.value(f).toLongLong();
    item.code = q.value(f + 1).toString();
    item.name = q.value(f + 2).toString();
    item.categoryId = q.value(f + 3).toLongLong();
    item.unit = unitFromCode(q.value(f + 4).toString());
    item.gramsPerPiece = q.value(f + 5).toLongLong();
    item.piecesPerPackage = q.value(f + 6).toLongLong();
    item.minLevel = q.value(f + 7).toLongLong();
    item.tracksExpiry = q.value(f + 8).toInt() != 0;
    item.active = q.value(f + 9).toInt() != 0;
    item.notes = q.value(f + 10).toString();
    return item;
}

QString StockLedger::notReversed(const QString &alias)
{
    return QStringLiteral("%1.reverses_id IS NULL AND NOT EXISTS (SELECT 1 FROM stock_movement nr WHERE nr.reverses_id = %1.id)")
        .arg(alias);
}

StockLedger::StockLedger(const QSqlDatabase &db, const core::Clock &clock) : m_db(db), m_clock(clock) { }

Result<Item> StockLedger::item(qint64 itemId)
{
    if (auto it = m_items.constFind(itemId); it != m_items.constEnd())
        return it.value();
    auto q = core::runQuery(m_db, QStringLiteral("SELECT %1 FROM stock_item i WHERE i.id = ?").arg(QLatin1String(itemColumns)),
                            { itemId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_item"), { QString::number(itemId) });
    const Item item = readItem(*q);
    m_items.insert(itemId, item);
    return item;
}

// The lowest balance from the end of the issue date on, given today's
// balance and the daily sums of the rows dated after the issue date.
static qint64 lowestFrom(qint64 current, const QList<qint64> &laterDailySums)
{
    qint64 balance = current;
    for (qint64 s : laterDailySums)
        balance -= s;
    qint64 lowest = balance;
    for (qint64 s : laterDailySums) {
        balance += s;
        lowest = std::min(lowest, balance);
    }
    return std::max<qint64>(0, lowest);
}

static Movement readMovement(const QSqlQuery &q)
{
    Movement m;
    m.id = q.value(0).toLongLong();
    m.date = core::fromSqlDate(q.value(1).toString());
    movementKindFromCode(q.value(2).toString(), &m.kind);
    m.itemId = q.value(3).toLongLong();
    m.lotId = q.value(4).toLongLong();
    m.locationId = q.value(5).toLongLong();
    m.quantity = q.value(6).toLongLong();
    m.grams = q.value(7).toLongLong();
    m.operationId = q.value(8).toLongLong();
    m.reason = q.value(9).toString();
    m.reference = { q.value(10).toString(), q.value(11).toLongLong(), q.value(12).toLongLong() };
    m.reversesId = q.value(13).toLongLong();
    m.reversedById = q.value(14).toLongLong();
    return m;
}

static const char movementSelect[] =
    "SELECT m.id, m.moved_on, m.kind, m.item_id, m.lot_id, m.location_id, m.quantity, m.grams, m.operation_id, "
    "m.reason, m.ref_type, m.ref_id, m.ref_line, m.reverses_id, "
    "(SELECT r.id FROM stock_movement r WHERE r.reverses_id = m.id) FROM stock_movement m ";

Result<Movement> StockLedger::movement(qint64 movementId)
{
    auto q = core::runQuery(m_db, QLatin1String(movementSelect) + QStringLiteral("WHERE m.id = ?"), { movementId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_movement"), { QString::number(movementId) });
    return readMovement(*q);
}

Result<QList<Movement>> StockLedger::operationMovements(qint64 operationId)
{
    auto q = core::runQuery(m_db, QLatin1String(movementSelect) + QStringLiteral("WHERE m.operation_id = ? ORDER BY m.id"),
                            { operationId });
    if (!q)
        return q.error();
    QList<Movement> list;
    while (q->next())
        list.append(readMovement(*q));
    return list;
}

Result<QList<LotCandidate>> StockLedger::candidates(const LotFilter &filter, const QDate &date)
{
    QString sql = QStringLiteral(
        "SELECT b.lot_id, b.location_id, b.item_id, b.quantity, l.lot_code, l.expiry_on, l.received_on, "
        "i.name, i.unit, i.grams_per_piece "
        "FROM stock_balance b JOIN stock_lot l ON l.id = b.lot_id JOIN stock_item i ON i.id = b.item_id "
        "WHERE b.quantity > 0");
    QVariantList binds;
    if (filter.itemId) {
        sql += QStringLiteral(" AND b.item_id = ?");
        binds << filter.itemId;
    } else if (filter.categoryId) {
        sql += QStringLiteral(" AND b.item_id IN (SELECT id FROM stock_item WHERE category_id = ?)");
        binds << filter.categoryId;
    }
    if (filter.locationId) {
        sql += QStringLiteral(" AND b.location_id = ?");
        binds << filter.locationId;
    }
    auto q = core::runQuery(m_db, sql, binds);
    if (!q)
        return q.error();
    struct Row {
        LotCandidate candidate;
        qint64 locationId;
    };
    QList<Row> rows;
    while (q->next()) {
        LotCandidate c;
        c.lotId = q->value(0).toLongLong();
        c.itemId = q->value(2).toLongLong();
        c.available = q->value(3).toLongLong();
        c.lotCode = q->value(4).toString();
        c.expiry = core::fromSqlDate(q->value(5).toString());
        c.receivedOn = core::fromSqlDate(q->value(6).toString());
        c.itemName = q->value(7).toString();
        c.unit = unitFromCode(q->value(8).toString());
        c.gramsPerPiece = q->value(9).toLongLong();
        rows.append({ c, q->value(1).toLongLong() });
    }
    if (rows.isEmpty())
        return QList<LotCandidate>();
    // Rows dated after the issue date (later receipts, backdated issues
    // already taken from these lots): one query for every candidate lot.
    QStringList ids;
    for (const Row &row : rows)
        ids.append(QString::number(row.candidate.lotId)); // integers read from the database, not user text
    auto later = core::runQuery(m_db, QStringLiteral(
        "SELECT lot_id, location_id, moved_on, sum(quantity) FROM stock_movement "
        "WHERE lot_id IN (%1) AND moved_on > ? GROUP BY lot_id, location_id, moved_on ORDER BY moved_on").arg(ids.join(QLatin1Char(','))),
        { core::toSqlDate(date) });
    if (!later)
        return later.error();
    QHash<QPair<qint64, qint64>, QList<qint64>> laterByLot; // (lot, location) -> daily sums, by date
    while (later->next())
        laterByLot[{ later->value(0).toLongLong(), later->value(1).toLongLong() }].append(later->value(3).toLongLong());
    QList<LotCandidate> result;
    for (Row &row : rows) {
        const auto it = laterByLot.constFind({ row.candidate.lotId, row.locationId });
        if (it != laterByLot.constEnd())
            row.candidate.available = lowestFrom(row.candidate.available, it.value());
        if (row.candidate.available > 0)
            result.append(row.candidate);
    }
    return result;
}

Result<qint64> StockLedger::balanceOnDate(qint64 lotId, qint64 locationId, const QDate &date)
{
    auto v = core::queryValue(m_db, QStringLiteral(
        "SELECT coalesce(sum(quantity), 0) FROM stock_movement WHERE lot_id = ? AND location_id = ? AND moved_on <= ?"),
        { lotId, locationId, core::toSqlDate(date) });
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> StockLedger::availableOnDate(qint64 lotId, qint64 locationId, const QDate &date)
{
    auto current = core::queryValue(m_db, QStringLiteral("SELECT quantity FROM stock_balance WHERE lot_id = ? AND location_id = ?"),
                                    { lotId, locationId });
    if (!current)
        return current.error();
    auto later = core::runQuery(m_db, QStringLiteral(
        "SELECT moved_on, sum(quantity) FROM stock_movement WHERE lot_id = ? AND location_id = ? AND moved_on > ? "
        "GROUP BY moved_on ORDER BY moved_on"), { lotId, locationId, core::toSqlDate(date) });
    if (!later)
        return later.error();
    QList<qint64> sums;
    while (later->next())
        sums.append(later->value(1).toLongLong());
    return lowestFrom(current->toLongLong(), sums);
}

Result<qint64> StockLedger::newOperationId()
{
    return core::allocateRowId(m_db);
}

Result<qint64> StockLedger::append(const MovementDraft &d)
{
    auto item = this->item(d.itemId);
    if (!item)
        return item.error();
    auto id = core::allocateRowId(m_db);
    if (!id)
        return id.error();
    auto q = core::runQuery(m_db, QStringLiteral(
        "INSERT INTO stock_movement(id, moved_on, kind, item_id, category_id, lot_id, location_id, donor_id, quantity, grams, "
        "operation_id, reason, ref_type, ref_id, ref_line, reverses_id, created_at, operator) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT donor_id FROM stock_lot WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { *id, core::toSqlDate(d.date), movementKindCode(d.kind), d.itemId, item->categoryId, d.lotId, d.locationId, d.lotId,
          d.quantity, item->gramsOf(d.quantity), d.operationId, d.reason, d.reference.type,
          d.reference.isEmpty() ? QVariant() : QVariant(d.reference.id),
          d.reference.isEmpty() || d.reference.line == 0 ? QVariant() : QVariant(d.reference.line),
          d.reversesId ? QVariant(d.reversesId) : QVariant(), m_clock.nowMs(), core::sessionOperator(m_db) });
    if (!q) {
        if (q.error().args.value(0).contains(QLatin1String("stock.negative_balance")))
            return Error(QStringLiteral("stock.negative_balance"), { item->name });
        return q.error();
    }
    return *id;
}

Result<qint64> StockLedger::defaultLocationId()
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT id FROM stock_location WHERE is_default = 1"));
    if (!v)
        return v.error();
    return v->isValid() ? v->toLongLong() : idroscaloLocationId;
}

} // namespace stock
