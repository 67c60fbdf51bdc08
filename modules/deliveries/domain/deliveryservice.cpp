#include "deliveries/domain/deliveryservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "deliveries/domain/deliveryrepository.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requestservice.h"
#include "deliveries/domain/requeststatus.h"
#include "stock/domain/stockcatalog.h"
#include "stock/domain/stockservice.h"

namespace deliveries {

using core::Error;
using core::Result;
using core::Status;

namespace {

Error stateError(const char *code, const Delivery &d)
{
    return Error(QLatin1String(code), { d.number, deliveryStatusCode(d.status) });
}

bool isPast(DeliveryOrigin origin)
{
    return origin == DeliveryOrigin::History || origin == DeliveryOrigin::Import;
}

} // namespace

DeliveryDraft draftFrom(const Delivery &d)
{
    DeliveryDraft draft;
    draft.id = d.id;
    draft.recipientId = d.recipientId;
    draft.date = d.date;
    draft.time = d.time;
    draft.vehicle = d.vehicle;
    draft.driver = d.driver;
    draft.organisation = d.organisation;
    draft.reason = d.reason;
    draft.locationId = d.locationId;
    draft.packages = d.packages;
    draft.notes = d.notes;
    draft.requestId = d.requestId;
    draft.allocationId = d.allocationId;
    draft.origin = d.origin;
    for (const DeliveryLine &l : d.lines) {
        DeliveryLine line;
        line.categoryId = l.itemId ? 0 : l.categoryId;
        line.itemId = l.itemId;
        line.quantity = l.quantity;
        line.packages = l.packages;
        line.requestLineId = l.requestLineId;
        line.description = l.description;
        draft.lines.append(line);
    }
    return draft;
}

DeliveryService::DeliveryService(const QSqlDatabase &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QString> DeliveryService::nextNumber(int year) const
{
    return nextDocumentNumber(m_db, QStringLiteral("delivery"), year, QString());
}

Result<QString> DeliveryService::nextPastNumber(int year) const
{
    return nextDocumentNumber(m_db, QStringLiteral("delivery"), year, QStringLiteral("S"));
}

Result<stock::Item> DeliveryService::item(qint64 itemId)
{
    if (auto it = m_items.constFind(itemId); it != m_items.constEnd())
        return it.value();
    auto item = stock::StockCatalog(m_db).item(itemId);
    if (!item)
        return Error(QStringLiteral("deliveries.unknown_item"), { QString::number(itemId) });
    m_items.insert(itemId, *item);
    return item;
}

Status DeliveryService::validate(const DeliveryDraft &draft) const
{
    DeliveryService service(m_db, m_clock);
    auto recipient = service.checked(draft);
    if (!recipient)
        return recipient.error();
    return {};
}

// Validates a draft; returns its recipient.
Result<Recipient> DeliveryService::checked(const DeliveryDraft &draft)
{
    auto recipient = RecipientRepository(m_db).recipient(draft.recipientId);
    if (!recipient)
        return recipient.error();
    const bool past = isPast(draft.origin);
    if (!recipient->active && !past)
        return Error(QStringLiteral("deliveries.inactive_recipient"), { recipient->name });
    if (!draft.date.isValid())
        return Error(QStringLiteral("deliveries.bad_date"));
    if (draft.lines.isEmpty())
        return Error(QStringLiteral("deliveries.no_lines"));
    if (draft.packages < 0)
        return Error(QStringLiteral("deliveries.bad_packages"), { QString::number(draft.packages) });
    stock::StockCatalog catalog(m_db);
    if (draft.locationId && !catalog.location(draft.locationId))
        return Error(QStringLiteral("deliveries.unknown_location"), { QString::number(draft.locationId) });
    for (const DeliveryLine &l : draft.lines) {
        if (l.quantity <= 0 && !(past && (l.grams > 0 || l.pieces > 0)))
            return Error(QStringLiteral("deliveries.bad_quantity"), { QString::number(l.quantity) });
        if (l.packages < 0)
            return Error(QStringLiteral("deliveries.bad_packages"), { QString::number(l.packages) });
        if (l.itemId) {
            auto i = item(l.itemId);
            if (!i)
                return i.error();
            if (!i->active && !past)
                return Error(QStringLiteral("deliveries.inactive_item"), { i->name });
        } else if (!catalog.category(l.categoryId)) {
            return Error(QStringLiteral("deliveries.unknown_category"), { QString::number(l.categoryId) });
        }
    }
    return recipient;
}

Status DeliveryService::writeLines(qint64 deliveryId, const QList<DeliveryLine> &lines, bool past, qint64 firstId)
{
    qint64 lineId = firstId;
    int lineNo = 0;
    for (const DeliveryLine &l : lines) {
        qint64 category = l.categoryId;
        core::Grams grams = l.grams;
        qint64 pieces = l.pieces;
        int packages = l.packages;
        qint64 quantity = l.quantity;
        if (l.itemId) {
            auto i = item(l.itemId);
            if (!i)
                return i.error();
            category = i->categoryId;
            if (!past) { // planned: the weight and pieces asked for
                grams = i->gramsOf(l.quantity);
                pieces = i->unit == stock::Unit::Pieces ? l.quantity : 0;
                if (packages == 0 && i->piecesPerPackage > 0)
                    packages = int((l.quantity + i->piecesPerPackage - 1) / i->piecesPerPackage);
            }
        } else if (!past) {
            grams = l.quantity;
            pieces = 0;
        }
        if (past && quantity <= 0)
            quantity = grams;
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO delivery_line(id, delivery_id, line_no, category_id, item_id, quantity, "
                               "packages, grams, pieces, "
                               "request_line_id, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { lineId++, deliveryId, ++lineNo, category, l.itemId ? QVariant(l.itemId) : QVariant(), quantity,
                    packages, grams, pieces, l.requestLineId ? QVariant(l.requestLineId) : QVariant(),
                    l.description.trimmed() });
            !q)
            return q.error();
    }
    return {};
}

