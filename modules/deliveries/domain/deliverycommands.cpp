#include "deliveries/domain/deliverycommands.h"

#include "core/auth/permissions.h"
#include "deliveries/domain/deliveryrepository.h"

namespace deliveries {

using core::CommandContext;
using core::Error;
using core::Status;

QString DeliveryCommand::permission() const
{
    return core::Permission::DeliveriesEdit;
}

QString DeliveryCommand::auditDetail() const
{
    return QString::number(m_deliveryId);
}

Status DeliveryCommand::requireState(
    const CommandContext &context, std::initializer_list<DeliveryStatus> states, const char *code) const
{
    auto d = DeliveryRepository(context.db).delivery(m_deliveryId, false);
    if (!d)
        return d.error();
    for (DeliveryStatus s : states)
        if (d->status == s)
            return {};
    return Error(QLatin1String(code), { d->number, deliveryStatusCode(d->status) });
}

void DeliveryCommand::rememberNumber(const CommandContext &context)
{
    if (auto d = DeliveryRepository(context.db).delivery(m_deliveryId, false))
        m_number = d->number;
}

// --- SaveDelivery -----------------------------------------------------------

SaveDelivery::SaveDelivery(DeliveryDraft draft)
    : DeliveryCommand(draft.id)
    , m_draft(std::move(draft))
{
}

Status SaveDelivery::check(const CommandContext &context) const
{
    if (m_draft.id)
        if (auto s = requireState(context, { DeliveryStatus::Planned }, "deliveries.not_editable"); !s)
            return s;
    return DeliveryService(context.db, context.clock).validate(m_draft);
}

Status SaveDelivery::apply(const CommandContext &context)
{
    if (m_draft.id) {
        auto before = DeliveryRepository(context.db).delivery(m_draft.id, false);
        if (!before)
            return before.error();
        m_previous = draftFrom(*before);
    }
    auto id = DeliveryService(context.db, context.clock).save(m_draft);
    if (!id)
        return id.error();
    m_deliveryId = *id;
    rememberNumber(context);
    return {};
}

Status SaveDelivery::revert(const CommandContext &context)
{
    DeliveryService service(context.db, context.clock);
    if (m_draft.id) { // an edit: the previous values, while it is still planned
        auto id = service.save(m_previous);
        return id ? Status() : Status(id.error());
    }
    return service.cancel(m_deliveryId, tr("Planning undone"));
}

QString SaveDelivery::text() const
{
    return m_draft.id ? tr("edit of delivery %1").arg(m_number) : tr("new delivery %1").arg(m_number);
}

// --- LoadDelivery -----------------------------------------------------------

Status LoadDelivery::check(const CommandContext &context) const
{
    if (m_reverted) // Redo: a new delivery like the returned one
        return {};
    return requireState(context, { DeliveryStatus::Planned }, "deliveries.not_planned");
}

Status LoadDelivery::apply(const CommandContext &context)
{
    DeliveryService service(context.db, context.clock);
    if (m_reverted) {
        auto id = service.replan(m_deliveryId);
        if (!id)
            return id.error();
        m_deliveryId = *id;
    }
    if (auto s = service.load(m_deliveryId); !s)
        return s;
    m_reverted = false;
    rememberNumber(context);
    return {};
}

Status LoadDelivery::revert(const CommandContext &context)
{
    if (auto s = DeliveryService(context.db, context.clock).returnDelivery(m_deliveryId, {}, tr("Loading undone")); !s)
        return s;
    m_reverted = true;
    return {};
}

QString LoadDelivery::text() const
{
    return tr("loading of delivery %1").arg(m_number);
}

// --- DeliverDelivery --------------------------------------------------------

Status DeliverDelivery::check(const CommandContext &context) const
{
    if (m_signedBy.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_signature"));
    if (m_reverted)
        return {};
    return requireState(context, { DeliveryStatus::Planned, DeliveryStatus::Loaded }, "deliveries.not_loaded");
}

Status DeliverDelivery::apply(const CommandContext &context)
{
    DeliveryService service(context.db, context.clock);
    if (m_reverted) {
        auto id = service.replan(m_deliveryId);
        if (!id)
            return id.error();
        m_deliveryId = *id;
    }
    if (auto s = service.deliver(m_deliveryId, m_signedBy, m_at); !s)
        return s;
    m_reverted = false;
    rememberNumber(context);
    return {};
}

Status DeliverDelivery::revert(const CommandContext &context)
{
    // Not a DELETE: the goods come back, and the delivery says why.
    if (auto s = DeliveryService(context.db, context.clock).returnDelivery(m_deliveryId, {}, tr("Delivery undone"));
        !s)
        return s;
    m_reverted = true;
    return {};
}

QString DeliverDelivery::text() const
{
    return tr("delivery %1 delivered").arg(m_number);
}

// --- ReturnDelivery ---------------------------------------------------------

Status ReturnDelivery::check(const CommandContext &context) const
{
    if (m_reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    auto d = DeliveryRepository(context.db).delivery(m_deliveryId, false);
    if (!d)
        return d.error();
    if (d->origin == DeliveryOrigin::History || d->origin == DeliveryOrigin::Import)
        return Error(QStringLiteral("deliveries.history_no_return"), { d->number });
    return requireState(context, { DeliveryStatus::Loaded, DeliveryStatus::Delivered }, "deliveries.not_returnable");
}

Status ReturnDelivery::apply(const CommandContext &context)
{
    return DeliveryService(context.db, context.clock).returnDelivery(m_deliveryId, m_date, m_reason);
}

// --- CancelDelivery ---------------------------------------------------------

Status CancelDelivery::check(const CommandContext &context) const
{
    if (m_reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    return requireState(context, { DeliveryStatus::Planned }, "deliveries.not_planned");
}

Status CancelDelivery::apply(const CommandContext &context)
{
    if (auto s = DeliveryService(context.db, context.clock).cancel(m_deliveryId, m_reason); !s)
        return s;
    rememberNumber(context);
    return {};
}

Status CancelDelivery::revert(const CommandContext &context)
{
    // A cancelled delivery is locked: the same delivery is planned anew.
    auto id = DeliveryService(context.db, context.clock).replan(m_deliveryId);
    if (!id)
        return id.error();
    m_deliveryId = *id;
    return {};
}

QString CancelDelivery::text() const
{
    return tr("cancellation of delivery %1").arg(m_number);
}

} // namespace deliveries
