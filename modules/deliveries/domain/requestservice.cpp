#include "deliveries/domain/requestservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/numberfloor.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "deliveries/domain/recipientrepository.h"
#include "deliveries/domain/requeststatus.h"

#include <QSet>

namespace deliveries {

using core::Error;
using core::Result;

Result<QString> nextDocumentNumber(const QSqlDatabase &db, const QString &table, int year, const QString &prefix)
{
    // table is one of this module's own names, never user text.
    const int workstation = core::sessionWorkstation(db);
    QString head = QStringLiteral("%1/%2").arg(year).arg(prefix);
    if (workstation != 1)
        head += QString::number(workstation);
    if (!prefix.isEmpty() || workstation != 1)
        head += QLatin1Char('-');
    // The series' highest value is the last entry of its range in the
    // series index (migration 0015): O(log n), not a max() over the year.
    // The expressions must be written exactly as in the index.
    auto v = core::queryValue(db,
        QStringLiteral("SELECT CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) FROM %1 "
                       "WHERE rtrim(number, '0123456789') = ? "
                       "ORDER BY CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER) DESC LIMIT 1")
            .arg(table),
        { head });
    if (!v)
        return v.error();
    // Past the numbers already handed out before a restore (numberfloor.h).
    const qint64 last = std::max(v->toLongLong(), core::numberFloor(db, table, head));
    return head + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

RequestService::RequestService(const QSqlDatabase &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QString> RequestService::nextNumber(int year) const
{
    return nextDocumentNumber(m_db, QStringLiteral("delivery_request"), year, QStringLiteral("R"));
}

core::Status RequestService::validate(const RequestDraft &draft, qint64 requestId) const
{
    if (draft.recipientId <= 0)
        return Error(QStringLiteral("deliveries.recipient_missing"));
    auto recipient = RecipientRepository(m_db).recipient(draft.recipientId);
    if (!recipient)
        return recipient.error();
    if (!recipient->active)
        return Error(QStringLiteral("deliveries.inactive_recipient"), { recipient->name });
    if (!draft.requestedOn.isValid())
        return Error(QStringLiteral("deliveries.bad_date"));
    if (draft.requestedOn > m_clock.today())
        return Error(QStringLiteral("deliveries.future_date"), { core::toSqlDate(draft.requestedOn) });
    if (draft.neededBy.isValid() && draft.neededBy < draft.requestedOn)
        return Error(QStringLiteral("deliveries.needed_before_request"));
    if (draft.lines.isEmpty())
        return Error(QStringLiteral("deliveries.no_lines"));
    if (!draft.externalRef.trimmed().isEmpty()) {
        auto used
            = core::queryValue(m_db,
                QStringLiteral("SELECT count(*) FROM delivery_request WHERE external_ref = ? AND id <> ?"),
                { draft.externalRef.trimmed(), requestId });
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return Error(QStringLiteral("deliveries.duplicate_external_ref"), { draft.externalRef.trimmed() });
    }
    QSet<QString> seen;
    for (const RequestLine &l : draft.lines) {
        QString label;
        if (l.itemId) {
            auto q = core::runQuery(
                m_db, QStringLiteral("SELECT name, unit, active FROM stock_item WHERE id = ?"), { l.itemId });
            if (!q)
                return q.error();
            if (!q->next())
                return Error(QStringLiteral("deliveries.unknown_item"), { QString::number(l.itemId) });
            label = q->value(0).toString();
            if (!q->value(2).toBool())
                return Error(QStringLiteral("deliveries.inactive_item"), { label });
            if (q->value(1).toString() == QLatin1String("g") && l.quantity % core::gramsPerKg != 0)
                return Error(QStringLiteral("deliveries.whole_kg"), { label });
        } else {
            auto name = core::queryValue(
                m_db, QStringLiteral("SELECT name FROM goods_category WHERE id = ?"), { l.categoryId });
            if (!name)
                return name.error();
            if (!name->isValid())
                return Error(QStringLiteral("deliveries.unknown_category"), { QString::number(l.categoryId) });
            label = name->toString();
            if (l.quantity % core::gramsPerKg != 0)
                return Error(QStringLiteral("deliveries.whole_kg"), { label });
        }
        if (l.quantity <= 0)
            return Error(QStringLiteral("deliveries.bad_quantity"), { QString::number(l.quantity) });
        const QString key = l.itemId ? QStringLiteral("i%1").arg(l.itemId) : QStringLiteral("c%1").arg(l.categoryId);
        if (seen.contains(key))
            return Error(QStringLiteral("deliveries.duplicate_line"), { label });
        seen.insert(key);
    }
    return {};
}

Result<qint64> RequestService::insert(const RequestDraft &draft, const QString &source, qint64 carriedFromId)
{
    auto number = nextNumber(draft.requestedOn.year());
    if (!number)
        return number.error();
    auto id = core::allocateRowId(m_db, 1 + draft.lines.size());
    if (!id)
        return id.error();
    if (auto q = core::runQuery(m_db,
            QStringLiteral(
                "INSERT INTO delivery_request(id, number, recipient_id, requested_on, needed_by, status, source, "
                "external_ref, "
                "carried_from_id, notes, created_at, operator) VALUES (?, ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?)"),
            { *id, *number, draft.recipientId, core::toSqlDate(draft.requestedOn),
                draft.neededBy.isValid() ? QVariant(core::toSqlDate(draft.neededBy)) : QVariant(), source,
                draft.externalRef.trimmed(), carriedFromId ? QVariant(carriedFromId) : QVariant(),
                draft.notes.trimmed(), m_clock.nowMs(), core::sessionOperator(m_db) });
        !q)
        return q.error();
    qint64 lineId = *id;
    for (const RequestLine &l : draft.lines) {
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO delivery_request_line(id, request_id, category_id, item_id, quantity) "
                               "VALUES (?, ?, ?, ?, ?)"),
                { ++lineId, *id, l.itemId ? QVariant() : QVariant(l.categoryId),
                    l.itemId ? QVariant(l.itemId) : QVariant(), l.quantity });
            !q)
            return q.error();
    }
    return *id;
}