Result<qint64> DeliveryService::save(const DeliveryDraft &draft)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto recipient = checked(draft);
    if (!recipient)
        return recipient.error();
    const QVariantList header { draft.recipientId, recipient->comuneId, recipientKindCode(recipient->kind),
        draft.requestId ? QVariant(draft.requestId) : QVariant(),
        draft.allocationId ? QVariant(draft.allocationId) : QVariant(),
        draft.locationId ? draft.locationId : stock::idroscaloLocationId, core::toSqlDate(draft.date),
        draft.time.isValid() ? draft.time.toString(QStringLiteral("HH:mm")) : QString(), draft.vehicle.trimmed(),
        draft.driver.trimmed(), draft.organisation.trimmed(), transportReasonCode(draft.reason), draft.packages,
        draft.notes.trimmed() };
    // One block of ids: the delivery, its event, its lines.
    auto ids = core::allocateRowId(m_db, 2 + draft.lines.size());
    if (!ids)
        return ids.error();
    qint64 id = draft.id;
    if (id == 0) {
        auto number = nextNumber(draft.date.year());
        if (!number)
            return number.error();
        id = *ids;
        QVariantList values { id, *number };
        values += header;
        values += QVariantList { deliveryOriginCode(draft.origin), m_clock.nowMs(), core::sessionOperator(m_db) };
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO delivery(id, number, recipient_id, comune_id, recipient_kind, request_id, "
                               "allocation_id, location_id, "
                               "delivery_date, delivery_time, vehicle, driver, organisation, transport_reason, "
                               "packages, notes, status, origin, "
                               "created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                               "'planned', ?, ?, ?)"),
                values);
            !q)
            return q.error();
        if (auto s = event(id, QStringLiteral("planned"), {}, *ids + 1); !s)
            return s.error();
    } else {
        auto existing = core::runQuery(
            m_db, QStringLiteral("SELECT number, status, coalesce(request_id, 0) FROM delivery WHERE id = ?"), { id });
        if (!existing)
            return existing.error();
        if (!existing->next())
            return Error(QStringLiteral("deliveries.unknown_delivery"), { QString::number(id) });
        const QString number = existing->value(0).toString();
        const QString status = existing->value(1).toString();
        const qint64 previousRequest = existing->value(2).toLongLong();
        if (status != QLatin1String("planned"))
            return Error(QStringLiteral("deliveries.not_editable"), { number, status });
        QVariantList values = header;
        values.append(id);
        if (auto q = core::runQuery(m_db,
                QStringLiteral(
                    "UPDATE delivery SET recipient_id = ?, comune_id = ?, recipient_kind = ?, request_id = ?, "
                    "allocation_id = ?, "
                    "location_id = ?, delivery_date = ?, delivery_time = ?, vehicle = ?, driver = ?, organisation = ?, "
                    "transport_reason = ?, packages = ?, notes = ? WHERE id = ?"),
                values);
            !q)
            return q.error();
        if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM delivery_line WHERE delivery_id = ?"), { id });
            !q)
            return q.error();
        if (auto s = event(id, QStringLiteral("edited"), {}, *ids + 1); !s)
            return s.error();
        if (previousRequest && previousRequest != draft.requestId)
            if (auto s = syncRequest(previousRequest); !s)
                return s.error();
    }
    if (auto s = writeLines(id, draft.lines, false, *ids + 2); !s)
        return s.error();
    if (draft.requestId)
        if (auto s = syncRequest(draft.requestId); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Status DeliveryService::load(qint64 deliveryId)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto d = DeliveryRepository(m_db).delivery(deliveryId, false);
    if (!d)
        return d.error();
    if (auto s = loadInTransaction(*d); !s)
        return s;
    if (d->requestId)
        if (auto s = syncRequest(d->requestId); !s)
            return s;
    return tx.commit();
}

