#include "deliveries/domain/allocationcommands.h"

#include "core/auth/permissions.h"
#include "deliveries/domain/deliveryservice.h"

namespace deliveries {

using core::CommandContext;
using core::Error;
using core::Status;

QString ConfirmAllocation::permission() const
{
    return core::Permission::DeliveriesEdit;
}

Status ConfirmAllocation::check(const CommandContext &) const
{
    if (m_plan.requestIds.isEmpty())
        return Error(QStringLiteral("deliveries.no_waiting_requests"));
    return {};
}

Status ConfirmAllocation::apply(const CommandContext &context)
{
    auto id = AllocationService(context.db, context.clock).confirm(m_plan, m_notes, m_closedReason);
    if (!id)
        return id.error();
    m_allocationId = *id;
    return {};
}

QString ConfirmAllocation::auditDetail() const
{
    return QStringLiteral("%1 requests=%2").arg(m_allocationId).arg(m_plan.requestIds.size());
}

QString CreateAllocationDeliveries::permission() const
{
    return core::Permission::DeliveriesEdit;
}

Status CreateAllocationDeliveries::apply(const CommandContext &context)
{
    auto ids = AllocationService(context.db, context.clock).createDeliveries(m_allocationId, m_defaults);
    if (!ids)
        return ids.error();
    m_deliveryIds = *ids;
    return {};
}

QString CreateAllocationDeliveries::auditDetail() const
{
    return QStringLiteral("%1 deliveries=%2").arg(m_allocationId).arg(m_deliveryIds.size());
}

Status CreateAllocationDeliveries::revert(const CommandContext &context)
{
    DeliveryService service(context.db, context.clock);
    for (qint64 id : m_deliveryIds)
        if (auto s = service.cancel(id, tr("Planning undone")); !s)
            return s; // one has left the warehouse since: nothing is cancelled
    return {};
}

QString CreateAllocationDeliveries::text() const
{
    return tr("%n delivery(ies) of the allocation", nullptr, int(m_deliveryIds.size()));
}

} // namespace deliveries
