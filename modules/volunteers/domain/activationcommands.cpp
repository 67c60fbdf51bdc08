#include "volunteers/domain/activationcommands.h"

#include "core/auth/permissions.h"

namespace volunteers {

using core::Error;
using core::Status;

RecordActivations::RecordActivations(ActivationRequest request, QString undoReason)
    : m_request(std::move(request))
    , m_undoReason(std::move(undoReason))
{
}

QString RecordActivations::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status RecordActivations::check(const core::CommandContext &) const
{
    return ActivationLedger::checkRequest(m_request);
}

Status RecordActivations::apply(const core::CommandContext &context)
{
    m_ids.clear();
    auto added = ActivationLedger(context.db, context.clock).record(m_request, &m_ids);
    if (!added)
        return added.error();
    return {};
}

QString RecordActivations::auditDetail() const
{
    return QStringLiteral("event %1, %2 days").arg(m_request.eventId).arg(m_ids.size());
}

Status RecordActivations::revert(const core::CommandContext &context)
{
    ActivationLedger ledger(context.db, context.clock);
    for (qint64 id : std::as_const(m_ids))
        if (auto s = ledger.reverse(id, m_undoReason); !s)
            return s;
    return {};
}

QString RecordActivations::text() const
{
    return tr("record %n person-days", nullptr, int(m_ids.size()));
}

VoidActivation::VoidActivation(qint64 activationId, QString reason, bool evenIfCertified)
    : m_id(activationId)
    , m_reason(std::move(reason))
    , m_evenIfCertified(evenIfCertified)
{
}

QString VoidActivation::permission() const
{
    return core::Permission::VolunteersEdit;
}

Status VoidActivation::check(const core::CommandContext &) const
{
    if (m_id <= 0)
        return Error(QStringLiteral("volunteers.unknown_activation"));
    if (m_reason.trimmed().isEmpty())
        return Error(QStringLiteral("volunteers.reason_missing"));
    return {};
}

Status VoidActivation::apply(const core::CommandContext &context)
{
    // A redo voids the entry that the undo wrote.
    if (m_restoredId != 0) {
        m_id = m_restoredId;
        m_restoredId = 0;
    }
    return ActivationLedger(context.db, context.clock).reverse(m_id, m_reason, m_evenIfCertified);
}

Status VoidActivation::revert(const core::CommandContext &context)
{
    ActivationLedger ledger(context.db, context.clock);
    auto voided = ledger.activation(m_id);
    if (!voided)
        return voided.error();
    if (voided->id == 0)
        return Error(QStringLiteral("volunteers.unknown_activation"));
    ActivationRequest again;
    again.eventId = voided->eventId;
    again.volunteerIds = { voided->volunteerId };
    again.from = voided->day;
    again.serviceId = voided->serviceId;
    again.comuneId = voided->comuneId;
    again.place = voided->place;
    again.organisationId = voided->organisationId;
    QList<qint64> ids;
    auto added = ledger.record(again, &ids);
    if (!added)
        return added.error();
    m_restoredId = ids.value(0);
    return {};
}

QString VoidActivation::auditDetail() const
{
    return m_restoredId ? QStringLiteral("%1 (restored as %2)").arg(m_id).arg(m_restoredId) : QString::number(m_id);
}

QString VoidActivation::text() const
{
    return tr("void activation %1").arg(m_id);
}

} // namespace volunteers