Status DeliveryService::loadInTransaction(const Delivery &d)
{
    if (d.status != DeliveryStatus::Planned)
        return stateError("deliveries.not_planned", d);
    const QDate issueDate = std::min(d.date, m_clock.today());
    stock::StockService stock(m_db, m_clock);
    const QString reason = tr("Delivery note %1 to %2").arg(d.number, d.recipient.name);
    for (const DeliveryLine &line : d.lines) {
        stock::IssueRequest request;
        request.date = issueDate;
        request.locationId = d.locationId;
        request.reason = reason;
        request.reference = { stockReferenceType(), d.id, line.id };
        QList<stock::IssuedLot> lots;
        if (line.itemId) {
            request.itemId = line.itemId;
            request.quantity = line.quantity;
            auto issued = stock.issue(request);
            if (!issued)
                return issued.error();
            lots = issued->lots;
        } else {
            // Whole pieces without going over, then the rest (under one piece).
            request.categoryId = line.categoryId;
            request.quantity = line.quantity;
            request.rounding = stock::PieceRounding::Down;
            auto issued = stock.issue(request);
            if (!issued)
                return issued.error();
            lots = issued->lots;
            if (issued->unfilledGrams > 0) {
                request.quantity = issued->unfilledGrams;
                request.rounding = stock::PieceRounding::Up;
                auto rest = stock.issue(request);
                if (!rest)
                    return rest.error();
                lots += rest->lots;
            }
        }
        core::Grams grams = 0;
        qint64 pieces = 0;
        QHash<qint64, qint64> piecesByItem;
        auto lotIds = core::allocateRowId(m_db, lots.size());
        if (!lotIds)
            return lotIds.error();
        qint64 lotRowId = *lotIds;
        for (const stock::IssuedLot &lot : lots) {
            auto i = item(lot.itemId);
            if (!i)
                return i.error();
            grams += lot.grams;
            if (i->unit == stock::Unit::Pieces) {
                pieces += lot.quantity;
                piecesByItem[lot.itemId] += lot.quantity;
            }
            if (auto q = core::runQuery(m_db,
                    QStringLiteral("INSERT INTO delivery_line_lot(id, delivery_id, line_id, kind, movement_id, lot_id, "
                                   "item_id, quantity, grams) "
                                   "VALUES (?, ?, ?, 'issue', ?, ?, ?, ?, ?)"),
                    { lotRowId++, d.id, line.id, lot.movementId, lot.lotId, lot.itemId, lot.quantity, lot.grams });
                !q)
                return q.error();
        }
        int packages = line.packages;
        if (packages == 0) // an estimate from the packaging of what was picked
            for (auto it = piecesByItem.constBegin(); it != piecesByItem.constEnd(); ++it)
                if (auto i = item(it.key()); i && i->piecesPerPackage > 0)
                    packages += int((it.value() + i->piecesPerPackage - 1) / i->piecesPerPackage);
        if (auto q = core::runQuery(m_db,
                QStringLiteral("UPDATE delivery_line SET grams = ?, pieces = ?, packages = ? WHERE id = ?"),
                { grams, pieces, packages, line.id });
            !q)
            return q.error();
    }
    if (auto q
        = core::runQuery(m_db, QStringLiteral("UPDATE delivery SET status = 'loaded', issued_on = ? WHERE id = ?"),
            { core::toSqlDate(issueDate), d.id });
        !q)
        return q.error();
    return event(d.id, QStringLiteral("loaded"));
}

