#include "deliveries/domain/allocationservice.h"

#include "core/db/connectionstate.h"
#include "core/db/idallocator.h"
#include "core/db/sql.h"
#include "core/db/transaction.h"
#include "core/domain/dates.h"
#include "deliveries/domain/deliveryservice.h"
#include "deliveries/domain/requestservice.h"
#include "deliveries/domain/requeststatus.h"
#include "stock/domain/stockservice.h"

#include <QMap>
#include <QSet>

#include <algorithm>

namespace deliveries {

using core::Error;
using core::Result;
using core::Status;

qint64 AllocationPoolPlan::allocated() const
{
    qint64 total = 0;
    for (const AllocationLinePlan &l : lines)
        total += l.allocated;
    return total;
}

AllocationService::AllocationService(const QSqlDatabase &db, const core::Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<QList<qint64>> AllocationService::waitingRequests(const QDate &date) const
{
    auto q = core::runQuery(m_db,
        QStringLiteral("SELECT id FROM delivery_request WHERE status = 'received' AND requested_on <= ? ORDER BY "
                       "requested_on, number"),
        { core::toSqlDate(date) });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids.append(q->value(0).toLongLong());
    return ids;
}

Status AllocationService::share(AllocationPoolPlan &pool, Weighting weighting)
{
    QList<AllocationClaim> claims;
    pool.requested = 0;
    for (AllocationLinePlan &l : pool.lines) {
        l.weight = weighting == Weighting::Population ? l.population : l.requested;
        claims.append({ l.requestNumber, l.requested, l.population });
    }
    auto outcome = EquitableAllocation::allocate(claims, pool.available, weighting);
    if (!outcome)
        return outcome.error();
    pool.requested = outcome->requested; // summed without overflow there
    pool.outcome = *outcome;
    for (int i = 0; i < pool.lines.size(); ++i) {
        pool.lines[i].share = outcome->shares.at(i);
        pool.lines[i].allocated = outcome->shares.at(i).allocated;
        pool.lines[i].overrideReason.clear();
    }
    return {};
}

Status AllocationService::override(AllocationPoolPlan &pool, int line, qint64 units, const QString &reason)
{
    if (line < 0 || line >= pool.lines.size())
        return Error(QStringLiteral("deliveries.unknown_request"), { QString::number(line) });
    AllocationLinePlan &l = pool.lines[line];
    if (units < 0)
        return Error(QStringLiteral("deliveries.override_negative"));
    if (units > l.requested)
        return Error(
            QStringLiteral("deliveries.override_above_request"), { l.requestNumber, QString::number(l.requested) });
    if (units == l.share.allocated) {
        l.allocated = units;
        l.overrideReason.clear();
        return {};
    }
    if (reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    const qint64 total = pool.allocated() - l.allocated + units;
    if (total > pool.available)
        return Error(QStringLiteral("deliveries.over_available"),
            { pool.label, QString::number(total), QString::number(pool.available) });
    l.allocated = units;
    l.overrideReason = reason.trimmed();
    return {};
}

Result<AllocationPlan> AllocationService::plan(const AllocationSetup &setup)
{
    AllocationPlan plan;
    plan.date = setup.date.isValid() ? setup.date : m_clock.today();
    plan.weighting = setup.weighting;
    plan.unmet = setup.unmet;
    if (setup.requestIds.isEmpty()) {
        auto waiting = waitingRequests(plan.date);
        if (!waiting)
            return waiting.error();
        plan.requestIds = *waiting;
    } else {
        plan.requestIds = setup.requestIds;
    }
    if (plan.requestIds.isEmpty())
        return Error(QStringLiteral("deliveries.no_waiting_requests"));

    // The request lines, grouped by kind of goods.
    QMap<QString, AllocationPoolPlan> pools; // key order: categories, then items
    for (qint64 requestId : plan.requestIds) {
        auto q = core::runQuery(m_db,
            QStringLiteral(
                "SELECT r.id, l.id, r.number, r.requested_on, r.status, p.id, p.name, p.kind, c.id, c.name, "
                "c.istat_code, "
                "coalesce(m.population, c.population, 0), coalesce(l.category_id, 0), coalesce(l.item_id, 0), "
                "l.quantity, "
                "coalesce(i.name, g.name), coalesce(ig.kind, g.kind), coalesce(i.unit, 'g'), coalesce(i.category_id, "
                "l.category_id) "
                "FROM delivery_request r JOIN delivery_request_line l ON l.request_id = r.id "
                "JOIN delivery_recipient p ON p.id = r.recipient_id JOIN comune c ON c.id = p.comune_id "
                "LEFT JOIN comune_cmm m ON m.comune_id = c.id LEFT JOIN goods_category g ON g.id = l.category_id "
                "LEFT JOIN stock_item i ON i.id = l.item_id LEFT JOIN goods_category ig ON ig.id = i.category_id "
                "WHERE r.id = ? ORDER BY l.id"),
            { requestId });
        if (!q)
            return q.error();
        bool found = false;
        while (q->next()) {
            found = true;
            if (q->value(4).toString() != QLatin1String("received"))
                return Error(QStringLiteral("deliveries.request_not_waiting"), { q->value(2).toString() });
            const qint64 categoryId = q->value(12).toLongLong();
            const qint64 itemId = q->value(13).toLongLong();
            const bool byPiece = itemId && q->value(17).toString() == QLatin1String("pcs");
            const QString key = itemId ? QStringLiteral("i%1").arg(itemId, 12, 10, QLatin1Char('0'))
                                       : QStringLiteral("c%1").arg(categoryId, 6, 10, QLatin1Char('0'));
            AllocationPoolPlan &pool = pools[key];
            if (pool.lines.isEmpty()) {
                pool.categoryId = itemId ? 0 : categoryId;
                pool.itemId = itemId;
                pool.label = q->value(15).toString();
                pool.categoryKind = q->value(16).toString();
                pool.byPiece = byPiece;
                pool.unit = byPiece ? 1 : core::gramsPerKg;
            }
            AllocationLinePlan line;
            line.requestId = q->value(0).toLongLong();
            line.requestLineId = q->value(1).toLongLong();
            line.requestNumber = q->value(2).toString();
            line.requestedOn = core::fromSqlDate(q->value(3).toString());
            line.recipientId = q->value(5).toLongLong();
            line.recipientName = q->value(6).toString();
            recipientKindFromCode(q->value(7).toString(), &line.recipientKind);
            line.comuneId = q->value(8).toInt();
            line.comuneName = q->value(9).toString();
            line.istatCode = q->value(10).toString();
            line.population = std::max<qint64>(1, q->value(11).toLongLong());
            line.requested = q->value(14).toLongLong() / pool.unit;
            pool.lines.append(line);
        }
        if (!found)
            return Error(QStringLiteral("deliveries.unknown_request"), { QString::number(requestId) });
    }

    // What each pool can share: usable stock at the default warehouse on the
    // day, minus what is already promised.
    stock::StockService stock(m_db, m_clock);
    auto location = stock.ledger().defaultLocationId();
    if (!location)
        return location.error();
    for (auto it = pools.begin(); it != pools.end(); ++it) {
        AllocationPoolPlan &pool = it.value();
        std::sort(pool.lines.begin(), pool.lines.end(), [](const AllocationLinePlan &a, const AllocationLinePlan &b) {
            const int byName = QString::localeAwareCompare(a.comuneName, b.comuneName);
            return byName != 0 ? byName < 0 : a.requestNumber < b.requestNumber;
        });
        auto inStock = stock.available({ pool.itemId, pool.categoryId, *location, plan.date });
        if (!inStock)
            return inStock.error();
        pool.inStock = *inStock / pool.unit;
        // Promised: planned deliveries not yet loaded, and allocations whose
        // requests have no delivery yet.
        const QString planned = pool.itemId
            ? QStringLiteral(
                "SELECT coalesce(sum(l.quantity), 0) FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id "
                "WHERE d.status = 'planned' AND l.item_id = ?")
            : QStringLiteral(
                "SELECT coalesce(sum(l.grams), 0) FROM delivery_line l JOIN delivery d ON d.id = l.delivery_id "
                "WHERE d.status = 'planned' AND l.category_id = ?");
        const QString pending = pool.itemId
            ? QStringLiteral("SELECT coalesce(sum(a.allocated), 0) FROM delivery_allocation_line a "
                             "JOIN delivery_request_line l ON l.id = a.request_line_id JOIN delivery_request r ON r.id "
                             "= l.request_id "
                             "WHERE r.status = 'allocated' AND l.item_id = ?")
            : QStringLiteral(
                "SELECT coalesce(sum(CASE WHEN l.item_id IS NULL THEN a.allocated ELSE a.allocated * "
                "coalesce((SELECT CASE WHEN i.unit = 'g' THEN 1 ELSE i.grams_per_piece END FROM stock_item i "
                "WHERE i.id = l.item_id), 0) END), 0) "
                "FROM delivery_allocation_line a JOIN delivery_request_line l ON l.id = a.request_line_id "
                "JOIN delivery_request r ON r.id = l.request_id "
                "WHERE r.status = 'allocated' AND coalesce(l.category_id, (SELECT category_id FROM stock_item "
                "WHERE id = l.item_id)) = ?");
        const QVariant poolId = pool.itemId ? QVariant(pool.itemId) : QVariant(pool.categoryId);
        auto promised = core::queryValue(m_db, planned, { poolId });
        auto allocated = core::queryValue(m_db, pending, { poolId });
        if (!promised)
            return promised.error();
        if (!allocated)
            return allocated.error();
        const qint64 reserved = promised->toLongLong() + allocated->toLongLong();
        pool.reserved = (reserved + pool.unit - 1) / pool.unit;
        pool.available = setup.available.contains(pool.key()) ? setup.available.value(pool.key())
                                                              : std::max<qint64>(0, pool.inStock - pool.reserved);
        if (auto s = share(pool, plan.weighting); !s)
            return s.error();
        plan.pools.append(pool);
    }
    return plan;
}

Result<qint64> AllocationService::confirm(const AllocationPlan &plan, const QString &notes, const QString &closedReason)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    for (const AllocationPoolPlan &pool : plan.pools) {
        if (pool.allocated() > pool.available)
            return Error(QStringLiteral("deliveries.over_available"),
                { pool.label, QString::number(pool.allocated()), QString::number(pool.available) });
        for (const AllocationLinePlan &l : pool.lines) {
            if (l.allocated < 0 || l.allocated > l.requested)
                return Error(QStringLiteral("deliveries.override_above_request"),
                    { l.requestNumber, QString::number(l.requested) });
            if (l.isOverridden() && l.overrideReason.trimmed().isEmpty())
                return Error(QStringLiteral("deliveries.missing_reason"));
        }
    }
    for (qint64 requestId : plan.requestIds) {
        auto status = core::queryValue(
            m_db, QStringLiteral("SELECT status, number FROM delivery_request WHERE id = ?"), { requestId });
        if (!status)
            return status.error();
        if (status->toString() != QLatin1String("received")) {
            auto number = core::queryValue(
                m_db, QStringLiteral("SELECT number FROM delivery_request WHERE id = ?"), { requestId });
            return Error(QStringLiteral("deliveries.request_not_waiting"), { number ? number->toString() : QString() });
        }
    }
    const QString op = core::sessionOperator(m_db);
    const qint64 now = m_clock.nowMs();
    auto allocationId = core::allocateRowId(m_db);
    if (!allocationId)
        return allocationId.error();
    if (auto q = core::runQuery(m_db,
            QStringLiteral("INSERT INTO delivery_allocation(id, allocated_on, weighting, unmet, notes, created_at, "
                           "operator) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { *allocationId, core::toSqlDate(plan.date), weightingCode(plan.weighting), unmetPolicyCode(plan.unmet),
                notes.trimmed(), now, op });
        !q)
        return q.error();

    QHash<qint64, qint64> givenByRequest; // request -> units given (any pool)
    QHash<qint64, QList<RequestLine>> unmetByRequest; // request -> the rest, as request lines
    for (const AllocationPoolPlan &pool : plan.pools) {
        auto poolId = core::allocateRowId(m_db, 1 + pool.lines.size());
        if (!poolId)
            return poolId.error();
        if (auto q = core::runQuery(m_db,
                QStringLiteral("INSERT INTO delivery_allocation_pool(id, allocation_id, category_id, item_id, unit, "
                               "in_stock, available, requested, "
                               "allocated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                { *poolId, *allocationId, pool.itemId ? QVariant() : QVariant(pool.categoryId),
                    pool.itemId ? QVariant(pool.itemId) : QVariant(), pool.unit, pool.inStock * pool.unit,
                    pool.available * pool.unit, pool.requested * pool.unit, pool.allocated() * pool.unit });
            !q)
            return q.error();
        qint64 lineId = *poolId;
        for (const AllocationLinePlan &l : pool.lines) {
            ++lineId;
            if (auto q = core::runQuery(m_db,
                    QStringLiteral(
                        "INSERT INTO delivery_allocation_line(id, allocation_id, pool_id, request_line_id, requested, "
                        "weight, exact_share, "
                        "computed, allocated, reason, override_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                    { lineId, *allocationId, *poolId, l.requestLineId, l.requested * pool.unit,
                        std::max<qint64>(1, l.weight), l.share.exactShare * double(pool.unit),
                        l.share.allocated * pool.unit, l.allocated * pool.unit, shareReasonCode(l.share.reason),
                        l.isOverridden() ? l.overrideReason.trimmed() : QString() });
                !q)
                return q.error();
            if (l.isOverridden()) {
                auto overrideId = core::allocateRowId(m_db);
                if (!overrideId)
                    return overrideId.error();
                if (auto q = core::runQuery(m_db,
                        QStringLiteral("INSERT INTO delivery_allocation_override(id, allocation_line_id, "
                                       "from_quantity, to_quantity, reason, "
                                       "created_at, operator) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        { *overrideId, lineId, l.share.allocated * pool.unit, l.allocated * pool.unit,
                            l.overrideReason.trimmed(), now, op });
                    !q)
                    return q.error();
            }
            givenByRequest[l.requestId] += l.allocated;
            if (l.allocated < l.requested) {
                RequestLine rest;
                rest.categoryId = pool.categoryId;
                rest.itemId = pool.itemId;
                rest.quantity = (l.requested - l.allocated) * pool.unit;
                unmetByRequest[l.requestId].append(rest);
            }
        }
    }

    RequestService requests(m_db, m_clock);
    const RequestStatusWriter statuses(m_db);
    for (qint64 requestId : plan.requestIds) {
        const bool given = givenByRequest.value(requestId) > 0;
        if (given) {
            if (auto s = statuses.allocate(requestId); !s)
                return s.error();
            if (plan.unmet == UnmetPolicy::CarryOver && unmetByRequest.contains(requestId)) {
                auto original = requests.request(requestId);
                if (!original)
                    return original.error();
                RequestDraft rest;
                rest.recipientId = original->recipientId;
                rest.requestedOn = original->requestedOn; // keeps its place in the queue
                rest.neededBy = original->neededBy;
                rest.notes = original->notes;
                rest.lines = unmetByRequest.value(requestId);
                if (auto id = requests.insert(rest, QStringLiteral("carry_over"), requestId); !id)
                    return id.error();
            }
        } else if (plan.unmet == UnmetPolicy::Close) {
            if (auto s = statuses.cancel(
                    requestId, closedReason.trimmed().isEmpty() ? QStringLiteral("-") : closedReason);
                !s)
                return s.error();
        } // carried over whole: the request simply keeps waiting
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return *allocationId;
}

Result<QList<qint64>> AllocationService::createDeliveries(
    qint64 allocationId, const DeliveryDefaults &defaults, const std::function<void(DeliveryDraft &, int)> &adjust)
{
    core::Transaction tx(m_db);
    if (!tx)
        return tx.error();
    auto exists = core::queryValue(
        m_db, QStringLiteral("SELECT count(*) FROM delivery_allocation WHERE id = ?"), { allocationId });
    if (!exists)
        return exists.error();
    if (exists->toInt() == 0)
        return Error(QStringLiteral("deliveries.unknown_allocation"), { QString::number(allocationId) });
    auto q = core::runQuery(m_db,
        QStringLiteral(
            "SELECT r.id, r.recipient_id, l.id, coalesce(l.category_id, 0), coalesce(l.item_id, 0), a.allocated "
            "FROM delivery_allocation_line a JOIN delivery_request_line l ON l.id = a.request_line_id "
            "JOIN delivery_request r ON r.id = l.request_id "
            "WHERE a.allocation_id = ? AND a.allocated > 0 AND r.status = 'allocated' "
            "AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.request_id = r.id AND d.status NOT IN ('cancelled', "
            "'returned')) "
            "ORDER BY r.number, l.id"),
        { allocationId });
    if (!q)
        return q.error();
    QList<DeliveryDraft> drafts;
    while (q->next()) {
        const qint64 requestId = q->value(0).toLongLong();
        if (drafts.isEmpty() || drafts.constLast().requestId != requestId) {
            DeliveryDraft draft;
            draft.requestId = requestId;
            draft.allocationId = allocationId;
            draft.recipientId = q->value(1).toLongLong();
            draft.date = defaults.date.isValid() ? defaults.date : m_clock.today();
            draft.time = defaults.time;
            draft.vehicle = defaults.vehicle;
            draft.driver = defaults.driver;
            draft.organisation = defaults.organisation;
            draft.reason = defaults.reason;
            draft.origin = DeliveryOrigin::Allocation;
            drafts.append(draft);
        }
        DeliveryLine line;
        line.requestLineId = q->value(2).toLongLong();
        line.categoryId = q->value(3).toLongLong();
        line.itemId = q->value(4).toLongLong();
        line.quantity = q->value(5).toLongLong();
        drafts.last().lines.append(line);
    }
    DeliveryService service(m_db, m_clock);
    QList<qint64> ids;
    for (int i = 0; i < drafts.size(); ++i) {
        DeliveryDraft &draft = drafts[i];
        if (adjust)
            adjust(draft, i);
        auto id = service.save(draft);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return ids;
}

} // namespace deliveries
