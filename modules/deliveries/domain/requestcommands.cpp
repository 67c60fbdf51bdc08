#include "deliveries/domain/requestcommands.h"

#include "core/auth/permissions.h"
#include "deliveries/domain/requeststatus.h"

namespace deliveries {

using core::CommandContext;
using core::Error;
using core::Status;

RequestDraft requestDraftFrom(const Request &r)
{
    RequestDraft draft;
    draft.recipientId = r.recipientId;
    draft.requestedOn = r.requestedOn;
    draft.neededBy = r.neededBy;
    draft.externalRef = r.externalRef;
    draft.notes = r.notes;
    for (RequestLine l : r.lines) {
        l.id = 0;
        draft.lines.append(l);
    }
    return draft;
}

QString RequestCommand::permission() const
{
    return core::Permission::DeliveriesEdit;
}

QString RequestCommand::auditDetail() const
{
    return QString::number(m_requestId);
}

Status RequestCommand::requireReceived(const CommandContext &context) const
{
    auto r = RequestService(context.db, context.clock).request(m_requestId);
    if (!r)
        return r.error();
    if (r->status != RequestStatus::Received)
        return Error(QStringLiteral("deliveries.request_not_editable"), { r->number, requestStatusCode(r->status) });
    return {};
}

// --- CreateRequest ----------------------------------------------------------

Status CreateRequest::check(const CommandContext &context) const
{
    return RequestService(context.db, context.clock).validate(m_draft);
}

Status CreateRequest::apply(const CommandContext &context)
{
    RequestService service(context.db, context.clock);
    auto id = service.create(m_draft);
    if (!id)
        return id.error();
    m_requestId = *id;
    if (auto r = service.request(m_requestId))
        m_number = r->number;
    return {};
}

Status CreateRequest::revert(const CommandContext &context)
{
    // Never a DELETE: the request is cancelled, while nobody allocated it.
    if (auto s = requireReceived(context); !s)
        return s;
    return RequestService(context.db, context.clock).cancel(m_requestId, tr("Entry undone"));
}

QString CreateRequest::text() const
{
    return tr("new request %1").arg(m_number);
}

// --- EditRequest ------------------------------------------------------------

Status EditRequest::check(const CommandContext &context) const
{
    if (auto s = requireReceived(context); !s)
        return s;
    return RequestService(context.db, context.clock).validate(m_draft, m_requestId);
}

Status EditRequest::apply(const CommandContext &context)
{
    RequestService service(context.db, context.clock);
    auto before = service.request(m_requestId);
    if (!before)
        return before.error();
    m_previous = requestDraftFrom(*before);
    m_number = before->number;
    return service.edit(m_requestId, m_draft);
}

Status EditRequest::revert(const CommandContext &context)
{
    return RequestService(context.db, context.clock).edit(m_requestId, m_previous);
}

QString EditRequest::text() const
{
    return tr("edit of request %1").arg(m_number);
}

// --- CancelRequest ----------------------------------------------------------

Status CancelRequest::check(const CommandContext &context) const
{
    if (m_reason.trimmed().isEmpty())
        return Error(QStringLiteral("deliveries.missing_reason"));
    auto r = RequestService(context.db, context.clock).request(m_requestId);
    if (!r)
        return r.error();
    if (r->status == RequestStatus::Delivered || r->status == RequestStatus::Cancelled)
        return Error(QStringLiteral("deliveries.request_not_cancellable"), { r->number, requestStatusCode(r->status) });
    return {};
}

Status CancelRequest::apply(const CommandContext &context)
{
    RequestService service(context.db, context.clock);
    auto before = service.request(m_requestId);
    if (!before)
        return before.error();
    m_previous = before->status;
    m_number = before->number;
    return service.cancel(m_requestId, m_reason);
}

Status CancelRequest::revert(const CommandContext &context)
{
    auto r = RequestService(context.db, context.clock).request(m_requestId);
    if (!r)
        return r.error();
    if (r->status != RequestStatus::Cancelled)
        return Error(QStringLiteral("deliveries.request_not_cancelled"), { r->number, requestStatusCode(r->status) });
    return RequestStatusWriter(context.db).reopen(m_requestId, m_previous);
}

QString CancelRequest::text() const
{
    return tr("cancellation of request %1").arg(m_number);
}

} // namespace deliveries
