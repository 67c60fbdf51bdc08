#pragma once

#include "core/commands/command.h"
#include "deliveries/domain/allocationservice.h"

#include <QCoreApplication>

namespace deliveries {

// Records an allocation worked out with AllocationService::plan() (and the
// operator's overrides): the requests become allocated, the unmet rest is
// carried over or closed. Not undoable: the carried-over requests and the
// overrides are a record of the decision; a wrong allocation is corrected by
// cancelling its deliveries and requests.
class ConfirmAllocation : public core::Command {
public:
    ConfirmAllocation(AllocationPlan plan, QString notes, QString closedReason)
        : m_plan(std::move(plan))
        , m_notes(std::move(notes))
        , m_closedReason(std::move(closedReason))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.allocation.confirm"); }
    QString permission() const override;
    core::Status check(const core::CommandContext &context) const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    qint64 allocationId() const { return m_allocationId; }

private:
    AllocationPlan m_plan;
    QString m_notes;
    QString m_closedReason;
    qint64 m_allocationId = 0;
};

// Plans one delivery for each request of a confirmed allocation that has
// none yet. Undo cancels them all, while every one is still planned.
class CreateAllocationDeliveries : public core::Command {
    Q_DECLARE_TR_FUNCTIONS(deliveries::CreateAllocationDeliveries)
public:
    CreateAllocationDeliveries(qint64 allocationId, DeliveryDefaults defaults)
        : m_allocationId(allocationId)
        , m_defaults(std::move(defaults))
    {
    }
    QString code() const override { return QStringLiteral("deliveries.allocation.deliveries"); }
    QString permission() const override;
    core::Status apply(const core::CommandContext &context) override;
    QString auditDetail() const override;
    bool undoable() const override { return true; }
    core::Status revert(const core::CommandContext &context) override;
    QString text() const override;
    const QList<qint64> &deliveryIds() const { return m_deliveryIds; }

private:
    qint64 m_allocationId = 0;
    DeliveryDefaults m_defaults;
    QList<qint64> m_deliveryIds;
};

} // namespace deliveries
