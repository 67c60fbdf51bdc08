#pragma once

#include "core/domain/clock.h"
#include "core/domain/result.h"
#include "deliveries/domain/deliverytypes.h"
#include "deliveries/domain/equitableallocation.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace deliveries {

struct DeliveryDraft;

// One request line's place in an allocation.
struct AllocationLinePlan {
    qint64 requestId = 0;
    qint64 requestLineId = 0;
    QString requestNumber;
    QDate requestedOn;
    qint64 recipientId = 0;
    QString recipientName;
    RecipientKind recipientKind = RecipientKind::Coc;
    int comuneId = 0;
    QString comuneName;
    QString istatCode;
    qint64 population = 0;
    qint64 requested = 0; // units (kg, or pieces)
    qint64 weight = 0; // what the method weighed: the request or the residents
    ClaimShare share; // the method's result
    qint64 allocated = 0; // units finally given: the share, or an override
    QString overrideReason;

    bool isOverridden() const { return allocated != share.allocated; }
};

// One kind of goods shared out: a goods category in whole kg, or an item
// (in kg when it is counted by weight, in pieces otherwise).
struct AllocationPoolPlan {
    qint64 categoryId = 0;
    qint64 itemId = 0;
    QString label;
    QString categoryKind; // food, dpi, kit, other
    qint64 unit = 1000; // grams (or pieces) per unit
    bool byPiece = false;
    qint64 inStock = 0; // units usable on the day at the default warehouse
    qint64 reserved = 0; // units already promised: planned deliveries, allocations not yet scheduled
    qint64 available = 0; // units to share (default: in stock minus reserved)
    qint64 requested = 0;
    QList<AllocationLinePlan> lines;
    AllocationOutcome outcome;

    QString key() const { return itemId ? QStringLiteral("i%1").arg(itemId) : QStringLiteral("c%1").arg(categoryId); }
    qint64 allocated() const;
    qint64 unallocated() const { return available - allocated(); }
};

struct AllocationPlan {
    QDate date;
    Weighting weighting = Weighting::Request;
    UnmetPolicy unmet = UnmetPolicy::CarryOver;
    QList<AllocationPoolPlan> pools;
    QList<qint64> requestIds;
};

struct AllocationSetup {
    QDate date; // stock is looked at on this day
    QList<qint64> requestIds; // empty: every request waiting on the day
    Weighting weighting = Weighting::Request;
    UnmetPolicy unmet = UnmetPolicy::CarryOver;
    QHash<QString, qint64> available; // pool key -> units to share; absent: in stock minus reserved
};

struct DeliveryDefaults {
    QDate date;
    QTime time;
    QString vehicle;
    QString driver;
    QString organisation;
    TransportReason reason = TransportReason::FreeTransfer;
};

// The equitable allocation as the operations room runs it: the requests
// waiting on a day are grouped by kind of goods (pools); each pool's
// available units (what the warehouse holds minus what is already
// promised, or a smaller figure the operator sets) are shared with
// EquitableAllocation; the operator may override a share with a reason
// (never above the request, never beyond what is available); confirming
// records the allocation, the overrides (who, when, why) and the requests'
// new state: allocated; what was not given is carried over as a new request
// for the rest, or closed. Deliveries are then made from the allocation
// (one per request). Writes are one transaction each.
//
// Error codes: deliveries.no_waiting_requests (), deliveries.request_not_waiting (number),
// deliveries.override_above_request (number, requested), deliveries.override_negative (),
// deliveries.missing_reason (), deliveries.over_available (label, allocated, available),
// deliveries.unknown_allocation (id), deliveries.allocation_*.
class AllocationService {
public:
    explicit AllocationService(const QSqlDatabase &db, const core::Clock &clock = core::SystemClock::instance());

    // Requests waiting for an allocation on the day (received, asked on or before it).
    core::Result<QList<qint64>> waitingRequests(const QDate &date) const;
    core::Result<AllocationPlan> plan(const AllocationSetup &setup);

    // (Re)computes a pool's shares from its available units (overrides dropped).
    static core::Status share(AllocationPoolPlan &pool, Weighting weighting);
    // Gives a line another quantity (units), with the reason.
    static core::Status override(AllocationPoolPlan &pool, int line, qint64 units, const QString &reason);

    // Records the plan. closedReason: the reason written on requests that
    // got nothing when unmet demand is closed.
    core::Result<qint64> confirm(const AllocationPlan &plan, const QString &notes, const QString &closedReason);
    // Planned deliveries for the requests of a confirmed allocation that got
    // something and have no delivery yet, one per request; `adjust` may set
    // each draft's day, vehicle... (index: its place among them).
    core::Result<QList<qint64>> createDeliveries(qint64 allocationId, const DeliveryDefaults &defaults,
        const std::function<void(DeliveryDraft &, int)> &adjust = {});

private:
    QSqlDatabase m_db;
    const core::Clock &m_clock;
};

} // namespace deliveries