Status DeliveryService::deliver(qint64 deliveryId, const QString &signedBy, const QDateTime &at)
{
    if (signedBy.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_signature"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto d = DeliveryRepository(m_db).delivery(deliveryId, false);
    if (!d)
        return d.error();
    if (d->status == DeliveryStatus::Planned) {
        if (auto s = loadInTransaction(*d); !s)
            return s;
    } else if (d->status != DeliveryStatus::Loaded) {
        return stateError("deliveries.not_loaded", *d);
    }
    const QDateTime when = at.isValid() ? at : m_clock.now();
    if (auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE delivery SET status = 'delivered', signed_by = ?, delivered_at = ? WHERE id = ?"),
            { signedBy.trimmed(), when.toMSecsSinceEpoch(), deliveryId });
        !q)
        return q.error();
    if (auto s = event(deliveryId, QStringLiteral("delivered"), signedBy.trimmed()); !s)
        return s;
    if (d->requestId)
        if (auto s = syncRequest(d->requestId); !s)
            return s;
    return tx.commit();
}

Status DeliveryService::returnDelivery(qint64 deliveryId, const QDate &date, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto d = DeliveryRepository(m_db).delivery(deliveryId, false);
    if (!d)
        return d.error();
    if (d->status != DeliveryStatus::Loaded && d->status != DeliveryStatus::Delivered)
        return stateError("deliveries.not_returnable", *d);
    if (isPast(d->origin))
        return Error(QStringLiteral("deliveries.history_no_return"), { d->number });
    const QDate returnDate = date.isValid() ? date : m_clock.today();
    if (d->issuedOn.isValid() && returnDate < d->issuedOn)
        return Error(QStringLiteral("deliveries.return_before_issue"),
            { core::toSqlDate(returnDate), core::toSqlDate(d->issuedOn) });
    stock::StockService stock(m_db, m_clock);
    for (const DeliveryLine &line : d->lines) {
        QHash<qint64, qint64> net; // item -> issued minus returned
        QList<qint64> items;
        for (const LineLot &lot : line.lots) {
            if (!items.contains(lot.itemId))
                items.append(lot.itemId);
            net[lot.itemId] += lot.isReturn ? -lot.quantity : lot.quantity;
        }
        for (qint64 itemId : items) {
            if (net.value(itemId) <= 0)
                continue;
            stock::ReturnRequest request;
            request.reference = { stockReferenceType(), d->id, line.id };
            request.itemId = itemId;
            request.quantity = net.value(itemId);
            request.date = returnDate;
            request.reason = reason.trimmed();
            auto back = stock.returnToStock(request);
            if (!back)
                return back.error();
            auto ids = core::allocateRowId(m_db, back->lots.size());
            if (!ids)
                return ids.error();
            qint64 rowId = *ids;
            for (const stock::IssuedLot &lot : back->lots)
                if (auto q = core::runQuery(m_db,
                        QStringLiteral("INSERT INTO delivery_line_lot(id, delivery_id, line_id, kind, movement_id, "
                                       "lot_id, item_id, quantity, grams) "
                                       "VALUES (?, ?, ?, 'return', ?, ?, ?, ?, ?)"),
                        { rowId++, d->id, line.id, lot.movementId, lot.lotId, lot.itemId, lot.quantity, lot.grams });
                    !q)
                    return q.error();
        }
    }
    if (auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE delivery SET status = 'returned', returned_on = ?, status_reason = ? WHERE id = ?"),
            { core::toSqlDate(returnDate), reason.trimmed(), deliveryId });
        !q)
        return q.error();
    if (auto s = event(deliveryId, QStringLiteral("returned"), reason.trimmed()); !s)
        return s;
    if (d->requestId)
        if (auto s = syncRequest(d->requestId); !s)
            return s;
    return tx.commit();
}

Status DeliveryService::cancel(qint64 deliveryId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto d = DeliveryRepository(m_db).delivery(deliveryId, false);
    if (!d)
        return d.error();
    if (d->status != DeliveryStatus::Planned)
        return stateError("deliveries.not_planned", *d);
    if (auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE delivery SET status = 'cancelled', status_reason = ? WHERE id = ?"),
            { reason.trimmed(), deliveryId });
        !q)
        return q.error();
    if (auto s = event(deliveryId, QStringLiteral("cancelled"), reason.trimmed()); !s)
        return s;
    if (d->requestId)
        if (auto s = syncRequest(d->requestId); !s)
            return s;
    return tx.commit();
}