Result<qint64> RequestService::create(const RequestDraft &draft)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    if (auto s = validate(draft); !s)
        return s.error();
    auto id = insert(draft, QStringLiteral("manual"));
    if (!id)
        return id;
    if (auto s = tx.commit(); !s)
        return s.error();
    return id;
}

core::Status RequestService::edit(qint64 requestId, const RequestDraft &draft)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto r = request(requestId);
    if (!r)
        return r.error();
    if (r->status != RequestStatus::Received)
        return Error(QStringLiteral("deliveries.request_not_editable"), { r->number, requestStatusCode(r->status) });
    if (auto s = validate(draft, requestId); !s)
        return s;
    if (auto q = core::runQuery(m_db,
            QStringLiteral("UPDATE delivery_request SET recipient_id = ?, requested_on = ?, needed_by = ?, "
                           "external_ref = ?, notes = ? WHERE id = ?"),
            { draft.recipientId, core::toSqlDate(draft.requestedOn),
                draft.neededBy.isValid() ? QVariant(core::toSqlDate(draft.neededBy)) : QVariant(),
                draft.externalRef.trimmed(), draft.notes.trimmed(), requestId });
        !q)
        return q.error();
    // A received request has no allocation yet: its lines are simply replaced.
    if (auto q = core::runQuery(m_db, QStringLiteral("DELETE FROM delivery_request_line WHERE request_id = ?"), { requestId });
        !q)
        return q.error();
    auto id = core::allocateRowId(m_db, draft.lines.size());
    if (!id)
        return id.error();
    qint64 lineId = *id;
    for (const RequestLine &l : draft.lines) {
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO delivery_request_line(id, request_id, category_id, item_id, quantity) "
                               "VALUES (?, ?, ?, ?, ?)"),
                { lineId++, requestId, l.itemId ? QVariant() : QVariant(l.categoryId),
                    l.itemId ? QVariant(l.itemId) : QVariant(), l.quantity });
            !q)
            return q.error();
    }
    return tx.commit();
}

core::Status RequestService::cancel(qint64 requestId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto r = request(requestId);
    if (!r)
        return r.error();
    if (r->status == RequestStatus::Delivered || r->status == RequestStatus::Cancelled)
        return Error(QStringLiteral("deliveries.request_not_cancellable"), { r->number, requestStatusCode(r->status) });
    auto open = core::queryValue(m_db,
        QStringLiteral(
            "SELECT count(*) FROM delivery WHERE request_id = ? AND status NOT IN ('cancelled', 'returned')"),
        { requestId });
    if (!open)
        return open.error();
    if (open->toInt() > 0)
        return Error(QStringLiteral("deliveries.request_has_deliveries"), { r->number });
    if (auto s = RequestStatusWriter(m_db).cancel(requestId, reason); !s)
        return s;
    return tx.commit();
}

Result<Request> RequestService::request(qint64 requestId) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT r.id, r.number, r.recipient_id, p.name, p.comune_id, r.requested_on, r.needed_by, "
                       "r.status, r.source, "
                       "r.external_ref, r.carried_from_id, r.cancel_reason, r.notes "
                       "FROM delivery_request r JOIN delivery_recipient p ON p.id = r.recipient_id WHERE r.id = ?"),
        { requestId });
    if (!q)
        return q.error();
    if (!q->next())
        return Error(QStringLiteral("deliveries.unknown_request"), { QString::number(requestId) });
    Request r;
    r.id = q->value(0).toLongLong();
    r.number = q->value(1).toString();
    r.recipientId = q->value(2).toLongLong();
    r.recipientName = q->value(3).toString();
    r.comuneId = q->value(4).toInt();
    r.requestedOn = core::fromSqlDate(q->value(5).toString());
    r.neededBy = core::fromSqlDate(q->value(6).toString());
    r.status = requestStatusFromCode(q->value(7).toString());
    r.source = q->value(8).toString();
    r.externalRef = q->value(9).toString();
    r.carriedFromId = q->value(10).toLongLong();
    r.cancelReason = q->value(11).toString();
    r.notes = q->value(12).toString();
    auto lines = core::runQuery(m_db,
        QStringLiteral(
            "SELECT l.id, coalesce(l.category_id, 0), coalesce(l.item_id, 0), l.quantity, coalesce(i.name, c.name), "
            "coalesce(i.unit = 'pcs', 0) FROM delivery_request_line l LEFT JOIN goods_category c ON c.id = "
            "l.category_id "
            "LEFT JOIN stock_item i ON i.id = l.item_id WHERE l.request_id = ? ORDER BY l.id"),
        { requestId });
    if (!lines)
        return lines.error();
    while (lines->next())
        r.lines.append({ lines->value(0).toLongLong(), lines->value(1).toInt(), lines->value(2).toLongLong(),
            lines->value(3).toLongLong(), lines->value(4).toString(), lines->value(5).toBool() });
    return r;
}

} // namespace deliveries
