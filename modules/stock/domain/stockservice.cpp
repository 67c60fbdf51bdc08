#include "stock/domain/stockservice.h"

#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"

#include <QSqlQuery>

#include <algorithm>

namespace stock {

using core::Error;
using core::Result;

StockService::StockService(const QSqlDatabase &db, const core::Clock &clock) : m_db(db), m_clock(clock), m_ledger(db, clock) { }

Result<qint64> StockService::resolveLocation(qint64 locationId)
{
    if (locationId == 0)
        return m_ledger.defaultLocationId();
    auto q = core::runQuery(m_db, QStringLiteral("SELECT name, active FROM stock_location WHERE id = ?"), { locationId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("stock.unknown_location"), { QString::number(locationId) });
    if (q->value(1).toInt() == 0)
        return Error(QStringLiteral("stock.inactive_location"), { q->value(0).toString() });
    return locationId;
}

Result<QString> StockService::categoryName(qint64 categoryId)
{
    auto v = core::queryValue(m_db, QStringLiteral("SELECT name FROM goods_category WHERE id = ?"), { categoryId });
    if (!v)
        return v.error();
    if (!v->isValid())
        return Error(QStringLiteral("stock.unknown_category"), { QString::number(categoryId) });
    return v->toString();
}

core::Status StockService::checkCanTake(qint64 lotId, qint64 locationId, const QDate &date, qint64 quantity, const QString &itemName,
                                  const QString &lotCode)
{
    auto available = m_ledger.availableOnDate(lotId, locationId, date);
    if (!available)
        return available.error();
    if (*available < quantity)
        return Error(QStringLiteral("stock.would_go_negative"), { itemName, lotCode, QString::number(quantity - *available) });
    return {};
}

Result<IssueResult> StockService::issue(const IssueRequest &request)
{
    if (!request.date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (request.quantity <= 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(request.quantity) });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto location = resolveLocation(request.locationId);
    if (!location)
        return location.error();

    LotFilter filter;
    filter.locationId = *location;
    FefoPlan plan;
    QString name;
    QString unit;
    if (request.itemId) {
        auto item = m_ledger.item(request.itemId);
        if (!item)
            return item.error();
        filter.itemId = item->id;
        name = item->name;
        unit = unitCode(item->unit);
        auto lots = m_ledger.candidates(filter, request.date);
        if (!lots)
            return lots.error();
        plan = Fefo::planItem(*lots, request.quantity, request.date);
    } else {
        auto category = categoryName(request.categoryId);
        if (!category)
            return category.error();
        filter.categoryId = request.categoryId;
        name = *category;
        unit = unitCode(Unit::Grams);
        auto lots = m_ledger.candidates(filter, request.date);
        if (!lots)
            return lots.error();
        plan = Fefo::planWeight(*lots, request.quantity, request.date, request.rounding);
    }
    if (plan.shortfall > 0)
        return Error(QStringLiteral("stock.insufficient"),
                     { name, unit, QString::number(request.quantity), QString::number(plan.totalAvailable),
                       QString::number(plan.shortfall), core::toSqlDate(request.date) });
    auto result = writeIssue(request, *location, plan);
    if (!result)
        return result;
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<IssueResult> StockService::writeIssue(const IssueRequest &request, qint64 locationId, const FefoPlan &plan)
{
    auto operation = m_ledger.newOperationId();
    if (!operation)
        return operation.error();
    IssueResult result;
    result.operationId = *operation;
    result.quantity = plan.picked;
    result.unfilledGrams = plan.unfilledGrams;
    for (const LotPick &pick : plan.picks) {
        MovementDraft draft;
        draft.date = request.date;
        draft.kind = MovementKind::Issue;
        draft.itemId = pick.lot.itemId;
        draft.lotId = pick.lot.lotId;
        draft.locationId = locationId;
        draft.quantity = -pick.quantity;
        draft.operationId = *operation;
        draft.reason = request.reason;
        draft.reference = request.reference;
        auto id = m_ledger.append(draft);
        if (!id)
            return id.error();
        result.lots.append({ *id, pick.lot.lotId, pick.lot.itemId, pick.lot.itemName, pick.lot.lotCode, pick.lot.expiry, locationId,
                             pick.quantity, pick.grams });
        result.grams += pick.grams;
    }
    return result;
}

Result<IssueResult> StockService::returnToStock(const ReturnRequest &request)
{
    if (!request.date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (request.quantity <= 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(request.quantity) });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto item = m_ledger.item(request.itemId);
    if (!item)
        return item.error();
    // What the reference took from each lot and location, net of returns
    // and reversals, freshest lots first.
    auto q = core::runQuery(m_db, QStringLiteral(
        "SELECT m.lot_id, m.location_id, -sum(m.quantity), l.lot_code, l.expiry_on "
        "FROM stock_movement m JOIN stock_lot l ON l.id = m.lot_id "
        "WHERE m.ref_type = ? AND m.ref_id = ? AND coalesce(m.ref_line, 0) = ? AND m.item_id = ? "
        "AND m.kind IN ('issue', 'return') "
        "GROUP BY m.lot_id, m.location_id HAVING -sum(m.quantity) > 0 "
        "ORDER BY l.expiry_on IS NULL DESC, l.expiry_on DESC, l.received_on DESC, m.lot_id DESC"),
        { request.reference.type, request.reference.id, request.reference.line, request.itemId });
    if (!q)
        return q.error();
    struct Taken {
        qint64 lotId, locationId, quantity;
        QString lotCode;
        QDate expiry;
    };
    QList<Taken> taken;
    qint64 returnable = 0;
    while (q->next()) {
        taken.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(), q->value(3).toString(),
                       core::fromSqlDate(q->value(4).toString()) });
        returnable += taken.constLast().quantity;
    }
    if (returnable == 0)
        return Error(QStringLiteral("stock.nothing_to_return"), { item->name });
    if (request.quantity > returnable)
        return Error(QStringLiteral("stock.return_too_large"), { item->name, QString::number(returnable), unitCode(item->unit) });
    auto operation = m_ledger.newOperationId();
    if (!operation)
        return operation.error();
    IssueResult result;
    result.operationId = *operation;
    qint64 remaining = request.quantity;
    for (const Taken &t : taken) {
        if (remaining == 0)
            break;
        const qint64 back = std::min(remaining, t.quantity);
        MovementDraft draft;
        draft.date = request.date;
        draft.kind = MovementKind::Return;
        draft.itemId = item->id;
        draft.lotId = t.lotId;
        draft.locationId = t.locationId;
        draft.quantity = back;
        draft.operationId = *operation;
        draft.reason = request.reason;
        draft.reference = request.reference;
        auto id = m_ledger.append(draft);
        if (!id)
            return id.error();
        result.lots.append({ *id, t.lotId, item->id, item->name, t.lotCode, t.expiry, t.locationId, back, item->gramsOf(back) });
        result.quantity += back;
        result.grams += item->gramsOf(back);
        remaining -= back;
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<qint64> StockService::reverseMovement(qint64 movementId, const QString &reason)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto original = m_ledger.movement(movementId);
    if (!original)
        return original.error();
    if (original->reversesId)
        return Error(QStringLiteral("stock.reversal_of_reversal"), { QString::number(movementId) });
    if (original->reversedById)
        return Error(QStringLiteral("stock.already_reversed"), { QString::number(movementId) });
    auto item = m_ledger.item(original->itemId);
    if (!item)
        return item.error();
    if (original->quantity > 0) {
        // Taking back what came in: it must still be there, on that date and after.
        auto lotCode = core::queryValue(m_db, QStringLiteral("SELECT lot_code FROM stock_lot WHERE id = ?"), { original->lotId });
        if (auto s = checkCanTake(original->lotId, original->locationId, original->date, original->quantity, item->name,
                                  lotCode ? lotCode->toString() : QString());
            !s)
            return s.error();
    }
    auto operation = m_ledger.newOperationId();
    if (!operation)
        return operation.error();
    MovementDraft draft;
    draft.date = original->date;
    draft.kind = original->kind;
    draft.itemId = original->itemId;
    draft.lotId = original->lotId;
    draft.locationId = original->locationId;
    draft.quantity = -original->quantity;
    draft.operationId = *operation;
    draft.reason = reason;
    draft.reference = original->reference;
    draft.reversesId = original->id;
    auto id = m_ledger.append(draft);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<QList<qint64>> StockService::reverseOperation(qint64 operationId, const QString &reason)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto rows = m_ledger.operationMovements(operationId);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(QStringLiteral("stock.unknown_movement"), { QString::number(operationId) });
    // Rows that take goods out are put back first, so that a transfer or a
    // kit assembly reverses whatever the order of its rows.
    QList<Movement> ordered = *rows;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Movement &a, const Movement &b) { return a.quantity < b.quantity; });
    QList<qint64> ids;
    for (const Movement &m : ordered) {
        auto id = reverseMovement(m.id, reason);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

Result<qint64> StockService::transfer(const TransferRequest &request)
{
    if (!request.date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (request.quantity <= 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(request.quantity) });
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto from = resolveLocation(request.fromLocationId);
    if (!from)
        return from.error();
    auto to = resolveLocation(request.toLocationId);
    if (!to)
        return to.error();
    if (*from == *to)
        return Error(QStringLiteral("stock.same_location"));
    auto lot = core::runQuery(m_db, QStringLiteral("SELECT item_id, lot_code FROM stock_lot WHERE id = ?"), { request.lotId });
    if (!lot)
        return lot.error();
    if (!lot->next())
        return Error(QStringLiteral("stock.unknown_lot"), { QString::number(request.lotId) });
    auto item = m_ledger.item(lot->value(0).toLongLong());
    if (!item)
        return item.error();
    const QString lotCode = lot->value(1).toString();
    auto available = m_ledger.availableOnDate(request.lotId, *from, request.date);
    if (!available)
        return available.error();
    if (*available < request.quantity)
        return Error(QStringLiteral("stock.insufficient"),
                     { item->name, unitCode(item->unit), QString::number(request.quantity), QString::number(*available),
                       QString::number(request.quantity - *available), core::toSqlDate(request.date) });
    auto operation = m_ledger.newOperationId();
    if (!operation)
        return operation.error();
    for (const auto &[location, quantity] : { std::pair{ *from, -request.quantity }, std::pair{ *to, request.quantity } }) {
        MovementDraft draft;
        draft.date = request.date;
        draft.kind = MovementKind::Transfer;
        draft.itemId = item->id;
        draft.lotId = request.lotId;
        draft.locationId = location;
        draft.quantity = quantity;
        draft.operationId = *operation;
        draft.reason = request.reason;
        if (auto id = m_ledger.append(draft); !id)
            return id.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return *operation;
}

Result<IssuedLot> StockService::writeOff(const WriteOffRequest &request)
{
    if (!request.date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    if (request.quantity < 0)
        return Error(QStringLiteral("stock.bad_quantity"), { QString::number(request.quantity) });
    if (request.reason.trimmed().isEmpty())
        return Error(QStringLiteral("stock.missing_reason"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto location = resolveLocation(request.locationId);
    if (!location)
        return location.error();
    auto lot = core::runQuery(m_db, QStringLiteral("SELECT item_id, lot_code, expiry_on FROM stock_lot WHERE id = ?"), { request.lotId });
    if (!lot)
        return lot.error();
    if (!lot->next())
        return Error(QStringLiteral("stock.unknown_lot"), { QString::number(request.lotId) });
    auto item = m_ledger.item(lot->value(0).toLongLong());
    if (!item)
        return item.error();
    auto available = m_ledger.availableOnDate(request.lotId, *location, request.date);
    if (!available)
        return available.error();
    const qint64 quantity = request.quantity == 0 ? *available : request.quantity;
    if (quantity == 0 || quantity > *available)
        return Error(QStringLiteral("stock.insufficient"),
                     { item->name, unitCode(item->unit), QString::number(quantity), QString::number(*available),
                       QString::number(std::max<qint64>(quantity - *available, 0)), core::toSqlDate(request.date) });
    auto operation = m_ledger.newOperationId();
    if (!operation)
        return operation.error();
    MovementDraft draft;
    draft.date = request.date;
    draft.kind = MovementKind::WriteOff;
    draft.itemId = item->id;
    draft.lotId = request.lotId;
    draft.locationId = *location;
    draft.quantity = -quantity;
    draft.operationId = *operation;
    draft.reason = request.reason.trimmed();
    draft.reference = request.reference;
    auto id = m_ledger.append(draft);
    if (!id)
        return id.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return IssuedLot{ *id, request.lotId, item->id, item->name, lot->value(1).toString(), core::fromSqlDate(lot->value(2).toString()),
                      *location, quantity, item->gramsOf(quantity) };
}

Result<QList<LotCandidate>> StockService::availableLots(const AvailabilityQuery &query)
{
    if (!query.date.isValid())
        return Error(QStringLiteral("stock.bad_date"));
    LotFilter filter{ query.itemId, query.categoryId, query.locationId };
    auto lots = m_ledger.candidates(filter, query.date);
    if (!lots)
        return lots.error();
    QList<LotCandidate> usable;
    for (const LotCandidate &lot : *lots)
        if (!Fefo::isExpiredOn(lot.expiry, query.date))
            usable.append(lot);
    Fefo::sort(usable);
    return usable;
}

Result<qint64> StockService::available(const AvailabilityQuery &query)
{
    auto lots = availableLots(query);
    if (!lots)
        return lots.error();
    qint64 total = 0;
    for (const LotCandidate &lot : *lots)
        total += query.itemId ? lot.available : lot.gramsOf(lot.available);
    return total;
}

Result<core::Grams> StockService::toGrams(qint64 itemId, qint64 quantity)
{
    auto item = m_ledger.item(itemId);
    if (!item)
        return item.error();
    return item->gramsOf(quantity);
}

} // namespace stock