Result<qint64> DeliveryService::replan(qint64 deliveryId)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto d = DeliveryRepository(m_db).delivery(deliveryId, false);
    if (!d)
        return d.error();
    if (d->status != DeliveryStatus::Cancelled && d->status != DeliveryStatus::Returned)
        return stateError("deliveries.not_replannable", *d);
    if (d->requestId) {
        auto q = core::runQuery(m_db,
            QStringLiteral("SELECT number, status, (SELECT count(*) FROM delivery WHERE request_id = r.id AND status "
                           "NOT IN ('cancelled', 'returned')) FROM delivery_request r WHERE id = ?"),
            { d->requestId });
        if (!q)
            return q.error();
        if (q->next()) {
            const QString status = q->value(1).toString();
            if (status == QLatin1String("cancelled") || status == QLatin1String("delivered"))
                return Error(QStringLiteral("deliveries.request_closed"), { q->value(0).toString(), status });
            if (q->value(2).toInt() > 0)
                return Error(QStringLiteral("deliveries.request_has_deliveries"), { q->value(0).toString() });
        }
    }
    DeliveryDraft draft = draftFrom(*d);
    draft.id = 0;
    if (isPast(draft.origin))
        draft.origin = DeliveryOrigin::Manual;
    auto id = save(draft);
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

Result<qint64> DeliveryService::recordPast(const DeliveryDraft &draft, const QString &signedBy)
{
    auto recipient = checked(draft);
    if (!recipient)
        return recipient.error();
    QString number = draft.number.trimmed();
    if (number.isEmpty()) {
        auto next = nextPastNumber(draft.date.year());
        if (!next)
            return next.error();
        number = *next;
    } else {
        auto used
            = core::queryValue(m_db, QStringLiteral("SELECT count(*) FROM delivery WHERE number = ?"), { number });
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return Error(QStringLiteral("deliveries.duplicate_number"), { number });
    }
    auto id = core::allocateRowId(m_db, 2 + draft.lines.size());
    if (!id)
        return id.error();
    const QDateTime deliveredAt(draft.date, draft.time.isValid() ? draft.time : QTime(12, 0));
    if (auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO delivery(id, number, recipient_id, comune_id, recipient_kind, location_id, "
                           "delivery_date, delivery_time, "
                           "vehicle, driver, organisation, transport_reason, packages, notes, status, origin, "
                           "delivered_at, signed_by, created_at, "
                           "operator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'delivered', ?, ?, ?, ?, ?)"),
            { *id, number, draft.recipientId, recipient->comuneId, recipientKindCode(recipient->kind),
                draft.locationId ? draft.locationId : stock::idroscaloLocationId, core::toSqlDate(draft.date),
                draft.time.isValid() ? draft.time.toString(QStringLiteral("HH:mm")) : QString(),
                draft.vehicle.trimmed(), draft.driver.trimmed(), draft.organisation.trimmed(),
                transportReasonCode(draft.reason), draft.packages, draft.notes.trimmed(),
                deliveryOriginCode(draft.origin), deliveredAt.toMSecsSinceEpoch(), signedBy.trimmed(), m_clock.nowMs(),
                core::sessionOperator(m_db) });
        !q)
        return q.error();
    if (auto s = event(*id, QStringLiteral("recorded"), {}, *id + 1); !s)
        return s.error();
    if (auto s = writeLines(*id, draft.lines, true, *id + 2); !s)
        return s.error();
    return *id;
}

Status DeliveryService::event(qint64 deliveryId, const QString &event, const QString &note, qint64 id)
{
    if (id == 0) {
        auto newId = core::allocateRowId(m_db);
        if (!newId)
            return newId.error();
        id = *newId;
    }
    auto q = core::runQuery(m_db,
        QStringLiteral("INSERT INTO delivery_event(id, delivery_id, event, happened_at, note, operator) VALUES (?, ?, "
                       "?, ?, ?, ?)"),
        { id, deliveryId, event, m_clock.nowMs(), note, core::sessionOperator(m_db) });
    if (!q)
        return q.error();
    return {};
}

Status DeliveryService::syncRequest(qint64 requestId)
{
    return RequestStatusWriter(m_db).followDeliveries(requestId);
}

} // namespace deliveries
